"""The interview in a terminal: one question at a time, typed answers, help, back, review.

Typed answers (numbers for listed options, words in three languages, symbols for commands) rather
than arrow-key menus: they work the same in any terminal, over a slow remote line, with a screen
reader, and convey nothing by colour alone. Prompting goes through questionary (prompt_toolkit);
`ask` is injectable so tests drive the same code through prompt_toolkit pipe input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .interview import Interview
from .interview_answers import NotUnderstood, command, display, options, parse, t
from .models.case import DECLINED, UNKNOWN
from .models.catalogue import Fact
from .relevance import criteria_reading

Ask = Callable[[str, str, Any | None], str]  # (prompt, default text, completer) -> typed text


def questionary_ask(**prompt_kwargs: Any) -> Ask:
    """An `ask` backed by questionary; `prompt_kwargs` (input=, output=) are for pipe-input tests."""
    import questionary

    def ask(prompt: str, default: str, completer: Any) -> str:
        return questionary.text(prompt, default=default, completer=completer, qmark="›", **prompt_kwargs).unsafe_ask()

    return ask


class TerminalInterview:
    def __init__(self, interview: Interview, ask: Ask, out: Callable[[str], None], resume_command: str,
                 assess_command: str):
        self.iv = interview
        self.ask = ask
        self.out = out
        self.lang = interview.session.lang
        self.lib = interview.screener.lib
        self.resume_command = resume_command
        self.assess_command = assess_command
        self.show_changes = False
        self._last_changes: list = []

    # -- the loop --------------------------------------------------------------------------
    def run(self) -> str:
        """Ask until nothing left can change a status ("finished") or the user stops ("stopped")."""
        try:
            return self._loop()
        except (KeyboardInterrupt, EOFError):
            return self._stop()

    def _loop(self) -> str:
        current = self.iv.next_fact()
        while current is not None:
            outcome = self._question(current)
            if outcome == "stop":
                return self._stop()
            if outcome == "back":
                prev = self.iv.previous(current)
                if prev is None:
                    self.out(t("interview.back.first", self.lang))
                else:
                    current = prev
                continue
            if outcome == "review":
                self._review()
            current = self.iv.next_fact()
        return self._finish()

    def _stop(self) -> str:
        s = self.iv.session
        s.save()
        self.out("")
        self.out(t("interview.stopped", self.lang, path=s.path))
        self.out(t("interview.resume_with", self.lang))
        self.out(f"    {self.resume_command}")
        return "stopped"

    def _finish(self) -> str:
        a = self.iv.finish()
        self.out("")
        self.out(t("interview.done", self.lang))
        self.out(t("interview.questions_asked", self.lang, asked=len(self.iv.session.asked),
                   total=len(self.lib.catalogue.facts)))
        self.out("")
        for line in summary(a, self.lib):
            self.out(line)
        self.out("")
        self.out(t("interview.assess_later", self.lang))
        self.out(f"    {self.assess_command}")
        return "finished"

    # -- one question ----------------------------------------------------------------------
    def _question(self, fid: str, from_review: bool = False) -> str:
        """Ask `fid` until it is answered; returns "answered" or the command typed."""
        fact = self.lib.facts[fid]
        s = self.iv.session
        while True:
            settled, total, left = self.iv.progress()
            self.out("")
            if not from_review:
                self.out(f"[{t('interview.progress', self.lang, settled=settled, total=total, left=left)}]")
            self.out(fact.question.get(self.lang))
            opts = options(fact, self.lang)
            for o in opts:
                self.out(f"  {o.key:>2}  {o.label}")
            self.out("      " + self._hint(fact))
            default = ""
            if fid in s.answers:
                self.out("      " + t("interview.current", self.lang, value=display(fact, s.answers[fid], self.lang)))
                default = self._typed(fact, s.answers[fid])
            elif fid in s.set_aside:
                self.out("      " + t("interview.previous_answer", self.lang,
                                      value=display(fact, s.set_aside[fid], self.lang)))
                default = self._typed(fact, s.set_aside[fid])
            self.out("      " + t("interview.keys", self.lang))
            # Enter keeps the shown answer; the buffer is not pre-filled, so typing replaces it
            text = self.ask("", "", self._completer(fact))
            if not text.strip() and default:
                text = default
            cmd = command(text)
            if cmd == "help":
                self._help(fact)
                continue
            if cmd == "changes":
                self.show_changes = not self.show_changes
                self.out(t("interview.changes.on" if self.show_changes else "interview.changes.off", self.lang))
                if self.show_changes:
                    self._print_changes(self._last_changes)
                continue
            if cmd in ("back", "review", "stop"):
                return cmd
            try:
                value = parse(fact, text, self.lang, self.iv.as_of)
            except NotUnderstood as e:
                self.out(t("interview.not_understood", self.lang, detail=e))
                continue
            result = self.iv.answer(fid, value)
            self._last_changes = result.changes
            if result.set_aside:
                names = ", ".join(self.lib.facts[f].question.get(self.lang) for f in result.set_aside)
                self.out(t("interview.set_aside", self.lang, facts=names))
            if self.show_changes:
                self._print_changes(result.changes)
            return "answered"

    def _hint(self, fact: Fact) -> str:
        if fact.type == "boolean" or fact.type == "choice":
            return t("interview.hint.choice", self.lang)
        if fact.type == "set":
            return t("interview.hint.set", self.lang)
        keys = {"unknown_key": t("interview.key.unknown", self.lang),
                "declined_key": t("interview.key.declined", self.lang)}
        kind = t(f"interview.hint.{fact.type}", self.lang)
        return kind + " " + t("interview.hint.free", self.lang, **keys)

    def _typed(self, fact: Fact, value: Any) -> str:
        """What to type to give `value` again (pre-filled, so Enter keeps an answer)."""
        opts = options(fact, self.lang)
        if opts:
            by_value = {repr(o.value): o.key for o in opts}
            if isinstance(value, list):
                return ",".join(by_value.get(repr(v), str(v)) for v in value) if value else "0"
            return by_value.get(repr(value), "")
        if value == UNKNOWN:
            return t("interview.key.unknown", self.lang)
        if value == DECLINED:
            return t("interview.key.declined", self.lang)
        return display(fact, value, self.lang) if fact.type != "country" else str(value)

    def _completer(self, fact: Fact) -> Any:
        if fact.type != "country":
            return None
        from prompt_toolkit.completion import FuzzyWordCompleter

        from .countrynames import _territories

        names = sorted(f"{name} ({code})" for code, name in _territories(self.lang).items())
        return FuzzyWordCompleter(names)

    def _help(self, fact: Fact) -> None:
        lang = self.lang
        self.out("")
        self.out(fact.help.get(lang))
        element = {e.id: e for e in self.lib.catalogue.elements}.get(fact.element)
        if element:
            self.out(t("interview.help.element", lang, element=element.title.get(lang)))
        jur = self.lib.jurisdiction(self.iv.session.country, self.iv.as_of)
        crits = criteria_reading(self.iv.screener, self.iv.session.country, fact.id, self.iv.as_of)
        if crits:
            self.out(t("interview.help.used_by", lang))
            for cid in crits:
                c = jur.criteria[cid]
                cites = "; ".join(x.label() for x in c.cite)
                self.out(f"  - {c.title.get(lang)} — {cites}")
        if fact.sensitive:
            self.out(t("interview.help.sensitive", lang))

    def _print_changes(self, changes: list) -> None:
        from . import messages

        if not changes:
            self.out(t("interview.changes.none", self.lang))
            return
        self.out(t("interview.changes.title", self.lang))
        jur = self.lib.jurisdiction(self.iv.session.country, self.iv.as_of)
        titles = {d.id: d.title.get(self.lang) for d in jur.definitions + jur.exclusions}
        titles.update({f.id: f.title.get(self.lang) for f in jur.flags})
        for ch in changes:
            kind, _, ident = ch.key.partition(":")
            cid = ident.split("/")[-1]
            name = jur.criteria[cid].title.get(self.lang) if kind == "criterion" else titles.get(ident, ident)
            word = lambda s: messages.t(f"status.{s}", self.lang)  # noqa: E731
            self.out(f"  {name}: {word(ch.before)} → {word(ch.after)}")

    # -- review ----------------------------------------------------------------------------
    def _review(self) -> None:
        s = self.iv.session
        while True:
            self.out("")
            self.out(t("interview.review.title", self.lang))
            items = list(s.asked)
            if not items:
                self.out("  " + t("interview.review.empty", self.lang))
            for i, fid in enumerate(items, 1):
                fact = self.lib.facts[fid]
                self.out(f"  {i:>2}. {fact.question.get(self.lang)}\n"
                         f"      → {display(fact, s.answers[fid], self.lang)}")
            aside = [f for f in s.set_aside if f in self.lib.facts]
            if aside:
                self.out(t("interview.review.set_aside", self.lang))
                for fid in aside:
                    fact = self.lib.facts[fid]
                    self.out(f"      {fact.question.get(self.lang)} → {display(fact, s.set_aside[fid], self.lang)}")
            self.out(t("interview.review.prompt", self.lang))
            text = self.ask("", "", None).strip()
            if not text:
                return
            if command(text) == "stop":
                raise KeyboardInterrupt
            if not text.isdigit() or not 1 <= int(text) <= len(items):
                self.out(t("interview.not_understood", self.lang,
                           detail=t("interview.err.number_range", self.lang, n=len(items))))
                continue
            fid = items[int(text) - 1]
            outcome = self._question(fid, from_review=True)
            if outcome == "stop":
                raise KeyboardInterrupt


def summary(a, lib) -> list[str]:
    """The assessment in a few lines for the screen: result, each definition, flags, what is missing."""
    from . import messages

    lang = a.language
    m = lambda key: messages.t(key, lang)  # noqa: E731
    lines = [f"{m('label.result').upper()}: {m('overall.' + a.overall)}"]
    for kind, o in a.outcomes.items():  # refugee status and protection from return are different results
        lines.append(f"  {m('interview.outcome.' + kind)}: {m('interview.outcome_status.' + o.status)}")
    lines.append("")
    for d in a.definitions:
        lines.append(f"  [{m('status.' + d.status)}] {d.title}")
    for d in a.exclusions:
        lines.append(f"  [{m('exclusion.' + d.status)}] {d.title}")
    for f in a.flags:
        if f.status != "not_met":
            lines.append(f"  [{m('flag.' + f.status)}] {f.title}")
    if a.overall_missing:
        names = [lib.facts[f].question.get(lang) if f in lib.facts else f for f in a.overall_missing]
        lines.append(f"  {m('label.missing')}:")
        lines += [f"    - {n}" for n in names]
    if a.open_checks:  # clauses nobody raised: they do not hold the result open, but must be examined
        lines.append(f"  {m('interview.open_checks')}:")
        lines += [f"    - {c.title}" for c in a.open_checks]
    lines.append("")
    lines.append(a.disclaimer)
    return lines
