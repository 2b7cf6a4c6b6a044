"""`screening countries`: each jurisdiction, its law in force on a date, and how sure we are of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.base import messages
from screening.law.compare import CONFIDENCE_ORDER, lowest_confidence
from screening.law.jurisdiction import Jurisdiction
from screening.law.library import Library


def law_start(jur: Jurisdiction) -> dt.date | None:
    """The day the oldest refugee definition of `jur` encoded here starts: its `valid_from`, else
    1 January of the year of its own law (the same reading as the core's `before_law` warning)."""
    starts = [d.valid_from or dt.date(min(c.year for c in d.cite[: d.own_cites] or d.cite), 1, 1)
              for d in jur.definitions if d.kind == "inclusion" and d.cite]
    return min(starts) if starts else None


def before_law(jur: Jurisdiction, as_of: dt.date) -> dt.date | None:
    """`law_start(jur)` when `as_of` is before it (no law of the country is encoded for that day)."""
    start = law_start(jur)
    return start if start is not None and as_of < start else None


def _lowest(cites) -> str:
    return min((c.confidence for c in cites), key=CONFIDENCE_ORDER.index, default="high")


def rows(lib: Library, lang: str, as_of: dt.date, codes: list[str] | None = None) -> list[dict[str, Any]]:
    out = []
    for code in codes or lib.country_codes():
        jur = lib.jurisdiction(code, as_of)
        uncertain: dict[str, str] = {}
        cites = [c for d in jur.definitions + jur.exclusions for c in d.cite]
        cites += [c for f in jur.flags if f.kind != "referral" for c in f.cite]  # referrals: every country alike
        for c in cites + [c for p in jur.params.values() for c in p.cite]:
            if c.confidence != "high":
                note = c.note.get(lang) if c.note else ""
                conf = messages.t("confidence." + c.confidence, lang)
                uncertain.setdefault(c.label(lang), f"[{conf}] {note}".strip())
        out.append({
            "country": jur.code,
            "name": jur.name.get(lang),
            "as_of": as_of.isoformat(),
            "confidence": lowest_confidence(jur),
            "definitions": [{"id": d.id, "kind": d.kind, "extends": d.base, "title": d.title.get(lang),
                             "cite": d.cite[0].label(lang), "confidence": _lowest(d.cite),
                             "valid_from": d.valid_from.isoformat() if d.valid_from else None,
                             "valid_to": d.valid_to.isoformat() if d.valid_to else None}
                            for d in jur.definitions + jur.exclusions],
            "flags": [{"id": f.id, "cite": f.cite[0].label(lang) if f.cite else "", "confidence": _lowest(f.cite)}
                      for f in jur.flags if f.kind != "referral"],
            "uncertain_sources": [{"source": k, "note": v} for k, v in uncertain.items()],
        })
    return out


def _kind(kind: str, lang: str) -> str:
    return messages.t(f"countries.kind.{kind}", lang)


def text(rs: list[dict[str, Any]], lang: str) -> str:
    def conf(level: str, sep: str) -> str:
        return "" if level == "high" else f"{sep}[{messages.t('confidence.' + level, lang)}]"

    lines = []
    if rs:
        lines.append(messages.t("countries.law_as_of", lang).format(day=rs[0]["as_of"]))
        lines.append("")
    kinds = [d["kind"] for r in rs for d in r["definitions"]] + (["flag"] if any(r["flags"] for r in rs) else [])
    width = max((len(_kind(k, lang)) for k in kinds), default=13) + 1
    for r in rs:
        lines.append(f"{r['country']}  {r['name']}{conf(r['confidence'], '   ')}")
        for d in r["definitions"]:
            dates = ""
            if d["valid_from"] or d["valid_to"]:
                dates = f"  ({d['valid_from'] or '…'} – {d['valid_to'] or '…'})"
            lines.append(f"    {_kind(d['kind'], lang):<{width}}{d['id']:<26} {d['cite']}{dates}"
                         f"{conf(d['confidence'], '  ')}")
        for f in r["flags"]:
            lines.append(f"    {_kind('flag', lang):<{width}}{f['id']:<26} {f['cite']}{conf(f['confidence'], '  ')}")
        if r["uncertain_sources"]:
            lines.append("    " + messages.t("countries.uncertain", lang))
            for u in r["uncertain_sources"]:
                lines.append(f"      - {u['source']} {u['note']}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
