"""`screening` command line: a thin layer over the core. Heavy imports happen inside commands,
so `screening --help` stays fast and only `interview` ever loads questionary."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Screen asylum claims against the 1951 Convention, the Cartagena Declaration and national laws. "
    "A screening, never a decision.",
    pretty_exceptions_enable=False,
    # Plain help: loading rich would double the start-up time of every command, and plain text
    # reads better in a screen reader.
    rich_markup_mode=None,
)
rules_app = typer.Typer(no_args_is_help=True, help="Check rule and country files.", rich_markup_mode=None)
app.add_typer(rules_app, name="rules")


class Format(StrEnum):
    json = "json"
    text = "text"
    md = "md"
    html = "html"


class Lang(StrEnum):
    en = "en"
    es = "es"
    pt = "pt"


class SchemaKind(StrEnum):
    case = "case"
    rules = "rules"
    country = "country"
    facts = "facts"
    assessment = "assessment"


def _run(fn, lang: str | None = None):
    """Run a command body: bad input is one clear message (in the user's language where the
    catalogue has it) and exit 1, never a traceback."""
    from .errors import InputError

    try:
        return fn()
    except InputError as e:
        language = lang or _default_lang()
        prefix = "error"
        if e.key is not None:
            from . import messages

            prefix = messages.t("error.prefix", language)
        typer.echo(f"{prefix}: {e.text(language)}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as e:  # noqa: BLE001 - last resort: say what happened, ask for a report
        typer.echo(f"internal error ({type(e).__name__}): {e}\nPlease report this with the command you ran.", err=True)
        raise typer.Exit(3) from None


def _parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date as YYYY-MM-DD", param_hint="--as-of") from None


def _default_lang() -> str:
    import os

    for var in ("SCREENING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        v = os.environ.get(var, "")
        if v[:2] in ("en", "es", "pt"):
            return v[:2]
    return "en"


@app.command()
def assess(
    case: Path = typer.Argument(..., help="Case file (YAML or JSON), or a saved interview session."),
    country: str = typer.Option(..., "--country", "-c", help="Jurisdiction, ISO code such as MX, BR, CR."),
    format: Format = typer.Option(Format.text, "--format", "-f",
                                  help="Output format: text, md, html (reports) or json."),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="Apply the law as of this date (YYYY-MM-DD); default today."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the output (default from the environment)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of the screen."),
    template: Path | None = typer.Option(None, "--template", help="Your own Jinja2 template (sandboxed; it may "
                                            "extend a shipped one such as html/report.html.j2)."),
    narrative: bool = typer.Option(True, "--narrative/--no-narrative", help="Quote the applicant's own words "
                                   "(the case's narrative) in the report."),
    report_date: str | None = typer.Option(None, "--report-date", hidden=True,
                                              help="Production date shown in the report (for tests)."),
    compare_with: list[str] = typer.Option([], "--compare-with", help="Also evaluate a base definition on this "
                                           "case for comparison (e.g. oau_1969); it never changes the result."),
):
    """Assess one case in one jurisdiction: each definition met, not met or undetermined, and why."""
    _assess_command(case, country, format, as_of, lang, output, template, narrative, report_date, compare_with)


@app.command()
def report(
    case: Path = typer.Argument(..., help="A saved interview session or a case file (YAML or JSON)."),
    country: str = typer.Option(..., "--country", "-c", help="Jurisdiction, ISO code such as MX, BR, CR."),
    format: Format = typer.Option(Format.md, "--format", "-f", help="Output format: md, html, text or json."),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="Apply the law as of this date (YYYY-MM-DD); default today."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the report (default from the environment)."),
    output: Path | None = typer.Option(None, "--output", "-o",
                                       help="Write to this file (owner-only) instead of the screen."),
    template: Path | None = typer.Option(None, "--template", help="Your own Jinja2 template (sandboxed)."),
    narrative: bool = typer.Option(True, "--narrative/--no-narrative", help="Quote the applicant's own words."),
    report_date: str | None = typer.Option(None, "--report-date", hidden=True,
                                              help="Production date shown in the report (for tests)."),
    compare_with: list[str] = typer.Option([], "--compare-with", help="Also evaluate a base definition on this "
                                           "case for comparison (e.g. oau_1969); it never changes the result."),
):
    """The report a clinic files for a session or case: result cards, citations, flags, next steps."""
    _assess_command(case, country, format, as_of, lang, output, template, narrative, report_date, compare_with)


def _assess_command(case: Path, country: str, format: Format, as_of: str | None, lang: Lang | None,
                    output: Path | None, template: Path | None, narrative: bool, report_date: str | None,
                    compare_with: list[str]):
    when = _parse_date(as_of)
    language = lang.value if lang else _default_lang()

    def body():
        from .assess import Screener, load_case
        from .render import render
        from .report_context import report_date as produced_on

        produced = produced_on(report_date)  # a bad date is reported before any work
        screener = Screener()
        extra = tuple(compare_with or ())
        screener.lib.jurisdiction(country, when, extra)  # an unknown country or definition before the case is read
        c = load_case(case, screener.lib)
        result = screener.assess(c, country, when, language, extra)
        text = render(result, format.value, screener.lib, narrative=c.narrative if narrative else None,
                      template=template, produced=produced)
        if output:
            from .files import write_private

            write_private(output, text)
        else:
            typer.echo(text, nl=not text.endswith("\n"))

    _run(body, language)


@app.command()
def countries(
    codes: list[str] = typer.Argument(None, help="Only these jurisdictions (ISO codes); default all."),
    compare: bool = typer.Option(False, "--compare", help="A side-by-side table of the clauses."),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="The law in force on this date (YYYY-MM-DD); default today."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of titles."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text or json"),
):
    """The jurisdictions with rules: their laws, definitions, and how certain our sources are."""
    language = lang.value if lang else _default_lang()
    when = _parse_date(as_of)

    def body():
        import json

        from .library import load_library

        lib = load_library()
        wanted = [c.strip().upper() for c in codes or []] or lib.country_codes()
        for c in wanted:
            lib.jurisdiction(c)  # an unknown code is one clear error
        if compare:
            from .compare import table

            header, rows = table(lib, wanted, language, when)
            if format == Format.json:
                typer.echo(json.dumps([dict(zip(header, r, strict=False)) for r in rows], ensure_ascii=False, indent=2))
                return
            from rich.console import Console
            from rich.table import Table

            t = Table(title=None, show_lines=True)
            for h in header:
                t.add_column(h, overflow="fold")
            for r in rows:
                t.add_row(*r)
            import sys as _sys

            # a pipe or a file gets the whole table unwrapped; a terminal gets its own width
            Console(soft_wrap=False, width=None if _sys.stdout.isatty() else 220).print(t)
            return
        from .listing import rows, text

        rs = rows(lib, language, when, wanted)
        if format == Format.json:
            typer.echo(json.dumps(rs, ensure_ascii=False, indent=2))
        else:
            typer.echo(text(rs, language), nl=False)

    _run(body, language)


@app.command()
def facts(
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the questions."),
    format: Format = typer.Option(Format.text, "--format", "-f"),
):
    """The fact catalogue: every fact a case may give, with its type and question."""
    language = lang.value if lang else _default_lang()

    def body():
        import json

        from .library import load_library

        lib = load_library()
        rows = [{"id": f.id, "type": f.type, "topic": f.topic, "element": f.element,
                 "question": f.question.get(language), "choices": f.choice_ids() or None}
                for f in lib.catalogue.facts]
        if format == Format.json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for r in rows:
            kind = r["type"] + (f" [{', '.join(r['choices'])}]" if r["choices"] else "")
            typer.echo(f"{r['id']}  ({kind})\n    {r['question']}")

    _run(body, language)


@rules_app.command("validate")
def rules_validate(
    paths: list[Path] = typer.Argument(None, help="Rule or country files, or a folder holding rules/ and countries/. "
                                        "Default: the shipped files."),
):
    """Check rule and country files: schema, unknown facts or criteria, cycles, citations, translations."""

    def body():
        from .validate import validate

        problems, summary = validate(list(paths or []))
        for p in problems:
            typer.echo(f"error: {p}", err=True)
        if problems:
            typer.echo(f"{len(problems)} problem(s) found", err=True)
            raise typer.Exit(1)
        typer.echo(summary)

    _run(body)


@app.command()
def schema(kind: SchemaKind = typer.Argument(..., help="Which file the JSON Schema is for.")):
    """Print a JSON Schema (for editor completion and validation of your files)."""

    def body():
        import json

        from .schemas import schema_for

        typer.echo(json.dumps(schema_for(kind.value), ensure_ascii=False, indent=2))

    _run(body)


@app.command()
def interview(
    country: str | None = typer.Option(None, "--country", "-c", help="Jurisdiction, ISO code such as MX."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the questions (default from the environment)."),
    case_ref: str | None = typer.Option(None, "--case-ref", help="Case reference to store in the session."),
    resume: Path | None = typer.Option(None, "--resume", help="Continue a saved session file."),
    answers: Path | None = typer.Option(None, "--answers", help="Answer from this case file instead of a terminal."),
    session_path: Path | None = typer.Option(None, "--session", help="Where to save a new session "
                                                "(default: sessions/REF-DATE.yaml here)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
):
    """Interview an applicant: asks only what can change the outcome; saves after every answer."""
    when = _parse_date(as_of) if as_of else None

    def body() -> None:
        import shlex

        from .assess import Screener, load_case
        from .errors import InputError
        from .interview import Interview, answer_from
        from .interview_answers import t
        from .session import load_session, new_session

        screener = Screener()
        notes: list[str] = []
        if resume:
            session, notes = load_session(resume, screener.lib)
            if country and country.upper() != session.country:
                raise InputError(f"this session is for {session.country}, not {country.upper()}", resume)
            if lang:
                session.lang = lang.value
        else:
            if not country:
                raise typer.BadParameter("give --country (or --resume a saved session)", param_hint="--country")
            code = country.strip().upper()
            screener.lib.jurisdiction(code)  # an unknown country is reported before anything is asked
            language = lang.value if lang else _default_lang()
            path = session_path or _default_session_path(case_ref)
            if path.exists():
                raise InputError("a file with this name already exists; use --resume to continue it", path)
            session = new_session(path, code, language, case_ref, screener.lib, when)
        language = session.lang
        say = lambda msg: typer.echo(msg)  # noqa: E731
        if not answers and not sys.stdin.isatty():
            raise InputError(t("interview.no_terminal", language))
        iv = Interview(screener, session, when)
        session.save()  # the file exists, owner-only, before the first question
        say(t("interview.screening_only", language))
        if resume:
            say(t("interview.resumed", language, path=session.path, count=len(session.answers)))
        else:
            say(t("interview.new_session", language, path=session.path))
        if notes:
            say(t("interview.resume_notes", language))
            for n in notes:
                say(f"  - {n}")
        resume_cmd = f"screening interview --resume {shlex.quote(str(session.path))}"
        assess_cmd = f"screening assess {shlex.quote(str(session.path))} --country {session.country}"
        if answers:
            case = load_case(answers, screener.lib)
            given = dict(case.known) | {f: "unknown" for f in case.unknown} | {f: "declined" for f in case.declined}
            answer_from(iv, given, say)
            from .interview_ui import TerminalInterview

            TerminalInterview(iv, lambda *a: "", say, resume_cmd, assess_cmd)._finish()
            return
        from .interview_ui import TerminalInterview, questionary_ask

        outcome = TerminalInterview(iv, questionary_ask(), say, resume_cmd, assess_cmd).run()
        if outcome == "stopped":
            raise typer.Exit(130)

    _run(body, lang.value if lang else None)


def _default_session_path(case_ref: str | None) -> Path:
    import re

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    ref = re.sub(r"[^A-Za-z0-9_-]+", "-", case_ref or "session").strip("-") or "session"
    return Path("sessions") / f"{ref}-{stamp}.yaml"


def main() -> None:
    import os

    # pydantic scans every installed package for plugins on first use; this tool uses none
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
