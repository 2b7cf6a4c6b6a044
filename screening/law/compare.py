"""`screening countries --compare`: clauses side by side, read from the rule and country files."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from screening.base import messages, yamlio
from screening.law.jurisdiction import Jurisdiction
from screening.law.library import Library

_FILE = Path(__file__).with_name("compare.yaml")
CONFIDENCE_ORDER = ["low", "medium", "high"]


@lru_cache(maxsize=1)
def columns() -> list[dict[str, Any]]:
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
    cites += [c for f in jur.flags if f.kind != "referral" for c in f.cite]
    cites += [c for p in jur.params.values() for c in p.cite]
    return min((c.confidence for c in cites), key=CONFIDENCE_ORDER.index, default="high")


def values(jur: Jurisdiction) -> dict[str, Any]:
    """Each column's value as data, keyed by the column's id: lists of ids, true/false, a period
    {value, unit}, a confidence level; None where the column does not apply (shown as —)."""
    out: dict[str, Any] = {}
    for col in columns():
        cid = col["id"]
        if "extends" in col:
            out[cid] = [d.id for d in jur.definitions if d.base == col["extends"]]
        elif "element" in col:
            variants = [d for d in jur.definitions if d.base == col["of"]]
            out[cid] = any(col["element"] in d.elements for d in variants) if variants else None
        elif "parameter" in col:
            bases = {d.base for d in jur.definitions}
            gated = (col.get("only_if_extends") and col["only_if_extends"] not in bases) \
                or (col.get("only_if_flag") and not any(f.id == col["only_if_flag"] for f in jur.flags))
            p = None if gated else jur.params.get(col["parameter"])
            if p is None:
                out[cid] = None
            elif col.get("unit"):
                unit = jur.params.get(col["unit"])
                out[cid] = {"value": p.value, "unit": unit.value if unit else None}
            else:
                out[cid] = p.value
        elif col.get("confidence"):
            out[cid] = lowest_confidence(jur)
    return out


def row(lib: Library, jur: Jurisdiction, lang: str) -> dict[str, str]:
    """The same values in words, for the table."""
    yes, no = messages.t("value.yes", lang), messages.t("value.no", lang)
    out: dict[str, str] = {}
    vals = values(jur)
    for col in columns():
        cid = col["id"]
        v = vals[cid]
        if v is None or v == []:
            out[cid] = "—"
        elif "extends" in col:
            out[cid] = ", ".join(v)
        elif "element" in col:
            out[cid] = yes if v else no
        elif col.get("confidence"):
            out[cid] = messages.t(f"confidence.{v}", lang)
        elif isinstance(v, dict):
            one = ".one" if v["value"] == 1 else ""
            unit = messages.t(f"unit.{v['unit']}{one}", lang) if v["unit"] else ""
            out[cid] = f"{v['value']} {unit}".strip()
        else:
            out[cid] = _value_words(lib, v, lang)
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


def records(lib: Library, codes: list[str], lang: str, as_of: dt.date) -> list[dict[str, Any]]:
    """`countries --compare --format json`: one object per jurisdiction, keyed by stable ids (the
    column ids of compare.yaml), never by the display labels of a language."""
    out = []
    for code in codes:
        jur = lib.jurisdiction(code, as_of)
        out.append({"country": jur.code, "name": jur.name.get(lang), "as_of": as_of.isoformat(), **values(jur)})
    return out
