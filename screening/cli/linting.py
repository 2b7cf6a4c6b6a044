"""`rules lint`: every finding on the rule files, each with a stable code, a severity and a fix."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import ListFormat, _run, rules_app


@rules_app.command("lint")
def rules_lint(
    paths: list[Path] = typer.Argument(None, help="Rule or country files, or a folder holding rules/ and countries/. "
                                        "Default: the shipped files."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json"),
):
    """Lint rule and country files: each finding with its code (docs/lint-codes.md), severity, file, line and
    fix. Exit 1 if any is an error."""

    def body():
        from ..lint import counts, lint_paths
        from ..safe_text import MESSAGE_MAX, visible

        findings = lint_paths(list(paths or []))
        if format == ListFormat.json:
            import json

            from ..safe_text import json_text

            typer.echo(json_text(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2)))
        else:
            for f in findings:
                typer.echo(visible(f.shown(), limit=2 * MESSAGE_MAX))
            n = counts(findings)
            typer.echo(f"{len(findings)} finding(s): {n['error']} error(s), {n['warning']} warning(s), "
                       f"{n['info']} info")
        if any(f.severity == "error" for f in findings):
            raise typer.Exit(1)

    _run(body)
