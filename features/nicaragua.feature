# language: es
Característica: Nicaragua, Ley 655 de Protección a Refugiados (2008)
  El texto del art. 1 no se obtuvo: la definición de la Convención y una cláusula ampliada con las cinco
  situaciones de Cartagena se evalúan con confianza baja, a partir del considerando II que cita Cartagena.
  El Decreto 297 (1980) es solo el instrumento de adhesión a la Convención y al Protocolo, no una definición.
  Los hechos no indicados son desconocidos.

  Escenario: Amenazado por circunstancias que perturban gravemente el orden público: cumple la cláusula ampliada
    Dado la jurisdicción "NI"
    Y los hechos:
      | hecho                          | valor                    |
      | outside_country_of_nationality | sí                       |
      | fled_country                   | sí                       |
      | threatened_interests           | safety                   |
      | country_situations             | public_order_disturbance |
      | threat_caused_by_situation     | sí                       |
      | has_other_nationality          | no                       |
    Cuando se evalúa el caso
    Entonces la definición "ni_cartagena" está "cumplida"
    Y la definición "ni_cartagena" cita "Ley 655, Ley de Protección a Refugiados, art. 1"
    Y la definición "ni_cartagena" cita "considerando II"

  Escenario: Los mismos hechos de orden público no bastan en Honduras
    Dado la jurisdicción "HN"
    Y los hechos:
      | hecho                          | valor                    |
      | outside_country_of_nationality | sí                       |
      | fled_country                   | sí                       |
      | threatened_interests           | safety                   |
      | country_situations             | public_order_disturbance |
      | threat_caused_by_situation     | sí                       |
      | has_other_nationality          | no                       |
    Cuando se evalúa el caso
    Entonces la definición "hn_cartagena" está "no cumplida"
    Y la definición "hn_cartagena" cita "Ley de Migración y Extranjería (Decreto 208-2003), art. 42, numeral 3"

  Escenario: Opositora política perseguida por el Estado: cumple la definición de la Convención
    Dado la jurisdicción "NI"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | has_other_nationality          | no                      |
      | fears_return                   | sí                      |
      | harmed_before                  | sí                      |
      | harm_feared                    | detention_or_kidnapping |
      | characteristics                | political_opinion       |
      | reasons_for_harm               | political_opinion       |
      | persecutors                    | state_authorities       |
    Cuando se evalúa el caso
    Entonces la definición "ni_refugee" está "cumplida"
    Y la definición "ni_refugee" cita "Ley 655"
    Y la definición "ni_refugee" cita "Decreto 297 (La Gaceta 39, 15 February 1980), accession to the 1951 Convention and the 1967 Protocol"

  Escenario: El género no se añade a los motivos en Nicaragua (no confirmado), a diferencia de Uruguay
    Dado la jurisdicción "NI"
    Y los hechos:
      | hecho            | valor  |
      | characteristics  | gender |
      | reasons_for_harm | gender |
    Cuando se evalúa el caso
    Entonces el criterio "convention_ground" de "ni_refugee" está "no cumplido"
    Y el criterio "convention_ground" de "ni_refugee" cita "Convention relating to the Status of Refugees, Art. 1A(2)"
