# language: es
Característica: Argentina, Ley 26.165 General de Reconocimiento y Protección al Refugiado (2006)
  Art. 4 a): la definición de la Convención; art. 4 b): las cinco situaciones de Cartagena, con la amenaza
  a la vida, la seguridad o la libertad. El Decreto 646/2025 reglamenta el procedimiento y no cambia las
  definiciones. Sin plazo de solicitud en las fuentes consultadas. Los hechos no indicados son desconocidos.

  Escenario: Ucraniano que huye de la agresión extranjera: refugiado en Argentina por el art. 4 b)
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                                   | valor              |
      | country_of_nationality                  | UA                 |
      | outside_country_of_nationality          | sí                 |
      | fled_country                            | sí                 |
      | threatened_interests                    | life, safety       |
      | country_situations                      | foreign_aggression |
      | threat_caused_by_situation              | sí                 |
      | receiving_un_agency_protection          | no                 |
      | rights_of_national_in_residence_country | no                 |
      | international_crimes                    | no                 |
      | committed_serious_crime                 | no                 |
      | acts_contrary_to_un_purposes            | no                 |
      | recognised_refugee                      | no                 |
      | has_other_nationality                   | no                 |
    Cuando se evalúa el caso
    Entonces la definición "ar_cartagena" está "cumplida"
    Y el resultado global es "elegible"
    Y la exclusión "ar_cessation" está "no se aplica"
    Y la definición "ar_cartagena" cita "Ley 26.165, Ley General de Reconocimiento y Protección al Refugiado, art. 4 b)"
    Y el criterio "cartagena_situation" de "ar_cartagena" cita "art. 4 b)"

  Escenario: El mismo ucraniano en Brasil: la agresión extranjera no está en el art. 1 III de la Ley 9.474
    Dado la jurisdicción "BR"
    Y los hechos:
      | hecho                          | valor              |
      | country_of_nationality         | UA                 |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | life, safety       |
      | country_situations             | foreign_aggression |
      | threat_caused_by_situation     | sí                 |
      | situation_forced_departure     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces el criterio "br_situation" de "br_cartagena" está "no cumplido"
    Y la definición "br_cartagena" está "no cumplida"
    Y el criterio "br_situation" de "br_cartagena" cita "art. 1, III"

  Escenario: En Argentina la amenaza a la vida, seguridad o libertad es un elemento (a diferencia de Perú)
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | sí                             |
      | threatened_interests           | livelihood_only                |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_threat" de "ar_cartagena" está "no cumplido"
    Y la definición "ar_cartagena" está "no cumplida"
    Y la definición "ar_cartagena" cita "art. 4 b)"

  Escenario: Los mismos hechos sin amenaza bastan en Perú, cuyo art. 3 b) no exige amenaza
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
    Y la definición "pe_cartagena" cita "Ley 27891, Ley del Refugiado, art. 3 b)"

  Escenario: Refugiado reconocido que se acogió de nuevo a la protección de su país: cesación indicada en Argentina, la decide la autoridad
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                                   | valor              |
      | outside_country_of_nationality          | sí                 |
      | fled_country                            | sí                 |
      | threatened_interests                    | life               |
      | country_situations                      | internal_conflicts |
      | threat_caused_by_situation              | sí                 |
      | receiving_un_agency_protection          | no                 |
      | rights_of_national_in_residence_country | no                 |
      | international_crimes                    | no                 |
      | committed_serious_crime                 | no                 |
      | acts_contrary_to_un_purposes            | no                 |
      | recognised_refugee                      | sí                 |
      | reavailed_protection_voluntarily        | sí                 |
      | risk_of_torture_on_return               | no                 |
      | has_other_nationality                   | no                 |
    Cuando se evalúa el caso
    Entonces la definición "ar_cartagena" está "cumplida"
    Y la exclusión "ar_cessation" está "indicada"
    Y el criterio "cess_1c1_reavailment" de "ar_cessation" está "indicado"
    Y la exclusión "ar_cessation" cita "Art. 1C"
    Y la definición "ar_cartagena" cita "art. 4 b)"
    Y el resultado global es "necesita más información"
