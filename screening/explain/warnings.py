"""Problems with the input itself that a reader must see before the results (never a legal finding):
dates after the assessment date, a period that ends before it starts, screening a person in their
own country, a date before the country's encoded law. Read from the rules' own structure (which
facts are dates, which fact names the country of origin, which periods flags measure), not from
fact names written here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from screening.base import messages
from screening.explain.memo import static
from screening.law.conditions import walk
from screening.models.assessment import Warning
from screening.models.rules import ElapsedTest

if TYPE_CHECKING:
    from screening.explain.explainer import Explainer


def warnings(ex: Explainer, as_of: dt.date) -> list[Warning]:
    out: list[Warning] = []
    lang, known, lib = ex.lang, ex.case.known, ex.lib

    def question(fid: str) -> str:
        f = lib.facts.get(fid)
        return f.question.get(lang) if f else fid

    def add(code: str, **fmt) -> None:
        out.append(Warning(code=code, text=messages.t(f"warning.{code}", lang).format(**fmt)))

    for fid, v in known.items():
        f = lib.facts.get(fid)
        if f is not None and f.type == "date" and isinstance(v, dt.date) and v > as_of:
            add("date_after_as_of", question=question(fid), date=v.isoformat(), as_of=as_of.isoformat())
    pairs, origin, starts = _of_the_law(ex)
    for start, end in pairs:
        a, b = known.get(start), known.get(end)
        if isinstance(a, dt.date) and isinstance(b, dt.date) and b < a:
            add("end_before_start", end=question(end), start=question(start), end_date=b.isoformat(),
                start_date=a.isoformat())
    if origin and known.get(origin) == ex.jur.code:
        add("own_country", country=ex.jur.name.get(lang))
    if starts and as_of < min(starts):
        add("before_law", country=ex.jur.name.get(lang), year=min(starts).year, as_of=as_of.isoformat())
    return out


def _of_the_law(ex: Explainer) -> tuple[list[tuple[str, str]], str | None, list[dt.date]]:
    """What the checks read of the jurisdiction and the catalogue alone, read once (explain_memo.static):
    the periods between two recorded dates, the fact naming the country of origin, when each definition
    took effect."""

    def build() -> tuple[list[tuple[str, str]], str | None, list[dt.date]]:
        pairs = {(t.elapsed.from_, t.elapsed.to) for fl in ex.jur.flags for t in walk(fl.when)
                 if isinstance(t, ElapsedTest) and t.elapsed.to != "as_of"}
        origin = next((f.id for f in ex.lib.catalogue.facts if f.role == "origin_country"), None)
        starts = [d.valid_from or dt.date(min(c.year for c in d.cite[: d.own_cites] or d.cite), 1, 1)
                  for d in ex.jur.definitions if d.kind == "inclusion"]
        return sorted(pairs), origin, starts

    return static(ex.jur, f"warnings:{id(ex.lib.catalogue)}", build)
