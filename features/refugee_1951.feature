Feature: The refugee definition of the 1951 Convention (Art. 1A(2)), element by element
  The base definition is screened through the countries that extend it. Brazil (Lei 9.474 art. 1, I-II)
  keeps the five Convention grounds unchanged, so it is used here to test the base definition.
  Facts not listed in a scenario are unknown.

  Scenario: A political opponent persecuted by the State meets every element, with no internal flight question
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                                             |
      | outside_country_of_nationality | yes                                               |
      | has_other_nationality          | no                                                |
      | fears_return                   | yes                                               |
      | threatened_before              | yes                                               |
      | harm_feared                    | threats_to_life_or_freedom, detention_or_kidnapping |
      | characteristics                | political_opinion                                 |
      | reasons_for_harm               | political_opinion                                 |
      | persecutors                    | state_authorities                                 |
    When the case is assessed
    Then the definition "br_refugee" is "met"
    And the criterion "state_protection_unavailable" of "br_refugee" is "met"
    And the criterion "no_internal_flight_alternative" of "br_refugee" is "met"
    And the missing facts of "br_refugee" do not include "safe_area_reachable, relocation_reasonable, state_would_protect"
    And the criterion "outside_country" of "br_refugee" cites "Art. 1A(2)"
    And the criterion "no_internal_flight_alternative" of "br_refugee" cites "HCR/GIP/03/04"
    And the definition "br_refugee" cites "Lei 9.474"

  Scenario: Harm for money alone, left unprotected through corruption, has no link to a Convention ground
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | none                       |
      | reasons_for_harm               | criminal_gain              |
      | persecutors                    | gang_or_organised_crime    |
      | reasons_state_fails_to_protect | corruption                 |
    When the case is assessed
    Then the criterion "convention_ground" of "br_refugee" is "not_met"
    And the criterion "nexus" of "br_refugee" is "not_met"
    And the definition "br_refugee" is "not_met"

  Scenario: Gang threats with State protection not yet explored stay undetermined; internal flight is not raised
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | particular_social_group    |
      | reasons_for_harm               | particular_social_group    |
      | persecutors                    | gang_or_organised_crime    |
    When the case is assessed
    Then the definition "br_refugee" is "undetermined"
    And the criterion "state_protection_unavailable" of "br_refugee" is "undetermined"
    And the criterion "no_internal_flight_alternative" of "br_refugee" is "not raised"
    And the missing facts of "br_refugee" include "state_would_protect"
    And the missing facts of "br_refugee" do not include "fears_return, persecutors, safe_area_reachable"
    And the open checks include "no_internal_flight_alternative"

  Scenario: A refugee who took part in a crime against humanity has exclusion indicated
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | harmed_before                  | yes                        |
      | harm_feared                    | torture_or_ill_treatment   |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | state_authorities          |
      | international_crimes           | yes                        |
    When the case is assessed
    Then the definition "br_refugee" is "met"
    And the exclusion "br_exclusion" is "indicated"
    And the criterion "excl_1fa_international_crimes" of "br_exclusion" is "indicated"
    # He fears torture: exclusion does not bar protection from return to torture, which is still to be assessed.
    And the definition "br_cat_article_3" is "undetermined"
    And the overall result is "needs_more_information"
    And the overall missing facts include "risk_of_torture_on_return"

  Scenario: A stateless person outside the country of former habitual residence is outside the country
    Given the jurisdiction "CR"
    And the facts:
      | fact                                        | value |
      | stateless                                   | yes   |
      | outside_country_of_former_habitual_residence | yes   |
    When the case is assessed
    Then the criterion "outside_country" of "cr_refugee" is "met"

  Scenario: A dual national whose other country would protect is not a refugee
    Given the jurisdiction "BR"
    And the facts:
      | fact                                   | value |
      | outside_country_of_nationality         | yes   |
      | has_other_nationality                  | yes   |
      | other_nationality_country_would_protect | yes   |
    When the case is assessed
    Then the criterion "no_protection_of_other_nationality" of "br_refugee" is "not_met"
    And the definition "br_refugee" is "not_met"

  Scenario: A reachable and reasonable safe area away from a non-State persecutor is an internal flight alternative
    Given the jurisdiction "BR"
    And the facts:
      | fact                  | value                   |
      | persecutors           | family_or_partner       |
      | safe_area_reachable   | yes                     |
      | relocation_reasonable | yes                     |
    When the case is assessed
    Then the criterion "no_internal_flight_alternative" of "br_refugee" is "not_met"
    And the definition "br_refugee" is "not_met"

  Scenario: Poverty alone is not persecution
    Given the jurisdiction "BR"
    And the facts:
      | fact        | value            |
      | harm_feared | economic_hardship |
    When the case is assessed
    Then the criterion "persecution" of "br_refugee" is "not_met"

  Scenario: Fear without any objective indicator yet needs the situation of similar people, or whether their profile is at risk now
    Given the jurisdiction "BR"
    And the facts:
      | fact              | value |
      | fears_return      | yes   |
      | harmed_before     | no    |
      | threatened_before | no    |
    When the case is assessed
    Then the criterion "fear_subjective" of "br_refugee" is "met"
    And the criterion "fear_objective" of "br_refugee" is "undetermined"
    And the missing facts of "br_refugee" include "similar_people_harmed, profile_at_risk_now"

  Scenario: Gender alone is not a ground under the base grounds kept by Brazil
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value  |
      | characteristics                | gender |
      | reasons_for_harm               | gender |
      | reasons_state_fails_to_protect | gender |
    When the case is assessed
    Then the criterion "convention_ground" of "br_refugee" is "not_met"
    And the criterion "nexus" of "br_refugee" is "not_met"

  Scenario: Gender is a ground where the national law adds it (Mexico)
    Given the jurisdiction "MX"
    And the facts:
      | fact             | value  |
      | characteristics  | gender |
      | reasons_for_harm | gender |
    When the case is assessed
    Then the criterion "convention_ground" of "mx_refugee" is "met"
    And the criterion "nexus" of "mx_refugee" is "met"
    And the criterion "nexus" of "mx_refugee" cites "art. 13 fr. I"

  # The link to a ground may come from the persecutor's motive or from the State's reason for withholding
  # protection (UNHCR GIP No. 1 and No. 2; EUAA practical guide; Refugee Appeal No. 71427/99).
  Scenario: A woman beaten by her partner, whom the State refuses to protect because she is a woman, has the link through the State (Costa Rica)
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value                                              |
      | outside_country_of_nationality | yes                                                |
      | has_other_nationality          | no                                                 |
      | fears_return                   | yes                                                |
      | harmed_before                  | yes                                                |
      | harm_feared                    | physical_violence, sexual_or_gender_based_violence |
      | characteristics                | gender                                             |
      | persecutors                    | family_or_partner                                  |
      | reasons_for_harm               | personal_dispute                                   |
      | state_would_protect            | no                                                 |
      | reasons_state_fails_to_protect | gender                                             |
    When the case is assessed
    Then the criterion "nexus" of "cr_refugee" is "met"
    And the definition "cr_refugee" is "met"
    And the outcome "refugee_status" is "eligible"
    And the criterion "nexus" of "cr_refugee" cites "HCR/GIP/02/01"
    And the criterion "nexus" of "cr_refugee" cites "Refugee Appeal No. 71427/99"

  Scenario: A partner's personal motive and a State that cannot protect anyone give no link to a ground
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value             |
      | characteristics                | gender            |
      | persecutors                    | family_or_partner |
      | reasons_for_harm               | personal_dispute  |
      | state_would_protect            | no                |
      | reasons_state_fails_to_protect | no_capacity       |
    When the case is assessed
    Then the criterion "nexus" of "cr_refugee" is "not_met"
    And the definition "cr_refugee" is "not_met"

  Scenario: While the State's reasons are unknown, a personal motive alone leaves the link open
    Given the jurisdiction "CR"
    And the facts:
      | fact             | value             |
      | persecutors      | family_or_partner |
      | reasons_for_harm | personal_dispute  |
    When the case is assessed
    Then the criterion "nexus" of "cr_refugee" is "undetermined"
    And the missing facts of "cr_refugee" include "reasons_state_fails_to_protect"

  # The objective element looks forward: a reasonable likelihood of harm on return, not only past events.
  Scenario: A refugee sur place with no past harm or threats, whose profile is now at risk, has a well-founded fear
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                                                      |
      | outside_country_of_nationality | yes                                                        |
      | has_other_nationality          | no                                                         |
      | danger_arose_after_leaving     | yes                                                        |
      | fears_return                   | yes                                                        |
      | harmed_before                  | no                                                         |
      | threatened_before              | no                                                         |
      | similar_people_harmed          | no                                                         |
      | profile_at_risk_now            | yes                                                        |
      | harm_feared                    | detention_or_kidnapping, unfair_prosecution_or_punishment |
      | characteristics                | political_opinion                                          |
      | reasons_for_harm               | political_opinion                                          |
      | persecutors                    | state_authorities                                          |
    When the case is assessed
    Then the criterion "fear_objective" of "br_refugee" is "met"
    And the definition "br_refugee" is "met"
    And the outcome "refugee_status" is "eligible"
    And the criterion "fear_objective" of "br_refugee" cites "Cardoza-Fonseca"

  Scenario: No past harm, no threats, nobody like the applicant harmed and no profile at risk now: the fear is not well founded
    Given the jurisdiction "BR"
    And the facts:
      | fact                  | value |
      | fears_return          | yes   |
      | harmed_before         | no    |
      | threatened_before     | no    |
      | similar_people_harmed | no    |
      | profile_at_risk_now   | no    |
    When the case is assessed
    Then the criterion "fear_objective" of "br_refugee" is "not_met"

  Scenario: A file silent on another nationality is not held open: the element stands, with an open check
    # Art. 1A(2), second paragraph, applies "in the case of a person who has more than one nationality"
    # (UNHCR Handbook paras 106-107): something must point to a second nationality before it is examined.
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | fears_return                   | yes                     |
      | harmed_before                  | yes                     |
      | harm_feared                    | detention_or_kidnapping |
      | characteristics                | political_opinion       |
      | reasons_for_harm               | political_opinion       |
      | persecutors                    | state_authorities       |
    When the case is assessed
    Then the criterion "no_protection_of_other_nationality" of "cr_refugee" is "not raised"
    And the definition "cr_refugee" is "met"
    And the overall result is "eligible"
    And the open checks include "no_protection_of_other_nationality"

  Scenario: A second nationality named raises the question of that country's protection
    Given the jurisdiction "CR"
    And the facts:
      | fact                  | value |
      | has_other_nationality | yes   |
    When the case is assessed
    Then the criterion "no_protection_of_other_nationality" of "cr_refugee" is "undetermined"
    And the missing facts of "cr_refugee" include "other_nationality_country_would_protect"
    And the open checks do not include "no_protection_of_other_nationality"

  Scenario: "Don't know" about another nationality is no indication: an open check, listed first
    Given the jurisdiction "CR"
    And the facts:
      | fact                  | value   |
      | has_other_nationality | unknown |
    When the case is assessed
    Then the criterion "no_protection_of_other_nationality" of "cr_refugee" is "not raised"
    And the first open check is "no_protection_of_other_nationality", marked "unknown"
