"""The assessment: the JSON contract scripts, reports and the interview rely on."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["met", "not_met", "undetermined"]
Overall = Literal["eligible", "not_eligible", "needs_more_information"]


class CitationOut(BaseModel):
    instrument: str
    provision: str
    year: int
    url: str | None = None
    confidence: Literal["high", "medium", "low"]
    note: str | None = None
    label: str


class Reason(BaseModel):
    """One thing that decided a status: a fact with its value, or a sub-criterion with its status."""

    kind: Literal["fact", "criterion"]
    id: str
    value: Any = None  # fact value as given (for facts)
    status: Status | None = None  # for criteria
    test: str | None = None  # e.g. "includes_any", "is", "elapsed_working_days_more_than"
    expected: Any = None  # what the test compares with
    holds: bool | None = None  # whether the test was true (facts)


class CriterionResult(BaseModel):
    id: str
    title: str
    status: Status
    because: list[Reason]
    missing: list[str] = Field(description="unknown or declined facts that could still decide it")
    citations: list[CitationOut]
    note: str | None = None


class DefinitionResult(BaseModel):
    id: str
    title: str
    kind: str
    extends: str | None
    status: Status
    because: list[Reason]
    missing: list[str]
    citations: list[CitationOut]
    criteria: list[CriterionResult]
    note: str | None = None


class FlagResult(BaseModel):
    id: str
    title: str
    status: Status = Field(description="met = the flag is raised")
    explanation: str
    because: list[Reason]
    missing: list[str]
    citations: list[CitationOut]
    note: str | None = None


class OriginGuidance(BaseModel):
    """Public guidance on the country of origin, offered as support for the objective element.
    It is never applied by itself: the screener decides whether the situation question is answered."""

    country: str
    source: CitationOut
    date: str | None
    situations: list[str]
    summary: str
    age_months: int | None = Field(description="age of the guidance on the assessment date")
    stale: bool = Field(description="older than 24 months on the assessment date, or undated")


class Assessment(BaseModel):
    country: str
    country_name: str
    as_of: str
    rules_version: str
    language: Literal["en", "es", "pt"]
    reference: str | None = None
    overall: Overall
    overall_missing: list[str] = Field(description="facts that could still change the overall result")
    definitions: list[DefinitionResult]
    exclusions: list[DefinitionResult]
    flags: list[FlagResult]
    uncertain_sources: list[CitationOut] = Field(description="sources used whose confidence is below high")
    facts_unknown: list[str]
    facts_declined: list[str]
    origin_guidance: list[OriginGuidance] = Field(default_factory=list)
    disclaimer: str
