"""What every command shares: the Typer apps, the option types, and `run_command`, which turns bad input
into one clear message and exit 1, never a traceback."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import typer

from screening.base.langs import environment_lang as default_lang
from screening.cli.usage import BadValue, SpokenGroup

# -h as well as --help, in every command (click passes it down to subcommands)
CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    cls=SpokenGroup,  # usage errors in the reader's language
    # --install-completion / --show-completion: typer's completion code is imported by `import typer`
    # anyway, so offering it costs --help nothing measurable (bench/startup.py)
    add_completion=True,
    no_args_is_help=True,
    help="Screen asylum claims against the 1951 Convention, the Cartagena Declaration and national laws. "
    "A screening, never a decision.",
    pretty_exceptions_enable=False,
    # Plain help: loading rich would double the start-up time of every command, and plain text
    # reads better in a screen reader.
    rich_markup_mode=None,
    context_settings=CONTEXT,
)
rules_app = typer.Typer(no_args_is_help=True, help="Check rule and country files.", rich_markup_mode=None,
                        context_settings=CONTEXT)
app.add_typer(rules_app, name="rules")


def color_off() -> bool:
    """https://no-color.org: any non-empty NO_COLOR turns colour off."""
    import os

    return bool(os.environ.get("NO_COLOR"))


def _version(value: bool) -> None:
    if value:
        import platform

        from screening import __version__
        from screening.engine.evaluators import label

        # the engine that runs here: durable-rules, or the built-in Kleene evaluator where it does not load
        engine = run_command(label)
        typer.echo(f"screening {__version__} (rule engine: {engine}; Python {platform.python_version()})")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Show the version and exit."),
) -> None:
    if color_off():
        ctx.color = False  # click's styled output (secho) in every subcommand


class Format(StrEnum):
    json = "json"
    text = "text"
    md = "md"
    html = "html"


class ListFormat(StrEnum):
    """What `countries` and `facts` can print (a usage error for anything else)."""

    text = "text"
    json = "json"


# `-o report.html` without --format: the format follows the extension
_EXT_FORMAT = {".html": Format.html, ".htm": Format.html, ".md": Format.md, ".markdown": Format.md,
               ".txt": Format.text, ".json": Format.json}


def pick_format(format: Format | None, output: Path | None, default: Format) -> Format:
    if format is not None:
        return format
    if output is None or not output.suffix:
        return default
    ext = output.suffix.lower()
    if ext not in _EXT_FORMAT:
        from screening.base.safe_text import visible

        raise BadValue("usage.format_from_extension", param_hint="--output", ext=visible(ext))
    return _EXT_FORMAT[ext]


class Lang(StrEnum):
    en = "en"
    es = "es"
    pt = "pt"


def run_command(fn, lang: str | Callable[[], str] | None = None):
    """Run a command body: bad input is one clear message (in the user's language where the
    catalogue has it) and exit 1, never a traceback. `lang` may be a function: the language can
    change once the case file (with its own `language`) has been read."""
    from screening.base import messages
    from screening.base.errors import InputError

    try:
        return fn()
    except InputError as e:
        language = (lang() if callable(lang) else lang) or default_lang()
        typer.echo(f"{messages.t('error.prefix', language)}: {e.text(language)}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo(interrupted((lang() if callable(lang) else lang) or default_lang()), err=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `screening facts | head`: the reader has all it wanted; stop quietly, as cat or grep would
        silence_stdout()
        raise typer.Exit(EXIT_PIPE) from None
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except Exception as e:  # noqa: BLE001 - last resort: say what happened, ask for a report
        from screening.base.safe_text import MESSAGE_MAX, visible

        typer.echo(f"internal error ({type(e).__name__}): {visible(str(e), limit=MESSAGE_MAX)}\n"
                   "Please report this with the command you ran.", err=True)
        raise typer.Exit(3) from None


def interrupted(lang: str) -> str:
    """What Ctrl-C leaves on the screen, in the session's language."""
    from screening.base import messages

    return messages.t("error.interrupted", lang)


EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell reports for any tool whose reader closed the pipe


def silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stdout with no file descriptor (tests)
        pass


def parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from screening.base.safe_text import visible

        raise BadValue("usage.not_a_date", param_hint="--as-of", value=visible(value)) from None


CASE_HELP = "Case file (YAML or JSON), or a saved interview session; - reads it from standard input."
FORMAT_HELP = "Output format: text, md, html (reports) or json; default from the -o extension, else {default}."
LANG_HELP = "Language of the output (default: the case's `language`, else the environment)."
