"""From a validated case to an explained assessment: compile (cached), evaluate, explain.

The engine decides every status; this module only reads its record (which rule fired for which
children) to say *because* and walks undetermined nodes to say what is *missing*. It evaluates
no condition itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import messages
from .compiler import MET, Program, compile_jurisdiction
from .conditions import params_used
from .engine import Engine, Evaluation, case_fields
from .errors import InputError
from .library import Jurisdiction, Library, ResolvedDefinition, load_library
from .models.assessment import (
    Assessment,
    CitationOut,
    CriterionResult,
    DefinitionResult,
    FlagResult,
    OriginGuidance,
    Reason,
)

# Country-of-origin guidance older than this on the assessment date is shown as possibly out of date.
STALE_AFTER_MONTHS = 24
from .models.base import Citation
from .models.case import Case
from .models.rules import Criterion, ParamRef


def _status(ev: Evaluation, node: str) -> str:
    s = ev.status.get(node)
    return "met" if s == MET else "not_met" if s else "undetermined"


class Screener:
    """Holds the loaded library and one compiled engine per country; assesses any number of cases."""

    def __init__(self, lib: Library | None = None):
        self.lib = lib or load_library()
        self._compiled: dict[str, tuple[Jurisdiction, Program, Engine]] = {}

    def compiled(self, country: str, as_of: dt.date | None = None,
                 compare_with: tuple[str, ...] = ()) -> tuple[Jurisdiction, Program, Engine]:
        """The law of `country` in force on `as_of`, compiled once per set of dated versions."""
        jur = self.lib.jurisdiction(country, as_of, compare_with)
        key = (jur.code, jur.signature)
        if key not in self._compiled:
            program = compile_jurisdiction(self.lib, jur)
            self._compiled[key] = (jur, program, Engine(program))
        _, program, engine = self._compiled[key]
        return jur, program, engine

    def evaluate(self, case: Case, country: str, as_of: dt.date,
                 compare_with: tuple[str, ...] = ()) -> tuple[Jurisdiction, Program, Evaluation]:
        jur, program, engine = self.compiled(country, as_of, compare_with)
        return jur, program, engine.evaluate(case_fields(program, case, as_of))

    def assess(self, case: Case, country: str, as_of: dt.date | None = None, lang: str = "en",
               compare_with: tuple[str, ...] = ()) -> Assessment:
        as_of = as_of or dt.date.today()
        jur, program, ev = self.evaluate(case, country, as_of, compare_with)
        return Explainer(self.lib, jur, program, ev, case, lang).assessment(as_of)


class Explainer:
    def __init__(self, lib: Library, jur: Jurisdiction, program: Program, ev: Evaluation, case: Case, lang: str):
        self.lib, self.jur, self.p, self.ev, self.case, self.lang = lib, jur, program, ev, case, lang
        self._uncertain: dict[str, CitationOut] = {}

    # -- citations -------------------------------------------------------------------------
    def cite(self, c: Citation) -> CitationOut:
        out = CitationOut(instrument=c.instrument, provision=c.provision, year=c.year, url=c.url,
                          confidence=c.confidence, note=c.note, label=c.label())
        if c.confidence != "high":
            self._uncertain.setdefault(out.label + (c.note or ""), out)
        return out

    def criterion_citations(self, crit: Criterion) -> list[CitationOut]:
        cites = [self.cite(c) for c in crit.cite]
        for pid in params_used(crit.when):
            prm = self.jur.params.get(pid)
            if prm:
                cites += [self.cite(c) for c in prm.cite]
        return _dedupe(cites)

    # -- because / missing -----------------------------------------------------------------
    def because(self, node_id: str) -> list[Reason]:
        out: list[Reason] = []
        self._because(node_id, out, top=True)
        seen, uniq = set(), []
        for r in out:
            key = (r.kind, r.id, r.test, str(r.expected))
            if key not in seen:
                seen.add(key)
                uniq.append(r)
        return uniq

    def _because(self, node_id: str, out: list[Reason], top: bool = False) -> None:
        node = self.p.nodes[node_id]
        if not top and node.label and node.label[0] == "criterion":
            out.append(Reason(kind="criterion", id=node.label[1], status=_status(self.ev, node_id)))
            return
        picks = self.ev.reasons.get(node_id)
        if not picks:
            return
        kids = node.children if None in picks else [node.children[i] for i in picks if i is not None]
        node_met = self.ev.status[node_id] == MET
        for c in kids:
            if c.kind == "leaf":
                leaf = self.p.leaves[c.ref]
                # Every child named by the rule that fired sided with the node's status; a negated
                # leaf sided with it by failing. So whether the test held is known without re-testing.
                holds = node_met == c.positive
                if leaf.fact:
                    out.append(Reason(kind="fact", id=leaf.fact, value=self.case.known.get(leaf.fact), test=leaf.op,
                                      expected=_jsonable(leaf.operand), holds=holds))
                else:  # elapsed time: name both dates
                    for fid in leaf.facts:
                        out.append(Reason(kind="fact", id=fid, value=self.case.known.get(fid), test=leaf.op,
                                          expected=_jsonable(leaf.operand), holds=holds))
            else:
                self._because(c.ref, out)

    def missing(self, node_id: str) -> list[str]:
        out: list[str] = []
        self._missing(node_id, out, set())
        return list(dict.fromkeys(out))

    def _missing(self, node_id: str, out: list[str], seen: set[str]) -> None:
        if node_id in seen or node_id in self.ev.status:
            return
        seen.add(node_id)
        for c in self.p.nodes[node_id].children:
            if c.kind == "leaf":
                leaf = self.p.leaves[c.ref]
                if any(f not in self.ev.fields for f in leaf.fields):
                    out.extend(f for f in leaf.facts if f not in self.case.known)
            elif c.ref not in self.ev.status:
                self._missing(c.ref, out, seen)

    # -- results ---------------------------------------------------------------------------
    def criterion(self, cid: str) -> CriterionResult:
        crit = self.jur.criteria[cid]
        nid = self.p.criteria[cid]
        return CriterionResult(
            id=cid, title=crit.title.get(self.lang), status=_status(self.ev, nid), because=self.because(nid),
            missing=self.missing(nid), citations=self.criterion_citations(crit),
            note=crit.note.get(self.lang) if crit.note else None,
        )

    def definition(self, d: ResolvedDefinition, node: str) -> DefinitionResult:
        return DefinitionResult(
            id=d.id, title=d.title.get(self.lang), kind=d.kind, extends=d.base, status=_status(self.ev, node),
            because=self.because(node), missing=self.missing(node), citations=_dedupe([self.cite(c) for c in d.cite]),
            criteria=[self.criterion(e) for e in d.elements], note=d.note.get(self.lang) if d.note else None,
        )

    def assessment(self, as_of: dt.date) -> Assessment:
        defs = [self.definition(d, self.p.definitions[d.id]) for d in self.jur.definitions]
        excl = [self.definition(d, self.p.exclusions[d.id]) for d in self.jur.exclusions]
        flags = []
        for f in self.jur.flags:
            nid = self.p.flags[f.id]
            flags.append(FlagResult(
                id=f.id, title=f.title.get(self.lang), status=_status(self.ev, nid),
                explanation=f.explanation.get(self.lang), because=self.because(nid), missing=self.missing(nid),
                citations=_dedupe([self.cite(c) for c in f.cite]
                                  + [self.cite(c) for pid in params_used(f.when) for c in self.jur.params[pid].cite]),
                note=f.note.get(self.lang) if f.note else None,
            ))
        overall_status = _status(self.ev, self.p.overall)
        overall = {"met": "eligible", "not_met": "not_eligible"}.get(overall_status, "needs_more_information")
        return Assessment(
            country=self.jur.code, country_name=self.jur.name.get(self.lang), as_of=as_of.isoformat(),
            rules_version=self.lib.version, language=self.lang, reference=self.case.reference,
            overall=overall, overall_missing=self.missing(self.p.overall), definitions=defs, exclusions=excl,
            flags=flags, uncertain_sources=list(self._uncertain.values()),
            facts_unknown=sorted(self.case.unknown), facts_declined=sorted(self.case.declined),
            origin_guidance=self.origin_guidance(as_of),
            disclaimer=messages.t("disclaimer", self.lang),
        )

    def origin_guidance(self, as_of: dt.date) -> list[OriginGuidance]:
        """Guidance on the applicant's country of origin, with its age: support, never a finding."""
        from .engine import months_between

        fact = next((f for f in self.lib.catalogue.facts if f.role == "origin_country"), None)
        code = self.case.known.get(fact.id) if fact else None
        if not code or code not in self.lib.origins:
            return []
        out = []
        for g in self.lib.origins[code][1].guidance:
            age = months_between(g.date, as_of) if g.date else None
            out.append(OriginGuidance(
                country=code, source=self.cite(g.source), date=g.date.isoformat() if g.date else None,
                situations=list(g.situations), summary=g.summary.get(self.lang), age_months=age,
                stale=age is None or age > STALE_AFTER_MONTHS,
            ))
        return out


def _dedupe(cites: list[CitationOut]) -> list[CitationOut]:
    seen, out = set(), []
    for c in cites:
        if c.label not in seen:
            seen.add(c.label)
            out.append(c)
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, ParamRef):
        return {"param": v.param}
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


def load_case(path: str | Path, lib: Library) -> Case:
    """Read and validate a case file (YAML or JSON) against the catalogue; errors name file:line."""
    from pydantic import ValidationError

    from . import yamlio
    from .models.case import case_from_validated, case_model

    path = Path(path)
    raw = yamlio.load(path)
    if raw is None or (isinstance(raw, (dict, list, str)) and not raw):
        raise InputError.of("case_empty", path, 1)
    if not isinstance(raw, dict):
        raise InputError.of("case_not_mapping", path, yamlio.line_of(raw))
    if "facts" not in raw:
        raise InputError.of("case_no_facts", path, 1)
    if raw.get("facts") is None:
        raise InputError.of("case_facts_empty", path, yamlio.line_of(raw, ("facts",)))
    try:
        model = case_model(lib.catalogue).model_validate(yamlio.plain(raw))
    except ValidationError as e:
        raise _case_error(e, path, raw, lib) from None
    return case_from_validated(model)


def _case_error(e, path: Path, raw: Any, lib: Library) -> InputError:
    import difflib

    from . import yamlio

    first = e.errors(include_url=False)[0]
    loc = tuple(first["loc"])
    if first["type"] == "extra_forbidden" and len(loc) == 2 and loc[0] == "facts":
        name = str(loc[1])
        close = difflib.get_close_matches(name, list(lib.facts), n=1)
        return InputError.of("unknown_fact", path, yamlio.line_of(raw, loc), name=name,
                             suggestion=("did_you_mean", {"name": close[0]}) if close else "")
    if len(loc) >= 2 and loc[0] == "facts" and loc[1] in lib.facts:
        fact = lib.facts[loc[1]]
        value = raw["facts"].get(loc[1]) if isinstance(raw.get("facts"), dict) else None
        return InputError.of("fact_value", path, yamlio.line_of(raw, loc[:2]), fact=loc[1],
                             expected=(f"expected.{fact.type}", {"choices": ", ".join(fact.choice_ids())}),
                             value=repr(yamlio.plain(value)))
    return yamlio.pydantic_error(e, path, raw)
