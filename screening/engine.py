"""Evaluation, whichever engine runs it: the `Evaluator` interface, what an evaluation records, and
the case as the one fact the compiled rules read (`case_fields`, with its calendar arithmetic).

Two evaluators implement the interface (evaluators.py chooses): durable-rules, the engine of record
(durable_engine.py), and, where durable-rules does not load (Python 3.13), the built-in Kleene
evaluator of the same compiled graph (kleene.py). Both give every node's status and the children
that decided it; explain.py reads only that.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from .compiler import Program
from .models.case import Case


class EngineError(Exception):
    """The engine refused something: a bug in the compiler, never the user's input."""


@dataclass
class Evaluation:
    status: dict[str, str]  # node id -> "m" | "x"; absent = undetermined
    reasons: dict[str, list[int | None]]  # node id -> the children (index) that decided it; None = all
    fields: dict[str, Any]  # the case fact as asserted
    firings: int  # rules that concluded something (each deciding child counts once)
    engine: str = ""  # the evaluator that ran (evaluators.NAMES), named in the JSON and every report


class Evaluator(Protocol):
    """A compiled Program loaded into an engine, stateless between cases; `close()` frees it."""

    name: str
    program: Program

    def evaluate(self, fields: dict[str, Any]) -> Evaluation: ...

    def close(self) -> None: ...


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Monday-to-Friday days after `start` up to and including `end` (holidays are not known here)."""
    if end <= start:
        return -working_days_between(end, start) if end < start else 0
    days = (end - start).days
    full, rest = divmod(days, 7)
    count = full * 5
    wd = start.weekday()
    for i in range(1, rest + 1):
        if (wd + i) % 7 < 5:
            count += 1
    return count


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end`: the largest n with start + n months <= end,
    where a day the month lacks falls on its last day (29 January + 1 month = 28 February), as
    civil codes count periods in months."""
    if end < start:
        return -months_between(end, start)
    n = (end.year - start.year) * 12 + end.month - start.month
    while n > 0 and _add_months(start, n) > end:
        n -= 1
    return n


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def elapsed(start: dt.date, end: dt.date, unit: str) -> int | float:
    """Time from `start` to `end`. Months and years are whole calendar units plus a fraction below
    one for the days beyond them, so "more than 1 month" holds from the day after start + 1 month,
    and "at most 1 month" only up to that day (a plain whole-month count would wait for month 2)."""
    if unit == "days":
        return (end - start).days
    if unit == "working_days":
        return working_days_between(start, end)
    if unit in ("months", "years"):
        if end < start:
            return -elapsed(end, start, unit)
        months = months_between(start, end)
        whole = months if unit == "months" else months // 12
        anchor = _add_months(start, whole if unit == "months" else whole * 12)
        extra = (end - anchor).days
        return whole + (extra / 400 if extra else 0)  # a fraction: never reaches the next whole unit
    raise ValueError(unit)


def case_fields(program: Program, case: Case, as_of: dt.date) -> dict[str, Any]:
    """The case as one engine fact: known facts only (unknown and declined are absent)."""
    out: dict[str, Any] = {f"b__{i}": 1 for i in range(program.buckets)}  # see ruleset.MIN_BUCKETS
    for fid, v in case.known.items():
        if isinstance(v, dt.date):
            out[fid] = v.toordinal()
        elif isinstance(v, list):
            out[fid] = v
            out[f"{fid}__n"] = len(v)
        elif isinstance(v, float) and v.is_integer():
            out[fid] = int(v)
        else:
            out[fid] = v
    for d in program.derived:
        start = case.known.get(d.start)
        end = as_of if d.end == "as_of" else case.known.get(d.end)
        if isinstance(start, dt.date) and isinstance(end, dt.date):
            out[d.name] = elapsed(start, end, d.unit)
    # A clause raised only on indication is raised once any of its questions has an answer, "don't
    # know" and "prefer not to say" included: those are doubts the screener saw, not silence.
    recorded = set(case.known) | set(case.unknown) | set(case.declined)
    for name, facts in program.raised.items():
        out[name] = 1 if recorded.intersection(facts) else 0
    return out
