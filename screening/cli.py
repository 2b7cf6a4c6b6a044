"""`screening` command line: a thin layer over the core. Heavy imports happen inside commands,
so `screening --help` stays fast and only `interview` ever loads questionary."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import typer

# -h as well as --help, in every command (click passes it down to subcommands)
CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
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


def _no_color() -> bool:
    """https://no-color.org: any non-empty NO_COLOR turns colour off."""
    import os

    return bool(os.environ.get("NO_COLOR"))


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"screening {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Show the version and exit."),
) -> None:
    if _no_color():
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


def _pick_format(format: Format | None, output: Path | None, default: Format) -> Format:
    if format is not None:
        return format
    if output is None or not output.suffix:
        return default
    ext = output.suffix.lower()
    if ext not in _EXT_FORMAT:
        raise typer.BadParameter(f"cannot tell the format from '{ext}': name the file *.txt, *.md, *.html, *.htm "
                                 "or *.json, or give --format text, md, html or json", param_hint="--output")
    return _EXT_FORMAT[ext]


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


def _run(fn, lang: str | Callable[[], str] | None = None):
    """Run a command body: bad input is one clear message (in the user's language where the
    catalogue has it) and exit 1, never a traceback. `lang` may be a function: the language can
    change once the case file (with its own `language`) has been read."""
    from .errors import InputError

    try:
        return fn()
    except InputError as e:
        language = (lang() if callable(lang) else lang) or _default_lang()
        prefix = "error"
        if e.key is not None:
            from . import messages

            prefix = messages.t("error.prefix", language)
        typer.echo(f"{prefix}: {e.text(language)}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `screening facts | head`: the reader has all it wanted; stop quietly, as cat or grep would
        _silence_stdout()
        raise typer.Exit(EXIT_PIPE) from None
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except Exception as e:  # noqa: BLE001 - last resort: say what happened, ask for a report
        typer.echo(f"internal error ({type(e).__name__}): {e}\nPlease report this with the command you ran.", err=True)
        raise typer.Exit(3) from None


EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell reports for any tool whose reader closed the pipe


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stdout with no file descriptor (tests)
        pass


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


_CASE_HELP = "Case file (YAML or JSON), or a saved interview session; - reads it from standard input."
_FORMAT_HELP = "Output format: text, md, html (reports) or json; default from the -o extension, else {default}."
_LANG_HELP = "Language of the output (default: the case's `language`, else the environment)."


@app.command()
def assess(
    case: Path = typer.Argument(..., help=_CASE_HELP),
    country: str | None = typer.Option(None, "--country", "-c", help="Jurisdiction, ISO code such as MX, BR, CR "
                                       "(default: the session's)."),
    format: Format | None = typer.Option(None, "--format", "-f", help=_FORMAT_HELP.format(default="text"),
                                         show_default=False),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="Apply the law as of this date (YYYY-MM-DD); default today."),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file (owner-only) instead of "
                                       "the screen; its extension picks the format."),
    template: Path | None = typer.Option(None, "--template", help="Your own Jinja2 template (sandboxed; it may "
                                            "extend a shipped one such as html/report.html.j2)."),
    narrative: bool = typer.Option(True, "--narrative/--no-narrative", help="Quote the applicant's own words "
                                   "(the case's narrative) in the report."),
    brief: bool = typer.Option(False, "--brief", help="A short report: the result, what decided it and what "
                               "is still missing."),
    report_date: str | None = typer.Option(None, "--report-date", hidden=True,
                                              help="Production date shown in the report (for tests)."),
    compare_with: list[str] = typer.Option([], "--compare-with", help="Also evaluate a base definition on this "
                                           "case for comparison (e.g. oau_1969); it never changes the result."),
):
    """Assess one case in one jurisdiction: each definition met, not met or undetermined, and why."""
    _assess_command(case, country, _pick_format(format, output, Format.text), as_of, lang, output, template,
                    narrative, report_date, compare_with, brief)


@app.command()
def report(
    case: Path = typer.Argument(..., help="A saved interview session or a case file (YAML or JSON); - reads it "
                                "from standard input."),
    country: str | None = typer.Option(None, "--country", "-c", help="Jurisdiction, ISO code such as MX, BR, CR "
                                       "(default: the session's)."),
    format: Format | None = typer.Option(None, "--format", "-f", help=_FORMAT_HELP.format(default="md"),
                                         show_default=False),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="Apply the law as of this date (YYYY-MM-DD); default today."),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    output: Path | None = typer.Option(None, "--output", "-o",
                                       help="Write to this file (owner-only) instead of the screen; its extension "
                                       "picks the format."),
    template: Path | None = typer.Option(None, "--template", help="Your own Jinja2 template (sandboxed)."),
    narrative: bool = typer.Option(True, "--narrative/--no-narrative", help="Quote the applicant's own words."),
    brief: bool = typer.Option(False, "--brief", help="A short report: the result, what decided it and what "
                               "is still missing."),
    report_date: str | None = typer.Option(None, "--report-date", hidden=True,
                                              help="Production date shown in the report (for tests)."),
    compare_with: list[str] = typer.Option([], "--compare-with", help="Also evaluate a base definition on this "
                                           "case for comparison (e.g. oau_1969); it never changes the result."),
):
    """The report a clinic files for a session or case: result cards, citations, flags, next steps."""
    _assess_command(case, country, _pick_format(format, output, Format.md), as_of, lang, output, template,
                    narrative, report_date, compare_with, brief)


def _assess_command(case: Path, country: str | None, format: Format, as_of: str | None, lang: Lang | None,
                    output: Path | None, template: Path | None, narrative: bool, report_date: str | None,
                    compare_with: list[str], brief: bool):
    when = _parse_date(as_of)
    # the language: --lang, else the case's own `language` (known once it is read), else the environment
    language = [lang.value if lang else _default_lang()]

    def body():
        from .assess import Screener, read_case
        from .errors import InputError
        from .render import render
        from .report_context import report_date as produced_on

        produced = produced_on(report_date)  # a bad date is reported before any work
        if template is not None and template.is_dir():
            raise InputError.of("template_is_directory", template)
        with Screener() as screener:  # frees the compiled engines' C memory on the way out
            extra = tuple(compare_with or ())
            if country:  # an unknown country or definition, or a date before its law, before the case is read
                _law_in_force(screener.lib.jurisdiction(country, when, extra), when, as_of, language[0])
            c, raw = read_case(case, screener.lib)
            if lang is None and c.language:
                language[0] = c.language
            code = country or _session_country(raw)
            if not code:
                raise typer.BadParameter("give --country: this case file is not an interview session that names one",
                                         param_hint="--country")
            jur = screener.lib.jurisdiction(code, when, extra)
            if not country:
                _law_in_force(jur, when, as_of, language[0])
            _refuse_impossible(c, raw, case, jur, when, screener.lib)
            result = screener.assess(c, code, when, language[0], extra)
            text = render(result, format.value, screener.lib, narrative=c.narrative if narrative else None,
                          template=template, produced=produced, brief=brief)
            if output:
                from .files import write_private

                write_private(output, text)
            else:
                typer.echo(text, nl=not text.endswith("\n"))
            if result.warnings and (output or format == Format.json):
                # a report on the screen shows its warnings; a file or JSON would take them silently
                from . import messages

                for w in result.warnings:
                    typer.echo(f"{messages.t('error.warning_prefix', language[0])}: {w.text}", err=True)

    _run(body, lambda: language[0])


def _session_country(raw) -> str | None:
    """`session: country:` of a saved interview session, if the file is one."""
    meta = raw.get("session") if isinstance(raw, dict) else None
    value = meta.get("country") if isinstance(meta, dict) else None
    return str(value) if value else None


def _law_in_force(jur, when: dt.date, as_of: str | None, lang: str) -> None:
    """Refuse a date before the country's oldest encoded law: the results would apply a law that
    did not exist (the core warns; here the date is the user's own input, so it is an error)."""
    from .listing import before_law

    start = before_law(jur, when)
    if start is not None:
        from .errors import InputError

        raise InputError.of("as_of_before_law", as_of=as_of or when.isoformat(),
                            country=f"{jur.name.get(lang)} ({jur.code})", year=start.year)


def _refuse_impossible(c, raw, case: Path, jur, when: dt.date, lib) -> None:
    """Inputs that cannot be right, refused with the case file's line (issue 10 §8). A date after
    the assessment date but not in the future, or an application dated before the entry, stay
    warnings in the report: a trainer may assess an old date on purpose, and an application can be
    registered (or an appointment given) before the entry is recorded."""
    from . import yamlio
    from .errors import InputError

    path = Path(yamlio.STDIN) if yamlio.is_stdin(case) else case
    origin = next((f.id for f in lib.catalogue.facts if f.role == "origin_country"), None)
    if origin and c.known.get(origin) == jur.code:
        raise InputError.of("own_country", path, yamlio.line_of(raw, ("facts", origin)), fact=origin, code=jur.code)
    today = dt.date.today()
    for fid, value in c.known.items():
        fact = lib.facts.get(fid)
        if fact is not None and fact.type == "date" and isinstance(value, dt.date) and value > max(today, when):
            raise InputError.of("date_in_future", path, yamlio.line_of(raw, ("facts", fid)), fact=fid,
                                date=value.isoformat(), today=today.isoformat())


@app.command()
def countries(
    codes: list[str] = typer.Argument(None, help="Only these jurisdictions (ISO codes); default all."),
    compare: bool = typer.Option(False, "--compare", help="A side-by-side table of the clauses."),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="The law in force on this date (YYYY-MM-DD); default today."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of titles."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json"),
):
    """The jurisdictions with rules: their laws, definitions, and how certain our sources are."""
    language = lang.value if lang else _default_lang()
    when = _parse_date(as_of)

    def body():
        import json

        from . import messages
        from .library import load_library
        from .listing import before_law

        lib = load_library()
        named = [c.strip().upper() for c in codes or []]
        wanted = named or lib.country_codes()
        jurs = [lib.jurisdiction(c, when) for c in wanted]  # an unknown code is one clear error
        # a date before a country's oldest encoded law: an error for a country asked for by name;
        # in the full list, that country is left out and named on stderr
        late = [j for j in jurs if before_law(j, when)]
        if late and (named or len(late) == len(jurs)):
            _law_in_force(late[0], when, as_of, language)
        if late:
            typer.echo(messages.t("countries.no_law", language).format(
                date=when.isoformat(), codes=", ".join(j.code for j in late)), err=True)
            wanted = [j.code for j in jurs if j not in late]
        if compare:
            from .compare import records, table

            if format == ListFormat.json:
                typer.echo(json.dumps(records(lib, wanted, language, when), ensure_ascii=False, indent=2))
                return
            header, rows = table(lib, wanted, language, when)
            _print_table(header, rows)
            return
        from .listing import rows as listing_rows
        from .listing import text

        rs = listing_rows(lib, language, when, wanted)
        if format == ListFormat.json:
            typer.echo(json.dumps(rs, ensure_ascii=False, indent=2))
        else:
            typer.echo(text(rs, language), nl=False)

    _run(body, language)


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    plain = _no_color()
    # cells are Text, never rich markup: a "[…]" in a law's name stays as written
    t = Table(title=None, show_lines=True, header_style="" if plain else "table.header")
    for h in header:
        t.add_column(Text(h), overflow="fold")
    for r in rows:
        t.add_row(*(Text(cell) for cell in r))
    # a pipe or a file gets the whole table unwrapped; a terminal gets its own width. NO_COLOR: no
    # colour and no other styling either
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 220, no_color=plain,
                      highlight=False, color_system=None if plain else "auto")
    console.print(t)


@app.command()
def facts(
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the questions."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json"),
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
        if format == ListFormat.json:
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
                                                "(default: sessions/session-DATE-TIME-RANDOM.yaml here)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
):
    """Interview an applicant: asks only what can change the outcome; saves after every answer."""
    when = _parse_date(as_of) if as_of else None
    if not resume and not country:  # a usage error (exit 2), before anything is loaded
        raise typer.BadParameter("give --country (or --resume a saved session)", param_hint="--country")

    def body() -> None:
        import shlex

        from .assess import Screener, load_case
        from .errors import InputError
        from .interview import Interview, answer_from
        from .interview_answers import t
        from .session import load_session, new_session

        with Screener() as screener:  # frees the compiled engines' C memory on the way out
            notes: list[str] = []
            # a prepared case file brings its reference, narrative and language (unless told otherwise)
            case = load_case(answers, screener.lib) if answers else None
            if resume:
                session, notes = load_session(resume, screener.lib)
                if country and country.upper() != session.country:
                    raise InputError(f"this session is for {session.country}, not {country.upper()}", resume)
                if lang:
                    session.lang = lang.value
            else:
                assert country  # checked above
                code = country.strip().upper()
                screener.lib.jurisdiction(code)  # an unknown country is reported before anything is asked
                language = lang.value if lang else (case.language if case and case.language else _default_lang())
                path = session_path or _default_session_path()
                if path.is_dir():
                    raise InputError.of("output_is_directory", path, example=str(path / "session.yaml"))
                # an existing file is refused by new_session, under the session's lock, in the user's language
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
            if case is not None:
                given = dict(case.known) | {f: "unknown" for f in case.unknown} | {f: "declined" for f in case.declined}
                answer_from(iv, given, say, reference=case.reference, narrative=case.narrative)
                from .interview_ui import TerminalInterview

                TerminalInterview(iv, lambda *a: "", say, resume_cmd, assess_cmd)._finish()
                return
            from .interview_ui import TerminalInterview, questionary_ask

            outcome = TerminalInterview(iv, questionary_ask(), say, resume_cmd, assess_cmd).run()
            if outcome == "stopped":  # Ctrl-C (saved first, resume command printed)
                raise typer.Exit(130)
            # "saved" (the user typed q) and "finished" are both a job done: exit 0

    _run(body, lang.value if lang else None)


def _default_session_path() -> Path:
    """sessions/session-20261126-0137-7f3a.yaml: a date and a random id, never the case reference
    (it may be the applicant's name, and file names show in listings and backups)."""
    import secrets

    while True:  # the same minute and id again: draw another rather than refuse
        path = Path("sessions") / f"session-{dt.datetime.now():%Y%m%d-%H%M}-{secrets.token_hex(2)}.yaml"
        if not path.exists():
            return path


def main() -> None:
    import os

    # pydantic scans every installed package for plugins on first use; this tool uses none
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    import signal

    if hasattr(signal, "SIGPIPE"):
        # `screening facts | head`: when the reader leaves, stop at once and quietly, as cat or grep do
        # (the shell reports 141). Python ignores SIGPIPE, and click and rich would then exit 1 on
        # their own, which here means bad input. Files are never pipes, so nothing half-written.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        app(color=False if _no_color() else None)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:  # outside a command body (help, completion): the reader left
        _silence_stdout()
        sys.exit(EXIT_PIPE)


if __name__ == "__main__":
    main()
