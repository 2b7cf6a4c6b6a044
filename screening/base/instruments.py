"""International instruments under their official Spanish and Portuguese titles (instruments.yaml).

The rule files cite a treaty by its English title; a report in another language names it as that
language's official text does, and keeps the English title beside it in the list of sources. Titles not
listed (national laws, UNHCR documents) are shown as cited."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from screening.base import yamlio

_FILE = Path(__file__).with_name("instruments.yaml")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    raw = yamlio.plain(yamlio.load(_FILE)) or {}
    titles = {str(i["en"]).strip(): i for i in raw.get("instruments", [])}
    phrases = sorted(raw.get("provisions", []), key=lambda p: -len(p["en"]))
    return {"titles": titles, "phrases": phrases}


def entry(instrument: str) -> dict[str, Any] | None:
    """The instrument's row (titles, where the Portuguese comes from), if it is an international one."""
    return _table()["titles"].get(instrument.strip())


def title(instrument: str, lang: str) -> str:
    row = entry(instrument)
    return " ".join(str(row[lang]).split()) if row and row.get(lang) else instrument


def provision(instrument: str, text: str, lang: str) -> str:
    """The provision's words in `lang` (only for the instruments listed: a national law's are its own)."""
    if lang == "en" or entry(instrument) is None:
        return text
    for p in _table()["phrases"]:
        text = text.replace(p["en"], p[lang])
    return text


def label(instrument: str, provision_text: str, year: int, lang: str) -> str:
    return f"{title(instrument, lang)}, {provision(instrument, provision_text, lang)} ({year})"


def original(instrument: str, lang: str) -> dict[str, str] | None:
    """For the list of sources: the English title, and where the translated one comes from (a Brazilian
    promulgation decree, or a note that it is only a translation). None when nothing was translated."""
    row = entry(instrument)
    if lang == "en" or not row or title(instrument, lang) == instrument:
        return None
    return {"en": instrument, "source": row.get(f"{lang}_source") or "", "note": (row.get("note") or {}).get(lang, "")}


def all_rows() -> list[dict[str, Any]]:
    return list(_table()["titles"].values())
