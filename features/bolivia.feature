# language: es
Característica: Bolivia, Ley 251 de Protección a Personas Refugiadas (2012)
  Art. 15 a): la definición de la Convención; art. 15 b): las cinco situaciones de Cartagena, con la
  amenaza a la vida, la seguridad o la libertad. Se diferencia de su vecino Perú: la violencia
  generalizada cuenta y la amenaza es un elemento. Los hechos no indicados son desconocidos.

  Escenario: Venezolana amenazada por la violencia generalizada: refugiada en Bolivia por el art. 15 b)
    Dado la jurisdicción "BO"
    Y los hechos:
      | hecho                                   | valor                |
      | outside_country_of_nationality          | sí                   |
      | fled_country                            | sí                   |
      | threatened_interests                    | life                 |
      | country_situations                      | generalized_violence |
      | threat_caused_by_situation              | sí                   |
      | receiving_un_agency_protection          | no                   |
      | rights_of_national_in_residence_country | no                   |
      | international_crimes                    | no                   |
      | committed_serious_crime                 | no                   |
      | acts_contrary_to_un_purposes            | no                   |
      | recognised_refugee                      | no                   |
      | has_other_nationality                   | no                   |
    Cuando se evalúa el caso
    Entonces la definición "bo_cartagena" está "cumplida"
    Y el resultado global es "elegible"
    Y el criterio "cartagena_situation" de "bo_cartagena" cita "Ley 251, Ley de Protección a Personas Refugiadas, art. 15 b)"

  Escenario: La misma violencia generalizada no basta en el vecino Perú (art. 3 b) de la Ley 27891)
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
    Entonces la definición "pe_cartagena" está "no cumplida"
    Y el criterio "cartagena_situation" de "pe_cartagena" cita "art. 3 b)"

  Escenario: En Bolivia sin amenaza a la vida, seguridad o libertad no se cumple el art. 15 b)
    Dado la jurisdicción "BO"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | sí                             |
      | threatened_interests           | livelihood_only                |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_threat" de "bo_cartagena" está "no cumplido"
    Y la definición "bo_cartagena" está "no cumplida"
    Y la definición "bo_cartagena" cita "art. 15 b)"

  Escenario: Sin saber si la situación causó la amenaza, la definición boliviana queda indeterminada
    Dado la jurisdicción "BO"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | freedom            |
      | country_situations             | internal_conflicts |
      | threat_caused_by_situation     | no sé              |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "bo_cartagena" está "indeterminada"
    Y los hechos faltantes de "bo_cartagena" incluyen "threat_caused_by_situation"
    Y el criterio "cartagena_causal_link" de "bo_cartagena" cita "Conclusion III(3)"
    Y la definición "bo_cartagena" cita "art. 15 b)"

  Escenario: Excluido en Bolivia por un crimen de guerra pero en riesgo de tortura: le protege el art. 3 de la Convención contra la Tortura
    Dado la jurisdicción "BO"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | life               |
      | country_situations             | internal_conflicts |
      | threat_caused_by_situation     | sí                 |
      | international_crimes           | sí                 |
      | risk_of_torture_on_return      | sí                 |
      | has_other_nationality          | no                 |
      | officials_acquiesce            | sí                 |
    Cuando se evalúa el caso
    Entonces la definición "bo_cartagena" está "cumplida"
    Y la exclusión "bo_exclusion" está "indicada"
    Y la definición "bo_cat_article_3" está "cumplida"
    Y la definición "bo_cat_article_3" cita "Art. 3"
    Y la definición "bo_cartagena" cita "art. 15 b)"
    Y el resultado global es "elegible"
