"""The command line's help in the reader's language (--lang on the line, else the environment).

Each command's docstring and each option's help= stay the English source; messages/help.yaml holds
the same English with its Spanish and Portuguese (tests/test_help_text.py keeps the two in step, so a
help text is never left untranslated). Before the line is parsed, the command tree's texts are put in
the reader's language; typer's own words on a help page (Options, required, default…) go through
typer's gettext hook, and the usage line through the help formatter.
"""

from __future__ import annotations

from typing import Any

import typer.core

from screening.cli.click_api import core as click_core
from screening.cli.click_api import formatting as click_formatting

_ENGLISH = getattr(typer.core, "_", None)  # typer's gettext: English, as no catalogue is installed


def translations(lang: str) -> dict[str, str]:
    """English help text -> the same in `lang`, from every help.* entry of the catalogue."""
    from screening.base import messages
    cat = messages.catalogue()
    return {v["en"]: v[lang] for k, v in cat.items() if k.startswith("help.") and v.get(lang)}


def localize(command: Any, lang: str) -> None:
    """Put a freshly built command tree's help in `lang`; English leaves everything as typer made it."""
    if _ENGLISH is not None:
        typer.core._ = _ENGLISH  # type: ignore[attr-defined]  # a previous call in this process may have set it
    if lang == "en":
        return
    words = translations(lang)
    if _ENGLISH is not None:
        typer.core._ = lambda text: words.get(text, text)  # type: ignore[attr-defined,assignment]
    usage = words.get("Usage:", "Usage:") + " "

    class Formatter(click_formatting.HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, usage if prefix is None else prefix)

        def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:  # the help option's own line
            super().write_dl([(term, words.get(text, text)) for term, text in rows], *args, **kwargs)

    context = type("Context", (click_core.Context,), {"formatter_class": Formatter})
    todo = [command]
    while todo:
        cmd = todo.pop()
        cmd.context_class = context
        if cmd.help:
            cmd.help = words.get(cmd.help, cmd.help)
        for param in cmd.params:
            if getattr(param, "help", None):
                param.help = words.get(param.help, param.help)
        todo.extend(getattr(cmd, "commands", {}).values())
