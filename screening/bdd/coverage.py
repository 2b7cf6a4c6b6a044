"""Rule coverage: for every criterion, definition and flag of every country, which statuses (met, not
met, undetermined) the Gherkin scenarios reached; which dated versions of a clause were in force in some
scenario; which of a country's overrides (a parameter `set`/`add`, a definition's `drop`/`add`) were
exercised. Recorded by the "When the case is assessed" step, computed after the run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from screening.explain.explainer import node_status
from screening.law.conditions import params_used

STATUSES = ("met", "not_met", "undetermined")


@dataclass
class _Record:
    country: str
    signature: tuple
    statuses: dict[tuple[str, str], str]  # (kind, id) -> status


_RECORDS: list[_Record] = []
_ON = [False]  # recording costs a second evaluation per scenario: only when coverage is asked for


def start() -> None:
    _RECORDS.clear()
    _ON[0] = True


def stop() -> None:
    _ON[0] = False


def record(ex: Any) -> None:
    """Every criterion (nested ones too), definition, set and flag of the compiled law, with its status
    in the evaluation the scenario's assessment was explained from (an Explainer)."""
    if not _ON[0]:
        return

    jur, program, ev = ex.jur, ex.p, ex.ev
    statuses: dict[tuple[str, str], str] = {}
    for cid in program.criteria:
        statuses[("criterion", cid)] = ex.crit_status(cid)
    for did, node in {**program.definitions, **program.exclusions}.items():
        statuses[("definition", did)] = node_status(ev, node)
    for fid, node in program.flags.items():
        statuses[("flag", fid)] = node_status(ev, node)
    _RECORDS.append(_Record(jur.code, jur.signature, statuses))


@dataclass
class Item:
    kind: str
    id: str
    possible: tuple[str, ...]
    reached: set[str] = field(default_factory=set)


@dataclass
class CountryCoverage:
    code: str
    items: list[Item]
    versions: dict[str, bool]  # dated version key -> in force in some scenario
    overrides: dict[str, bool]  # override description -> exercised

    def pairs(self) -> tuple[int, int]:
        want = sum(len(i.possible) for i in self.items)
        got = sum(len(i.reached & set(i.possible)) for i in self.items)
        return got, want


def compute(lib: Any, today: dt.date | None = None) -> dict[str, CountryCoverage]:
    """Coverage of the law of every country the scenarios screened (as in force today, plus every dated
    version), from the records."""

    today = today or dt.date.today()
    out: dict[str, CountryCoverage] = {}
    tested = {r.country for r in _RECORDS}
    for code, (_, cf) in sorted(lib.countries.items()):
        if code not in tested:  # the scenarios run never screened this country: not part of the figure
            continue
        recs = [r for r in _RECORDS if r.country == code]
        jur = lib.jurisdiction(code, today)
        items: list[Item] = []
        for cid, crit in sorted(jur.criteria.items()):
            possible = tuple(s for s in STATUSES if s != getattr(crit, "never", None))
            items.append(Item("criterion", cid, possible))
        for d in [*jur.definitions, *jur.exclusions]:
            items.append(Item("definition", d.id, tuple(s for s in STATUSES if s != d.never)))
        for f in jur.flags:
            items.append(Item("flag", f.id, STATUSES))
        for it in items:
            for r in recs:
                st = r.statuses.get((it.kind, it.id))
                if st is not None:
                    it.reached.add(st)
        # only criteria the compiled law reads count (a base criterion no definition of this country uses does not)
        used = {k[1] for r in recs for k in r.statuses if k[0] == "criterion"}
        items = [i for i in items if i.kind != "criterion" or i.id in used or not recs]
        seen = {s for r in recs for s in r.signature}
        versions: dict[str, bool] = {}
        for pid, ovs in cf.parameters.items():
            if isinstance(ovs, list):
                for i, _ in enumerate(ovs):
                    versions[f"parameter {pid} #{i + 1}"] = f"p:{pid}:{i}" in seen
        for i, v in enumerate(cf.definitions + cf.exclusions):
            if v.valid_from or v.valid_to:
                versions[f"definition {v.id} ({v.valid_from or '…'} to {v.valid_to or '…'})"] = f"d:{i}" in seen
        settled = {(k, s) for r in recs for k, s in r.statuses.items() if s in ("met", "not_met")}
        overrides: dict[str, bool] = {}
        for pid in cf.parameters:
            readers = {cid for cid, c in jur.criteria.items() if pid in params_used(c.when)}
            overrides[f"parameter {pid}"] = any(("criterion", c) in {k for k, _ in settled} for c in readers)
        for v in cf.definitions + cf.exclusions:
            if v.drop or v.add:
                overrides[f"definition {v.id} (drop/add)"] = ("definition", v.id) in {k for k, _ in settled}
        out[code] = CountryCoverage(code, items, versions, overrides)
    return out


def summary(cov: dict[str, CountryCoverage]) -> dict[str, Any]:
    """The figures: every (item, status) pair reached over all countries, per country, and per kind."""
    got = sum(c.pairs()[0] for c in cov.values())
    want = sum(c.pairs()[1] for c in cov.values())
    countries = {}
    for code, c in cov.items():
        g, w = c.pairs()
        kinds = {}
        for kind in ("criterion", "definition", "flag"):
            its = [i for i in c.items if i.kind == kind]
            kinds[kind] = {"items": len(its), **{s: sum(1 for i in its if s in i.reached) for s in STATUSES}}
        countries[code] = {
            "percent": round(100 * g / w, 1) if w else 100.0, "reached": g, "possible": w, "kinds": kinds,
            "versions": c.versions, "overrides": c.overrides,
            "unreached": [f"{i.kind} {i.id}: {', '.join(s for s in i.possible if s not in i.reached)}"
                          for i in c.items if not set(i.possible) <= i.reached],
        }
    return {"percent": round(100 * got / want, 1) if want else 100.0, "reached": got, "possible": want,
            "countries": countries}
