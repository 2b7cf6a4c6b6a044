"""Cases the screening refuses before evaluating them, with the case file's line: a date before the
country's oldest encoded law, a nationality of the country screened, a date in the future. `assess`,
`route` and `batch` refuse the same inputs through these functions (one judgement)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screening.base import yamlio
from screening.base.errors import InputError
from screening.law.listing import before_law


def require_law_in_force(jur, when: dt.date, as_of: str | None, lang: str) -> None:
    """Refuse a date before the country's oldest encoded law: the results would apply a law that
    did not exist (the core warns; here the date is the user's own input, so it is an error)."""
    start = before_law(jur, when)
    if start is not None:
        raise InputError.of("as_of_before_law", as_of=as_of or when.isoformat(),
                            country=f"{jur.name.get(lang)} ({jur.code})", year=start.year)


def refuse_impossible(c, raw, case: Path, jur, when: dt.date, lib) -> None:
    """Inputs that cannot be right, refused with the case file's line (issue 10 §8). A date after
    the assessment date but not in the future, or an application dated before the entry, stay
    warnings in the report: a trainer may assess an old date on purpose, and an application can be
    registered (or an appointment given) before the entry is recorded."""
    path = Path(yamlio.STDIN) if yamlio.is_stdin(case) else case
    origin = next((f.id for f in lib.catalogue.facts if f.role == "origin_country"), None)
    if origin and c.known.get(origin) == jur.code:
        raise InputError.of("own_country", path, yamlio.line_of(raw, ("facts", origin)), fact=origin, code=jur.code)
    today = dt.date.today()
    for fid, value in c.known.items():
        fact = lib.facts.get(fid)
        if fact is not None and fact.type == "date" and isinstance(value, dt.date) and value > max(today, when):
            raise InputError.of("date_in_future", path, yamlio.line_of(raw, ("facts", fid)), fact=fid,
                                date=value.isoformat(), today=today.isoformat())
