"""The top of a report: one line per kind of protection, the overall line, and the open checks.

Refugee status and protection from return are different results (exclusion and cessation end the
first, never the second), so the summary gives each kind of protection its own line, with what
decided it in words. Two things a reader must never miss are said on the line itself, not only
further down: the open checks (clauses examined only on indication that nothing raised, which
must be examined before filing) and the sources of low confidence a result rests on.

The engine has decided every status (see screening/explain/outcomes.py); this module only words them.
Results of the other kinds are worded for what a clinic reader infers: a statelessness definition
not met (the person has a nationality) is a separate determination, not a refusal, and protection
from return not met beside a likely refugee status is a fallback not needed; both read neutrally
("–", grey), never as a red ✗. A refugee route not met keeps its ✗.

Counts are worded with the language's plural forms (CLDR, through babel): `key.one`, `key.other`
(and `key.many` where a language has it; `other` is the fallback).

Everything here is plain data for the view built in screening/report/context.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from screening.base import messages
from screening.models.assessment import Assessment, CitationOut, OpenCheck, Outcome

if TYPE_CHECKING:
    from screening.report.context import ReportBuilder

KINDS = ("refugee_status", "complementary_protection", "statelessness", "humanitarian_pathway")
# The overall result is the best of these two (statelessness is a separate determination).
ROUTES = ("refugee_status", "complementary_protection")
# A symbol beside every status word (never instead of it); the tone picks the colour in HTML.
OUTCOME_ICON = {"eligible": "✓", "not_eligible": "✗", "needs_more_information": "?", "not_screened": "–"}
OUTCOME_TONE = {"eligible": "good", "not_eligible": "bad", "needs_more_information": "open", "not_screened": "none"}
# A refugee definition met while an exclusion or cessation ground applies: never shown as ✓ met.
BARRED_ICON = "⊘"
# A result of another kind that is not met and alarms nobody (see the module docstring).
NEUTRAL_ICON = "–"


def bars(a: Assessment) -> str | None:
    """Which kinds of ground that apply bar refugee status: excluded, ceased, both, or None."""
    kinds = {d.kind for d in a.exclusions if d.status == "met" and d.kind in ("exclusion", "cessation")}
    if kinds == {"exclusion", "cessation"}:
        return "excluded_ceased"
    return {"exclusion": "excluded", "cessation": "ceased"}.get(next(iter(kinds), ""), None)


@lru_cache(maxsize=8)
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


def plural(b: ReportBuilder, key: str, n: int, **fmt: object) -> str:
    """`key.<form>` for the CLDR plural form of n in the report's language (`key.other` if that form has
    no text of its own), formatted with n and `fmt`."""
    form = _locale(b.lang).plural_form(abs(n))
    name = f"{key}.{form}" if f"{key}.{form}" in messages.catalogue() else f"{key}.other"
    return b.t(name, n=n, **fmt)


def neutral_kinds(a: Assessment) -> set[str]:
    """Kinds of definition whose "not met" is shown neutrally: statelessness, humanitarian pathways and
    comparisons always,
    complementary protection while refugee status is likely (it is then a fallback not needed)."""
    kinds = {"statelessness", "comparison", "humanitarian"}
    refugee = a.outcomes.get("refugee_status")
    if refugee is not None and refugee.status == "eligible":
        kinds.add("complementary")
    return kinds


def neutral_outcome(a: Assessment, kind: str, o: Outcome) -> bool:
    if o.status != "not_eligible":
        return False
    refugee = a.outcomes.get("refugee_status")
    return kind in ("statelessness", "humanitarian_pathway") or (
        kind == "complementary_protection" and refugee is not None and refugee.status == "eligible")


def low_confidence_note(b: ReportBuilder, cites: list[CitationOut]) -> dict | None:
    if not cites:
        return None
    sources = sorted({b.cite(c)["n"] for c in cites})
    return {"kind": "low_confidence", "text": plural(b, "report.outcome.low_confidence", len(sources)),
            "sources": sources}


def _open_checks_note(b: ReportBuilder, n: int) -> dict | None:
    if not n:
        return None
    return {"kind": "open_checks", "text": plural(b, "report.outcome.open_checks", n), "sources": []}


class Summary:
    """Words for the outcomes of one assessment, given the cards already built (their titles)."""

    def __init__(self, b: ReportBuilder, a: Assessment, titles: dict[str, str]):
        self.b, self.a, self.titles = b, a, titles
        self.held = {d.id for d in [*a.definitions, *a.exclusions] if d.held_open}
        self.discretionary = {d.id for d in a.definitions if d.held_open and d.discretionary}

    def _titles(self, ids: list[str]) -> str:
        return "; ".join(self.titles.get(i, i) for i in ids)

    def _detail(self, kind: str, o: Outcome) -> str | None:
        """What decided one kind of protection, in words (None when the status says it all)."""
        t = self.b.t
        defs = [r for r in o.because if r.kind not in ("exclusion", "cessation")]
        sets = [r for r in o.because if r.kind in ("exclusion", "cessation")]
        if o.status == "eligible":
            return t("report.outcome.under", titles=self._titles([r.id for r in defs if r.status == "met"]))
        if o.status == "not_eligible":
            applying = [s for s in sets if s.status == "met"]
            if applying:
                parts = []
                for s in applying:
                    grounds = [self.b.crit_titles.get(g, g) for g in s.grounds] or [self.titles.get(s.id, s.id)]
                    parts.append(t(f"report.outcome.{s.kind}", grounds="; ".join(grounds)))
                return "; ".join(parts)
            if kind == "complementary_protection" and neutral_outcome(self.a, kind, o):
                return t("report.outcome.none_met.complementary_protection_fallback")
            return t(f"report.outcome.none_met.{kind}")
        if o.status == "needs_more_information":
            parts = []
            held = [r.id for r in defs if r.id in self.held and r.id not in self.discretionary]
            if held:
                parts.append(t("report.outcome.held_open", titles=self._titles(held)))
            granted_at_discretion = [r.id for r in defs if r.id in self.discretionary]
            if granted_at_discretion:
                parts.append(t("report.outcome.discretionary", titles=self._titles(granted_at_discretion)))
            for s in sets:
                if s.id in o.indicated:  # only the authority can decide it: refer, whatever else is open
                    parts.append(t(f"report.outcome.bar_indicated.{s.kind}"))
                elif s.status == "undetermined" and any(r.status == "met" for r in defs):
                    parts.append(t(f"report.outcome.bar_open.{s.kind}"))
            if o.missing:
                parts.append(plural(self.b, "report.outcome.questions", len(o.missing)))
            return "; ".join(parts) or None
        if f"report.outcome.not_screened.{kind}" in messages.catalogue():
            return self.b.in_sentence(f"report.outcome.not_screened.{kind}", self.a.country, self.a.country_name)
        return None

    def outcome(self, kind: str, o: Outcome) -> dict:
        # the core names the open checks that could still change this result (screening/explain/outcomes.py)
        checks = len(o.open_checks)
        notes = [n for n in (_open_checks_note(self.b, checks), low_confidence_note(self.b, o.low_confidence)) if n]
        shown = {"status_text": self.b.t(f"report.outcome.{o.status}"), "icon": OUTCOME_ICON[o.status],
                 "tone": OUTCOME_TONE[o.status]}
        if neutral_outcome(self.a, kind, o):
            # not a refusal: a nationality, or a fallback route not needed beside likely refugee status
            shown = {"status_text": self.b.t(f"report.outcome.not_eligible_neutral.{kind}"), "icon": NEUTRAL_ICON,
                     "tone": "none"}
        return {
            "id": kind, "label": self.b.t(f"report.kind.{kind}"), "status": o.status, **shown,
            "neutral": shown["tone"] == "none" and o.status == "not_eligible",
            "detail": self._detail(kind, o), "notes": notes, "open_checks": checks,
        }

    def outcomes(self) -> list[dict]:
        return [self.outcome(k, self.a.outcomes[k]) for k in KINDS if k in self.a.outcomes]

    def overall(self) -> dict:
        """The overall line: the best protection, with the open checks that could still change it and
        the low-confidence sources it rests on (both decided in screening/explain/outcomes.py)."""
        a = self.a
        status = {"eligible": "eligible", "not_eligible": "not_eligible"}.get(a.overall, "needs_more_information")
        covers = {"kind": "covers", "sources": [], "text": self.b.t(
            "report.overall_covers", kinds=", ".join(self.b.t(f"report.kind.{k}") for k in a.overall_covers))}
        notes = [n for n in (covers, _open_checks_note(self.b, len(a.overall_open_checks)),
                             low_confidence_note(self.b, list(a.overall_low_confidence))) if n]
        return {"status": a.overall, "text": self.b.t(f"overall.{a.overall}"), "icon": OUTCOME_ICON[status],
                "tone": OUTCOME_TONE[status], "notes": notes}


def open_checks(b: ReportBuilder, checks: list[OpenCheck], titles: dict[str, str]) -> dict:
    """The open checks, grouped by the sets they belong to (exclusion, cessation, then inclusion
    elements such as the internal flight alternative), each with its sources and questions."""
    order = {"exclusion": 0, "cessation": 1, "inclusion": 2}
    groups: dict[tuple, dict] = {}
    # a clause the applicant did not know or preferred not to answer about heads the list (checks arrive
    # with those first): the adviser returns to it with care
    for c in sorted(checks, key=lambda c: (not any(x.doubts for x in checks if x.kind == c.kind),
                                           order.get(c.kind, 3), not c.doubts)):
        key = (c.kind, tuple(c.definitions))
        if key not in groups:
            sets = [{"id": d, "title": titles.get(d, d)} for d in c.definitions]
            kind = c.kind if c.kind in order else "inclusion"
            groups[key] = {"kind": c.kind, "sets": sets, "checks": [],
                           "heading": b.t(f"report.checks.heading.{kind}", sets="; ".join(s["title"] for s in sets))}
        groups[key]["checks"].append({
            "clause": c.clause, "title": c.title, "counts_as": c.counts_as, "icon": "○", "tone": "none",
            "status_text": b.t(("exclusion" if c.kind in ("exclusion", "cessation") else "status") + ".not_raised"),
            "counts_as_text": b.t(f"report.checks.counts_as.{c.counts_as}"),
            "sources": sorted({b.cite(x)["n"] for x in c.citations}),
            "questions": b.sort_questions(c.questions),
            "doubts": [b.t(f"report.checks.doubt.{kind}") for kind in ("unknown", "declined")
                       if kind in c.doubts.values()],
        })
    return {"count": len(checks), "groups": list(groups.values())}


def check_names(view: dict, clauses: set[str]) -> list[str]:
    """What the next steps call some open checks: a set by its title, an inclusion element by its own."""
    names: list[str] = []
    for g in view["groups"]:
        for c in g["checks"]:
            if c["clause"] in clauses:
                names += [s["title"] for s in g["sets"]] if g["kind"] in ("exclusion", "cessation") else [c["title"]]
    return list(dict.fromkeys(names))
