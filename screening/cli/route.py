"""`route`: one case screened in every country on the way, side by side (screening/route/along.py)."""

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


@app.command()
def route(
    case: Path = typer.Argument(..., help=CASE_HELP),
    countries: str | None = typer.Option(None, "--countries", help="Countries in order, ISO codes separated by "
                                         "commas, e.g. CO,PA,CR,NI,HN,GT,MX,US (default: the case's countries of "
                                         "transit, then the country where it is screened)."),
    format: Format | None = typer.Option(None, "--format", "-f", help=FORMAT_HELP.format(default="text"),
                                         show_default=False),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the laws as of this date (YYYY-MM-DD); default "
                                     "today."),
    lang: Lang | None = typer.Option(None, "--lang", help=LANG_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file (owner-only) instead of the "
                                       "screen; its extension picks the format."),
):
    """One case under the law of each country on the route: a row per country, then what differs. It never
    ranks countries or says where to go."""
    fmt = pick_format(format, output, Format.text)
    when = parse_date(as_of)
    language = [lang.value if lang else default_lang()]

    def heard(said: str) -> None:  # the case file's own language, before it is checked
        language[0] = said

    def body():
        from screening.assess.refusals import refuse_impossible, require_law_in_force
        from screening.assess.screener import Screener, read_case
        from screening.base import messages
        from screening.cli.reports import session_country
        from screening.route.along import parse_countries, recorded_countries, screen
        from screening.route.view import render_route

        with Screener() as screener:
            lib = screener.lib
            codes = parse_countries(countries, lib) if countries is not None else None
            c, raw = read_case(case, lib, heard=None if lang else heard)
            if lang is None and c.language:
                language[0] = c.language
            screened_in = session_country(raw)
            if codes is None:
                codes = recorded_countries(c, lib, screened_in)
                if not codes:
                    raise typer.BadParameter(messages.t("route.no_countries", language[0]), param_hint="--countries")
            origin = next((f.id for f in lib.catalogue.facts if f.role == "origin_country"), None)
            for code in codes:
                if code in lib.countries and code != str(c.known.get(origin or "", "")).upper():
                    jur = lib.jurisdiction(code, when)
                    require_law_in_force(jur, when, as_of, language[0])
                    refuse_impossible(c, raw, case, jur, when, lib)
            result = screen(screener, c, codes, when, language[0], screened_in)
            text = render_route(result, fmt.value, lib)
            if output:
                from screening.base.files import write_private

                write_private(output, text)
            else:
                typer.echo(text, nl=not text.endswith("\n"))
            if output or fmt == Format.json:  # a report on the screen shows its warnings; a file or JSON would not
                from screening.base.safe_text import clean

                shown = dict.fromkeys(w.text for r in result.screened if r.assessment for w in r.assessment.warnings)
                for w in shown:
                    typer.echo(f"{messages.t('error.warning_prefix', language[0])}: {clean(w)}", err=True)

    run_command(body, lambda: language[0])
