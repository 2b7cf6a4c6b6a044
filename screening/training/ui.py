"""The training interview in the terminal: the trainee types what to ask next (questionary's
autocomplete on a terminal, a plain prompt otherwise), the simulated applicant answers in character,
and at the end the trainee states conclusions. Input and output are injected, so tests drive it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from screening.base.messages import t
from screening.training.matcher import Matcher
from screening.training.session import Conclusions, TrainingSession

# the trainee's commands in the three languages (the words the help line shows)
COMMANDS = {
    "account": {"account", "relato", "story"},
    "follow": {"follow", "f", "seguimiento", "repreguntar", "aprofundar"},
    "clarify": {"clarify", "aclarar", "esclarecer"},
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


class TrainingUI:
    def __init__(self, session: TrainingSession, ask: Callable[[str, list[str]], str], out: Callable[[str], None]):
        self.s, self.ask, self.out = session, ask, out
        self.lang = session.lang
        lib = session.screener.lib
        self.questions = {f.id: f.question.get(self.lang) for f in lib.catalogue.facts}

        self.matcher = Matcher(lib, self.lang)

    def m(self, key: str, **kw: Any) -> str:
        return t(key, self.lang).format(**kw) if kw else t(key, self.lang)

    # -- choosing what to ask --------------------------------------------------------------
    def command(self, text: str) -> str | None:
        w = fold(text.strip())
        return next((c for c, names in COMMANDS.items() if w in {fold(n) for n in names}), None)

    def matches(self, text: str) -> list[str]:
        """Facts whose question the typed words put, best first (ties: the trainee chooses)."""
        return self.matcher.candidates(text)

    def choose(self, text: str) -> str | None:
        """The question a typed line puts: None when none matches, "" when the trainee declined it."""
        found = self.matches(text)
        if len(found) <= 1:
            fid = found[0] if found else None
        else:
            for i, f in enumerate(found, 1):
                self.out(f"   {i}  {self.questions[f]}")
            pick = self.ask(self.m("training.pick"), []).strip()
            fid = found[int(pick) - 1] if pick.isdigit() and 1 <= int(pick) <= len(found) else None
        if fid is not None and self._needs_confirmation(fid, text):
            answer = fold(self.ask(self.m("training.confirm", question=self.questions[fid]), []).strip())
            if answer not in {fold(x) for x in self.m("training.confirm.yes").split(",")}:
                return ""  # not put: the trainee said no
        return fid

    def _needs_confirmation(self, fid: str, text: str) -> bool:
        """Free text that would put an exclusion or cessation question, or a sensitive one about the
        person's needs or route (sexual violence, torture, gender identity): the trainee confirms first. A
        question picked as written, or by its id, is deliberate; the claim's own questions (what harm is
        feared, why) are not held up."""
        fact = self.s.screener.lib.facts[fid]
        typed = text.strip()
        held = fact.topic == "exclusion" or (fact.sensitive and fact.topic in ("needs", "route"))
        return held and typed not in (fid, self.questions[fid])

    # -- the interview ---------------------------------------------------------------------
    def run(self) -> Conclusions:
        """The interview, then the conclusions; Ctrl-D at a question ends the interview (as `end`)."""
        sc = self.s.sc
        key = "training.header_no_age" if sc.persona.age_hidden else "training.header"
        self.out(self.m(key, name=sc.persona.name, age=sc.persona.age, nationality=sc.persona.nationality,
                        country=self.s.country))
        self.out(self.m("training.help"))
        while True:
            try:
                text = self.ask(self.m("training.prompt"), list(self.questions.values()))
            except EOFError:
                self.out("")
                break
            if self.command(text) == "end":
                break
            self.move(text)
        return self.conclude()

    def move(self, text: str) -> None:
        """One line of the trainee's: a command, a question, or words said (introductions, closing)."""
        name = self.s.sc.persona.name
        cmd = self.command(text)
        if cmd == "account":
            self.out(f"  {name}: «{self.s.account()}»")
        elif cmd in ("follow", "clarify"):
            if self.s.last_fact() is None:
                self.out(self.m("training.nothing_to_follow"))
                return
            step = self.s.follow_up() if cmd == "follow" else self.s.clarify()
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
        elif text.strip().startswith(">"):  # words said, not a question: the opening and the closing
            self.s.say(text.strip()[1:].strip())
        elif text.strip():
            fid = self.choose(text)
            if not fid:
                self.out(self.m("training.not_found" if fid is None else "training.not_asked"))
                return
            step = self.s.ask(fid, text if text.strip() != fid else None)
            self.out(f"  > {self.questions[fid]}  [{self.m('training.technique.' + step.technique)}]")
            self.out(f"  {name}: «{step.said}»")

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
