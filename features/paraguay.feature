# language: es
Característica: Paraguay, Ley 1938 General sobre Refugiados (2002)
  Art. 1 a): la definición de la Convención con el sexo como motivo; art. 1 b): las cinco situaciones de
  Cartagena con amenaza a la vida, seguridad o libertad; art. 3: en caso de duda prevalece la solidaridad
  internacional. Los hechos no indicados son desconocidos.

  Escenario: Mujer perseguida por ser mujer: el sexo es motivo del art. 1 a)
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho            | valor  |
      | characteristics  | gender |
      | reasons_for_harm | gender |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "py_refugee" está "cumplido"
    Y el criterio "nexus" de "py_refugee" está "cumplido"
    Y el criterio "convention_ground" de "py_refugee" cita "Ley 1938, General sobre Refugiados, art. 1 a)"

  Escenario: La misma persecución por género no es un motivo expreso en Venezuela
    Dado la jurisdicción "VE"
    Y los hechos:
      | hecho            | valor  |
      | characteristics  | gender |
      | reasons_for_harm | gender |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "ve_refugee" está "no cumplido"
    Y la definición "ve_refugee" está "no cumplida"
    Y la definición "ve_refugee" cita "Ley Orgánica sobre Refugiados o Refugiadas y Asilados o Asiladas"

  Escenario: Violación masiva de derechos humanos con amenaza a la libertad: cumple el art. 1 b)
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | sí                             |
      | threatened_interests           | freedom                        |
      | country_situations             | massive_human_rights_violation |
      | threat_caused_by_situation     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces la definición "py_cartagena" está "cumplida"
    Y la definición "py_cartagena" cita "art. 1 b)"

  Escenario: Sin amenaza a la vida, seguridad o libertad no basta en Paraguay, aunque sí en el Perú
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | sí                             |
      | threatened_interests           | livelihood_only                |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_threat" de "py_cartagena" está "no cumplido"
    Y la definición "py_cartagena" está "no cumplida"
    Y la definición "py_cartagena" cita "art. 1 b)"

  Escenario: Los mismos hechos, sin amenaza, bastan en el Perú (art. 3 b))
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | sí                             |
      | threatened_interests           | livelihood_only                |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces la definición "pe_cartagena" está "cumplida"
    Y la definición "pe_cartagena" cita "art. 3 b)"
