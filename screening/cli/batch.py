"""`batch`: screen a registry (CSV, .xlsx, JSONL or a folder of case files) with progress, resumable;
`batch --template registro.xlsx` writes an empty registry for a clerk to fill."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import typer

from screening.cli.common import Lang, app, default_lang, parse_date, run_command


@app.command()
def batch(
    src: Path | None = typer.Argument(None, metavar="INPUT", help="A .csv or .xlsx (header = fact ids or the "
                                      "reports' words for them), a .jsonl (one case per line) or a folder of "
                                      "case files."),
    country: str | None = typer.Option(None, "--country", "-c", help="Jurisdiction, ISO code such as BR."),
    out: Path | None = typer.Option(None, "--output", "-o", help="results.jsonl, results.csv or results.xlsx "
                                    "(owner-only)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (one compiled ruleset each)."),
    fmt: str = typer.Option("rows", "--format", help="rows (one summary line per case) or json (full "
                            "assessments, .jsonl only, citations by reference to the run's sources)."),
    summary: Path | None = typer.Option(None, "--summary", help="Also write the summary as an HTML page."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same output."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the messages and summary."),
    encoding: str | None = typer.Option(None, "--encoding", help="Text encoding of a CSV input (default UTF-8, "
                                        "with or without BOM; cp1252 or latin-1 for older exports)."),
    delimiter: str | None = typer.Option(None, "--delimiter", help="Between a CSV's cells: ',' ';' or 'tab' "
                                         "(default: sniffed from the header)."),
    dates: str | None = typer.Option(None, "--dates", help="Read 05/03/2026 as dmy (day first, the default "
                                     "with --lang es or pt) or mdy (month first); ISO dates always work."),
    sources: Path | None = typer.Option(None, "--sources", help="With --format json: write the run's sources "
                                        "(citations) to this JSON file; default: the output's first line."),
    template: Path | None = typer.Option(None, "--template", help="Write an empty registry (.xlsx) with the "
                                         "headers in --lang, a choices sheet and drop-down lists, and stop."),
):
    """Screen many cases at once: a bad row never stops the run; exit 1 if some rows were refused."""
    import datetime as dt

    if fmt not in ("rows", "json"):
        raise typer.BadParameter("rows or json", param_hint="--format")
    language = lang.value if lang else default_lang()
    day = parse_date(as_of) if as_of else dt.date.today()
    if template is not None:
        run_command(lambda: _template(template, language), language)
        return
    for value, hint in ((src, "INPUT"), (country, "--country"), (out, "--output")):
        if value is None:
            raise typer.BadParameter("required (or --template FILE.xlsx)", param_hint=hint)
    assert src is not None and country is not None and out is not None
    delim = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(delimiter or "", delimiter)
    if delim is not None and delim not in (",", ";", "\t", "|"):
        raise typer.BadParameter("',' ';' '|' or 'tab'", param_hint="--delimiter")
    if dates not in (None, "dmy", "mdy"):
        raise typer.BadParameter("dmy or mdy", param_hint="--dates")
    if sources is not None and fmt != "json":
        raise typer.BadParameter("only with --format json", param_hint="--sources")
    order = dates or ("dmy" if language in ("es", "pt") else None)
    opts = dict(encoding=encoding, delimiter=delim, dates=order, sources=sources)
    run_command(lambda: _body(src, out, country, day, jobs, fmt, summary, resume, language, opts), language)


def _template(path: Path, lang: str) -> None:
    from screening.base.errors import InputError
    from screening.batch.workbook import template
    from screening.law.load import load_library

    if path.suffix.lower() != ".xlsx":
        raise InputError.of("batch_template_kind", path)
    template(load_library(), path, lang)


def _again() -> str:
    return "screening " + " ".join(shlex.quote(a) for a in sys.argv[1:] if a != "--resume") + " --resume"


def _body(src: Path, out: Path, country: str, day, jobs: int, fmt: str, summary: Path | None, resume: bool,
          language: str, opts: dict) -> None:
    from screening.base import messages
    from screening.base.errors import InputError
    from screening.batch import inputs, output
    from screening.batch.run import run
    from screening.law.load import load_library

    lib = load_library()
    code = country.strip().upper()
    from screening.assess.refusals import require_law_in_force

    # an unknown country, or a date before its oldest encoded law, refused before anything is read (as assess does)
    require_law_in_force(lib.jurisdiction(code, day), day, day.isoformat(), language)
    kind = output.fmt_of(out, fmt == "json")
    inputs.kind_of(src)  # a missing or unknown input before anything is written
    reading = inputs.Reading(lib, opts["encoding"], opts["delimiter"], opts["dates"])
    sources = None
    if fmt == "json":
        from screening.batch.sources import table

        sources = table(lib, code, day, language, opts["sources"])
    err = lambda m: typer.echo(f"{messages.t('batch.refused', language)}: {m}", err=True)  # noqa: E731
    args = dict(country=code, as_of=day, lang=language, jobs=jobs, full=fmt == "json", resume=resume,
                reading=reading, report_refused=err, table=sources, head=opts["sources"] is None)
    try:
        done = _with_progress(lambda progress: run(src, out, progress=progress, **args), lambda: inputs.count(src),
                              language)
    except InputError as e:
        n = output.done_rows(out, kind) if output.work_path(out, kind).exists() else 0
        if not n:
            raise
        # the input failed part-way (a disk, a network share): what is written stays, --resume goes on
        raise InputError.of("batch_read_stopped", e.path, e.line, why=e.as_param(), n=n, command=_again()) from None
    if done.write_error is not None:
        n = output.done_rows(out, kind)
        raise InputError.of("batch_write_failed", out, what=done.write_error, n=n, command=_again())
    if done.interrupted:
        n = done.skipped + done.screened + done.refused
        held = output.work_path(out, kind)  # an .xlsx is made at the end: until then its rows are beside it
        typer.echo(messages.t("batch.stopped", language).format(n=n, out=held, command=_again()), err=True)
        raise typer.Exit(130)
    _finish(lib, src, out, kind, code, day, language, summary)


def _with_progress(go, total, language: str):
    """Run `go` with a progress bar on a terminal (`total()` rows: counted only then), else a line per 1000."""
    from screening.base import messages
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TimeRemainingColumn
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):  # noqa: ANN001 - rich's signature
                return Text(f"{task.speed:.0f} rows/s" if task.speed else "")

        with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), Rate(),
                      TimeRemainingColumn(), transient=True) as bar:
            task = bar.add_task(messages.t("batch.bar", language), total=total())
            return go(lambda k: bar.advance(task, k))
    counter = [0]

    def plain(k: int) -> None:
        counter[0] += k
        if counter[0] % 1000 == 0:
            typer.echo(messages.t("batch.progress", language).format(n=counter[0]), err=True)

    return go(plain)


def _finish(lib, src: Path, out: Path, kind: str, code: str, day, language: str, summary: Path | None) -> None:
    """The summary (terminal, and HTML if asked), then a workbook output made from its work file."""
    from screening.base.errors import InputError
    from screening.batch import output
    from screening.batch import summary as summ

    figures = summ.tally(output.read(out, kind), day)
    words = summ.words(lib, code, day, language)
    for line in summ.lines(figures, words):
        typer.echo(line)
    try:
        if summary is not None:
            from screening.base.files import write_private
            from screening.report.render import make_env

            env = make_env("html")
            page = env.get_template("batch/summary.html.j2").render(
                t=figures, w=words, country=code, as_of=day.isoformat(), source=src.name)
            write_private(summary, page)
        if kind == "xlsx":
            from screening.batch.workbook import results_to_xlsx

            results_to_xlsx(output.work_path(out, kind), out)
    except OSError as e:
        n = output.done_rows(out, kind)
        raise InputError.of("batch_write_failed", out, what=e.strerror or type(e).__name__, n=n,
                            command=_again()) from None
    if figures["refused_count"]:
        raise typer.Exit(1)
