"""Country files: a country's law as variants of the base rules, with dated versions, its own criteria
and flags, the bodies of its procedure, and its national humanitarian pathways."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator

from screening.models.base import Citation, Id, IsoDate, Located, Text
from screening.models.rules import Condition, Criterion, Outcome, Scalar, never_needs_note


class Dated(Located):
    """A clause in force from `valid_from` to `valid_to` (both inclusive; open when absent)."""

    valid_from: IsoDate | None = None
    valid_to: IsoDate | None = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self

    def in_force(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


class ParameterOverride(Dated):
    """`set` replaces the value; `add` appends to a list. Either way the country's citation is required."""

    set: list[Scalar] | Scalar | None = None
    add: list[Scalar] | None = None
    cite: list[Citation] = Field(min_length=1)

    @model_validator(mode="after")
    def _one(self):
        if (self.set is None) == (self.add is None):
            raise ValueError("a parameter override needs exactly one of 'set' or 'add'")
        return self


class DefinitionVariant(Dated):
    """A country's version of a base definition: extends it, never copies it."""

    id: Id
    extends: Id
    title: Text
    cite: list[Citation] = Field(min_length=1, description="the national law, article and year")
    drop: list[Id] = Field(default_factory=list, description="elements of the base definition this law does not have")
    add: list[Id] = Field(default_factory=list, description="extra elements (criteria ids)")
    note: Text | None = None
    never: Outcome | None = Field(default=None, description=(
        "a status the screening never concludes for this clause, e.g. met for a clause whose text is "
        "unconfirmed: it is reported as undetermined instead, with the reason in the note"))
    counts_in_overall: bool = Field(default=False, description=(
        "a statelessness determination that is international protection here (the State is party to the 1954 "
        "Convention and has a determination procedure, both cited): it counts in the overall result"))

    _never_explained = model_validator(mode="after")(never_needs_note)


class FlagVariant(Dated):
    extends: Id
    cite: list[Citation] = Field(min_length=1)
    note: Text | None = None
    bars: Text | None = Field(default=None, description=(
        "a filing period the national law makes a bar: what it bars once passed, in words (e.g. asylum unless an "
        "exception applies); without it the report says the period is never a bar"))


class CountryFlag(Dated):
    """A flag only this country's law has (e.g. Chile's direct-arrival rule), with its own condition."""

    id: Id
    title: Text
    explanation: Text
    cite: list[Citation] = Field(min_length=1)
    when: Condition
    note: Text | None = None


def _flag_dispatch(data: Any) -> Any:
    if isinstance(data, Located):
        return data
    if isinstance(data, dict) and "extends" not in data and ("id" in data or "when" in data):
        return CountryFlag.model_validate(data)
    return FlagVariant.model_validate(data)


AnyFlag = Annotated[FlagVariant | CountryFlag, BeforeValidator(_flag_dispatch)]


class Pathway(Dated):
    """A national humanitarian pathway (a humanitarian visa, residence or temporary protection): the
    country's own, reported as its own kind beside refugee status and protection from return. It never
    enters the overall result; its elements are criteria (the shared grounds of rules/humanitarian.yaml,
    or the country's own)."""

    id: Id
    title: Text
    cite: list[Citation] = Field(min_length=1, description="the national law, article and year")
    elements: list[Id] = Field(min_length=1, description="criteria ids: all must be met")
    note: Text | None = None
    never: Outcome | None = Field(default=None, description=(
        "a status the screening never concludes, e.g. met where the pathway's conditions are not confirmed"))
    discretionary: bool = Field(default=False, description=(
        "the authority grants it at its discretion (with 'never: met'): reported as 'may apply (discretionary)'"))

    _never_explained = model_validator(mode="after")(never_needs_note)

    @model_validator(mode="after")
    def _discretion_never_met(self):
        if self.discretionary and self.never != "met":
            raise ValueError("a discretionary pathway is never concluded met: add 'never: met' and say why in the note")
        return self


class Authority(Dated):
    """A body of the country's procedure (receives claims, decides, reviews), as the law names it."""

    name: Text = Field(description="the body's name as the law gives it, with its usual abbreviation")
    role: Text = Field(description="what it does in the procedure, e.g. receives claims and decides them")
    contact: Text | None = Field(default=None, description=(
        "how to reach it (where and how a claim is lodged), as the law or the authority's own page says"))
    cite: list[Citation] = Field(min_length=1)
    note: Text | None = None


class CountryFile(Located):
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code")
    name: Text
    parameters: dict[Id, ParameterOverride | list[ParameterOverride]] = Field(
        default_factory=dict, description="one override, or a list of dated versions")
    criteria: list[Criterion] = Field(default_factory=list, description="criteria only this country's law has")
    definitions: list[DefinitionVariant] = Field(min_length=1)
    exclusions: list[DefinitionVariant] = Field(default_factory=list)
    flags: list[AnyFlag] = Field(default_factory=list, description=(
        "base flags this law uses (extends), or flags of its own (id, title, explanation, when, cite)"))
    authorities: list[Authority] = Field(default_factory=list, description=(
        "the bodies that receive and decide claims, for the report's next steps"))
    pathways: list[Pathway] = Field(default_factory=list, description=(
        "national humanitarian pathways (disaster, trafficking, children...); none listed: the report says none "
        "is encoded"))
    note: Text | None = None
