# language: es
Característica: Necesidades específicas y derivación en la ruta (rules/specific_needs.yaml)
  Un daño sufrido en la ruta no es persecución en el país de origen y nunca cambia por sí solo el
  resultado de refugio; activa las derivaciones (violencia sexual: atención de VBG; un familiar
  desaparecido: búsqueda de familiares).

  Antecedentes:
    Dado la jurisdicción "MX"

  Escenario: Mujer agredida sexualmente en el Darién que salió de su país por falta de trabajo: derivación de VBG, sin condición de refugiada por eso
    Dado los hechos:
      | hecho                          | valor                       |
      | country_of_nationality         | GT                          |
      | outside_country_of_nationality | sí                          |
      | has_other_nationality          | no                          |
      | fears_return                   | no                          |
      | harmed_before                  | no                          |
      | threatened_before              | no                          |
      | harm_feared                    | economic_hardship           |
      | fled_country                   | no                          |
      | danger_arose_after_leaving     | no                          |
      | threatened_interests           | livelihood_only             |
      | country_situations             | []                          |
      | risk_to_life_on_return         | no                          |
      | risk_of_torture_on_return      | no                          |
      | risk_of_cidt_on_return         | no                          |
      | recognised_refugee             | no                          |
      | crossed_darien                 | sí                          |
      | transit_countries              | co, pa, cr, ni, hn          |
      | route_harms                    | sexual_violence, robbery    |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la derivación "sgbv_survivor" está activada
    Y la derivación "sgbv_survivor" dice "dentro de las 72 horas"
    Y la derivación "sgbv_survivor" dice "Nunca pregunte por detalles"
    Y la derivación "harms_on_route" está activada
    Y la derivación "sgbv_survivor" cita "Standardized Specific Needs Codes"
    Y el resultado "condición de refugiado" es "no elegible"
    Y el resultado global es "no elegible"
    Y sin los hechos "crossed_darien, transit_countries, route_harms" el resultado es el mismo

  Escenario: Adolescente de 15 años no acompañado en México: Procuraduría de Protección y DIF (Ley de Migración, art. 112)
    Dado los hechos:
      | hecho                      | valor      |
      | date_of_birth              | 2011-05-01 |
      | unaccompanied_or_separated | sí         |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la derivación "unaccompanied_or_separated_child" está activada
    Y la derivación "unaccompanied_or_separated_child" dice "Procuraduría de Protección"
    Y la derivación "unaccompanied_or_separated_child" dice "tutor o representante legal"
    Y la derivación "unaccompanied_or_separated_child" cita "Reglamento de la Ley de Migración, art. 169"

  Escenario: Un familiar desaparecido en la ruta: búsqueda de familiares
    Dado los hechos:
      | hecho       | valor                    |
      | route_harms | family_member_disappeared |
    Cuando se evalúa el caso
    Entonces la derivación "family_tracing" está activada
    Y la derivación "sgbv_survivor" no está activada

  Escenario: Sin respuestas sobre necesidades específicas no se activa ninguna derivación
    Dado los hechos:
      | hecho                          | valor |
      | outside_country_of_nationality | sí    |
    Cuando se evalúa el caso
    Entonces no se activa ninguna derivación

  Escenario: Mujer golpeada durante años por su pareja, sin protección del Estado por ser mujer: derivación por violencia de género
    Dado los hechos:
      | hecho                          | valor                                        |
      | woman_or_girl                  | sí                                           |
      | outside_country_of_nationality | sí                                           |
      | harmed_before                  | sí                                           |
      | persecutors                    | family_or_partner                            |
      | harm_feared                    | physical_violence, threats_to_life_or_freedom |
      | state_would_protect            | no                                           |
      | reasons_state_fails_to_protect | gender                                       |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la derivación "sgbv_survivor" está activada
    Y la derivación "sgbv_survivor" dice "pareja o un familiar"

  Escenario: Reclutada y obligada a actos sexuales, sin saber qué edad tenía entonces: posible trata, derivar y preguntar cuándo ocurrió
    Dado los hechos:
      | hecho                  | valor                                    |
      | trafficking_indicators | recruited_or_moved_by_others, forced_sex |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la derivación "possible_trafficking" está activada
    Y la derivación "possible_trafficking" dice "qué edad tenía la persona cuando empezó"
    Y la derivación "trafficking_indicators" no está activada
