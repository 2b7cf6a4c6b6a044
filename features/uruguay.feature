# language: es
Característica: Uruguay, Ley 18.076 de derecho al refugio (2006)
  Art. 2 A): la definición de la Convención con grupo étnico y género; art. 2 B): las cinco situaciones de
  Cartagena más la ocupación extranjera y el terrorismo, con amenaza a la vida, seguridad o libertad.
  Los hechos no indicados son desconocidos.

  Escenario: Amenazado de muerte por el terrorismo: cumple el art. 2 B) en Uruguay
    Dado la jurisdicción "UY"
    Y los hechos:
      | hecho                          | valor     |
      | outside_country_of_nationality | sí        |
      | fled_country                   | sí        |
      | threatened_interests           | life      |
      | country_situations             | terrorism |
      | threat_caused_by_situation     | sí        |
      | has_other_nationality          | no        |
    Cuando se evalúa el caso
    Entonces la definición "uy_cartagena" está "cumplida"
    Y la definición "uy_cartagena" cita "Ley 18.076, Derecho al refugio y a los refugiados, art. 2 B)"
    Y el criterio "cartagena_situation" de "uy_cartagena" cita "art. 2 B)"

  Escenario: El mismo caso de terrorismo no basta en Paraguay (cinco situaciones)
    Dado la jurisdicción "PY"
    Y los hechos:
      | hecho                          | valor     |
      | outside_country_of_nationality | sí        |
      | fled_country                   | sí        |
      | threatened_interests           | life      |
      | country_situations             | terrorism |
      | threat_caused_by_situation     | sí        |
      | has_other_nationality          | no        |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "py_cartagena" está "no cumplido"
    Y la definición "py_cartagena" está "no cumplida"
    Y el criterio "cartagena_situation" de "py_cartagena" cita "Ley 1938, General sobre Refugiados, art. 1 b)"

  Escenario: Ocupación extranjera: cumple en Uruguay
    Dado la jurisdicción "UY"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | freedom            |
      | country_situations             | foreign_occupation |
      | threat_caused_by_situation     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "uy_cartagena" está "cumplida"
    Y el criterio "cartagena_situation" de "uy_cartagena" cita "Ley 18.076"

  Escenario: La misma ocupación extranjera no está entre las situaciones de México
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | freedom            |
      | country_situations             | foreign_occupation |
      | threat_caused_by_situation     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "mx_cartagena" está "no cumplido"
    Y el criterio "cartagena_situation" de "mx_cartagena" cita "art. 13 fr. II"

  Escenario: A diferencia del Perú, Uruguay exige la amenaza a la vida, seguridad o libertad
    Dado la jurisdicción "UY"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | sí                             |
      | threatened_interests           | livelihood_only                |
      | country_situations             | massive_human_rights_violation |
      | threat_caused_by_situation     | no                             |
      | situation_forced_departure     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_threat" de "uy_cartagena" está "no cumplido"
    Y la definición "uy_cartagena" está "no cumplida"
    Y la definición "uy_cartagena" cita "art. 2 B)"

  Escenario: Persecución por género: motivo del art. 2 A) en Uruguay
    Dado la jurisdicción "UY"
    Y los hechos:
      | hecho            | valor  |
      | characteristics  | gender |
      | reasons_for_harm | gender |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "uy_refugee" está "cumplido"
    Y el criterio "nexus" de "uy_refugee" está "cumplido"
    Y el criterio "convention_ground" de "uy_refugee" cita "art. 2 A)"

  Escenario: Refugiado ya reconocido que se acogió de nuevo a la protección de su país: cesación indicada, la decide la autoridad
    Dado la jurisdicción "UY"
    Y los hechos:
      | hecho                                   | valor     |
      | outside_country_of_nationality          | sí        |
      | fled_country                            | sí        |
      | threatened_interests                    | life      |
      | country_situations                      | terrorism |
      | threat_caused_by_situation              | sí        |
      | receiving_un_agency_protection          | no        |
      | rights_of_national_in_residence_country | no        |
      | international_crimes                    | no        |
      | committed_serious_crime                 | no        |
      | acts_contrary_to_un_purposes            | no        |
      | recognised_refugee                      | sí        |
      | reavailed_protection_voluntarily        | sí        |
      | risk_of_torture_on_return               | no        |
      | has_other_nationality                   | no        |
    Cuando se evalúa el caso
    Entonces la definición "uy_cartagena" está "cumplida"
    Y la exclusión "uy_cessation" es "indicada"
    Y el resultado global es "necesita más información"
    Y la exclusión "uy_cessation" cita "Art. 1C"
