# language: es
Característica: Guatemala, Código de Migración (Decreto 44-2016) y Acuerdo AMN 2-2019
  Según la página de ayuda del ACNUR: la definición de la Convención, las cinco situaciones de Cartagena y la
  persecución mediante violencia sexual u otras formas de persecución de género o por orientación sexual. El
  artículo no está confirmado (confianza media). Los hechos no indicados son desconocidos.

  Escenario: Hombre gay perseguido por su orientación sexual: cumple la cláusula guatemalteca sin declarar un motivo de la Convención
    Dado la jurisdicción "GT"
    Y los hechos:
      | hecho                                   | valor                      |
      | outside_country_of_nationality          | sí                         |
      | has_other_nationality                   | no                         |
      | fears_return                            | sí                         |
      | harmed_before                           | sí                         |
      | harm_feared                             | physical_violence          |
      | characteristics                         | prefiero no decir          |
      | reasons_for_harm                        | prefiero no decir          |
      | persecuted_for_sexual_orientation       | sí                         |
      | persecutors                             | gang_or_organised_crime    |
      | state_would_protect                     | no                         |
      | safe_area_reachable                     | no                         |
      | receiving_un_agency_protection          | no                         |
      | rights_of_national_in_residence_country | no                         |
      | international_crimes                    | no                         |
      | committed_serious_crime                 | no                         |
      | acts_contrary_to_un_purposes            | no                         |
      | recognised_refugee                      | no                         |
    Cuando se evalúa el caso
    Entonces la definición "gt_gender_persecution" está "cumplida"
    Y la definición "gt_refugee" está "indeterminada"
    Y el resultado global es "elegible"
    Y el criterio "gt_sexual_gender_or_orientation_persecution" de "gt_gender_persecution" cita "sexual-orientation persecution"
    Y la definición "gt_gender_persecution" cita "Acuerdo de Autoridad Migratoria Nacional 2-2019"

  Escenario: Violencia sexual de una pandilla que busca dinero: cuenta en Guatemala sea cual sea el motivo
    Dado la jurisdicción "GT"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | has_other_nationality          | no                              |
      | fears_return                   | sí                              |
      | threatened_before              | sí                              |
      | harm_feared                    | sexual_or_gender_based_violence |
      | characteristics                | ninguno                         |
      | reasons_for_harm               | criminal_gain                   |
      | persecutors                    | gang_or_organised_crime         |
      | state_would_protect            | no                              |
      | safe_area_reachable            | no                              |
      | reasons_state_fails_to_protect | no_capacity                     |
    Cuando se evalúa el caso
    Entonces el criterio "nexus" de "gt_refugee" está "no cumplido"
    Y la definición "gt_gender_persecution" está "cumplida"
    Y el criterio "gt_sexual_gender_or_orientation_persecution" de "gt_gender_persecution" está "cumplido"
    Y el criterio "gt_sexual_gender_or_orientation_persecution" de "gt_gender_persecution" cita "Decreto 44-2016"

  Escenario: La misma violencia sexual por extorsión en El Salvador: sin motivo protegido no se cumple
    Dado la jurisdicción "SV"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | has_other_nationality          | no                              |
      | fears_return                   | sí                              |
      | threatened_before              | sí                              |
      | harm_feared                    | sexual_or_gender_based_violence |
      | characteristics                | ninguno                         |
      | reasons_for_harm               | criminal_gain                   |
      | persecutors                    | gang_or_organised_crime         |
      | state_would_protect            | no                              |
      | safe_area_reachable            | no                              |
      | reasons_state_fails_to_protect | no_capacity                     |
    Cuando se evalúa el caso
    Entonces el criterio "nexus" de "sv_refugee" está "no cumplido"
    Y la definición "sv_refugee" está "no cumplida"
    Y el criterio "nexus" de "sv_refugee" cita "Decreto Legislativo 918"

  Escenario: Amenazada por un conflicto interno: definición ampliada guatemalteca con las cinco situaciones
    Dado la jurisdicción "GT"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | life, freedom      |
      | country_situations             | internal_conflicts |
      | threat_caused_by_situation     | sí                 |
      | has_other_nationality          | no                 |
    Cuando se evalúa el caso
    Entonces la definición "gt_cartagena" está "cumplida"
    Y el criterio "cartagena_situation" de "gt_cartagena" cita "Código de Migración (Decreto 44-2016)"

  Escenario: Sin saber el motivo ni la orientación sexual, la cláusula guatemalteca queda indeterminada y se pregunta
    Dado la jurisdicción "GT"
    Y los hechos:
      | hecho            | valor             |
      | harm_feared      | physical_violence |
      | reasons_for_harm | no sé             |
    Cuando se evalúa el caso
    Entonces el criterio "gt_sexual_gender_or_orientation_persecution" de "gt_gender_persecution" está "indeterminado"
    Y los hechos faltantes de "gt_gender_persecution" incluyen "persecuted_for_sexual_orientation, reasons_for_harm"
    Y el criterio "gt_sexual_gender_or_orientation_persecution" de "gt_gender_persecution" cita "article UNCONFIRMED"
