Feature: Complementary protection: Convention against Torture Art. 3 and Mexico's protección complementaria
  Protection from return to torture is absolute: exclusion and cessation never bar it. The overall result
  is "eligible" when a refugee definition is met and not barred, or when a complementary form is met.

  Background:
    Given the jurisdiction "CR"

  Scenario: A refugee excluded for a crime against humanity is still protected from return to torture
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
    And the exclusion "cr_exclusion" is "applies"
    And the criterion "risk_of_torture_on_return" of "cr_cat_article_3" is "met"
    And the definition "cr_cat_article_3" is "met"
    And the definition "cr_cat_article_3" cites "Convention against Torture"
    And the overall result is "eligible"

  Scenario: An excluded person with no danger of torture is not eligible
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
    Then the exclusion "cr_exclusion" is "applies"
    And the definition "cr_cat_article_3" is "not_met"
    And the overall result is "not_eligible"

  Scenario: Danger of torture needs no Convention ground
    Given the facts:
      | fact                      | value                   |
      | reasons_for_harm          | indiscriminate_violence |
      | risk_of_torture_on_return | yes                     |
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
      | fact                                        | value |
      | recognised_refugee                          | yes   |
      | reestablished_in_origin_country_voluntarily | yes   |
      | risk_of_torture_on_return                   | yes   |
    When the case is assessed
    Then the exclusion "cr_cessation" is "applies"
    And the definition "cr_cat_article_3" is "met"
    And the overall result is "eligible"

  Scenario: Mexico's complementary protection covers a threat to life without torture
    Given the jurisdiction "MX"
    And the facts:
      | fact                      | value |
      | risk_to_life_on_return    | yes   |
      | risk_of_torture_on_return | no    |
      | risk_of_cidt_on_return    | no    |
    When the case is assessed
    Then the definition "mx_proteccion_complementaria" is "met"
    And the criterion "mx_complementary_danger" of "mx_proteccion_complementaria" is "met"
    And the definition "mx_cat_article_3" is "not_met"
    And the definition "mx_proteccion_complementaria" cites "art. 2 fr. IV"
    And the overall result is "eligible"

  Scenario: Mexico's complementary protection covers other cruel, inhuman or degrading treatment
    Given the jurisdiction "MX"
    And the facts:
      | fact                      | value |
      | risk_to_life_on_return    | no    |
      | risk_of_torture_on_return | no    |
      | risk_of_cidt_on_return    | yes   |
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
