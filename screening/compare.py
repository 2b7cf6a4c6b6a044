"""`screening countries --compare`: clauses side by side, read from the rule and country files."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import messages
from .library import Jurisdiction, Library

_FILE = Path(__file__).with_name("compare.yaml")
CONFIDENCE_ORDER = ["low", "medium", "high"]


@lru_cache(maxsize=1)
def columns() -> list[dict[str, Any]]:
    from . import yamlio

    return yamlio.plain(yamlio.load(_FILE))["columns"]


def _value_words(lib: Library, param_value: Any, lang: str) -> str:
    labels: dict[str, str] = {}
    for f in lib.catalogue.facts:
        for c in f.choices or []:
            labels.setdefault(c.id, c.label.get(lang))
    if isinstance(param_value, list):
        return ", ".join(labels.get(v, str(v)) for v in param_value)
    return labels.get(param_value, str(param_value))


def lowest_confidence(jur: Jurisdiction) -> str:
    cites = [c for d in jur.definitions + jur.exclusions for c in d.cite]
    cites += [c for f in jur.flags for c in f.cite]
    cites += [c for p in jur.params.values() for c in p.cite]
    return min((c.confidence for c in cites), key=CONFIDENCE_ORDER.index, default="high")


def row(lib: Library, jur: Jurisdiction, lang: str) -> dict[str, str]:
    yes, no = messages.t("value.yes", lang), messages.t("value.no", lang)
    out: dict[str, str] = {}
    for col in columns():
        cid = col["id"]
        if "extends" in col:
            out[cid] = ", ".join(d.id for d in jur.definitions if d.base == col["extends"]) or "—"
        elif "element" in col:
            variants = [d for d in jur.definitions if d.base == col["of"]]
            out[cid] = "—" if not variants else (yes if any(col["element"] in d.elements for d in variants) else no)
        elif "parameter" in col:
            if col.get("only_if_extends") and not any(d.base == col["only_if_extends"] for d in jur.definitions):
                out[cid] = "—"
                continue
            if col.get("only_if_flag") and not any(f.id == col["only_if_flag"] for f in jur.flags):
                out[cid] = "—"
                continue
            p = jur.params.get(col["parameter"])
            text = _value_words(lib, p.value, lang) if p else "—"
            if col.get("unit") and p:
                unit = jur.params.get(col["unit"])
                text = f"{p.value} {_value_words(lib, unit.value, lang) if unit else ''}".strip()
                one = ".one" if p.value == 1 else ""
                text = f"{p.value} {messages.t('unit.' + str(unit.value) + one, lang)}" if unit else text
            out[cid] = text
        elif col.get("confidence"):
            out[cid] = messages.t(f"confidence.{lowest_confidence(jur)}", lang)
    return out


def table(lib: Library, codes: list[str], lang: str, as_of: dt.date | None) -> tuple[list[str], list[list[str]]]:
    cols = columns()
    header = [messages.t("label.jurisdiction", lang)] + [c["title"][lang] for c in cols]
    rows = []
    for code in codes:
        jur = lib.jurisdiction(code, as_of)
        r = row(lib, jur, lang)
        rows.append([f"{jur.name.get(lang)} ({jur.code})"] + [r[c["id"]] for c in cols])
    return header, rows
