"""`screening` command line: a thin layer over the core, one module per group of commands. Heavy
imports happen inside commands, so `screening --help` stays fast and only `interview` ever loads
questionary."""

from __future__ import annotations

import sys

import typer

from screening.cli import batch, interviewing, linting, listings, origins, reports, route, rules_testing, training  # noqa: F401 - each registers its commands on `app`
from screening.cli.common import EXIT_PIPE, app, color_off, silence_stdout

__all__ = ["app", "main"]


def main() -> None:
    import os

    # pydantic scans every installed package for plugins on first use; this tool uses none
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    import gc

    # Building pydantic's classes and reading the cached library make ~1M objects, nearly all kept to
    # the end: at the default thresholds the cycle collector ran ~120 times and re-walked them in
    # full passes, a seventh of a warm `assess` (50 of 350 ms). Collected 15x less often: ~15 ms.
    # Still bounded: a full pass every ~5M allocations keeps a long batch's memory flat (bench/batch.py).
    gc.set_threshold(10_000, 50, 10)
    import signal

    if hasattr(signal, "SIGPIPE"):
        # `screening facts | head`: when the reader leaves, stop at once and quietly, as cat or grep do
        # (the shell reports 141). Python ignores SIGPIPE, and click and rich would then exit 1 on
        # their own, which here means bad input. Files are never pipes, so nothing half-written.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        app(color=False if color_off() else None)
    except KeyboardInterrupt:
        from screening.cli.common import default_lang, interrupted

        typer.echo(interrupted(default_lang()), err=True)
        sys.exit(130)
    except BrokenPipeError:  # outside a command body (help, completion): the reader left
        silence_stdout()
        sys.exit(EXIT_PIPE)
    finally:
        # The command is over (its files are written and closed; Python still flushes stdout and
        # stderr). Left to the collector, the interpreter's shutdown walked what pydantic and typer
        # built, ~70-100 ms after a warm `assess` had printed: frozen, it is not walked again.
        gc.freeze()

