"""The loaded rule, country and guidance files (load.py reads and checks them), with lookups and a
country's law on a date (resolved by resolve.py, once per country and day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from screening.base.errors import InputError
from screening.law.jurisdiction import Jurisdiction, Param, ResolvedDefinition, Source
from screening.law.resolve import resolve
from screening.models.catalogue import Catalogue, Fact
from screening.models.country import CountryFile
from screening.models.origins import OriginFile
from screening.models.rules import Criterion, Definition, Flag, RuleFile

# Which comparisons make sense for which fact type (anything else is a rule-file error).
OPS_BY_TYPE = {
    "boolean": {"is", "known"},
    "choice": {"is", "in", "known"},
    "country": {"is", "in", "known"},
    "set": {"includes", "includes_any", "known"},
    "number": {"at_least", "at_most", "more_than", "less_than", "is", "known"},
    "date": {"before", "on_or_after", "known"},
}
LIST_OPS = {"in", "includes_any"}


@dataclass
class Library:
    catalogue: Catalogue
    catalogue_path: str
    rule_files: dict[str, RuleFile]  # path -> file
    countries: dict[str, tuple[str, CountryFile]]  # code -> (path, file)
    version: str
    facts: dict[str, Fact] = field(default_factory=dict)
    origins: dict[str, tuple[str, OriginFile]] = field(default_factory=dict)  # country of origin -> guidance

    def __post_init__(self):
        self.facts = self.catalogue.by_id()

    def relabelled(self, names: dict[str, str]) -> Library:
        """The same files under other names (a shipped entry names them relative to its data folder);
        what was resolved from the old names is left behind."""
        def n(label: str) -> str:
            return names.get(label, label)

        return Library(self.catalogue, n(self.catalogue_path), {n(p): rf for p, rf in self.rule_files.items()},
                       {c: (n(p), cf) for c, (p, cf) in self.countries.items()}, self.version,
                       origins={c: (n(p), of) for c, (p, of) in self.origins.items()})

    # -- lookups ----------------------------------------------------------------------------
    def base_criteria(self) -> dict[str, tuple[str, Criterion]]:
        return {c.id: (p, c) for p, rf in self.rule_files.items() for c in rf.criteria}

    def base_definitions(self) -> dict[str, tuple[str, Definition]]:
        return {d.id: (p, d) for p, rf in self.rule_files.items() for d in rf.definitions}

    def base_flags(self) -> dict[str, tuple[str, Flag]]:
        return {f.id: (p, f) for p, rf in self.rule_files.items() for f in rf.flags}

    def base_params(self) -> dict[str, Param]:
        out = {}
        for p, rf in self.rule_files.items():
            for pid, prm in rf.parameters.items():
                out[pid] = Param(pid, prm.value, list(prm.cite), Source(p, prm.line))
        return out

    def country_codes(self) -> list[str]:
        return sorted(self.countries)

    def jurisdiction(self, code: str, as_of: dt.date | None = None, compare_with: tuple[str, ...] = ()) -> Jurisdiction:
        """The law of `code` in force on `as_of` (default: today), plus base definitions a trainer
        wants to compare on the same case (reported, never part of the result). Resolved once per
        (country, day, comparison) for this library (resolving took longer than the engine per case);
        callers read it and never change it."""
        code = code.strip().upper()
        key = (code, as_of or dt.date.today(), tuple(compare_with))
        cache = self.__dict__.setdefault("_jurisdictions", {})
        if key not in cache:
            cache[key] = self._jurisdiction(code, key[1], compare_with)
        return cache[key]

    def _jurisdiction(self, code: str, as_of: dt.date, compare_with: tuple[str, ...]) -> Jurisdiction:
        if code not in self.countries:
            known = ", ".join(self.country_codes())
            raise InputError.of("unknown_country", code=code, known=known)
        path, cf = self.countries[code]
        jur = resolve(self, path, cf, as_of)
        if compare_with:
            defs = self.base_definitions()
            for did in compare_with:
                if did not in defs or defs[did][1].kind not in ("inclusion", "complementary"):
                    choices = ", ".join(i for i, (_, d) in defs.items() if d.kind == "inclusion")
                    raise InputError.of("rules.no_comparison", name=did, hint=hint(did, defs), choices=choices)
                bp, d = defs[did]
                if any(x.id == did for x in jur.definitions):
                    continue
                jur.definitions.append(ResolvedDefinition(
                    id=d.id, kind="comparison", title=d.title, cite=list(d.cite), elements=list(d.elements),
                    base=d.id, note=d.note, source=Source(bp, d.line)))
            jur.signature = jur.signature + tuple(f"c:{x}" for x in compare_with)
        return jur


def suggest(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def hint(name: str, known: Iterable[str]) -> tuple[str, dict[str, Any]] | str:
    """`suggest` as a message parameter `hint`: the closest known name, worded in the error's language."""
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return ("rules.did_you_mean", {"close": close[0]}) if close else ""
