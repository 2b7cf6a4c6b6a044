Feature: Cessation under the 1951 Convention, Art. 1C(1)-(6)
  Cessation concerns only people already recognised as refugees. It applies when any of the six clauses
  applies and, like exclusion, bars the refugee definitions. Clauses (5) and (6) keep protection for a
  person who can invoke compelling reasons arising out of previous persecution. Clauses (2) and (3) rest on
  plain facts (a nationality) and may be concluded; (1), (4), (5) and (6) need an individual assessment of
  voluntariness, intention, protection actually obtained or lasting change, so a screening finds them at most
  "indicated" and refers them to the authority (UNHCR Handbook, GIP No. 3).

  Background:
    Given the jurisdiction "MX"

  Scenario: A first-time claimant is not concerned by cessation
    Given the facts:
      | fact               | value |
      | recognised_refugee | no    |
    When the case is assessed
    Then the exclusion "mx_cessation" is "does not apply"
    And the criterion "cess_1c1_reavailment" of "mx_cessation" is "not_met"
    And the criterion "cess_1c5_ceased_circumstances" of "mx_cessation" is "not_met"

  Scenario: Not knowing whether one was recognised before is no indication of cessation: an open check, listed first
    Given the facts:
      | fact                             | value   |
      | recognised_refugee               | unknown |
      | reavailed_protection_voluntarily | no      |
    When the case is assessed
    Then the exclusion "mx_cessation" is "not raised"
    And the criterion "cess_1c1_reavailment" of "mx_cessation" is "not met"
    And the first open check is "cess_1c2_reacquired_nationality", marked "unknown"

  Scenario: Indicated, for the authority to weigh: Voluntary re-availment of the protection of the country of nationality (Art. 1C(1))
    Given the facts:
      | fact                             | value |
      | recognised_refugee               | yes   |
      | reavailed_protection_voluntarily | yes   |
    When the case is assessed
    Then the criterion "cess_1c1_reavailment" of "mx_cessation" is "indicated"
    And the exclusion "mx_cessation" is "indicated"
    And the criterion "cess_1c1_reavailment" of "mx_cessation" cites "Art. 1C"

  Scenario: Voluntary re-acquisition of a lost nationality (Art. 1C(2))
    Given the facts:
      | fact                               | value |
      | recognised_refugee                 | yes   |
      | reacquired_nationality_voluntarily | yes   |
    When the case is assessed
    Then the criterion "cess_1c2_reacquired_nationality" of "mx_cessation" is "met"
    And the exclusion "mx_cessation" is "applies"

  Scenario: A new nationality with the protection of the new country (Art. 1C(3))
    Given the facts:
      | fact                                 | value |
      | recognised_refugee                   | yes   |
      | acquired_new_nationality             | yes   |
      | protected_by_new_nationality_country | yes   |
    When the case is assessed
    Then the criterion "cess_1c3_new_nationality" of "mx_cessation" is "met"
    And the exclusion "mx_cessation" is "applies"

  Scenario: A new nationality without the protection of the new country does not end refugee status (Art. 1C(3))
    Given the facts:
      | fact                                 | value |
      | recognised_refugee                   | yes   |
      | acquired_new_nationality             | yes   |
      | protected_by_new_nationality_country | no    |
    When the case is assessed
    Then the criterion "cess_1c3_new_nationality" of "mx_cessation" is "not_met"

  Scenario: Indicated, for the authority to weigh: Voluntary re-establishment in the country of origin (Art. 1C(4))
    Given the facts:
      | fact                                        | value |
      | recognised_refugee                          | yes   |
      | reestablished_in_origin_country_voluntarily | yes   |
    When the case is assessed
    Then the criterion "cess_1c4_reestablishment" of "mx_cessation" is "indicated"
    And the exclusion "mx_cessation" is "indicated"

  Scenario: Indicated, for the authority to weigh: Ceased circumstances for a person with a nationality (Art. 1C(5))
    Given the facts:
      | fact                                         | value |
      | recognised_refugee                           | yes   |
      | stateless                                    | no    |
      | circumstances_ceased                         | yes   |
      | compelling_reasons_from_previous_persecution | no    |
    When the case is assessed
    Then the criterion "cess_1c5_ceased_circumstances" of "mx_cessation" is "indicated"
    And the exclusion "mx_cessation" is "indicated"
    And the criterion "cess_1c5_ceased_circumstances" of "mx_cessation" cites "Art. 1C(5)"

  Scenario: Compelling reasons arising out of previous persecution keep protection despite ceased circumstances (Art. 1C(5) proviso)
    Given the facts:
      | fact                                         | value |
      | recognised_refugee                           | yes   |
      | stateless                                    | no    |
      | circumstances_ceased                         | yes   |
      | compelling_reasons_from_previous_persecution | yes   |
    When the case is assessed
    Then the criterion "cess_1c5_ceased_circumstances" of "mx_cessation" is "not_met"

  Scenario: Indicated, for the authority to weigh: Ceased circumstances for a stateless person able to return (Art. 1C(6))
    Given the facts:
      | fact                                         | value |
      | recognised_refugee                           | yes   |
      | stateless                                    | yes   |
      | circumstances_ceased                         | yes   |
      | able_to_return_to_former_residence           | yes   |
      | compelling_reasons_from_previous_persecution | no    |
    When the case is assessed
    Then the criterion "cess_1c6_ceased_circumstances_stateless" of "mx_cessation" is "indicated"
    And the criterion "cess_1c5_ceased_circumstances" of "mx_cessation" is "not_met"
    And the exclusion "mx_cessation" is "indicated"

  Scenario: The compelling-reasons proviso also protects a stateless refugee (Art. 1C(6))
    Given the facts:
      | fact                                         | value |
      | recognised_refugee                           | yes   |
      | stateless                                    | yes   |
      | circumstances_ceased                         | yes   |
      | able_to_return_to_former_residence           | yes   |
      | compelling_reasons_from_previous_persecution | yes   |
    When the case is assessed
    Then the criterion "cess_1c6_ceased_circumstances_stateless" of "mx_cessation" is "not_met"

  Scenario: A "prefer not to say" on compelling reasons leaves the clause open
    Given the facts:
      | fact                                         | value    |
      | recognised_refugee                           | yes      |
      | stateless                                    | no       |
      | circumstances_ceased                         | yes      |
      | compelling_reasons_from_previous_persecution | declined |
    When the case is assessed
    Then the criterion "cess_1c5_ceased_circumstances" of "mx_cessation" is "undetermined"

  Scenario: Cessation bars the refugee definitions when no complementary protection is met
    Given the facts:
      | fact                                    | value                      |
      | country_of_nationality                  | HN                         |
      | outside_country_of_nationality          | yes                        |
      | has_other_nationality                   | no                         |
      | fears_return                            | yes                        |
      | threatened_before                       | yes                        |
      | harm_feared                             | threats_to_life_or_freedom |
      | characteristics                         | political_opinion          |
      | reasons_for_harm                        | political_opinion          |
      | persecutors                             | state_authorities          |
      | receiving_un_agency_protection          | no                         |
      | rights_of_national_in_residence_country | no                         |
      | international_crimes                    | no                         |
      | committed_serious_crime                 | no                         |
      | acts_contrary_to_un_purposes            | no                         |
      | recognised_refugee                      | yes                        |
      | reacquired_nationality_voluntarily      | yes                        |
      | risk_to_life_on_return                  | no                         |
      | risk_of_torture_on_return               | no                         |
      | risk_of_cidt_on_return                  | no                         |
    When the case is assessed
    Then the definition "mx_refugee" is "met"
    And the exclusion "mx_exclusion" is "does not apply"
    And the exclusion "mx_cessation" is "applies"
    And the overall result is "not_eligible"

  Scenario: The same refugee who was never recognised before is eligible
    Given the facts:
      | fact                                    | value                      |
      | outside_country_of_nationality          | yes                        |
      | has_other_nationality                   | no                         |
      | fears_return                            | yes                        |
      | threatened_before                       | yes                        |
      | harm_feared                             | threats_to_life_or_freedom |
      | characteristics                         | political_opinion          |
      | reasons_for_harm                        | political_opinion          |
      | persecutors                             | state_authorities          |
      | receiving_un_agency_protection          | no                         |
      | rights_of_national_in_residence_country | no                         |
      | international_crimes                    | no                         |
      | committed_serious_crime                 | no                         |
      | acts_contrary_to_un_purposes            | no                         |
      | recognised_refugee                      | no                         |
    When the case is assessed
    Then the exclusion "mx_cessation" is "does not apply"
    And the overall result is "eligible"
