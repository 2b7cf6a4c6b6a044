Feature: National rules on referral, where our reference confirms them
  Mexico (Ley de Migración art. 112), Argentina (DNM Disposición 3328/2015), Belize (Department of Human
  Services) for unaccompanied or separated children; Colombia (Ley 2136 art. 73, Decreto 1069/2014) for
  victims of trafficking. Elsewhere the referral stands on international guidance alone.

  Scenario: Argentina: the protocol for unaccompanied or separated asylum-seeking children
    Given the jurisdiction "AR"
    And the facts:
      | fact                       | value      |
      | date_of_birth              | 2011-05-01 |
      | unaccompanied_or_separated | yes        |
    When the case is assessed
    Then the referral "unaccompanied_or_separated_child" is raised
    And the referral "unaccompanied_or_separated_child" cites "Disposición 3328/2015"
    And the referral "unaccompanied_or_separated_child" says "Protocol for unaccompanied or separated"

  Scenario: Belize: unaccompanied or separated children go to the Department of Human Services
    Given the jurisdiction "BZ"
    And the facts:
      | fact                       | value      |
      | date_of_birth              | 2011-05-01 |
      | unaccompanied_or_separated | yes        |
    When the case is assessed
    Then the referral "unaccompanied_or_separated_child" is raised
    And the referral "unaccompanied_or_separated_child" says "Department of Human Services"

  Scenario: Colombia: trafficking indicators name the national assistance to victims, and keep the Palermo note
    Given the jurisdiction "CO"
    And the facts:
      | fact                   | value                                                        |
      | date_of_birth          | 1999-05-01                                                   |
      | trafficking_indicators | recruited_or_moved_by_others, documents_taken, forced_work   |
    When the case is assessed
    Then the referral "trafficking_indicators" is raised
    And the referral "trafficking_indicators" cites "Ley 2136 (Política Integral Migratoria), art. 73"
    And the referral "trafficking_indicators" cites "Decreto 1069"
    And the referral "trafficking_indicators" says "toolkit's reading of Art. 3"

  Scenario: Panama: a child alone is referred on international guidance, with no national rule encoded
    Given the jurisdiction "PA"
    And the facts:
      | fact                       | value      |
      | date_of_birth              | 2011-05-01 |
      | unaccompanied_or_separated | yes        |
    When the case is assessed
    Then the referral "unaccompanied_or_separated_child" is raised
    And the referral "unaccompanied_or_separated_child" cites "Best Interests Procedure Guidelines"
