# language: es
Característica: Perú, Ley 27891 del Refugiado (2002)
  Art. 3 a): la definición de la Convención; art. 3 b): obligado a huir por violación masiva de los
  derechos humanos, agresión extranjera, conflicto interno, ocupación o dominación extranjera, o
  acontecimientos que perturben gravemente el orden público; sin violencia generalizada y sin elemento de
  amenaza a la vida, seguridad o libertad; art. 3 c): sur place para quien está legalmente en el Perú.
  Los hechos no indicados son desconocidos.

  Escenario: Ucraniano obligado a huir por la agresión extranjera: cumple el art. 3 b) sin hecho de amenaza
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | country_situations             | foreign_aggression |
      | situation_forced_departure     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "pe_cartagena" está "cumplida"
    Y los hechos faltantes de "pe_cartagena" no incluyen "threatened_interests, threat_caused_by_situation, fled_country"
    Y la definición "pe_cartagena" cita "Ley 27891, Ley del Refugiado, art. 3 b)"
    Y el criterio "pe_forced_to_flee" de "pe_cartagena" cita "art. 3 b)"

  Escenario: El mismo ucraniano en México: allí la amenaza es un elemento y queda indeterminado
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | country_situations             | foreign_aggression |
      | situation_forced_departure     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "mx_cartagena" está "indeterminada"
    Y los hechos faltantes de "mx_cartagena" incluyen "threatened_interests, threat_caused_by_situation"
    Y la definición "mx_cartagena" cita "art. 13 fr. II"

  Escenario: La violencia generalizada sola no está en el art. 3 b)
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | fled_country                   | sí                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
      | situation_forced_departure     | sí                   |
      | has_other_nationality          | no                   |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "pe_cartagena" está "no cumplido"
    Y la definición "pe_cartagena" está "no cumplida"
    Y el criterio "cartagena_situation" de "pe_cartagena" cita "Ley 27891, Ley del Refugiado, art. 3 b)"

  Escenario: Los mismos hechos de violencia generalizada bastan en Paraguay (art. 1 b))
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | fled_country                   | sí                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
      | situation_forced_departure     | sí                   |
      | has_other_nationality          | no                   |
    Cuando se evalúa el caso
    Entonces la definición "py_cartagena" está "cumplida"
    Y la definición "py_cartagena" cita "Ley 1938, General sobre Refugiados, art. 1 b)"

  Escenario: Ocupación o dominación extranjera: cumple en el Perú
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | country_situations             | foreign_occupation |
      | situation_forced_departure     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "pe_cartagena" está "cumplido"
    Y la definición "pe_cartagena" está "cumplida"
    Y el criterio "cartagena_situation" de "pe_cartagena" cita "art. 3 b)"

  Escenario: Sin saber si la situación le obligó a huir, el art. 3 b) queda indeterminado
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | no sé                          |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces la definición "pe_cartagena" está "indeterminada"
    Y los hechos faltantes de "pe_cartagena" incluyen "situation_forced_departure"
    Y los hechos faltantes de "pe_cartagena" no incluyen "threatened_interests"
    Y el criterio "pe_forced_to_flee" de "pe_cartagena" cita "Ley 27891"

  Escenario: Sur place: el peligro surgió estando ya en el Perú; cuenta la definición de la Convención
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | danger_arose_after_leaving     | sí                             |
      | has_other_nationality          | no                             |
      | fears_return                   | sí                             |
      | threatened_before              | sí                             |
      | harm_feared                    | detention_or_kidnapping        |
      | characteristics                | political_opinion              |
      | reasons_for_harm               | political_opinion              |
      | persecutors                    | state_authorities              |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | no                             |
    Cuando se evalúa el caso
    Entonces la definición "pe_refugee" está "cumplida"
    Y la definición "pe_refugee" cita "art. 3 c)"
    Y la definición "pe_cartagena" está "no cumplida"
