"""`batch`: screen a registry (CSV, JSONL or a folder of case files) with progress, resumable."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import typer

from .common import Lang, _default_lang, _parse_date, _run, app


@app.command()
def batch(
    src: Path = typer.Argument(..., metavar="INPUT", help="A .csv (header = fact ids), a .jsonl (one case per "
                               "line) or a folder of case files."),
    country: str = typer.Option(..., "--country", "-c", help="Jurisdiction, ISO code such as BR."),
    out: Path = typer.Option(..., "--output", "-o", help="results.jsonl or results.csv (owner-only)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (one compiled ruleset each)."),
    fmt: str = typer.Option("rows", "--format", help="rows (one summary line per case) or json (full "
                            "assessments, .jsonl only)."),
    summary: Path | None = typer.Option(None, "--summary", help="Also write the summary as an HTML page."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same output."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the messages and summary."),
):
    """Screen many cases at once: a bad row never stops the run; exit 1 if some rows were refused."""
    import datetime as dt

    if fmt not in ("rows", "json"):
        raise typer.BadParameter("rows or json", param_hint="--format")
    language = lang.value if lang else _default_lang()
    day = _parse_date(as_of) if as_of else dt.date.today()

    def body() -> None:
        from ..batch import inputs, output
        from ..batch import summary as summ
        from ..batch.run import run
        from ..library import load_library

        lib = load_library()
        code = country.strip().upper()
        lib.jurisdiction(code, day)  # an unknown country before anything is read
        kind = output.fmt_of(out, fmt == "json")
        total = inputs.count(src)
        from .. import messages

        err = lambda m: typer.echo(f"{messages.t('batch.refused', language)}: {m}", err=True)  # noqa: E731
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TimeRemainingColumn
            from rich.text import Text

            class Rate(ProgressColumn):
                def render(self, task):  # noqa: ANN001 - rich's signature
                    return Text(f"{task.speed:.0f} rows/s" if task.speed else "")

            with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), Rate(),
                          TimeRemainingColumn(), transient=True) as bar:
                task = bar.add_task(messages.t("batch.bar", language), total=total)
                done = run(src, out, country=code, as_of=day, lang=language, jobs=jobs, full=fmt == "json",
                           resume=resume, progress=lambda k: bar.advance(task, k), report_refused=err)
        else:
            counter = [0]

            def plain(k: int) -> None:
                counter[0] += k
                if counter[0] % 1000 == 0:
                    typer.echo(messages.t("batch.progress", language).format(n=counter[0]), err=True)

            done = run(src, out, country=code, as_of=day, lang=language, jobs=jobs, full=fmt == "json",
                       resume=resume, progress=plain, report_refused=err)
        if done.interrupted:
            again = " ".join(shlex.quote(a) for a in sys.argv[1:] if a != "--resume")
            n = done.skipped + done.screened + done.refused
            again = f"screening {again} --resume"
            typer.echo(messages.t("batch.stopped", language).format(n=n, out=out, command=again), err=True)
            raise typer.Exit(130)
        figures = summ.tally(output.read(out, kind), day)
        words = summ.words(lib, code, day, language)
        for line in summ.lines(figures, words):
            typer.echo(line)
        if summary is not None:
            from ..files import write_private
            from ..render import make_env

            env = make_env("html")
            page = env.get_template("batch/summary.html.j2").render(
                t=figures, w=words, country=code, as_of=day.isoformat(), source=src.name)
            write_private(summary, page)
        if figures["refused_count"]:
            raise typer.Exit(1)

    _run(body, language)

