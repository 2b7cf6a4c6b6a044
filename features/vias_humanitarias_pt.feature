# language: pt
Funcionalidade: Deslocamento por desastres e vias humanitárias nacionais (Brasil)
  Um desastre nunca é motivo para descartar ninguém; a via humanitária é informada à parte e não muda o
  resultado geral.

  Cenário: Haitiano cuja casa o terremoto de 2021 destruiu: sem refúgio pelo desastre por si só; o visto humanitário do Brasil aparece
    Dado a jurisdição "BR"
    E os fatos:
      | fato                           | valor             |
      | country_of_nationality         | HT                |
      | outside_country_of_nationality | sim               |
      | has_other_nationality          | não               |
      | fears_return                   | não               |
      | harmed_before                  | não               |
      | threatened_before              | não               |
      | harm_feared                    | economic_hardship |
      | fled_country                   | sim               |
      | danger_arose_after_leaving     | não               |
      | threatened_interests           | livelihood_only   |
      | country_situations             | []                |
      | situation_forced_departure     | não               |
      | risk_to_life_on_return         | não               |
      | risk_of_torture_on_return      | não               |
      | risk_of_cidt_on_return         | não               |
      | recognised_refugee             | não               |
      | displaced_by_disaster          | sim               |
      | disaster_consequences          | []                |
    E o idioma é "pt"
    Quando o caso é avaliado
    Então o resultado "condição de refugiado" é "não elegível"
    E a definição "br_humanitarian_visa" está "indeterminada"
    E a definição "br_humanitarian_visa" cita "Decreto 9.199"
    E o resultado "via humanitária" é "precisa de mais informações"
    E o resultado geral é "não elegível"

  Cenário: Só o desastre é conhecido: a cláusula de grave violação de direitos humanos fica indeterminada, nunca cumprida
    Dado a jurisdição "BR"
    E os fatos:
      | fato                           | valor |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | sim   |
      | has_other_nationality          | não   |
      | country_situations             | []    |
      | displaced_by_disaster          | sim   |
    E o idioma é "pt"
    Quando o caso é avaliado
    Então o critério "br_situation" da "br_cartagena" está "indeterminado"
    E os fatos em falta de "br_cartagena" incluem "disaster_consequences"
