"""What `rules validate` checks in a training scenario beyond its shape: it is screened in a jurisdiction
the library has, the persona is screened outside their own country (unless the scenario trains exactly
that: its hidden facts say the person never left), and the outcome pinned in the file (`outcome:`) is
what the engine gives on the hidden facts, so a rule change that moves it is noticed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.base.errors import InputError
from screening.models.scenario import Scenario, hidden_case


def problems(sc: Scenario, raw: Any, path: Path, screener: Any) -> list[InputError]:
    line = yamlio.line_of(raw, ("persona", "screened_in"))
    try:
        screener.lib.jurisdiction(sc.persona.screened_in, sc.as_of)
    except InputError:
        return [InputError(f"persona.screened_in: '{sc.persona.screened_in}' is not a jurisdiction of the library "
                           "(see `screening countries`)", path, line)]
    out = []
    left = sc.facts.get("outside_country_of_nationality")
    if sc.persona.nationality == sc.persona.screened_in and not (left is not None and left.value is False):
        out.append(InputError(f"persona: screened in {sc.persona.screened_in}, the person's own country (a "
                              "scenario set there says so in its facts: outside_country_of_nationality: no)",
                              path, line))
    if sc.outcome is not None:
        a = screener.assess(hidden_case(sc, screener.lib), sc.persona.screened_in, sc.as_of)
        got = {"overall": a.overall, **{d.id: d.status for d in a.definitions}}
        want = {"overall": sc.outcome.overall, **sc.outcome.definitions}
        for key, status in want.items():
            if got.get(key) != status:
                where = ("outcome", "overall") if key == "overall" else ("outcome", "definitions", key)
                out.append(InputError(f"outcome: {key} is pinned as '{status}' but the rules give "
                                      f"'{got.get(key, 'nothing (no such definition)')}'", path,
                                      yamlio.line_of(raw, where)))
    return out
