"""`rules validate` on training scenarios: each one read against the catalogue being validated (every
hidden fact known, every value valid, every answer in the three languages) and played through the
engine (its jurisdiction, the nationality, the outcome it pins). The command passes `check_scenarios`
to law/validate.py, which cannot run the engine itself."""

from __future__ import annotations

from pathlib import Path

from screening.assess.screener import Screener
from screening.base import yamlio
from screening.base.errors import InputError
from screening.law.load import load_files
from screening.models.scenario import load_scenario, scenario_files
from screening.training.checks import problems


def check_scenarios(files: tuple[Path, list[Path], list[Path]]) -> int | list[InputError]:
    """Training scenarios (training/ and $SCREENING_TRAINING) against the catalogue being validated:
    every hidden fact known, every value valid, every answer in the three languages."""

    catalogue, rules, countries = files
    lib = load_files(catalogue, rules, countries, checked=False)
    errors: list[InputError] = []
    n = 0
    with Screener(lib) as screener:
        for p in scenario_files():
            try:
                sc = load_scenario(p, lib)
            except InputError as e:
                errors.append(e)
                continue
            found = problems(sc, yamlio.load(p), p, screener)
            errors += found
            n += not found
    return errors or n
