"""`screening` command line: a thin layer over the core. Heavy imports happen inside commands,
so `screening --help` stays fast and only `interview` ever loads questionary."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Screen asylum claims against the 1951 Convention, the Cartagena Declaration and national laws. "
    "A screening, never a decision.",
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(no_args_is_help=True, help="Check rule and country files.")
app.add_typer(rules_app, name="rules")


class Format(str, Enum):
    json = "json"
    text = "text"


class Lang(str, Enum):
    en = "en"
    es = "es"
    pt = "pt"


class SchemaKind(str, Enum):
    case = "case"
    rules = "rules"
    country = "country"
    facts = "facts"
    assessment = "assessment"


def _fail(err: Exception, code: int = 1) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(code)


def _run(fn):
    """Run a command body: bad input is one clear message and exit 1, never a traceback."""
    from .errors import InputError

    try:
        return fn()
    except InputError as e:
        _fail(e)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130)
    except (typer.Exit, typer.Abort):
        raise
    except Exception as e:  # noqa: BLE001 - last resort: say what happened, ask for a report
        typer.echo(f"internal error ({type(e).__name__}): {e}\nPlease report this with the command you ran.", err=True)
        raise typer.Exit(3)


def _parse_date(value: Optional[str]) -> dt.date:
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
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD); default today."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of the output (default from the environment)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of the screen."),
):
    """Assess one case in one jurisdiction: each definition met, not met or undetermined, and why."""
    when = _parse_date(as_of)
    language = lang.value if lang else _default_lang()

    def body():
        from .assess import Screener, load_case
        from .render import render

        screener = Screener()
        screener.lib.jurisdiction(country)  # an unknown country is reported before the case is read
        c = load_case(case, screener.lib)
        result = screener.assess(c, country, when, language)
        text = render(result, format.value, screener.lib)
        if output:
            from .files import write_private

            write_private(output, text)
        else:
            typer.echo(text)

    _run(body)


@app.command()
def countries(
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of titles."),
    format: Format = typer.Option(Format.text, "--format", "-f"),
):
    """The jurisdictions with rules, and which definitions apply in each."""
    language = lang.value if lang else _default_lang()

    def body():
        import json

        from .library import load_library

        lib = load_library()
        rows = []
        for code in lib.country_codes():
            jur = lib.jurisdiction(code)
            rows.append({
                "country": code,
                "name": jur.name.get(language),
                "definitions": [{"id": d.id, "extends": d.base, "title": d.title.get(language),
                                 "cite": [c.label() for c in d.cite[:1]],
                                 "confidence": min((c.confidence for c in d.cite), key=["low", "medium", "high"].index)}
                                for d in jur.definitions],
                "exclusions": [{"id": d.id, "extends": d.base, "title": d.title.get(language)} for d in jur.exclusions],
                "flags": [{"id": f.id, "cite": [c.label() for c in f.cite[:1]]} for f in jur.flags],
            })
        if format == Format.json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for r in rows:
            typer.echo(f"{r['country']}  {r['name']}")
            for d in r["definitions"]:
                mark = "" if d["confidence"] == "high" else f"  [confidence: {d['confidence']}]"
                typer.echo(f"    {d['id']:<28} {d['title']}  — {'; '.join(d['cite'])}{mark}")
            for d in r["exclusions"]:
                typer.echo(f"    {d['id']:<28} {d['title']}")
            for f in r["flags"]:
                typer.echo(f"    flag: {f['id']}  — {'; '.join(f['cite'])}")

    _run(body)


@app.command()
def facts(
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of the questions."),
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

    _run(body)


@rules_app.command("validate")
def rules_validate(
    paths: List[Path] = typer.Argument(None, help="Rule or country files, or a folder holding rules/ and countries/. "
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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
