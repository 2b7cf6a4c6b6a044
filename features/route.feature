Feature: Along the route (screening route): one case, each country's law
  A Venezuelan threatened by a gang in a country of generalised, grave and continuing violence, with
  no Convention ground (the gang wants money), travels north through Colombia, Panama, Costa Rica,
  Nicaragua, Honduras, Guatemala and Mexico towards the United States. The same answers are screened
  in each country, as `screening route CASE --countries CO,PA,CR,NI,HN,GT,MX,US` shows side by side.
  The regional (Cartagena) definition is met where the national law has it (Colombia, Nicaragua,
  Honduras, Guatemala, Mexico); Panama, Costa Rica and the United States have no such clause, so the
  claim there rests on the 1951 grounds, which this case does not meet. Each country's filing period
  runs from the date of entry (3 November 2025): the last day is pinned by the flag, not raised on it
  and raised the day after; where no period is encoded, the jurisdiction has no such flag. Nothing
  here ranks the countries: each scenario states what one law says about this case.

  Background:
    Given the facts:
      | fact                            | value                                        |
      | country_of_nationality          | VE                                           |
      | outside_country_of_nationality  | yes                                          |
      | has_other_nationality           | no                                           |
      | fears_return                    | yes                                          |
      | harmed_before                   | no                                           |
      | threatened_before               | yes                                          |
      | harm_feared                     | threats_to_life_or_freedom, physical_violence |
      | persecutors                     | gang_or_organised_crime                      |
      | characteristics                 | none                                         |
      | reasons_for_harm                | criminal_gain                                |
      | state_would_protect             | no                                           |
      | fled_country                    | yes                                          |
      | threatened_interests            | life, safety                                 |
      | country_situations              | generalized_violence                         |
      | threat_caused_by_situation      | yes                                          |
      | violence_serious_and_continuing | yes                                          |
      | risk_to_life_on_return          | yes                                          |
      | risk_of_torture_on_return       | no                                           |
      | risk_of_cidt_on_return          | no                                           |
      | date_of_entry                   | 2025-11-03                                   |
      | asylum_application_filed        | no                                           |
      | transit_countries               | co, pa, cr, ni, hn, gt, mx                   |

  Scenario: Colombia applies the regional definition; two calendar months to file, to 3 January 2026
    Given the jurisdiction "CO"
    And the assessment date is "2026-01-03"
    When the case is assessed
    Then the definition "co_cartagena" is "met"
    And the definition "co_refugee" is "not met"
    And the criterion "convention_ground" of "co_refugee" is "not met"
    And the outcome "refugee status" is "likely eligible"
    And the definition "co_cartagena" cites "Decreto 2840 de 2013"
    And the flag "filing_period_passed" is "not raised"

  Scenario: Panama has no regional definition: on the 1951 grounds alone the claim is not met; no filing period
    Given the jurisdiction "PA"
    And the assessment date is "2025-11-20"
    When the case is assessed
    Then the definition "pa_refugee" is "not met"
    And the criterion "convention_ground" of "pa_refugee" is "not met"
    And the outcome "refugee status" is "not eligible"
    And the outcome "protection from return" is "not eligible"
    And the jurisdiction has no flag "filing_period_passed"

  Scenario: Costa Rica has no regional definition: not met on the 1951 grounds; one month to file, to 3 December 2025
    Given the jurisdiction "CR"
    And the assessment date is "2025-12-03"
    When the case is assessed
    Then the definition "cr_refugee" is "not met"
    And the criterion "convention_ground" of "cr_refugee" is "not met"
    And the outcome "refugee status" is "not eligible"
    And the flag "filing_period_passed" is "not raised"

  Scenario: Nicaragua applies the regional definition; no filing period encoded
    Given the jurisdiction "NI"
    And the assessment date is "2025-11-20"
    When the case is assessed
    Then the definition "ni_cartagena" is "met"
    And the definition "ni_refugee" is "not met"
    And the outcome "refugee status" is "likely eligible"
    And the jurisdiction has no flag "filing_period_passed"

  Scenario: Honduras applies its regional definition (violence grave and continuing); no filing period encoded
    Given the jurisdiction "HN"
    And the assessment date is "2025-11-20"
    When the case is assessed
    Then the definition "hn_cartagena" is "met"
    And the criterion "hn_situation" of "hn_cartagena" is "met"
    And the definition "hn_refugee" is "not met"
    And the outcome "refugee status" is "likely eligible"
    And the jurisdiction has no flag "filing_period_passed"

  Scenario: Guatemala applies the regional definition; no filing period encoded
    Given the jurisdiction "GT"
    And the assessment date is "2025-11-20"
    When the case is assessed
    Then the definition "gt_cartagena" is "met"
    And the definition "gt_refugee" is "not met"
    And the outcome "refugee status" is "likely eligible"
    And the jurisdiction has no flag "filing_period_passed"

  Scenario: Mexico applies the regional definition and its complementary protection; 30 working days without Monday 17 November (a holiday), to 16 December 2025
    Given the jurisdiction "MX"
    And the assessment date is "2025-12-16"
    When the case is assessed
    Then the definition "mx_cartagena" is "met"
    And the definition "mx_refugee" is "not met"
    And the outcome "refugee status" is "likely eligible"
    And the outcome "protection from return" is "likely eligible"
    And the definition "mx_cartagena" cites "art. 13 fr. II"
    And the flag "filing_period_passed" is "not raised"

  Scenario: The United States has no regional definition: not met on the 1951 grounds; one year to file, to 3 November 2026
    Given the jurisdiction "US"
    And the assessment date is "2026-11-03"
    When the case is assessed
    Then the definition "us_refugee" is "not met"
    And the criterion "convention_ground" of "us_refugee" is "not met"
    And the outcome "refugee status" is "not eligible"
    And the outcome "protection from return" is "not eligible"
    And the flag "filing_period_passed" is "not raised"

  Scenario: The day after each period ends, the flag is raised: Colombia, 4 January 2026
    Given the jurisdiction "CO"
    And the assessment date is "2026-01-04"
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"

  Scenario: The day after each period ends, the flag is raised: Costa Rica, 4 December 2025
    Given the jurisdiction "CR"
    And the assessment date is "2025-12-04"
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"

  Scenario: The day after each period ends, the flag is raised: Mexico, 17 December 2025
    Given the jurisdiction "MX"
    And the assessment date is "2025-12-17"
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"

  Scenario: The day after each period ends, the flag is raised: the United States, 4 November 2026
    Given the jurisdiction "US"
    And the assessment date is "2026-11-04"
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"
