Feature: Clauses raised only on indication, and refugee status reported apart from protection from return
  The claim must show the inclusion elements; exclusion (Art. 1D, 1E, 1F and national grounds),
  cessation (Art. 1C) and the internal flight alternative are raised by the decision-maker when
  something points to them (UNHCR GIP No. 5, No. 3, No. 4; the burdens are partly UNCONFIRMED in
  the team's reference). A case silent on them is not "undetermined": each such clause is "not
  raised" and listed as an open check to examine before filing. An answer raises it, "don't know"
  and "prefer not to say" included.

  Scenario Outline: A Convention refugee whose file says nothing about another nationality, crimes, cessation or internal flight is eligible, with open checks, in <country>
    Given the jurisdiction "<country>"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | fears_return                   | yes                     |
      | harmed_before                  | yes                     |
      | harm_feared                    | detention_or_kidnapping |
      | characteristics                | political_opinion       |
      | reasons_for_harm               | political_opinion       |
      | ground_was_central_reason      | yes                     |
      | persecutors                    | state_authorities       |
    When the case is assessed
    Then the overall result is "eligible"
    And the outcome "refugee_status" is "eligible"
    And the open checks include "no_protection_of_other_nationality, excl_1fa_international_crimes, excl_1fb_serious_nonpolitical_crime, cess_1c1_reavailment"
    And the open checks do not include "no_internal_flight_alternative"

    Examples:
      | country |
      | AR      |
      | BO      |
      | BR      |
      | BZ      |
      | CL      |
      | CO      |
      | CR      |
      | DO      |
      | EC      |
      | GT      |
      | HN      |
      | MX      |
      | NI      |
      | PA      |
      | PE      |
      | PY      |
      | SV      |
      | US      |
      | UY      |
      | VE      |

  Scenario: Exclusion nobody raised does not hold the result open, and is named as an open check
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | has_other_nationality          | no                      |
      | fears_return                   | yes                     |
      | threatened_before              | yes                     |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | religion                |
      | reasons_for_harm               | religion                |
      | persecutors                    | state_authorities       |
      | recognised_refugee             | no                      |
    When the case is assessed
    Then the definition "mx_refugee" is "met"
    And the exclusion "mx_exclusion" is "not raised"
    And the criterion "excl_1fa_international_crimes" of "mx_exclusion" is "not raised"
    And the exclusion "mx_cessation" is "does not apply"
    And the outcome "refugee_status" is "eligible"
    And the open checks include "excl_1d_un_agency_protection, excl_1e_rights_of_national, excl_1fc_un_purposes"
    And the open checks do not include "cess_1c1_reavailment"

  Scenario: "Don't know" to an exclusion question is no indication: the same result as silence, and the check comes first, marked
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | has_other_nationality          | no                      |
      | fears_return                   | yes                     |
      | threatened_before              | yes                     |
      | harm_feared                    | threats_to_life_or_freedom |
      | characteristics                | religion                |
      | reasons_for_harm               | religion                |
      | persecutors                    | state_authorities       |
      | international_crimes           | unknown                 |
    When the case is assessed
    Then the criterion "excl_1fa_international_crimes" of "mx_exclusion" is "not raised"
    And the exclusion "mx_exclusion" is "not raised"
    And the outcome "refugee_status" is "eligible"
    And the first open check is "excl_1fa_international_crimes", marked "unknown"

  Scenario: Una respuesta parcial sobre un delito grave plantea la exclusión y la deja abierta
    Given the jurisdiction "CR"
    And the facts:
      | fact                           | value |
      | committed_serious_crime        | yes   |
    When the case is assessed
    Then the criterion "excl_1fb_serious_nonpolitical_crime" of "cr_exclusion" is "undetermined"
    And the missing facts of "cr_exclusion" include "crime_was_political, crime_before_arrival"
    And the open checks include "excl_1fa_international_crimes"

  Scenario: Cessation is raised by an answer about refugee status already held, never by "prefer not to say"
    Given the jurisdiction "BR"
    And the facts:
      | fact               | value    |
      | recognised_refugee | declined |
    When the case is assessed
    Then the criterion "cess_1c1_reavailment" of "br_cessation" is "not raised"
    And the first open check is "cess_1c1_reavailment", marked "declined"

  Scenario: A recognised refugee's answer raises cessation, which then needs its own questions
    Given the jurisdiction "BR"
    And the facts:
      | fact               | value |
      | recognised_refugee | yes   |
    When the case is assessed
    Then the criterion "cess_1c1_reavailment" of "br_cessation" is "undetermined"
    And the missing facts of "br_cessation" include "reavailed_protection_voluntarily"

  Scenario: Internal flight is raised once a place is put forward, and then needs its reasonableness
    Given the jurisdiction "CO"
    And the facts:
      | fact                           | value                   |
      | persecutors                    | gang_or_organised_crime |
      | safe_area_reachable            | yes                     |
    When the case is assessed
    Then the criterion "no_internal_flight_alternative" of "co_refugee" is "undetermined"
    And the missing facts of "co_refugee" include "relocation_reasonable"
    And the open checks do not include "no_internal_flight_alternative"

  Scenario: "Don't know" whether a safe place exists identifies no area: the internal flight alternative is not raised
    Given the jurisdiction "CO"
    And the facts:
      | fact                           | value                   |
      | persecutors                    | gang_or_organised_crime |
      | safe_area_reachable            | unknown                 |
    When the case is assessed
    Then the criterion "no_internal_flight_alternative" of "co_refugee" is "not raised"
    And the first open check is "no_internal_flight_alternative", marked "unknown"

  Scenario: Where the State persecutes, there is no internal flight alternative, whether or not anyone raised it
    Given the jurisdiction "CO"
    And the facts:
      | fact                           | value             |
      | persecutors                    | state_authorities |
    When the case is assessed
    Then the criterion "no_internal_flight_alternative" of "co_refugee" is "met"
    And the open checks do not include "no_internal_flight_alternative"

  Scenario: Exclusion indicated while the risk of torture is open: refugee status is for the authority, protection from return needs more information
    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | has_other_nationality          | no                      |
      | fears_return                   | yes                     |
      | harmed_before                  | yes                     |
      | harm_feared                    | torture_or_ill_treatment |
      | characteristics                | political_opinion       |
      | reasons_for_harm               | political_opinion       |
      | persecutors                    | state_authorities       |
      | international_crimes           | yes                     |
      | risk_of_torture_on_return      | unknown                 |
    When the case is assessed
    Then the definition "mx_refugee" is "met"
    And the exclusion "mx_exclusion" is "indicated"
    And the outcome "refugee_status" is "needs more information"
    And the outcome "complementary_protection" is "needs more information"
    And the overall result is "needs more information"

  Scenario Outline: Silent on internal flight with a non-State persecutor the State does not stop, a refugee is eligible in <country>, the internal flight alternative an open check
    Given the jurisdiction "<country>"
    And the facts:
      | fact                           | value                   |
      | outside_country_of_nationality | yes                     |
      | fears_return                   | yes                     |
      | harmed_before                  | yes                     |
      | harm_feared                    | detention_or_kidnapping |
      | characteristics                | political_opinion       |
      | reasons_for_harm               | political_opinion       |
      | ground_was_central_reason      | yes                     |
      | persecutors                    | armed_group             |
      | state_would_protect            | no                      |
      | officials_acquiesce            | yes                     |
    When the case is assessed
    Then the overall result is "eligible"
    And the outcome "refugee_status" is "eligible"
    And the open checks include "no_protection_of_other_nationality, no_internal_flight_alternative, excl_1fa_international_crimes, cess_1c1_reavailment"

    Examples:
      | country |
      | AR      |
      | BO      |
      | BR      |
      | BZ      |
      | CL      |
      | CO      |
      | CR      |
      | DO      |
      | EC      |
      | GT      |
      | HN      |
      | MX      |
      | NI      |
      | PA      |
      | PE      |
      | PY      |
      | SV      |
      | US      |
      | UY      |
      | VE      |
