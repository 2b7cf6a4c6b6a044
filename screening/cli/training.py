"""`train`: interview a simulated applicant and get a scorecard; `--script` plays a session from a file
(no terminal), `--history` shows past attempts."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import typer

from screening.cli.common import Lang, ListFormat, app, default_lang, parse_date, run_command


@app.command()
def train(
    scenario: str | None = typer.Argument(None, help="Scenario id (none: list the scenarios)."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the applicant and the scorecard."),
    country: str | None = typer.Option(None, "--country", "-c", help="Screen in another jurisdiction than the "
                                       "scenario's own."),
    history: bool = typer.Option(False, "--history", help="Show past attempts, per scenario."),
    scorecard: Path | None = typer.Option(None, "--scorecard", help="Also write the scorecard (.md or .html)."),
    script: Path | None = typer.Option(None, "--script", help="Play the session from a YAML list of moves "
                                       "(account, ask, follow, clarify, say, end, conclude), without a terminal."),
    preview: bool = typer.Option(False, "--preview", help="For the trainer: the engine's outcome on the scenario, "
                                 "its decisive facts and referrals (nothing is played)."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format: text or json."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
):
    """Practise a refugee-status interview with a simulated applicant; the rules score it."""
    language = lang.value if lang else default_lang()
    when = parse_date(as_of) if as_of else None
    as_json = format == ListFormat.json

    def body() -> None:
        from screening.assess.screener import Screener
        from screening.base.errors import InputError
        from screening.base.messages import t
        from screening.models.scenario import load_all
        from screening.training import feedback
        from screening.training import scorecard as cards
        from screening.training.scoring import load_weights, score
        from screening.training.session import TrainingSession

        if history:
            _history(cards, language)
            return
        with Screener() as screener:
            skipped: list[InputError] = []
            scenarios = load_all(screener.lib, skipped)
            for e in skipped:  # one broken file of a trainer's: said, and the others still list and play
                typer.echo(t("training.list.skipped", language).format(error=e.text(language)), err=True)
            if scenario is None:
                _list(scenarios, language, as_json)
                return
            if scenario not in scenarios:
                raise InputError(t("training.unknown_scenario", language).format(name=scenario))
            if preview:
                _preview(scenarios[scenario][1], screener, language, country, when, as_json)
                return
            moves = None
            if script is not None:
                from screening.models.script import load_script

                moves = load_script(script)
            elif not sys.stdin.isatty() and not _piped_ok():
                raise InputError(t("interview.no_terminal", language))
            path, sc = scenarios[scenario]
            code = (country or sc.persona.screened_in).strip().upper()
            screener.lib.jurisdiction(code)  # an unknown country, before anything is asked
            weights = load_weights()
            session = TrainingSession(sc, screener, language, code, when or sc.as_of or dt.date.today())
            played = _play(session, moves, language)
            if played is None:
                return
            card = score(session, weights)
            title = sc.title.get(language)
            fb = feedback.build(session, card, path)
            if as_json:
                typer.echo(json.dumps(dict(cards.as_json(card), transcript=played, feedback=fb), ensure_ascii=False,
                                      indent=2))
            else:
                for line in cards.text(card, title) + feedback.text(fb, language):
                    typer.echo(line)
            if moves is None:
                cards.record(card)
            if scorecard is not None:
                cards.write(card, title, scorecard, fb)
                typer.echo(t("training.score.saved", language).format(path=scorecard), err=as_json)

    run_command(body, language)


def _play(session, moves, language: str) -> list[dict] | None:
    """The session played: from a script, or by the trainee in the terminal (None: stopped with Ctrl-D
    before the conclusions, nothing to score)."""
    from dataclasses import asdict

    from screening.base.messages import t
    from screening.training.ui import TrainingUI

    if moves is not None:
        from screening.training.script import play

        return [asdict(p) for p in play(session, moves)]
    try:
        TrainingUI(session, _ask(), typer.echo).run()
    except EOFError:
        typer.echo("")
        typer.echo(t("training.ended", language))
        return None
    return []


def _preview(sc, screener, language: str, country: str | None, when, as_json: bool) -> None:
    from screening.training import preview as pv
    from screening.training.session import TrainingSession

    code = (country or sc.persona.screened_in).strip().upper()
    screener.lib.jurisdiction(code)
    p = pv.build(TrainingSession(sc, screener, language, code, when or sc.as_of or dt.date.today()))
    if as_json:
        typer.echo(json.dumps(p, ensure_ascii=False, indent=2))
        return
    for line in pv.text(p, sc.title.get(language), language):
        typer.echo(line)


def _list(scenarios: dict, language: str, as_json: bool) -> None:
    from screening.base.messages import t

    rows = []
    for sid, (_, sc) in sorted(scenarios.items()):
        rows.append({"id": sid, "title": sc.title.get(language), "country": sc.persona.screened_in,
                     "difficulty": sc.difficulty, "themes": list(sc.themes),
                     "languages": [x for x in ("en", "es", "pt") if x not in sc.opening.missing()]})
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    typer.echo(t("training.list.heading", language) + f" ({t('training.list.columns', language)})")
    for r in rows:
        typer.echo(f"  {r['id']} · {' '.join(r['languages'])} · {r['country']} · {r['difficulty']} · "
                   f"{', '.join(r['themes'])} · {r['title']}")
    typer.echo(t("training.list.hint", language))


def _history(cards, language: str) -> None:
    from screening.base.messages import t

    rows = cards.history()
    if not rows:
        typer.echo(t("training.history.empty", language))
        return
    typer.echo(t("training.history.heading", language))
    for sid in sorted({r["scenario"] for r in rows}):
        runs = [r for r in rows if r["scenario"] == sid]
        marks = "  ".join(f"{r['when'][:10]} {r['total']}/{r['out_of']}" for r in runs)
        typer.echo(f"  {sid}: {marks}")


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
