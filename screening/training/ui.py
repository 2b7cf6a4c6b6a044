"""The training interview in the terminal: the trainee types what to ask next (questionary's
autocomplete on a terminal, a plain prompt otherwise), the simulated applicant answers in character,
and at the end the trainee states conclusions. Input and output are injected, so tests drive it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from screening.base.messages import t
from screening.training.session import Conclusions, TrainingSession

# the trainee's commands in the three languages (the words the help line shows)
COMMANDS = {
    "account": {"account", "relato", "story"},
    "follow": {"follow", "f", "seguimiento", "repreguntar", "aprofundar"},
    "back": {"back", "<", "atrás", "atras", "volver", "voltar"},
    "guardian": {"guardian", "tutor", "responsável", "responsavel"},
    "end": {"end", "fin", "fim", "terminar"},
    "topics": {"?", "topics", "temas"},
}
_STATUS = {"1": "met", "2": "not_met", "3": "undetermined"}
_OVERALL = {"1": "eligible", "2": "not_eligible", "3": "needs_more_information"}
# exclusion and cessation: conduct-based grounds are at most indicated (refer), plain-fact ones may apply
_BAR = {"1": "bar_clear", "2": "bar_indicated", "3": "bar_applies", "4": "undetermined"}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9_]+", fold(text)) if len(w) > 2}


class TrainingUI:
    def __init__(self, session: TrainingSession, ask: Callable[[str, list[str]], str], out: Callable[[str], None]):
        self.s, self.ask, self.out = session, ask, out
        self.lang = session.lang
        lib = session.screener.lib
        self.questions = {f.id: f.question.get(self.lang) for f in lib.catalogue.facts}

    def m(self, key: str, **kw: Any) -> str:
        return t(key, self.lang).format(**kw) if kw else t(key, self.lang)

    # -- choosing what to ask --------------------------------------------------------------
    def command(self, text: str) -> str | None:
        w = fold(text.strip())
        return next((c for c, names in COMMANDS.items() if w in {fold(n) for n in names}), None)

    def matches(self, text: str) -> list[str]:
        """Facts whose question (or id) matches the typed words, best first."""
        raw = text.strip()
        exact = [fid for fid, q in self.questions.items() if raw == q or raw == fid]
        if exact:
            return exact[:1]
        want = words(raw)
        if not want:
            return []
        scored = []
        for fid, q in self.questions.items():
            have = words(q) | words(fid.replace("_", " "))
            hit = sum(1 for w in want
                      if w in have or any(h.startswith(w) or w.startswith(h) for h in have if len(h) > 3))
            if hit:
                # first how many typed words it has, then how much of the question they cover
                scored.append((-hit / len(want), -hit / max(1, len(words(q))), fid))
        scored.sort()
        if not scored:
            return []
        best = [x for x in scored if x[0] == scored[0][0]]
        # every typed word found, and clearly the closer question: take it
        if len(best) > 1 and best[0][0] == -1 and best[0][1] <= 1.5 * best[1][1]:
            return [best[0][2]]
        return [fid for _, _, fid in best][:8]

    def choose(self, text: str) -> str | None:
        found = self.matches(text)
        if len(found) <= 1:
            return found[0] if found else None
        for i, fid in enumerate(found, 1):
            self.out(f"   {i}  {self.questions[fid]}")
        pick = self.ask(self.m("training.pick"), []).strip()
        return found[int(pick) - 1] if pick.isdigit() and 1 <= int(pick) <= len(found) else None

    # -- the interview ---------------------------------------------------------------------
    def run(self) -> Conclusions:
        sc = self.s.sc
        self.out(self.m("training.header", name=sc.persona.name, age=sc.persona.age,
                        nationality=sc.persona.nationality, country=self.s.country))
        self.out(self.m("training.help"))
        name = sc.persona.name
        while True:
            text = self.ask(self.m("training.prompt"), list(self.questions.values()))
            cmd = self.command(text)
            if cmd == "end":
                break
            if cmd == "account":
                self.out(f"  {name}: «{self.s.account()}»")
            elif cmd == "follow":
                if self.s.last_fact() is None:
                    self.out(self.m("training.nothing_to_follow"))
                    continue
                step = self.s.follow_up()
                self.out(f"  {name}: «{step.said}»")
            elif cmd == "back":
                fid = self.s.back()
                if fid:
                    self.out(self.m("training.back_done", question=self.questions[fid]))
            elif cmd == "guardian":
                self.s.safeguard("guardian")
                self.out(self.m("training.guardian_noted"))
            elif cmd == "topics":
                self._topics()
            elif text.strip():
                fid = self.choose(text)
                if fid is None:
                    self.out(self.m("training.not_found"))
                    continue
                self.out(f"  > {self.questions[fid]}")
                step = self.s.ask(fid)
                unclear = sc.facts.get(fid) is not None and step.recorded != sc.facts[fid].value
                self.out(f"  {name}: «{step.said}»" + (f"  {self.m('training.recorded_unclear')}" if unclear
                                                       and sc.facts[fid].first_answer else ""))
        return self.conclude()

    def _topics(self) -> None:
        lib = self.s.screener.lib
        by_topic: dict[str, list[str]] = {}
        for f in lib.catalogue.facts:
            by_topic.setdefault(f.topic, []).append(f.question.get(self.lang))
        for topic, qs in by_topic.items():
            self.out(f"  [{topic}]")
            for q in qs:
                self.out(f"    - {q}")

    def conclude(self) -> Conclusions:
        lib = self.s.screener.lib
        jur = lib.jurisdiction(self.s.country, self.s.as_of)
        self.out("")
        self.out(self.m("training.conclude.heading"))
        c = Conclusions()
        for d in jur.definitions:
            c.definitions[d.id] = self._pick(self.m("training.conclude.definition", title=d.title.get(self.lang)),
                                             _STATUS)
        for d in jur.exclusions:
            c.exclusions[d.id] = self._pick(self.m("training.conclude.bar", title=d.title.get(self.lang)), _BAR,
                                            "training.conclude.again_bar")
        c.overall = self._pick(self.m("training.conclude.overall"), _OVERALL)
        flags = [f for f in jur.flags if f.kind == "referral"]
        for i, f in enumerate(flags, 1):
            self.out(f"   {i}  {f.title.get(self.lang)}")
        raw = self.ask(self.m("training.conclude.referrals"), [])
        nums = [int(x) for x in re.split(r"[,\s]+", raw.strip()) if x.isdigit()]
        c.referrals = [flags[n - 1].id for n in nums if 1 <= n <= len(flags)]
        self.s.conclude(c)
        return c

    def _pick(self, prompt: str, options: dict[str, str], again: str = "training.conclude.again") -> str:
        while True:
            v = self.ask(prompt, []).strip()
            if v in options:
                return options[v]
            self.out(self.m(again))
