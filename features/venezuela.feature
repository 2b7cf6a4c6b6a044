# language: es
Característica: Venezuela, Ley Orgánica sobre Refugiados o Refugiadas y Asilados o Asiladas (LORRAA, 2001)
  Art. 2(1): los motivos y condiciones de la Convención de 1951; Reglamento del 4 de julio de 2003. No se
  encontró cláusula ampliada; no está confirmado que el art. 5 sea el artículo de la definición ni que
  añada el motivo "sexo", que no se evalúa. Los hechos no indicados son desconocidos.

  Escenario: Colombiano que huyó de un conflicto armado sin ser señalado: no cumple en Venezuela
    Dado la jurisdicción "VE"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | has_other_nationality          | no                      |
      | fears_return                   | sí                      |
      | harmed_before                  | no                      |
      | threatened_before              | no                      |
      | similar_people_harmed          | no                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life                    |
      | country_situations             | internal_conflicts      |
      | threat_caused_by_situation     | sí                      |
      | reasons_for_harm               | indiscriminate_violence |
      | profile_at_risk_now            | no                      |
    Cuando se evalúa el caso
    Entonces la definición "ve_refugee" está "no cumplida"
    Y la definición "ve_refugee" cita "art. 2(1)"

  Escenario: El mismo colombiano en Uruguay: cumple la definición ampliada (art. 2 B))
    Dado la jurisdicción "UY"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | has_other_nationality          | no                      |
      | fears_return                   | sí                      |
      | harmed_before                  | no                      |
      | threatened_before              | no                      |
      | similar_people_harmed          | no                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life                    |
      | country_situations             | internal_conflicts      |
      | threat_caused_by_situation     | sí                      |
      | reasons_for_harm               | indiscriminate_violence |
      | profile_at_risk_now            | no                      |
    Cuando se evalúa el caso
    Entonces la definición "uy_refugee" está "no cumplida"
    Y la definición "uy_cartagena" está "cumplida"
    Y la definición "uy_cartagena" cita "Ley 18.076, Derecho al refugio y a los refugiados, art. 2 B)"

  Escenario: Periodista perseguido por su opinión política: cumple el art. 2(1)
    Dado la jurisdicción "VE"
    Y los hechos:
      | hecho                          | valor                      |
      | outside_country_of_nationality | sí                         |
      | has_other_nationality          | no                         |
      | fears_return                   | sí                         |
      | threatened_before              | sí                         |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | state_authorities          |
    Cuando se evalúa el caso
    Entonces la definición "ve_refugee" está "cumplida"
    Y el criterio "nexus" de "ve_refugee" está "cumplido"
    Y la definición "ve_refugee" cita "Ley Orgánica sobre Refugiados"
    Y la definición "ve_refugee" cita "LORRAA, G.O. 37.296, 3 October 2001), art. 2(1)"
    Y la definición "ve_refugee" cita "Reglamento de la Ley Orgánica sobre Refugiados o Refugiadas y Asilados o Asiladas, regulation of the LORRAA (2003)"

  Escenario: Persecución solo por género: no es motivo expreso en Venezuela (el art. 5 no está confirmado)
    Dado la jurisdicción "VE"
    Y los hechos:
      | hecho            | valor  |
      | characteristics  | gender |
      | reasons_for_harm | gender |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "ve_refugee" está "no cumplido"
    Y la definición "ve_refugee" cita "art. 5"
