"""Periods in working days skip the country's public holidays (issue 22 §3 row 12): Mexico's 30 working
days (LRPCAP art. 18; días inhábiles per LFPA art. 28) around each national holiday of 2025-2027, computed
with and without the holiday, and the deadline the report shows."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.assess.screener import Screener
from screening.base.dates import public_holidays, working_days_between
from screening.explain.deadlines import last_day_within
from screening.law.load import load_library
from screening.models.case import Case
from tests.reference import ref_elapsed

D = dt.date
# LFPA art. 28 (as legal-sources-3.md reads it) and the Ley Federal del Trabajo calendar: 1 January, the first
# Monday of February, the third Monday of March, 1 May, 16 September, the third Monday of November, 25 December
# (1 December only when the federal executive changes: 2024, 2030). Written out, not computed.
MEXICO = {
    2025: [D(2025, 1, 1), D(2025, 2, 3), D(2025, 3, 17), D(2025, 5, 1), D(2025, 9, 16), D(2025, 11, 17),
           D(2025, 12, 25)],
    2026: [D(2026, 1, 1), D(2026, 2, 2), D(2026, 3, 16), D(2026, 5, 1), D(2026, 9, 16), D(2026, 11, 16),
           D(2026, 12, 25)],
    2027: [D(2027, 1, 1), D(2027, 2, 1), D(2027, 3, 15), D(2027, 5, 1), D(2027, 9, 16), D(2027, 11, 15),
           D(2027, 12, 25)],
}
HOLIDAYS = [h for days in MEXICO.values() for h in days]


@pytest.fixture(scope="module")
def shipped() -> Screener:
    return Screener(load_library())


@pytest.mark.parametrize("year", sorted(MEXICO))
def test_the_calendar_is_mexicos_national_holidays(year):
    assert sorted(public_holidays("MX", year)) == MEXICO[year]


@pytest.mark.parametrize("holiday", HOLIDAYS, ids=[h.isoformat() for h in HOLIDAYS])
def test_a_holiday_inside_the_period_moves_the_mexican_deadline(shipped, holiday):
    # entry the day before the holiday, so the holiday is the first day the period could count
    entry = holiday - dt.timedelta(days=1)
    with_it = last_day_within(entry, "working_days", 30, "more_than", "MX")
    without = last_day_within(entry, "working_days", 30, "more_than", None)  # Monday to Friday only
    # the independent oracle's own day-by-day count: 30 working days by the due date, 31 the next working day
    assert ref_elapsed(entry, with_it, "working_days", "MX") == (30, False)
    nxt = with_it + dt.timedelta(days=1)
    while ref_elapsed(entry, nxt, "working_days", "MX")[0] == 30:
        nxt += dt.timedelta(days=1)
    assert ref_elapsed(entry, nxt, "working_days", "MX") == (31, False)
    if holiday.weekday() < 5:
        assert with_it > without, "a weekday holiday is not a working day: the last day comes later"
        assert working_days_between(entry, holiday, "MX") == 0 and working_days_between(entry, holiday) == 1
    else:  # 1 May and 25 December 2027 fall on a Saturday: the day counts for nothing either way
        assert working_days_between(entry, holiday, "MX") == working_days_between(entry, holiday) == 0
    # the deadline the assessment (and so every report) shows is the one with the holiday
    a = shipped.assess(Case(known={"date_of_entry": entry, "asylum_application_filed": False}), "MX",
                       entry + dt.timedelta(days=2))
    d = next(x for x in a.deadlines if x.flag == "filing_period_passed")
    assert d.due == with_it.isoformat()
    in_time = shipped.assess(Case(known={"date_of_entry": entry, "asylum_application_filed": True,
                                         "date_of_application": with_it}), "MX", D(2028, 1, 10))
    late = shipped.assess(Case(known={"date_of_entry": entry, "asylum_application_filed": True,
                                      "date_of_application": nxt}), "MX", D(2028, 1, 10))
    assert [f.status for f in in_time.flags if f.id == "filing_period_passed"] == ["not_met"]
    assert [f.status for f in late.flags if f.id == "filing_period_passed"] == ["met"]


def test_the_report_shows_the_moved_deadline_around_2_february_2026(shipped):
    from screening.report.render import render

    entry = D(2026, 1, 26)  # Monday 2 February 2026 is inhábil: the 30th working day is 10 March, not 9 March
    a = shipped.assess(Case(known={"date_of_entry": entry, "asylum_application_filed": False}), "MX", D(2026, 2, 20))
    assert a.deadlines[0].due == "2026-03-10"
    text = render(a, "text", shipped.lib)
    assert "March 10, 2026" in text and "March 9, 2026" not in text


def test_a_country_the_library_does_not_know_counts_monday_to_friday():
    assert public_holidays("XA", 2026) == frozenset()
    assert working_days_between(D(2026, 1, 30), D(2026, 2, 6), "XA") == 5
    assert working_days_between(D(2026, 1, 30), D(2026, 2, 6), "MX") == 4  # Monday 2 February
    assert working_days_between(D(2026, 2, 6), D(2026, 1, 30), "MX") == -4
