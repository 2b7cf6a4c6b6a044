Feature: Costa Rica, Ley General de Migración y Extranjería (Ley 8764 of 2009), art. 106
  The Convention definition with gender added, and stateless persons. Costa Rica has no expanded
  (Cartagena) definition. The one-month filing period is of low confidence and is only a flag.

  Background:
    Given the jurisdiction "CR"

  Scenario: A woman persecuted for her gender by a former partner the police will not stop is eligible
    Given the facts:
      | fact                                    | value                           |
      | outside_country_of_nationality          | yes                             |
      | has_other_nationality                   | no                              |
      | fears_return                            | yes                             |
      | harmed_before                           | yes                             |
      | harm_feared                             | sexual_or_gender_based_violence, threats_to_life_or_freedom |
      | characteristics                         | gender                          |
      | reasons_for_harm                        | gender                          |
      | persecutors                             | family_or_partner               |
      | state_would_protect                     | no                              |
      | safe_area_reachable                     | no                              |
      | receiving_un_agency_protection          | no                              |
      | rights_of_national_in_residence_country | no                              |
      | international_crimes                    | no                              |
      | committed_serious_crime                 | no                              |
      | acts_contrary_to_un_purposes            | no                              |
      | recognised_refugee                      | no                              |
    When the case is assessed
    Then the definition "cr_refugee" is "met"
    And the overall result is "eligible"
    And the criterion "nexus" of "cr_refugee" cites "art. 106"
    And the definition "cr_refugee" cites "Decreto Ejecutivo 36831-G"

  Scenario: Flight from generalized violence alone is not enough in Costa Rica, which has no Cartagena clause
    Given the facts:
      | fact                                    | value                      |
      | country_of_nationality                  | NI                         |
      | outside_country_of_nationality          | yes                        |
      | has_other_nationality                   | no                         |
      | fears_return                            | yes                        |
      | similar_people_harmed                   | yes                        |
      | harm_feared                             | threats_to_life_or_freedom |
      | characteristics                         | none                       |
      | reasons_for_harm                        | indiscriminate_violence    |
      | fled_country                            | yes                        |
      | threatened_interests                    | life                       |
      | country_situations                      | generalized_violence       |
      | threat_caused_by_situation              | yes                        |
      | risk_of_torture_on_return               | no                         |
    When the case is assessed
    Then the definition "cr_refugee" is "not_met"
    And the definition "cr_cat_article_3" is "not_met"
    And the overall result is "not_eligible"

  Scenario: The same facts are eligible in Mexico under its expanded definition
    Given the jurisdiction "MX"
    And the facts:
      | fact                                    | value                      |
      | outside_country_of_nationality          | yes                        |
      | has_other_nationality                   | no                         |
      | fears_return                            | yes                        |
      | similar_people_harmed                   | yes                        |
      | harm_feared                             | threats_to_life_or_freedom |
      | characteristics                         | none                       |
      | reasons_for_harm                        | indiscriminate_violence    |
      | fled_country                            | yes                        |
      | threatened_interests                    | life                       |
      | country_situations                      | generalized_violence       |
      | threat_caused_by_situation              | yes                        |
      | receiving_un_agency_protection          | no                         |
      | rights_of_national_in_residence_country | no                         |
      | international_crimes                    | no                         |
      | committed_serious_crime                 | no                         |
      | acts_contrary_to_un_purposes            | no                         |
      | recognised_refugee                      | no                         |
    When the case is assessed
    Then the definition "mx_refugee" is "not_met"
    And the definition "mx_cartagena" is "met"
    And the overall result is "eligible"

  Scenario: A claim with the reasons and State protection still unknown needs more information
    Given the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | persecutors                    | armed_group                |
    When the case is assessed
    Then the definition "cr_refugee" is "undetermined"
    And the overall result is "needs_more_information"
    And the missing facts of "cr_refugee" include "characteristics, reasons_for_harm, state_would_protect"
    And the open checks include "no_internal_flight_alternative"

  Scenario: A refugee who committed a serious non-political crime abroad before arrival: exclusion indicated, for the authority to decide
    Given the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | detention_or_kidnapping    |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | state_authorities          |
      | committed_serious_crime        | yes                        |
      | crime_was_political            | no                         |
      | crime_before_arrival           | yes                        |
      | risk_of_torture_on_return      | no                         |
    When the case is assessed
    Then the definition "cr_refugee" is "met"
    And the exclusion "cr_exclusion" is "indicated"
    And the definition "cr_cat_article_3" is "not_met"
    And the overall result is "needs_more_information"

  Scenario: A claim filed more than two months after entry raises the (low-confidence) filing flag
    Given the facts:
      | fact                     | value      |
      | date_of_entry            | 2026-01-10 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2026-03-20 |
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"
    And the flag "filing_period_passed" cites "Ley 8764"

  Scenario: A claim filed within the first month does not raise the filing flag
    Given the facts:
      | fact                     | value      |
      | date_of_entry            | 2026-01-10 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2026-01-30 |
    When the case is assessed
    Then the flag "filing_period_passed" is "not raised"
