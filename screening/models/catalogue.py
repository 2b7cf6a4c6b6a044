"""The fact catalogue: every fact a rule may test, declared once with its question in three languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field, model_validator

from screening.models.base import Id, Located, Text

FactType = Literal["boolean", "choice", "set", "country", "date", "number"]
Topic = Literal["identity", "events", "agents", "reasons", "protection", "situation", "route", "procedure", "needs",
                "exclusion"]
# The order a trained interviewer follows: who and where, what happened, who did it, why,
# whether the state protects, the country situation, the route, procedure, specific needs (asked with care,
# after rapport and the account), and exclusion topics last.
TOPIC_ORDER: tuple[str, ...] = ("identity", "events", "agents", "reasons", "protection", "situation", "route",
                                "procedure", "needs", "exclusion")


class Choice(Located):
    id: Id
    label: Text


class Element(Located):
    """A legal element a fact serves (alienage, persecution, nexus...), named for the interview's help."""

    id: Id
    title: Text
    guidance: list[GuidanceNote] = Field(default_factory=list, description=(
        "notes the interview shows with this element's questions while a flag is met"))


class AskedIf(Located):
    """A question asked only after given answers to others. One of: `{fact: x, is: true}` (that answer),
    `{fact: x, known: true}` (any answer but "don't know" / "prefer not to say"), `{any: [...]}` or
    `{all: [...]}` of these. On an opening question it names earlier opening ones; on any other it makes a
    follow-up, asked once it holds (though no rule reads it, because a report shows it) and never before,
    even when a rule reads it (the age at the time of the acts, once an exclusion question is answered yes
    and the date of birth is known). For a set question, `is` names a choice among those picked."""

    fact: Id | None = None
    is_: bool | str | None = Field(default=None, alias="is")
    known: Literal[True] | None = None
    any: list[AskedIf] | None = Field(default=None, min_length=1)
    all: list[AskedIf] | None = Field(default=None, min_length=1)

    model_config = {"populate_by_name": True}

    @model_validator(mode="after")
    def _one_form(self):
        forms = [self.fact is not None, self.any is not None, self.all is not None]
        if sum(forms) != 1:
            raise ValueError("'asked_if' needs exactly one of: fact, any, all")
        if self.fact is not None and (self.is_ is None) == (self.known is None):
            raise ValueError("'asked_if' on a fact needs exactly one of: is, known")
        if self.fact is None and (self.is_ is not None or self.known is not None):
            raise ValueError("'is' and 'known' go with 'fact'")
        return self

    def facts(self) -> list[str]:
        """Every fact it names."""
        if self.fact is not None:
            return [self.fact]
        return [f for part in (self.any or self.all or []) for f in part.facts()]

    def holds(self, answers: Mapping[str, Any]) -> bool:
        """True when the earlier answers are these ("don't know" is not an answer here); for a set question,
        `is` names one choice among those picked."""
        if self.any is not None:
            return any(p.holds(answers) for p in self.any)
        if self.all is not None:
            return all(p.holds(answers) for p in self.all)
        if self.fact is None or self.fact not in answers:
            return False
        given = answers[self.fact]
        if self.known:
            return given not in ("unknown", "declined")
        return self.is_ in given if isinstance(given, list) else given == self.is_


class GuidanceNote(Located):
    """A text shown with every question of an element while one of the flags is met (for a child, the
    considerations the authority weighs before excluding)."""

    if_flags: list[Id] = Field(min_length=1, description="flags of the rule files; the note shows while any is met")
    text: Text


class Fact(Located):
    id: Id
    type: FactType
    topic: Topic
    element: Id = Field(description="id of the legal element this fact serves (see 'elements')")
    question: Text
    help: Text
    choices: list[Choice] | None = None
    minimum: float | None = None
    maximum: float | None = None
    sensitive: bool = Field(default=False, description="asked with extra care; 'prefer not to say' is expected")
    evidence: Text | None = Field(default=None, description=(
        "documents or other evidence that could support the answer, named in the report's next steps"))
    opening: bool = Field(default=False, description=(
        "asked at the opening of every interview, in catalogue order, before the questions the rules need: "
        "facts reports, deadlines or guidance use even where no definition turns on them (nationality, "
        "date of birth, date of entry, filing)"))
    asked_if: AskedIf | None = Field(default=None, description=(
        "asked only when another question got this answer: for an opening question, an earlier opening "
        "one; for any other, a follow-up asked even though no rule reads it (a report shows it)"))
    not_asked_when: Id | None = Field(default=None, description=(
        "a flag (of the rule files) that, once met, makes this question pointless to put: it is no longer "
        "asked (an older-person question is not put to someone whose date of birth makes them a child); "
        "while the flag is undetermined the question is asked as any other"))
    label: Text | None = Field(default=None, description=(
        "a short name for the answer in the report's account of who the applicant is (required for opening facts)"))
    role: Literal["origin_country", "origin_situations", "birth_date", "route", "disaster"] | None = Field(
        default=None, description="marks the fact naming the country of origin, the one whose choices are the "
        "situations that country-of-origin guidance refers to, the date of birth (the report gives the age), "
        "the facts the report's Route section lists (transit countries, the Darién, harms on the route), and "
        "those its Humanitarian pathways section lists (the disaster, its kind and date)")

    origin_guidance: Literal["situations", "profiles"] | None = Field(default=None, description=(
        "the interview shows the country-of-origin guidance (rules/origins/) beside this question: what it "
        "finds on the situations of the regional definition, or the profiles it names at risk; what to check "
        "and record, never an answer"))

    @model_validator(mode="after")
    def _choices_match_type(self):
        if self.type in ("choice", "set"):
            if not self.choices:
                raise ValueError(f"a '{self.type}' fact needs 'choices'")
            ids = [c.id for c in self.choices]
            dup = {i for i in ids if ids.count(i) > 1}
            if dup:
                raise ValueError(f"duplicate choice ids: {', '.join(sorted(dup))}")
        elif self.choices:
            raise ValueError(f"only 'choice' and 'set' facts have choices, not '{self.type}'")
        return self

    def choice_ids(self) -> list[str]:
        return [c.id for c in self.choices or []]


class Catalogue(Located):
    elements: list[Element]
    facts: list[Fact]

    @model_validator(mode="after")
    def _unique(self) -> Catalogue:
        for kind, items in (("fact", self.facts), ("element", self.elements)):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise ValueError(f"duplicate {kind} id '{item.id}'")
                seen.add(item.id)
        known = {e.id for e in self.elements}
        opening_before: set[str] = set()
        all_ids = {x.id for x in self.facts}
        for f in self.facts:
            if f.element not in known:
                raise ValueError(f"fact '{f.id}' serves unknown element '{f.element}'")
            named = f.asked_if.facts() if f.asked_if is not None else []
            if f.asked_if is not None and not f.opening:
                for name in named:
                    if name not in all_ids:
                        raise ValueError(f"fact '{f.id}': 'asked_if' names unknown fact '{name}'")
            elif f.asked_if is not None:
                for name in named:
                    if name not in opening_before:
                        raise ValueError(f"fact '{f.id}': 'asked_if' names '{name}', which is not an "
                                         "opening question listed before it")
            if f.opening:
                if f.label is None:
                    raise ValueError(f"fact '{f.id}': an opening fact needs a 'label' (en, es, pt) for the report")
                opening_before.add(f.id)
        return self

    def by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    def follow_ups(self) -> list[Fact]:
        """Questions asked after a given answer though no rule reads them (`asked_if`, not opening)."""
        return [f for f in self.facts if f.asked_if is not None and not f.opening]

    def opening(self) -> list[Fact]:
        """The questions every interview opens with, in catalogue order."""
        return [f for f in self.facts if f.opening]


Element.model_rebuild()
AskedIf.model_rebuild()
