Feature: Exclusion under the 1951 Convention (Art. 1D, 1E, 1F)
  The exclusion set applies when any ground applies, and a country applies it to all its definitions.
  A "prefer not to say" answer leaves exclusion open: it never counts as "no".

  Background:
    Given the jurisdiction "MX"

  Scenario: A refugee who answers no to every exclusion question is eligible
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
    Then the exclusion "mx_exclusion" is "does not apply"
    And the exclusion "mx_cessation" is "does not apply"
    And the definition "mx_refugee" is "met"
    And the overall result is "eligible"
    And the exclusion "mx_exclusion" cites "Art. 1D, 1E, 1F"

  Scenario: A person receiving UNRWA assistance falls under Art. 1D, a plain fact the screening may conclude
    Given the facts:
      | fact                           | value |
      | receiving_un_agency_protection | yes   |
    When the case is assessed
    Then the criterion "excl_1d_un_agency_protection" of "mx_exclusion" is "met"
    And the exclusion "mx_exclusion" is "applies"
    And the criterion "excl_1d_un_agency_protection" of "mx_exclusion" cites "Art. 1D"

  Scenario: A person with the rights of a national in the country of residence falls under Art. 1E
    Given the facts:
      | fact                                    | value |
      | rights_of_national_in_residence_country | yes   |
    When the case is assessed
    Then the exclusion "mx_exclusion" is "applies"

  Scenario: A political offence is not a serious non-political crime under Art. 1F(b)
    Given the facts:
      | fact                    | value |
      | committed_serious_crime | yes   |
      | crime_was_political     | yes   |
      | crime_before_arrival    | yes   |
    When the case is assessed
    Then the criterion "excl_1fb_serious_nonpolitical_crime" of "mx_exclusion" is "not_met"

  Scenario: A crime committed in the country of refuge after arrival is not within Art. 1F(b)
    Given the facts:
      | fact                    | value |
      | committed_serious_crime | yes   |
      | crime_was_political     | no    |
      | crime_before_arrival    | no    |
    When the case is assessed
    Then the criterion "excl_1fb_serious_nonpolitical_crime" of "mx_exclusion" is "not_met"

  Scenario: Declining to answer an exclusion question is no indication: the clause is not raised, and heads the open checks
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
      | international_crimes                    | declined                   |
      | committed_serious_crime                 | no                         |
      | acts_contrary_to_un_purposes            | no                         |
    When the case is assessed
    Then the definition "mx_refugee" is "met"
    And the criterion "excl_1fa_international_crimes" of "mx_exclusion" is "not raised"
    And the exclusion "mx_exclusion" is "not raised"
    And the overall result is "eligible"
    And the open checks include "excl_1fa_international_crimes"
    And the first open check is "excl_1fa_international_crimes", marked "declined"

  Scenario: Acts contrary to the purposes and principles of the United Nations fall under Art. 1F(c)
    Given the facts:
      | fact                         | value |
      | acts_contrary_to_un_purposes | yes   |
    When the case is assessed
    Then the criterion "excl_1fc_un_purposes" of "mx_exclusion" is "indicated"
    And the exclusion "mx_exclusion" is "indicated"
    # Exclusion bars refugee status, never complementary protection: the danger on return is still unanswered.
    And the definition "mx_proteccion_complementaria" is "undetermined"
    And the overall result is "needs_more_information"
    And the overall missing facts include "risk_to_life_on_return, risk_of_torture_on_return, risk_of_cidt_on_return"

  Scenario: A 16-year-old recruited by an armed group at 14 is never screened "not eligible" on one "yes"
    # Art. 1F needs an individual assessment: responsibility, duress, the child's age and maturity at the time
    # (UNHCR GIP No. 5; GIP No. 8 for children). A screening can find it indicated, never that it applies.
    Given the jurisdiction "EC"
    And the facts:
      | fact                           | value                      |
      | date_of_birth                  | 2010-03-01                 |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | armed_group                |
      | state_would_protect            | no                         |
      | international_crimes           | yes                        |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the criterion "excl_1fa_international_crimes" of "ec_exclusion" is "indicated"
    And the exclusion "ec_exclusion" is "indicated"
    And the outcome "refugee_status" is "needs more information"
    And the outcome "refugee_status" is not "not eligible"
    And the criterion "excl_1fa_international_crimes" of "ec_exclusion" cites "Guidelines on International Protection No. 8"

  Scenario: The 16-year-old recruited at 14 is flagged a child at the time of the acts, and the exclusion stays indicated
    # UNHCR GIP No. 8 (2009): age and maturity, capacity to form intent, duress, recruitment; child soldiers as victims
    Given the jurisdiction "EC"
    And the facts:
      | fact                           | value                      |
      | date_of_birth                  | 2010-03-01                 |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | armed_group                |
      | state_would_protect            | no                         |
      | international_crimes           | yes                        |
      | age_at_time_of_acts            | 14                         |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the flag "child_at_time_of_acts" is "raised"
    And the flag "child_at_time_of_acts" cites "Guidelines on International Protection No. 8"
    And the exclusion "ec_exclusion" is "indicated"
    And the outcome "refugee_status" is "needs more information"

  Scenario: An adult who was 15 when the acts happened is flagged a child at the time of the acts
    Given the jurisdiction "CR"
    And the facts:
      | fact                    | value      |
      | date_of_birth           | 1996-05-10 |
      | committed_serious_crime | yes        |
      | crime_was_political     | no         |
      | crime_before_arrival    | yes        |
      | age_at_time_of_acts     | 15         |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the flag "child_at_time_of_acts" is "raised"
    And the criterion "excl_1fb_serious_nonpolitical_crime" of "cr_exclusion" is "indicated"

  Scenario: An adult who was 30 when the acts happened is not flagged a child at the time
    Given the jurisdiction "CR"
    And the facts:
      | fact                    | value      |
      | date_of_birth           | 1980-05-10 |
      | committed_serious_crime | yes        |
      | age_at_time_of_acts     | 30         |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the flag "child_at_time_of_acts" is "not raised"

  Scenario: A serious non-political crime answered yes is indicated for the authority, never concluded
    Given the facts:
      | fact                    | value |
      | committed_serious_crime | yes   |
      | crime_was_political     | no    |
      | crime_before_arrival    | yes   |
    When the case is assessed
    Then the criterion "excl_1fb_serious_nonpolitical_crime" of "mx_exclusion" is "indicated"
    And the exclusion "mx_exclusion" is "indicated"

  Scenario: "Don't know" whether the crime was political raises nothing when no crime was said
    Given the facts:
      | fact                    | value   |
      | committed_serious_crime | unknown |
      | crime_was_political     | no      |
    When the case is assessed
    Then the criterion "excl_1fb_serious_nonpolitical_crime" of "mx_exclusion" is "not raised"
    And the first open check is "excl_1fb_serious_nonpolitical_crime", marked "unknown"
