"""National filing periods as dates: the last day of each period a flag watches, and the days left.

A flag such as `filing_period_passed` is decided by the engine; this module turns the same rule's
elapsed-time test into the date a clinic can act on. It reads the period and its unit from the rule
(the country's parameters), never from Python, and counts time with the engine's own `elapsed`
(dates.py: working days skip the country's public holidays), so the date it gives is exactly the
last day on which the flag would not be raised. Deadlines are flags, never bars, unless the country
file says what its period bars (`bars`, e.g. the US one-year rule for asylum): the report then says
that instead.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from screening.base.dates import elapsed
from screening.explain.memo import static
from screening.explain.values import dedupe
from screening.law.conditions import walk
from screening.models.assessment import Deadline
from screening.models.rules import ElapsedTest, ParamRef

if TYPE_CHECKING:
    from screening.explain.explainer import Explainer

# A deadline this close is shown as near (amber); the law knows no such threshold: it is the toolkit's.
NEAR_DAYS = 10
# Tests whose period a deadline can be read from: the flag is raised once the period is exceeded.
_EXCEEDED = {"more_than", "at_least"}


def last_day_within(start: dt.date, unit: str, n: float, op: str, country: str | None = None) -> dt.date:
    """The last day on which `elapsed(start, day, unit, country) <op> n` does not yet hold."""
    def exceeded(day: dt.date) -> bool:
        v = elapsed(start, day, unit, country)
        return v > n if op == "more_than" else v >= n

    per_unit = {"days": 1, "working_days": 2, "months": 32, "years": 367}[unit]
    lo, hi = start, start + dt.timedelta(days=int(n * per_unit) + 10)
    if exceeded(lo):
        return lo - dt.timedelta(days=1)
    while exceeded(hi) is False:  # a generous bound, widened if ever too short
        hi += dt.timedelta(days=int(n * per_unit) + 10)
    while (hi - lo).days > 1:  # elapsed time only grows with the day: bisect
        mid = lo + dt.timedelta(days=(hi - lo).days // 2)
        if exceeded(mid):
            hi = mid
        else:
            lo = mid
    return lo


def deadlines(ex: Explainer, as_of: dt.date) -> list[Deadline]:
    known = ex.case.known
    out = []
    for f, test, unit, n, ends in _periods(ex):
        filed_on = next((known[e] for e in ends if isinstance(known.get(e), dt.date)), None)
        out.append(_deadline(ex, f, test, unit, n, known, as_of, filed_on))
    return out


def _periods(ex: Explainer) -> list[tuple[Any, ElapsedTest, str, float, list[str]]]:
    """The periods the flags watch, each with the recorded dates it may be measured up to: read from the
    rules once per jurisdiction (explain_memo.static), not once per case."""

    def build() -> list[tuple[Any, ElapsedTest, str, float, list[str]]]:
        out = []
        for f in ex.jur.flags:
            if f.kind == "referral":  # a child's age is no filing period
                continue
            seen: set[tuple] = set()
            for test in walk(f.when):
                if not isinstance(test, ElapsedTest) or test.op not in _EXCEEDED or test.elapsed.to != "as_of":
                    continue
                unit, n = _param(ex, test.elapsed.unit), _param(ex, test.operand)
                key = (test.elapsed.from_, unit, n)
                if key in seen:
                    continue
                seen.add(key)
                # the same period measured up to a recorded date (e.g. the date the claim was filed)
                ends = [t.elapsed.to for t in walk(f.when) if isinstance(t, ElapsedTest) and t.elapsed.to != "as_of"
                        and t.elapsed.from_ == test.elapsed.from_ and _param(ex, t.operand) == n]
                out.append((f, test, unit, n, ends))
        return out

    return static(ex.jur, "deadline_periods", build)


@lru_cache(maxsize=4096)
def _last_day(start: dt.date, unit: str, n: float, op: str, country: str | None) -> dt.date:
    """last_day_within, once per start date (a registry's rows share their entry dates)."""
    return last_day_within(start, unit, n, op, country)


def _sources(ex: Explainer, f: Any, test: ElapsedTest) -> list[Any]:
    """The deadline's sources, built once per jurisdiction and language; every uncertain one noted."""

    def build() -> tuple[list[Any], list[Any]]:
        cites = [ex.cite(c) for c in f.cite]
        for v in (test.elapsed.unit, test.operand):
            if isinstance(v, ParamRef) and v.param in ex.jur.params:
                cites += [ex.cite(c) for c in ex.jur.params[v.param].cite]
        return dedupe(cites), [c for c in cites if c.confidence != "high"]

    shown, every = static(ex.jur, f"deadline_sources:{f.id}:{id(test)}:{ex.lang}", build)
    ex.uncertain(every)
    return shown


def _deadline(ex: Explainer, f: Any, test: ElapsedTest, unit: str, n: float, known: dict, as_of: dt.date,
              filed_on: dt.date | None) -> Deadline:

    start = known.get(test.elapsed.from_)
    cites = _sources(ex, f, test)
    due = _last_day(start, unit, n, test.op, ex.jur.code) if isinstance(start, dt.date) else None
    if due is None:
        status, days_left = "unknown", None
    else:
        days_left = (due - as_of).days
        if filed_on is not None:
            status = "filed_in_time" if filed_on <= due else "filed_late"
        else:
            status = "passed" if days_left < 0 else "near" if days_left <= NEAR_DAYS else "open"
    return Deadline(
        flag=f.id, title=f.title.get(ex.lang), start_fact=test.elapsed.from_,
        start=start.isoformat() if isinstance(start, dt.date) else None, period=n, unit=unit,  # type: ignore[arg-type]
        due=due.isoformat() if due else None, days_left=days_left, status=status,  # type: ignore[arg-type]
        filed_on=filed_on.isoformat() if filed_on else None,
        citations=cites, note=f.note.get(ex.lang) if f.note else None,
        bars=f.bars.get(ex.lang) if f.bars else None,
    )


def _param(ex: Explainer, v: Any) -> Any:
    return ex.jur.params[v.param].value if isinstance(v, ParamRef) else v
