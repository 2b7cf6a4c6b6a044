"""The words a registry may use: a column named by a fact's id or by the reports' own words for it
(its label or its question, in English, Spanish or Portuguese); a choice by its id or its label; a
date as in the case files, or written day first (es/pt registries) or month first (asked for)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from screening.base.langs import LANGS

# columns that are not facts, by their names in the three languages
META = {
    "reference": ("reference", "referencia", "referência", "ref"),
    "language": ("language", "idioma", "lang"),
    "narrative": ("narrative", "relato", "narrativa"),
}
_SLASHED = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def key(text: str) -> str:
    """A header compared as a person reads it: case, spacing and a final colon do not matter."""
    return " ".join(str(text).split()).casefold().rstrip(":").strip()


_MEMO: dict[tuple[str, int], Any] = {}  # built once per library and process


def _memo(kind: str, lib: Any, build: Any) -> Any:
    k = (kind, id(lib))
    if k not in _MEMO:
        _MEMO[k] = build(lib)
    return _MEMO[k]


def _columns(lib: Any) -> dict[str, str]:
    return _memo("columns", lib, _build_columns)


def _build_columns(lib: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for fact in lib.catalogue.facts:
        for words in (fact.question, fact.label):
            for lang in LANGS:
                said = getattr(words, lang, None) if words is not None else None
                if said:
                    out.setdefault(key(said), fact.id)
    for meta, names in META.items():
        for n in names:
            out[key(n)] = meta
    for fact in lib.catalogue.facts:  # an id is always itself
        out[key(fact.id)] = fact.id
    return out


def column(lib: Any, header: str) -> str:
    """The fact id (or meta column) a header names; an unknown header is returned as written, for
    the case reading to refuse with its nearest fact."""
    return _columns(lib).get(key(header), str(header).strip())


def _choices(lib: Any) -> dict[str, dict[str, str]]:
    return _memo("choices", lib, _build_choices)


def _build_choices(lib: Any) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for fact in lib.catalogue.facts:
        if fact.choices:
            words = out.setdefault(fact.id, {})
            for c in fact.choices:
                for lang in LANGS:
                    said = getattr(c.label, lang, None)
                    if said:
                        words.setdefault(key(said), c.id)
    return out


def header_of(fact: Any, lang: str) -> str:
    """What a template names a fact's column: its short label where it has one, else its question."""
    short = getattr(fact.label, lang, None) if fact.label is not None else None
    return short or getattr(fact.question, lang)


def cell(lib: Any, fact_id: str, value: Any, dates: str | None) -> Any:
    """A spreadsheet cell as a case file would write the answer (the case reading judges it)."""
    fact = lib.facts.get(fact_id)
    if fact is None:
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return value
    if fact.type == "date" and dates:
        return _slashed(value, dates)
    if fact.type in ("choice", "set"):
        words = _choices(lib).get(fact_id, {})
        items = [x.strip() for x in re.split(r"[;\n]", value) if x.strip()] if fact.type == "set" else [value]
        named = [words.get(key(x), x) for x in items]
        if fact.type == "set":
            return named if (";" in value or "\n" in value) else ",".join(named)
        return named[0]
    return value


def _slashed(value: str, dates: str) -> str:
    """12/03/2026 as 2026-03-12 (dmy) or 2026-12-03 (mdy); an impossible date is left for the check."""
    m = _SLASHED.match(value)
    if not m:
        return value
    a, b, year = (int(x) for x in m.groups())
    day, month = (a, b) if dates == "dmy" else (b, a)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return value
