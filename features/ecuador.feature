# language: es
Característica: Ecuador, Ley Orgánica de Movilidad Humana (R.O.S. 938, 6 de febrero de 2017), art. 98
  Art. 98 (1): la definición de la Convención. Art. 98 (2): quien huyó O NO PUEDE REGRESAR porque su vida,
  seguridad o libertad están amenazadas por las cinco situaciones de Cartagena, y no puede acogerse a la
  protección de su país. Sin plazo de solicitud confirmado. Los hechos no indicados son desconocidos.

  Escenario: Venezolano que salió a trabajar y ahora no puede regresar: refugiado en Ecuador por el art. 98 (2)
    Dado la jurisdicción "EC"
    Y los hechos:
      | hecho                                   | valor                          |
      | outside_country_of_nationality          | sí                             |
      | fled_country                            | no                             |
      | threatened_interests                    | freedom                        |
      | country_situations                      | massive_human_rights_violation |
      | threat_caused_by_situation              | sí                             |
      | persecutors                             | state_authorities              |
      | receiving_un_agency_protection          | no                             |
      | rights_of_national_in_residence_country | no                             |
      | international_crimes                    | no                             |
      | committed_serious_crime                 | no                             |
      | acts_contrary_to_un_purposes            | no                             |
      | recognised_refugee                      | no                             |
      | has_other_nationality                   | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "ec_fled_or_unable_to_return" de "ec_cartagena" está "cumplido"
    Y la definición "ec_cartagena" está "cumplida"
    Y el resultado global es "elegible"
    Y los hechos faltantes de "ec_cartagena" no incluyen "fled_country"
    Y la definición "ec_cartagena" cita "Ley Orgánica de Movilidad Humana, art. 98 (2)"
    Y el criterio "ec_fled_or_unable_to_return" de "ec_cartagena" cita "art. 98 (2)"

  Escenario: El mismo venezolano en la vecina Colombia: el art. 1 b) no dice si cubre a quien no huyó, así que queda abierto
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | no                             |
      | threatened_interests           | freedom                        |
      | country_situations             | massive_human_rights_violation |
      | threat_caused_by_situation     | sí                             |
      | persecutors                    | state_authorities              |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces la definición "co_cartagena" está "indeterminada"
    Y el criterio "cartagena_fled" de "co_cartagena" está "indeterminado"
    Y la definición "co_cartagena" cita "Decreto 2840 de 2013 (compiled into Decreto 1067 de 2015), art. 1 b)"

  Escenario: Si el Estado de origen puede protegerle, no se cumple el art. 98 (2) en Ecuador
    Dado la jurisdicción "EC"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life                    |
      | country_situations             | generalized_violence    |
      | threat_caused_by_situation     | sí                      |
      | persecutors                    | gang_or_organised_crime |
      | state_would_protect            | sí                      |
      | has_other_nationality          | no                      |
    Cuando se evalúa el caso
    Entonces el criterio "ec_no_state_protection" de "ec_cartagena" está "no cumplido"
    Y la definición "ec_cartagena" está "no cumplida"
    Y el criterio "ec_no_state_protection" de "ec_cartagena" cita "art. 98 (2)"

  Escenario: En Argentina el art. 4 b) no tiene un elemento expreso de protección estatal: los mismos hechos cumplen la definición
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life                    |
      | country_situations             | generalized_violence    |
      | threat_caused_by_situation     | sí                      |
      | persecutors                    | gang_or_organised_crime |
      | state_would_protect            | sí                      |
      | has_other_nationality          | no                      |
    Cuando se evalúa el caso
    Entonces la definición "ar_cartagena" está "cumplida"
    Y la definición "ar_cartagena" cita "art. 4 b)"

  Escenario: Sin saber si el Estado le protegería, el art. 98 (2) queda indeterminado y se pregunta
    Dado la jurisdicción "EC"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | safety             |
      | country_situations             | internal_conflicts |
      | threat_caused_by_situation     | sí                 |
      | persecutors                    | armed_group        |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "ec_cartagena" está "indeterminada"
    Y los hechos faltantes de "ec_cartagena" incluyen "state_would_protect"
    Y la definición "ec_cartagena" cita "art. 98 (2)"
