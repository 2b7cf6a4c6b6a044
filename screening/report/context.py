"""What a report shows, computed once for every format: a plain view of one assessment.

Templates only lay this view out. Every word in it comes from `screening/messages/*.yaml` (the
toolkit's own text) or from the rule files (the law's text), in the assessment's language, so the
three languages never drift apart and no template holds text of its own.

The view is plain data (str, int, bool, None, lists and dicts), so a user's `--template`,
rendered in Jinja2's sandbox, sees exactly what the shipped templates see and nothing else. Its
keys are listed in templates/README.md ("The view `r`"), which also explains custom templates.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from screening.base import instruments, messages
from screening.base.countrynames import contract, in_sentence
from screening.base.dates import months_between
from screening.base.errors import InputError
from screening.base.safe_text import safe_url
from screening.law.library import Library
from screening.models.assessment import Assessment, CitationOut, CriterionResult, DefinitionResult, Reason
from screening.report import settle as report_settle
from screening.report.answer_text import answer_text
from screening.report.referrals import referrals, route, route_events
from screening.report.sections import origin_views, question_lists, section_views, sources_used
from screening.report.steps import Steps, step_text
from screening.report.summary import BARRED_ICON, NEUTRAL_ICON, Summary, bars, neutral_kinds, open_checks, plural

REPORT_DATE_ENV = "SCREENING_REPORT_DATE"

# inclusion-like kinds read "met / not met"; exclusion-like kinds read "applies / does not apply"
_KLASS = {"inclusion": "inclusion", "complementary": "inclusion", "statelessness": "inclusion",
          "humanitarian": "inclusion", "comparison": "inclusion", "exclusion": "exclusion", "cessation": "exclusion"}
_GROUP_ORDER = {"inclusion": ("met", "not_met", "undetermined", "not_raised"),
                "exclusion": ("met", "undetermined", "not_raised", "not_met")}
# a symbol next to every status word (never instead of it): ✓ is good news, ! needs attention,
# ○ not raised (an open check); the tone only picks a colour in HTML
_ICON = {"inclusion": {"met": "✓", "not_met": "✗", "undetermined": "?", "not_raised": "○"},
         "exclusion": {"met": "!", "not_met": "✓", "undetermined": "?", "not_raised": "○"},
         "flag": {"met": "!", "not_met": "✓", "undetermined": "?"}}
_TONE = {"inclusion": {"met": "good", "not_met": "bad", "undetermined": "open", "not_raised": "none"},
         "exclusion": {"met": "bad", "not_met": "good", "undetermined": "open", "not_raised": "none"},
         "flag": {"met": "bad", "not_met": "good", "undetermined": "open"}}
_BABEL_LOCALE = {"en": "en", "es": "es", "pt": "pt"}


def report_date(value: str | None = None) -> dt.date:
    """The production date: the given value, else $SCREENING_REPORT_DATE, else today (fixable for tests)."""
    source = "--report-date" if value else REPORT_DATE_ENV
    value = value or os.environ.get(REPORT_DATE_ENV)
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{source}: '{value}' is not a date as YYYY-MM-DD") from None


def build(a: Assessment, lib: Library, *, narrative: str | None = None, produced: dt.date | None = None,
          brief: bool = False) -> dict:
    return ReportBuilder(a, lib).build(narrative, produced or report_date(), brief)


def not_raised_only(d: DefinitionResult) -> bool:
    """Not met only because an element nothing raised counts as not met: no answer speaks against it."""
    return any(c.status == "not_raised" for c in d.criteria) and not any(c.status == "not_met" for c in d.criteria)


class ReportBuilder:
    def __init__(self, a: Assessment, lib: Library):
        self.a, self.lib, self.lang = a, lib, a.language
        self.sources: list[dict] = []
        self._by_label: dict[str, dict] = {}
        try:
            jur = lib.jurisdiction(a.country)
            self.crit_titles = {cid: c.title.get(self.lang) for cid, c in jur.criteria.items()}
        except InputError:
            self.crit_titles = {}
        self.fact_order = {f.id: i for i, f in enumerate(lib.catalogue.facts)}
        self.declined = set(a.facts_declined)
        # a refugee definition met while a ground that applies bars refugee status is shown as barred
        self.barred = bars(a)
        # kinds whose "not met" is no alarm (statelessness, comparisons, a fallback not needed)
        self.neutral = neutral_kinds(a)

    # -- small helpers -------------------------------------------------------------------------
    def t(self, key: str, **fmt: Any) -> str:
        text = messages.t(key, self.lang)
        return text.format(**fmt) if fmt else text

    def date_text(self, d: dt.date) -> str:
        from babel.dates import format_date

        return format_date(d, format="long", locale=_BABEL_LOCALE[self.lang])

    def status_text(self, status: str, klass: str) -> str:
        return self.t(("exclusion." if klass == "exclusion" else "status.") + status)

    def answer(self, fid: str, value: Any) -> str:
        if fid in self.declined:
            return self.t("label.declined_value")
        return answer_text(self.lib.facts.get(fid), value, self.lang, self.date_text)

    def choice_label(self, choice: str) -> str:
        """A situation named by country-of-origin guidance, in the report's language."""
        for f in self.lib.catalogue.facts:
            if f.role == "origin_situations":
                for c in f.choices or []:
                    if c.id == choice:
                        return c.label.get(self.lang)
        return choice

    def answer_words(self, fid: str, value: Any) -> str:
        """An answer in words, whether or not the person declined this question (a possible answer)."""
        return answer_text(self.lib.facts.get(fid), value, self.lang, self.date_text)

    def question(self, fid: str) -> dict:
        fact = self.lib.facts.get(fid)
        return {
            "id": fid,
            "question": fact.question.get(self.lang) if fact else fid,
            "help": fact.help.get(self.lang) if fact else None,
            "declined": fid in self.declined,
        }

    def not_given(self) -> list[dict]:
        """Answers the person preferred not to give, and support questions (specific needs: torture, sexual
        violence...) they did not know: listed, so the adviser returns to them with care and they do not
        vanish from a printed report."""
        support = {f.id for f in self.lib.catalogue.facts if f.element == "specific_needs"}
        ids = list(self.a.facts_declined) + [f for f in self.a.facts_unknown if f in support]
        out = []
        for q in self.sort_questions(ids):
            q["answer"] = self.t("label.declined_value" if q["declined"] else "label.unknown_value")
            out.append(q)
        return out

    def reason(self, r: Reason) -> dict:
        if r.kind == "criterion":
            return {"kind": "criterion", "id": r.id, "label": self.crit_titles.get(r.id, r.id),
                    "value": self.t(f"status.{r.status or 'undetermined'}"), "holds": r.status == "met"}
        q = self.question(r.id)
        return {"kind": "fact", "id": r.id, "label": q["question"], "value": self.answer(r.id, r.value),
                "holds": r.holds}

    def cite(self, c: CitationOut) -> dict:
        entry = self._by_label.get(c.label)
        rank = ("low", "medium", "high")
        if entry is None:
            entry = {"n": len(self.sources) + 1, "label": c.label, "instrument": c.instrument,
                     "provision": c.provision, "year": c.year, "url": safe_url(c.url), "confidence": c.confidence,
                     "confidence_text": self.t(f"confidence.{c.confidence}"), "notes": self.title_notes(c)}
            self.sources.append(entry)
            self._by_label[c.label] = entry
        else:
            if entry["url"] is None and safe_url(c.url):
                entry["url"] = safe_url(c.url)
            if rank.index(c.confidence) < rank.index(entry["confidence"]):
                entry["confidence"] = c.confidence
                entry["confidence_text"] = self.t(f"confidence.{c.confidence}")
        if c.note and c.note not in entry["notes"]:
            entry["notes"].append(c.note)
        return {"n": entry["n"], "label": c.label, "url": safe_url(c.url), "confidence": c.confidence,
                "confidence_text": self.t(f"confidence.{c.confidence}"), "note": c.note}

    def in_sentence(self, key: str, code: str, name: str, **fmt: Any) -> str:
        """A message naming a country inside a sentence: its article and contraction ('no Brasil')."""

        return contract(self.t(key, country=in_sentence(code, self.lang, name), **fmt), self.lang)

    def title_notes(self, c: CitationOut) -> list[str]:
        """A treaty named under its Spanish or Portuguese title keeps its English one in the sources list,
        with the decree that promulgated the Portuguese text (or a word that it is only a translation)."""
        orig = instruments.original(c.instrument, self.lang)
        if orig is None:
            return []
        out = [self.t("report.source.english_title", title=orig["en"])]
        if orig["source"]:
            out.append(self.t("report.source.official_text", source=orig["source"]))
        return out + ([orig["note"]] if orig["note"] else [])

    def sort_questions(self, ids: list[str]) -> list[dict]:
        uniq = list(dict.fromkeys(ids))
        uniq.sort(key=lambda f: (self.fact_order.get(f, len(self.fact_order)), f))
        return [self.question(f) for f in uniq]

    # -- parts -----------------------------------------------------------------------------------
    def criterion(self, c: CriterionResult, klass: str, neutral: bool = False) -> dict:
        quiet = neutral and c.status == "not_met"
        return {
            "id": c.id, "title": c.title, "status": c.status, "held_open": c.held_open,
            "status_text": self.status_text("held_open" if c.held_open else c.status, klass),
            "icon": NEUTRAL_ICON if quiet else _ICON[klass][c.status],
            "tone": "none" if quiet else _TONE[klass][c.status],
            "note": c.note, "reasons": [self.reason(r) for r in c.because],
            "missing": [self.question(f) for f in c.missing],
            "sources": sorted({self.cite(x)["n"] for x in c.citations}),
        }

    def card(self, d: DefinitionResult) -> dict:
        klass = _KLASS.get(d.kind, "inclusion")
        citations = [self.cite(c) for c in d.citations]
        neutral = klass == "inclusion" and d.kind in self.neutral
        crits = [self.criterion(c, klass, neutral) for c in d.criteria]
        groups = []
        for status in _GROUP_ORDER[klass]:
            members = [c for c in crits if c["status"] == status]
            if members:
                groups.append({"status": status, "heading": self.t(f"report.group.{klass}.{status}"),
                               "criteria": members})
        shown = {"status_text": self.status_text(d.status, klass), "icon": _ICON[klass][d.status],
                 "tone": _TONE[klass][d.status],
                 "outcome": self.t(f"outcome.{d.kind if d.kind == 'cessation' else klass}.{d.status}")}
        if neutral and d.status == "not_met":
            # a nationality, a comparison, or a fallback not needed: said in words, never a red ✗
            shown.update(icon=NEUTRAL_ICON, tone="none")
        elif klass == "inclusion" and d.status == "not_met" and not_raised_only(d):
            # a route nothing in the case points to (Art. 1D for someone never under a UN agency): not a refusal
            shown.update(icon=NEUTRAL_ICON, tone="none", status_text=self.t("status.not_raised"),
                         outcome=self.t("outcome.inclusion.not_raised"))
        barred = self.barred if d.kind == "inclusion" and d.status == "met" else None
        if barred:
            # exclusion and cessation end refugee status: a definition they bar is never "✓ met"
            shown = {"status_text": self.t(f"status.met_{barred}"), "icon": BARRED_ICON, "tone": "barred",
                     "outcome": self.t(f"outcome.inclusion.met_{barred}")}
        elif d.held_open and d.discretionary:  # granted at the authority's discretion: it may apply
            shown.update(status_text=self.t("status.discretionary"), outcome=self.t("outcome.discretionary"))
        elif d.held_open:
            shown.update(status_text=self.status_text("held_open", klass),
                         outcome=self.t("outcome.indicated" if klass == "exclusion" else "outcome.held_open"))
        return {
            "id": d.id, "title": d.title, "kind": d.kind, "klass": klass, "status": d.status, **shown,
            "barred": barred, "held_open": d.held_open,
            "note": d.note, "citations": citations, "groups": groups, "size": len(crits),
            # short enough never to break across pages: criteria, their answers, questions and notes
            "keep": len(crits) + sum(len(c["reasons"]) + len(c["missing"]) + (2 if c["note"] else 0)
                                     for c in crits) + (2 if d.note else 0) + len(citations) <= 12,
            "missing": [self.question(f) for f in d.missing],
        }

    def applicant(self, as_of: dt.date) -> list[dict]:

        out = []
        for x in self.a.applicant:
            fact = self.lib.facts.get(x.fact)
            if x.status == "unknown":
                text = self.t("label.unknown_value")
            else:
                text = self.answer(x.fact, x.value)
            if x.status == "known" and fact is not None and fact.role == "birth_date":
                born = dt.date.fromisoformat(x.value)
                if born <= as_of:
                    text += " " + plural(self, "report.age", months_between(born, as_of) // 12)
            out.append({"id": x.fact, "label": x.label, "text": text})
        return out

    def flag(self, f) -> dict:
        return {
            "id": f.id, "title": f.title, "status": f.status, "status_text": self.t(f"flag.{f.status}"),
            "icon": _ICON["flag"][f.status], "tone": _TONE["flag"][f.status], "raised": f.status == "met",
            "explanation": f.explanation, "note": f.note,
            "reasons": [self.reason(r) for r in f.because], "missing": [self.question(x) for x in f.missing],
            "citations": [self.cite(c) for c in f.citations],
        }

    # -- the whole view --------------------------------------------------------------------------
    def build(self, narrative: str | None, produced: dt.date, brief: bool = False) -> dict:

        a = self.a
        as_of = dt.date.fromisoformat(a.as_of)
        needs = referrals(self)  # first: shown first, so their sources are numbered first
        section_list = section_views(self)
        origin = origin_views(self)
        flags = [self.flag(f) for f in a.flags]
        uncertain = [self.cite(c) for c in a.uncertain_sources]
        questions, other_questions = question_lists(self, section_list, flags)
        narrative = (narrative or "").strip() or None
        # Built last, so the sources keep the numbers the cards gave them (in order of appearance).
        titles = {c["id"]: c["title"] for s in section_list for c in s["cards"]}
        summary = Summary(self, a, titles)
        checks = open_checks(self, a.open_checks, titles)
        overall, outcomes = summary.overall(), summary.outcomes()
        steps = Steps(self, a)
        cards = [c for s in section_list for c in s["cards"]]
        settle_first, settle_rest = report_settle.first(self, questions)
        next_steps = steps.next_steps(cards, flags, questions, checks)
        used = sources_used(overall, outcomes, steps, next_steps, needs)
        return {
            "brief": brief,
            "origin_guidance": origin,
            "lang": self.lang,
            "title": self.t("report.title"),
            "subtitle": self.t("report.subtitle"),
            "reference": a.reference,
            "reference_text": a.reference if a.reference else self.t("report.no_reference"),
            "applicant": self.applicant(as_of),
            "jurisdiction": {"code": a.country, "name": a.country_name},
            "as_of": {"iso": a.as_of, "text": self.date_text(as_of)},
            "produced": {"iso": produced.isoformat(), "text": self.date_text(produced)},
            "rules_version": a.rules_version,
            "engine": self.t("engine.kleene") if a.engine == "kleene" else a.engine,
            "overall": overall,
            "outcomes": outcomes,
            "warnings": steps.warnings,
            "referrals": needs,
            "route": route(self), "route_events": route_events(self),
            "deadlines": steps.deadlines,
            "authorities": steps.authorities,
            "disclaimer": a.disclaimer,
            "narrative": narrative,
            "summary": [{"id": c["id"], "title": c["title"], "section": s["id"], "klass": c["klass"],
                         "status": c["status"], "status_text": c["status_text"], "icon": c["icon"], "tone": c["tone"],
                         "barred": c["barred"], "held_open": c["held_open"]}
                        for s in section_list for c in s["cards"]],
            "counts": {"questions": len(questions), "flags_raised": sum(1 for f in flags if f["raised"]),
                       "open_checks": checks["count"]},
            "open_checks": checks,
            "sections": section_list,
            "flags": flags,
            "uncertain": uncertain,
            "questions": questions,
            "would_settle": report_settle.would_settle(self),
            "settle_first": settle_first,
            "settle_rest": settle_rest,
            "other_questions": other_questions,
            "declined": self.sort_questions(list(a.facts_declined)),
            "not_given": self.not_given(),
            "steps": next_steps,
            "next_steps": [step_text(x) for x in next_steps],
            "sources": self.sources,
            "sources_used": used,
        }
