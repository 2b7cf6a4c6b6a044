"""The route in words: one row per country and the differences, for the templates (templates/route/)
and for the JSON's summary rows. Every word comes from the message catalogue (`route.*` and the
reports' own keys) or from the assessments; nothing here decides anything.

The filing deadline: the case has one date of entry, the entry into the country where protection is
asked. The period's last day is a date only for that country; for another country on the route the
period runs from the entry into that country, which the case does not record. When the case does not
say where it is screened, each date is given on that condition ("if … was the entry into …").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.base import messages
from screening.base.countrynames import contract, in_sentence
from screening.base.safe_text import safe_url
from screening.law.library import Library
from screening.models.assessment import Assessment, CitationOut, Deadline, Outcome
from screening.report.render import finish_output, make_env, render_view
from screening.report.summary import NEUTRAL_ICON, OUTCOME_ICON, OUTCOME_TONE, bars, neutral_outcome
from screening.route.along import Route, Row, period_text, to_json

__all__ = ["json_rows", "render_route", "view"]

COLUMNS = ("refugee_status", "complementary_protection", "statelessness", "humanitarian_pathway")
_DEADLINE_TONE = {"passed": "bad", "filed_late": "bad", "near": "near", "open": "good", "filed_in_time": "good"}


class _Words:
    def __init__(self, lang: str):
        self.lang = lang

    def t(self, key: str, **fmt: Any) -> str:
        text = messages.t(key, self.lang)
        return text.format(**fmt) if fmt else text

    def has(self, key: str) -> bool:
        return key in messages.catalogue()

    def date(self, iso: str, fmt: str = "medium") -> str:
        from babel.dates import format_date

        return format_date(dt.date.fromisoformat(iso), format=fmt, locale=self.lang)


# --- one row ---------------------------------------------------------------------------------------

def _titles(a: Assessment, o: Outcome, status: str) -> list[str]:
    ids = [r.id for r in o.because if r.status == status and r.kind not in ("exclusion", "cessation")]
    by_id = {d.id: d.title for d in a.definitions}
    return [by_id[i] for i in ids if i in by_id]


def _cell(w: _Words, a: Assessment, kind: str) -> dict:
    o = a.outcomes.get(kind) or Outcome(status="not_screened", because=[], missing=[])
    if o.status == "not_screened":
        text, icon, tone = w.t("route.not_encoded"), OUTCOME_ICON["not_screened"], "none"
    elif neutral_outcome(a, kind, o):
        text, icon, tone = w.t(f"report.outcome.not_eligible_neutral.{kind}"), NEUTRAL_ICON, "none"
    else:
        text, icon, tone = w.t(f"report.outcome.{o.status}"), OUTCOME_ICON[o.status], OUTCOME_TONE[o.status]
    clause = ""
    if o.status == "eligible":
        clause = "; ".join(_titles(a, o, "met"))
    elif kind == "refugee_status" and o.status == "not_eligible" and bars(a):
        clause = w.t(f"status.met_{bars(a)}")
    elif kind == "refugee_status" and o.status == "needs_more_information":
        open_ = _titles(a, o, "undetermined")
        clause = w.t("route.clause.open", titles="; ".join(open_)) if open_ else ""
    elif kind == "refugee_status" and o.status == "not_eligible":
        clause = w.t("route.clause.none")
    return {"status": o.status, "status_text": text, "icon": icon, "tone": tone, "clause": clause}


def _deadline(w: _Words, route: Route, row: Row, d: Deadline) -> dict:
    period = period_text(d.period, d.unit, w.lang)
    machine: dict[str, Any] = {"period": d.period, "unit": d.unit, "start_fact": d.start_fact, "due": None}
    if d.due is None:
        start = (w.t(f"report.deadline.from.{d.start_fact}") if w.has(f"report.deadline.from.{d.start_fact}")
                 else d.start_fact)
        return {**machine, "applies": "start_unknown", "tone": "open",
                "text": w.t("route.deadline.no_start", period=period, start=start)}
    if d.start_fact != "date_of_entry" or route.entry_country == row.code:
        status = w.t(f"report.deadline.status.{d.status}")
        return {**machine, "due": d.due, "status": d.status, "applies": "this_country",
                "tone": _DEADLINE_TONE.get(d.status, "open"),
                "text": w.t("route.deadline.due", due=w.date(d.due), period=period, status=status)}
    if route.entry_country:
        return {**machine, "applies": "from_entry_into_that_country", "tone": "none",
                "text": w.t("route.deadline.other_entry", period=period)}
    text = w.t("route.deadline.conditional", due=w.date(d.due), start=w.date(d.start or d.due),
               country=row.name, period=period)
    if d.status in ("passed", "filed_late"):  # a date already behind the assessment date says so
        return {**machine, "due": d.due, "status": d.status, "applies": "if_entry_here", "tone": "bad",
                "text": w.t("route.deadline.conditional_passed", text=text,
                            status=w.t(f"report.deadline.status.{d.status}"))}
    return {**machine, "due": d.due, "applies": "if_entry_here", "tone": "none", "text": text}


def _row(w: _Words, route: Route, row: Row) -> dict:
    a = row.assessment
    out: dict[str, Any] = {"code": row.code, "name": row.name, "screened": a is not None, "reason": row.reason}
    if a is None:
        out["reason_text"] = w.t(f"route.reason.{row.reason}")
        return out
    out["cells"] = {k: _cell(w, a, k) for k in COLUMNS}
    out["open_checks"] = len(a.open_checks)
    out["overall"] = a.overall
    dls = [_deadline(w, route, row, d) for d in a.deadlines]
    out["deadlines"] = dls or [{"applies": "no_period", "tone": "none", "text": w.t("route.deadline.none")}]
    return out


def json_rows(route: Route) -> list[dict]:
    """One summary row per country for the JSON (ids and dates; the words are in the assessments)."""
    w = _Words(route.lang)
    out = []
    for row in route.rows:
        r = _row(w, route, row)
        item: dict[str, Any] = {"country": r["code"], "country_name": r["name"], "screened": r["screened"],
                                "reason": r["reason"]}
        a = row.assessment
        if a is not None:
            item["overall"] = a.overall
            for k in COLUMNS:
                o = a.outcomes.get(k)
                item[k] = {"status": o.status if o else "not_screened",
                           "met": [x.id for x in (o.because if o else []) if x.status == "met"
                                   and x.kind not in ("exclusion", "cessation")]}
            item["open_checks"] = r["open_checks"]
            item["deadlines"] = [{k: v for k, v in d.items() if k not in ("text", "tone")} for d in r["deadlines"]]
        out.append(item)
    return out


# --- the whole view -------------------------------------------------------------------------------

class _Sources:
    def __init__(self, w: _Words):
        self.w = w
        self.items: list[dict[str, Any]] = []
        self.by_label: dict[str, int] = {}

    def refs(self, cites: list[CitationOut]) -> list[int]:
        ns = []
        for c in cites:
            if c.label not in self.by_label:
                self.by_label[c.label] = len(self.items) + 1
                conf = self.w.t(f"confidence.{c.confidence}") if c.confidence != "high" else None
                self.items.append({"n": self.by_label[c.label], "label": c.label, "url": safe_url(c.url),
                                   "confidence": c.confidence, "confidence_text": conf})
            ns.append(self.by_label[c.label])
        return sorted(set(ns))


def view(route: Route, lib: Library) -> dict:
    w = _Words(route.lang)
    sources = _Sources(w)
    differences = []
    for d in route.comparison:
        head = sources.refs(d.citations)
        differences.append({"title": d.title, "kind": d.kind, "refs": head,
                            "groups": [{"text": g.text, "status": g.status, "refs": sources.refs(g.citations)}
                                       for g in d.groups]})
    as_of = route.as_of.isoformat()
    entry = None
    if route.entry_date:
        where = route.entry_country and next((r.name for r in route.rows if r.code == route.entry_country), None)
        entry = (contract(w.t("route.entry.known", date=w.date(route.entry_date.isoformat(), "long"),
                              country=in_sentence(route.entry_country, route.lang, where)), route.lang) if where
                 else w.t("route.entry.unknown", date=w.date(route.entry_date.isoformat(), "long")))
    return {
        "lang": route.lang,
        "title": w.t("route.title"),
        "subtitle": w.t("route.subtitle"),
        "reference_text": route.reference or w.t("report.no_reference"),
        "as_of": {"iso": as_of, "text": w.date(as_of, "long")},
        "entry": entry,
        "columns": {k: w.t(f"report.kind.{k}") for k in COLUMNS},
        "rows": [_row(w, route, r) for r in route.rows],
        "differences": differences,
        # problems with the input itself (the same in every country, once each), before any result
        "warnings": list(dict.fromkeys(x.text for r in route.rows if r.assessment for x in r.assessment.warnings)),
        "sources": sources.items,
        "notice": w.t("route.notice"),
        "disclaimer": w.t("disclaimer"),
        "engine": _engine(w, route),
    }


def _engine(w: _Words, route: Route) -> str:
    """The rule engine that ran, as the footer names it (one per process: every row's is the same)."""
    names = list(dict.fromkeys(r.assessment.engine for r in route.rows if r.assessment))
    shown = [w.t("engine.kleene") if n == "kleene" else n for n in names]
    return f'{w.t("label.engine")}: {", ".join(shown)}' if shown else ""


TEMPLATES = {"text": "route/route.txt.j2", "md": "route/route.md.j2", "html": "route/route.html.j2"}


def render_route(route: Route, fmt: str, lib: Library) -> str:
    """The route as json, text, md or html (the shipped templates, sandboxed; HTML autoescaped)."""

    if fmt == "json":
        return to_json(route, json_rows(route))
    name = TEMPLATES[fmt]
    return finish_output(render_view(make_env(fmt), name, view(route, lib), name), fmt)
