"""`assess` and `report`: one case in one jurisdiction, as JSON or as the report a clinic files."""

from __future__ import annotations

from pathlib import Path

import typer

from screening.cli.common import (
    CASE_HELP,
    FORMAT_HELP,
    LANG_HELP,
    Format,
    Lang,
    app,
    default_lang,
    parse_date,
    pick_format,
    run_command,
)
from screening.cli.usage import BadValue

# assess and report take the same options (only the default format differs): declared once
_COUNTRY = typer.Option(None, "--country", "-c", help="Jurisdiction, ISO code such as MX, BR, CR (default: the "
                        "session's).")
_AS_OF = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD); default today.")
_LANG = typer.Option(None, "--lang", help=LANG_HELP)
_OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file (owner-only) instead of the screen; its "
                       "extension picks the format.")
_TEMPLATE = typer.Option(None, "--template", help="Your own Jinja2 template (sandboxed; it may extend a shipped one "
                         "such as html/report.html.j2).")
_NARRATIVE = typer.Option(True, "--narrative/--no-narrative", help="Quote the applicant's own words (the case's "
                          "narrative) in the report.")
_BRIEF = typer.Option(False, "--brief", help="A short report: the result, what decided it and what is still missing.")
_REPORT_DATE = typer.Option(None, "--report-date", hidden=True, help="Production date shown in the report (for tests).")
_COMPARE_WITH = typer.Option([], "--compare-with", help="Also evaluate a base definition on this case for comparison "
                             "(e.g. oau_1969); it never changes the result.")


@app.command()
def assess(
    case: Path = typer.Argument(..., help=CASE_HELP),
    country: str | None = _COUNTRY,
    format: Format | None = typer.Option(None, "--format", "-f", help=FORMAT_HELP.format(default="text"),
                                         show_default=False),
    as_of: str | None = _AS_OF,
    lang: Lang | None = _LANG,
    output: Path | None = _OUTPUT,
    template: Path | None = _TEMPLATE,
    narrative: bool = _NARRATIVE,
    brief: bool = _BRIEF,
    report_date: str | None = _REPORT_DATE,
    compare_with: list[str] = _COMPARE_WITH,
):
    """Assess one case in one jurisdiction: each definition met, not met or undetermined, and why."""
    _assess_command(case, country, pick_format(format, output, Format.text), as_of, lang, output, template,
                    narrative, report_date, compare_with, brief)


@app.command()
def report(
    case: Path = typer.Argument(..., help=CASE_HELP),
    country: str | None = _COUNTRY,
    format: Format | None = typer.Option(None, "--format", "-f", help=FORMAT_HELP.format(default="md"),
                                         show_default=False),
    as_of: str | None = _AS_OF,
    lang: Lang | None = _LANG,
    output: Path | None = _OUTPUT,
    template: Path | None = _TEMPLATE,
    narrative: bool = _NARRATIVE,
    brief: bool = _BRIEF,
    report_date: str | None = _REPORT_DATE,
    compare_with: list[str] = _COMPARE_WITH,
):
    """The report a clinic files for a session or case: result cards, citations, flags, next steps."""
    _assess_command(case, country, pick_format(format, output, Format.md), as_of, lang, output, template,
                    narrative, report_date, compare_with, brief)


def _assess_command(case: Path, country: str | None, format: Format, as_of: str | None, lang: Lang | None,
                    output: Path | None, template: Path | None, narrative: bool, report_date: str | None,
                    compare_with: list[str], brief: bool):
    when = parse_date(as_of)
    # the language: --lang, else the case's own `language` (known once it is read), else the environment
    language = [lang.value if lang else default_lang()]

    def heard(said: str) -> None:  # the case file's own language, before it is checked
        language[0] = said

    def body():
        from screening.assess.refusals import refuse_impossible, require_law_in_force
        from screening.assess.screener import Screener, read_case
        from screening.base.errors import InputError
        from screening.report.context import report_date as produced_on
        from screening.report.render import render

        produced = produced_on(report_date)  # a bad date is reported before any work
        if template is not None and template.is_dir():
            raise InputError.of("template_is_directory", template)
        with Screener() as screener:  # frees the compiled engines' C memory on the way out
            extra = tuple(compare_with or ())
            if country:  # an unknown country or definition, or a date before its law, before the case is read
                require_law_in_force(screener.lib.jurisdiction(country, when, extra), when, as_of, language[0])
            c, raw = read_case(case, screener.lib, heard=None if lang else heard)
            if lang is None and c.language:
                language[0] = c.language
            code = country or session_country(raw)
            if not code:
                raise BadValue("usage.give_country_for_case", param_hint="--country")
            jur = screener.lib.jurisdiction(code, when, extra)
            if not country:
                require_law_in_force(jur, when, as_of, language[0])
            refuse_impossible(c, raw, case, jur, when, screener.lib)
            result = screener.assess(c, code, when, language[0], extra)
            text = render(result, format.value, screener.lib, narrative=c.narrative if narrative else None,
                          template=template, produced=produced, brief=brief)
            if output:
                from screening.base.files import write_private

                write_private(output, text)
            else:
                typer.echo(text, nl=not text.endswith("\n"))
            if result.warnings and (output or format == Format.json):
                # a report on the screen shows its warnings; a file or JSON would take them silently
                from screening.base import messages
                from screening.base.safe_text import clean

                for w in result.warnings:
                    typer.echo(f"{messages.t('error.warning_prefix', language[0])}: {clean(w.text)}", err=True)

    run_command(body, lambda: language[0])


def session_country(raw) -> str | None:
    """`session: country:` of a saved interview session, if the file is one."""
    meta = raw.get("session") if isinstance(raw, dict) else None
    value = meta.get("country") if isinstance(meta, dict) else None
    return str(value) if value else None
