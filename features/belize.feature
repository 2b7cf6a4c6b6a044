Feature: Belize, Refugees Act, Cap. 165 (in force August 1991)
  Section 4 was not retrieved: the Convention-type definition is screened, at low confidence, and beside it a
  possible OAU-type clause that is never concluded met (UNCONFIRMED both ways): a case that fits only that
  clause needs more information, never a silent "not eligible".
  A 14-day filing deadline is reported (low confidence) and is a flag, never a bar. Facts not given are
  unknown.

  Scenario: A political opponent persecuted by the State meets the s. 4 definition
    Given the jurisdiction "BZ"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | has_other_nationality          | no                      |
      | fears_return                   | yes                     |
      | harmed_before                  | yes                     |
      | harm_feared                    | detention_or_kidnapping |
      | characteristics                | political_opinion       |
      | reasons_for_harm               | political_opinion       |
      | persecutors                    | state_authorities       |
    When the case is assessed
    Then the definition "bz_refugee" is "met"
    And the definition "bz_refugee" cites "Refugees Act, Cap. 165, s. 4"

  Scenario: Fleeing generalized violence without individual risk is not covered in Belize
    Given the jurisdiction "BZ"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | has_other_nationality          | no                      |
      | fears_return                   | yes                     |
      | harmed_before                  | no                      |
      | threatened_before              | no                      |
      | similar_people_harmed          | no                      |
      | fled_country                   | yes                     |
      | threatened_interests           | life                    |
      | country_situations             | generalized_violence    |
      | threat_caused_by_situation     | yes                     |
      | reasons_for_harm               | indiscriminate_violence |
      | profile_at_risk_now            | no                      |
    When the case is assessed
    Then the definition "bz_refugee" is "not met"
    And the definition "bz_refugee" cites "s. 4"

  Scenario: Compelled to leave by foreign aggression, without individual persecution: needs more information in Belize (s. 4 unread)
    Given the jurisdiction "BZ"
    And the facts:
      | fact                           | value              |
      | outside_country_of_nationality | yes                |
      | has_other_nationality          | no                 |
      | fears_return                   | yes                |
      | harmed_before                  | no                 |
      | threatened_before              | no                 |
      | similar_people_harmed          | no                 |
      | country_situations             | foreign_aggression |
      | situation_forced_departure     | yes                |
      | profile_at_risk_now            | no                 |
    When the case is assessed
    Then the outcome "refugee_status" is "needs more information"
    And the outcome "refugee_status" rests on a low-confidence source
    And the definition "bz_refugee" is "not met"
    And the definition "bz_possible_oau_clause" is "undetermined"
    And the criterion "oau_event" of "bz_possible_oau_clause" is "met"
    And the criterion "oau_compelled_to_leave" of "bz_possible_oau_clause" is "met"
    And the definition "bz_possible_oau_clause" cites "Refugees Act, Cap. 165, s. 4"

  Scenario: Not compelled to leave by any OAU-type event: the possible clause is not met either
    Given the jurisdiction "BZ"
    And the facts:
      | fact                           | value                |
      | outside_country_of_nationality | yes                  |
      | has_other_nationality          | no                   |
      | fears_return                   | yes                  |
      | harmed_before                  | no                   |
      | threatened_before              | no                   |
      | similar_people_harmed          | no                   |
      | country_situations             | generalized_violence |
      | situation_forced_departure     | yes                  |
      | profile_at_risk_now            | no                   |
    When the case is assessed
    Then the definition "bz_possible_oau_clause" is "not met"
    And the outcome "refugee_status" is "not eligible"

  Scenario: The same facts meet the expanded clause screened for Nicaragua (low confidence)
    Given the jurisdiction "NI"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | has_other_nationality          | no                      |
      | fears_return                   | yes                     |
      | harmed_before                  | no                      |
      | threatened_before              | no                      |
      | similar_people_harmed          | no                      |
      | fled_country                   | yes                     |
      | threatened_interests           | life                    |
      | country_situations             | generalized_violence    |
      | threat_caused_by_situation     | yes                     |
      | reasons_for_harm               | indiscriminate_violence |
      | profile_at_risk_now            | no                      |
    When the case is assessed
    Then the definition "ni_refugee" is "not met"
    And the definition "ni_cartagena" is "met"
    And the definition "ni_cartagena" cites "Ley 655"

  Scenario: An application on day 15 after entry raises the reported 14-day flag
    Given the jurisdiction "BZ"
    And the facts:
      | fact                     | value      |
      | date_of_entry            | 2025-02-03 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2025-02-18 |
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"
    And the flag "filing_period_passed" cites "Refugees Act, Cap. 165"

  Scenario: An application on day 14 does not raise the flag
    Given the jurisdiction "BZ"
    And the facts:
      | fact                     | value      |
      | date_of_entry            | 2025-02-03 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2025-02-17 |
    When the case is assessed
    Then the flag "filing_period_passed" is "not raised"
    And the flag "filing_period_passed" cites "Refugees Act, Cap. 165"
