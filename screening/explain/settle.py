"""What would settle each open result: the fewest open answers that decide it, each way.

For every result that needs more information (each kind of protection, and the overall one), the
questions still open under it (its `missing`) are answered counterfactually: one answer, then two,
then three, each combination re-evaluated over the compiled rules with the other open questions
still unanswered, until the smallest sets that make it "likely eligible" and those that make it
"not eligible" are found. Nothing here reads the law: only the compiled program and its leaves.

The answers tried are those the rules can tell apart: yes and no; for a question with choices, one
class of choices per way the rules read them (any ground of the Convention alike, or none of
these), each choice alone; for a number, each side of the thresholds the rules compare it with.
Dates are not tried: their answers run on a calendar, not on a few classes.

Bounded so an assessment stays well under 50 ms of CPU (bench/settle.py): one answer alone is always
tried, a larger size of set only while its evaluations fit MAX_EVALS, counted, never timed, so every
machine gives the same answer; `searched` says how many answers a set could hold.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from screening.engine.evaluation import Evaluation, case_fields
from screening.engine.kleene import children_first, decide, leaf_value, sides
from screening.engine.program import MET, NOT_MET, Program
from screening.explain.outcomes import KINDS
from screening.models.assessment import SettlingAnswer, WouldSettle
from screening.models.case import Case

if TYPE_CHECKING:
    import datetime as dt

    from screening.explain.explainer import Explainer
    from screening.law.library import Library
    from screening.models.assessment import WouldSettle

MAX_SIZE = 3  # answers in one set: beyond three, "what settles it" is no shortcut for an adviser
MAX_EVALS = 500  # counterfactual evaluations per assessment (about 0.05 ms each: bench/settle.py)
OVERALL = "overall"
_NUMBER_OPS = ("at_least", "at_most", "more_than", "less_than")


@dataclass(frozen=True)
class Open:
    """One open result: its node and the open questions under it, in catalogue order."""

    node: str
    facts: tuple[str, ...]


@dataclass
class Found:
    """The smallest sets found for one result. A set is a tuple of (fact, class of answers), each class
    a tuple of answers the rules read alike; `met` makes it likely eligible, `not_met` not eligible."""

    met: list[tuple[tuple[str, tuple[Any, ...]], ...]]
    not_met: list[tuple[tuple[str, tuple[Any, ...]], ...]]
    searched: int  # every set of up to this many answers was tried (every set at all once it is len(facts))


def answer_classes(lib: Library, program: Program, fid: str) -> list[tuple[Any, ...]]:
    """The answers to `fid` worth trying, grouped by how the program's leaves read them (each class
    in catalogue order; the first answer of a class stands for it)."""
    fact = lib.facts.get(fid)
    leaves = [leaf for leaf in program.leaves.values() if leaf.fact == fid]
    if fact is None or not leaves:
        return []
    values = answers_tried(fact, leaves)
    # the tests as the rule files word them: the compiler splits an includes_any into one leaf per value
    # under one node, which reads them together (race and religion are the same answer to "a ground")
    tests = list({repr((leaf.op, leaf.operand)): replace(leaf, one_value=None) for leaf in leaves}.values())
    classes: dict[tuple, list[Any]] = {}
    for v in values:
        fields = {fid: v, f"{fid}__n": len(v)} if isinstance(v, list) else {fid: v}
        classes.setdefault(tuple(leaf_value(test, fields) for test in tests), []).append(v)
    return [tuple(vs) for vs in classes.values()]


def answers_tried(fact, leaves) -> list[Any]:
    """Every answer to `fact` tried, before grouping (see the module's docstring)."""
    if fact.type == "boolean":
        return [True, False]
    tested: set[Any] = set()
    for leaf in leaves:
        if leaf.one_value is not None:
            tested.add(leaf.one_value)
        elif isinstance(leaf.operand, (list, tuple)):
            tested.update(leaf.operand)
        elif leaf.op not in ("known",) and isinstance(leaf.operand, (str, int, float)):
            tested.add(leaf.operand)
    if fact.type == "set":  # each choice the rules read, alone, and "none of these"
        return [[c] for c in fact.choice_ids() if c in tested] + [[]]
    if fact.type in ("choice", "country"):
        ids = fact.choice_ids() if fact.choices else sorted(str(x) for x in tested)
        other = next((c for c in ids if c not in tested), None)  # an answer no rule names
        return [c for c in ids if c in tested] + ([other] if other is not None else [])
    if fact.type == "number":
        edges = {t + d for leaf in leaves if leaf.op in _NUMBER_OPS and isinstance(leaf.operand, (int, float))
                 for t in (leaf.operand,) for d in (-1, 0, 1)}
        lo = fact.minimum if fact.minimum is not None else -math.inf
        hi = fact.maximum if fact.maximum is not None else math.inf
        edges = {e for e in edges if lo <= e <= hi} or {int(lo) if lo > -math.inf else 0}
        return sorted(int(e) if float(e).is_integer() else e for e in edges)
    return []  # dates: see the module's docstring


class Counterfactual:
    """The compiled program evaluated again with some open answers given: only the leaves that read an
    open question and the nodes above them are evaluated; every other node keeps the case's status.
    Its rule for a node is the built-in Kleene evaluator's (kleene.decide), which the long test in
    tests/test_evaluators.py holds equal to durable-rules."""

    def __init__(self, program: Program, case: Case, as_of: dt.date, base: Evaluation, facts: Iterable[str],
                 roots: Iterable[str] = ()):
        self.p, self.case, self.as_of, self.base = program, case, as_of, base.status
        open_ = set(facts)
        fields = open_ | {f"{f}__n" for f in open_} | {d.name for d in program.derived if {d.start, d.end} & open_}
        fields |= {n for n, fs in program.raised.items() if (set(fs) | set(program.assumes.get(n, ()))) & open_}
        # a `known` test reads no field (it is decided either way): it is found by its fact
        self.leaves = {k for k, leaf in program.leaves.items() if set(leaf.fields) & fields or leaf.fact in open_}
        self.plan = self._plan(set(roots))

    def _plan(self, roots: set[str]) -> list[tuple[str, str, str, str | None, list[tuple[bool, str, bool]]]]:
        above: dict[str, list[str]] = {}
        for nid, node in self.p.nodes.items():
            for c in node.children:
                above.setdefault(c.ref, []).append(nid)
        under: set[str] = set()  # the results' own nodes (all of them when none is named)
        todo = list(roots)
        while todo:
            n = todo.pop()
            if n not in under:
                under.add(n)
                todo += [c.ref for c in self.p.nodes[n].children if c.kind == "node"]
        dynamic: set[str] = set()
        todo = [n for leaf in self.leaves for n in above.get(leaf, ()) if not roots or n in under]
        while todo:
            n = todo.pop()
            if n not in dynamic:
                dynamic.add(n)
                todo += [m for m in above.get(n, ()) if not roots or m in under]
        order = children_first(self.p, sorted(dynamic), within=dynamic)
        return [(nid, *sides(self.p.nodes[nid].op), self.p.nodes[nid].never,
                 [(c.kind == "node", c.ref, not c.positive) for c in self.p.nodes[nid].children]) for nid in order]

    def status(self, answers: dict[str, Any]) -> dict[str, str]:
        """Every node's status ("m", "x"; absent: undetermined) with `answers` given."""
        # case_fields reads only `known`: no Case is validated for each of hundreds of trials
        known = SimpleNamespace(known={**self.case.known, **answers})
        fields = case_fields(self.p, cast(Case, known), self.as_of)
        tested: dict[str, str | None] = {}
        for key in self.leaves:
            v = leaf_value(self.p.leaves[key], fields)
            tested[key] = None if v is None else MET if v else NOT_MET
        status = dict(self.base)
        flip = {MET: NOT_MET, NOT_MET: MET, None: None}
        for nid, every, one, never, children in self.plan:
            kids = []
            for is_node, ref, negated in children:
                s = status.get(ref) if is_node else tested[ref] if ref in tested else self._leaf(ref, fields)
                kids.append(flip[s] if negated else s)
            decided = decide(every, one, never, kids)[0]
            if decided is None:
                status.pop(nid, None)
            else:
                status[nid] = decided
        return status

    def _leaf(self, key: str, fields: dict[str, Any]) -> str | None:
        v = leaf_value(self.p.leaves[key], fields)
        return None if v is None else MET if v else NOT_MET


def settle(lib: Library, program: Program, case: Case, as_of: dt.date, base: Evaluation,
           results: dict[str, Open], max_evals: int = MAX_EVALS) -> dict[str, Found]:
    """The smallest sets of open answers that decide each result in `results`, each way."""
    position = {f.id: i for i, f in enumerate(lib.catalogue.facts)}
    classes = {f: answer_classes(lib, program, f) for r in results.values() for f in r.facts}
    usable = {k: tuple(sorted((f for f in r.facts if classes[f]), key=lambda f: position.get(f, 10_000)))
              for k, r in results.items()}
    every = sorted({f for fs in usable.values() for f in fs}, key=lambda f: position.get(f, 10_000))
    out = {k: Found([], [], 0) for k in results}
    if not every:
        return out
    cf = Counterfactual(program, case, as_of, base, every, [r.node for r in results.values()])
    evals = 0
    for size in range(1, MAX_SIZE + 1):
        pending = [k for k in results if not (out[k].met and out[k].not_met) and len(usable[k]) >= size]
        subsets = [s for s in itertools.combinations(every, size)
                   if any(set(s) <= set(usable[k]) for k in pending)]
        cost = sum(math.prod(len(classes[f]) for f in s) for s in subsets)
        if not pending or (evals + cost > max_evals and size > 1):  # one answer alone is always tried
            break
        evals += cost
        hits: dict[str, dict[str, list]] = {k: {MET: [], NOT_MET: []} for k in pending}
        for s in subsets:
            readers = [k for k in pending if set(s) <= set(usable[k])]
            for pick in itertools.product(*(classes[f] for f in s)):
                status = cf.status({f: vs[0] for f, vs in zip(s, pick, strict=True)})
                for k in readers:
                    side = status.get(results[k].node)
                    if side is not None:
                        hits[k][side].append(tuple(zip(s, pick, strict=True)))
        for k in pending:
            found = out[k]
            found.met = found.met or hits[k][MET]
            found.not_met = found.not_met or hits[k][NOT_MET]
            found.searched = size
    return out


def ranking(found: dict[str, Found], facts: Iterable[str]) -> list[str]:
    """`facts` with the most decisive first: those in a set that settles the overall result before the
    others, then those in the smallest sets, then in the most of them; the rest keep their order."""
    overall: set[str] = set()
    smallest: dict[str, int] = {}
    count: dict[str, int] = {}
    for k, f in found.items():
        for s in [*f.met, *f.not_met]:
            for fid, _ in s:
                if k == OVERALL:
                    overall.add(fid)
                smallest[fid] = min(smallest.get(fid, MAX_SIZE + 1), len(s))
                count[fid] = count.get(fid, 0) + 1
    listed = list(facts)
    return sorted(listed, key=lambda f: (f not in overall, smallest.get(f, MAX_SIZE + 1), -count.get(f, 0),
                                         listed.index(f)))


def open_results(ex: Explainer) -> dict[str, Open]:
    """The results of one evaluation that need more information and that some open answer could
    settle: the overall result first, then each kind of protection screened (outcomes.KINDS)."""

    p, ev = ex.p, ex.ev
    nodes = {OVERALL: p.overall} | {k: n for k, n in p.outcomes.items()
                                    if any(d.kind in KINDS.get(k, ()) for d in ex.jur.definitions)}
    out = {}
    for k, node in nodes.items():
        facts = tuple(ex.lib_order(ex.missing(node))) if node not in ev.status else ()
        if facts:
            out[k] = Open(node, facts)
    return out


SHOWN = 5  # sets listed each way: the rest are counted


def would_settle(ex: Explainer, as_of: dt.date) -> list[WouldSettle]:
    """The assessment's `would_settle`: for each open result, its smallest deciding sets each way,
    the sets with the most decisive questions first."""

    results = open_results(ex)
    found = settle(ex.lib, ex.p, ex.case, as_of, ex.ev, results)
    out = []
    for k, r in results.items():
        f = found[k]
        decisive = ranking({k: f}, r.facts)

        def listed(sets, decisive=decisive):
            place = decisive.index
            sets = sorted(sets, key=lambda s: sorted(place(fid) for fid, _ in s))
            return [[SettlingAnswer(fact=fid, answers=list(vs)) for fid, vs in sorted(s, key=lambda a: place(a[0]))]
                    for s in sets[:SHOWN]]

        out.append(WouldSettle(result=k, eligible=listed(f.met), not_eligible=listed(f.not_met),
                               eligible_sets=len(f.met), not_eligible_sets=len(f.not_met), searched=f.searched,
                               decisive=decisive))
    return out
