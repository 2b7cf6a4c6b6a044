"""The interview in a terminal: one question at a time, typed answers, help, back, review.

Typed answers (numbers for listed options, words in three languages, symbols for commands) rather
than arrow-key menus: they work the same in any terminal, over a slow remote line, with a screen
reader, and convey nothing by colour alone. Prompting goes through questionary (prompt_toolkit);
`ask` is injectable so tests drive the same code through prompt_toolkit pipe input.

The interview opens as interview guides do: the case reference, who the person is and where the
claim stands (the catalogue's opening questions), then the person's own account, then only the
questions that can still change a result, then the close. Text is wrapped at word boundaries to
the terminal's width.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

from screening.assess.relevance import criteria_reading
from screening.base import messages
from screening.base.countrynames import territories
from screening.base.safe_text import clean, visible
from screening.interview.answers import NotUnderstood, command, display, options, parse, t, tn
from screening.interview.flow import Interview
from screening.interview.session import NARRATIVE, REFERENCE, STEPS
from screening.interview.summary import summary
from screening.interview.terminal_text import wrap
from screening.models.case import DECLINED, UNKNOWN
from screening.models.catalogue import Fact

Ask = Callable[[str, str, Any | None], str]  # (prompt, default text, completer) -> typed text

class _Quit(Exception):
    """The person typed q (save and stop): a choice, not an interruption."""


def questionary_ask(**prompt_kwargs: Any) -> Ask:
    """An `ask` backed by questionary; `prompt_kwargs` (input=, output=) are for pipe-input tests."""
    import questionary

    def ask(prompt: str, default: str, completer: Any) -> str:
        return questionary.text(prompt, default=default, completer=completer, qmark="›", **prompt_kwargs).unsafe_ask()

    return ask


class TerminalInterview:
    def __init__(self, interview: Interview, ask: Ask, out: Callable[[str], None], resume_command: str,
                 assess_command: str, width: int | None = None):
        self.iv = interview
        self.ask = ask
        self._out = out
        self._width = width  # None: the terminal's width, read at each line (it may be resized)
        self._phase: str | None = None
        self._said: set[str] = set()  # referrals whose safeguard was already said
        self.lang = interview.session.lang
        self.lib = interview.screener.lib
        self.resume_command = resume_command
        self.assess_command = assess_command
        self.show_changes = False
        self._last_changes: list = []

    # -- output ----------------------------------------------------------------------------
    def width(self) -> int:
        cols = self._width or shutil.get_terminal_size((100, 40)).columns
        return max(30, cols - 1)  # one column spare: a line exactly as wide as the screen wraps in some

    def out(self, text: str) -> None:
        """Print `text` wrapped at word boundaries to the terminal's width, with no terminal escapes
        (a resumed session's reference or answers are the file's, not ours)."""
        for line in wrap(clean(text), self.width()):
            self._out(line)

    def out_raw(self, text: str) -> None:
        """Print a command to copy as one line, never wrapped (a control in a path shown as an escape)."""
        self._out(visible(text, limit=None))

    # -- the loop --------------------------------------------------------------------------
    def run(self) -> str:
        """Ask until nothing left can change a status or is needed by a report, then return
        "finished". On q (typed at any prompt) save and return "saved": the person chose to stop,
        so the command exits 0. On Ctrl-C save, say how to resume, and raise KeyboardInterrupt again
        (the command exits 130). Input that ends (Ctrl-D, a closed pipe) saves and returns "stopped"."""
        try:
            return self._loop()
        except _Quit:
            return self._stop("saved")
        except EOFError:
            return self._stop("stopped")
        except KeyboardInterrupt:
            self._stop("stopped")
            raise

    def _loop(self) -> str:
        current = self.iv.next_step()
        while current is not None:
            self._announce(current)
            outcome = self._step(current)
            if outcome == "stop":
                raise _Quit
            if outcome == "back":
                prev = self.iv.previous(current)
                if prev is None:
                    self.out(t("interview.back.first", self.lang))
                else:
                    current = prev
                continue
            if outcome == "review":
                self._review()
            current = self.iv.next_step()
        return self._finish()

    def _announce(self, step: str) -> None:
        """Say when the interview moves on to its next part: the opening, then the specific questions
        (the narrative introduces itself)."""
        if step == NARRATIVE:
            phase = "narrative"
        elif step == REFERENCE or self.lib.facts[step].opening:
            phase = "opening"
        else:  # specific needs are introduced apart: asked with care, and any may be declined
            phase = "needs" if self.lib.facts[step].topic == "needs" else "explore"
        if phase != self._phase and phase != "narrative":
            self.out("")
            self.out(t(f"interview.phase.{phase}", self.lang))
        # safeguards the answers so far call for (a child: a guardian present), from the referral flags:
        # each said once, as soon as an answer raises it (after the opening)
        if phase not in ("opening", "narrative"):
            for line in self.iv.assessment().referrals:
                if line.id not in self._said and line.safeguards:
                    self._said.add(line.id)
                    self.out("  ! " + line.safeguards[0])
        self._phase = phase

    def _step(self, step: str, from_review: bool = False) -> str:
        if step == REFERENCE:
            return self._reference()
        if step == NARRATIVE:
            return self._narrative()
        return self._question(step, from_review)

    def _stop(self, how: str) -> str:
        s = self.iv.session
        s.save()
        self.out("")
        self.out(t("interview.saved" if how == "saved" else "interview.stopped", self.lang, path=s.path))
        self.out(t("interview.resume_with", self.lang))
        self.out_raw(f"    {self.resume_command}")
        return how

    def _finish(self) -> str:
        a = self.iv.finish()
        self.out("")
        self.out(t("interview.done", self.lang))
        asked = len([f for f in self.iv.session.asked if f not in STEPS])
        self.out(tn("interview.questions_asked", asked, self.lang, total=len(self.lib.catalogue.facts)))
        self.out("")
        for line in summary(a, self.lib):
            self.out(line)
        self.out("")
        self.out(t("interview.assess_later", self.lang))
        self.out_raw(f"    {self.assess_command}")
        return "finished"

    # -- the steps that are not facts: reference and narrative --------------------------------
    def _reference(self) -> str:
        s = self.iv.session
        while True:
            self.out("")
            self.out(t("interview.reference.question", self.lang))
            self.out("      " + t("interview.reference.hint", self.lang))
            if s.reference:
                self.out("      " + t("interview.current", self.lang, value=s.reference))
            self.out("      " + t("interview.keys", self.lang))
            text = self.ask("", "", None)
            cmd = command(text)
            if cmd == "help":
                self.out("")
                self.out(t("interview.reference.help", self.lang))
                continue
            if cmd in ("back", "review", "stop"):
                return cmd
            text = " ".join(text.split())
            if len(text) > 80:
                self.out(t("interview.not_understood", self.lang, detail=t("interview.err.reference", self.lang)))
                continue
            self.iv.set_reference(text or s.reference)
            return "answered"

    def _narrative(self) -> str:
        """The person's account in their own words: several lines, typed or pasted, ended by an
        empty line (or Ctrl-D at the start of a line). Optional: Enter alone at once skips it."""
        s = self.iv.session
        while True:
            self.out("")
            self.out(t("interview.narrative.question", self.lang))
            self.out("      " + t("interview.narrative.hint", self.lang))
            if s.narrative:
                self.out("      " + t("interview.narrative.current", self.lang))
                for line in s.narrative.split("\n"):
                    self.out("      | " + line)
            self.out("      " + t("interview.narrative.keys", self.lang))
            lines: list[str] = []
            while True:
                try:
                    text = self.ask("", "", None)
                except EOFError:
                    if lines:
                        break
                    raise
                if not lines:
                    cmd = command(text)
                    if cmd == "help":
                        break
                    if cmd in ("back", "review", "stop"):
                        return cmd
                    if not text.strip():  # Enter at once: keep what there is (or nothing)
                        self.iv.set_narrative(s.narrative)
                        return "answered"
                if not text.strip():
                    break
                lines.append(text.rstrip("\n"))
            if not lines:  # ? was typed
                self.out("")
                self.out(t("interview.narrative.help", self.lang))
                continue
            self.iv.set_narrative("\n".join(lines))
            n = len((s.narrative or "").split("\n"))
            self.out(tn("interview.narrative.saved", n, self.lang))
            return "answered"

    # -- one question ----------------------------------------------------------------------
    def _question(self, fid: str, from_review: bool = False) -> str:
        """Ask `fid` until it is answered; returns "answered" or the command typed."""
        fact = self.lib.facts[fid]
        s = self.iv.session
        while True:
            settled, total, left = self.iv.progress()
            self.out("")
            if not from_review:
                self.out(f"[{tn('interview.progress', left, self.lang, settled=settled, total=total)}]")
            self.out(fact.question.get(self.lang))
            for note in self.iv.guidance(fid):  # e.g. a child: what the authority weighs before excluding
                self.out("  ! " + note.get(self.lang))
            for line in self.iv.origin_notes(fid, self.lang):  # what UNHCR or a State found on the country
                self.out("  i " + line)
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
                self.out(tn("interview.set_aside", len(result.set_aside), self.lang))
                for f in result.set_aside:
                    self.out(f"  - {self.lib.facts[f].question.get(self.lang)}")
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


        names = sorted(f"{name} ({code})" for code, name in territories(self.lang).items())
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
                cites = "; ".join(x.label(lang) for x in c.cite)
                self.out(f"  - {c.title.get(lang)} — {cites}")
        if fact.sensitive:
            self.out(t("interview.help.sensitive", lang))

    def _print_changes(self, changes: list) -> None:
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
                question, answer = self._review_item(fid)
                self.out(f"  {i:>2}. {question}")
                self.out(f"      → {answer}")
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
                raise _Quit
            if not text.isdigit() or not 1 <= int(text) <= len(items):
                self.out(t("interview.not_understood", self.lang,
                           detail=t("interview.err.number_range", self.lang, n=len(items))))
                continue
            fid = items[int(text) - 1]
            outcome = self._step(fid, from_review=True)
            if outcome == "stop":
                raise _Quit

    def _review_item(self, fid: str) -> tuple[str, str]:
        """(what was asked, the answer) for one line of the review."""
        s = self.iv.session
        none = t("interview.review.none", self.lang)
        if fid == REFERENCE:
            return t("interview.review.reference", self.lang), s.reference or none
        if fid == NARRATIVE:
            text = " ".join((s.narrative or "").split())
            return t("interview.review.narrative", self.lang), (text[:117] + "…" if len(text) > 120 else text) or none
        fact = self.lib.facts[fid]
        return fact.question.get(self.lang), display(fact, s.answers[fid], self.lang)
