# language: es
Característica: El Salvador, Ley para la Determinación de la Condición de Personas Refugiadas (D.L. 918, 2002)
  Los motivos añaden la etnia, el género y la creencia a los de la Convención; la definición ampliada
  recoge la violencia generalizada, los conflictos internos, la violación masiva de los derechos humanos y
  las circunstancias que perturban gravemente el orden público (la agresión extranjera no está confirmada).
  El número de artículo no está confirmado. D.L. 918 del 18 de julio de 2002 (D.O. 148, tomo 356, 14 de
  agosto de 2002); Reglamento D.E. 79 del 15 de septiembre de 2005 (una página de la OEA da el 22 de agosto
  de 2005). Plazo de 5 días hábiles, como alerta. Los hechos no indicados son desconocidos.

  Escenario: Mujer perseguida por su género: el género es un motivo expreso en El Salvador
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                                   | valor                                                       |
      | outside_country_of_nationality          | sí                                                          |
      | has_other_nationality                   | no                                                          |
      | fears_return                            | sí                                                          |
      | harmed_before                           | sí                                                          |
      | harm_feared                             | threats_to_life_or_freedom, sexual_or_gender_based_violence |
      | characteristics                         | gender                                                      |
      | reasons_for_harm                        | gender                                                      |
      | persecutors                             | family_or_partner                                           |
      | state_would_protect                     | no                                                          |
      | safe_area_reachable                     | no                                                          |
      | receiving_un_agency_protection          | no                                                          |
      | rights_of_national_in_residence_country | no                                                          |
      | international_crimes                    | no                                                          |
      | committed_serious_crime                 | no                                                          |
      | acts_contrary_to_un_purposes            | no                                                          |
      | recognised_refugee                      | no                                                          |
    Cuando se evalúa el caso
    Entonces la definición "sv_refugee" está "cumplida"
    Y el resultado global es "elegible"
    Y el criterio "convention_ground" de "sv_refugee" cita "Decreto Legislativo 918"
    Y el criterio "nexus" de "sv_refugee" cita "art. 4 (article number UNCONFIRMED)"

  Escenario: La misma persecución solo por género no encaja en los motivos de Argentina según las fuentes consultadas
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                          | valor  |
      | characteristics                | gender |
      | reasons_for_harm               | gender |
      | reasons_state_fails_to_protect | gender |
    Cuando se evalúa el caso
    Entonces el criterio "nexus" de "ar_refugee" está "no cumplido"
    Y la definición "ar_refugee" cita "art. 4 a)"

  Escenario: Persecución por su etnia y sus creencias: motivos expresos de la ley salvadoreña
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                          | valor                         |
      | outside_country_of_nationality | sí                            |
      | has_other_nationality          | no                            |
      | fears_return                   | sí                            |
      | threatened_before              | sí                            |
      | harm_feared                    | physical_violence             |
      | characteristics                | race, religion                |
      | reasons_for_harm               | race, religion                |
      | persecutors                    | community_or_other_private    |
      | state_would_protect            | no                            |
      | safe_area_reachable            | no                            |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "sv_refugee" está "cumplido"
    Y el criterio "nexus" de "sv_refugee" está "cumplido"
    Y la definición "sv_refugee" está "cumplida"
    Y la definición "sv_refugee" cita "Decreto Legislativo 918"
    Y la definición "sv_refugee" cita "dated 15 September 2005; an OAS page gives 22 August 2005"

  Escenario: Amenazado por la violencia generalizada de las pandillas: definición ampliada salvadoreña
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | fled_country                   | sí                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
      | has_other_nationality          | no                   |
    Cuando se evalúa el caso
    Entonces la definición "sv_cartagena" está "cumplida"
    Y el criterio "cartagena_situation" de "sv_cartagena" cita "art. 4 c)"

  Escenario: Solicitud en El Salvador el sexto día hábil después del ingreso: la alerta de 5 días hábiles se activa
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-03-03 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-03-11 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"
    Y la alerta "filing_period_passed" cita "Decreto Legislativo 918"

  Escenario: Solicitud en El Salvador el quinto día hábil: la alerta no se activa
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-03-03 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-03-10 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"
    Y la alerta "filing_period_passed" cita "filing period (article not identified)"

  Escenario: Ingreso el lunes 14 de abril de 2025: Jueves y Viernes Santo son feriados, así que el quinto día hábil es el 23 de abril
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-04-14 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-04-23 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"
