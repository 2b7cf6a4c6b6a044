"""Calendar arithmetic for periods in law: working days, whole calendar months and years.

A base module: it imports nothing from the rest of the package. A working day is Monday to Friday
and not one of the country's public holidays, as the `holidays` library lists them for that
country (its national list, no regional days). Which national rule a country's periods follow, and
where it differs from that list (days an authority declares non-working, e.g. in Mexico's Diario
Oficial), is cited in the country file beside its filing period, not here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=1)
def _supported() -> frozenset[str]:
    return frozenset(holidays.list_supported_countries())


@lru_cache(maxsize=4096)
def public_holidays(country: str | None, year: int) -> frozenset[dt.date]:
    """The country's national public holidays in `year`; none for a country the library does not know
    (the fictional countries of the tests and of docs/authoring.md)."""
    if not country or country.upper() not in _supported():
        return frozenset()
    return frozenset(holidays.country_holidays(country.upper(), years=year))


def is_working_day(day: dt.date, country: str | None = None) -> bool:
    return day.weekday() < 5 and day not in public_holidays(country, day.year)


def _weekdays_between(start: dt.date, end: dt.date) -> int:
    """Monday-to-Friday days after `start` up to and including `end` (end > start)."""
    full, rest = divmod((end - start).days, 7)
    wd = start.weekday()
    return full * 5 + sum(1 for i in range(1, rest + 1) if (wd + i) % 7 < 5)


def working_days_between(start: dt.date, end: dt.date, country: str | None = None) -> int:
    """Working days after `start` up to and including `end`; negative when `end` comes first.
    Without a country, Monday to Friday."""
    if end <= start:
        return -working_days_between(end, start, country) if end < start else 0
    count = _weekdays_between(start, end)
    for year in range(start.year, end.year + 1):  # holidays on a weekday are not working days
        count -= sum(1 for d in public_holidays(country, year) if start < d <= end and d.weekday() < 5)
    return count


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end`: the largest n with start + n months <= end,
    where a day the month lacks falls on its last day (29 January + 1 month = 28 February), as
    civil codes count periods in months."""
    if end < start:
        return -months_between(end, start)
    n = (end.year - start.year) * 12 + end.month - start.month
    while n > 0 and add_months(start, n) > end:
        n -= 1
    return n


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def elapsed(start: dt.date, end: dt.date, unit: str, country: str | None = None) -> int | float:
    """Time from `start` to `end` (working days in `country`'s calendar). Months and years are whole
    calendar units plus a fraction below one for the days beyond them, so "more than 1 month" holds
    from the day after start + 1 month, and "at most 1 month" only up to that day (a plain
    whole-month count would wait for month 2)."""
    if unit == "days":
        return (end - start).days
    if unit == "working_days":
        return working_days_between(start, end, country)
    if unit in ("months", "years"):
        if end < start:
            return -elapsed(end, start, unit)
        months = months_between(start, end)
        whole = months if unit == "months" else months // 12
        anchor = add_months(start, whole if unit == "months" else whole * 12)
        extra = (end - anchor).days
        return whole + (extra / 400 if extra else 0)  # a fraction: never reaches the next whole unit
    raise ValueError(unit)
