"""`rules test`, `rules steps`, `rules new-country`: what a trainer needs to test a country variant
without writing Python."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from screening.cli.common import Lang, default_lang, rules_app, run_command


@rules_app.command("test")
def rules_test(
    paths: list[Path] = typer.Argument(None, help="Feature files or folders (default: the data folder's "
                                       "features/, or the shipped ones)."),
    data: Path | None = typer.Option(None, "--data", help="A data folder with rules/ and countries/ (a "
                                     "trainer's copy); default: the shipped rules."),
    coverage: bool = typer.Option(False, "--coverage", help="Report which criteria, definitions and flags "
                                  "the scenarios reached, and with which status."),
    fail_under: float | None = typer.Option(None, "--fail-under", help="With --coverage: exit 1 below this "
                                            "percentage."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
):
    """Run Gherkin scenarios against the rules: each scenario passed or failed, and what differed."""
    if fmt not in ("text", "json"):
        raise typer.BadParameter("text or json", param_hint="--format")

    def body() -> None:
        _need_authoring_tools()
        from screening.bdd import coverage as cov
        from screening.bdd.runner import feature_files, run

        files = feature_files(list(paths or []), data)
        if coverage:
            cov.start()
        try:
            result = run(files, data)
        finally:
            cov.stop()
        failed = result.failed
        out: dict = {"passed": len(result.outcomes) - failed, "failed": failed, "problem": result.problem,
                     "scenarios": [{"feature": o.feature, "line": o.line, "name": o.name, "passed": o.passed,
                                    "message": o.message} for o in result.outcomes]}
        figures = None
        if coverage:
            from screening.law.load import load_library

            figures = cov.summary(cov.compute(load_library()))
            out["coverage"] = figures
        if fmt == "json":
            typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            for o in result.outcomes:
                where = f"{Path(o.feature).name}:{o.line}" if o.line else Path(o.feature).name
                typer.echo(f"{'PASS' if o.passed else 'FAIL'}  {where}  {o.name}")
                if not o.passed:
                    typer.echo(f"      {o.message}")
            if result.problem:
                typer.echo(f"ERROR {result.problem}")
            typer.echo(f"{out['passed']} passed, {failed} failed")
            if figures is not None:
                _coverage_table(figures)
        low = figures is not None and fail_under is not None and figures["percent"] < fail_under
        if low and fmt == "text":
            typer.echo(f"coverage {figures['percent']}% is below --fail-under {fail_under}%")  # type: ignore[index]
        if failed or result.problem or not result.outcomes or low:
            raise typer.Exit(1)

    run_command(body)


AUTHORING = ('"pytest>=8"', '"pytest-bdd>=7"')  # pyproject.toml's `authoring` extra


def _need_authoring_tools() -> None:
    """pytest and pytest-bdd run the scenarios; a clinic's install does not carry them (the `authoring`
    extra does): without them, say which command adds them to this installation."""
    import importlib.util

    missing = [name for name, module in (("pytest", "pytest"), ("pytest-bdd", "pytest_bdd"))
               if importlib.util.find_spec(module) is None]
    if missing:
        from screening.base.errors import InputError

        raise InputError.of("authoring_missing", missing=", ".join(missing), command=authoring_command())


def authoring_command() -> str:
    """The command that adds the scenario runner to the installation this process runs from."""
    import sys

    where = Path(sys.prefix).as_posix()
    if "/pipx/venvs/" in where:
        return "pipx inject refugee-screening " + " ".join(AUTHORING)
    if "/uv/tools/" in where or "/uv/data/tools/" in where:
        return "uv tool install --reinstall " + " ".join(f"--with {r}" for r in AUTHORING) + " refugee-screening"
    python = sys.executable if " " not in sys.executable else f'"{sys.executable}"'
    return f"{python} -m pip install " + " ".join(AUTHORING)


def _coverage_table(f: dict) -> None:
    typer.echo("")
    typer.echo(f"RULE COVERAGE: {f['percent']}% of the statuses (met, not met, undetermined) the rules can take "
               f"were reached ({f['reached']} of {f['possible']})")
    typer.echo(f"  {'country':8} {'cover':>6}  {'criteria m/n/u of N':>22}  {'definitions m/n/u of N':>24}  "
               f"{'flags m/n/u of N':>18}  overrides  dated versions")
    def cell(kinds: dict, kind: str) -> str:
        x = kinds[kind]
        return f"{x['met']}/{x['not_met']}/{x['undetermined']} of {x['items']}"

    for code, c in f["countries"].items():
        k, ov, ver = c["kinds"], c["overrides"], c["versions"]
        typer.echo(f"  {code:8} {c['percent']:>5}%  {cell(k, 'criterion'):>22}  {cell(k, 'definition'):>24}  "
                   f"{cell(k, 'flag'):>18}  {sum(ov.values())}/{len(ov):<8} {sum(ver.values())}/{len(ver)}")


@rules_app.command("steps")
def rules_steps(lang: Lang | None = typer.Option(None, "--lang", help="Language of the phrases.")):
    """List the Gherkin step phrases, with an example each (the same words the reports use)."""
    language = lang.value if lang else default_lang()

    def body() -> None:
        from screening.base import yamlio
        phrases = yamlio.plain(yamlio.load(Path(__file__).resolve().parent.parent / "bdd" / "phrases.yaml"))
        head = {"en": "# language: en (a feature file in Spanish starts with '# language: es')",
                "es": "# language: es", "pt": "# language: pt"}[language]
        typer.echo(head)
        group = None
        for p in phrases:
            if p["group"] != group:
                group = p["group"]
                typer.echo(f"\n[{group}]")
            typer.echo(f"  {p[language]}")

    run_command(body, language)


@rules_app.command("new-country")
def rules_new_country(
    code: str = typer.Argument(..., help="ISO 3166-1 alpha-2 code of the new jurisdiction, e.g. GY."),
    data: Path = typer.Option(Path("."), "--data", help="The data folder (with rules/ and countries/) to "
                              "write into."),
):
    """Write a country file and a feature file to fill in: the required parts are there as TODOs, which
    `rules lint` reports until they are done."""

    def body() -> None:
        from screening.base.errors import InputError
        from screening.base.files import write_private
        from screening.cli.new_country import country_template, feature_template

        cc = code.strip().upper()
        if len(cc) != 2 or not cc.isalpha():
            raise InputError(f"'{code}' is not a two-letter ISO 3166-1 code")
        country = data / "countries" / f"{cc.lower()}.yaml"
        feature = data / "features" / f"{cc.lower()}.feature"
        for p in (country, feature):
            if p.exists():
                raise InputError("already exists; edit it, or remove it first", p)
        country.parent.mkdir(parents=True, exist_ok=True)
        feature.parent.mkdir(parents=True, exist_ok=True)
        write_private(country, country_template(cc))
        write_private(feature, feature_template(cc))
        typer.echo(f"wrote {country} and {feature}")
        typer.echo("next: fill in every TODO (`screening rules lint` lists them), then "
                   f"`screening rules test {feature} --data {data} --coverage`")

    run_command(body)
