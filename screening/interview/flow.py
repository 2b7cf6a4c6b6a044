"""The interview's logic, with no terminal in it: what to ask next, back, edit, progress, changes.

The terminal face (interview_ui.py) and the answers-file runner both drive this class, and the
tests drive it directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from screening.assess.decisive import most_decisive
from screening.assess.relevance import (
    Snapshot,
    follow_up_questions,
    opening_questions,
    order,
    relevant_answers,
    snapshot,
)
from screening.assess.screener import Screener
from screening.interview.answers import t
from screening.interview.session import NARRATIVE, REFERENCE, Session
from screening.law.origin_guidance import adviser_notes
from screening.models.assessment import Assessment
from screening.models.case import UNKNOWN


@dataclass
class Change:
    key: str  # "criterion:def/id", "definition:id", "flag:id"
    before: str
    after: str


@dataclass
class EditResult:
    changes: list[Change]
    set_aside: list[str]  # answers the edit made irrelevant (kept in the session, not used)


class Interview:
    def __init__(self, screener: Screener, session: Session, as_of: dt.date | None = None):
        self.screener = screener
        self.session = session
        self.as_of = as_of or (dt.date.fromisoformat(session.as_of) if session.as_of else dt.date.today())
        self.snap: Snapshot = self._snapshot()
        self._decisive: tuple[Snapshot, list[str]] | None = None

    # -- state -----------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        s = self.session
        return snapshot(self.screener, s.case(), s.country, self.as_of, set(s.answers))

    def remaining(self) -> list[str]:
        """The facts still to ask, in order: the opening questions first (as interview guides open:
        who the person is, when they came, whether they applied), then those whose answer can still
        change a status: the most decisive first (`_lead`), the rest in the order of relevance.py."""
        s = self.session
        lib = self.screener.lib
        opening = [f for f in opening_questions(lib, s.answers) if f not in s.answers]
        follow = [f for f in follow_up_questions(lib, s.answers) if f not in s.answers]
        rest = order(self.screener, list(dict.fromkeys(self.snap.open_facts + follow)))
        lead = None if opening else self._lead(rest)  # the opening questions come first whatever settles
        if lead is not None:
            rest = [lead] + [f for f in rest if f != lead]
        return opening + [f for f in rest if f not in opening]

    def _lead(self, rest: list[str]) -> str | None:
        """The most decisive open question (screening/explain/settle.py: in the smallest set of answers that would
        settle an open result), asked before the interview order's next one. Specific needs, exclusion and
        sensitive questions keep their place: asked with care, after the account, as trained interviewers do."""
        if self._decisive is None or self._decisive[0] is not self.snap:
            s = self.session
            self._decisive = (self.snap, most_decisive(self.screener, s.case(), s.country, self.as_of))
        facts = self.screener.lib.facts
        for fid in self._decisive[1]:
            fact = facts.get(fid)
            if fid in rest and fact is not None and not fact.sensitive and fact.topic not in ("needs", "exclusion"):
                return fid
        return None

    def next_fact(self) -> str | None:
        """The next fact to ask; None when nothing left can change a status or is needed by a report."""
        left = self.remaining()
        return left[0] if left else None

    def next_step(self) -> str | None:
        """What a person is asked next: the case reference (when none was given), the opening
        questions, the free narrative (offered once, optional), then the questions the rules need."""
        s = self.session
        if s.reference is None and REFERENCE not in s.asked:
            return REFERENCE
        fid = self.next_fact()
        if NARRATIVE not in s.asked and not s.narrative and (fid is None or not self._is_opening(fid)):
            return NARRATIVE
        return fid

    def _is_opening(self, fid: str) -> bool:
        fact = self.screener.lib.facts.get(fid)
        return bool(fact and fact.opening)

    def guidance(self, fid: str) -> list:
        """The notes the catalogue shows with this question's element while one of their flags is met
        (for a child, the considerations before any exclusion): data in rules/facts.yaml."""
        lib = self.screener.lib
        fact = lib.facts.get(fid)
        element = next((e for e in lib.catalogue.elements if fact and e.id == fact.element), None)
        if element is None:
            return []
        met = {k.split(":", 1)[1] for k, v in self.snap.statuses.items() if k.startswith("flag:") and v == "met"}
        return [g.text for g in element.guidance if met & set(g.if_flags)]

    def origin_notes(self, fid: str, lang: str) -> list[str]:
        """Country-of-origin guidance shown beside a situation or profile question (the catalogue's
        `origin_guidance`): what to check and record, never an answer."""

        lib = self.screener.lib
        fact = lib.facts.get(fid)
        if fact is None or fact.origin_guidance is None:
            return []
        origin = next((f.id for f in lib.catalogue.facts if f.role == "origin_country"), None)
        code = self.session.answers.get(origin) if origin else None
        if not isinstance(code, str):
            return []
        return adviser_notes(lib, code, self.as_of, lang, fact.origin_guidance)

    def done(self) -> bool:
        return not self.remaining()

    def progress(self) -> tuple[int, int, int]:
        """(criteria settled, criteria in all, questions that could still be asked)."""
        crits = [v for k, v in self.snap.statuses.items() if k.startswith("criterion:")]
        settled = sum(1 for v in crits if v != "undetermined")
        return settled, len(crits), len(self.remaining())

    def previous(self, current: str | None) -> str | None:
        """The question (or step) before `current` in the order they were answered (for Back)."""
        asked = self.session.asked
        if current in asked:
            i = asked.index(current)
            return asked[i - 1] if i > 0 else None
        return asked[-1] if asked else None

    # -- answering -------------------------------------------------------------------------
    def answer(self, fid: str, value: Any) -> EditResult:
        """Record an answer (a new one, or a change to an earlier one) and save the session at once.

        Changing an earlier answer may make others irrelevant: those the rules no longer need are
        set aside, never deleted, and are offered again if they become relevant again."""
        s = self.session
        editing = fid in s.answers
        before_rel = self._relevant() if editing else set()
        old = self.snap
        s.answer(fid, value)
        moved: list[str] = []
        if editing:
            after_rel = self._relevant()
            moved = sorted(before_rel - after_rel - {fid})
            for f in moved:
                s.put_aside(f)
        s.save()
        self.snap = self._snapshot()
        return EditResult(self._changes(old, self.snap), moved)

    def set_reference(self, text: str | None) -> None:
        self.session.set_reference(text)
        self.session.save()

    def set_narrative(self, text: str | None) -> None:
        self.session.set_narrative(text)
        self.session.save()

    def _relevant(self) -> set[str]:
        s = self.session
        return relevant_answers(self.screener, s.case(), s.country, self.as_of, set(s.answers))

    @staticmethod
    def _changes(old: Snapshot, new: Snapshot) -> list[Change]:
        return [Change(k, old.statuses.get(k, "undetermined"), v) for k, v in new.statuses.items()
                if old.statuses.get(k, "undetermined") != v]

    def finish(self) -> Assessment:
        self.session.finished = True
        self.session.save()
        return self.assessment()

    def assessment(self, lang: str | None = None) -> Assessment:
        s = self.session
        return self.screener.assess(s.case(), s.country, self.as_of, lang or s.lang)


def answer_from(interview: Interview, answers: dict[str, Any], say, *, reference: str | None = None,
                narrative: str | None = None) -> list[str]:
    """Run the interview from prepared answers (an --answers file): ask the opening questions and
    what the rules need, take the answer from the file, record "unknown" (never "no") for what the
    file does not answer. The file's reference (when the session has none) and narrative are kept."""

    lang = interview.session.lang
    s = interview.session
    if reference and not s.reference:
        s.reference = reference.strip() or None
    if narrative and not s.narrative:
        interview.set_narrative(narrative)
    used: list[str] = []
    while (fid := interview.next_fact()) is not None:
        if fid in answers:
            interview.answer(fid, answers[fid])
            used.append(fid)
        else:
            say(t("interview.answers_missing", lang, fact=fid))
            interview.answer(fid, UNKNOWN)
    unused = [f for f in answers if f not in used]
    if unused:
        say(t("interview.answers_unused", lang, facts=", ".join(unused)))
    return used
