# language: es
Característica: Desplazamiento por desastres y vías humanitarias nacionales
  Un desastre nunca es motivo para descartar a nadie. Las vías humanitarias se informan como su propio
  tipo y nunca cambian el resultado general.

  # Fila 10 del issue 22: la "causa humanitaria" del art. 52-V es una cláusula general que la autoridad concede
  # a su discreción; antes esta escena concluía "cumplida", ahora "puede aplicarse (discrecional)".
  Escenario: Haitiana desplazada por el terremoto de 2021, en México: el Visitante por Razones Humanitarias por desastre natural puede aplicarse (discrecional), sin condición de refugiada por el desastre solo
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                          | valor             |
      | country_of_nationality         | HT                |
      | outside_country_of_nationality | sí                |
      | has_other_nationality          | no                |
      | fears_return                   | no                |
      | harmed_before                  | no                |
      | threatened_before              | no                |
      | harm_feared                    | economic_hardship |
      | fled_country                   | sí                |
      | danger_arose_after_leaving     | no                |
      | threatened_interests           | livelihood_only   |
      | country_situations             | []                |
      | risk_to_life_on_return         | no                |
      | risk_of_torture_on_return      | no                |
      | risk_of_cidt_on_return         | no                |
      | recognised_refugee             | no                |
      | displaced_by_disaster          | sí                |
      | disaster_kind                  | earthquake        |
      | disaster_consequences          | []                |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces el resultado "condición de refugiado" es "no elegible"
    Y la definición "mx_vrh_disaster" está "indeterminada"
    Y la definición "mx_vrh_disaster" cita "Lineamientos"
    Y los hechos faltantes de "mx_vrh_disaster" no incluyen "displaced_by_disaster"
    Y el resultado "vía humanitaria" es "se necesita más información"
    Y el resultado global es "no elegible"

  Escenario: Solicitante de refugio en México: Visitante por Razones Humanitarias mientras se examina la solicitud
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                    | valor |
      | asylum_application_filed | sí    |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la definición "mx_vrh_applicant" está "cumplida"

  Escenario: Víctima de un delito en México que prefiere no decirlo: la vía queda indeterminada, nunca "no"
    Dado la jurisdicción "MX"
    Y los hechos:
      | hecho                           | valor              |
      | date_of_birth                   | 1990-01-01         |
      | trafficking_indicators          | []                 |
      | victim_or_witness_of_crime_here | prefiero no decir  |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la definición "mx_vrh_crime" está "indeterminada"

  Escenario: Perú: una persona apátrida puede obtener la calidad migratoria Humanitaria
    Dado la jurisdicción "PE"
    Y los hechos:
      | hecho     | valor |
      | stateless | sí    |
    Y el idioma es "es"
    Cuando se evalúa el caso
    Entonces la definición "pe_humanitarian_status" está "cumplida"
    Y la definición "pe_humanitarian_status" cita "1350"
