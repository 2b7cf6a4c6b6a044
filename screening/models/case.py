"""Case files: the facts of one applicant, validated against the fact catalogue.

A fact may be known, `unknown` ("don't know") or `declined` ("prefer not to say"). Both of the
latter reach the engine as an absent fact, so they can never be mistaken for "no".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, create_model

from screening.base.countrynames import code_for_name, fold, is_country_code
from screening.models.base import LANGS, Lang, iso_date
from screening.models.catalogue import Catalogue, Fact

UNKNOWN = "unknown"
DECLINED = "declined"
Missing = Literal["unknown", "declined"]

# Words a clinic worker or trainer may write in any of the three languages.
YES_WORDS = {"yes", "y", "true", "sí", "si", "sim", "s"}
NO_WORDS = {"no", "n", "false", "não", "nao"}
_UNKNOWN = {"unknown", "don't know", "dont know", "no sé", "no se", "não sei", "nao sei", "desconocido", "desconhecido",
            "?"}
_DECLINED = {"declined", "prefer not to say", "prefer_not_to_say", "prefiero no decir", "prefiere no decir",
             "prefiro não dizer", "prefere não dizer", "prefiro nao dizer"}


def normalise_missing(v: Any) -> Any:
    if isinstance(v, str):
        w = v.strip().lower()
        if w in _UNKNOWN:
            return UNKNOWN
        if w in _DECLINED:
            return DECLINED
    if v is None:
        return UNKNOWN
    return v


def bool_words(v: Any) -> Any:
    v = normalise_missing(v)
    if isinstance(v, str) and v not in (UNKNOWN, DECLINED):
        w = v.strip().lower()
        if w in YES_WORDS:
            return True
        if w in NO_WORDS:
            return False
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        # 1, 1.0, YAML's 0x1: a count or a measure is not an answer to a yes/no question
        raise ValueError(f"{v!r} is a number, not yes or no")
    return v


def _set_words(v: Any) -> Any:
    v = normalise_missing(v)
    if isinstance(v, str) and v not in (UNKNOWN, DECLINED):
        w = v.strip()
        if w.lower() in ("none", "ninguno", "ninguna", "nenhum", "nenhuma", "[]", ""):
            return []
        return [p.strip() for p in w.split(",") if p.strip()]
    return v


def _none_alone(v: Any) -> Any:
    """A "none of these" choice (id `none`) contradicts any other choice beside it."""
    if isinstance(v, list) and "none" in v and len(set(v)) > 1:
        raise ValueError("'none' (none of these) goes alone, without other choices")
    return v


def _country_code(v: Any) -> Any:
    v = normalise_missing(v)
    if isinstance(v, str) and v not in (UNKNOWN, DECLINED):
        if v.strip() in YES_WORDS | NO_WORDS:
            # "no", "si" in small letters answer a question; Norway and Slovenia are written NO and SI
            raise ValueError(f"'{v}' is a yes/no answer, not a country code (Norway is NO, Slovenia SI)")
        code = v.strip().upper()

        if not is_country_code(code):
            # a name, as the interview takes it ("Honduras", "Estados Unidos", "Colômbia")
            code = code_for_name(v) or code
        if not is_country_code(code):
            raise ValueError(f"'{v}' is not an ISO 3166-1 alpha-2 country code (e.g. VE, HN, MX)")
        return code
    return v


_DAY_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _date_words(v: Any, info: ValidationInfo) -> Any:
    v = normalise_missing(v)
    if v in (UNKNOWN, DECLINED):
        return v
    m = _DAY_FIRST.fullmatch(v.strip()) if isinstance(v, str) else None
    if m and (info.context or {}).get("lang") in ("es", "pt"):
        # day/month/year, as a Spanish or Portuguese case file (and the interview) writes it
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            raise ValueError(f"'{v}' is not a date") from None
    return iso_date(v)


def _choice_words(fact: Fact):
    """A choice written as the interview takes it: its id in any case (`[CO, PA]`), or its label in
    English, Spanish or Portuguese."""

    ids = {c.id.lower(): c.id for c in fact.choices or []}
    labels = {fold(getattr(c.label, lang)): c.id for c in fact.choices or [] for lang in LANGS
              if getattr(c.label, lang, None)}

    def one(x: Any) -> Any:
        if isinstance(x, str) and x not in (UNKNOWN, DECLINED):
            return ids.get(x.strip().lower()) or labels.get(fold(x)) or x
        return x

    def words(v: Any) -> Any:
        return [one(x) for x in v] if isinstance(v, list) else one(v)

    return words


def _field_for(fact: Fact):
    if fact.type == "boolean":
        return Annotated[Missing | bool, BeforeValidator(bool_words)]
    if fact.type == "choice":
        return Annotated[Missing | Literal[tuple(fact.choice_ids())], BeforeValidator(_choice_words(fact)),
                         BeforeValidator(normalise_missing)]
    if fact.type == "set":
        # the choices come from the catalogue at run time: no static type can name them
        item = Literal[tuple(fact.choice_ids())]  # type: ignore[valid-type]
        return Annotated[Missing | list[item], BeforeValidator(_choice_words(fact)),  # type: ignore[valid-type]
                         BeforeValidator(_set_words), AfterValidator(_none_alone)]
    if fact.type == "country":
        return Annotated[Missing | Annotated[str, Field(pattern=r"^[A-Z]{2}$")], BeforeValidator(_country_code)]
    if fact.type == "date":
        return Annotated[Missing | dt.date, BeforeValidator(_date_words)]
    if fact.type == "number":
        return Annotated[
            Missing | Annotated[float, Field(ge=fact.minimum, le=fact.maximum, allow_inf_nan=False)],
            BeforeValidator(normalise_missing)
        ]
    raise AssertionError(fact.type)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def facts_model(catalogue: Catalogue) -> type[BaseModel]:
    """A pydantic model with one optional field per catalogue fact (also the case JSON Schema)."""
    cached = getattr(catalogue, "_facts_model", None)
    if cached is not None:
        return cached
    fields: dict[str, Any] = {}
    for fact in catalogue.facts:
        q = (fact.question.en or "").strip()
        fields[fact.id] = (_field_for(fact) | None, Field(default=None, description=q))
    model = create_model("CaseFacts", __base__=_Strict, **fields)
    object.__setattr__(catalogue, "_facts_model", model)
    return model


def case_model(catalogue: Catalogue) -> type[BaseModel]:
    cached = getattr(catalogue, "_case_model", None)
    if cached is not None:  # built once per catalogue: a batch reads every row with it
        return cached
    facts = facts_model(catalogue)
    model = create_model(
        "Case",
        __base__=_Strict,
        reference=(str | None, Field(default=None, description="case reference or applicant's name")),
        narrative=(str | None, Field(default=None, description="the applicant's own account, quoted in reports")),
        language=(Lang | None, Field(default=None)),
        facts=(facts, Field(description="the applicant's facts; omit or write 'unknown'/'declined' when not known")),
        # Interview sessions are case files too; they carry extra bookkeeping the engine ignores.
        session=(dict[str, Any] | None, Field(default=None, description="interview bookkeeping")),
    )
    object.__setattr__(catalogue, "_case_model", model)
    return model


class Case(BaseModel):
    """A validated case: known facts typed, unknown and declined ones kept apart (they are not 'no')."""

    reference: str | None = None
    narrative: str | None = None
    language: str | None = None
    known: dict[str, Any] = Field(default_factory=dict)
    unknown: list[str] = Field(default_factory=list)
    declined: list[str] = Field(default_factory=list)

    def status_of(self, fact_id: str) -> str:
        if fact_id in self.known:
            return "known"
        if fact_id in self.declined:
            return DECLINED
        return UNKNOWN


def case_from_validated(model: BaseModel) -> Case:
    known: dict[str, Any] = {}
    unknown: list[str] = []
    declined: list[str] = []
    for fid, v in model.facts.model_dump().items():  # type: ignore[attr-defined]
        if v is None or v == UNKNOWN:
            if v == UNKNOWN:
                unknown.append(fid)
            continue
        if v == DECLINED:
            declined.append(fid)
            continue
        known[fid] = v
    return Case(
        reference=model.reference, narrative=model.narrative, language=model.language,  # type: ignore[attr-defined]
        known=known, unknown=unknown, declined=declined,
    )
