Feature: Disaster displacement and national humanitarian pathways (rules/humanitarian.yaml, countries/*.yaml)
  A disaster is never a ground to screen anyone out. It raises a check of the regional definition, which
  stays undetermined (never met) where the disaster's aftermath may amount to a situation the law keeps,
  and the national humanitarian pathways, reported as their own kind: they never change the overall result.

  Scenario: A Haitian whose home the 2021 earthquake destroyed, nothing else after it: no refugee status on the disaster alone; Brazil's humanitarian visa listed
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value             |
      | country_of_nationality         | HT                |
      | outside_country_of_nationality | yes               |
      | has_other_nationality          | no                |
      | fears_return                   | no                |
      | harmed_before                  | no                |
      | threatened_before              | no                |
      | harm_feared                    | economic_hardship |
      | fled_country                   | yes               |
      | danger_arose_after_leaving     | no                |
      | threatened_interests           | livelihood_only   |
      | country_situations             | []                |
      | situation_forced_departure     | no                |
      | risk_to_life_on_return         | no                |
      | risk_of_torture_on_return      | no                |
      | risk_of_cidt_on_return         | no                |
      | recognised_refugee             | no                |
      | displaced_by_disaster          | yes               |
      | disaster_kind                  | earthquake        |
      | disaster_date                  | 2021-08-14        |
      | disaster_consequences          | []                |
    When the case is assessed
    Then the outcome "refugee status" is "not eligible"
    And the definition "br_cartagena" is "not met"
    And the criterion "br_situation" of "br_cartagena" is "not met"
    And the definition "br_humanitarian_visa" is "undetermined"
    And the criterion "br_humanitarian_situation" of "br_humanitarian_visa" is "met"
    And the missing facts of "br_humanitarian_visa" include "humanitarian_programme_for_nationality"
    And the definition "br_humanitarian_visa" cites "Lei 13.445"
    And the outcome "humanitarian pathway" is "needs more information"
    And the overall result is "not eligible"

  Scenario: The same Haitian, once the adviser confirms an act covers Haitians: the pathway is met and the overall result does not move
    Given the jurisdiction "BR"
    And the facts:
      | fact                                   | value             |
      | country_of_nationality                 | HT                |
      | outside_country_of_nationality         | yes               |
      | has_other_nationality                  | no                |
      | fears_return                           | no                |
      | harmed_before                          | no                |
      | threatened_before                      | no                |
      | harm_feared                            | economic_hardship |
      | fled_country                           | yes               |
      | danger_arose_after_leaving             | no                |
      | threatened_interests                   | livelihood_only   |
      | country_situations                     | []                |
      | situation_forced_departure             | no                |
      | risk_to_life_on_return                 | no                |
      | risk_of_torture_on_return              | no                |
      | risk_of_cidt_on_return                 | no                |
      | recognised_refugee                     | no                |
      | displaced_by_disaster                  | yes               |
      | disaster_consequences                  | []                |
      | humanitarian_programme_for_nationality | yes               |
    When the case is assessed
    Then the definition "br_humanitarian_visa" is "met"
    And the outcome "humanitarian pathway" is "eligible"
    And the outcome "refugee status" is "not eligible"
    And the overall result is "not eligible"

  Scenario: Only the disaster is known: the regional definition stays undetermined, never met, and names what to ask
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value   |
      | country_of_nationality         | HT      |
      | outside_country_of_nationality | yes     |
      | has_other_nationality          | no      |
      | fled_country                   | yes     |
      | threatened_interests           | life    |
      | country_situations             | []      |
      | threat_caused_by_situation     | yes     |
      | displaced_by_disaster          | yes     |
    When the case is assessed
    Then the criterion "cartagena_situation" of "mx_cartagena" is "undetermined"
    And the missing facts of "mx_cartagena" include "disaster_consequences"
    And the outcome "refugee status" is not "eligible"

  # Issue 22, row 9: Conclusion III(3) asks whether a serious disturbance of public order exists, not what caused
  # it, so a breakdown after a disaster is read as the same breakdown from any other cause (UNHCR, Legal
  # considerations, 2020, paras 6 and 14, paragraph numbers UNCONFIRMED). It was held open before.
  Scenario: Public order broke down after the disaster: the situation element is met, as a breakdown from any cause would be
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value                    |
      | country_of_nationality         | HT                       |
      | outside_country_of_nationality | yes                      |
      | has_other_nationality          | no                       |
      | fled_country                   | yes                      |
      | threatened_interests           | life                     |
      | country_situations             | []                       |
      | threat_caused_by_situation     | yes                      |
      | displaced_by_disaster          | yes                      |
      | disaster_consequences          | public_order_disturbance |
    When the case is assessed
    Then the criterion "cartagena_situation" of "mx_cartagena" is "met"
    And the definition "mx_cartagena" is "met"
    And the definition "mx_vrh_disaster" is "undetermined"
    And the outcome "humanitarian pathway" is "more information is needed"

  Scenario: Brazil keeps only massive human rights violations: violence after a disaster does not reach its clause, aid denied to some people may
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                |
      | country_of_nationality         | HT                   |
      | outside_country_of_nationality | yes                  |
      | has_other_nationality          | no                   |
      | country_situations             | []                   |
      | displaced_by_disaster          | yes                  |
      | disaster_consequences          | generalized_violence |
    When the case is assessed
    Then the criterion "br_situation" of "br_cartagena" is "not met"

  Scenario: Brazil: aid or protection denied to some people after the disaster keeps its clause open
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value                          |
      | country_of_nationality         | HT                             |
      | outside_country_of_nationality | yes                            |
      | has_other_nationality          | no                             |
      | country_situations             | []                             |
      | displaced_by_disaster          | yes                            |
      | disaster_consequences          | massive_human_rights_violation |
    When the case is assessed
    Then the criterion "br_situation" of "br_cartagena" is "undetermined"

  Scenario: No disaster recorded: the situation element rests on the other answers, as before
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | GT    |
      | outside_country_of_nationality | yes   |
      | country_situations             | []    |
    When the case is assessed
    Then the criterion "cartagena_situation" of "mx_cartagena" is "not met"
    And the definition "mx_vrh_disaster" is "undetermined"

  Scenario: Ecuador's humanitarian visa for victims of natural or environmental disasters
    Given the jurisdiction "EC"
    And the facts:
      | fact                           | value                |
      | country_of_nationality         | HT                   |
      | outside_country_of_nationality | yes                  |
      | displaced_by_disaster          | yes                  |
      | disaster_kind                  | environmental_damage |
    When the case is assessed
    Then the definition "ec_humanitarian_visa" is "met"
    And the definition "ec_humanitarian_visa" cites "LOMH"
    And the outcome "humanitarian pathway" is "eligible"

  Scenario: Costa Rica's humanitarian category has no confirmed disaster ground: held open, never met
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | yes   |
      | displaced_by_disaster          | yes   |
    When the case is assessed
    Then the definition "cr_humanitarian_category" is "undetermined"
    And the outcome "humanitarian pathway" is "needs more information"

  Scenario: Panama's humanitarian residence is unregulated since 2018: held open, never met
    Given the jurisdiction "PA"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | yes   |
      | displaced_by_disaster          | yes   |
    When the case is assessed
    Then the definition "pa_humanitarian_residence" is "undetermined"

  Scenario: Argentina's programme for people displaced by disasters, when it covers the person's nationality
    Given the jurisdiction "AR"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | displaced_by_disaster                  | yes   |
      | humanitarian_programme_for_nationality | yes   |
    When the case is assessed
    Then the definition "ar_humanitarian_disaster_visa" is "met"
    And the definition "ar_humanitarian_disaster_visa" cites "891/2022"

  Scenario: Colombia: no humanitarian pathway is encoded, and the report says so
    Given the jurisdiction "CO"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | yes   |
      | displaced_by_disaster          | yes   |
    When the case is assessed
    Then the outcome "humanitarian pathway" is "not screened"

  Scenario: United States TPS only for a person already present on the date the designation requires
    Given the jurisdiction "US"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | humanitarian_programme_for_nationality | yes   |
      | in_country_on_programme_date           | no    |
    When the case is assessed
    Then the definition "us_tps" is "not met"
    And the outcome "humanitarian pathway" is "not eligible"

  Scenario: United States TPS for a national of a designated country present on that date
    Given the jurisdiction "US"
    And the facts:
      | fact                                   | value |
      | country_of_nationality                 | HT    |
      | outside_country_of_nationality         | yes   |
      | humanitarian_programme_for_nationality | yes   |
      | in_country_on_programme_date           | yes   |
    When the case is assessed
    Then the definition "us_tps" is "met"
    And the definition "us_tps" cites "§ 244"

  Scenario: Trafficking indicators for an adult in Peru: the Humanitarian status of D.Leg. 1350, and the referral
    Given the jurisdiction "PE"
    And the facts:
      | fact                   | value                                                   |
      | date_of_birth          | 1995-01-10                                              |
      | trafficking_indicators | recruited_or_moved_by_others, documents_taken, forced_work |
    When the case is assessed
    Then the definition "pe_humanitarian_status" is "met"
    And the referral "trafficking_indicators" is raised

  Scenario: Trafficking indicators for a child in Mexico (act and purpose, no means): humanitarian visitor as a crime victim and as a child
    Given the jurisdiction "MX"
    And the facts:
      | fact                   | value                                   |
      | date_of_birth          | 2011-03-01                              |
      | trafficking_indicators | recruited_or_moved_by_others, forced_sex |
    When the case is assessed
    Then the definition "mx_vrh_crime" is "met"
    And the definition "mx_vrh_child" is "met"
    And the referral "trafficking_indicators" is raised

  Scenario: Trafficking act and purpose without means for someone who was an adult when it began: no indicators, so the Nicaraguan trafficking visa is not met
    Given the jurisdiction "NI"
    And the facts:
      | fact                   | value                                    |
      | date_of_birth            | 1990-03-01                               |
      | trafficking_indicators   | recruited_or_moved_by_others, forced_sex |
      | trafficking_age_at_start | 30                                       |
    When the case is assessed
    Then the definition "ni_humanitarian_visa_trafficking" is "not met"
    And no referral is raised

  Scenario: An unaccompanied 15-year-old in Peru: the Humanitarian status, and the child referral
    Given the jurisdiction "PE"
    And the assessment date is "2026-11-26"
    And the facts:
      | fact                       | value      |
      | date_of_birth              | 2011-05-01 |
      | unaccompanied_or_separated | yes        |
    When the case is assessed
    Then the definition "pe_humanitarian_status" is "met"
    And the referral "unaccompanied_or_separated_child" is raised

  Scenario: A pathway never changes the overall result: without the disaster answers the results of refugee status and protection from return are the same
    Given the jurisdiction "EC"
    And the facts:
      | fact                           | value             |
      | country_of_nationality         | HT                |
      | outside_country_of_nationality | yes               |
      | has_other_nationality          | no                |
      | fears_return                   | no                |
      | harmed_before                  | no                |
      | threatened_before              | no                |
      | harm_feared                    | economic_hardship |
      | fled_country                   | yes               |
      | threatened_interests           | livelihood_only   |
      | country_situations             | []                |
      | risk_to_life_on_return         | no                |
      | risk_of_torture_on_return      | no                |
      | risk_of_cidt_on_return         | no                |
      | displaced_by_disaster          | yes               |
      | disaster_consequences          | []                |
    When the case is assessed
    Then the definition "ec_humanitarian_visa" is "met"
    And the outcome "refugee status" is "not eligible"
    And the overall result is "not eligible"
