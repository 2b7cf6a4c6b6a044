Feature: Where to file and who decides, in every jurisdiction (issue 27 §2)
  Every country file names the body that receives a claim and the one that decides, with how to reach
  them as the law or the authority's own page says, each cited. Where a source could not be confirmed,
  the entry says so (confidence, UNCONFIRMED).

  Scenario Outline: <code> names who receives and decides a claim
    Given the jurisdiction "<code>"
    And the facts:
      | fact                           | value |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the authorities include "<body>"
    And the authority "<body>" cites "<source>"

    Examples:
      | code | body                                         | source                              |
      | BO   | Comisión Nacional del Refugiado              | Ley 251                             |
      | CL   | Servicio Nacional de Migraciones             | Ley 21.655                          |
      | EC   | Dirección de Protección Internacional        | trámite 3878                        |
      | HN   | Instituto Nacional de Migración              | MigrantInfo Honduras                |
      | PE   | Comisión Especial para los Refugiados        | Ley 27891                           |
      | US   | U.S. Citizenship and Immigration Services    | § 208(a)(1)                         |
      | US   | Executive Office for Immigration Review      | § 208(a)(1)                         |
      | UY   | Comisión de Refugiados                       | Ley 18.076                          |
      | VE   | Comisión Nacional para los Refugiados        | Ley Orgánica sobre Refugiados       |
      | CR   | Comisión de Visas y Refugio                  | help page for Costa Rica            |
      | AR   | CONARE                                       | Resolución CONARE 491/2025          |
      | BR   | Polícia Federal                              | Sisconare                           |
      | BZ   | Refugees Department                          | help page for Belize                |
      | BZ   | Refugee Eligibility Committee                | help page for Belize                |
      | CO   | Advisory Committee                           | Recognition of Refugee Status       |
      | DO   | Oficina Nacional para los Refugiados         | help page for the Dominican Republic |
      | DO   | Comisión Nacional para los Refugiados        | help page for the Dominican Republic |
      | GT   | Departamento de Reconocimiento de Estatuto   | help page for Guatemala             |
      | MX   | Comisión Mexicana de Ayuda a Refugiados      | help page for Mexico                |
      | NI   | CONAR                                        | MigrantInfo Nicaragua               |
      | PA   | Oficina Nacional para la Atención            | Trámite de Solicitud de Refugio     |
      | PA   | Comisión Nacional de Protección              | Trámite de Solicitud de Refugio     |
      | PY   | CONARE                                       | mre.gov.py                          |
      | SV   | CODER                                        | MigrantInfo El Salvador             |
