"""One error type for everything a user can get wrong: it always names the file and line.

Errors are written from the message catalogue, so the CLI can show them in the user's language:
those a clinic worker meets (a case file, a country code) by `error.*` keys, those a trainer meets
in rule, country and guidance files by `rules.*` keys. `message` is always English.

An error quotes what the user wrote (a key, a value, a file name), and what they wrote may hold
terminal escapes or be a megabyte long: every message, path and parameter is shown through
`safe_text.visible`, controls as escapes and each value cut, so printing an error is always safe.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

from screening.base import messages
from screening.base.safe_text import MESSAGE_MAX, visible


class InputError(Exception):
    """Bad input (rule file, country file, case file, answer). The CLI prints it and exits 1."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        message = shown_message(message)
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.key: str | None = None
        self.params: dict[str, Any] = {}

    @classmethod
    def of(cls, key: str, path: str | Path | None = None, line: int | None = None, **params: Any) -> Self:
        """An error worded by `error.<key>` in the message catalogue (a `rules.*` key is used as it is).
        A parameter given as (key, {params}) is itself a catalogue message, worded in the same
        language; one named `hint` (a suggestion, or "") follows the word before it after a space."""
        params = {k: quoted_param(v) for k, v in params.items()}
        err = cls(word_message(key, params, "en"), path, line)
        err.key, err.params = key, params
        return err

    def as_param(self) -> Any:
        """This error's message as a parameter of another (which quotes it in its own language)."""
        return (self.key, self.params) if self.key is not None else self.message

    def where(self) -> str:
        if not self.path:
            return ""
        # a path too long to read keeps its end: the file's name
        path = self.path if len(self.path) <= PATH_MAX else "…" + self.path[-PATH_MAX:]
        return visible(path, limit=None) + (f":{self.line}" if self.line else "") + ": "

    def text(self, lang: str = "en") -> str:
        """The error as shown to a person reading `lang`."""
        if self.key is None or lang == "en":
            return str(self)
        return self.where() + shown_message(word_message(self.key, self.params, lang))

    def __str__(self) -> str:
        return self.where() + self.message


PATH_MAX = 300


def shown_message(message: str) -> str:
    """A whole message: one line (a value's newline cannot start a line that looks like another
    error), controls shown as escapes, cut at MESSAGE_MAX."""
    return visible(message, limit=MESSAGE_MAX)


def quoted_param(v: Any) -> Any:
    """A value quoted in a message: numbers as they are, a catalogue message (key, {params}) with its
    own parameters made safe, anything else as visible text cut at VALUE_MAX."""
    if isinstance(v, bool | int | float):
        return v
    if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], dict):
        return v[0], {k: quoted_param(x) for k, x in v[1].items()}
    return visible(v)


def word_message(key: str, params: dict[str, Any], lang: str) -> str:
    def value(v: Any) -> Any:
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], dict):
            return word_message(v[0], v[1], lang)
        return v

    def hint(v: Any) -> Any:  # the catalogue strips leading spaces: the space before a hint is added here
        v = value(v)
        return f" {v}" if v else ""

    full = key if key.startswith(OWN_KEYS) else f"error.{key}"
    return messages.t(full, lang).format(**{k: hint(v) if k == "hint" else value(v) for k, v in params.items()})


# keys of other message files, taken as they are: `rules.*` (messages/rules.yaml), for rule-file problems
OWN_KEYS = ("rules.",)


class Problem(InputError):
    """An InputError that knows whether it is a structural error or a lint finding. `Problem.of(key,
    path, line, **params)` words it from the catalogue, as `InputError.of` does (a structural error)."""

    def __init__(self, message: str, path: str | None, line: int | None, lint: bool = False):
        super().__init__(message, path, line)
        self.lint = lint


class InputErrors(InputError):
    """Several problems found at once (used by `rules validate`, which reports them all)."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def text(self, lang: str = "en") -> str:
        return "\n".join(e.text(lang) for e in self.errors)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
