"""`train`: interview a simulated applicant and get a scorecard; `--history` shows past attempts."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from screening.cli.common import Lang, app, default_lang, parse_date, run_command


@app.command()
def train(
    scenario: str | None = typer.Argument(None, help="Scenario id (none: list the scenarios)."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the applicant and the scorecard."),
    country: str | None = typer.Option(None, "--country", "-c", help="Screen in another jurisdiction than the "
                                       "scenario's own."),
    history: bool = typer.Option(False, "--history", help="Show past attempts, per scenario."),
    scorecard: Path | None = typer.Option(None, "--scorecard", help="Also write the scorecard (.md or .html)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
):
    """Practise a refugee-status interview with a simulated applicant; the rules score it."""
    language = lang.value if lang else default_lang()
    when = parse_date(as_of) if as_of else None

    def body() -> None:
        from screening.assess.screener import Screener
        from screening.base.errors import InputError
        from screening.base.messages import t
        from screening.models.scenario import load_all
        from screening.training import scorecard as cards
        from screening.training.scoring import load_weights, score
        from screening.training.session import TrainingSession
        from screening.training.ui import TrainingUI

        if history:
            rows = cards.history()
            if not rows:
                typer.echo(t("training.history.empty", language))
                return
            typer.echo(t("training.history.heading", language))
            for sid in sorted({r["scenario"] for r in rows}):
                runs = [r for r in rows if r["scenario"] == sid]
                marks = "  ".join(f"{r['when'][:10]} {r['total']}/{r['out_of']}" for r in runs)
                typer.echo(f"  {sid}: {marks}")
            return
        with Screener() as screener:
            scenarios = load_all(screener.lib)
            if scenario is None:
                typer.echo(t("training.list.heading", language) + f" ({t('training.list.columns', language)})")
                for sid, (_, sc) in sorted(scenarios.items()):
                    langs = " ".join(x for x in ("en", "es", "pt") if x not in sc.opening.missing())
                    typer.echo(f"  {sid} · {langs} · {sc.persona.screened_in} · {sc.difficulty} · "
                               f"{', '.join(sc.themes)} · {sc.title.get(language)}")
                typer.echo(t("training.list.hint", language))
                return
            if scenario not in scenarios:
                raise InputError(t("training.unknown_scenario", language).format(name=scenario))
            if not sys.stdin.isatty() and not _piped_ok():
                raise InputError(t("interview.no_terminal", language))
            _, sc = scenarios[scenario]
            code = (country or sc.persona.screened_in).strip().upper()
            screener.lib.jurisdiction(code)  # an unknown country, before anything is asked
            weights = load_weights()
            session = TrainingSession(sc, screener, language, code, when or sc.as_of or dt.date.today())
            TrainingUI(session, _ask(), typer.echo).run()
            card = score(session, weights)
            title = sc.title.get(language)
            for line in cards.text(card, title):
                typer.echo(line)
            cards.record(card)
            if scorecard is not None:
                cards.write(card, title, scorecard)
                typer.echo(t("training.score.saved", language).format(path=scorecard))

    run_command(body, language)


def _piped_ok() -> bool:
    """Tests and scripted demos may pipe the trainee's lines (SCREENING_TRAIN_PIPE=1)."""
    import os

    return os.environ.get("SCREENING_TRAIN_PIPE") == "1"


def _ask():
    """questionary's autocomplete on a terminal (Tab completes a question); plain lines from a pipe."""
    if sys.stdin.isatty():
        import questionary

        def ask(prompt: str, choices: list[str]) -> str:
            if choices:
                return questionary.autocomplete(prompt, choices=choices, qmark="›", match_middle=True,
                                                ignore_case=True).unsafe_ask()
            return questionary.text(prompt, qmark="›").unsafe_ask()

        return ask

    def plain(prompt: str, choices: list[str]) -> str:
        typer.echo(f"› {prompt}: ", nl=False)
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    return plain
