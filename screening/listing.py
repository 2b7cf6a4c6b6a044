"""`screening countries`: each jurisdiction, its law in force on a date, and how sure we are of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import messages
from .compare import CONFIDENCE_ORDER, lowest_confidence
from .library import Library


def _lowest(cites) -> str:
    return min((c.confidence for c in cites), key=CONFIDENCE_ORDER.index, default="high")


def rows(lib: Library, lang: str, as_of: dt.date, codes: list[str] | None = None) -> list[dict[str, Any]]:
    out = []
    for code in codes or lib.country_codes():
        jur = lib.jurisdiction(code, as_of)
        uncertain: dict[str, str] = {}
        for c in [c for d in jur.definitions + jur.exclusions for c in d.cite] + \
                 [c for f in jur.flags for c in f.cite] + [c for p in jur.params.values() for c in p.cite]:
            if c.confidence != "high":
                note = c.note.get(lang) if c.note else ""
                uncertain.setdefault(c.label(), f"[{c.confidence}] {note}".strip())
        out.append({
            "country": jur.code,
            "name": jur.name.get(lang),
            "as_of": as_of.isoformat(),
            "confidence": lowest_confidence(jur),
            "definitions": [{"id": d.id, "kind": d.kind, "extends": d.base, "title": d.title.get(lang),
                             "cite": d.cite[0].label(), "confidence": _lowest(d.cite),
                             "valid_from": d.valid_from.isoformat() if d.valid_from else None,
                             "valid_to": d.valid_to.isoformat() if d.valid_to else None}
                            for d in jur.definitions + jur.exclusions],
            "flags": [{"id": f.id, "cite": f.cite[0].label() if f.cite else "", "confidence": _lowest(f.cite)}
                      for f in jur.flags],
            "uncertain_sources": [{"source": k, "note": v} for k, v in uncertain.items()],
        })
    return out


def text(rs: list[dict[str, Any]], lang: str) -> str:
    lines = []
    if rs:
        lines.append(messages.t("countries.law_as_of", lang).format(day=rs[0]["as_of"]))
        lines.append("")
    for r in rs:
        conf = "" if r["confidence"] == "high" else f"   [{messages.t('confidence.' + r['confidence'], lang)}]"
        lines.append(f"{r['country']}  {r['name']}{conf}")
        for d in r["definitions"]:
            mark = "" if d["confidence"] == "high" else f"  [{messages.t('confidence.' + d['confidence'], lang)}]"
            dates = ""
            if d["valid_from"] or d["valid_to"]:
                dates = f"  ({d['valid_from'] or '…'} – {d['valid_to'] or '…'})"
            lines.append(f"    {d['kind']:<13} {d['id']:<26} {d['cite']}{dates}{mark}")
        for f in r["flags"]:
            mark = "" if f["confidence"] == "high" else f"  [{messages.t('confidence.' + f['confidence'], lang)}]"
            lines.append(f"    {'flag':<13} {f['id']:<26} {f['cite']}{mark}")
        if r["uncertain_sources"]:
            lines.append("    " + messages.t("countries.uncertain", lang))
            for u in r["uncertain_sources"]:
                lines.append(f"      - {u['source']} {u['note']}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
