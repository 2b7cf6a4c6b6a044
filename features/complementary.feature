Feature: Complementary protection: Convention against Torture Art. 3 and Mexico's protección complementaria
  Protection from return to torture is absolute: exclusion and cessation never bar it. The overall result
  is "eligible" when a refugee definition is met and not barred, or when a complementary form is met.
  CAT Art. 3 elements: the person is outside the country ("to another State", Art. 3(1)); substantial grounds
  for a danger of torture; and torture as Art. 1(1) defines it, inflicted by or with the consent or
  acquiescence of a public official or other person acting in an official capacity.

  Background:
    Given the jurisdiction "CR"

  Scenario: A refugee for whom exclusion for a crime against humanity is indicated is still protected from return to torture
    Given the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | torture_or_ill_treatment   |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | state_authorities          |
      | international_crimes           | yes                        |
      | risk_of_torture_on_return      | yes                        |
    When the case is assessed
    Then the definition "cr_refugee" is "met"
    And the exclusion "cr_exclusion" is "indicated"
    And the criterion "risk_of_torture_on_return" of "cr_cat_article_3" is "met"
    And the definition "cr_cat_article_3" is "met"
    And the definition "cr_cat_article_3" cites "Convention against Torture"
    And the overall result is "eligible"

  Scenario: Exclusion indicated and no danger of torture: nothing is concluded, the authority decides exclusion
    Given the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | state_authorities          |
      | international_crimes           | yes                        |
      | risk_of_torture_on_return      | no                         |
    When the case is assessed
    Then the exclusion "cr_exclusion" is "indicated"
    And the definition "cr_cat_article_3" is "not_met"
    And the overall result is "needs_more_information"

  Scenario: Danger of torture needs no Convention ground
    Given the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | persecutors                    | armed_group             |
      | officials_acquiesce            | yes                     |
      | reasons_for_harm               | indiscriminate_violence |
      | risk_of_torture_on_return      | yes                     |
    When the case is assessed
    Then the definition "cr_cat_article_3" is "met"
    And the overall result is "eligible"

  Scenario: An unanswered torture question keeps a case that fails the refugee definition open
    Given the facts:
      | fact                           | value           |
      | outside_country_of_nationality | yes             |
      | fears_return                   | no              |
      | harm_feared                    | economic_hardship |
    When the case is assessed
    Then the definition "cr_refugee" is "not_met"
    And the definition "cr_cat_article_3" is "undetermined"
    And the missing facts of "cr_cat_article_3" include "risk_of_torture_on_return"
    And the overall result is "needs more information"

  Scenario: Cessation does not bar protection from return to torture
    Given the facts:
      | fact                                        | value             |
      | outside_country_of_nationality              | yes               |
      | persecutors                                 | state_authorities |
      | recognised_refugee                          | yes               |
      | reestablished_in_origin_country_voluntarily | yes               |
      | risk_of_torture_on_return                   | yes               |
    When the case is assessed
    Then the exclusion "cr_cessation" is "indicated"
    And the definition "cr_cat_article_3" is "met"
    And the overall result is "eligible"

  Scenario: Mexico's complementary protection covers a threat to life without torture
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value             |
      | outside_country_of_nationality | yes               |
      | persecutors                    | state_authorities |
      | risk_to_life_on_return         | yes               |
      | risk_of_torture_on_return      | no                |
      | risk_of_cidt_on_return         | no                |
    When the case is assessed
    Then the definition "mx_proteccion_complementaria" is "met"
    And the criterion "mx_complementary_danger" of "mx_proteccion_complementaria" is "met"
    And the definition "mx_cat_article_3" is "not_met"
    And the definition "mx_proteccion_complementaria" cites "art. 2 fr. IV"
    And the overall result is "eligible"

  Scenario: Mexico's complementary protection covers other cruel, inhuman or degrading treatment
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value             |
      | outside_country_of_nationality | yes               |
      | persecutors                    | state_authorities |
      | risk_to_life_on_return         | no                |
      | risk_of_torture_on_return      | no                |
      | risk_of_cidt_on_return         | yes               |
    When the case is assessed
    Then the definition "mx_proteccion_complementaria" is "met"
    And the definition "mx_cat_article_3" is "not_met"

  Scenario: Mexico's complementary protection is not met when no danger on return is shown
    Given the jurisdiction "MX"
    And the facts:
      | fact                      | value |
      | risk_to_life_on_return    | no    |
      | risk_of_torture_on_return | no    |
      | risk_of_cidt_on_return    | no    |
    When the case is assessed
    Then the definition "mx_proteccion_complementaria" is "not_met"
    And the definition "mx_cat_article_3" is "not_met"

  Scenario: Mexico's complementary protection stays open while the danger on return is unknown
    Given the jurisdiction "MX"
    And the facts:
      | fact                      | value   |
      | risk_to_life_on_return    | no      |
      | risk_of_torture_on_return | unknown |
      | risk_of_cidt_on_return    | no      |
    When the case is assessed
    Then the definition "mx_proteccion_complementaria" is "undetermined"
    And the missing facts of "mx_proteccion_complementaria" include "risk_of_torture_on_return"

  # CAT Art. 1(1): torture is inflicted "by or at the instigation of or with the consent or acquiescence of a
  # public official or other person acting in an official capacity".
  Scenario Outline: A gang threat where the State protects and no official is involved is not torture under the Convention (<country>)
    Given the jurisdiction "<country>"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | persecutors                    | gang_or_organised_crime |
      | state_would_protect            | yes                     |
      | officials_acquiesce            | no                      |
      | risk_of_torture_on_return      | yes                     |
    When the case is assessed
    Then the definition "<cat>" is "not_met"

    Examples:
      | country | cat              |
      | CR      | cr_cat_article_3 |
      | US      | us_cat_article_3 |
      | MX      | mx_cat_article_3 |
      | CO      | co_cat_article_3 |

  Scenario: Without a public official involved, the element of official involvement is not met
    Given the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | persecutors                    | gang_or_organised_crime |
      | state_would_protect            | yes                     |
      | officials_acquiesce            | no                      |
      | risk_of_torture_on_return      | yes                     |
    When the case is assessed
    Then the criterion "torture_by_or_with_acquiescence_of_official" of "cr_cat_article_3" is "not_met"
    And the criterion "risk_of_torture_on_return" of "cr_cat_article_3" is "met"
    And the criterion "torture_by_or_with_acquiescence_of_official" of "cr_cat_article_3" cites "Art. 1(1)"
    And the outcome "complementary_protection" is "not eligible"

  Scenario: Police who look the other way while a gang tortures acquiesce in it
    Given the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | persecutors                    | gang_or_organised_crime |
      | state_would_protect            | no                      |
      | officials_acquiesce            | yes                     |
      | risk_of_torture_on_return      | yes                     |
    When the case is assessed
    Then the criterion "torture_by_or_with_acquiescence_of_official" of "cr_cat_article_3" is "met"
    And the definition "cr_cat_article_3" is "met"
    And the outcome "complementary_protection" is "eligible"

  Scenario: A gang threat with the officials' attitude not yet asked stays open
    Given the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | persecutors                    | gang_or_organised_crime |
      | risk_of_torture_on_return      | yes                     |
    When the case is assessed
    Then the definition "cr_cat_article_3" is "undetermined"
    And the missing facts of "cr_cat_article_3" include "officials_acquiesce"
    And the missing facts of "cr_cat_article_3" do not include "risk_of_torture_on_return"

  # CAT General Comment No. 4 (2017) asks States to consider non-State actors [C]; that a group exercising
  # quasi-governmental control counts (para. 30) is UNCONFIRMED, so the screening holds it open for an adviser.
  Scenario: An armed group that governs the area where the State is absent: held open for an adviser, never concluded met
    Given the facts:
      | fact                                          | value       |
      | outside_country_of_nationality                | yes         |
      | persecutors                                   | armed_group |
      | state_would_protect                           | no          |
      | officials_acquiesce                           | no          |
      | persecutor_exercises_government_like_control  | yes         |
      | risk_of_torture_on_return                     | yes         |
    When the case is assessed
    Then the criterion "torture_by_or_with_acquiescence_of_official" of "cr_cat_article_3" is "undetermined"
    And the definition "cr_cat_article_3" is "undetermined"
    And the outcome "complementary_protection" is "needs more information"

  # CAT Art. 3(1) bars return "to another State": a person still inside their own country is not protected by it.
  Scenario: A Mexican in Mexico City fleeing a cartel is not protected from return: she has not left her country
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | no                      |
      | stateless                      | no                      |
      | persecutors                    | gang_or_organised_crime |
      | officials_acquiesce            | yes                     |
      | risk_of_torture_on_return      | yes                     |
      | risk_to_life_on_return         | yes                     |
    When the case is assessed
    Then the definition "mx_cat_article_3" is "not_met"
    And the criterion "outside_country" of "mx_cat_article_3" is "not_met"
    And the definition "mx_proteccion_complementaria" is "not_met"
    And the outcome "complementary_protection" is "not eligible"

  Scenario: The same armed group, where the State would protect, does not stand in for the State
    Given the facts:
      | fact                                          | value       |
      | outside_country_of_nationality                | yes         |
      | persecutors                                   | armed_group |
      | state_would_protect                           | yes         |
      | officials_acquiesce                           | no          |
      | persecutor_exercises_government_like_control  | yes         |
      | risk_of_torture_on_return                     | yes         |
    When the case is assessed
    Then the criterion "torture_by_or_with_acquiescence_of_official" of "cr_cat_article_3" is "not_met"
    And the definition "cr_cat_article_3" is "not_met"

  Scenario: Whether the armed group governs the area is asked when the State would not protect
    Given the facts:
      | fact                           | value       |
      | outside_country_of_nationality | yes         |
      | persecutors                    | armed_group |
      | state_would_protect            | no          |
      | officials_acquiesce            | no          |
      | risk_of_torture_on_return      | yes         |
    When the case is assessed
    Then the definition "cr_cat_article_3" is "undetermined"
    And the missing facts of "cr_cat_article_3" include "persecutor_exercises_government_like_control"
