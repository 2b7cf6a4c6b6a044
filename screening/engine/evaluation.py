"""Evaluation, whichever engine runs it: the `Evaluator` interface, what an evaluation records, and
the case as the one fact the compiled rules read (`case_fields`, with its calendar arithmetic).

Two evaluators implement the interface (evaluators.py chooses): durable-rules, the engine of record
(durable_engine.py), and, where durable-rules does not load (Python 3.13), the built-in Kleene
evaluator of the same compiled graph (kleene.py). Both give every node's status and the children
that decided it; explain.py reads only that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from screening.base.dates import elapsed, months_between, working_days_between  # noqa: F401 - used here and re-exported
from screening.engine.compiler import Program
from screening.models.case import Case


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
            out[d.name] = elapsed(start, end, d.unit, program.country)  # working days: the country's holidays
    # A clause raised only on indication is raised by an answer to one of its questions. "Don't know"
    # and "prefer not to say" raise nothing: the burden is the State's, declining may be the right not
    # to incriminate oneself, and a doubt must never cost more than silence (outcomes.open_checks
    # lists such a clause first, marked).
    for name, facts in program.raised.items():
        unfounded = not case.known.keys() >= set(program.assumes.get(name, ()))  # silence means nothing yet
        out[name] = 1 if unfounded or case.known.keys() & set(facts) else 0
    return out
