Feature: Art. 1D, second paragraph: UN agency protection or assistance that has ceased
  A person whose UNRWA protection or assistance "has ceased for any reason" is ipso facto entitled to the
  benefits of the Convention (1951 Art. 1D, second paragraph; UNHCR GIP No. 13, 2017; CJEU El Kott, C-364/11):
  no separate Art. 1A(2) ground is needed. It ceases for reasons beyond the person's control; leaving the
  agency's area by choice is not enough. A person still receiving it falls under the first paragraph.

  Scenario Outline: A Palestinian whose UNRWA assistance ceased when a conflict forced them out, with no 1A(2) ground, is eligible in <country>
    Given the jurisdiction "<country>"
    And the facts:
      | fact                                    | value                            |
      | outside_country_of_nationality          | yes                              |
      | stateless                               | yes                              |
      | fears_return                            | yes                              |
      | harm_feared                             | threats_to_life_or_freedom       |
      | persecutors                             | armed_group                      |
      | characteristics                         | []                               |
      | reasons_for_harm                        | indiscriminate_violence          |
      | registered_with_un_agency               | yes                              |
      | receiving_un_agency_protection          | no                               |
      | un_agency_assistance_ceased_because     | threat_to_life_safety_or_freedom |
      | rights_of_national_in_residence_country | no                               |
      | international_crimes                    | no                               |
      | committed_serious_crime                 | no                               |
      | acts_contrary_to_un_purposes            | no                               |
    When the case is assessed
    Then the definition "<refugee>" is "not met"
    And the criterion "art1d_protection_ceased_beyond_control" of "<art1d>" is "met"
    And the definition "<art1d>" is "met"
    And the outcome "refugee_status" is "eligible"
    And the overall result is "eligible"
    And the definition "<art1d>" cites "Art. 1D, second paragraph"
    And the criterion "art1d_protection_ceased_beyond_control" of "<art1d>" cites "C-364/11"

    Examples:
      | country | refugee    | art1d     |
      | CR      | cr_refugee | cr_art1d  |

  Scenario: In the United States, whose INA does not restate Art. 1D, the same person's route is held open: never concluded, never "not eligible"
    Given the jurisdiction "US"
    And the facts:
      | fact                                    | value                            |
      | outside_country_of_nationality          | yes                              |
      | stateless                               | yes                              |
      | fears_return                            | yes                              |
      | harm_feared                             | threats_to_life_or_freedom       |
      | persecutors                             | armed_group                      |
      | characteristics                         | []                               |
      | reasons_for_harm                        | indiscriminate_violence          |
      | registered_with_un_agency               | yes                              |
      | receiving_un_agency_protection          | no                               |
      | un_agency_assistance_ceased_because     | threat_to_life_safety_or_freedom |
      | rights_of_national_in_residence_country | no                               |
      | international_crimes                    | no                               |
      | committed_serious_crime                 | no                               |
      | acts_contrary_to_un_purposes            | no                               |
    When the case is assessed
    Then the definition "us_refugee" is "not met"
    And the criterion "art1d_protection_ceased_beyond_control" of "us_art1d" is "met"
    And the definition "us_art1d" is "undetermined"
    And the outcome "refugee_status" is "needs more information"
    And the outcome "refugee_status" is not "not eligible"

  Scenario: A Palestinian still receiving UNRWA assistance falls under the first paragraph: excluded, a plain fact
    Given the jurisdiction "CR"
    And the facts:
      | fact                                | value                            |
      | registered_with_un_agency           | yes                              |
      | receiving_un_agency_protection      | yes                              |
      | un_agency_assistance_ceased_because | []                               |
    When the case is assessed
    Then the definition "cr_art1d" is "not met"
    And the exclusion "cr_exclusion" is "applies"
    And the outcome "refugee_status" is "not eligible"

  Scenario: Leaving UNRWA's area by choice, with a safe return open, is not a cessation under the second paragraph
    Given the jurisdiction "CR"
    And the facts:
      | fact                                    | value                   |
      | outside_country_of_nationality          | yes                     |
      | stateless                               | no                      |
      | has_other_nationality                   | no                      |
      | fears_return                            | no                      |
      | harm_feared                             | []                      |
      | characteristics                         | []                      |
      | reasons_for_harm                        | []                      |
      | registered_with_un_agency               | yes                     |
      | receiving_un_agency_protection          | no                      |
      | un_agency_assistance_ceased_because     | left_by_own_choice      |
      | risk_of_torture_on_return               | no                      |
    When the case is assessed
    Then the criterion "art1d_protection_ceased_beyond_control" of "cr_art1d" is "not met"
    And the definition "cr_art1d" is "not met"
    And the outcome "refugee_status" is "not eligible"

  Scenario: A file silent on UN agency protection leaves the Art. 1D route not raised, never holding a result open
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value |
      | outside_country_of_nationality | no    |
      | stateless                      | no    |
    When the case is assessed
    Then the criterion "art1d_under_un_agency_protection" of "cr_art1d" is "not raised"
    And the definition "cr_art1d" is "not met"
    And the outcome "refugee_status" is "not eligible"
