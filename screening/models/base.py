"""Shared pieces: strict models that remember the line they came from, translated text, citations."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_validator

from screening.base import instruments
from screening.base.langs import LANGS  # noqa: F401 - the models name them here too

Lang = Literal["en", "es", "pt"]

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def _check_id(v: str) -> str:
    if not _ID.match(v):
        raise ValueError("an id is lower-case letters, digits and '_', starting with a letter")
    if "__" in v:
        raise ValueError("an id may not contain '__' (reserved for derived fields)")
    return v


Id = Annotated[str, AfterValidator(_check_id)]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(v: Any) -> Any:
    """A date only from a YAML date or an ISO string (YYYY-MM-DD). pydantic would also take a
    number or a numeric string as seconds since 1970, so `date_of_entry: 0` became 1970-01-01."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, (bool, int, float)):
        raise ValueError("expected a date as YYYY-MM-DD, got a number")
    if isinstance(v, str):
        if not _ISO_DATE.match(v.strip()):
            raise ValueError("expected a date as YYYY-MM-DD")
        return v.strip()
    return v


IsoDate = Annotated[dt.date, BeforeValidator(iso_date)]


class Located(BaseModel):
    """A strict model that keeps the source line of the YAML mapping it was read from."""

    # defer_build: schemas are built on first validation, so a command that reads the rules from
    # the cache (and never validates them) does not pay for building them
    model_config = ConfigDict(extra="forbid", frozen=False, defer_build=True)
    _line: int | None = PrivateAttr(default=None)
    _key_lines: dict[str, int] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_line(cls, data: Any, handler):
        lc = getattr(data, "lc", None)
        obj = handler(data)
        if lc is not None and isinstance(obj, Located):
            obj._line = lc.line + 1
            try:
                obj._key_lines = {str(k): lc.key(k)[0] + 1 for k in data}
            except (KeyError, TypeError, AttributeError):
                pass
        return obj

    @property
    def line(self) -> int | None:
        return self._line

    def line_at(self, key: str) -> int | None:
        """The line of one key of this mapping (e.g. 'extends'), so errors point at the exact line."""
        return self._key_lines.get(key, self._line)


class Text(Located):
    """User-facing text in the three languages. Missing ones are lint errors, never silently filled."""

    en: str | None = None
    es: str | None = None
    pt: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            raise ValueError("expected a mapping with 'en', 'es' and 'pt' texts, got a plain string")
        return data

    def missing(self) -> list[str]:
        return [lang for lang in LANGS if not (getattr(self, lang) or "").strip()]

    def get(self, lang: str) -> str:
        text = getattr(self, lang, None)
        if text and text.strip():
            return text.strip()
        # Visible, never silent: a report shows that a translation is missing.
        return f"[missing {lang} translation] {(self.en or self.es or self.pt or '').strip()}"


def _note_from_string(data: Any) -> Any:
    """A citation note may be written as one English string; the missing es/pt are then a lint error
    (`screening rules validate` names them with file and line), never filled silently."""
    return {"en": data} if isinstance(data, str) else data


NoteText = Annotated[Text, BeforeValidator(_note_from_string)]

Confidence = Literal["high", "medium", "low"]


class Citation(Located):
    """Where a criterion comes from. Uncertain sources say so: confidence below high needs a note."""

    instrument: str = Field(min_length=2, description="Treaty, declaration, law or decree, e.g. '1951 Convention'")
    provision: str = Field(min_length=1, description="Article, section or conclusion, e.g. 'Art. 1A(2)'")
    year: int = Field(ge=1900, le=2100, description="Year of the instrument or provision")
    url: str | None = None
    confidence: Confidence = "high"
    note: NoteText | None = Field(default=None, description=(
        "Why confidence is below high; what is UNCONFIRMED; or what the source says (en, es, pt)"))

    @model_validator(mode="after")
    def _note_for_uncertain(self):
        if self.confidence != "high" and (self.note is None or len(self.note.missing()) == len(LANGS)):
            raise ValueError(f"confidence '{self.confidence}' needs a note saying what is uncertain")
        return self

    def label(self, lang: str = "en") -> str:
        """'Instrument, provision (year)', an international instrument under its title in `lang`."""
        return instruments.label(self.instrument, self.provision, self.year, lang)
