"""One training interview as it happens: what the trainee asked, in which order, what the simulated
applicant answered, what was recorded, and the trainee's conclusions. Pure: no terminal here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from screening.assess.relevance import follow_up_questions, opening_questions, snapshot
from screening.base.messages import t
from screening.models.case import DECLINED, UNKNOWN, Case
from screening.models.scenario import Scenario, normalise
from screening.training.technique import as_told, classify

StepKind = Literal["account", "ask", "follow_up", "clarify", "say", "safeguard"]


@dataclass
class Step:
    """One move of the trainee, with what it could do at that point (for the economy score)."""

    kind: StepKind
    fact: str | None = None
    said: str = ""  # what the applicant answered
    recorded: Any = None  # the value now recorded for `fact` (UNKNOWN while only a vague answer was given)
    could_change: bool = True  # could the answer still change a result when it was asked?
    text: str = ""  # what the trainee said or typed
    technique: str = ""  # the kind of question (technique.KINDS) for an ask
    layered: list[str] = field(default_factory=list)  # other facts the person told in answer to an open question


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

        self.sc, self.screener, self.lang = normalise(scenario, screener.lib), screener, lang
        self.country = (country or scenario.persona.screened_in).upper()
        self.as_of = as_of or scenario.as_of or dt.date.today()
        self.steps: list[Step] = []
        self.recorded: dict[str, Any] = {}
        self._asked_once: set[str] = set()
        self.conclusions: Conclusions | None = None
        self.distress = 0  # see _press

    # -- what the trainee does ---------------------------------------------------------------
    def account(self) -> str:
        """Ask for the person's own account (the opening narrative)."""
        text = self.sc.opening.get(self.lang)
        self.steps.append(Step("account", said=text))
        return text

    def safeguard(self, which: str) -> None:
        """A safeguard the trainee put in place (e.g. 'guardian': a guardian or representative present)."""
        self.steps.append(Step("safeguard", fact=which))

    def say(self, text: str) -> Step:
        """The trainee's own words that are not a question: introductions, confidentiality, next steps..."""
        step = Step("say", text=text)
        self.steps.append(step)
        return step

    def ask(self, fid: str, text: str | None = None) -> Step:
        """Ask about one fact: the applicant answers in character. A vague or contradictory first answer
        records nothing, and stays so when the question is only repeated, until a follow-up or a
        clarification. An open invitation about the fact's topic also brings out, in the person's own
        words, the other facts of that topic the person has no reason to hold back (layered answers)."""

        text = text if text is not None else self.screener.lib.facts[fid].question.get(self.lang)
        kind = classify(text, self.lang)
        could = self._could_change(fid)
        hf = self.sc.facts.get(fid)
        self._press(fid, kind)
        if hf is None:
            step = Step("ask", fid, *self._not_in_scenario(fid), could, text, kind)
        elif self._shut_down(fid):

            step = Step("ask", fid, t("training.applicant.not_talk", self.lang), DECLINED, could, text, kind)
        elif hf.first_answer is not None and self.recorded.get(fid, UNKNOWN) != hf.value:
            step = Step("ask", fid, hf.first_answer.get(self.lang), self.recorded.get(fid, UNKNOWN), could, text,
                        kind)
        else:
            step = Step("ask", fid, as_told(hf.answer.get(self.lang), kind, self.lang), hf.value, could, text, kind)
            if kind in ("open_invitation", "tell_more"):
                self._layer(step)
        self._asked_once.add(fid)
        self.recorded[fid] = step.recorded
        self.steps.append(step)
        return step

    def _not_in_scenario(self, fid: str) -> tuple[str, Any]:
        """A fact the scenario does not give: "no, nothing like that" to a yes-or-no question about
        exclusion, cessation or a need (a scenario gives every one that is yes), else "I don't know"."""

        fact = self.screener.lib.facts[fid]
        if fact.type == "boolean" and fact.topic in ("exclusion", "needs"):
            return t("training.applicant.nothing_like_that", self.lang), False
        return t("training.applicant.dont_know", self.lang), UNKNOWN

    def _press(self, fid: str, kind: str) -> None:
        """Distress rises with a closed, leading or multiple question on a sensitive topic, and with a
        question asked again once answered (a scenario with `distress:` only)."""
        if self.sc.distress is None:
            return
        fact, hf = self.screener.lib.facts[fid], self.sc.facts.get(fid)
        if fact.sensitive and kind in ("closed", "leading", "multiple"):
            self.distress += 1
        if hf is not None and self.recorded.get(fid) == hf.value:
            self.distress += 1

    def _shut_down(self, fid: str) -> bool:
        """Past the scenario's distress limit, the person will not talk about a sensitive topic not yet told."""
        d, hf = self.sc.distress, self.sc.facts.get(fid)
        return (d is not None and self.distress >= d.limit and self.screener.lib.facts[fid].sensitive
                and hf is not None and self.recorded.get(fid) != hf.value)

    def _layer(self, step: Step) -> None:
        lib = self.screener.lib
        topic = lib.facts[step.fact].topic
        for other, hf in self.sc.facts.items():
            if (other == step.fact or other in self.recorded or hf.first_answer is not None
                    or lib.facts[other].topic != topic or lib.facts[other].sensitive):
                continue
            self.recorded[other] = hf.value
            step.layered.append(other)
            step.said += " " + as_told(hf.answer.get(self.lang), step.technique, self.lang)

    def follow_up(self, fid: str | None = None) -> Step:
        """Ask again, more precisely, about `fid` (default: the last fact asked): the clear answer."""
        return self._clear("follow_up", fid)

    def clarify(self, fid: str | None = None) -> Step:
        """Put an earlier statement back to the person ("You said ... and now ..."): the scenario's
        explanation, and the clear answer recorded. Default: the last fact whose first answer
        contradicted the account and is not yet clear, else the last fact asked."""
        if fid is None:
            unclear = [s.fact for s in self.steps if s.kind == "ask" and s.fact in self.sc.facts
                       and self.sc.facts[s.fact].first_kind == "contradiction"
                       and self.recorded.get(s.fact) != self.sc.facts[s.fact].value]
            fid = unclear[-1] if unclear else None
        return self._clear("clarify", fid)

    def _clear(self, kind: StepKind, fid: str | None) -> Step:
        fid = fid or self.last_fact()
        if fid is None:
            raise ValueError("nothing asked yet to follow up")
        hf = self.sc.facts.get(fid)
        if hf is None:

            step = Step(kind, fid, t("training.applicant.dont_know", self.lang), UNKNOWN, False)
        else:
            said = hf.answer.get(self.lang)
            if kind == "clarify" and hf.explanation is not None:
                said = hf.explanation.get(self.lang)
            step = Step(kind, fid, said, hf.value, False)
        self.recorded[fid] = step.recorded
        self.steps.append(step)
        return step

    def back(self) -> str | None:
        """Undo the last question: its answer is no longer recorded."""
        for i in range(len(self.steps) - 1, -1, -1):
            s = self.steps[i]
            if s.kind in ("ask", "follow_up", "clarify") and s.fact:
                del self.steps[i]
                for other in s.layered:
                    self.recorded.pop(other, None)
                earlier = [x for x in self.steps if x.fact == s.fact and x.kind in ("ask", "follow_up", "clarify")]
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
        return next((s.fact for s in reversed(self.steps) if s.kind in ("ask", "follow_up", "clarify")), None)

    def recorded_case(self) -> Case:
        known = {k: v for k, v in self.recorded.items() if v not in (UNKNOWN, DECLINED, None)}
        return Case(reference=self.sc.id, known=known,
                    unknown=[k for k, v in self.recorded.items() if v == UNKNOWN],
                    declined=[k for k, v in self.recorded.items() if v == DECLINED])

    def asked(self) -> list[str]:
        return list(dict.fromkeys(s.fact for s in self.steps if s.kind == "ask" and s.fact))

    def heard_anything(self) -> bool:
        """Did the trainee ask anything at all (the account or a question)?"""
        return any(s.kind in ("account", "ask") for s in self.steps)

    def _could_change(self, fid: str) -> bool:
        """Could an answer to `fid` still change a result, given what is recorded? Opening questions
        (who the person is, dates, filing) always could: reports and deadlines use them."""

        lib = self.screener.lib
        if fid in opening_questions(lib, self.recorded) or fid in follow_up_questions(lib, self.recorded):
            return True
        case = self.recorded_case()
        answered = {k for k in self.recorded}
        return fid in snapshot(self.screener, case, self.country, self.as_of, answered).open_facts
