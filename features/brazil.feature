# language: pt
Funcionalidade: Brasil, Lei 9.474 de 1997
  Art. 1º, I-II: a definição da Convenção (com apátridas). Art. 1º, III: só a "grave e generalizada
  violação de direitos humanos", sem elemento de ameaça à vida, segurança ou liberdade. Art. 3º:
  exclusão, com crime hediondo, atos terroristas e tráfico de drogas. Os fatos não indicados são
  desconhecidos.

  Cenário: Venezuelana obrigada a sair por grave e generalizada violação de direitos humanos, sem ameaça pessoal
    Dado a jurisdição "BR"
    E os fatos:
      | fato                                    | valor                          |
      | outside_country_of_nationality          | sim                            |
      | country_situations                      | massive_human_rights_violation |
      | situation_forced_departure              | sim                            |
      | receiving_un_agency_protection          | não                            |
      | rights_of_national_in_residence_country | não                            |
      | international_crimes                    | não                            |
      | committed_serious_crime                 | não                            |
      | acts_contrary_to_un_purposes            | não                            |
      | committed_heinous_crime                 | não                            |
      | took_part_in_terrorist_acts             | não                            |
      | drug_trafficking                        | não                            |
      | recognised_refugee                      | não                            |
      | has_other_nationality                   | não                            |
    Quando o caso é avaliado
    Então a definição "br_cartagena" está "cumprida"
    E a definição "br_refugee" está "indeterminada"
    E a exclusão "br_cessation" está "não se aplica"
    E o resultado geral é "elegível"
    E os fatos em falta de "br_cartagena" não incluem "threatened_interests, threat_caused_by_situation, fled_country"
    E a definição "br_cartagena" cita "Lei 9.474, art. 1, III"
    E o critério "br_forced_to_leave" da "br_cartagena" cita "art. 1, III"

  Cenário: Só violência generalizada não basta no Brasil
    Dado a jurisdição "BR"
    E os fatos:
      | fato                           | valor                |
      | outside_country_of_nationality | sim                  |
      | fled_country                   | sim                  |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sim                  |
      | situation_forced_departure     | sim                  |
      | has_other_nationality          | não                  |
    Quando o caso é avaliado
    Então o critério "br_situation" da "br_cartagena" está "não cumprido"
    E a definição "br_cartagena" está "não cumprida"

  Cenário: Os mesmos fatos de violência generalizada bastam no México (cinco situações)
    Dado a jurisdição "MX"
    E os fatos:
      | fato                           | valor                |
      | outside_country_of_nationality | sim                  |
      | fled_country                   | sim                  |
      | threatened_interests           | life                 |
      | country_situations             | generalized_violence |
      | threat_caused_by_situation     | sim                  |
      | situation_forced_departure     | sim                  |
      | has_other_nationality          | não                  |
    Quando o caso é avaliado
    Então a definição "mx_cartagena" está "cumprida"

  Cenário: Sem saber se a violação obrigou a pessoa a sair, a definição fica indeterminada
    Dado a jurisdição "BR"
    E os fatos:
      | fato                           | valor                          |
      | outside_country_of_nationality | sim                            |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | não sei                        |
      | has_other_nationality          | não                            |
    Quando o caso é avaliado
    Então o critério "br_forced_to_leave" da "br_cartagena" está "indeterminado"
    E a definição "br_cartagena" está "indeterminada"
    E os fatos em falta de "br_cartagena" incluem "situation_forced_departure"
    E os fatos em falta de "br_cartagena" não incluem "threatened_interests"

  Cenário: Tráfico de drogas pela lei brasileira (art. 3º, III): exclusão indicada, que só a autoridade decide
    Dado a jurisdição "BR"
    E os fatos:
      | fato                                    | valor                          |
      | outside_country_of_nationality          | sim                            |
      | country_situations                      | massive_human_rights_violation |
      | situation_forced_departure              | sim                            |
      | receiving_un_agency_protection          | não                            |
      | rights_of_national_in_residence_country | não                            |
      | international_crimes                    | não                            |
      | acts_contrary_to_un_purposes            | não                            |
      | drug_trafficking                        | sim                            |
      | risk_of_torture_on_return               | não                            |
      | has_other_nationality                   | não                            |
    Quando o caso é avaliado
    Então a definição "br_cartagena" está "cumprida"
    E a exclusão "br_exclusion" está "indicada"
    E o critério "br_excl_drug_trafficking" da "br_exclusion" está "indicado"
    E o critério "br_excl_drug_trafficking" da "br_exclusion" cita "art. 3, III"
    E a definição "br_cat_article_3" está "não cumprida"
    E o resultado geral é "precisa de mais informações"

  Cenário: Prefere não dizer sobre atos terroristas: não é um indício, a exclusão não é suscitada e a verificação vem primeiro
    Dado a jurisdição "BR"
    E os fatos:
      | fato                                    | valor                          |
      | outside_country_of_nationality          | sim                            |
      | country_situations                      | massive_human_rights_violation |
      | situation_forced_departure              | sim                            |
      | receiving_un_agency_protection          | não                            |
      | rights_of_national_in_residence_country | não                            |
      | international_crimes                    | não                            |
      | committed_serious_crime                 | não                            |
      | acts_contrary_to_un_purposes            | não                            |
      | committed_heinous_crime                 | não                            |
      | took_part_in_terrorist_acts             | prefiro não dizer              |
      | drug_trafficking                        | não                            |
      | has_other_nationality                   | não                            |
    Quando o caso é avaliado
    Então a exclusão "br_exclusion" está "não suscitada"
    E o resultado geral é "elegível"
    E a primeira verificação pendente é "br_excl_terrorist_acts", marcada "declined"

  Cenário: Perseguição só por gênero não cabe nos motivos do art. 1º, I
    Dado a jurisdição "BR"
    E os fatos:
      | fato                           | valor  |
      | characteristics                | gender |
      | reasons_for_harm               | gender |
      | reasons_state_fails_to_protect | gender |
    Quando o caso é avaliado
    Então o critério "nexus" da "br_refugee" está "não cumprido"
    E a definição "br_refugee" está "não cumprida"
