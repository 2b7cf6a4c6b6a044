Feature: Training scenarios keep their correct outcome (training/*.yaml)
  Each scenario's correct outcome is the engine's result on its hidden facts; it is pinned here, so a
  rule change that moves it is noticed before trainees are scored against it.

  Scenario: A Venezuelan teacher in Brazil: Brazil's regional clause needs no personal threat
    Given the training scenario "venezuelan_teacher_brazil"
    When the case is assessed
    Then the overall result is "eligible"
    And the definition "br_cartagena" is "met"
    And the outcome "refugee status" is "eligible"
    And the outcome "protection from return" is "not eligible"
    And no referral is raised

  Scenario: Born in the Dominican Republic of Haitian parents, recognised by no State: stateless, and a refugee through former habitual residence
    Given the training scenario "dominican_haitian_descent_stateless"
    When the case is assessed
    Then the outcome "statelessness" is "eligible"
    And the definition "br_refugee" is "met"
    And the overall result is "eligible"

  Scenario: A former combatant in Ecuador: exclusion indicated for the authority, protection from return still open
    Given the training scenario "former_combatant_ecuador"
    When the case is assessed
    Then the exclusion "ec_exclusion" is "indicated"
    And the outcome "refugee status" is "needs more information"
    And the outcome "protection from return" is "needs more information"
    And the overall result is "needs more information"

  Scenario: A dual national in Peru whose other country would protect him: no refugee status; the humanitarian status is met
    Given the training scenario "dual_national_peru"
    When the case is assessed
    Then the definition "pe_refugee" is "not met"
    And the definition "pe_cartagena" is "not met"
    And the definition "pe_humanitarian_status" is "met"
    And the overall result is "not eligible"

  Scenario: A recognised refugee who re-availed himself of his country's protection: cessation indicated in Costa Rica, for the authority
    Given the training scenario "reavailed_refugee_costa_rica"
    When the case is assessed
    Then the exclusion "cr_cessation" is "indicated"
    And the definition "cr_refugee" is "met"
    And the outcome "refugee status" is "needs more information"
    And the overall result is "needs more information"

  Scenario: A Colombian victim of the armed conflict in Ecuador: the 1951 and the regional definitions
    Given the training scenario "colombian_conflict_victim_ecuador"
    When the case is assessed
    Then the definition "ec_refugee" is "met"
    And the definition "ec_cartagena" is "met"
    And the referral "single_parent_or_caregiver" is raised
    And the overall result is "eligible"

  Scenario: A Cuban dissident in Mexico: refugee status and complementary protection
    Given the training scenario "cuban_dissident_mexico"
    When the case is assessed
    Then the definition "mx_refugee" is "met"
    And the definition "mx_proteccion_complementaria" is "met"
    And the definition "mx_vrh_applicant" is "met"
    And the overall result is "eligible"

  Scenario: A Salvadoran still inside El Salvador: no refugee definition can be met
    Given the training scenario "salvadoran_in_own_country"
    When the case is assessed
    Then the definition "sv_refugee" is "not met"
    And the criterion "outside_country" of "sv_refugee" is "not met"
    And the overall result is "not eligible"

  Scenario: A Venezuelan in Colombia: the regional definition of Colombian law
    Given the training scenario "venezuelan_colombia"
    When the case is assessed
    Then the definition "co_cartagena" is "met"
    And the criterion "nexus" of "co_refugee" is "met"
    And the overall result is "eligible"

  Scenario: A Nicaraguan protester in Costa Rica (no regional clause): the 1951 definition and CAT, a torture survivor referral
    Given the training scenario "nicaraguan_protester_costa_rica"
    When the case is assessed
    Then the definition "cr_refugee" is "met"
    And the definition "cr_cat_article_3" is "met"
    And the referral "torture_survivor" is raised
    And the overall result is "eligible"

  Scenario: A Honduran woman fleeing gang sexual violence in Mexico: the 1951 definition, GBV and woman-at-risk referrals
    Given the training scenario "honduran_woman_mexico"
    When the case is assessed
    Then the definition "mx_refugee" is "met"
    And the referral "sgbv_survivor" is raised
    And the referral "woman_at_risk" is raised
    And the overall result is "eligible"

  Scenario: An unaccompanied Guatemalan boy in Mexico: child referrals and the humanitarian visitor status for a migrant child
    Given the training scenario "guatemalan_boy_alone_mexico"
    When the case is assessed
    Then the referral "child_applicant" is raised
    And the referral "unaccompanied_or_separated_child" is raised
    And the definition "mx_vrh_child" is "met"
    And the definition "mx_refugee" is "met"
    And the overall result is "eligible"

  Scenario: A Haitian fleeing gang violence in Mexico: the regional definition, not the 1951 one
    Given the training scenario "haitian_gang_violence_mexico"
    When the case is assessed
    Then the definition "mx_cartagena" is "met"
    And the definition "mx_refugee" is "not met"
    And the overall result is "eligible"

  Scenario: A Haitian displaced by the 2021 earthquake in Brazil: no refugee status on the disaster alone; the humanitarian visa is open
    Given the training scenario "haitian_earthquake_brazil"
    When the case is assessed
    Then the outcome "refugee status" is "not eligible"
    And the definition "br_humanitarian_visa" is "undetermined"
    And the overall result is "not eligible"

  Scenario: A woman who crossed the Darién, screened in Panama: the harms on the route raise referrals, not the result
    Given the training scenario "darien_crossing_panama"
    When the case is assessed
    Then the referral "harms_on_route" is raised
    And the referral "sgbv_survivor" is raised
    And the definition "pa_refugee" is "met"
    And the overall result is "eligible"
