"""The assessment: the JSON contract scripts, reports and the interview rely on."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

# not_raised: a clause examined only on indication (exclusion, cessation, internal flight) that nothing
# in the case points to; it counts as not applying (or, for an inclusion element, as standing) and is
# listed among the open checks to examine before filing.
Status = Literal["met", "not_met", "undetermined", "not_raised"]
Overall = Literal["eligible", "not_eligible", "needs_more_information"]
OutcomeStatus = Literal["eligible", "not_eligible", "needs_more_information", "not_screened"]


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
    raised_on_indication: bool = Field(default=False, description="examined only when something points to it")
    held_open: bool = Field(default=False, description=(
        "its test was decided, but the rules never conclude that status here (see the note): undetermined"))


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
    held_open: bool = Field(default=False, description=(
        "its elements decided it, but the rules never conclude that status for this clause (see the note)"))
    discretionary: bool = Field(default=False, description=(
        "a humanitarian pathway the authority grants at its discretion: held open reads 'may apply (discretionary)'"))


class OpenCheck(BaseModel):
    """A clause examined only on indication that nothing in the case raised: to examine before filing."""

    clause: str = Field(description="criterion id")
    title: str
    kind: str = Field(description="exclusion, cessation, or inclusion (an element such as internal flight)")
    definitions: list[str] = Field(description="the definitions or sets it belongs to")
    counts_as: Literal["met", "not_met"] = Field(description="how it counts while not raised")
    questions: list[str] = Field(description="facts whose answer would raise it")
    doubts: dict[str, Literal["unknown", "declined"]] = Field(default_factory=dict, description=(
        "its questions the applicant did not know (unknown) or preferred not to answer (declined): no indication, "
        "but the adviser returns to them with care; such checks are listed first"))
    citations: list[CitationOut]


class OutcomeReason(BaseModel):
    kind: str = Field(description="the kind of the definition or set: inclusion, complementary, exclusion...")
    id: str
    status: Status
    grounds: list[str] = Field(default_factory=list, description="for a set: the grounds that apply")


class Outcome(BaseModel):
    """One kind of protection: refugee status, protection from return, or statelessness."""

    status: OutcomeStatus
    because: list[OutcomeReason] = Field(description="the definitions and sets that decided it")
    missing: list[str] = Field(description="facts that could still change it")
    open_checks: list[str] = Field(default_factory=list, description=(
        "clauses not raised (see open_checks) whose examination could still change this result"))
    low_confidence: list[CitationOut] = Field(default_factory=list, description=(
        "low-confidence sources the result rests on: say so wherever the result is shown"))
    held_open: bool = Field(default=False, description=(
        "open only because a clause the rules never conclude here (see its note): no answer settles it"))
    indicated: list[str] = Field(default_factory=list, description=(
        "refugee status: the exclusion or cessation sets the answers point to that only the authority can decide "
        "(each ground held open, see its note): refer for a full assessment"))


class SettlingAnswer(BaseModel):
    """One answer of a set that would settle a result."""

    fact: str
    answers: list[Any] = Field(description=(
        "any one of these answers, as a case file gives it (true / false, a number, for a question with choices a "
        "list of one choice, [] for 'none of these'): the rules read them alike"))


class WouldSettle(BaseModel):
    """What would settle one result that needs more information: the smallest sets of open answers that
    decide it, each way, the other open questions still unanswered (screening/explain/settle.py)."""

    result: str = Field(description="'overall', or the kind of protection (refugee_status, ...)")
    eligible: list[list[SettlingAnswer]] = Field(description=(
        "the smallest sets of answers that would make it likely eligible, the most decisive first (at most 5)"))
    not_eligible: list[list[SettlingAnswer]] = Field(description="... that would make it not eligible")
    eligible_sets: int = Field(description="how many such sets there are (more than listed when over 5)")
    not_eligible_sets: int
    searched: int = Field(description=(
        "every set of up to this many of its open answers was tried: a side with no set has none that small"))
    decisive: list[str] = Field(description="its open questions, the most decisive first")


class FlagResult(BaseModel):
    id: str
    title: str
    status: Status = Field(description="met = the flag is raised")
    explanation: str
    because: list[Reason]
    missing: list[str]
    citations: list[CitationOut]
    note: str | None = None


class ReferralResult(BaseModel):
    """A specific need raised by the case (a child alone, a survivor, trafficking indicators): the referral
    and interview safeguards it calls for. It never changes an eligibility result."""

    id: str = Field(description="the referral flag's id")
    title: str
    category: str | None = Field(description="the UNHCR specific-needs code(s) it corresponds to (see citations)")
    explanation: str
    reason: list[Reason] = Field(description="the answers that raised it")
    referral: str = Field(description="the services to refer the person to")
    safeguards: list[str] = Field(description="procedural safeguards for the interview")
    citations: list[CitationOut]
    note: str | None = None


class OriginGuidance(BaseModel):
    """Public guidance on the country of origin, offered as support for the objective element.
    It is never applied by itself: the screener decides whether the situation question is answered."""

    country: str
    source: CitationOut
    date: str | None
    situations: list[str] = Field(description="the situations of the regional definition it describes (choice ids)")
    profiles: list[str] = Field(default_factory=list, description="the profiles it names at risk, as our sources "
                                "record them; empty when they could not be read")
    summary: str
    age_months: int | None = Field(description="age of the guidance on the assessment date")
    stale: bool = Field(description="older than stale_after_months on the assessment date, or undated")
    stale_after_months: int = Field(description="the threshold the rules set for this country (rules/origins/)")


class Deadline(BaseModel):
    """A national filing period as a date: when the period counted from `start_fact` ends."""

    flag: str = Field(description="the flag that watches this period")
    title: str
    start_fact: str = Field(description="the date the period runs from, e.g. date_of_entry")
    start: str | None = Field(description="that date (ISO), or None when unknown")
    period: float
    unit: Literal["days", "working_days", "months", "years"]
    due: str | None = Field(description="the last day of the period (ISO); None while the start is unknown")
    days_left: int | None = Field(description="calendar days from the assessment date to `due` (negative: passed)")
    status: Literal["open", "near", "passed", "filed_in_time", "filed_late", "unknown"] = Field(description=(
        "open; near (10 days or fewer left); passed; filed_in_time / filed_late (the claim was filed); "
        "unknown (the start date is not known). A flag for the clinic, never a bar unless `bars` says otherwise"))
    filed_on: str | None = None
    citations: list[CitationOut]
    note: str | None = None
    bars: str | None = Field(default=None, description=(
        "where the national law makes the period a bar: what it bars once passed (the country file's words); "
        "None: never a bar"))


class Authority(BaseModel):
    name: str
    role: str
    contact: str | None = Field(default=None, description="how to reach it, as the law or its own page says")
    citations: list[CitationOut]
    note: str | None = None


class Warning(BaseModel):
    """Something about the input itself that the reader must see (never a legal finding)."""

    code: str
    text: str


class ApplicantFact(BaseModel):
    """One answer from the interview's opening (who the applicant is, where the claim stands), as given."""

    fact: str
    label: str
    status: Literal["known", "unknown", "declined"]
    value: Any = Field(default=None, description="the answer as in the case file (ISO date, country code, ...)")


class Assessment(BaseModel):
    country: str
    country_name: str
    as_of: str
    rules_version: str
    engine: str = Field(default="", description=(
        "the evaluator that ran: 'durable-rules 2.0.28' (the engine of record), or 'kleene' (the built-in "
        "Kleene evaluator of the same compiled rules, where durable-rules does not load: Python 3.13)"))
    language: Literal["en", "es", "pt"]
    reference: str | None = None
    applicant: list[ApplicantFact] = Field(default_factory=list, description=(
        "the opening answers: nationality, date of birth, entry and filing, as the case gives them"))
    overall: Overall
    overall_missing: list[str] = Field(description="facts that could still change the overall result")
    overall_covers: list[str] = Field(default_factory=list, description=(
        "the kinds of protection the overall result covers: refugee status and protection from return, and "
        "statelessness where 1954 status is international protection in the jurisdiction"))
    overall_open_checks: list[str] = Field(default_factory=list, description=(
        "open checks whose examination could still change the overall result"))
    overall_low_confidence: list[CitationOut] = Field(default_factory=list, description=(
        "low-confidence sources the overall result rests on"))
    outcomes: dict[str, Outcome] = Field(default_factory=dict, description=(
        "refugee_status, complementary_protection, statelessness: each reported apart"))
    would_settle: list[WouldSettle] = Field(default_factory=list, description=(
        "for the overall result and each kind of protection that needs more information: the fewest open answers "
        "that would decide it, each way"))
    open_checks: list[OpenCheck] = Field(default_factory=list, description=(
        "clauses examined only on indication that nothing raised: examine them before filing"))
    definitions: list[DefinitionResult]
    exclusions: list[DefinitionResult]
    flags: list[FlagResult]
    referrals: list[ReferralResult] = Field(default_factory=list, description=(
        "specific needs the case raises and the referral each calls for; never part of the result"))
    route: list[ApplicantFact] = Field(default_factory=list, description=(
        "the route as the case gives it (transit countries, the Darién, harms on the way); never part of the result"))
    disaster: list[ApplicantFact] = Field(default_factory=list, description=(
        "the disaster as the case gives it (whether one displaced the person, its kind and date); never a ground "
        "to screen out"))
    uncertain_sources: list[CitationOut] = Field(description="sources used whose confidence is below high")
    facts_unknown: list[str]
    facts_declined: list[str]
    origin_guidance: list[OriginGuidance] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list, description="national filing periods as dates")
    authorities: list[Authority] = Field(default_factory=list, description="who receives and decides claims")
    warnings: list[Warning] = Field(default_factory=list, description="problems with the input to look at first")
    disclaimer: str
