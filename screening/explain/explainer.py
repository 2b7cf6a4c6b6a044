"""Explain one evaluation: the status of every criterion, definition and flag, *because* (the facts
and sub-criteria that decided it) and *missing* (the facts that could still decide it).

The engine decides every status; this module only reads its record (which rule fired for which
children) and the shape of the compiled program. It evaluates no condition itself. Two wrappers
of the compiled program are read here:

* a clause raised only on indication that nothing raised is reported as `not_raised` (it counts
  as its `if_silent` status, and is listed among the open checks);
* a cap that never concludes one status reports the clause as undetermined, `held_open`, with
  the test that was decided underneath as its *because*.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from screening.base import messages
from screening.engine.compiler import MET, Program
from screening.engine.evaluation import Evaluation
from screening.explain.background import applicant, authorities, origin_guidance
from screening.explain.deadlines import deadlines
from screening.explain.memo import catalogue_order, shared, static
from screening.explain.outcomes import open_checks, outcomes, overall_checks_and_sources
from screening.explain.settle import would_settle
from screening.explain.values import dedupe, jsonable
from screening.explain.warnings import warnings
from screening.law.conditions import params_used
from screening.law.jurisdiction import Jurisdiction, ResolvedDefinition
from screening.law.library import Library
from screening.models.assessment import (
    Assessment,
    CitationOut,
    CriterionResult,
    DefinitionResult,
    FlagResult,
    Overall,
    Reason,
    ReferralResult,
    Status,
)
from screening.models.base import Citation, Lang
from screening.models.case import Case
from screening.models.rules import Criterion


def node_status(ev: Evaluation, node: str) -> Status:
    s = ev.status.get(node)
    return "met" if s == MET else "not_met" if s else "undetermined"


_CITES: dict[tuple[int, str], tuple[Citation, CitationOut]] = {}


class Explainer:
    def __init__(self, lib: Library, jur: Jurisdiction, program: Program, ev: Evaluation, case: Case, lang: str):
        self.lib, self.jur, self.p, self.ev, self.case, self.lang = lib, jur, program, ev, case, lang
        self._uncertain: dict[str, CitationOut] = {}
        # one case's results, built once each: definitions share criteria, and referrals and outcomes
        # read the same nodes again (results are never modified once built)
        self._criteria: dict[str, CriterionResult] = {}
        self._because_memo: dict[str, list[Reason]] = {}
        self._missing_memo: dict[str, list[str]] = {}
        self.noted: list[tuple[str, CitationOut]] | None = None  # what a shared result notes (explain_memo)

    # -- citations -------------------------------------------------------------------------
    def cite(self, c: Citation) -> CitationOut:
        # the same source in the same language is the same output: built once per process (the rule
        # files are loaded once), then shared; it is never modified after it is built
        key = (id(c), self.lang)
        hit = _CITES.get(key)
        if hit is None or hit[0] is not c:
            note = c.note.get(self.lang) if c.note else None
            hit = _CITES[key] = (c, CitationOut(instrument=c.instrument, provision=c.provision, year=c.year,
                                                url=c.url, confidence=c.confidence, note=note,
                                                label=c.label(self.lang)))
        out = hit[1]
        if c.confidence != "high":
            self._note(out)
        return out

    def _note(self, out: CitationOut) -> None:
        key = out.label + (out.note or "")
        self._uncertain.setdefault(key, out)
        if self.noted is not None:
            self.noted.append((key, out))

    def criterion_citations(self, crit: Criterion) -> list[CitationOut]:
        ind = self.p.indicated.get(crit.id)
        silent = ind is not None and self.not_raised(self.p.criteria[crit.id])
        # static for a compiled law, a language and whether the clause was raised: built once per program
        cache = self.p.__dict__.setdefault("_criterion_cites", {})
        key = (crit.id, self.lang, silent)
        hit = cache.get(key)
        if hit is None:
            sources = list(crit.cite)
            for pid in params_used(crit.when):
                prm = self.jur.params.get(pid)
                if prm:
                    sources += prm.cite
            if silent and ind is not None:  # why a clause nobody raised is not examined (burdens: partly UNCONFIRMED)
                sources += ind.cite
            every = [self.cite(c) for c in sources]
            # the list shows one source per label, but every uncertain source is noted, in every case (it
            # was noted in a process's first case only: the list depended on what was explained before)
            hit = cache[key] = (dedupe(every), [c for c in every if c.confidence != "high"])
        self.uncertain(hit[1])
        return hit[0]

    def cites(self, sources: list[Citation]) -> list[CitationOut]:
        return dedupe([self.cite(c) for c in sources])

    def uncertain(self, cites: list[CitationOut]) -> list[CitationOut]:
        """Note the sources below high confidence among `cites` (a cached list), for the report's list."""
        for out in cites:
            if out.confidence != "high":
                self._note(out)
        return cites

    # -- the wrappers the compiler puts around a clause -------------------------------------
    def _unwrap(self, node_id: str, wrap: str) -> str | None:
        """The node of kind `wrap` on the chain under a criterion's or definition's node, if any."""
        n = self.p.nodes[node_id]
        while True:
            if n.wrap == wrap:
                return n.id
            if n.wrap is None or not n.children or n.children[0].kind != "node":
                return None
            n = self.p.nodes[n.children[0].ref]

    def not_raised(self, node_id: str) -> bool:
        """Raised only on indication, decided by the 'not raised' branch (child 1) and not by its own
        test (child 0: e.g. the State is the persecutor, so no internal flight alternative at all)."""
        w = self._unwrap(node_id, "indication")
        if w is None or 1 not in (self.ev.reasons.get(w) or []):
            return False
        return self.p.nodes[w].children[0].ref not in self.ev.status

    def held_open(self, node_id: str) -> str | None:
        """A cap left this node undetermined although the test under it was decided: that test's node."""
        if node_id in self.ev.status:
            return None
        w = self._unwrap(node_id, "never")
        if w is None:
            return None
        inner = self.p.nodes[w].children[0].ref
        return inner if inner in self.ev.status else None

    def node_status(self, node: str) -> Status:
        return node_status(self.ev, node)

    def lib_order(self, facts: list[str]) -> list[str]:
        """Facts in catalogue order (the order an interviewer asks them)."""
        pos = catalogue_order(self.lib)
        return sorted(dict.fromkeys(facts), key=lambda f: pos.get(f, len(pos)))

    def crit_status(self, cid: str) -> Status:
        nid = self.p.criteria[cid]
        return "not_raised" if self.not_raised(nid) else node_status(self.ev, nid)

    # -- because / missing -----------------------------------------------------------------
    def because(self, node_id: str) -> list[Reason]:
        hit = self._because_memo.get(node_id)
        if hit is None:
            hit = self._because_memo[node_id] = self._because_of(node_id)
        return list(hit)  # a copy: callers may add to theirs

    def _because_of(self, node_id: str) -> list[Reason]:
        out: list[Reason] = []
        self._because(self.held_open(node_id) or node_id, out, top=True)
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
            out.append(Reason(kind="criterion", id=node.label[1], status=self.crit_status(node.label[1])))
            return
        picks = self.ev.reasons.get(node_id)
        if not picks:
            return
        # in the rule file's order, not the order the rules fired in: the same for every evaluator
        kids = node.children if None in picks else [c for i, c in enumerate(node.children) if i in picks]
        node_met = self.ev.status[node_id] == MET
        for c in kids:
            if c.kind == "leaf":
                leaf = self.p.leaves[c.ref]
                if leaf.op == "raised":  # "nothing raised it" is the status itself, not a fact
                    continue
                # Every child named by the rule that fired sided with the node's status; a negated
                # leaf sided with it by failing. So whether the test held is known without re-testing.
                holds = node_met == c.positive
                for fid in (leaf.fact,) if leaf.fact else leaf.facts:  # elapsed time: name both dates
                    out.append(Reason(kind="fact", id=fid, value=self.case.known.get(fid), test=leaf.op,
                                      expected=jsonable(leaf.operand), holds=holds))
            else:
                self._because(c.ref, out)

    def missing(self, node_id: str) -> list[str]:
        hit = self._missing_memo.get(node_id)
        if hit is None:
            out: list[str] = []
            self._missing_under(node_id, out, set())
            hit = self._missing_memo[node_id] = list(dict.fromkeys(out))
        return list(hit)

    def _missing_under(self, node_id: str, out: list[str], seen: set[str]) -> None:
        if node_id in seen or node_id in self.ev.status:
            return
        seen.add(node_id)
        for c in self.p.nodes[node_id].children:
            if c.kind == "leaf":
                leaf = self.p.leaves[c.ref]
                if any(f not in self.ev.fields for f in leaf.fields):
                    out.extend(f for f in leaf.facts if f not in self.case.known and self._askable(f))
            elif c.ref not in self.ev.status:
                known = self._missing_memo.get(c.ref)
                if known is None:
                    self._missing_under(c.ref, out, seen)
                elif c.ref not in seen:  # the same facts, in the same first order once duplicates go
                    seen.add(c.ref)
                    out.extend(known)

    def _askable(self, fid: str) -> bool:
        """A follow-up (`asked_if`) is no question to ask until its answers are given."""
        fact = self.lib.facts.get(fid)
        return fact is None or fact.asked_if is None or fact.opening or fact.asked_if.holds(self.case.known)

    def held_open_below(self, node_id: str) -> list[str]:
        """Criteria under an undetermined node that a cap holds open (their own test was decided): they,
        not a missing answer, keep it open, so they are named with their note and sources."""
        out: list[str] = []
        seen: set[str] = set()
        todo = [c.ref for c in self.p.nodes[node_id].children if c.kind == "node"]
        while todo:
            n = todo.pop()
            if n in seen or n in self.ev.status:
                continue
            seen.add(n)
            label = self.p.nodes[n].label
            if label and label[0] == "criterion" and self.held_open(n):
                out.append(label[1])
                continue
            todo += [c.ref for c in self.p.nodes[n].children if c.kind == "node"]
        return sorted(out)

    # -- results ---------------------------------------------------------------------------
    def criterion(self, cid: str) -> CriterionResult:
        hit = self._criteria.get(cid)
        if hit is None:
            hit = self._criteria[cid] = self._criterion(cid)
        return hit

    def _criterion(self, cid: str) -> CriterionResult:
        crit = self.jur.criteria[cid]
        nid = self.p.criteria[cid]
        because, cites = self.because(nid), self.criterion_citations(crit)
        for sub in self.held_open_below(nid) if nid not in self.ev.status else []:
            because.append(Reason(kind="criterion", id=sub, status="undetermined"))
            cites = dedupe(cites + self.criterion_citations(self.jur.criteria[sub]))
        return CriterionResult(
            id=cid, title=crit.title.get(self.lang), status=self.crit_status(cid), because=because,
            missing=self.missing(nid), citations=cites,
            note=crit.note.get(self.lang) if crit.note else None,
            raised_on_indication=cid in self.p.indicated, held_open=self.held_open(nid) is not None,
        )

    def definition(self, d: ResolvedDefinition, node: str) -> DefinitionResult:
        """A definition's explanation, shared by every case with the same signature (explain_memo)."""
        return shared(self, node, lambda: [node] + [self.p.criteria[e] for e in d.elements],
                      lambda: self._definition(d, node))

    def reuse(self, node: str, result: Any, noted: tuple[tuple[str, CitationOut], ...]) -> None:
        """Take a result built for an earlier case (explain_memo): note its uncertain sources, and keep what
        later parts of this explanation read again (its criteria, missing facts)."""
        for key, out in noted:
            self._uncertain.setdefault(key, out)
        if self.noted is not None:
            self.noted += noted
        self._missing_memo.setdefault(node, result.missing)
        for c in getattr(result, "criteria", ()):
            self._criteria.setdefault(c.id, c)
            self._missing_memo.setdefault(self.p.criteria[c.id], c.missing)

    def _definition(self, d: ResolvedDefinition, node: str) -> DefinitionResult:
        criteria = [self.criterion(e) for e in d.elements]
        status: Status = node_status(self.ev, node)
        # a set of grounds none of which applies, some because nothing raised them: not raised
        if d.indication is not None and status == "not_met" and any(c.status == "not_raised" for c in criteria):
            status = "not_raised"
        missing = self.missing(node)
        # held open: by its own cap, or because every element still open is one the rules never conclude;
        # a set of grounds (exclusion, cessation) as soon as one ground is indicated: only the authority can
        # decide it, whatever else is still open, so the case is referred
        held = self.held_open(node) is not None or (
            status == "undetermined" and not missing
            and all(c.held_open or any(r.status == "undetermined" and r.kind == "criterion" for r in c.because)
                    for c in criteria if c.status == "undetermined")) or (
            status == "undetermined" and d.kind in ("exclusion", "cessation") and any(c.held_open for c in criteria))
        return DefinitionResult(
            id=d.id, title=d.title.get(self.lang), kind=d.kind, extends=d.base, status=status,
            because=self.because(node), missing=missing, citations=dedupe([self.cite(c) for c in d.cite]),
            criteria=criteria, note=d.note.get(self.lang) if d.note else None, held_open=held,
            discretionary=d.discretionary,
        )

    def assessment(self, as_of: dt.date) -> Assessment:

        defs = [self.definition(d, self.p.definitions[d.id]) for d in self.jur.definitions]
        excl = [self.definition(d, self.p.exclusions[d.id]) for d in self.jur.exclusions]
        flags = []
        referrals = self.referrals()
        for f in self.jur.flags:
            if f.kind == "referral":
                continue
            nid = self.p.flags[f.id]
            flags.append(shared(self, nid, lambda nid=nid: [nid], lambda f=f, nid=nid: FlagResult(
                id=f.id, title=f.title.get(self.lang), status=node_status(self.ev, nid),
                explanation=f.explanation.get(self.lang), because=self.because(nid), missing=self.missing(nid),
                citations=dedupe([self.cite(c) for c in f.cite]
                                 + [self.cite(c) for pid in params_used(f.when) for c in self.jur.params[pid].cite]),
                note=f.note.get(self.lang) if f.note else None)))
        overall_status = node_status(self.ev, self.p.overall)
        overall: Overall = "eligible" if overall_status == "met" else (
            "not_eligible" if overall_status == "not_met" else "needs_more_information")

        checks = open_checks(self, defs + excl)
        cat = self.lib.catalogue
        outs = outcomes(self, defs, excl, checks)
        overall_checks, overall_cites = overall_checks_and_sources(overall, outs)
        return Assessment(
            country=self.jur.code, country_name=self.jur.name.get(self.lang), as_of=as_of.isoformat(),
            rules_version=self.lib.version, engine=self.ev.engine, language=cast(Lang, self.lang),
            reference=self.case.reference,
            applicant=applicant(self),
            overall=overall, overall_missing=self.missing(self.p.overall), overall_covers=self.overall_covers(),
            outcomes=outs, open_checks=checks,
            overall_open_checks=overall_checks, overall_low_confidence=overall_cites,
            would_settle=would_settle(self, as_of),
            definitions=defs, exclusions=excl,
            flags=flags, referrals=referrals,
            route=applicant(self, static(cat, "route", lambda: [f for f in cat.facts if f.role == "route"])),
            disaster=applicant(self, static(cat, "disaster", lambda: [f for f in cat.facts if f.role == "disaster"])),
            uncertain_sources=list(self._uncertain.values()),
            facts_unknown=sorted(self.case.unknown), facts_declined=sorted(self.case.declined),
            origin_guidance=origin_guidance(self, as_of),
            deadlines=deadlines(self, as_of), authorities=authorities(self), warnings=warnings(self, as_of),
            disclaimer=messages.t("disclaimer", self.lang),
        )

    def overall_covers(self) -> list[str]:
        kinds: list[str] = [k for k in ("refugee_status", "complementary_protection") if k in self.p.outcomes]
        if any(d.kind == "statelessness" and d.counts_in_overall for d in self.jur.definitions):
            kinds.append("statelessness")
        return kinds

    def referrals(self) -> list[ReferralResult]:
        """The referral flags raised (specific needs), in rule-file order; cited only when raised."""
        out = []

        def in_order() -> list[Any]:
            order = {fid: i for i, fid in enumerate(self.lib.base_flags())}
            return sorted(self.jur.flags, key=lambda f: order.get(f.id, len(order)))

        for f in static(self.jur, f"flags_in_order:{id(self.lib)}", in_order):
            nid = self.p.flags[f.id]
            if f.kind != "referral" or node_status(self.ev, nid) != "met":
                continue
            out.append(ReferralResult(
                id=f.id, title=f.title.get(self.lang), category=f.category,
                explanation=f.explanation.get(self.lang),
                reason=list({(r.kind, r.id): r for r in self._answers(self.because(nid))}.values()),
                referral=f.referral.get(self.lang) if f.referral else "",
                safeguards=[s.get(self.lang) for s in f.safeguards],
                citations=dedupe([self.cite(c) for c in f.cite]),
                note=f.note.get(self.lang) if f.note else None))
        return out

    def _answers(self, reasons: list[Reason]) -> list[Reason]:
        """A referral says which answers raised it: a criterion it shares with a pathway (a child alone,
        trafficking indicators) is shown by the answers that met it."""
        out: list[Reason] = []
        for r in reasons:
            if r.kind == "criterion" and r.id in self.p.criteria:
                out += self._answers(self.because(self.p.criteria[r.id]))
            else:
                out.append(r)
        return out
