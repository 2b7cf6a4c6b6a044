"""Country-of-origin guidance: public findings on a country of origin (UNHCR eligibility guidelines,
guidance notes, positions on returns, national recognitions), with the profiles they name at risk and
the situations of the regional definition they describe.

Offered to the adviser as what to check and record, with its source and date; never applied to a
case by itself (the person's answers to the situation and profile questions stay theirs).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from screening.models.base import Citation, Id, Located, Text


class Guidance(Located):
    source: Citation
    date: dt.date | None = Field(default=None, description="date of the guidance document, when known")
    situations: list[Id] = Field(default_factory=list, description="choices of the situations fact it finds; "
                                 "empty when our reference names the document but not its findings (a pointer)")
    profiles: list[Text] = Field(default_factory=list, description=(
        "the profiles of people it names at risk, as our sources record them (en, es, pt); empty when they "
        "could not be read"))
    summary: Text


class OriginFile(Located):
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code of the country of origin")
    stale_after_months: int = Field(ge=1, le=240, description=(
        "guidance older than this on the assessment date (or undated) is marked possibly out of date"))
    guidance: list[Guidance] = Field(min_length=1)
