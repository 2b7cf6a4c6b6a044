"""One country's law on one date, as resolve.py makes it from the library: its definitions, flags,
parameters and authorities, each with the file and line it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from screening.models.base import Citation, Text
from screening.models.rules import Criterion


@dataclass
class Source:
    path: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class Param:
    id: str
    value: Any
    cite: list[Citation]
    source: Source


@dataclass
class ResolvedDefinition:
    id: str
    kind: str
    title: Text
    cite: list[Citation]  # national citation first, then the base definition's
    elements: list[str]
    base: str | None
    note: Text | None
    source: Source
    valid_from: Any = None
    valid_to: Any = None
    indication: Any = None  # models.rules.Indication: every element is raised only on indication
    never: str | None = None  # a status the screening never concludes for it (reported undetermined)
    own_cites: int = 0  # how many of `cite` are the country's own (they come first)
    counts_in_overall: bool = False  # a statelessness determination that is protection here (see models.country)
    discretionary: bool = False  # a pathway the authority grants at its discretion (never concluded met)


@dataclass
class ResolvedFlag:
    id: str
    title: Text
    explanation: Text
    cite: list[Citation]
    when: Any
    note: Text | None
    source: Source
    kind: str = "screening"  # "referral": a specific need, reported apart and never part of the result
    category: str | None = None
    referral: Text | None = None
    safeguards: list = field(default_factory=list)  # list[Text]
    bars: Text | None = None  # a filing period the law makes a bar: what it bars once passed (else never a bar)


@dataclass
class Jurisdiction:
    code: str
    name: Text
    definitions: list[ResolvedDefinition]
    exclusions: list[ResolvedDefinition]
    flags: list[ResolvedFlag]
    criteria: dict[str, Criterion]
    criterion_sources: dict[str, Source]
    params: dict[str, Param]
    note: Text | None
    source: Source
    as_of: Any = None  # the date whose law this is
    authorities: list = field(default_factory=list)  # models.rules.Authority in force on as_of
    signature: tuple = ()  # the dated versions chosen (same signature: same compiled program)
