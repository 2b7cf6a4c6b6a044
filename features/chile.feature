# language: es
Característica: Chile, Ley 20.430 (2010) modificada por la Ley 21.655 (D.O. 20 de febrero de 2024)
  Art. 2 N° 1: la definición de la Convención; N° 2: las cinco situaciones de Cartagena; N° 4: sur place.
  Desde la Ley 21.655: llegada directa (60 días o menos en un tercer país, plazo ampliable; se examina
  cuando se conoce el trayecto, y una estancia más larga queda abierta con una alerta, nunca impide) y 7 días
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

  Escenario: Ingreso el lunes 15 de septiembre de 2025: el 18 y el 19 son feriados, así que el séptimo día hábil es el 26
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-09-15 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-09-26 |
    Y la fecha de evaluación es "2025-12-01"
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"

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
      | has_other_nationality                | no                   |
    Y la fecha de evaluación es "2024-02-19"
    Cuando se evalúa el caso
    Entonces la definición "cl_cartagena" está "cumplida"
    Y los hechos faltantes de "cl_cartagena" no incluyen "stayed_over_60_days_in_third_country"
    Y la definición "cl_cartagena" cita "Ley 20.430, que establece disposiciones sobre protección de refugiados, art. 2 N° 2"

  Escenario: Chile el 20 de febrero de 2024: una estancia de 90 días en Perú deja abierta la llegada directa, nunca la impide
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                | valor                |
      | outside_country_of_nationality       | sí                   |
      | fled_country                         | sí                   |
      | threatened_interests                 | life                 |
      | country_situations                   | generalized_violence |
      | threat_caused_by_situation           | sí                   |
      | stayed_over_60_days_in_third_country | sí                   |
      | has_other_nationality                | no                   |
    Y la fecha de evaluación es "2024-02-20"
    Cuando se evalúa el caso
    Entonces el criterio "cl_arrived_directly" de "cl_cartagena" está "indeterminado"
    Y la definición "cl_cartagena" está "indeterminada"
    Y la alerta "cl_long_stay_in_third_country" está "activada"
    Y la alerta "cl_long_stay_in_third_country" cita "Ley 21.655"
    Y el criterio "cl_arrived_directly" de "cl_cartagena" cita "Ley 21.655"
    Y la definición "cl_cartagena" cita "art. 2 N° 2"

  Escenario: Refugiado de la Convención que estuvo 90 días en Perú: se necesita más información, no "no elegible"
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                   | valor                   |
      | outside_country_of_nationality          | sí                      |
      | has_other_nationality                   | no                      |
      | fears_return                            | sí                      |
      | harmed_before                           | sí                      |
      | harm_feared                             | detention_or_kidnapping |
      | characteristics                         | political_opinion       |
      | reasons_for_harm                        | political_opinion       |
      | persecutors                             | state_authorities       |
      | stayed_over_60_days_in_third_country    | sí                      |
    Y la fecha de evaluación es "2025-06-02"
    Cuando se evalúa el caso
    Entonces el criterio "cl_arrived_directly" de "cl_refugee" está "indeterminado"
    Y la definición "cl_refugee" está "indeterminada"
    Y el resultado "refugee_status" es "necesita más información"
    Y la alerta "cl_long_stay_in_third_country" está "activada"

  Escenario: Refugiado de la Convención que no dijo nada sobre su trayecto: elegible, con la llegada directa como verificación pendiente
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                   | valor                   |
      | outside_country_of_nationality          | sí                      |
      | has_other_nationality                   | no                      |
      | fears_return                            | sí                      |
      | harmed_before                           | sí                      |
      | harm_feared                             | detention_or_kidnapping |
      | characteristics                         | political_opinion       |
      | reasons_for_harm                        | political_opinion       |
      | persecutors                             | state_authorities       |
    Y la fecha de evaluación es "2025-06-02"
    Cuando se evalúa el caso
    Entonces el criterio "cl_arrived_directly" de "cl_refugee" está "no planteado"
    Y la definición "cl_refugee" está "cumplida"
    Y el resultado global es "elegible"
    Y las verificaciones pendientes incluyen "cl_arrived_directly"
    Y la alerta "cl_long_stay_in_third_country" está "no se pudo comprobar"

  Escenario: Refugiado de la Convención que estuvo 60 días o menos en un tercer país: llegó directamente
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                   | valor                   |
      | outside_country_of_nationality          | sí                      |
      | has_other_nationality                   | no                      |
      | fears_return                            | sí                      |
      | harmed_before                           | sí                      |
      | harm_feared                             | detention_or_kidnapping |
      | characteristics                         | political_opinion       |
      | reasons_for_harm                        | political_opinion       |
      | persecutors                             | state_authorities       |
      | stayed_over_60_days_in_third_country    | no                      |
    Y la fecha de evaluación es "2025-06-02"
    Cuando se evalúa el caso
    Entonces el criterio "cl_arrived_directly" de "cl_refugee" está "cumplido"
    Y la definición "cl_refugee" está "cumplida"
    Y las verificaciones pendientes no incluyen "cl_arrived_directly"
    Y la alerta "cl_long_stay_in_third_country" está "no activada"

  Escenario: Antes de la Ley 21.655 no hay alerta de estancia larga en Chile
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                                | valor |
      | stayed_over_60_days_in_third_country | sí    |
    Y la fecha de evaluación es "2024-02-19"
    Cuando se evalúa el caso
    Entonces la jurisdicción no tiene la alerta "cl_long_stay_in_third_country"

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
      | has_other_nationality                   | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cl_fled_or_sur_place" de "cl_cartagena" está "cumplido"
    Y la definición "cl_cartagena" está "cumplida"
    Y el resultado global es "elegible"
    Y el criterio "cl_fled_or_sur_place" de "cl_cartagena" cita "art. 2 N° 4"

  Escenario: Venezolano que salió a trabajar y cuyo peligro no surgió después: no cumple el art. 2 N° 2, porque el N° 4 resuelve el sur place
    Dado la jurisdicción "CL"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | has_other_nationality          | no                   |
      | fled_country                   | no                   |
      | danger_arose_after_leaving     | no                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
    Cuando se evalúa el caso
    Entonces el criterio "cl_fled_or_sur_place" de "cl_cartagena" está "no cumplido"
    Y la definición "cl_cartagena" está "no cumplida"

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
      | has_other_nationality                | no                   |
      | officials_acquiesce                  | sí                   |
    Cuando se evalúa el caso
    Entonces la definición "cl_cartagena" está "cumplida"
    Y la exclusión "cl_exclusion" está "indicada"
    Y la definición "cl_proteccion_complementaria" está "cumplida"
    Y la definición "cl_proteccion_complementaria" cita "Ley 21.325, Ley de Migración y Extranjería, art. 10"
    Y el resultado global es "elegible"
