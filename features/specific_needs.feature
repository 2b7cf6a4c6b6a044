Feature: Specific needs and referral (rules/specific_needs.yaml), never part of the result
  A specific need (a child, a survivor, trafficking indicators, a harm on the route) raises a referral
  flag with the referral it calls for and the safeguards for the interview; it never changes an
  eligibility result. The UNHCR specific-needs code list is UNCONFIRMED in our reference.

  Background:
    Given the jurisdiction "MX"

  Scenario: An unaccompanied 15-year-old: child protection referral, a guardian at the interview, Mexico's art. 112
    Given the facts:
      | fact                           | value      |
      | country_of_nationality         | HN         |
      | date_of_birth                  | 2011-05-01 |
      | unaccompanied_or_separated     | yes        |
      | outside_country_of_nationality | yes        |
      | fears_return                   | yes        |
    When the case is assessed
    Then the referral "unaccompanied_or_separated_child" is raised
    And the referral "child_applicant" is raised
    And the referral "unaccompanied_or_separated_child" says "guardian or legal representative present"
    And the referral "unaccompanied_or_separated_child" says "Best Interests Assessment"
    And the referral "unaccompanied_or_separated_child" cites "Ley de Migración, art. 112"
    And the referral "unaccompanied_or_separated_child" cites "Best Interests Procedure Guidelines"
    And the referral "unaccompanied_or_separated_child" cites "Standardized Specific Needs Codes"
    And without the facts "unaccompanied_or_separated, date_of_birth" the result is the same

  Scenario: The same answers from an adult raise no child referral
    Given the facts:
      | fact                       | value      |
      | date_of_birth              | 1990-05-01 |
      | unaccompanied_or_separated | yes        |
    When the case is assessed
    Then the referral "unaccompanied_or_separated_child" is not raised
    And the referral "child_applicant" is not raised

  Scenario: A 15-year-old travelling with a parent: a child, not unaccompanied
    Given the facts:
      | fact                       | value      |
      | date_of_birth              | 2011-05-01 |
      | unaccompanied_or_separated | no         |
    When the case is assessed
    Then the referral "child_applicant" is raised
    And the referral "child_applicant" says "parent, guardian or legal representative should be present"
    And the referral "unaccompanied_or_separated_child" is not raised

  Scenario: Trafficking indicators for an adult: act, means and purpose (Palermo Protocol Art. 3)
    Given the facts:
      | fact                   | value                                                          |
      | date_of_birth          | 1995-02-10                                                     |
      | trafficking_indicators | recruited_or_moved_by_others, deceived_about_work, forced_work |
    When the case is assessed
    Then the referral "trafficking_indicators" is raised
    And the referral "trafficking_indicators" cites "Palermo Protocol), Art. 3"
    And the referral "trafficking_indicators" says "anti-trafficking authority"
    And the referral "trafficking_indicators" says "Keep the asylum claim open"

  Scenario: An adult recruited and made to work against their will, no other means ticked: forced labour is itself coercion (ILO C29 Art. 2(1))
    Given the facts:
      | fact                   | value                                     |
      | date_of_birth          | 1995-02-10                                |
      | trafficking_indicators | recruited_or_moved_by_others, forced_work |
    When the case is assessed
    Then the referral "trafficking_indicators" is raised
    And the referral "trafficking_indicators" cites "Forced Labour Convention, 1930 (No. 29), Art. 2(1)"

  Scenario: A 19-year-old trafficked at 16: a child is judged by the age when it happened (Palermo Art. 3(d)), so act and purpose suffice
    Given the assessment date is "2026-11-26"
    And the facts:
      | fact                     | value                                    |
      | date_of_birth            | 2007-06-01                               |
      | trafficking_indicators   | recruited_or_moved_by_others, forced_sex |
      | trafficking_age_at_start | 16                                       |
    When the case is assessed
    Then the referral "trafficking_indicators" is raised
    And the referral "possible_trafficking" is not raised
    And the referral "child_applicant" is not raised

  Scenario: The same 19-year-old without the age when it began: possible trafficking, refer and ask when it happened
    Given the assessment date is "2026-11-26"
    And the facts:
      | fact                   | value                                    |
      | date_of_birth          | 2007-06-01                               |
      | trafficking_indicators | recruited_or_moved_by_others, forced_sex |
    When the case is assessed
    Then the referral "possible_trafficking" is raised
    And the referral "possible_trafficking" says "how old the person was when it began"
    And the referral "possible_trafficking" cites "Palermo Protocol), Art. 3"
    And the referral "trafficking_indicators" is not raised

  Scenario: Age unknown, an act and a purpose: the test is undetermined, and indicators alone call for a referral
    Given the facts:
      | fact                     | value                                    |
      | trafficking_indicators   | recruited_or_moved_by_others, forced_sex |
      | trafficking_age_at_start | unknown                                  |
    When the case is assessed
    Then the referral "possible_trafficking" is raised
    And the referral "trafficking_indicators" is not raised

  Scenario: An adult when it began, an act and a purpose but no means: neither trafficking referral
    Given the facts:
      | fact                     | value                                    |
      | trafficking_indicators   | recruited_or_moved_by_others, forced_sex |
      | trafficking_age_at_start | 25                                       |
    When the case is assessed
    Then the referral "trafficking_indicators" is not raised
    And the referral "possible_trafficking" is not raised

  Scenario: Means shown: the trafficking referral itself, not the "possible" one, whatever the age
    Given the facts:
      | fact                   | value                                                        |
      | trafficking_indicators | recruited_or_moved_by_others, documents_taken, forced_sex |
    When the case is assessed
    Then the referral "trafficking_indicators" is raised
    And the referral "possible_trafficking" is not raised

  Scenario: Trafficking indicators for a child: act and purpose suffice
    Given the facts:
      | fact                   | value                                    |
      | date_of_birth          | 2010-08-20                               |
      | trafficking_indicators | recruited_or_moved_by_others, forced_sex |
    When the case is assessed
    Then the referral "trafficking_indicators" is raised
    And the referral "child_applicant" is raised

  Scenario: Survivor of torture: medical and psychological care, no re-telling in detail
    Given the facts:
      | fact                | value |
      | survivor_of_torture | yes   |
    When the case is assessed
    Then the referral "torture_survivor" is raised
    And the referral "torture_survivor" says "Istanbul Protocol"
    And the referral "torture_survivor" says "retell the torture in detail"

  Scenario: Survivor of sexual violence: GBV case management, clinical care within 72 hours, gender of interviewer
    Given the facts:
      | fact                        | value |
      | survivor_of_sexual_violence | yes   |
    When the case is assessed
    Then the referral "sgbv_survivor" is raised
    And the referral "sgbv_survivor" says "within 72 hours"
    And the referral "sgbv_survivor" says "interpreter of the gender the person prefers"
    And the referral "sgbv_survivor" says "Never ask for details"

  Scenario: LGBTIQ+ at risk: safe shelter and a specialised interviewer
    Given the facts:
      | fact           | value |
      | lgbtiq_at_risk | yes   |
    When the case is assessed
    Then the referral "lgbtiq_at_risk" is raised
    And the referral "lgbtiq_at_risk" says "Safe shelter"

  Scenario: Pregnancy, a serious illness, a disability, an older person alone, a single parent
    Given the facts:
      | fact                       | value |
      | pregnant_or_breastfeeding  | yes   |
      | serious_medical_condition  | yes   |
      | disability                 | yes   |
      | older_person_at_risk       | yes   |
      | single_parent_or_caregiver | yes   |
    When the case is assessed
    Then the referral "pregnant_or_lactating" is raised
    And the referral "serious_medical_condition" is raised
    And the referral "disability" is raised
    And the referral "older_person_at_risk" is raised
    And the referral "single_parent_or_caregiver" is raised
    And the referral "disability" says "reasonable accommodation"

  Scenario: "Don't know" and "prefer not to say" raise nothing and are never read as no
    Given the facts:
      | fact                        | value   |
      | survivor_of_sexual_violence | declined |
      | survivor_of_torture         | unknown |
      | route_harms                 | declined |
    When the case is assessed
    Then no referral is raised

  Scenario: A woman eligible as a refugee who is also a survivor of torture and sexual violence: the result is unchanged
    Given the facts:
      | fact                                    | value                                          |
      | outside_country_of_nationality          | yes                                            |
      | has_other_nationality                   | no                                             |
      | fears_return                            | yes                                            |
      | harmed_before                           | yes                                            |
      | harm_feared                             | threats_to_life_or_freedom, sexual_or_gender_based_violence |
      | characteristics                         | gender                                         |
      | reasons_for_harm                        | gender, criminal_gain                          |
      | persecutors                             | gang_or_organised_crime                        |
      | state_would_protect                     | no                                             |
      | safe_area_reachable                     | no                                             |
      | receiving_un_agency_protection          | no                                             |
      | rights_of_national_in_residence_country | no                                             |
      | international_crimes                    | no                                             |
      | committed_serious_crime                 | no                                             |
      | acts_contrary_to_un_purposes            | no                                             |
      | date_of_entry                           | 2025-03-03                                     |
      | asylum_application_filed                | yes                                            |
      | date_of_application                     | 2025-05-19                                     |
      | recognised_refugee                      | no                                             |
      | survivor_of_sexual_violence             | yes                                            |
      | survivor_of_torture                     | yes                                            |
    When the case is assessed
    Then the overall result is "eligible"
    And the referral "sgbv_survivor" is raised
    And the referral "torture_survivor" is raised
    And without the facts "survivor_of_sexual_violence, survivor_of_torture" the result is the same

  Scenario: A 16-year-old who suffered forced recruitment on the route: child protection, and a claim to examine
    Given the facts:
      | fact          | value              |
      | date_of_birth | 2010-04-02         |
      | route_harms   | forced_recruitment |
    When the case is assessed
    Then the referral "child_forced_recruitment" is raised
    And the referral "harms_on_route" is raised
    And the referral "child_forced_recruitment" says "particular social group"

  Scenario: A 16-year-old an armed group tried to recruit at home at 14: a child at risk of forced recruitment, though nothing happened on the route
    Given the facts:
      | fact                           | value                                 |
      | country_of_nationality         | CO                                    |
      | date_of_birth                  | 2010-04-02                            |
      | outside_country_of_nationality | yes                                   |
      | threatened_before              | yes                                   |
      | persecutors                    | armed_group                           |
      | harm_feared                    | forced_recruitment, physical_violence |
      | route_harms                    | []                                    |
    When the case is assessed
    Then the referral "child_forced_recruitment" is raised
    And the referral "child_forced_recruitment" cites "Involvement of Children in Armed Conflict, Art. 4(1)"
    And the referral "child_forced_recruitment" says "Child protection at once"
    And the referral "harms_on_route" is not raised

  Scenario: An adult who fears forced recruitment at home raises no child referral
    Given the facts:
      | fact          | value              |
      | date_of_birth | 1990-04-02         |
      | harm_feared   | forced_recruitment |
    When the case is assessed
    Then the referral "child_forced_recruitment" is not raised

  Scenario: A woman assaulted on the route is a woman at risk: safe accommodation and a woman interviewer
    Given the jurisdiction "PA"
    And the facts:
      | fact          | value           |
      | woman_or_girl | yes             |
      | route_harms   | sexual_violence |
    When the case is assessed
    Then the referral "woman_at_risk" is raised
    And the referral "woman_at_risk" says "Safe accommodation"
    And the referral "woman_at_risk" says "woman interviewer"
    And the referral "sgbv_survivor" is raised

  Scenario: A woman beaten for years by her partner, the State failing her because she is a woman: intimate-partner violence is gender-based violence
    Given the facts:
      | fact                           | value                                        |
      | woman_or_girl                  | yes                                          |
      | outside_country_of_nationality | yes                                          |
      | fears_return                   | yes                                          |
      | harmed_before                  | yes                                          |
      | persecutors                    | family_or_partner                            |
      | harm_feared                    | physical_violence, threats_to_life_or_freedom |
      | state_would_protect            | no                                           |
      | reasons_state_fails_to_protect | gender                                       |
    When the case is assessed
    Then the referral "sgbv_survivor" is raised
    And the referral "sgbv_survivor" says "partner or family member"
    And the referral "sgbv_survivor" cites "Policy on the Prevention of, Risk Mitigation and Response to Gender-based Violence"
    And without the facts "persecutors, harm_feared" the result is the same

  Scenario: Violence feared from a gang, not from a partner or the family, is not by that alone a gender-based violence referral
    Given the facts:
      | fact         | value                           |
      | persecutors  | gang_or_organised_crime         |
      | harm_feared  | physical_violence               |
    When the case is assessed
    Then the referral "sgbv_survivor" is not raised

  Scenario: A man who suffered sexual violence gets the GBV referral, not the woman-at-risk one
    Given the jurisdiction "PA"
    And the facts:
      | fact                        | value |
      | woman_or_girl               | no    |
      | survivor_of_sexual_violence | yes   |
    When the case is assessed
    Then the referral "sgbv_survivor" is raised
    And the referral "woman_at_risk" is not raised

  Scenario: "Prefer not to say" to the question on gender raises no woman-at-risk referral, and is never read as "no"
    Given the jurisdiction "PA"
    And the facts:
      | fact                        | value    |
      | woman_or_girl               | declined |
      | survivor_of_sexual_violence | yes      |
    When the case is assessed
    Then the referral "woman_at_risk" is not raised
    And the referral "sgbv_survivor" is raised
