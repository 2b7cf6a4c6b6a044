"""The background an assessment reports beside its results: who the applicant is (the opening answers),
the authorities that decide, and guidance on the country of origin with its age. None of it decides
a status."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from screening.explain.memo import static
from screening.explain.values import jsonable
from screening.law.origin_guidance import offered
from screening.models.assessment import ApplicantFact, Authority, CitationOut, OriginGuidance

if TYPE_CHECKING:
    from screening.explain.explainer import Explainer

def applicant(ex: Explainer, facts=None) -> list[ApplicantFact]:
    """The opening answers the case gives (an opening question never asked is left out); or the
    answers to `facts` (the route's, for the report's Route section)."""

    out = []
    cat = ex.lib.catalogue
    for f in static(cat, "opening", cat.opening) if facts is None else facts:
        status: Literal["known", "unknown", "declined"]
        if f.id in ex.case.known:
            status = "known"
        elif f.id in ex.case.declined:
            status = "declined"
        elif f.id in ex.case.unknown:
            status = "unknown"
        else:
            continue
        label = f.label.get(ex.lang) if f.label else f.id
        out.append(ApplicantFact(fact=f.id, label=label, status=status,
                                 value=jsonable(ex.case.known.get(f.id))))
    return out


def authorities(ex: Explainer) -> list[Authority]:
    """Who receives and decides claims: the same for every case of a jurisdiction in one language, so built
    once (explain_memo.static); the uncertain sources among them are noted for every case."""
    def build() -> tuple[list[Authority], list[CitationOut]]:
        every = [ex.cite(c) for a in ex.jur.authorities for c in a.cite]
        return [Authority(name=a.name.get(ex.lang), role=a.role.get(ex.lang),
                          contact=a.contact.get(ex.lang) if a.contact else None, citations=ex.cites(a.cite),
                          note=a.note.get(ex.lang) if a.note else None) for a in ex.jur.authorities], every

    shown, every = static(ex.jur, f"authorities:{ex.lang}", build)
    ex.uncertain(every)
    return shown


def origin_guidance(ex: Explainer, as_of: dt.date) -> list[OriginGuidance]:
    """Guidance on the applicant's country of origin, with its age: support, never a finding.
    Guidance published after the assessment date did not exist then, so it is not offered."""

    cat = ex.lib.catalogue
    fact = static(cat, "origin_fact", lambda: next((f for f in cat.facts if f.role == "origin_country"), None))
    code = ex.case.known.get(fact.id) if fact else None
    return [OriginGuidance(
        country=str(code), source=ex.cite(o.guidance.source),
        date=o.guidance.date.isoformat() if o.guidance.date else None,
        situations=list(o.guidance.situations), profiles=[p.get(ex.lang) for p in o.guidance.profiles],
        summary=o.guidance.summary.get(ex.lang), age_months=o.age_months, stale=o.stale,
        stale_after_months=o.stale_after_months,
    ) for o in offered(ex.lib, code, as_of)]
