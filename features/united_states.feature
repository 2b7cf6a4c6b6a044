Feature: United States, Immigration and Nationality Act
  INA § 101(a)(42)(A): the 1951-type definition only, with no expanded clause. Since the REAL ID Act of
  2005, INA § 208(b)(1)(B)(i): a protected ground must be at least one central reason for the harm.
  The rule follows the filing date when the case has one (applications filed before 11 May 2005 are not held
  to it), the assessment date when it has none.
  INA § 208(a)(2)(B) (IIRIRA, P.L. 104-208, 1996; applications filed on or after 1 April 1997): one year from
  the last arrival to apply. A bar to asylum unless an exception in § 208(a)(2)(D) applies, never to
  withholding or CAT: a flag for the deadline, and an element of the refugee definition that holds refugee
  status open (an exception to examine), never refused. Withholding of removal (INA § 241(b)(3)) is protection
  from return; TPS (INA § 244) a humanitarian pathway, each with its bars. Facts not given are unknown.

  Scenario: A gang extorts a man who is also an opposition activist, but his politics were not a central reason
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                                   |
      | outside_country_of_nationality | yes                                     |
      | has_other_nationality          | no                                      |
      | fears_return                   | yes                                     |
      | threatened_before              | yes                                     |
      | harm_feared                    | threats_to_life_or_freedom              |
      | characteristics                | political_opinion                       |
      | reasons_for_harm               | criminal_gain, political_opinion        |
      | ground_was_central_reason      | no                                      |
      | persecutors                    | gang_or_organised_crime                 |
      | state_would_protect            | no                                      |
      | safe_area_reachable            | no                                      |
    When the case is assessed
    Then the criterion "us_nexus_central_reason" of "us_refugee" is "not met"
    And the definition "us_refugee" is "not met"
    And the criterion "us_nexus_central_reason" of "us_refugee" cites "§ 208(b)(1)(B)(i)"

  Scenario: The same facts in Mexico: under the Convention test the ground need not be central
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value                                   |
      | outside_country_of_nationality | yes                                     |
      | has_other_nationality          | no                                      |
      | fears_return                   | yes                                     |
      | threatened_before              | yes                                     |
      | harm_feared                    | threats_to_life_or_freedom              |
      | characteristics                | political_opinion                       |
      | reasons_for_harm               | criminal_gain, political_opinion        |
      | ground_was_central_reason      | no                                      |
      | persecutors                    | gang_or_organised_crime                 |
      | state_would_protect            | no                                      |
      | safe_area_reachable            | no                                      |
    When the case is assessed
    Then the criterion "nexus" of "mx_refugee" is "met"
    And the definition "mx_refugee" is "met"
    And the definition "mx_refugee" cites "art. 13 fr. I"

  Scenario: When the political opinion was a central reason, the US definition is met
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                                   |
      | outside_country_of_nationality | yes                                     |
      | has_other_nationality          | no                                      |
      | fears_return                   | yes                                     |
      | threatened_before              | yes                                     |
      | harm_feared                    | threats_to_life_or_freedom              |
      | characteristics                | political_opinion                       |
      | reasons_for_harm               | criminal_gain, political_opinion        |
      | ground_was_central_reason      | yes                                     |
      | persecutors                    | gang_or_organised_crime                 |
      | state_would_protect            | no                                      |
      | safe_area_reachable            | no                                      |
    When the case is assessed
    Then the criterion "us_nexus_central_reason" of "us_refugee" is "met"
    And the definition "us_refugee" is "met"
    And the definition "us_refugee" cites "§ 101(a)(42)(A)"

  Scenario: Not knowing whether the ground was central leaves the nexus open, and the question is asked
    Given the jurisdiction "US"
    And the facts:
      | fact             | value                            |
      | characteristics  | political_opinion                |
      | reasons_for_harm | criminal_gain, political_opinion |
    When the case is assessed
    Then the criterion "us_nexus_central_reason" of "us_refugee" is "undetermined"
    And the missing facts of "us_refugee" include "ground_was_central_reason"
    And the criterion "us_nexus_central_reason" of "us_refugee" cites "REAL ID Act of 2005"

  Scenario: Law as of 2004, before the REAL ID Act: the "one central reason" element does not apply
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                                   |
      | outside_country_of_nationality | yes                                     |
      | has_other_nationality          | no                                      |
      | fears_return                   | yes                                     |
      | threatened_before              | yes                                     |
      | harm_feared                    | threats_to_life_or_freedom              |
      | characteristics                | political_opinion                       |
      | reasons_for_harm               | criminal_gain, political_opinion        |
      | ground_was_central_reason      | no                                      |
      | persecutors                    | gang_or_organised_crime                 |
      | state_would_protect            | no                                      |
      | safe_area_reachable            | no                                      |
    And the assessment date is "2004-06-01"
    When the case is assessed
    Then the criterion "nexus" of "us_refugee" is "met"
    And the definition "us_refugee" is "met"
    And the definition "us_refugee" cites "REAL ID Act of 2005"

  Scenario: The same activist assessed in 2026 on an application filed in March 2005: the filing date, not the assessment date, decides
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                                   |
      | outside_country_of_nationality | yes                                     |
      | has_other_nationality          | no                                      |
      | fears_return                   | yes                                     |
      | threatened_before              | yes                                     |
      | harm_feared                    | threats_to_life_or_freedom              |
      | characteristics                | political_opinion                       |
      | reasons_for_harm               | criminal_gain, political_opinion        |
      | ground_was_central_reason      | no                                      |
      | persecutors                    | gang_or_organised_crime                 |
      | state_would_protect            | no                                      |
      | safe_area_reachable            | no                                      |
      | asylum_application_filed       | yes                                     |
      | date_of_application            | 2005-03-01                              |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the criterion "us_nexus_central_reason" of "us_refugee" is "met"
    And the definition "us_refugee" is "met"
    And the criterion "us_nexus_central_reason" of "us_refugee" cites "REAL ID Act of 2005 (P.L. 109-13), application of the amendment"

  Scenario: An application filed in 2006 is held to the "one central reason" rule
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                                   |
      | outside_country_of_nationality | yes                                     |
      | has_other_nationality          | no                                      |
      | fears_return                   | yes                                     |
      | threatened_before              | yes                                     |
      | harm_feared                    | threats_to_life_or_freedom              |
      | characteristics                | political_opinion                       |
      | reasons_for_harm               | criminal_gain, political_opinion        |
      | ground_was_central_reason      | no                                      |
      | persecutors                    | gang_or_organised_crime                 |
      | state_would_protect            | no                                      |
      | safe_area_reachable            | no                                      |
      | asylum_application_filed       | yes                                     |
      | date_of_application            | 2006-01-10                              |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the criterion "us_nexus_central_reason" of "us_refugee" is "not met"
    And the definition "us_refugee" is "not met"

  Scenario: A filing date the applicant does not know raises no pre-2005 law: the central-reason rule applies
    Given the jurisdiction "US"
    And the facts:
      | fact                      | value                            |
      | characteristics           | political_opinion                |
      | reasons_for_harm          | criminal_gain, political_opinion |
      | ground_was_central_reason | no                               |
      | asylum_application_filed  | yes                              |
      | date_of_application       | unknown                          |
    When the case is assessed
    Then the criterion "us_nexus_central_reason" of "us_refugee" is "not met"

  Scenario: A Venezuelan who left because of massive human rights violations, with no individual risk, is not a refugee under the INA
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                          |
      | outside_country_of_nationality | yes                            |
      | has_other_nationality          | no                             |
      | fears_return                   | yes                            |
      | harmed_before                  | no                             |
      | threatened_before              | no                             |
      | similar_people_harmed          | no                             |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | yes                            |
      | reasons_for_harm               | indiscriminate_violence        |
      | profile_at_risk_now            | no                             |
    When the case is assessed
    Then the definition "us_refugee" is "not met"
    And the criterion "fear_objective" of "us_refugee" is "not met"
    And the definition "us_refugee" cites "§ 101(a)(42)(A)"

  Scenario: An application 14 months after the last arrival raises the one-year flag
    Given the jurisdiction "US"
    And the facts:
      | fact                     | value      |
      | date_of_entry            | 2024-01-10 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2025-03-10 |
    When the case is assessed
    Then the flag "filing_period_passed" is "raised"
    And the flag "filing_period_passed" cites "§ 208(a)(2)(B)"
    And the flag "filing_period_passed" cites "§ 208(a)(2)(D)"
    And the flag "filing_period_passed" cites "P.L. 104-208, 30 September 1996, 110 Stat. 3009-691), § 208(a)(2)(B) (1996)"

  Scenario: An application within the year does not raise the flag
    Given the jurisdiction "US"
    And the facts:
      | fact                     | value      |
      | date_of_entry            | 2024-01-10 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2025-01-10 |
    When the case is assessed
    Then the flag "filing_period_passed" is "not raised"
    And the flag "filing_period_passed" cites "§ 208(a)(2)(B)"

  Scenario: A refugee with a bar indicated for a serious non-political crime is still protected from return to torture (CAT Art. 3)
    Given the jurisdiction "US"
    And the facts:
      | fact                                    | value                      |
      | outside_country_of_nationality          | yes                        |
      | has_other_nationality                   | no                         |
      | fears_return                            | yes                        |
      | harmed_before                           | yes                        |
      | harm_feared                             | torture_or_ill_treatment   |
      | characteristics                         | political_opinion          |
      | reasons_for_harm                        | political_opinion          |
      | ground_was_central_reason               | yes                        |
      | persecutors                             | state_authorities          |
      | risk_of_torture_on_return               | yes                        |
      | receiving_un_agency_protection          | no                         |
      | rights_of_national_in_residence_country | no                         |
      | international_crimes                    | no                         |
      | committed_serious_crime                 | yes                        |
      | crime_was_political                     | no                         |
      | crime_before_arrival                    | yes                        |
      | acts_contrary_to_un_purposes            | no                         |
      | recognised_refugee                      | no                         |
    When the case is assessed
    Then the definition "us_refugee" is "met"
    And the exclusion "us_exclusion" is "indicated"
    And the definition "us_cat_article_3" is "met"
    And the overall result is "eligible"
    And the definition "us_cat_article_3" cites "8 C.F.R. §§ 208.16-208.18"

  Scenario: Torture by a gang that rules the neighbourhood, which officials would not tolerate: no CAT protection under the US rule
    Given the jurisdiction "US"
    And the facts:
      | fact                                          | value                   |
      | outside_country_of_nationality                | yes                     |
      | risk_of_torture_on_return                     | yes                     |
      | persecutors                                   | gang_or_organised_crime |
      | officials_acquiesce                           | no                      |
      | persecutor_exercises_government_like_control  | yes                     |
      | state_would_protect                           | no                      |
    When the case is assessed
    Then the criterion "us_cat_official_acquiescence" of "us_cat_article_3" is "not met"
    And the definition "us_cat_article_3" is "not met"
    And the criterion "us_cat_official_acquiescence" of "us_cat_article_3" cites "8 C.F.R. § 208.18"

  Scenario: Police paid by the gang would look the other way: acquiescence under 8 C.F.R. § 208.18
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | risk_of_torture_on_return      | yes                     |
      | persecutors                    | gang_or_organised_crime |
      | officials_acquiesce            | yes                     |
    When the case is assessed
    Then the criterion "us_cat_official_acquiescence" of "us_cat_article_3" is "met"
    And the definition "us_cat_article_3" is "met"
    And the outcome "complementary_protection" is "eligible"
    And the definition "us_cat_article_3" cites "§ 208.16(c)(2)"

  Scenario: With no individual risk and no risk of torture, the Venezuelan case is not eligible in the United States
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                          |
      | outside_country_of_nationality | yes                            |
      | has_other_nationality          | no                             |
      | fears_return                   | yes                            |
      | harmed_before                  | no                             |
      | threatened_before              | no                             |
      | similar_people_harmed          | no                             |
      | country_situations             | massive_human_rights_violation |
      | situation_forced_departure     | yes                            |
      | reasons_for_harm               | indiscriminate_violence        |
      | risk_of_torture_on_return      | no                             |
      | profile_at_risk_now            | no                             |
    When the case is assessed
    Then the overall result is "not eligible"
    And the definition "us_refugee" cites "Immigration and Nationality Act, § 101(a)(42)(A)"

  # Issue 22, row 2: INA § 244(c)(2)(B) (8 U.S.C. 1254a(c)(2)(B)). Convictions in the United States rest on the
  # record and are concluded; the conduct described in § 208(b)(2)(A) needs an individual assessment: indicated,
  # refer, never "not eligible" on it. A file silent on crimes keeps TPS with open checks.
  Scenario: TPS and a serious non-political crime before arrival: indicated, for the authority, never eligible on the screening
    Given the jurisdiction "US"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | humanitarian_programme_for_nationality | yes   |
      | in_country_on_programme_date           | yes   |
      | committed_serious_crime                | yes   |
      | crime_was_political                    | no    |
      | crime_before_arrival                   | yes   |
    When the case is assessed
    Then the criterion "us_bar_serious_nonpolitical_crime" of "us_tps" is "undetermined"
    And the definition "us_tps" is "undetermined"
    And the outcome "humanitarian pathway" is "more information is needed"
    And the criterion "us_bar_serious_nonpolitical_crime" of "us_tps" cites "§ 244(c)(2)(B)"
    And the criterion "us_bar_serious_nonpolitical_crime" of "us_tps" cites "§ 208(b)(2)(A)"

  Scenario: TPS and two misdemeanour convictions in the United States: not eligible, on the record
    Given the jurisdiction "US"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | humanitarian_programme_for_nationality | yes   |
      | in_country_on_programme_date           | yes   |
      | us_felony_conviction                   | no    |
      | us_two_misdemeanour_convictions        | yes   |
    When the case is assessed
    Then the criterion "us_tps_no_disqualifying_conviction" of "us_tps" is "not met"
    And the definition "us_tps" is "not met"
    And the outcome "humanitarian pathway" is "not eligible"

  Scenario: TPS for someone who persecuted others: indicated, refer; never concluded either way
    Given the jurisdiction "US"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | humanitarian_programme_for_nationality | yes   |
      | in_country_on_programme_date           | yes   |
      | took_part_in_persecution               | yes   |
    When the case is assessed
    Then the criterion "us_bar_persecutor" of "us_tps" is "undetermined"
    And the definition "us_tps" is "undetermined"

  Scenario: TPS for a file silent on crimes: eligible, with the bars as open checks
    Given the jurisdiction "US"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | humanitarian_programme_for_nationality | yes   |
      | in_country_on_programme_date           | yes   |
    When the case is assessed
    Then the definition "us_tps" is "met"
    And the outcome "humanitarian pathway" is "likely eligible"
    And the open checks include "us_tps_no_disqualifying_conviction"
    And the open checks include "us_bar_serious_nonpolitical_crime"

  # Issue 22, row 4: withholding of removal, INA § 241(b)(3) (8 U.S.C. 1231(b)(3)), 8 C.F.R. 208.16(b):
  # "more likely than not" (INS v. Stevic, 1984), no filing deadline, its own bars (§ 241(b)(3)(B)), conduct-based
  # and so indicated, refer. Protection from return, which exclusion from asylum does not touch.
  Scenario: Threatened by the State for his politics: withholding of removal is protection from return
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | ground_was_central_reason      | yes                        |
      | persecutors                    | state_authorities          |
      | risk_of_torture_on_return      | no                         |
    When the case is assessed
    Then the definition "us_withholding_of_removal" is "met"
    And the outcome "protection from return" is "likely eligible"
    And the definition "us_withholding_of_removal" cites "§ 241(b)(3)"
    And the definition "us_withholding_of_removal" cites "INS v. Stevic"

  Scenario: Withholding of removal for someone who took part in persecuting others: indicated, refer, never refused on the screening
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | ground_was_central_reason      | yes                        |
      | persecutors                    | state_authorities          |
      | took_part_in_persecution       | yes                        |
    When the case is assessed
    Then the criterion "us_bar_persecutor" of "us_withholding_of_removal" is "undetermined"
    And the definition "us_withholding_of_removal" is "undetermined"

  # Issue 22, row 3: INA § 208(a)(2)(B) bars asylum unless a § 208(a)(2)(D) exception applies (8 C.F.R. 208.4(a)),
  # for applications filed on or after 1 April 1997; it bars neither withholding of removal nor CAT. The one
  # filing period that holds refugee status open: late without a known exception, undetermined, never refused.
  Scenario: Fourteen months late with no exception: refugee status needs more information, withholding of removal protects from return
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | ground_was_central_reason      | yes                        |
      | persecutors                    | state_authorities          |
      | risk_of_torture_on_return      | no                         |
      | date_of_entry                  | 2024-01-10                 |
      | asylum_application_filed       | yes                        |
      | date_of_application            | 2025-03-10                 |
      | us_one_year_exception          | no                         |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the criterion "us_asylum_within_one_year" of "us_refugee" is "undetermined"
    And the definition "us_refugee" is "undetermined"
    And the outcome "refugee status" is "more information is needed"
    And the definition "us_withholding_of_removal" is "met"
    And the outcome "protection from return" is "likely eligible"
    And the criterion "us_asylum_within_one_year" of "us_refugee" cites "§ 208(a)(2)(D)"

  Scenario: Late, with changed circumstances that materially affect eligibility: the exception keeps asylum open
    Given the jurisdiction "US"
    And the facts:
      | fact                     | value      |
      | date_of_entry            | 2024-01-10 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2025-03-10 |
      | us_one_year_exception    | yes        |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the criterion "us_asylum_within_one_year" of "us_refugee" is "met"

  Scenario: Filed within the year: the element is met
    Given the jurisdiction "US"
    And the facts:
      | fact                     | value      |
      | date_of_entry            | 2024-01-10 |
      | asylum_application_filed | yes        |
      | date_of_application      | 2025-01-10 |
    And the assessment date is "2026-06-01"
    When the case is assessed
    Then the criterion "us_asylum_within_one_year" of "us_refugee" is "met"

  Scenario: No arrival date in the file: the one-year rule is an open check, not a missing element
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | ground_was_central_reason      | yes                        |
      | persecutors                    | state_authorities          |
    When the case is assessed
    Then the criterion "us_asylum_within_one_year" of "us_refugee" is "not raised"
    And the definition "us_refugee" is "met"
    And the open checks include "us_asylum_within_one_year"

  Scenario: Law as of 1996, before IIRIRA: there is no one-year rule, so arriving two years earlier bars nothing
    Given the jurisdiction "US"
    And the facts:
      | fact                           | value                      |
      | outside_country_of_nationality | yes                        |
      | has_other_nationality          | no                         |
      | fears_return                   | yes                        |
      | threatened_before              | yes                        |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | political_opinion          |
      | reasons_for_harm               | political_opinion          |
      | persecutors                    | state_authorities          |
      | date_of_entry                  | 1994-01-10                 |
      | asylum_application_filed       | no                         |
      | us_one_year_exception          | no                         |
    And the assessment date is "1996-06-01"
    When the case is assessed
    Then the definition "us_refugee" is "met"
    And the outcome "refugee status" is "likely eligible"
