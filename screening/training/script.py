"""Scripted sessions played without a terminal (`screening train ID --script FILE`), and a scenario's
model interview: the moves (models/script.py) played through a training session."""


from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from screening.models.scenario import hidden_case
from screening.models.script import BAR_WORDS, Move, text_in
from screening.training.matcher import Matcher
from screening.training.scoring import bar_conclusion
from screening.training.session import Conclusions, TrainingSession


def engine_conclusions(s: TrainingSession) -> Conclusions:
    """The engine's own conclusions on the scenario's hidden facts (what a script states with
    `conclude: engine`, so that the score measures the interview alone)."""

    a = s.screener.assess(hidden_case(s.sc, s.screener.lib), s.country, s.as_of, s.lang)
    return Conclusions({d.id: "not_met" if d.status == "not_raised" else d.status for d in a.definitions},
                       a.overall, [r.id for r in a.referrals], {d.id: bar_conclusion(d) for d in a.exclusions})


def conclusions_from(value: Any, s: TrainingSession) -> Conclusions:
    if value == "engine":
        return engine_conclusions(s)
    jur = s.screener.lib.jurisdiction(s.country, s.as_of)
    bars = {d.id: BAR_WORDS[value[d.kind]] for d in jur.exclusions if d.kind in value}
    return Conclusions(dict(value.get("definitions") or {}), value.get("overall", "needs_more_information"),
                       [str(r) for r in value.get("referrals") or []], bars)


@dataclass
class Played:
    """One move as played: what the trainee did, the question it put (if any), and the answer."""

    move: str
    text: str = ""
    fact: str | None = None
    technique: str = ""
    said: str = ""


def play(s: TrainingSession, moves: list[Move]) -> list[Played]:
    """Play a script on a session; an `ask` is matched as typed text is (no match: nothing asked)."""

    matcher = Matcher(s.screener.lib, s.lang)
    out: list[Played] = []
    for m in moves:
        if m.kind == "end":
            out.append(Played("end"))
            continue
        if m.kind == "conclude":
            s.conclude(conclusions_from(m.value, s))
            continue
        out.append(_one(s, m, matcher))
    return out


def _one(s: TrainingSession, m: Move, matcher: Any) -> Played:
    if m.kind == "say":
        s.say(text_in(m.value, s.lang))
        return Played("say", text_in(m.value, s.lang))
    if m.kind == "guardian":
        s.safeguard("guardian")
        return Played("guardian")
    if m.kind == "account":
        return Played("account", said=s.account())
    if m.kind == "ask":
        text = text_in(m.value, s.lang)
        fid = matcher.best(text)
        if fid is None:
            return Played("ask", text)
        step = s.ask(fid, text)
        return Played("ask", text, fid, step.technique, step.said)
    if s.last_fact() is None:
        return Played(m.kind)
    step = s.follow_up() if m.kind == "follow" else s.clarify()
    return Played(m.kind, fact=step.fact, said=step.said)
