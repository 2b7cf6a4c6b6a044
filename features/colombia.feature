# language: es
Característica: Colombia, Decreto 2840 de 2013 (compilado en el Decreto 1067 de 2015)
  Art. 1 a): la definición de la Convención; b): las cinco situaciones de Cartagena; c): el riesgo de
  tortura o de tratos o penas crueles, inhumanos o degradantes es por sí mismo un motivo de refugio, al
  que se aplican la exclusión y la cesación. Plazo de dos meses para solicitar, como alerta. Los hechos
  no indicados son desconocidos.

  Escenario: Riesgo de tortura sin motivo de la Convención: refugiado en Colombia por el art. 1 c)
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                                   | valor                    |
      | outside_country_of_nationality          | sí                       |
      | has_other_nationality                   | no                       |
      | fears_return                            | sí                       |
      | threatened_before                       | sí                       |
      | harm_feared                             | torture_or_ill_treatment |
      | characteristics                         | ninguno                  |
      | reasons_for_harm                        | personal_dispute         |
      | fled_country                            | sí                       |
      | threatened_interests                    | safety                   |
      | country_situations                      | ninguno                  |
      | risk_of_torture_on_return               | sí                       |
      | receiving_un_agency_protection          | no                       |
      | rights_of_national_in_residence_country | no                       |
      | international_crimes                    | no                       |
      | committed_serious_crime                 | no                       |
      | acts_contrary_to_un_purposes            | no                       |
      | recognised_refugee                      | no                       |
    Cuando se evalúa el caso
    Entonces la definición "co_refugee" está "no cumplida"
    Y la definición "co_cartagena" está "no cumplida"
    Y la definición "co_refugee_torture_risk" está "cumplida"
    Y el resultado global es "elegible"
    Y la definición "co_refugee_torture_risk" cita "Decreto 2840 de 2013 (compiled into Decreto 1067 de 2015), art. 1 c)"
    Y el criterio "co_torture_or_cidt_risk" de "co_refugee_torture_risk" cita "art. 1 c)"

  Escenario: Riesgo de tratos crueles o degradantes que no llegan a tortura: cubierto en Colombia, no por el art. 3 de la Convención contra la Tortura
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                          | valor |
      | outside_country_of_nationality | sí    |
      | risk_of_torture_on_return      | no    |
      | risk_of_cidt_on_return         | sí    |
    Cuando se evalúa el caso
    Entonces la definición "co_refugee_torture_risk" está "cumplida"
    Y la definición "co_cat_article_3" está "no cumplida"
    Y el criterio "co_torture_or_cidt_risk" de "co_refugee_torture_risk" cita "art. 1 c)"

  Escenario: El mismo riesgo de tratos degradantes en Ecuador: solo se evalúa el art. 3 de la Convención contra la Tortura, que no lo cubre
    Dado la jurisdicción "EC"
    Y los hechos:
      | hecho                          | valor |
      | outside_country_of_nationality | sí    |
      | risk_of_torture_on_return      | no    |
      | risk_of_cidt_on_return         | sí    |
    Cuando se evalúa el caso
    Entonces la definición "ec_cat_article_3" está "no cumplida"
    Y la definición "ec_cat_article_3" cita "Art. 3"

  Escenario: En Colombia la exclusión alcanza al art. 1 c), pero el art. 3 de la Convención contra la Tortura sigue protegiendo
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                          | valor |
      | outside_country_of_nationality | sí    |
      | risk_of_torture_on_return      | sí    |
      | committed_serious_crime        | sí    |
      | crime_was_political            | no    |
      | crime_before_arrival           | sí    |
      | officials_acquiesce            | sí    |
    Cuando se evalúa el caso
    Entonces la definición "co_refugee_torture_risk" está "cumplida"
    Y la exclusión "co_exclusion" está "indicada"
    Y la definición "co_cat_article_3" está "cumplida"
    Y la definición "co_cat_article_3" cita "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, Art. 3"
    Y la definición "co_refugee_torture_risk" cita "art. 1 c)"
    Y el resultado global es "elegible"

  Escenario: Tortura temida de particulares que ningún funcionario toleraría: el art. 1 c) se cumple (su elemento de funcionario no está confirmado), el art. 3 de la Convención contra la Tortura no
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                          | valor                      |
      | outside_country_of_nationality | sí                         |
      | risk_of_torture_on_return      | sí                         |
      | persecutors                    | community_or_other_private |
      | officials_acquiesce            | no                         |
      | state_would_protect            | sí                         |
    Cuando se evalúa el caso
    Entonces la definición "co_refugee_torture_risk" está "cumplida"
    Y la definición "co_cat_article_3" está "no cumplida"
    Y el criterio "co_torture_or_cidt_risk" de "co_refugee_torture_risk" cita "art. 1 c)"

  Escenario: Solicitud en Colombia más de dos meses después del ingreso: la alerta se activa
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-01-10 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-03-11 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "activada"
    Y la alerta "filing_period_passed" cita "Decreto 1067 de 2015"

  Escenario: Solicitud en Colombia el día en que se cumplen dos meses: la alerta no se activa
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                    | valor      |
      | date_of_entry            | 2025-01-10 |
      | asylum_application_filed | sí         |
      | date_of_application      | 2025-03-10 |
    Cuando se evalúa el caso
    Entonces la alerta "filing_period_passed" está "no activada"
    Y la alerta "filing_period_passed" cita "Decreto 1067 de 2015"

  Escenario: En Colombia el art. 1 b) no resuelve el sur place: para quien no huyó queda abierto, no se descarta
    Dado la jurisdicción "CO"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | fled_country                   | no                             |
      | danger_arose_after_leaving     | sí                             |
      | threatened_interests           | freedom                        |
      | country_situations             | massive_human_rights_violation |
      | threat_caused_by_situation     | sí                             |
      | has_other_nationality          | no                             |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_fled" de "co_cartagena" está "indeterminado"
    Y la definición "co_cartagena" está "indeterminada"
    Y la definición "co_cartagena" cita "art. 1 b)"
