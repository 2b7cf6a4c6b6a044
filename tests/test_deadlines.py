"""Filing periods as dates, and warnings about the input itself."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.assess.screener import Screener
from screening.law.load import load_library
from screening.models.case import Case


@pytest.fixture(scope="module")
def shipped() -> Screener:
    return Screener(load_library())


def _deadline(screener, country, as_of, **known):
    a = screener.assess(Case(known=known), country, as_of)
    return a.deadlines[0] if a.deadlines else None, a


def test_working_days_deadline_is_the_last_day_the_flag_stays_down(shipped):
    # Mexico, LRPCAP art. 18: 30 working days from the day after entry, without Monday 17 March 2025
    # (LFPA art. 28); the features check that a claim on 15 April 2025 is in time and one on 16 April is late.
    d, a = _deadline(shipped, "MX", dt.date(2025, 4, 1), date_of_entry=dt.date(2025, 3, 3),
                     asylum_application_filed=False)
    assert (d.due, d.unit, d.period, d.days_left, d.status) == ("2025-04-15", "working_days", 30, 14, "open")
    assert any("art. 18" in c.label for c in d.citations)
    assert any("Procedimiento Administrativo (LFPA), art. 28" in c.label for c in d.citations)
    late, _ = _deadline(shipped, "MX", dt.date(2026, 1, 1), date_of_entry=dt.date(2025, 3, 3),
                        asylum_application_filed=True, date_of_application=dt.date(2025, 4, 16))
    assert late.status == "filed_late" and late.filed_on == "2025-04-16"
    ok, _ = _deadline(shipped, "MX", dt.date(2026, 1, 1), date_of_entry=dt.date(2025, 3, 3),
                      asylum_application_filed=True, date_of_application=dt.date(2025, 4, 15))
    assert ok.status == "filed_in_time"


def test_month_deadline_near_and_passed(shipped):
    # Costa Rica: one month from entry (a low-confidence source, which the citation says)
    d, _ = _deadline(shipped, "CR", dt.date(2026, 11, 25), date_of_entry=dt.date(2026, 11, 4))
    assert (d.due, d.days_left, d.status) == ("2026-12-04", 9, "near")
    assert any(c.confidence == "low" for c in d.citations)
    d, _ = _deadline(shipped, "CR", dt.date(2026, 12, 5), date_of_entry=dt.date(2026, 11, 4))
    assert (d.days_left, d.status) == (-1, "passed")


def test_deadline_waits_for_the_entry_date(shipped):
    d, _ = _deadline(shipped, "CO", dt.date(2026, 11, 25))
    assert d.due is None and d.status == "unknown" and d.start_fact == "date_of_entry"


def test_no_deadline_where_the_law_sets_none(shipped):
    d, _ = _deadline(shipped, "AR", dt.date(2026, 11, 25), date_of_entry=dt.date(2026, 1, 4))
    assert d is None


def test_warnings_about_the_input(shipped):
    a = shipped.assess(Case(known={"country_of_nationality": "CR", "date_of_entry": dt.date(2027, 1, 1),
                                   "asylum_application_filed": True, "date_of_application": dt.date(2026, 12, 1)}),
                       "CR", dt.date(2026, 11, 25), lang="es")
    codes = [w.code for w in a.warnings]
    assert codes.count("date_after_as_of") == 2 and "end_before_start" in codes and "own_country" in codes
    assert any("Costa Rica" in w.text and "propio país" in w.text for w in a.warnings)
    old = shipped.assess(Case(known={}), "BR", dt.date(1990, 1, 1))
    assert [w.code for w in old.warnings] == ["before_law"] and "1997" in old.warnings[0].text
    assert shipped.assess(Case(known={}), "BR", dt.date(2026, 1, 1)).warnings == []


@pytest.mark.parametrize(("unit", "n", "op", "last"), [
    # a period of nothing: "at least 0 days" holds on the start day itself, so no day is within it
    ("days", 0, "at_least", dt.date(2025, 3, 9)),
    # "more than 0 days" holds from the next day: the start day is the last one within
    ("days", 0, "more_than", dt.date(2025, 3, 10)),
    ("days", 1, "at_least", dt.date(2025, 3, 10)),
    ("days", 1, "more_than", dt.date(2025, 3, 11)),
    ("months", 1, "more_than", dt.date(2025, 4, 10)),
])
def test_the_last_day_within_a_period_at_its_edges(unit, n, op, last):
    """The edges a mutation test found unchecked: a zero-length period ended a day late."""
    from screening.explain.deadlines import last_day_within

    assert last_day_within(dt.date(2025, 3, 10), unit, n, op) == last
