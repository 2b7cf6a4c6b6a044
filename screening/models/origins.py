"""Country-of-origin guidance: public findings that a Cartagena-type situation exists in a country.

Offered to the screener as support for the objective element, with its source and date; never
applied to a case by itself (the screener still answers the situation question).
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
    summary: Text


class OriginFile(Located):
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code of the country of origin")
    guidance: list[Guidance] = Field(min_length=1)
