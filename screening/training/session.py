"""One training interview as it happens: what the trainee asked, in which order, what the simulated
applicant answered, what was recorded, and the trainee's conclusions. Pure: no terminal here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from screening.models.case import DECLINED, UNKNOWN, Case
from screening.models.scenario import Scenario

StepKind = Literal["account", "ask", "follow_up", "safeguard"]


@dataclass
class Step:
    """One move of the trainee, with what it could do at that point (for the economy score)."""

    kind: StepKind
    fact: str | None = None
    said: str = ""  # what the applicant answered
    recorded: Any = None  # the value now recorded for `fact` (UNKNOWN while only a vague answer was given)
    could_change: bool = True  # could the answer still change a result when it was asked?


@dataclass
class Conclusions:
    definitions: dict[str, str] = field(default_factory=dict)  # definition id -> met | not_met | undetermined
    overall: str = "needs_more_information"
    referrals: list[str] = field(default_factory=list)
    # exclusion and cessation set id -> bar_clear | bar_indicated | bar_applies | undetermined
    exclusions: dict[str, str] = field(default_factory=dict)


class TrainingSession:
    def __init__(self, scenario: Scenario, screener: Any, lang: str, country: str | None = None,
                 as_of: dt.date | None = None):
        from screening.models.scenario import normalise

        self.sc, self.screener, self.lang = normalise(scenario, screener.lib), screener, lang
        self.country = (country or scenario.persona.screened_in).upper()
        self.as_of = as_of or scenario.as_of or dt.date.today()
        self.steps: list[Step] = []
        self.recorded: dict[str, Any] = {}
        self._asked_once: set[str] = set()
        self.conclusions: Conclusions | None = None

    # -- what the trainee does ---------------------------------------------------------------
    def account(self) -> str:
        """Ask for the person's own account (the opening narrative)."""
        text = self.sc.opening.get(self.lang)
        self.steps.append(Step("account", said=text))
        return text

    def safeguard(self, which: str) -> None:
        """A safeguard the trainee put in place (e.g. 'guardian': a guardian or representative present)."""
        self.steps.append(Step("safeguard", fact=which))

    def ask(self, fid: str) -> Step:
        """Ask about one fact: the applicant answers in character. A vague or contradictory first answer
        records nothing until a follow-up."""
        could = self._could_change(fid)
        hf = self.sc.facts.get(fid)
        if hf is None:
            from screening.base.messages import t

            step = Step("ask", fid, t("training.applicant.dont_know", self.lang), UNKNOWN, could)
        elif hf.first_answer is not None and fid not in self._asked_once:
            step = Step("ask", fid, hf.first_answer.get(self.lang), self.recorded.get(fid, UNKNOWN), could)
        else:
            step = Step("ask", fid, hf.answer.get(self.lang), hf.value, could)
        self._asked_once.add(fid)
        self.recorded[fid] = step.recorded
        self.steps.append(step)
        return step

    def follow_up(self, fid: str | None = None) -> Step:
        """Ask again, more precisely, about `fid` (default: the last fact asked): the clear answer."""
        fid = fid or self.last_fact()
        if fid is None:
            raise ValueError("nothing asked yet to follow up")
        hf = self.sc.facts.get(fid)
        if hf is None:
            from screening.base.messages import t

            step = Step("follow_up", fid, t("training.applicant.dont_know", self.lang), UNKNOWN, False)
        else:
            step = Step("follow_up", fid, hf.answer.get(self.lang), hf.value, False)
        self.recorded[fid] = step.recorded
        self.steps.append(step)
        return step

    def back(self) -> str | None:
        """Undo the last question: its answer is no longer recorded."""
        for i in range(len(self.steps) - 1, -1, -1):
            s = self.steps[i]
            if s.kind in ("ask", "follow_up") and s.fact:
                del self.steps[i]
                earlier = [x for x in self.steps if x.fact == s.fact and x.kind in ("ask", "follow_up")]
                if earlier:
                    self.recorded[s.fact] = earlier[-1].recorded
                else:
                    self.recorded.pop(s.fact, None)
                    self._asked_once.discard(s.fact)
                return s.fact
        return None

    def conclude(self, conclusions: Conclusions) -> None:
        self.conclusions = conclusions

    # -- state -------------------------------------------------------------------------------
    def last_fact(self) -> str | None:
        return next((s.fact for s in reversed(self.steps) if s.kind in ("ask", "follow_up")), None)

    def recorded_case(self) -> Case:
        known = {k: v for k, v in self.recorded.items() if v not in (UNKNOWN, DECLINED, None)}
        return Case(reference=self.sc.id, known=known,
                    unknown=[k for k, v in self.recorded.items() if v == UNKNOWN],
                    declined=[k for k, v in self.recorded.items() if v == DECLINED])

    def asked(self) -> list[str]:
        return list(dict.fromkeys(s.fact for s in self.steps if s.kind == "ask" and s.fact))

    def _could_change(self, fid: str) -> bool:
        """Could an answer to `fid` still change a result, given what is recorded? Opening questions
        (who the person is, dates, filing) always could: reports and deadlines use them."""
        from screening.assess.relevance import follow_up_questions, opening_questions, snapshot

        lib = self.screener.lib
        if fid in opening_questions(lib, self.recorded) or fid in follow_up_questions(lib, self.recorded):
            return True
        case = self.recorded_case()
        answered = {k for k in self.recorded}
        return fid in snapshot(self.screener, case, self.country, self.as_of, answered).open_facts
