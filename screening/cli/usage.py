"""A mistyped command line told in the reader's language.

click (vendored in typer) words its usage errors in English only. The exception says what kind of
mistake it is and carries its parts; where the English is one of click's known forms, the same
sentence is said from the message catalogue (messages/usage.yaml), and any other detail (pydantic's
words for a bad value) is quoted as it is. English output stays click's, word for word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from screening.base.langs import environment_lang
from screening.cli.click_api import exceptions as click_errors

_NEEDS = re.compile(r"Option (?P<option>'.*') requires (?:an argument|(?P<n>\d+) arguments)\.")
_NO_VALUE = re.compile(r"Option (?P<option>'.*') does not take a value\.")
_NOT_ONE_OF = re.compile(r"Value error, (?P<value>.+) is not one of (?P<choices>.+)\.")
_NO_COMMAND = re.compile(r"No such command (?P<name>'.*?')(?:\. Did you mean (?P<close>.+)\?|\.)")
_EXTRA = re.compile(r"Got unexpected extra argument\(s\) \((?P<args>.*)\)")
_MISSING = re.compile(r"Missing (?P<kind>argument|option) (?P<name>.+)\.")


class BadValue(click_errors.BadParameter):
    """A value our own code refuses, said in the reader's language (`key` in the message catalogue)."""

    def __init__(self, key: str, param_hint: str | None = None, **params: Any):
        from screening.base import messages  # here, not at the top: `screening --help` loads no pydantic
        self.key, self.params = key, params
        super().__init__(messages.t(key, "en").format(**params), param_hint=param_hint)


class SpokenGroup(TyperGroup):
    """The command group, whose help and usage errors are shown in the reader's language."""

    _words: list[str] = []  # this invocation's command line, for its --lang

    def make_context(self, info_name: str | None, args: list[str], *rest: Any, **kwargs: Any) -> Any:
        from screening.cli.help_text import localize

        self._words = list(args)
        localize(self, language(self._words))  # the help pages too, before --help is seen
        try:
            return super().make_context(info_name, args, *rest, **kwargs)
        except click_errors.UsageError as e:
            raise _spoken(e, self._words) from None

    def invoke(self, ctx: Any) -> Any:  # a subcommand's own options are parsed in here
        try:
            return super().invoke(ctx)
        except click_errors.UsageError as e:
            raise _spoken(e, self._words) from None


def _spoken(e: click_errors.UsageError, words: list[str]) -> click_errors.UsageError:
    if not isinstance(e, click_errors.NoArgsIsHelpError):  # that one shows the help, which stays as it is
        lang = language(words)
        e.show = lambda file=None: typer.echo(say(e, lang), err=True)  # type: ignore[method-assign]
    return e


def language(args: Sequence[str]) -> str:
    """--lang on the command line if it is one we speak, else the environment's (as every command)."""
    words = list(args)
    for i, w in enumerate(words):
        value = w.split("=", 1)[1] if w.startswith("--lang=") else (
            words[i + 1] if w == "--lang" and i + 1 < len(words) else None)
        if value in ("en", "es", "pt"):
            return value
    return environment_lang()


def say(e: click_errors.UsageError, lang: str) -> str:
    """What click's `e.show()` prints (usage line, help hint, error), in `lang`."""
    from screening.base import messages
    out = []
    ctx = e.ctx
    if ctx is not None:
        usage = ctx.get_usage()  # its "Usage:" is already the reader's: help_text.localize set the formatter
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = messages.t("usage.try_help", lang).format(command=ctx.command_path,
                                                            option=ctx.help_option_names[0]) + "\n"
        out.append(f"{usage}\n{hint}")
    out.append(f"{messages.t('usage.error', lang)}: {_problem(e, lang)}")
    return "\n".join(out)


def _problem(e: click_errors.UsageError, lang: str) -> str:
    english = e.format_message()
    if lang == "en":
        return english

    from screening.base import messages
    def t(key: str, **params: object) -> str:
        return messages.t(key, lang).format(**params)

    if isinstance(e, click_errors.NoSuchOption):
        text = t("usage.no_such_option", option=e.option_name)
        if e.possibilities:
            text += " " + t("usage.possible_options", options=", ".join(sorted(e.possibilities)))
        return text
    if isinstance(e, click_errors.MissingParameter):
        m = _MISSING.fullmatch(english)
        return t(f"usage.missing_{m['kind']}", name=m["name"]) if m else english
    if isinstance(e, click_errors.BadParameter):
        m = _NOT_ONE_OF.fullmatch(e.message)
        if isinstance(e, BadValue):
            detail = t(e.key, **e.params)
        elif m:
            detail = t("usage.not_one_of", value=m["value"], choices=m["choices"])
        else:
            detail = e.message
        hint = e.param_hint if e.param_hint is not None else (e.param.get_error_hint() if e.param else None)
        if hint is None:
            return t("usage.invalid", detail=detail)
        name = hint if isinstance(hint, str) else " / ".join(repr(x) for x in hint)  # as click joins them
        return t("usage.invalid_value", name=name, detail=detail)
    if isinstance(e, click_errors.BadOptionUsage):
        m = _NEEDS.fullmatch(english)
        if m:
            return t("usage.option_needs_values", option=m["option"], n=m["n"]) if m["n"] else t(
                "usage.option_needs_value", option=m["option"])
        m = _NO_VALUE.fullmatch(english)
        return t("usage.option_takes_no_value", option=m["option"]) if m else english
    m = _NO_COMMAND.fullmatch(english)
    if m:
        return t("usage.did_you_mean", name=m["name"], close=m["close"]) if m["close"] else t(
            "usage.no_such_command", name=m["name"])
    m = _EXTRA.fullmatch(english)
    if m:
        return t("usage.extra_arguments", args=m["args"])
    return english
