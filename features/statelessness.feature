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
