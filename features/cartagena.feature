# language: es
Característica: La definición ampliada de la Declaración de Cartagena (Conclusión III(3))
  Se evalúa a través de México (LRPCAP art. 13 fr. II), que recoge las cinco situaciones.
  Elementos: huida del país; ningún otro país de su nacionalidad le protegería; amenaza a la vida, la
  seguridad o la libertad; una de las situaciones; y el vínculo causal entre la situación y la amenaza.
  Los hechos no indicados son desconocidos. Algunos escenarios usan otras jurisdicciones que recogen la
  definición con la letra escueta de Cartagena (Argentina, Uruguay, Ecuador).

  Escenario: Huida por violencia generalizada que amenaza la vida: se cumple sin persecución individual
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | has_other_nationality          | no                   |
      | fled_country                   | sí                   |
      | threatened_interests           | life, safety         |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
      | reasons_for_harm               | indiscriminate_violence |
      | reasons_state_fails_to_protect | no_capacity          |
    Cuando se evalúa el caso
    Entonces la definición "mx_cartagena" está "cumplida"
    Y la definición "mx_refugee" está "no cumplida"
    Y el criterio "cartagena_situation" de "mx_cartagena" cita "art. 13 fr. II"
    Y el criterio "cartagena_threat" de "mx_cartagena" cita "Conclusion III(3)"

  Escenario: Solo los ingresos en peligro no es una amenaza a la vida, la seguridad o la libertad
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | fled_country                   | sí                   |
      | threatened_interests           | livelihood_only      |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | no                   |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_threat" de "mx_cartagena" está "no cumplido"
    Y el criterio "cartagena_causal_link" de "mx_cartagena" está "no cumplido"
    Y la definición "mx_cartagena" está "no cumplida"

  Escenario: Sin ninguna de las situaciones previstas no se cumple la definición ampliada
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor     |
      | outside_country_of_nationality | sí        |
      | fled_country                   | sí        |
      | threatened_interests           | life      |
      | country_situations             | ninguno   |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "mx_cartagena" está "no cumplido"
    Y la definición "mx_cartagena" está "no cumplida"

  Escenario: Sin saber si la amenaza proviene de la situación, queda indeterminada
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | fled_country                   | sí                 |
      | threatened_interests           | freedom            |
      | country_situations             | internal_conflicts |
      | threat_caused_by_situation     | no sé              |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_causal_link" de "mx_cartagena" está "indeterminado"
    Y la definición "mx_cartagena" está "indeterminada"
    Y los hechos faltantes de "mx_cartagena" incluyen "threat_caused_by_situation"
    Y los hechos faltantes de "mx_cartagena" no incluyen "country_situations, threatened_interests"

  Escenario: La exclusión se aplica también a quien solo cumple la definición ampliada
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor                |
      | outside_country_of_nationality | sí                   |
      | has_other_nationality          | no                   |
      | fled_country                   | sí                   |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sí                   |
      | reasons_for_harm               | criminal_gain        |
      | reasons_state_fails_to_protect | corruption           |
      | committed_serious_crime        | sí                   |
      | crime_was_political            | no                   |
      | crime_before_arrival           | sí                   |
    Cuando se evalúa el caso
    Entonces la definición "mx_cartagena" está "cumplida"
    Y la definición "mx_refugee" está "no cumplida"
    Y la exclusión "mx_exclusion" es "indicada"
    Y el criterio "excl_1fb_serious_nonpolitical_crime" de "mx_exclusion" está "indicado"
    # La exclusión no impide la protección complementaria: falta valorar si su vida estaría amenazada al volver.
    Y la definición "mx_proteccion_complementaria" está "indeterminada"
    Y el resultado global es "necesita más información"
    Y los hechos faltantes globales incluyen "risk_to_life_on_return"

  Escenario: Refugiado sur place en México: el peligro surgió después de salir
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor             |
      | outside_country_of_nationality | sí                |
      | has_other_nationality          | no                |
      | fled_country                   | no                |
      | danger_arose_after_leaving     | sí                |
      | threatened_interests           | life, freedom     |
      | country_situations             | internal_conflicts, public_order_disturbance |
      | threat_caused_by_situation     | sí                |
    Cuando se evalúa el caso
    Entonces el criterio "mx_fled_or_sur_place" de "mx_cartagena" está "cumplido"
    Y el criterio "mx_fled_or_sur_place" de "mx_cartagena" cita "art. 13 fr. II-III"
    Y la definición "mx_cartagena" está "cumplida"

  # Protección sustitutiva: la Conclusión III(3) recoge "los elementos de la Convención de 1951", que incluye la
  # regla de las varias nacionalidades (art. 1A(2), párrafo segundo).
  Esquema del escenario: Con doble nacionalidad y un segundo Estado que le protegería, no se cumple la definición ampliada (<país>)
    Dado la jurisdicción "<país>"
    Y los hechos:
      | hecho                                   | valor                |
      | outside_country_of_nationality          | sí                   |
      | fled_country                            | sí                   |
      | has_other_nationality                   | sí                   |
      | other_nationality_country_would_protect | sí                   |
      | threatened_interests                    | life                 |
      | country_situations                      | generalized_violence |
      | threat_caused_by_situation              | sí                   |
    Cuando se evalúa el caso
    Entonces la definición "<definición>" está "no cumplida"
    Y el criterio "no_protection_of_other_nationality" de "<definición>" está "no cumplido"
    Y la definición "<definición>" cita "Art. 1A(2), second paragraph"

    Ejemplos:
      | país | definición   |
      | AR   | ar_cartagena |
      | UY   | uy_cartagena |
      | EC   | ec_cartagena |
      | MX   | mx_cartagena |

  Escenario: Con doble nacionalidad, si el otro país no le protegería, la definición ampliada se cumple (Argentina)
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                                   | valor                |
      | outside_country_of_nationality          | sí                   |
      | fled_country                            | sí                   |
      | has_other_nationality                   | sí                   |
      | other_nationality_country_would_protect | no                   |
      | threatened_interests                    | life                 |
      | country_situations                      | generalized_violence |
      | threat_caused_by_situation              | sí                   |
    Cuando se evalúa el caso
    Entonces el criterio "no_protection_of_other_nationality" de "ar_cartagena" está "cumplido"
    Y la definición "ar_cartagena" está "cumplida"

  # Letra escueta ("haya huido"): si cubre a quien ya estaba fuera cuando surgió el peligro (sur place) no está
  # resuelto (referencia jurídica §2.2, punto 1): queda indeterminado y decide un asesor, nunca "no cumplido".
  Esquema del escenario: Refugiado sur place bajo la letra escueta de Cartagena: indeterminado, no "no cumplido" (<país>)
    Dado la jurisdicción "<país>"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | sí                 |
      | has_other_nationality          | no                 |
      | fled_country                   | no                 |
      | danger_arose_after_leaving     | sí                 |
      | threatened_interests           | life, freedom      |
      | country_situations             | internal_conflicts |
      | threat_caused_by_situation     | sí                 |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_fled" de "<definición>" está "indeterminado"
    Y la definición "<definición>" está "indeterminada"

    Ejemplos:
      | país | definición   |
      | AR   | ar_cartagena |
      | UY   | uy_cartagena |

  Escenario: Quien no ha salido de su país no cumple la definición ampliada, aunque no haya huido (Argentina)
    Dado la jurisdicción "AR"
    Y los hechos:
      | hecho                          | valor              |
      | outside_country_of_nationality | no                 |
      | stateless                      | no                 |
      | fled_country                   | no                 |
      | threatened_interests           | life               |
      | country_situations             | internal_conflicts |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_fled" de "ar_cartagena" está "no cumplido"
    Y la definición "ar_cartagena" está "no cumplida"

  # Fila 9 del issue 22: la Conclusión III(3) pregunta si existe violencia generalizada o una perturbación
  # grave del orden público; su causa no importa. La misma violencia se lee igual como situación del país y
  # como consecuencia de un desastre (ACNUR, Legal considerations 2020, párrs. 6 y 14, NO CONFIRMADOS).
  Escenario: La violencia que siguió a un desastre se lee igual que la violencia generalizada del país
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor                   |
      | outside_country_of_nationality | sí                      |
      | has_other_nationality          | no                      |
      | fled_country                   | sí                      |
      | threatened_interests           | life, safety            |
      | country_situations             | []                      |
      | threat_caused_by_situation     | sí                      |
      | reasons_for_harm               | indiscriminate_violence |
      | reasons_state_fails_to_protect | no_capacity             |
      | displaced_by_disaster          | sí                      |
      | disaster_consequences          | generalized_violence    |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "mx_cartagena" está "cumplido"
    Y la definición "mx_cartagena" está "cumplida"
    Y el resultado "condición de refugiado" es "probablemente elegible"

  Escenario: Un desastre por sí solo, sin violencia ni ruptura del orden público después, nunca cumple la situación
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor        |
      | outside_country_of_nationality | sí           |
      | has_other_nationality          | no           |
      | fled_country                   | sí           |
      | threatened_interests           | life         |
      | country_situations             | []           |
      | threat_caused_by_situation     | sí           |
      | displaced_by_disaster          | sí           |
      | disaster_consequences          | []           |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "mx_cartagena" está "no cumplido"
    Y la definición "mx_cartagena" está "no cumplida"

  Escenario: Ayuda negada a algunas personas tras el desastre: la violación masiva de derechos humanos queda en suspenso para un asesor
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor                          |
      | outside_country_of_nationality | sí                             |
      | has_other_nationality          | no                             |
      | fled_country                   | sí                             |
      | threatened_interests           | life                           |
      | country_situations             | []                             |
      | threat_caused_by_situation     | sí                             |
      | displaced_by_disaster          | sí                             |
      | disaster_consequences          | massive_human_rights_violation |
    Cuando se evalúa el caso
    Entonces el criterio "cartagena_situation" de "mx_cartagena" está "indeterminado"
    Y el resultado "condición de refugiado" no es "probablemente elegible"
