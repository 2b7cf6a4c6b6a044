# language: pt
Funcionalidade: Necessidades específicas e encaminhamento no Brasil (rules/specific_needs.yaml)
  As derivações valem em toda jurisdição, mesmo sem lei nacional própria codificada, e nunca mudam
  o resultado.

  Contexto:
    Dado a jurisdição "BR"

  Cenário: Adolescente de 16 anos explorada no caminho: ato e finalidade bastam para uma criança ou adolescente
    Dado os fatos:
      | fato                   | valor                                    |
      | date_of_birth          | 2010-03-15                               |
      | trafficking_indicators | recruited_or_moved_by_others, forced_sex |
      | route_harms            | separated_from_family                    |
    E o idioma é "pt"
    Quando o caso é avaliado
    Então o encaminhamento "trafficking_indicators" está ativado
    E o encaminhamento "trafficking_indicators" diz "autoridade de enfrentamento ao tráfico"
    E o encaminhamento "child_applicant" está ativado
    E o encaminhamento "family_tracing" está ativado
    E o encaminhamento "trafficking_indicators" cita "Art. 3"

  Cenário: Pessoa LGBTIQ+ em risco e sobrevivente de tortura: o resultado não muda
    Dado os fatos:
      | fato                           | valor |
      | outside_country_of_nationality | sim   |
      | lgbtiq_at_risk                 | sim   |
      | survivor_of_torture            | sim   |
    E o idioma é "pt"
    Quando o caso é avaliado
    Então o encaminhamento "lgbtiq_at_risk" está ativado
    E o encaminhamento "lgbtiq_at_risk" diz "abrigo seguro"
    E o encaminhamento "torture_survivor" diz "Protocolo de Istambul"
    E sem os fatos "lgbtiq_at_risk, survivor_of_torture" o resultado é o mesmo

  Cenário: Um adulto recrutado e obrigado a trabalhar contra a sua vontade: o trabalho forçado já é coação (OIT, Convenção n.º 29, art. 2(1))
    Dado os fatos:
      | fato                   | valor                                     |
      | date_of_birth          | 1988-03-15                                |
      | trafficking_indicators | recruited_or_moved_by_others, forced_work |
    E o idioma é "pt"
    Quando o caso é avaliado
    Então o encaminhamento "trafficking_indicators" está ativado
    E o encaminhamento "trafficking_indicators" cita "Forced Labour Convention, 1930 (No. 29), Art. 2(1)"
