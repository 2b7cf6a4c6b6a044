"""Rule files and country files: what trainers write. Conditions are data, never Python."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from screening.models.base import Citation, Id, Located, Text

Scalar = bool | int | float | str


class ParamRef(Located):
    """A value taken from a parameter, so a country can change it without copying the rule."""

    param: Id


Value = ParamRef | Scalar
Values = ParamRef | list[Scalar]

COMPARISONS = ("is", "in", "includes", "includes_any", "at_least", "at_most", "more_than", "less_than", "before",
               "on_or_after", "known")


class FactTest(Located):
    """A test on one fact: `{fact: reasons_for_harm, includes_any: {param: convention_grounds}}`."""

    fact: Id
    is_: Value | None = Field(default=None, alias="is")
    in_: Values | None = Field(default=None, alias="in")
    includes: Value | None = None
    includes_any: Values | None = None
    at_least: Value | None = None
    at_most: Value | None = None
    more_than: Value | None = None
    less_than: Value | None = None
    before: Value | None = None
    on_or_after: Value | None = None
    known: bool | None = Field(default=None, description=(
        "whether the fact has an answer: never undetermined, so a rule can tell a test that is undetermined "
        "(an answer is missing) from one that is not met; 'don't know' and 'prefer not to say' are not answers"))

    model_config = {"populate_by_name": True}

    @model_validator(mode="after")
    def _one_comparison(self):
        ops = self.ops()
        if len(ops) != 1:
            raise ValueError(
                f"a fact test needs exactly one comparison ({', '.join(COMPARISONS)}), got {len(ops) or 'none'}"
            )
        return self

    def ops(self) -> list[tuple[str, Any]]:
        out = []
        for name in COMPARISONS:
            attr = {"is": "is_", "in": "in_"}.get(name, name)
            v = getattr(self, attr)
            if v is not None:
                out.append((name, v))
        return out

    @property
    def op(self) -> str:
        return self.ops()[0][0]

    @property
    def operand(self) -> Any:
        return self.ops()[0][1]


class Span(Located):
    from_: Id = Field(alias="from", description="a date fact")
    to: Id = Field(description="a date fact, or 'as_of' for the assessment date")
    unit: Literal["days", "working_days", "months", "years"] | ParamRef = "days"

    model_config = {"populate_by_name": True}


class ElapsedTest(Located):
    """Time between two dates: `{elapsed: {from: date_of_entry, to: as_of, unit: working_days}, more_than: 30}`."""

    elapsed: Span
    more_than: Value | None = None
    at_least: Value | None = None
    at_most: Value | None = None
    less_than: Value | None = None

    @model_validator(mode="after")
    def _one_comparison(self):
        ops = self.ops()
        if len(ops) != 1:
            raise ValueError("an elapsed test needs exactly one of more_than, at_least, at_most, less_than")
        return self

    def ops(self):
        return [(n, getattr(self, n)) for n in ("more_than", "at_least", "at_most", "less_than")
                if getattr(self, n) is not None]

    @property
    def op(self) -> str:
        return self.ops()[0][0]

    @property
    def operand(self) -> Any:
        return self.ops()[0][1]


class CriterionRef(Located):
    criterion: Id


class All(Located):
    all: list[Condition] = Field(min_length=1)


class Any_(Located):
    any: list[Condition] = Field(min_length=1)


class Not(Located):
    not_: Condition = Field(alias="not")

    model_config = {"populate_by_name": True}


_KINDS: dict[str, type[Located]] = {"all": All, "any": Any_, "not": Not, "criterion": CriterionRef, "fact": FactTest,
                                     "elapsed": ElapsedTest}


def _dispatch(data: Any) -> Any:
    if isinstance(data, Located):
        return data
    if not isinstance(data, dict):
        raise ValueError(f"a condition is a mapping with one of: {', '.join(_KINDS)}")
    keys = [k for k in _KINDS if k in data]
    if len(keys) != 1:
        raise ValueError(f"a condition needs exactly one of: {', '.join(_KINDS)} "
                         f"(found {', '.join(map(str, data)) or 'nothing'})")
    return _KINDS[keys[0]].model_validate(data)


from typing import Annotated  # noqa: E402

from pydantic import BeforeValidator  # noqa: E402

Condition = Annotated[All | Any_ | Not | CriterionRef | FactTest | ElapsedTest, BeforeValidator(_dispatch)]
All.model_rebuild()
Any_.model_rebuild()
Not.model_rebuild()


Outcome = Literal["met", "not_met"]


class Indication(Located):
    """A clause the decision-maker raises only when something points to it (exclusion, cessation, the
    internal flight alternative): the claim does not have to disprove it. While none of the questions
    it turns on has an answer, it is reported as "not raised" and counts as `if_silent`; an answer raises
    it and it is evaluated as usual. "Don't know" and "prefer not to say" raise nothing: a doubt is no
    indication (the clause heads the open checks, marked)."""

    if_silent: Outcome = Field(description="how the clause counts while it is not raised: met or not_met")
    raised_by: list[Id] = Field(default_factory=list, description=(
        "facts whose answer raises it; default: every fact its condition reads"))
    not_raised_by: list[Id] = Field(default_factory=list, description=(
        "facts its condition reads that are asked for other elements too (e.g. whether the person is stateless): "
        "their answer alone does not raise it"))
    assumes: list[Id] = Field(default_factory=list, description=(
        "facts the silent default rests on (e.g. a recorded nationality, for statelessness): while any of them "
        "has no answer, the clause is examined as usual, since nothing grounds reading silence as 'no'"))
    cite: list[Citation] = Field(min_length=1, description="the source for examining it only on indication")

    @model_validator(mode="after")
    def _one_list(self):
        if self.raised_by and self.not_raised_by:
            raise ValueError("give either raised_by or not_raised_by, not both")
        return self


def never_needs_note(self):
    """A status the screening never concludes must say why, in the note the reports show."""
    if self.never and self.note is None:
        raise ValueError("'never' needs a note saying why the screening cannot conclude it")
    return self


class Criterion(Located):
    id: Id
    title: Text
    cite: list[Citation] = Field(min_length=1, description="every criterion cites its source")
    when: Condition
    note: Text | None = None
    raised_on_indication: Indication | None = None
    never: Outcome | None = Field(default=None, description=(
        "a status the screening never concludes (e.g. not_met for a condition the authority may waive): "
        "it is reported as undetermined instead, with the reason in the note"))

    _never_explained = model_validator(mode="after")(never_needs_note)


class Parameter(Located):
    """A value rules read (the list of grounds, the filing period). Countries override it with a citation."""

    value: list[Scalar] | Scalar
    title: Text | None = None
    cite: list[Citation] = Field(default_factory=list)


# inclusion: a refugee definition. complementary: protection from return that exclusion does not
# bar (e.g. CAT Art. 3). statelessness: a separate determination, reported on its own.
# exclusion and cessation: grounds that bar the inclusion definitions.
DefinitionKind = Literal["inclusion", "complementary", "statelessness", "exclusion", "cessation"]


class Definition(Located):
    """A definition is met when all its elements are (an exclusion set applies when any of its grounds does)."""

    id: Id
    kind: DefinitionKind = "inclusion"
    title: Text
    cite: list[Citation] = Field(min_length=1)
    elements: list[Id] = Field(min_length=1, description="criteria ids")
    note: Text | None = None
    raised_on_indication: Indication | None = Field(default=None, description=(
        "exclusion and cessation sets: every ground, a country's own included, is raised only on indication"))

    @model_validator(mode="after")
    def _indication_for_bars(self):
        ind = self.raised_on_indication
        if ind is not None:
            if self.kind not in ("exclusion", "cessation"):
                raise ValueError("only exclusion and cessation sets are raised on indication as a whole; "
                                 "mark an inclusion element's criterion instead")
            if ind.if_silent != "not_met":
                raise ValueError("a ground nobody raised does not apply: use 'if_silent: not_met'")
            if ind.raised_by:
                raise ValueError("'raised_by' belongs on a criterion; each ground of a set is raised by its own facts")
        return self


FlagKind = Literal["screening", "referral"]


class Flag(Located):
    """Something the screener must look at that never decides the outcome (e.g. a filing period passed).

    A `kind: referral` flag is a specific need (a child, a survivor, trafficking indicators): it applies in
    every jurisdiction without being listed, names the `referral` it calls for and the `safeguards` for the
    interview, and is reported apart, before the results. It never feeds a definition or the result."""

    id: Id
    kind: FlagKind = "screening"
    title: Text
    explanation: Text
    cite: list[Citation] = Field(default_factory=list)
    when: Condition
    category: str | None = Field(default=None, description=(
        "referral flags: the UNHCR specific-needs code(s) it corresponds to, e.g. 'UM/SC' (cite how sure it is)"))
    referral: Text | None = Field(default=None, description="referral flags: the services it calls for")
    safeguards: list[Text] = Field(default_factory=list, description=(
        "referral flags: procedural safeguards for the interview"))
    note: Text | None = None

    @model_validator(mode="after")
    def _referral_fields(self):
        if self.kind == "referral" and (self.referral is None or not self.cite):
            raise ValueError("a referral flag needs 'referral' (en, es, pt) and 'cite'")
        if self.kind != "referral" and (self.referral is not None or self.safeguards or self.category):
            raise ValueError("'referral', 'safeguards' and 'category' belong on a flag with 'kind: referral'")
        return self


class RuleFile(Located):
    parameters: dict[Id, Parameter] = Field(default_factory=dict)
    criteria: list[Criterion] = Field(default_factory=list)
    definitions: list[Definition] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
