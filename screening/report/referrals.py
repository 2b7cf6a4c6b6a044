"""The report's "Specific needs and referrals" and "Route" sections, built once for every format.

    r.referrals [{id, title, category, explanation, reasons: [reason], referral, safeguards: [str],
                  note, citations: [cite]}]   # raised referral flags (rules/specific_needs.yaml)
    r.route [{id, label, text}]              # the route as the case gives it (transit countries, the
                                             # Darién, harms on the way)
    section "humanitarian" .facts [{id, label, text}]   # the disaster as the case gives it

Both are shown before the results, and never change them: a specific need calls for a referral
now, whatever the eligibility result, and a harm on the route is not persecution in the country
of origin.
"""

from __future__ import annotations

from typing import Any


def referrals(b: Any) -> list[dict]:
    """The raised referral flags, with what raised each, in the report's words (b: the report builder)."""
    return [{
        "id": x.id, "title": x.title, "category": x.category, "explanation": x.explanation,
        "reasons": [b.reason(r) for r in x.reason], "referral": x.referral, "safeguards": list(x.safeguards),
        "note": x.note, "citations": [b.cite(c) for c in x.citations],
    } for x in b.a.referrals]


def route(b: Any) -> list[dict]:
    """The route's answers as given ("don't know" and "prefer not to say" shown as such)."""
    return answers(b, b.a.route)


def route_events(b: Any) -> bool:
    """Whether something happened on the route: a referral raised by an answer about the route (the
    referral rules of rules/specific_needs.yaml decide what counts; the countries crossed alone do not)."""
    facts = b.lib.facts
    return any(r.kind == "fact" and r.holds and r.id in facts and facts[r.id].role == "route"
               for x in b.a.referrals for r in x.reason)


def answers(b: Any, items: list) -> list[dict]:
    """Answers as given, labelled (the route's, the disaster's)."""
    out = []
    for x in items:
        if x.status == "unknown":
            text = b.t("label.unknown_value")
        elif x.status == "declined":
            text = b.t("label.declined_value")
        else:
            text = b.answer(x.fact, x.value)
        out.append({"id": x.fact, "label": x.label, "text": text})
    return out
