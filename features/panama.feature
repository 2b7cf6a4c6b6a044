# language: es
Característica: Panamá, Decreto Ejecutivo 5 de 2018
  La definición de la Convención con el género como motivo. No se encontró cláusula ampliada (Cartagena),
  ausencia no confirmada. Los hechos no indicados son desconocidos.

  Escenario: Venezolana que salió por la grave y generalizada violación de derechos humanos, sin riesgo individual: no cumple en Panamá
    Dado la jurisdicción "PA"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | has_other_nationality          | no                             |
      | fears_return                   | sí                             |
      | harmed_before                  | no                             |
      | threatened_before              | no                             |
      | similar_people_harmed          | no                             |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | reasons_for_harm               | indiscriminate_violence        |
      | profile_at_risk_now            | no                             |
    Cuando se evalúa el caso
    Entonces la definición "pa_refugee" está "no cumplida"
    Y el criterio "fear_objective" de "pa_refugee" está "no cumplido"
    Y la definición "pa_refugee" cita "Decreto Ejecutivo 5"

  Escenario: La misma venezolana en Brasil: cumple el art. 1, III de la Lei 9.474
    Dado la jurisdicción "BR"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | has_other_nationality          | no                             |
      | fears_return                   | sí                             |
      | harmed_before                  | no                             |
      | threatened_before              | no                             |
      | similar_people_harmed          | no                             |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | reasons_for_harm               | indiscriminate_violence        |
      | profile_at_risk_now            | no                             |
    Cuando se evalúa el caso
    Entonces la definición "br_refugee" está "no cumplida"
    Y la definición "br_cartagena" está "cumplida"
    Y la definición "br_cartagena" cita "Lei 9.474, art. 1, III"

  Escenario: Mujer perseguida por su expareja por ser mujer: el género es motivo en Panamá
    Dado la jurisdicción "PA"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | has_other_nationality          | no                              |
      | fears_return                   | sí                              |
      | harmed_before                  | sí                              |
      | harm_feared                    | sexual_or_gender_based_violence |
      | characteristics                | gender                          |
      | reasons_for_harm               | gender                          |
      | persecutors                    | family_or_partner               |
      | state_would_protect            | no                              |
      | safe_area_reachable            | no                              |
    Cuando se evalúa el caso
    Entonces la definición "pa_refugee" está "cumplida"
    Y el criterio "convention_ground" de "pa_refugee" cita "Decreto Ejecutivo 5 (16 January 2018)"

  Escenario: La misma mujer en Venezuela: el género no es un motivo expreso
    Dado la jurisdicción "VE"
    Y los hechos:
      | hecho                          | valor                           |
      | outside_country_of_nationality | sí                              |
      | has_other_nationality          | no                              |
      | fears_return                   | sí                              |
      | harmed_before                  | sí                              |
      | harm_feared                    | sexual_or_gender_based_violence |
      | characteristics                | gender                          |
      | reasons_for_harm               | gender                          |
      | persecutors                    | family_or_partner               |
      | state_would_protect            | no                              |
      | safe_area_reachable            | no                              |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "ve_refugee" está "no cumplido"
    Y la definición "ve_refugee" está "no cumplida"
    Y la definición "ve_refugee" cita "art. 2(1)"

  Escenario: Sin riesgo individual ni de tortura, la venezolana no es elegible en Panamá
    Dado la jurisdicción "PA"
    Y los hechos:
      | hecho                          | valor                          |
      | country_of_nationality         | VE                             |
      | outside_country_of_nationality | sí                             |
      | has_other_nationality          | no                             |
      | fears_return                   | sí                             |
      | harmed_before                  | no                             |
      | threatened_before              | no                             |
      | similar_people_harmed          | no                             |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | sí                             |
      | reasons_for_harm               | indiscriminate_violence        |
      | risk_of_torture_on_return      | no                             |
      | profile_at_risk_now            | no                             |
    Cuando se evalúa el caso
    Entonces el resultado global es "no elegible"
    Y la definición "pa_cat_article_3" está "no cumplida"
    Y la definición "pa_cat_article_3" cita "Art. 3"
