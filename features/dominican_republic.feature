# language: es
Característica: República Dominicana, Decreto 2330 de 1984
  Solo la definición de tipo 1951 (sin cláusula ampliada). Plazo de 15 días desde el ingreso, como alerta y
  nunca como impedimento. Los hechos no indicados son desconocidos.

  Escenario: Solicitud presentada 18 días después del ingreso: la alerta de plazo se activa
    Dado la jurisdicción "DO"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-06-02 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-06-20 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"
    Y la alerta "filing_period_passed" cita "Decreto 2330"

  Escenario: Solicitud presentada el día 15: la alerta no se activa
    Dado la jurisdicción "DO"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-06-02 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-06-17 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"
    Y la alerta "filing_period_passed" cita "Decreto 2330"

  Escenario: Aún sin solicitud, el plazo se cuenta hasta la fecha de evaluación
    Dado la jurisdicción "DO"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2026-11-01 |
      | asylum_application_filed | no         |
    Y la fecha de evaluación es "2026-11-23"
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"
    Y la alerta "filing_period_passed" cita "Decreto 2330"

  Escenario: Huida de la violencia generalizada sin riesgo individual: no hay definición ampliada
    Dado la jurisdicción "DO"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | has_other_nationality          | no                      |
      | fears_return                   | sí                      |
      | harmed_before                  | no                      |
      | threatened_before              | no                      |
      | similar_people_harmed          | no                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life                    |
      | country_situations             | generalized_violence    |
      | threat_caused_by_situation     | sí                      |
      | reasons_for_harm               | indiscriminate_violence |
      | profile_at_risk_now            | no                      |
    Cuando se evalúa el caso
    Entonces la definición "do_refugee" está "no cumplida"
    Y la definición "do_refugee" cita "Decreto 2330"

  Escenario: Los mismos hechos en Paraguay: cumple la definición ampliada
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | has_other_nationality          | no                      |
      | fears_return                   | sí                      |
      | harmed_before                  | no                      |
      | threatened_before              | no                      |
      | similar_people_harmed          | no                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life                    |
      | country_situations             | generalized_violence    |
      | threat_caused_by_situation     | sí                      |
      | reasons_for_harm               | indiscriminate_violence |
      | profile_at_risk_now            | no                      |
    Cuando se evalúa el caso
    Entonces la definición "py_cartagena" está "cumplida"
    Y la definición "py_cartagena" cita "Ley 1938, General sobre Refugiados, art. 1 b)"
