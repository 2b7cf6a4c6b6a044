"""The JSON contract of `screening route --format json` (schemas/route.schema.json): each country's
assessment as `assess --format json` gives it, the countries not screened and why, one summary row per
country, and what differs between them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from screening.models.assessment import Assessment, CitationOut, Overall
from screening.models.base import Lang


class Clause(BaseModel):
    country: str
    id: str
    title: str
    status: str
    family_title: str | None = Field(default=None, description="the base definition it extends, by its title")


class Need(BaseModel):
    id: str
    title: str
    status: str


class Group(BaseModel):
    """Countries where one family of clauses stands the same way for this case."""

    status: str = Field(description="met, not_met, undetermined, not_raised or absent (no such clause in the law); "
                        "for the filing period: period or none")
    countries: list[str]
    clauses: list[Clause] = Field(default_factory=list, description="each country's own clause of this family")
    needs: list[Need] = Field(default_factory=list, description="the elements not met or undetermined")
    rests_on: list[Clause] = Field(default_factory=list, description=(
        "where a refugee clause is absent: the refugee clauses the claim rests on there"))
    missing: list[str] = Field(default_factory=list, description="facts that could still decide it")
    citations: list[CitationOut] = Field(default_factory=list)
    text: str = Field(description="the group in plain words, in the route's language")


class Difference(BaseModel):
    """One element that differs between the countries for this case."""

    kind: str = Field(description="inclusion, complementary, statelessness, humanitarian, exclusion, cessation, "
                      "or filing_period")
    id: str = Field(description="the base definition extended, else the kind")
    title: str
    citations: list[CitationOut] = Field(default_factory=list, description="the base definition's own source")
    groups: list[Group]


class Entry(BaseModel):
    date_of_entry: str | None = Field(description="the case's date of entry (ISO), into `country` when it is known")
    country: str | None = Field(description="the country entered on that date, when the case says (an interview "
                                "session's country)")


class NotScreened(BaseModel):
    country: str
    country_name: str
    reason: Literal["no_rules", "own_country"] = Field(description=(
        "no_rules: no rule file for that country; own_country: the applicant's own country"))
    text: str = Field(description="the reason in the route's language")


class Cell(BaseModel):
    status: str = Field(description="the outcome's status (eligible, not_eligible, needs_more_information), "
                        "or not_screened when the law has none of that kind")
    met: list[str] = Field(description="the definitions met that it rests on")


class DeadlineRow(BaseModel):
    """A filing period in one country; only `applies` when the law sets none (no_period)."""

    period: float | None = None
    unit: Literal["days", "working_days", "months", "years"] | None = None
    start_fact: str | None = None
    due: str | None = Field(default=None, description="the last day (ISO), when it can be counted")
    status: str | None = Field(default=None, description="as the assessment's deadline status, where it applies")
    applies: Literal["start_unknown", "this_country", "from_entry_into_that_country", "if_entry_here",
                     "no_period"] = Field(description=(
        "this_country: counted from the entry into this country; if_entry_here: due only if the date of "
        "entry was into this country; from_entry_into_that_country: the case entered another country on "
        "that date; start_unknown: its start date is not known; no_period: the law sets no period"))


class CountryRow(BaseModel):
    """One country's summary: ids, statuses and dates (the words are in its assessment)."""

    country: str
    country_name: str
    screened: bool
    reason: Literal["no_rules", "own_country"] | None
    overall: Overall | None = None
    refugee_status: Cell | None = None
    complementary_protection: Cell | None = None
    statelessness: Cell | None = None
    humanitarian_pathway: Cell | None = None
    open_checks: int | None = Field(default=None, description="clauses examined only on indication, not raised")
    deadlines: list[DeadlineRow] = Field(default_factory=list)


class RouteJSON(BaseModel):
    as_of: str = Field(description="the assessment date (ISO)")
    language: Lang
    reference: str | None
    countries: list[str] = Field(description="the route's countries, in the order given")
    entry: Entry
    assessments: list[Assessment] = Field(description="one per country screened, as `assess --format json`")
    not_screened: list[NotScreened]
    rows: list[CountryRow]
    comparison: list[Difference]
    notice: str
    disclaimer: str
