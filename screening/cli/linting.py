"""`rules lint`: every finding on the rule files, each with a stable code, a severity and a fix."""

from __future__ import annotations

from pathlib import Path

import typer

from screening.cli.common import Lang, ListFormat, default_lang, rules_app, run_command


@rules_app.command("lint")
def rules_lint(
    paths: list[Path] = typer.Argument(None, help="Rule or country files, or a folder holding rules/ and countries/. "
                                        "Default: the shipped files."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json"),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the findings (default: the environment)."),
):
    """Lint rule and country files: each finding with its code (docs/lint-codes.md), severity, file, line and
    fix. Exit 1 if any is an error."""

    language = lang.value if lang else default_lang()

    def body():
        from screening.base import messages
        from screening.base.safe_text import MESSAGE_MAX, visible
        from screening.law.lint import counts
        from screening.law.lint_all import lint_paths

        findings = lint_paths(list(paths or []))
        if format == ListFormat.json:
            import json

            from screening.base.safe_text import json_text

            typer.echo(json_text(json.dumps([f.as_dict(language) for f in findings], ensure_ascii=False, indent=2)))
        else:
            for f in findings:
                typer.echo(visible(f.shown(language), limit=2 * MESSAGE_MAX))
            n = counts(findings)
            typer.echo(messages.t("rules.lint.findings", language).format(
                n=len(findings), errors=n["error"], warnings=n["warning"], info=n["info"]))
        if any(f.severity == "error" for f in findings):
            raise typer.Exit(1)

    run_command(body, language)
