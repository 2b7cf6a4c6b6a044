"""Four generic trainees, played as scripts on a scenario, to check that the score separates good
interviewing from bad (bench/training_personas.py prints the table; a test pins its goal):

- model: the scenario's own model interview (`model_interview:` in its file);
- shotgun: the account, then every catalogue question in order;
- careless: six closed questions, exclusion first, no account;
- nothing: asks nothing at all.

Every persona states the engine's own conclusions (`conclude: engine`), so the score measures the
interview alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.models.scenario import Scenario, load_all
from screening.models.script import Move, parse_moves
from screening.training import script
from screening.training.scoring import load_weights, score
from screening.training.session import TrainingSession

PERSONAS = ("model", "shotgun", "careless", "nothing")
# the goal on every shipped scenario: (lowest allowed, highest allowed)
GOAL = {"model": (85, 100), "shotgun": (0, 55), "careless": (0, 45), "nothing": (0, 15)}
_CONCLUDE = Move("conclude", "engine", None)
# the careless trainee's six questions, the same on every scenario: a crime first, then five closed ones
CARELESS = ("committed_serious_crime", "country_of_nationality", "fears_return", "harmed_before", "threatened_before",
            "state_would_protect")


def moves(name: str, sc: Scenario, path: Path, screener: Any, lang: str) -> list[Move]:
    lib = screener.lib
    questions = [f.question.get(lang) for f in lib.catalogue.facts]
    if name == "model":
        return parse_moves(yamlio.load(path).get("model_interview"), path)
    if name == "shotgun":
        return [Move("account", "", None), *(Move("ask", q, None) for q in questions), _CONCLUDE]
    if name == "careless":
        return [*(Move("ask", lib.facts[f].question.get(lang), None) for f in CARELESS), _CONCLUDE]
    return [Move("end", "", None), _CONCLUDE]


def play(name: str, sc: Scenario, path: Path, screener: Any, lang: str = "en") -> Any:
    """The scorecard a persona gets on a scenario."""

    s = TrainingSession(sc, screener, lang)
    script.play(s, moves(name, sc, path, screener, lang))
    return score(s, load_weights())


def table(screener: Any, lang: str = "en") -> dict[str, dict[str, float]]:
    """Every shipped scenario's score for each persona."""

    return {sid: {p: play(p, sc, path, screener, lang).total for p in PERSONAS}
            for sid, (path, sc) in sorted(load_all(screener.lib).items())}
