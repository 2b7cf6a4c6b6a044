# language: es
Característica: México, Ley sobre Refugiados, Protección Complementaria y Asilo Político (2011)
  Art. 13 fr. I con el género como motivo; fr. II con las cinco situaciones de Cartagena; fr. III
  sur place; art. 18: 30 días hábiles para solicitar, como alerta y nunca como impedimento.

  Antecedentes:
    Dado la jurisdicción "MX"

  Escenario: Mujer amenazada por una pandilla por su género: elegible, con la alerta de plazo activada
    Dado los hechos:
      | hecho                                   | valor                                          |
      | outside_country_of_nationality          | sí                                             |
      | has_other_nationality                   | no                                             |
      | fears_return                            | sí                                             |
      | harmed_before                           | sí                                             |
      | harm_feared                             | threats_to_life_or_freedom, sexual_or_gender_based_violence |
      | characteristics                         | gender                                         |
      | reasons_for_harm                        | gender, criminal_gain                          |
      | persecutors                             | gang_or_organised_crime                        |
      | state_would_protect                     | no                                             |
      | safe_area_reachable                     | no                                             |
      | receiving_un_agency_protection          | no                                             |
      | rights_of_national_in_residence_country | no                                             |
      | international_crimes                    | no                                             |
      | committed_serious_crime                 | no                                             |
      | acts_contrary_to_un_purposes            | no                                             |
      | date_of_entry                           | 2025-03-03                                     |
      | asylum_application_filed                | sí                                             |
      | date_of_application                     | 2025-05-19                                     |
      | recognised_refugee                      | no                                             |
    Cuando se evalúa el caso
    Entonces el resultado global es "elegible"
    Y la definición "mx_refugee" está "cumplida"
    Y el criterio "convention_ground" de "mx_refugee" cita "art. 13 fr. I"
    Y la alerta "filing_period_passed" está "activada"
    Y la alerta "filing_period_passed" cita "art. 18"
    Y la alerta "filing_period_passed" cita "amparos en revisión 353/2019"

  Escenario: Solicitud presentada el 15 de abril de 2025, día hábil 30 porque el lunes 17 de marzo es inhábil (LFPA art. 28): la alerta no se activa
    Dado los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-03-03 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-04-15 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"
    Y la alerta "filing_period_passed" cita "Ley Federal de Procedimiento Administrativo (LFPA), art. 28"

  Escenario: Solicitud presentada el 16 de abril de 2025, día hábil 31: la alerta se activa
    Dado los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-03-03 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-04-16 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"

  Escenario: Ingreso el 26 de enero de 2026: el lunes 2 de febrero es inhábil, así que el día hábil 30 es el 10 de marzo
    Dado los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2026-01-26 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2026-03-10 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"

  Escenario: Ingreso el 23 de febrero de 2026: el lunes 16 de marzo es inhábil, así que el día hábil 30 es el 7 de abril
    Dado los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2026-02-23 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2026-04-07 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"

  Escenario: Sin solicitud aún, el plazo se cuenta hasta la fecha de evaluación
    Dado los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2026-10-12 |
      | asylum_application_filed | no         |
    Y la fecha de evaluación es "2026-11-25"
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"

  Escenario: Sin la fecha de ingreso no se puede comprobar el plazo
    Dado los hechos:
      | hecho                    | valor |
      | asylum_application_filed | no    |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "indeterminada"

  Escenario: Migrante económico: no elegible en ninguna definición
    Dado los hechos:
      | hecho                          | valor             |
      | country_of_nationality         | GT                |
      | outside_country_of_nationality | sí                |
      | fears_return                   | no                |
      | harm_feared                    | economic_hardship |
      | fled_country                   | no                |
      | danger_arose_after_leaving     | no                |
      | threatened_interests           | livelihood_only   |
      | country_situations             | ninguno           |
      | risk_to_life_on_return         | no                |
      | risk_of_torture_on_return      | no                |
      | risk_of_cidt_on_return         | no                |
      | has_other_nationality          | no                |
    Cuando se evalúa el caso
    Entonces la definición "mx_refugee" está "no cumplida"
    Y la definición "mx_cartagena" está "no cumplida"
    Y la definición "mx_proteccion_complementaria" está "no cumplida"
    Y el resultado global es "no elegible"

  Escenario: Salió para trabajar y el peligro no surgió después: no cumple la fr. II, porque la fr. III resuelve el sur place
    Dado los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | has_other_nationality          | no                   |
      | fled_country                   | no                   |
      | danger_arose_after_leaving     | no                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
    Cuando se evalúa el caso
    Entonces el criterio "mx_fled_or_sur_place" de "mx_cartagena" está "no cumplido"
    Y la definición "mx_cartagena" está "no cumplida"
    Y el criterio "mx_fled_or_sur_place" de "mx_cartagena" cita "art. 13 fr. II-III"

  Escenario: Amenazado de muerte por una pandilla que el Estado sí combate: protección complementaria mexicana sin elemento de funcionario público
    Dado los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | risk_to_life_on_return         | sí                      |
      | risk_of_torture_on_return      | no                      |
      | persecutors                    | gang_or_organised_crime |
      | officials_acquiesce            | no                      |
      | state_would_protect            | sí                      |
    Cuando se evalúa el caso
    Entonces la definición "mx_proteccion_complementaria" está "cumplida"
    Y la definición "mx_cat_article_3" está "no cumplida"
    Y la definición "mx_proteccion_complementaria" cita "art. 2 fr. IV"

  Escenario: Caso incompleto: se necesita más información y se dice cuál
    Dado los hechos:
      | hecho                          | valor                      |
      | outside_country_of_nationality | sí                         |
      | has_other_nationality          | no                         |
      | fears_return                   | sí                         |
      | threatened_before              | sí                         |
      | harm_feared                    | threats_to_life_or_freedom |
      | persecutors                    | gang_or_organised_crime    |
      | characteristics                | prefiero no decir          |
      | reasons_for_harm               | no sé                      |
      | fled_country                   | sí                         |
      | threatened_interests           | life                       |
      | country_situations             | generalized_violence       |
    Cuando se evalúa el caso
    Entonces el resultado global es "necesita más información"
    Y la definición "mx_refugee" está "indeterminada"
    Y la definición "mx_cartagena" está "indeterminada"
    Y los hechos faltantes de "mx_refugee" incluyen "characteristics, reasons_for_harm, state_would_protect"
    Y los hechos faltantes de "mx_cartagena" incluyen "threat_caused_by_situation"
    Y los hechos faltantes globales incluyen "threat_caused_by_situation"
    Y la exclusión "mx_exclusion" está "no planteada"
    Y las verificaciones pendientes incluyen "excl_1fa_international_crimes, excl_1fb_serious_nonpolitical_crime"

  Escenario: Quien cumple la definición de la Convención pero cometió un crimen de guerra tiene la exclusión indicada
    Dado los hechos:
      | hecho                          | valor                      |
      | outside_country_of_nationality | sí                         |
      | has_other_nationality          | no                         |
      | fears_return                   | sí                         |
      | threatened_before              | sí                         |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | religion                   |
      | reasons_for_harm               | religion                   |
      | persecutors                    | state_authorities          |
      | international_crimes           | sí                         |
      | risk_of_torture_on_return      | no                         |
      | risk_of_cidt_on_return         | no                         |
    Cuando se evalúa el caso
    Entonces la definición "mx_refugee" está "cumplida"
    Y la exclusión "mx_exclusion" es "indicada"
    # La exclusión no impide la protección complementaria: teme amenazas a su vida o libertad; falta valorar si su vida estaría amenazada al volver (art. 2 fr. IV).
    Y la definición "mx_proteccion_complementaria" está "indeterminada"
    Y el resultado global es "necesita más información"
    Y los hechos faltantes globales incluyen "risk_to_life_on_return"
