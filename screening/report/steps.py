"""What to do next, and by when: filing deadlines as dates, who receives claims, the problems with the
input, and next steps specific to the outcome and the country.

The core gives each national filing period as a date (screening/explain/deadlines.py), the authorities a
country file records, the warnings about the input (screening/explain/warnings.py) and, in the fact
catalogue, the evidence that would support an answer. This module only words them, in the
report's language, as plain data for the view built in screening/report/context.py:

    deadline {flag, label, title, status, status_text, icon, tone, due {iso, text} | None, days_left,
              start {iso, text} | None, filed_on {iso, text} | None, headline, basis, action,
              sources: [n], notes: [note], note}
    authority {name, role, note, sources: [n]}
    warning {code, text}
    step {kind, text, tone, sources: [n], entries: [{text, sources: [n], note}]}

A deadline's status is always said in words beside its symbol (`tone` only picks a colour): near
(10 days or fewer) is amber, passed and filed late are red and say that a late claim is still never
a bar (or, where the country file says the period bars something, what it bars), and an unknown start
date says what the period runs from.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from screening.base import messages
from screening.models.assessment import Assessment, Authority, Deadline
from screening.report.summary import check_names, low_confidence_note, plural

if TYPE_CHECKING:
    from screening.report.context import ReportBuilder

DEADLINE_ICON = {"open": "◷", "near": "⚠", "passed": "!", "filed_in_time": "✓", "filed_late": "!", "unknown": "?"}
DEADLINE_TONE = {"open": "none", "near": "near", "passed": "bad", "filed_in_time": "good", "filed_late": "bad",
                 "unknown": "none"}
# the order of urgency, for the summary and the next steps
_URGENCY = {"passed": 0, "near": 1, "unknown": 2, "open": 3, "filed_late": 4, "filed_in_time": 5}


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


class Steps:
    """Deadlines, authorities, warnings and next steps of one assessment, in the report's language."""

    def __init__(self, b: ReportBuilder, a: Assessment):
        self.b, self.a = b, a
        self.deadlines = [self.deadline(d) for d in sorted(a.deadlines, key=lambda d: _URGENCY.get(d.status, 9))]
        self.authorities = [self.authority(x) for x in a.authorities]
        self.warnings = [{"code": w.code, "text": w.text} for w in a.warnings]

    # -- words for dates -------------------------------------------------------------------------
    def full_date(self, iso: str) -> dict:
        """A date in words with its weekday (a filing day), e.g. «viernes, 4 de diciembre de 2026»."""
        from babel.dates import format_date

        d = dt.date.fromisoformat(iso)
        return {"iso": iso, "text": format_date(d, format="full", locale=self.b.lang)}

    def date(self, iso: str) -> dict:
        return {"iso": iso, "text": self.b.date_text(dt.date.fromisoformat(iso))}

    def start_text(self, d: Deadline) -> str:
        """What the period runs from: "from the date of entry", else from the answer to the question."""
        key = f"report.deadline.from.{d.start_fact}"
        if key in messages.catalogue():
            return self.b.t(key)
        return self.b.t("report.deadline.from_fact", question=self.b.question(d.start_fact)["question"])

    def basis(self, d: Deadline) -> str:
        start = self.start_text(d)
        if d.start:
            start += f" ({self.date(d.start)['text']})"
        period = plural(self.b, f"report.deadline.unit.{d.unit}", _number(d.period))  # type: ignore[arg-type]
        text = self.b.t("report.deadline.basis", period=period, start=start)
        if d.unit == "working_days":
            text += "; " + self.b.t("report.deadline.working_days_note")
        return text

    # -- parts -----------------------------------------------------------------------------------
    def deadline(self, d: Deadline) -> dict:
        b = self.b
        due = self.full_date(d.due) if d.due else None
        filed = self.date(d.filed_on) if d.filed_on else None
        n = d.days_left if d.days_left is not None else 0
        fmt: dict[str, Any] = {"due": due["text"] if due else "", "filed": filed["text"] if filed else "",
                               "start": self.start_text(d)}
        status = d.status
        key: str = status
        if status in ("open", "near"):
            fmt["left"] = plural(b, "report.deadline.left", n)
            key = "today" if n == 0 else status
        elif status == "passed":
            fmt["days"] = plural(b, "report.deadline.days", -n)
        elif status == "filed_late" and d.filed_on and d.due:
            fmt["days"] = plural(b, "report.deadline.days",
                                 (dt.date.fromisoformat(d.filed_on) - dt.date.fromisoformat(d.due)).days)
        if status in ("passed", "filed_late") and d.bars:  # the law makes this period a bar: say what it bars
            key, fmt["bars"] = f"{status}_bar", d.bars
        sources = sorted({b.cite(c)["n"] for c in d.citations})
        low = low_confidence_note(b, [c for c in d.citations if c.confidence == "low"])
        return {
            "flag": d.flag, "title": d.title, "status": status, "status_text": b.t(f"report.deadline.status.{status}"),
            "label": b.t("report.deadline.label") if len(self.a.deadlines) == 1 else d.title,
            "icon": DEADLINE_ICON[status], "tone": DEADLINE_TONE[status], "due": due, "days_left": d.days_left,
            "start": self.date(d.start) if d.start else None, "filed_on": filed,
            "headline": b.t(f"report.deadline.{key}", **fmt), "basis": self.basis(d),
            "action": b.t(f"next.deadline.{key}", **fmt), "sources": sources, "notes": [low] if low else [],
            "note": d.note,
        }

    def authority(self, x: Authority) -> dict:
        role = x.role + (" " + self.b.t("next.authority_contact", contact=x.contact) if x.contact else "")
        return {"name": x.name, "role": role, "note": x.note,
                "sources": sorted({self.b.cite(c)["n"] for c in x.citations})}

    def evidence(self, questions: list[dict]) -> list[dict]:
        """What would support each missing answer, where the fact catalogue names it, by the number the
        question has under "Information still missing" (the question itself is not repeated)."""
        entries = []
        for k, q in enumerate(questions, 1):
            fact = self.b.lib.facts.get(q["id"])
            if fact is not None and fact.evidence is not None:
                # a question the applicant preferred not to answer is returned to only with care and consent
                entries.append({"text": self.b.t("next.evidence_item", n=k, evidence=fact.evidence.get(self.b.lang)),
                                "sources": [], "note": self.b.t("report.declined") if q["declined"] else None,
                                "fact": q["id"]})
        return entries

    # -- next steps ------------------------------------------------------------------------------
    def next_steps(self, cards: list[dict], flags: list[dict], questions: list[dict], checks: dict) -> list[dict]:
        return [*self._first_steps(cards, flags, questions), *self._clause_steps(cards, checks),
                *self._closing_steps(cards)]

    def _first_steps(self, cards: list[dict], flags: list[dict], questions: list[dict]) -> list[dict]:
        """Review, the dates (a clinic acts on them before anything else), where to file, what to ask and
        gather, and the flags raised."""
        b = self.b
        steps = [_step("review", b.t("next.review"))]
        if self.warnings:
            steps.append(_step("warnings", plural(b, "next.warnings", len(self.warnings)), tone="bad"))
        for d in self.deadlines:
            low = "".join(f"; {n['text']}" for n in d["notes"])
            steps.append(_step("deadline", f"{d['action']} {d['basis']}{low}.", tone=d["tone"], sources=d["sources"]))
        country = self.a.country_name
        if self.authorities:
            steps.append(_step("authority", b.t("next.authority", country=country),
                               entries=[{"text": f"{x['name']}: {x['role']}", "sources": x["sources"],
                                         "note": x["note"]} for x in self.authorities]))
        else:
            steps.append(_step("authority", b.t("next.no_authority", country=country), tone="open"))
        if questions:
            steps.append(_step("ask", plural(b, "next.ask", len(questions))))
        evidence = self.evidence(questions)
        if evidence:
            steps.append(_step("evidence", b.t("next.evidence"), entries=evidence))
        if any(c["klass"] == "inclusion" and c["status"] == "met" and not c["barred"] and c["kind"] != "comparison"
               for c in cards):
            steps.append(_step("prepare_claim", b.t("next.prepare_claim")))
        timed = {d["flag"] for d in self.deadlines}
        for f in flags:
            if f["raised"] and f["id"] not in timed:  # a raised filing flag is said by its deadline above
                steps.append(_step("flag", b.t("next.flag", title=f["title"])))
        return steps

    def _clause_steps(self, cards: list[dict], checks: dict) -> list[dict]:
        """Exclusion and cessation, the open checks that matter, and what a bar leaves to settle."""
        b, a = self.b, self.a
        steps = []
        for kind in ("exclusion", "cessation"):
            if any(c["kind"] == kind and c["status"] == "met" for c in cards):
                steps.append(_step(f"{kind}_applies", b.t(f"next.{kind}_applies"), tone="bad"))
            elif any(c["kind"] == kind and c["status"] == "undetermined" and c["held_open"] for c in cards):
                # pointed to by the answers, and only the authority can weigh it: refer, never conclude
                steps.append(_step(f"{kind}_indicated", b.t(f"next.{kind}_indicated"), tone="bad"))
            elif any(c["kind"] == kind and c["status"] == "undetermined" for c in cards):
                steps.append(_step(f"{kind}_open", b.t(f"next.{kind}_open")))
        # Only the open checks that could change a result worth filing for: examining exclusion with
        # someone no definition covers would ask about crimes for nothing.
        relevant = {c for o in a.outcomes.values() for c in o.open_checks}
        if relevant:
            steps.append(_step("open_checks", plural(b, "next.open_checks", len(relevant),
                                                     names="; ".join(check_names(checks, relevant)))))
        status = {k: o.status for k, o in a.outcomes.items()}
        if b.barred and status.get("complementary_protection") == "needs_more_information":
            # exclusion and cessation never bar protection from return: it must still be settled
            steps.append(_step("return_protection_open", b.t("next.return_protection_open")))
        if a.overall == "not_eligible":
            steps.append(_step("not_eligible", b.t("next.not_eligible_barred" if b.barred else "next.not_eligible")))
        return steps

    def _closing_steps(self, cards: list[dict]) -> list[dict]:
        """What was not said, sources to verify, what was not screened, and confidentiality."""
        b, a = self.b, self.a
        status = {k: o.status for k, o in a.outcomes.items()}
        steps = []
        if b.declined:
            steps.append(_step("declined", b.t("next.declined")))
        elif any(q["id"] in a.facts_unknown for q in b.not_given()):
            steps.append(_step("not_given", b.t("next.not_given")))
        if a.uncertain_sources:
            steps.append(_step("verify_sources", b.t("next.verify_sources")))
        if status.get("complementary_protection", "not_screened") == "not_screened" and \
                not any(c["kind"] == "complementary" for c in cards):
            steps.append(_step("complementary_not_screened", b.t("next.complementary_not_screened")))
        if status.get("statelessness") == "not_screened":
            steps.append(_step("statelessness_not_screened", b.t("next.statelessness_not_screened")))
        steps.append(_step("confidential", b.t("next.confidential")))
        return steps


def _step(kind: str, text: str, *, tone: str = "none", sources: list[int] | None = None,
          entries: list[dict] | None = None) -> dict:
    return {"kind": kind, "text": text, "tone": tone, "sources": sources or [], "entries": entries or []}


def step_text(step: dict) -> str:
    """One step as a single line of text (for `r.next_steps` and templates that want one string)."""
    parts = [step["text"]]
    for item in step["entries"]:
        refs = f" [{', '.join(map(str, item['sources']))}]" if item["sources"] else ""
        parts.append(f"{item['text']}{refs}")
    return " ".join([parts[0], "; ".join(parts[1:])]) if len(parts) > 1 else parts[0]
