Feature: Statelessness under the 1954 Convention, Art. 1(1)
  A stateless person is one "not considered as a national by any State under the operation of its law".
  It is a separate determination, reported on its own; it does not decide the overall refugee result,
  and a stateless person may also be a refugee.

  Background:
    Given the jurisdiction "BR"

  Scenario: A person whom no State considers its national is stateless
    Given the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the definition "br_statelessness" is "met"
    And the criterion "not_considered_national_by_any_state" of "br_statelessness" is "met"
    And the definition "br_statelessness" cites "Art. 1(1)"
    And the criterion "not_considered_national_by_any_state" of "br_statelessness" cites "Status of Stateless Persons"

  Scenario: A person with a nationality is not stateless
    Given the facts:
      | fact      | value |
      | stateless | no    |
    When the case is assessed
    Then the definition "br_statelessness" is "not_met"

  Scenario: When nationality is not known, statelessness stays undetermined
    Given the facts:
      | fact      | value   |
      | stateless | unknown |
    When the case is assessed
    Then the definition "br_statelessness" is "undetermined"
    And the missing facts of "br_statelessness" include "stateless"

  Scenario: A "prefer not to say" answer never counts as "no"
    Given the facts:
      | fact      | value    |
      | stateless | declined |
    When the case is assessed
    Then the definition "br_statelessness" is "undetermined"

  Scenario: A recorded nationality: statelessness is not raised unless something points to it
    # UNHCR Handbook on Protection of Stateless Persons (2014): a person the State of nationality treats as its
    # national is not stateless; an adviser examines it when something points to it.
    Given the facts:
      | fact                   | value |
      | country_of_nationality | VE    |
    When the case is assessed
    Then the criterion "not_considered_national_by_any_state" of "br_statelessness" is "not raised"
    And the definition "br_statelessness" is "not met"
    And the open checks include "not_considered_national_by_any_state"

  Scenario: A recorded nationality and "don't know" about statelessness: no indication, the check comes first
    Given the facts:
      | fact                   | value   |
      | country_of_nationality | VE      |
      | stateless              | unknown |
    When the case is assessed
    Then the definition "br_statelessness" is "not met"
    And the first open check is "not_considered_national_by_any_state", marked "unknown"

  Scenario: A recorded nationality, and the person says no State considers them its national: examined
    Given the facts:
      | fact                   | value |
      | country_of_nationality | DO    |
      | stateless              | yes   |
    When the case is assessed
    Then the definition "br_statelessness" is "met"

  Scenario: A stateless refugee is screened both as a refugee and as a stateless person
    Given the jurisdiction "CR"
    And the facts:
      | fact                                        | value                      |
      | stateless                                   | yes                        |
      | outside_country_of_former_habitual_residence | yes                        |
      | has_other_nationality                       | no                         |
      | fears_return                                | yes                        |
      | threatened_before                           | yes                        |
      | harm_feared                                 | threats_to_life_or_freedom |
      | characteristics                             | race                       |
      | reasons_for_harm                            | race                       |
      | persecutors                                 | state_authorities          |
    When the case is assessed
    Then the definition "cr_refugee" is "met"
    And the criterion "outside_country" of "cr_refugee" is "met"
    And the definition "cr_statelessness" is "met"

  Scenario: Argentina screens statelessness under its own law, Ley 27.512
    Given the jurisdiction "AR"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the outcome "statelessness" is "eligible"
    And the definition "ar_statelessness" is "met"
    And the definition "ar_statelessness" cites "Ley 27.512"
    And the definition "ar_statelessness" cites "Art. 1(1)"

  Scenario: Uruguay's statelessness law (Ley 19.682, 2018) is cited
    Given the jurisdiction "UY"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the definition "uy_statelessness" is "met"
    And the definition "uy_statelessness" cites "Ley 19.682"

  Scenario: Brazil's recognition procedure is Lei 13.445 art. 26
    Given the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the definition "br_statelessness" cites "Lei 13.445, de 24 de maio de 2017, art. 26"

  Scenario: In Chile the operative procedure is unconfirmed, so the result rests on a low-confidence source
    Given the jurisdiction "CL"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the definition "cl_statelessness" is "met"
    And the definition "cl_statelessness" cites "Ley 21.325, Ley de Migración y Extranjería, art. 1 N° 2"
    And the outcome "statelessness" rests on a low-confidence source

  Scenario: In Peru, Decreto Legislativo 1725 (published 11 February 2026) is cited from that day
    Given the jurisdiction "PE"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    And the assessment date is "2026-02-11"
    When the case is assessed
    Then the definition "pe_statelessness" is "met"
    And the definition "pe_statelessness" cites "Decreto Legislativo 1725"

  Scenario: In Peru the day before, the same person is stateless, without the new decree
    Given the jurisdiction "PE"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    And the assessment date is "2026-02-10"
    When the case is assessed
    Then the definition "pe_statelessness" is "met"
    And the definition "pe_statelessness" cites "Resolución Legislativa 30108"

  Scenario: A Dominican-born person of Haitian descent whom no State counts as a national: identified, resting on a low-confidence source (no national procedure confirmed)
    Given the jurisdiction "DO"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the outcome "statelessness" is "eligible"
    And the outcome "statelessness" rests on a low-confidence source
    And the definition "do_statelessness" cites "TC/0168/13"

  Scenario: In the United States a stateless person is identified, with no US procedure or benefit
    Given the jurisdiction "US"
    And the facts:
      | fact      | value |
      | stateless | yes   |
    When the case is assessed
    Then the definition "us_statelessness" is "met"
    And the outcome "statelessness" rests on a low-confidence source

  Scenario: Where 1954 status is protection (Brazil is party and determines it), statelessness counts in the overall result
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value |
      | stateless                      | yes   |
      | outside_country_of_nationality | no    |
      | outside_country_of_former_habitual_residence | no |
    When the case is assessed
    Then the outcome "statelessness" is "eligible"
    And the outcome "refugee_status" is "not eligible"
    And the overall result is "eligible"

  Scenario: Statelessness is a separate determination: it does not make the overall result eligible
    Given the jurisdiction "VE"
    And the facts:
      | fact                           | value |
      | stateless                      | yes   |
      | outside_country_of_nationality | no    |
      | outside_country_of_former_habitual_residence | no |
    When the case is assessed
    Then the outcome "statelessness" is "eligible"
    And the outcome "refugee_status" is "not eligible"
