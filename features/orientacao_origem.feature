# language: pt
Funcionalidade: Orientação sobre o país de origem, em português (issue 27)
  A orientação é oferecida no idioma do relatório; a data de avaliação é 23 de novembro de 2026.

  Cenário: Uma venezuelana no Brasil: a nota do ACNUR e a constatação do CONARE
    Dado a jurisdição "BR"
    E o idioma é "pt"
    E os fatos:
      | fato                           | valor |
      | country_of_nationality         | VE    |
      | outside_country_of_nationality | sim   |
    Quando o caso é avaliado
    Então a orientação sobre o país de origem inclui "CONARE"
    E a orientação sobre o país de origem aponta o perfil "pessoas venezuelanas"
