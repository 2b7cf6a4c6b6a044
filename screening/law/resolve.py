"""Resolve a country: the base definitions as its law extends them, with the parameters and the
dated versions in force on one day."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from screening.law.jurisdiction import Jurisdiction, Param, ResolvedDefinition, ResolvedFlag, Source
from screening.models.base import Text
from screening.models.country import CountryFile, CountryFlag

if TYPE_CHECKING:  # the library calls resolve(); resolve only reads it
    from screening.law.library import Library


def _notes(country: Text | None, base: Text | None) -> Text | None:
    """A country's note on a base flag first, then the base flag's own (a referral keeps both)."""
    if country is None or base is None:
        return country or base
    return Text(**{lang: " ".join(x for x in (getattr(country, lang), getattr(base, lang)) if x)
                   for lang in ("en", "es", "pt")})


def resolve(lib: Library, path: str, cf: CountryFile, as_of: dt.date | None = None) -> Jurisdiction:
    import datetime as dt

    day = as_of or dt.date.today()
    base_crit = lib.base_criteria()
    criteria = {cid: c for cid, (_, c) in base_crit.items()}
    sources = {cid: Source(p, c.line) for cid, (p, c) in base_crit.items()}
    for c in cf.criteria:
        criteria[c.id] = c
        sources[c.id] = Source(path, c.line)
    params = lib.base_params()
    chosen: list[str] = []  # which dated versions are in force: part of the compiled program's identity
    for pid, ovs in cf.parameters.items():
        for i, ov in enumerate(ovs if isinstance(ovs, list) else [ovs]):
            if ov.in_force(day):
                value = (list(params[pid].value) + list(ov.add)) if ov.add is not None else ov.set
                params[pid] = Param(pid, value, list(ov.cite), Source(path, ov.line))
                chosen.append(f"p:{pid}:{i}")
    defs = lib.base_definitions()

    def variant(v) -> ResolvedDefinition:
        bp, base = defs[v.extends]
        elements = [e for e in base.elements if e not in v.drop] + list(v.add)
        return ResolvedDefinition(
            id=v.id, kind=base.kind, title=v.title, cite=list(v.cite) + list(base.cite), elements=elements,
            base=base.id, note=v.note or base.note, source=Source(path, v.line),
            valid_from=v.valid_from, valid_to=v.valid_to, indication=base.raised_on_indication, never=v.never,
            own_cites=len(v.cite), counts_in_overall=v.counts_in_overall,
        )

    flags_base = lib.base_flags()
    flags = []
    for i, fv in enumerate(cf.flags):
        if not fv.in_force(day):
            continue
        chosen.append(f"f:{i}")
        if isinstance(fv, CountryFlag):  # the country's own flag
            flags.append(ResolvedFlag(fv.id, fv.title, fv.explanation, list(fv.cite), fv.when, fv.note,
                                      Source(path, fv.line)))
            continue
        _, f = flags_base[fv.extends]
        flags.append(ResolvedFlag(f.id, f.title, f.explanation, list(fv.cite) + list(f.cite), f.when,
                                  _notes(fv.note, f.note), Source(path, fv.line), f.kind, f.category, f.referral,
                                  list(f.safeguards), fv.bars))
    # referral flags (specific needs) apply in every jurisdiction; a country extends one to add its own law
    extended = {f.id for f in flags}
    for fid, (fp, f) in flags_base.items():
        if f.kind == "referral" and fid not in extended:
            flags.append(ResolvedFlag(f.id, f.title, f.explanation, list(f.cite), f.when, f.note,
                                      Source(fp, f.line), f.kind, f.category, f.referral, list(f.safeguards)))
    # national humanitarian pathways: the country's own definitions, reported as their own kind
    pathways = [ResolvedDefinition(
        id=w.id, kind="humanitarian", title=w.title, cite=list(w.cite), elements=list(w.elements), base=None,
        note=w.note, source=Source(path, w.line), valid_from=w.valid_from, valid_to=w.valid_to, never=w.never,
        own_cites=len(w.cite), discretionary=w.discretionary) for w in cf.pathways if w.in_force(day)]
    return Jurisdiction(
        code=cf.country, name=cf.name,
        definitions=[variant(v) for v in cf.definitions if v.in_force(day)] + pathways,
        exclusions=[variant(v) for v in cf.exclusions if v.in_force(day)],
        flags=flags, criteria=criteria, criterion_sources=sources, params=params, note=cf.note,
        source=Source(path, cf.line), as_of=day, authorities=[a for a in cf.authorities if a.in_force(day)],
        signature=tuple(chosen + [f"d:{i}" for i, v in enumerate(cf.definitions + cf.exclusions) if v.in_force(day)]
                        + [f"w:{i}" for i, w in enumerate(cf.pathways) if w.in_force(day)]),
    )


