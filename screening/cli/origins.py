"""`origins`: the country-of-origin guidance the rules hold (rules/origins/), as the adviser checks it."""

from __future__ import annotations

import typer

from screening.cli.common import Lang, ListFormat, app, default_lang, parse_date, run_command


@app.command()
def origins(
    code: str | None = typer.Argument(None, metavar="XX", help="A country of origin (ISO code); "
                                      "default: list the countries with guidance."),
    as_of: str | None = typer.Option(None, "--as-of", help="Only guidance published by this date (YYYY-MM-DD), "
                                     "its age counted to it; default today."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the text."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json"),
):
    """Guidance on a country of origin (UNHCR guidelines, notes, positions on returns, national findings):
    dates, situations, profiles at risk, and what to check and record. It never answers for the person."""
    language = lang.value if lang else default_lang()
    when = parse_date(as_of)

    def body():
        import json

        from screening.base import messages
        from screening.base.countrynames import country_name, is_country_code
        from screening.base.errors import InputError
        from screening.law.load import load_library
        from screening.law.origin_guidance import offered, record, text

        lib = load_library()
        if code is None:
            rows = []
            for c in sorted(lib.origins):
                docs = offered(lib, c, when)
                dates = [o.guidance.date.isoformat() if o.guidance.date else str(o.guidance.source.year)
                         for o in docs]
                rows.append({"country": c, "name": country_name(c, language), "documents": len(docs),
                             "latest": max(dates) if dates else None})
            if format == ListFormat.json:
                typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
                return
            typer.echo(messages.t("origins.list_title", language))
            for r in rows:
                typer.echo("  " + messages.t("origins.list_row", language).format(
                    code=r["country"], country=r["name"], n=r["documents"], latest=r["latest"] or "-"))
            return
        wanted = code.strip().upper()
        if not is_country_code(wanted):
            raise InputError.of("origins_not_country", value=code, expected=("expected.country", {}))
        docs = offered(lib, wanted, when)
        if format == ListFormat.json:
            typer.echo(json.dumps({"country": wanted, "as_of": when.isoformat(),
                                   "guidance": [record(lib, o, language) for o in docs]},
                                  ensure_ascii=False, indent=2))
            return
        typer.echo(text(lib, wanted, docs, language, country_name(wanted, language)), nl=False)

    run_command(body, language)
