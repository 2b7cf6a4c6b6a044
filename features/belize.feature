Feature: Belize, Refugees Act, Cap. 165 (1991)
  Section 4 was not retrieved: only the Convention-type definition is screened, at low confidence.
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
    When the case is assessed
    Then the definition "bz_refugee" is "not met"
    And the definition "bz_refugee" cites "s. 4"

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
