"""The interview's most decisive question: the open answers in some smallest set that would settle an
open result (explain/settle.py), the most decisive first."""

from __future__ import annotations

import datetime as dt

from screening.assess.screener import Screener
from screening.explain.explainer import Explainer
from screening.explain.settle import open_results, ranking, settle
from screening.models.case import Case


def most_decisive(screener: Screener, case: Case, country: str, as_of: dt.date) -> list[str]:
    """The open questions in some smallest set that would settle an open result, the most decisive
    first (`ranking`): the interview asks the first of them first."""
    jur, program, ev = screener.evaluate(case, country, as_of)
    ex = Explainer(screener.lib, jur, program, ev, case, "en")
    results = open_results(ex)
    found = settle(screener.lib, program, case, as_of, ev, results)
    named = {fid for f in found.values() for s in [*f.met, *f.not_met] for fid, _ in s}
    listed = list(dict.fromkeys(fid for r in results.values() for fid in r.facts))
    return [f for f in ranking(found, listed) if f in named]
