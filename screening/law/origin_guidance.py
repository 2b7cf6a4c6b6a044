"""Country-of-origin guidance as the adviser meets it: which documents are offered on a date (never
one published after it; marked when older than the file's threshold), and what to check and record
beside the situation and profile questions, in the report and in `screening origins`.

It never answers a question for the person: it names the documents, what they find and the profiles
they name, and says what to check and record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from screening.base import messages
from screening.base.dates import months_between
from screening.models.origins import Guidance

if TYPE_CHECKING:
    from screening.law.library import Library

Kind = Literal["situations", "profiles"]


@dataclass(frozen=True)
class Offered:
    guidance: Guidance
    age_months: int | None  # on the assessment date; None when undated
    stale: bool  # older than the file's threshold, or undated
    stale_after_months: int


def offered(lib: Library, code: str | None, as_of: dt.date) -> list[Offered]:
    """The guidance on `code` that existed on `as_of`, with its age. A document dated after `as_of`
    (or, undated, of a later year) did not exist then and is left out."""
    entry = lib.origins.get(str(code or "").upper())
    if entry is None:
        return []
    of = entry[1]
    out = []
    for g in of.guidance:
        if (g.date and g.date > as_of) or (g.date is None and g.source.year > as_of.year):
            continue
        age = months_between(g.date, as_of) if g.date else None
        out.append(Offered(g, age, age is None or age > of.stale_after_months, of.stale_after_months))
    return out


def situation_label(lib: Library, choice: str, lang: str) -> str:
    """A situation of the regional definition (a choice of the catalogue's situations fact), in `lang`."""
    for f in lib.catalogue.facts:
        if f.role == "origin_situations":
            for c in f.choices or []:
                if c.id == choice:
                    return c.label.get(lang)
    return choice


def _when(o: Offered, lang: str) -> str:
    g = o.guidance
    when = g.date.isoformat() if g.date else str(g.source.year)
    if o.stale:
        when += "; " + messages.t("origins.stale_short", lang).format(months=o.stale_after_months)
    return when


def adviser_notes(lib: Library, code: str | None, as_of: dt.date, lang: str, kind: Kind) -> list[str]:
    """The lines shown beside a situation question (`kind` "situations") or a profile question
    ("profiles"): each document with what it finds or the profiles it names, then what to check and
    record. Empty when nothing is recorded on the country."""
    docs = offered(lib, code, as_of)
    if not docs:
        return []
    t = messages.t
    out = [t("origins.notes.heading", lang).format(code=str(code).upper())]
    for o in docs:
        g = o.guidance
        line = f"{g.source.instrument} ({_when(o, lang)})"
        if g.source.confidence != "high":
            line += " " + t("origins.unconfirmed_short", lang)
        if kind == "situations":
            found = [situation_label(lib, s, lang) for s in g.situations]
            line += ": " + (t("origins.notes.finds", lang).format(items=", ".join(found)) if found
                            else t("origins.notes.no_situation", lang))
        else:
            names = [p.get(lang) for p in g.profiles]
            line += ": " + (t("origins.notes.profiles", lang).format(items="; ".join(names)) if names
                            else t("origins.notes.no_profiles", lang))
        out.append(line)
    out.append(t(f"origins.check.{kind}", lang))
    return out


def record(lib: Library, o: Offered, lang: str) -> dict[str, Any]:
    """One offered document as `screening origins --format json` gives it."""
    g, s = o.guidance, o.guidance.source
    return {
        "source": {"instrument": s.instrument, "provision": s.provision, "year": s.year, "url": s.url,
                   "confidence": s.confidence, "note": s.note.get(lang) if s.note else None},
        "date": g.date.isoformat() if g.date else None,
        "age_months": o.age_months, "stale": o.stale, "stale_after_months": o.stale_after_months,
        "situations": list(g.situations), "profiles": [p.get(lang) for p in g.profiles],
        "summary": g.summary.get(lang),
    }


def text(lib: Library, code: str, docs: list[Offered], lang: str, country: str) -> str:
    """`screening origins XX` as text: each document, then what to check and record."""
    t = messages.t
    out = [t("origins.title", lang).format(country=country, code=code), ""]
    if not docs:
        return "\n".join([*out, t("origins.none", lang).format(code=code), ""])
    for i, o in enumerate(docs, 1):
        g, s = o.guidance, o.guidance.source
        out.append(f"{i}. {s.label()}")
        out.append("   " + t("origins.date", lang).format(when=_when(o, lang)))
        if s.url:
            out.append(f"   {s.url}")
        out.append("   " + g.summary.get(lang))
        found = [situation_label(lib, x, lang) for x in g.situations]
        out.append("   " + t("origins.situations", lang).format(
            items=", ".join(found) if found else t("origins.not_recorded", lang)))
        names = [p.get(lang) for p in g.profiles]
        out.append("   " + t("origins.profiles", lang).format(
            items="; ".join(names) if names else t("origins.not_recorded", lang)))
        if s.confidence != "high" or s.note:
            level = t(f"confidence.{s.confidence}", lang)
            out.append("   " + level[:1].upper() + level[1:] + "." +
                       (f" {s.note.get(lang)}" if s.note else ""))
        out.append("")
    out += [t("origins.check.situations", lang), t("origins.check.profiles", lang), ""]
    return "\n".join(out)
