Feature: Country-of-origin guidance for the region's main nationalities (issue 27)
  UNHCR's eligibility guidelines, guidance notes and positions on returns, and national findings, are
  offered beside the results with their date, the profiles they name at risk and the situations of the
  regional definition they describe: for the adviser to check and record, never an answer for the
  person. Guidance older than the threshold its file sets (36 months) is marked possibly out of date;
  guidance published after the assessment date is not offered. The assessment date is 23 November 2026.

  Scenario: A Honduran woman threatened by a gang in Mexico: UNHCR's 2016 guidelines, marked as old
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value            |
      | country_of_nationality         | HN               |
      | outside_country_of_nationality | yes              |
      | persecutors                    | gang_or_organised_crime |
    When the case is assessed
    Then the origin guidance includes "HCR/EG/HND/16/03"
    And the origin guidance includes "https://docslib.org/doc/13078375"
    And the origin guidance dated "2016-07-27" is "possibly out of date"
    And the overall result is "more information is needed"

  Scenario: Haiti: the profiles UNHCR names at risk, and its 2024 considerations still current at 32 months
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the origin guidance names the profile "journalists"
    And the origin guidance names the profile "people targeted by gangs"
    And the origin guidance dated "2024-03-20" is "current"
    And the origin guidance dated "2022-11-03" is "possibly out of date"

  Scenario: Guidance published after the assessment date is not offered
    Given the jurisdiction "BR"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | yes   |
    And the assessment date is "2023-06-01"
    When the case is assessed
    Then the origin guidance includes "2022-11-03"
    And the origin guidance does not include "2024-03-20"

  Scenario: Colombia: the September 2015 eligibility guidelines and the profiles of the earlier ones
    Given the jurisdiction "EC"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | CO    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the origin guidance includes "HCR/EG/COL/15/01"
    And the origin guidance names the profile "trade union leaders"

  Scenario: El Salvador: the profiles UNHCR says face great danger if deported
    Given the jurisdiction "GT"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | SV    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the origin guidance includes "HCR/EG/SLV/16/01"
    And the origin guidance names the profile "unaccompanied and separated children"

  Scenario: Guatemala: the guidelines of January 2018, their symbol now read on a copy's cover
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | GT    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the origin guidance includes "HCR/EG/GTM/18/01"
    And the origin guidance includes "https://docslib.org/doc/7681625"

  Scenario: Nicaragua: political opinion, real or imputed, and UNHCR's word on returns
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | NI    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the origin guidance names the profile "real or imputed political opinion"
    And the origin guidance includes "returns to Nicaragua"

  Scenario: Cuba: Costa Rica's 2020 complementary protection category, a national measure
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | CU    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then the origin guidance includes "DJUR-0164-10-2020"
    And the origin guidance names the profile "Cuban nationals"

  Scenario: Ecuador: no guidance is recorded, and none is invented
    Given the jurisdiction "PE"
    And the facts:
      | fact                           | value |
      | country_of_nationality         | EC    |
      | outside_country_of_nationality | yes   |
    When the case is assessed
    Then there is no origin guidance
