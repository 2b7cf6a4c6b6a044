# language: es
Característica: Chile, Ley 20.430 (2010) modificada por la Ley 21.655 (D.O. 20 de febrero de 2024)
  Art. 2 N° 1: la definición de la Convención; N° 2: las cinco situaciones de Cartagena; N° 4: sur place.
  Desde la Ley 21.655: llegada directa (60 días o menos en un tercer país, plazo ampliable) y 7 días
  hábiles para solicitar, como alerta y nunca como impedimento. Protección complementaria: Ley 21.325,
  art. 10. Los hechos no indicados son desconocidos.

  Escenario: Solicitud chilena presentada el día hábil 8 tras el ingreso: la alerta de 7 días hábiles se activa
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-03-03 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-03-13 |
    Y la fecha de evaluación es "2025-06-02"
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"
    Y la alerta "filing_period_passed" cita "Ley 21.655"

  Escenario: Antes de la Ley 21.655 no había plazo que alertar en Chile
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2023-03-01 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2023-09-01 |
    Y la fecha de evaluación es "2024-02-19"
    Cuando se evalúa el caso
    Entonces la jurisdicción no tiene la alerta "filing_period_passed"

  Escenario: Solicitud chilena presentada el día hábil 7: la alerta no se activa
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-03-03 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-03-12 |
    Y la fecha de evaluación es "2025-06-02"
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"
    Y la alerta "filing_period_passed" cita "Ley 21.655"

  Escenario: Chile el 19 de febrero de 2024, antes de la Ley 21.655: una estancia larga en Perú no cuenta
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                | valor                |
      | outside_country_of_nationality       | sí                   |
      | fled_country                         | sí                   |
      | threatened_interests                 | life                 |
      | country_situations                   | generalized_violence |
      | threat_caused_by_situation           | sí                   |
      | stayed_over_60_days_in_third_country | sí                   |
    Y la fecha de evaluación es "2024-02-19"
    Cuando se evalúa el caso
    Entonces la definición "cl_cartagena" está "cumplida"
    Y los hechos faltantes de "cl_cartagena" no incluyen "stayed_over_60_days_in_third_country"
    Y la definición "cl_cartagena" cita "Ley 20.430, que establece disposiciones sobre protección de refugiados, art. 2 N° 2"

  Escenario: Chile el 20 de febrero de 2024, con la Ley 21.655: la misma estancia de más de 60 días impide la llegada directa
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                | valor                |
      | outside_country_of_nationality       | sí                   |
      | fled_country                         | sí                   |
      | threatened_interests                 | life                 |
      | country_situations                   | generalized_violence |
      | threat_caused_by_situation           | sí                   |
      | stayed_over_60_days_in_third_country | sí                   |
    Y la fecha de evaluación es "2024-02-20"
    Cuando se evalúa el caso
    Entonces el criterio "cl_arrived_directly" de "cl_cartagena" está "no cumplido"
    Y la definición "cl_cartagena" está "no cumplida"
    Y el criterio "cl_arrived_directly" de "cl_cartagena" cita "Ley 21.655"
    Y la definición "cl_cartagena" cita "art. 2 N° 2"

  Escenario: Estudiante venezolano en Chile cuyo peligro surgió después de salir: sur place del art. 2 N° 4
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                   | valor                          |
      | outside_country_of_nationality          | sí                             |
      | fled_country                            | no                             |
      | danger_arose_after_leaving              | sí                             |
      | threatened_interests                    | freedom                        |
      | country_situations                      | massive_human_rights_violation |
      | threat_caused_by_situation              | sí                             |
      | stayed_over_60_days_in_third_country    | no                             |
      | receiving_un_agency_protection          | no                             |
      | rights_of_national_in_residence_country | no                             |
      | international_crimes                    | no                             |
      | committed_serious_crime                 | no                             |
      | acts_contrary_to_un_purposes            | no                             |
      | recognised_refugee                      | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cl_fled_or_sur_place" de "cl_cartagena" está "cumplido"
    Y la definición "cl_cartagena" está "cumplida"
    Y el resultado global es "elegible"
    Y el criterio "cl_fled_or_sur_place" de "cl_cartagena" cita "art. 2 N° 4"

  Escenario: Excluido en Chile pero en riesgo de tortura: protección complementaria de la Ley 21.325
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                | valor                |
      | outside_country_of_nationality       | sí                   |
      | fled_country                         | sí                   |
      | threatened_interests                 | life                 |
      | country_situations                   | generalized_violence |
      | threat_caused_by_situation           | sí                   |
      | stayed_over_60_days_in_third_country | no                   |
      | committed_serious_crime              | sí                   |
      | crime_was_political                  | no                   |
      | crime_before_arrival                 | sí                   |
      | risk_of_torture_on_return            | sí                   |
    Cuando se evalúa el caso
    Entonces la definición "cl_cartagena" está "cumplida"
    Y la exclusión "cl_exclusion" está "se aplica"
    Y la definición "cl_proteccion_complementaria" está "cumplida"
    Y la definición "cl_proteccion_complementaria" cita "Ley 21.325, Ley de Migración y Extranjería, art. 10"
    Y el resultado global es "elegible"
