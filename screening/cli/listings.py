"""`countries`, `facts`, `rules validate` and `schema`: what the rules hold, listed and checked."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from screening.cli.common import Lang, ListFormat, app, color_off, default_lang, parse_date, rules_app, run_command
from screening.law.schema_kinds import SchemaKind


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
    language = lang.value if lang else default_lang()
    when = parse_date(as_of)

    def body():
        import json

        from screening.assess.refusals import require_law_in_force
        from screening.base import messages
        from screening.law.listing import before_law
        from screening.law.load import load_library

        lib = load_library()
        named = [c.strip().upper() for c in codes or []]
        wanted = named or lib.country_codes()
        jurs = [lib.jurisdiction(c, when) for c in wanted]  # an unknown code is one clear error
        # a date before a country's oldest encoded law: an error for a country asked for by name;
        # in the full list, that country is left out and named on stderr
        late = [j for j in jurs if before_law(j, when)]
        if late and (named or len(late) == len(jurs)):
            require_law_in_force(late[0], when, as_of, language)
        if late:
            typer.echo(messages.t("countries.no_law", language).format(
                date=when.isoformat(), codes=", ".join(j.code for j in late)), err=True)
            wanted = [j.code for j in jurs if j not in late]
        if compare:
            from screening.law.compare import records, table

            if format == ListFormat.json:
                typer.echo(json.dumps(records(lib, wanted, language, when), ensure_ascii=False, indent=2))
                return
            header, rows = table(lib, wanted, language, when)
            _print_table(header, rows)
            return
        from screening.law.listing import rows as listing_rows
        from screening.law.listing import text

        rs = listing_rows(lib, language, when, wanted)
        if format == ListFormat.json:
            typer.echo(json.dumps(rs, ensure_ascii=False, indent=2))
        else:
            typer.echo(text(rs, language), nl=False)

    run_command(body, language)


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    plain = color_off()
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
    language = lang.value if lang else default_lang()

    def body():
        import json

        from screening.law.load import load_library

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

    run_command(body, language)


@rules_app.command("validate")
def rules_validate(
    paths: list[Path] = typer.Argument(None, help="Rule or country files, or a folder holding rules/ and countries/. "
                                        "Default: the shipped files."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the problems (default: the environment)."),
):
    """Check rule and country files: schema, unknown facts or criteria, cycles, citations, translations."""
    language = lang.value if lang else default_lang()

    def body():
        from screening.base import messages
        from screening.base.safe_text import MESSAGE_MAX, visible
        from screening.law.validate import validate
        from screening.training.validation import check_scenarios

        problems, summary = validate(list(paths or []), language, scenarios=check_scenarios)

        prefix = messages.t("error.prefix", language)
        for p in problems:
            typer.echo(f"{prefix}: {visible(p.text(language), limit=MESSAGE_MAX, newlines=True)}", err=True)
        if problems:
            typer.echo(messages.t("rules.problems_found", language).format(n=len(problems)), err=True)
            raise typer.Exit(1)
        typer.echo(summary)

    run_command(body, language)


@app.command()
def schema(
    kind: SchemaKind | None = typer.Argument(None, metavar="KIND", help=(
        "Which file the JSON Schema is for (with --write: only this one; default every kind).")),
    write: Path | None = typer.Option(None, "--write", metavar="DIR",
                                      help="Write the schemas to DIR as KIND.schema.json and print their paths."),
):
    """Print a JSON Schema (for editor completion and validation of your files), or write them all."""
    if kind is None and write is None:
        raise typer.BadParameter("name the kind of file (case, rules, country, facts, scenario, assessment), "
                                 "or give --write DIR for all of them", param_hint="KIND")

    def body():
        from screening.law.schemas import KINDS, schema_text, write_schemas

        if write is None:
            typer.echo(schema_text(kind.value), nl=False)
            return
        from screening.base.safe_text import visible

        for path in write_schemas(write, [kind.value] if kind else KINDS):
            typer.echo(visible(str(path), limit=None))

    run_command(body)
