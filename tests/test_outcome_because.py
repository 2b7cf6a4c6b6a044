"""What refugee status's `because` names: every exclusion or cessation set that is not plainly not met.

A mutation test found this unchecked: keeping only the sets that apply (`== "met"`) silently dropped a set
still open (indicated, for the authority) and a set nothing raised (an open check before filing), and the
summary line then read as if nothing stood between the person and refugee status.
"""

from __future__ import annotations

import datetime as dt

import pytest

from screening.assess.screener import Screener
from screening.law.load import load_library
from screening.models.case import Case

AS_OF = dt.date(2026, 3, 2)
# a Honduran woman persecuted for her gender by a gang the police will not stop (examples/honduran-woman-mexico)
MET = {"country_of_nationality": "HN", "outside_country_of_nationality": True, "has_other_nationality": False,
       "fears_return": True, "harmed_before": True, "harm_feared": ["sexual_or_gender_based_violence"],
       "persecutors": ["gang_or_organised_crime"], "characteristics": ["gender"], "reasons_for_harm": ["gender"],
       "state_would_protect": False, "safe_area_reachable": False, "recognised_refugee": False}
NO_BARS = {"receiving_un_agency_protection": False, "rights_of_national_in_residence_country": False,
           "international_crimes": False, "committed_serious_crime": False, "acts_contrary_to_un_purposes": False}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(load_library())


def _because(screener: Screener, known: dict) -> dict[str, str]:
    a = screener.assess(Case(known=known), "MX", AS_OF)
    return {r.id: r.status for r in a.outcomes["refugee_status"].because}


def test_a_bar_nothing_raised_is_named(screener):
    because = _because(screener, MET)  # no exclusion question asked: nothing points to exclusion
    assert because.get("mx_refugee") == "met"
    assert because.get("mx_exclusion") == "not_raised"


def test_an_indicated_bar_is_named(screener):
    because = _because(screener, {**MET, **NO_BARS, "international_crimes": True})
    assert because.get("mx_exclusion") == "undetermined"


def test_a_bar_plainly_not_met_is_not_named(screener):
    because = _because(screener, {**MET, **NO_BARS})
    assert because.get("mx_refugee") == "met"
    assert "mx_exclusion" not in because
