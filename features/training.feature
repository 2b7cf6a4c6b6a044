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
