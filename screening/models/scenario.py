"""Scenario files (training/*.yaml): a simulated applicant, written by trainers without Python.

A scenario gives a persona, the applicant's opening account, and the hidden facts: for each, the value
the rules read and the answer as the person would say it, in en, es and pt. `first_answer` (vague or
contradictory) is what the person says the first time; the clear `answer` comes only when the trainee
asks a follow-up. A fact the scenario does not give is answered "I don't know".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, Field

from screening.base import paths, yamlio
from screening.base.errors import InputError
from screening.models.base import Id, IsoDate, Located, Text
from screening.models.case import DECLINED, UNKNOWN, case_from_validated, case_model
from screening.models.script import parse_moves


class Persona(Located):
    name: str = Field(min_length=1)
    age: int = Field(ge=0, le=120)
    nationality: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    screened_in: str = Field(pattern=r"^[A-Z]{2}$", description="the jurisdiction screened by default")
    age_hidden: bool = Field(default=False, description=(
        "leave the age out of the session's header (where the scenario's trap is the age: ask it)"))
    note: Text | None = None


class HiddenFact(Located):
    value: Any = Field(description="the value the rules read, as in a case file (yes, no, a choice id, a date...)")
    answer: Text = Field(description="what the applicant says when asked, in the person's own words")
    first_answer: Text | None = Field(default=None, description=(
        "what the applicant says the first time (vague or contradicting the account): the fact is only "
        "recorded once the trainee asks a follow-up"))
    first_kind: Literal["vague", "contradiction"] = "vague"
    explanation: Text | None = Field(default=None, description=(
        "what the person says when the trainee puts a contradiction back to them (`clarify`); default: the answer"))


class Outcome(Located):
    """The outcome pinned for a scenario (checked by `rules validate` against the engine)."""

    overall: Literal["eligible", "not_eligible", "needs_more_information"]
    definitions: dict[Id, Literal["met", "not_met", "undetermined", "not_raised"]] = Field(default_factory=dict)


class Distress(Located):
    """The applicant's distress: it rises with closed, leading or multiple questions on sensitive topics and
    with questions asked again; at `limit` the person will not talk about a sensitive topic not yet told."""

    limit: int = Field(ge=1, le=50)


class Scenario(Located):
    id: Id
    title: Text
    difficulty: Literal["easy", "medium", "hard"]
    themes: list[str] = Field(min_length=1)
    persona: Persona
    as_of: IsoDate | None = Field(default=None, description=(
        "the day the scenario is set (ages and deadlines are counted to it); default: today"))
    opening: Text = Field(description="the applicant's opening account, in their own words")
    facts: dict[Id, HiddenFact] = Field(min_length=1)
    note: Text | None = Field(default=None, description="for the trainer: what the scenario trains")
    distress: Distress | None = Field(default=None, description=(
        "the applicant's distress under pressing questions (none: the person answers whatever is asked)"))
    outcome: Outcome | None = Field(default=None, description=(
        "the engine's outcome on the hidden facts, pinned: `rules validate` says when a rule change moves it"))
    model_interview: list[dict[str, Any]] = Field(default_factory=list, description=(
        "a model interview for this scenario: a list of moves as in a script (`screening train ID --script`), "
        "shown to the trainee after the scorecard"))

    model_config = ConfigDict(extra="forbid")


def load_scenario(path: Path, lib: Any) -> Scenario:
    """Read and validate one scenario file; every error names file:line."""
    from pydantic import ValidationError


    raw = yamlio.load(path)
    if not isinstance(raw, dict):
        raise InputError("a scenario file is a mapping (id, title, persona, opening, facts...)", path, 1)
    try:
        sc = Scenario.model_validate(yamlio.plain(raw))
    except ValidationError as e:
        raise yamlio.pydantic_error(e, path, raw) from None
    for fid, hf in sc.facts.items():
        line = yamlio.line_of(raw, ("facts", fid))
        if fid not in lib.facts:
            raise InputError(f"facts.{fid}: unknown fact (see `screening facts`)", path, line)
        try:
            case_model(lib.catalogue).model_validate({"facts": {fid: hf.value}})
        except ValidationError:
            fact = lib.facts[fid]
            choices = f" (one of: {', '.join(fact.choice_ids())})" if fact.choice_ids() else ""
            raise InputError(f"facts.{fid}.value: {hf.value!r} is not a valid {fact.type}{choices}", path,
                             yamlio.line_of(raw, ("facts", fid, "value")) or line) from None
        for key in ("answer", "first_answer", "explanation"):
            text = getattr(hf, key)
            if text is not None and text.missing():
                raise InputError(f"facts.{fid}.{key}: missing translation ({', '.join(text.missing())})", path,
                                 yamlio.line_of(raw, ("facts", fid, key)) or line)
    normalise(sc, lib)
    if sc.model_interview:
        parse_moves(raw.get("model_interview"), path)
    for key in ("title", "opening"):
        text = getattr(sc, key)
        if text.missing():
            raise InputError(f"{key}: missing translation ({', '.join(text.missing())})", path,
                             yamlio.line_of(raw, (key,)))
    return sc


def scenario_dirs() -> list[Path]:
    """The shipped scenarios, then a trainer's own folder ($SCREENING_TRAINING)."""
    import os

    out = [paths.training_dir()]
    extra = os.environ.get("SCREENING_TRAINING")
    if extra:
        out.append(Path(extra))
    return [d for d in out if d.is_dir()]


def scenario_files() -> list[Path]:
    """Every scenario file, shipped first (the scoring weights are not a scenario)."""
    return [p for d in scenario_dirs() for p in sorted(d.glob("*.yaml")) if p.name != "weights.yaml"]


def load_all(lib: Any, skipped: list[InputError] | None = None) -> dict[str, tuple[Path, Scenario]]:
    """Every scenario by id; a trainer's scenario with a shipped id replaces the shipped one. Given a
    `skipped` list, a file that does not load is put there and the others still load."""
    out: dict[str, tuple[Path, Scenario]] = {}
    for p in scenario_files():
        try:
            sc = load_scenario(p, lib)
        except InputError as e:
            if skipped is None:
                raise
            skipped.append(e)
            continue
        out[sc.id] = (p, sc)
    return out


def hidden_case(sc: Scenario, lib: Any):
    """The case the scenario's hidden facts make: what the engine's correct result is computed on."""

    model = case_model(lib.catalogue).model_validate(
        {"reference": sc.id, "facts": {fid: hf.value for fid, hf in sc.facts.items()}})
    return case_from_validated(model)


def normalise(sc: Scenario, lib: Any) -> Scenario:
    """Each hidden value as the engine reads it (yes -> True, a date string -> a date), so what the
    trainee records compares with it."""

    case = hidden_case(sc, lib)
    for fid, hf in sc.facts.items():
        hf.value = case.known.get(fid, DECLINED if fid in case.declined else UNKNOWN)
    return sc
