"""The interview's logic, with no terminal in it: what to ask next, back, edit, progress, changes.

The terminal face (interview_ui.py) and the answers-file runner both drive this class, and the
tests drive it directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .assess import Screener
from .models.assessment import Assessment
from .relevance import Snapshot, relevant_answers, snapshot
from .session import Session


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

    # -- state -----------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        s = self.session
        return snapshot(self.screener, s.case(), s.country, self.as_of, set(s.answers))

    def next_fact(self) -> str | None:
        """The first unanswered question that can still change a status; None when nothing can."""
        return self.snap.open_facts[0] if self.snap.open_facts else None

    def done(self) -> bool:
        return not self.snap.open_facts

    def progress(self) -> tuple[int, int, int]:
        """(criteria settled, criteria in all, questions that could still be asked)."""
        crits = [v for k, v in self.snap.statuses.items() if k.startswith("criterion:")]
        settled = sum(1 for v in crits if v != "undetermined")
        return settled, len(crits), len(self.snap.open_facts)

    def previous(self, current: str | None) -> str | None:
        """The question before `current` in the order they were answered (for Back)."""
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


def answer_from(interview: Interview, answers: dict[str, Any], say) -> list[str]:
    """Run the interview from prepared answers (an --answers file): ask what the rules need, take
    the answer from the file, record "unknown" (never "no") for what the file does not answer."""
    from .interview_answers import t
    from .models.case import UNKNOWN

    lang = interview.session.lang
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
