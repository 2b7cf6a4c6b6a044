# language: es
Característica: Honduras, Ley de Migración y Extranjería, art. 42
  Art. 42(3): violencia generalizada "grave y continua", agresión extranjera, conflictos armados internos
  entre las fuerzas armadas del Estado y fuerzas o grupos armados, violación masiva "permanente y
  sistemática" de los derechos humanos, y persecución mediante violencia sexual u otra persecución de
  género. No hay cláusula de orden público. Los hechos no indicados son desconocidos.

  Escenario: Solo circunstancias que perturban gravemente el orden público: no basta en Honduras
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor                    |
      | outside_country_of_nationality | sí                       |
      | fled_country                   | sí                       |
      | threatened_interests           | life, safety             |
      | country_situations             | public_order_disturbance |
      | threat_caused_by_situation     | sí                       |
      | has_other_nationality          | no                       |
    Cuando se evalúa el caso
    Entonces el criterio "hn_situation" de "hn_cartagena" está "no cumplido"
    Y la definición "hn_cartagena" está "no cumplida"
    Y el criterio "hn_situation" de "hn_cartagena" cita "art. 42, numeral 3"

  Escenario: Los mismos hechos de orden público bastan en Paraguay
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho                          | valor                    |
      | outside_country_of_nationality | sí                       |
      | fled_country                   | sí                       |
      | threatened_interests           | life, safety             |
      | country_situations             | public_order_disturbance |
      | threat_caused_by_situation     | sí                       |
      | has_other_nationality          | no                       |
    Cuando se evalúa el caso
    Entonces la definición "py_cartagena" está "cumplida"
    Y la definición "py_cartagena" cita "art. 1 b)"

  Escenario: Violencia generalizada sin saber si es grave y continua: queda indeterminado y se pregunta
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | fled_country                   | sí                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
      | has_other_nationality          | no                   |
    Cuando se evalúa el caso
    Entonces el criterio "hn_situation" de "hn_cartagena" está "indeterminado"
    Y la definición "hn_cartagena" está "indeterminada"
    Y los hechos faltantes de "hn_cartagena" incluyen "violence_serious_and_continuing"
    Y el criterio "hn_situation" de "hn_cartagena" cita "art. 42, numeral 3"

  Escenario: Violencia generalizada grave y continua: cumple el art. 42(3)
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                           | valor                |
      | outside_country_of_nationality  | sí                   |
      | fled_country                    | sí                   |
      | threatened_interests            | life                 |
      | country_situations              | generalized_violence |
      | violence_serious_and_continuing | sí                   |
      | threat_caused_by_situation      | sí                   |
      | has_other_nationality           | no                   |
    Cuando se evalúa el caso
    Entonces la definición "hn_cartagena" está "cumplida"
    Y la definición "hn_cartagena" cita "Ley de Migración y Extranjería"

  Escenario: Violaciones masivas pero no permanentes ni sistemáticas: no cumple en Honduras
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                                      | valor                          |
      | outside_country_of_nationality             | sí                             |
      | fled_country                               | sí                             |
      | threatened_interests                       | freedom                        |
      | country_situations                         | massive_human_rights_violation |
      | rights_violations_permanent_and_systematic | no                             |
      | threat_caused_by_situation                 | sí                             |
      | has_other_nationality                      | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "hn_situation" de "hn_cartagena" está "no cumplido"
    Y la definición "hn_cartagena" está "no cumplida"
    Y el criterio "hn_situation" de "hn_cartagena" cita "art. 42, numeral 3"

  Escenario: Conflicto interno sin combates con las fuerzas armadas del Estado: no es un conflicto armado interno
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                            | valor              |
      | outside_country_of_nationality   | sí                 |
      | fled_country                     | sí                 |
      | threatened_interests             | life               |
      | country_situations               | internal_conflicts |
      | armed_conflict_with_state_forces | no                 |
      | threat_caused_by_situation       | sí                 |
      | has_other_nationality            | no                 |
    Cuando se evalúa el caso
    Entonces el criterio "hn_situation" de "hn_cartagena" está "no cumplido"
    Y la definición "hn_cartagena" está "no cumplida"
    Y el criterio "hn_situation" de "hn_cartagena" cita "art. 42, numeral 3"

  Escenario: Agresión extranjera: cumple sin otra condición
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | life               |
      | country_situations             | foreign_aggression |
      | threat_caused_by_situation     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "hn_cartagena" está "cumplida"
    Y la definición "hn_cartagena" cita "art. 42, numeral 3"

  Escenario: Mujer amenazada de violencia sexual por una pandilla, sin protección del Estado: persecución de género del art. 42(3), sin situación general
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | fled_country                   | sí                              |
      | threatened_interests           | life, safety                    |
      | harm_feared                    | sexual_or_gender_based_violence |
      | fears_return                   | sí                              |
      | persecutors                    | gang_or_organised_crime         |
      | state_would_protect            | no                              |
      | country_situations             | ninguno                         |
      | has_other_nationality          | no                              |
    Cuando se evalúa el caso
    Entonces la definición "hn_gender_persecution" está "cumplida"
    Y la definición "hn_cartagena" está "no cumplida"
    Y el criterio "hn_sexual_or_gender_persecution" de "hn_gender_persecution" cita "art. 42, numeral 3"

  Escenario: Teme violencia sexual de su expareja, pero el Estado la protegería: no es persecución del art. 42(3)
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | fled_country                   | sí                              |
      | threatened_interests           | safety                          |
      | harm_feared                    | sexual_or_gender_based_violence |
      | fears_return                   | sí                              |
      | persecutors                    | family_or_partner               |
      | state_would_protect            | sí                              |
      | country_situations             | ninguno                         |
      | has_other_nationality          | no                              |
    Cuando se evalúa el caso
    Entonces el criterio "hn_sexual_or_gender_persecution" de "hn_gender_persecution" está "cumplido"
    Y el criterio "state_protection_unavailable" de "hn_gender_persecution" está "no cumplido"
    Y la definición "hn_gender_persecution" está "no cumplida"
    Y la definición "hn_gender_persecution" cita "Gender-Related Persecution"

  Escenario: Teme violencia sexual pero no dice si teme regresar: la persecución de género queda indeterminada y se pregunta
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | fled_country                   | sí                              |
      | threatened_interests           | life                            |
      | harm_feared                    | sexual_or_gender_based_violence |
      | persecutors                    | state_authorities               |
      | country_situations             | ninguno                         |
      | has_other_nationality          | no                              |
    Cuando se evalúa el caso
    Entonces la definición "hn_gender_persecution" está "indeterminada"
    Y los hechos faltantes de "hn_gender_persecution" incluyen "fears_return"
