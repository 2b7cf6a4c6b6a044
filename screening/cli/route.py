"""`route`: one case screened in every country on the way, side by side (screening/route.py)."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import (
    _CASE_HELP,
    _FORMAT_HELP,
    _LANG_HELP,
    Format,
    Lang,
    _default_lang,
    _parse_date,
    _pick_format,
    _run,
    app,
)


@app.command()
def route(
    case: Path = typer.Argument(..., help=_CASE_HELP),
    countries: str | None = typer.Option(None, "--countries", help="Countries in order, ISO codes separated by "
                                         "commas, e.g. CO,PA,CR,NI,HN,GT,MX,US (default: the case's countries of "
                                         "transit, then the country where it is screened)."),
    format: Format | None = typer.Option(None, "--format", "-f", help=_FORMAT_HELP.format(default="text"),
                                         show_default=False),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the laws as of this date (YYYY-MM-DD); default "
                                     "today."),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file (owner-only) instead of the "
                                       "screen; its extension picks the format."),
):
    """One case under the law of each country on the route: a row per country, then what differs. It never
    ranks countries or says where to go."""
    fmt = _pick_format(format, output, Format.text)
    when = _parse_date(as_of)
    language = [lang.value if lang else _default_lang()]

    def body():
        from .. import messages
        from ..assess import Screener, read_case
        from ..route import parse_countries, recorded_countries, screen
        from ..route_view import render_route
        from .reports import _law_in_force, _refuse_impossible, _session_country

        with Screener() as screener:
            lib = screener.lib
            codes = parse_countries(countries, lib) if countries is not None else None
            c, raw = read_case(case, lib)
            if lang is None and c.language:
                language[0] = c.language
            screened_in = _session_country(raw)
            if codes is None:
                codes = recorded_countries(c, lib, screened_in)
                if not codes:
                    raise typer.BadParameter(messages.t("route.no_countries", language[0]), param_hint="--countries")
            origin = next((f.id for f in lib.catalogue.facts if f.role == "origin_country"), None)
            for code in codes:
                if code in lib.countries and code != str(c.known.get(origin or "", "")).upper():
                    jur = lib.jurisdiction(code, when)
                    _law_in_force(jur, when, as_of, language[0])
                    _refuse_impossible(c, raw, case, jur, when, lib)
            result = screen(screener, c, codes, when, language[0], screened_in)
            text = render_route(result, fmt.value, lib)
            if output:
                from ..files import write_private

                write_private(output, text)
            else:
                typer.echo(text, nl=not text.endswith("\n"))
            if output or fmt == Format.json:  # a report on the screen shows its warnings; a file or JSON would not
                from ..safe_text import clean

                shown = dict.fromkeys(w.text for r in result.screened if r.assessment for w in r.assessment.warnings)
                for w in shown:
                    typer.echo(f"{messages.t('error.warning_prefix', language[0])}: {clean(w)}", err=True)

    _run(body, lambda: language[0])
