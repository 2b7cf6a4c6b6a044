"""The body of a report's view, built with the report's builder (`b`, a ReportBuilder): its sections of
cards, the guidance on the country of origin, the questions still open, and the sources the short form cites."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.base import messages
from screening.report.referrals import answers
from screening.report.steps import Steps

__all__ = ["origin_views", "question_lists", "section_views", "sources_used"]

_SECTION = {"inclusion": "definitions", "complementary": "complementary", "statelessness": "statelessness",
            "humanitarian": "humanitarian",
            "comparison": "comparison", "exclusion": "exclusions", "cessation": "cessation"}


def section_views(b: Any) -> list[dict[str, Any]]:
    """The report's sections of cards, in order; humanitarian pathways said even where none is encoded."""
    a = b.a
    sections: dict[str, list[dict]] = {k: [] for k in ("definitions", "complementary", "exclusions", "cessation",
                                                       "statelessness", "humanitarian", "comparison")}
    for d in [*a.definitions, *a.exclusions]:
        sections[_SECTION.get(d.kind, "definitions")].append(b.card(d))
    intros = messages.catalogue()
    section_list: list[dict[str, Any]] = [
        {"id": k, "heading": b.t(f"report.section.{k}"), "cards": v,
         "intro": b.t(f"report.intro.{k}") if f"report.intro.{k}" in intros else None, "facts": []}
        for k, v in sections.items() if v]
    # humanitarian pathways: said even where the country has none encoded, with the disaster's answers
    if not sections["humanitarian"] and a.outcomes.get("humanitarian_pathway") is not None:
        at = next((i for i, x in enumerate(section_list) if x["id"] == "comparison"), len(section_list))
        section_list.insert(at, {"id": "humanitarian", "heading": b.t("report.section.humanitarian"),
                                 "cards": [], "facts": [],
                                 "intro": b.in_sentence("report.intro.humanitarian_none", a.country, a.country_name)})
    for x in section_list:
        if x["id"] == "humanitarian":
            x["facts"] = answers(b, a.disaster)
    return section_list


def origin_views(b: Any) -> list[dict[str, Any]]:
    """The guidance on the country of origin, each with its source, date and age."""
    return [{"source": b.cite(g.source), "situations": [b.choice_label(x) for x in g.situations],
             "date": b.date_text(dt.date.fromisoformat(g.date)) if g.date else None,
             "summary": g.summary, "age": g.age_months, "stale": g.stale, "profiles": g.profiles,
             "stale_text": b.t("report.origin.stale", months=g.stale_after_months)}
            for g in b.a.origin_guidance]


def question_lists(b: Any, section_list: list[dict[str, Any]], flags: list[dict]) -> tuple[list, list]:
    """Questions whose answer could still change a result (the overall one, a definition, an
    exclusion or a flag), and those that only complete criteria of results already settled."""
    a = b.a
    deciding = list(a.overall_missing)
    completing: list[str] = []
    for s in section_list:
        for card in s["cards"]:
            deciding += [q["id"] for q in card["missing"]]
            for g in card["groups"]:
                for c in g["criteria"]:
                    completing += [q["id"] for q in c["missing"]]
    for f in flags:
        deciding += [q["id"] for q in f["missing"]]
    questions = b.sort_questions(deciding)
    # A question only an open check asks is for examining that clause before filing: it is listed
    # with the check, never among the answers that merely complete the record.
    check_only = {q for c in a.open_checks for q in c.questions} - set(deciding)
    return questions, b.sort_questions([f for f in completing if f not in set(deciding) and f not in check_only])


def sources_used(overall: dict, outcomes: list[dict], steps: Steps, next_steps: list[dict],
                 needs: list[dict]) -> list[int]:
    """The sources a short form cites: the same numbers as the full report, nothing else."""
    used = {n for x in [overall, *outcomes, *steps.deadlines] for note in x["notes"] for n in note["sources"]}
    used |= {n for x in [*steps.deadlines, *steps.authorities, *next_steps] for n in x["sources"]}
    used |= {n for x in next_steps for i in x["entries"] for n in i["sources"]}
    used |= {c["n"] for x in needs for c in x["citations"]}
    return sorted(used)
