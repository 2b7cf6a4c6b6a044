"""Compile a country's resolved definitions into one durable-rules ruleset.

Three-valued (Kleene) logic on a forward-chaining engine: an unknown fact is simply absent from
the case fact. Every condition becomes a graph of nodes (all/any) whose children are other nodes
or leaf tests on case fields; negation is pushed down to the leaves (De Morgan), so each node
needs only two kinds of rule:

* all-node: *met* when every child is met (one join rule), *not met* when one child is not met
  (one rule per child);
* any-node: the dual.

A node that is neither met nor not met is undetermined. Each firing asserts a small node fact
that parent rules consume, and the rule's name says which children decided it, which is the
explanation ("because"). durable-rules limits are respected by splitting large nodes (see
MAX_OPS and MAX_JOIN; measured on durable-rules 2.0.28). ruleset.py writes the graph as rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from screening.base.errors import InputError
from screening.engine.program import MET, NOT_MET, START_RULE, Child, Derived, Leaf, Node, Program  # noqa: F401 - re-exported
from screening.engine.ruleset import MAX_JOIN, MAX_OPS, CompileError, bucket, count_ops, emit, number_exprs
from screening.law.conditions import facts_read
from screening.law.jurisdiction import Jurisdiction, Param
from screening.law.library import Library
from screening.models.catalogue import Fact
from screening.models.rules import All, Any_, CriterionRef, ElapsedTest, FactTest, Indication, Not, ParamRef


def _date_num(v: Any) -> int:
    d = v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))
    return d.toordinal()


class _Compiler:
    def __init__(self, lib: Library, jur: Jurisdiction):
        self.lib = lib
        self.jur = jur
        self.facts: dict[str, Fact] = lib.facts
        self.nodes: dict[str, Node] = {}
        self.leaves: dict[str, Leaf] = {}
        self.derived: dict[str, Derived] = {}
        self.criterion_nodes: dict[str, str] = {}
        self.raised: dict[str, tuple[str, ...]] = {}
        self.assumes: dict[str, tuple[str, ...]] = {}
        # criteria raised only on indication: their own declaration, or their set's (exclusion, cessation)
        self.indicated: dict[str, Indication] = {}
        for d in jur.definitions + jur.exclusions:
            if d.indication is not None:
                for e in d.elements:
                    self.indicated.setdefault(e, d.indication)
        for cid, crit in jur.criteria.items():
            if crit.raised_on_indication is not None:
                self.indicated[cid] = crit.raised_on_indication
        self._building: set[str] = set()
        self._next_id = 0  # never reuse an id: absorbed nodes are deleted, so len(nodes) would collide

    # -- node helpers ----------------------------------------------------------------------
    def new_node(self, op: str, children: list[Child], label: tuple | None = None) -> str:
        nid = f"n{self._next_id}"
        self._next_id += 1
        # a join cannot bind two conditions to the same fact: drop duplicate children
        uniq: list[Child] = []
        for c in children:
            if c not in uniq:
                uniq.append(c)
        self.nodes[nid] = Node(nid, op, uniq, label)
        return nid

    def param(self, v: Any) -> Any:
        if isinstance(v, ParamRef):
            p: Param | None = self.jur.params.get(v.param)
            if p is None:
                raise CompileError(f"parameter '{v.param}' has no value in {self.jur.code}")
            return p.value
        return v

    def indication(self, cid: str, inner: str, ind: Indication) -> str:
        """Raised only on indication: while none of the facts that raise it has an answer ("don't know"
        and "prefer not to say" are none), the clause counts as `if_silent`.

        if_silent not_met: all(test, raised)   - applies only when raised and met
        if_silent met:     any(test, not raised) - stands unless raised and not met
        A clause nobody raised cannot be decided by its test (it reads only facts nobody gave), so
        the two branches never disagree."""

        facts = tuple(sorted(ind.raised_by or (facts_read(cid, self.jur.criteria) - set(ind.not_raised_by))))
        name = f"r__{cid}"
        self.raised[name] = facts
        if ind.assumes:
            self.assumes[name] = tuple(ind.assumes)
        key = f"{name}|raised"
        self.leaves[key] = Leaf(key, facts, (name,), {name: 1}, {name: 0}, 0, 0, None, "raised", None)
        if ind.if_silent == "not_met":
            nid = self.new_node("all", [Child("node", inner), Child("leaf", key)])
        else:
            nid = self.new_node("any", [Child("node", inner), Child("leaf", key, positive=False)])
        self.nodes[nid].wrap = "indication"
        self.nodes[nid].label = ("inner", cid)
        return nid

    def cap(self, inner: str, never: str) -> str:
        """A node that takes its child's status except `never`, which it leaves undetermined."""
        nid = self.new_node("all", [Child("node", inner)])
        node = self.nodes[nid]
        node.wrap, node.never, node.label = "never", (MET if never == "met" else NOT_MET), ("aux",)
        return nid

    # -- conditions ------------------------------------------------------------------------
    def criterion(self, cid: str) -> str:
        if cid in self.criterion_nodes:
            return self.criterion_nodes[cid]
        if cid in self._building:
            raise CompileError(f"criteria refer to each other in a cycle through '{cid}'")
        self._building.add(cid)
        crit = self.jur.criteria[cid]
        child = self.cond(crit.when, True)
        ind = self.indicated.get(cid)
        label = ("inner", cid) if (ind or crit.never) else ("criterion", cid)
        if child.kind == "node" and child.positive and self.nodes[child.ref].label is None:
            nid = child.ref
            self.nodes[nid].label = label
        else:
            nid = self.new_node("all", [child], label)
        if ind is not None:
            nid = self.indication(cid, nid, ind)
        if crit.never:
            nid = self.cap(nid, crit.never)
        self.nodes[nid].label = ("criterion", cid)
        self.criterion_nodes[cid] = nid
        self._building.discard(cid)
        return nid

    def cond(self, c: Any, positive: bool) -> Child:
        if isinstance(c, Not):
            return self.cond(c.not_, not positive)
        if isinstance(c, CriterionRef):
            return Child("node", self.criterion(c.criterion), positive)
        if isinstance(c, FactTest) and c.op == "includes_any" and len(self.param(c.operand)) > 1:
            # One leaf per value under an any-node, never one leaf with an $or of $iany: durable-rules
            # explores every matching alternative of an $or again (its join node is pushed once per
            # match), which overflows its 64-entry alpha stack (error 303) on cases with long lists;
            # and an $or inside $iany/$iall is refused at random (error 102). Each per-value leaf
            # explains itself as the original test, so the reasons read as one.
            kids = [Child("leaf", self.leaf(c, value=x).key, positive) for x in self.param(c.operand)]
            return Child("node", self.new_node("any" if positive else "all", kids))
        if isinstance(c, (FactTest, ElapsedTest)):
            leaf = self.leaf(c)
            return Child("leaf", leaf.key, positive)
        if isinstance(c, (All, Any_)):
            items = c.all if isinstance(c, All) else c.any
            op = "all" if isinstance(c, All) else "any"
            if not positive:  # De Morgan
                op = "any" if op == "all" else "all"
            kids = [self.cond(x, positive) for x in items]
            if len(kids) == 1:
                return kids[0]
            # flatten anonymous children of the same operator
            flat: list[Child] = []
            for k in kids:
                n = self.nodes.get(k.ref) if k.kind == "node" else None
                if n is not None and k.positive and n.label is None and n.op == op:
                    flat.extend(n.children)
                    del self.nodes[k.ref]  # anonymous nodes are referenced once: absorb it
                else:
                    flat.append(k)
            return Child("node", self.new_node(op, flat))
        raise CompileError(f"unexpected condition {c!r}")

    # -- leaves ----------------------------------------------------------------------------
    def leaf(self, c: FactTest | ElapsedTest, value: Any = None) -> Leaf:
        """The leaf of a fact test; `value`: one value of an includes_any (see cond)."""
        if isinstance(c, ElapsedTest):
            unit = self.param(c.elapsed.unit)
            name = "d__" + hashlib.sha1(f"{c.elapsed.from_}|{c.elapsed.to}|{unit}".encode()).hexdigest()[:10]
            self.derived[name] = Derived(name, c.elapsed.from_, c.elapsed.to, unit)
            n = self.param(c.operand)
            t, f = number_exprs(name, c.op, n)
            facts = tuple(x for x in (c.elapsed.from_, c.elapsed.to) if x != "as_of")
            key = f"{name}|{c.op}|{n}"
            leaf = Leaf(key, facts, (name,), t, f, count_ops(t), count_ops(f), None, f"elapsed_{unit}_{c.op}",
                        {"from": c.elapsed.from_, "to": c.elapsed.to, "unit": unit, "value": n})
            self.leaves.setdefault(key, leaf)
            return self.leaves[key]
        fact = self.facts[c.fact]
        op = c.op
        v = self.param(c.operand)
        fid = c.fact
        shown_op, shown = op, v  # what the explanation says was tested
        if value is not None:
            op, v = "includes", value
        if fact.type == "date" and op != "known":
            v = _date_num(v)
        if op == "known":  # two-valued: an absent field is the answer "not known", never undetermined
            t, f = {"$ex": {fid: 1}}, {"$nex": {fid: 1}}
            if not v:
                t, f = f, t
        elif op == "is":
            t = {fid: v}
            f = {"$and": [{"$ex": {fid: 1}}, {"$neq": {fid: v}}]}
        elif op == "in":
            vals = list(v)
            t = {"$or": [{fid: x} for x in vals]} if len(vals) > 1 else {fid: vals[0]}
            f = {"$and": [{"$ex": {fid: 1}}] + [{"$neq": {fid: x}} for x in vals]}
        elif op in ("includes", "includes_any"):
            x = v if op == "includes" else list(v)[0]  # includes_any of several values: see cond
            # never a logical operator inside $iany/$iall (durable-rules error 102, see cond)
            t = {"$iany": {fid: {"$i": x}}}
            # `$iall` never matches an empty list, so "none of these" is read from the count field;
            # the two alternatives exclude each other, so durable-rules explores only one
            f = {"$or": [{f"{fid}__n": 0}, {"$iall": {fid: {"$neq": {"$i": x}}}}]}
        elif op in ("at_least", "at_most", "more_than", "less_than", "before", "on_or_after"):
            t, f = number_exprs(fid, op, v)
        else:  # pragma: no cover - the checker rejects it first
            raise CompileError(f"unknown comparison {op}")
        fields: tuple[str, ...] = (fid, f"{fid}__n") if fact.type == "set" else (fid,)
        if op == "known":  # decided whether or not the fact is answered: never a missing answer
            fields = ()
        key = json.dumps([fid, op, v], sort_keys=True, default=str)
        if value is not None:
            key = json.dumps([fid, shown_op, shown, value], sort_keys=True, default=str)
        leaf = Leaf(key, (fid,), fields, t, f, count_ops(t), count_ops(f), fid, shown_op, self.param(c.operand),
                    value)
        self.leaves.setdefault(key, leaf)
        return self.leaves[key]

    # -- splitting large nodes -------------------------------------------------------------
    def split(self) -> None:
        """Keep every rule inside durable-rules' limits by moving children into auxiliary nodes."""
        changed = True
        while changed:
            changed = False
            for node in list(self.nodes.values()):
                leaves = [c for c in node.children if c.kind == "leaf"]
                nodes = [c for c in node.children if c.kind == "node"]
                ops = sum(self._ops(c, True) for c in leaves) + sum(self._ops(c, False) for c in leaves)
                if len(nodes) > MAX_JOIN:
                    half = nodes[len(nodes) // 2:]
                    aux = self.new_node(node.op, half, ("aux",))
                    node.children = [c for c in node.children if c not in half] + [Child("node", aux)]
                    changed = True
                elif len(leaves) > 1 and ops > MAX_OPS:
                    half = leaves[len(leaves) // 2:]
                    aux = self.new_node(node.op, half, ("aux",))
                    node.children = [c for c in node.children if c not in half] + [Child("node", aux)]
                    changed = True

    def _ops(self, c: Child, met_side: bool) -> int:
        leaf = self.leaves[c.ref]
        return leaf.true_ops if (c.positive == met_side) else leaf.false_ops

def compile_jurisdiction(lib: Library, jur: Jurisdiction) -> Program:
    c = _Compiler(lib, jur)
    def block(d, op: str) -> str:
        kids = [Child("node", c.criterion(e)) for e in d.elements]
        nid = c.new_node(op, kids, ("definition", d.id))
        if d.never:  # e.g. a clause whose text is unconfirmed: never concluded met
            c.nodes[nid].label = ("inner", d.id)
            nid = c.cap(nid, d.never)
            c.nodes[nid].label = ("definition", d.id)
        return nid

    definitions = {d.id: block(d, "all") for d in jur.definitions}
    exclusions = {d.id: block(d, "any") for d in jur.exclusions}
    kind = {d.id: d.kind for d in jur.definitions}
    flags = {}
    for f in jur.flags:
        child = c.cond(f.when, True)
        flags[f.id] = c.new_node("all", [child], ("flag", f.id))
    # One outcome per kind of protection, reported apart:
    # refugee status: a refugee definition is met and no exclusion or cessation ground applies;
    # protection from return (complementary): a complementary form is met, which exclusion never bars
    #   (e.g. CAT Art. 3);
    # statelessness: a separate determination.
    # The overall result is the best protection the person may have: refugee status or protection from return.
    outcomes: dict[str, str] = {}
    barred = None
    refugee = [Child("node", n) for i, n in definitions.items() if kind[i] == "inclusion"]
    if refugee:
        kids = [Child("node", c.new_node("any", refugee, ("aux",)))]
        if exclusions:
            barred = c.new_node("any", [Child("node", n) for n in exclusions.values()], ("barred",))
            kids.append(Child("node", barred, positive=False))
        outcomes["refugee_status"] = c.new_node("all", kids, ("outcome", "refugee_status"))
    # humanitarian pathways: national statuses beside international protection, never in the overall result.
    for k, name in (("complementary", "complementary_protection"), ("statelessness", "statelessness"),
                    ("humanitarian", "humanitarian_pathway")):
        members = [Child("node", n) for i, n in definitions.items() if kind[i] == k]
        if members:
            outcomes[name] = c.new_node("any", members, ("outcome", name))
    routes = [Child("node", outcomes[k]) for k in ("refugee_status", "complementary_protection") if k in outcomes]
    # 1954 status is international protection where the State is party and determines it (the country says so)
    protecting = [Child("node", n) for i, n in definitions.items()
                  if kind[i] == "statelessness" and next(d for d in jur.definitions if d.id == i).counts_in_overall]
    if protecting:
        routes.append(Child("node", c.new_node("any", protecting, ("aux",))))
    if not routes:

        raise InputError(f"{jur.code} has no refugee or complementary definition in force on {jur.as_of}; "
                         "the rule files do not cover that date (see `screening countries`)", jur.source.path)
    overall = c.new_node("any", routes, ("overall",))
    c.split()
    ruleset, index, read, groups = emit(c.nodes, c.leaves)
    buckets = bucket(ruleset)
    digest = hashlib.sha256(json.dumps(ruleset, sort_keys=True).encode()).hexdigest()[:12]
    return Program(
        country=jur.code, nodes=c.nodes, leaves=c.leaves, derived=list(c.derived.values()),
        criteria=dict(c.criterion_nodes), definitions=definitions, exclusions=exclusions, flags=flags,
        overall=overall, ruleset=ruleset, rule_index=index, parents=read, digest=digest,
        outcomes=outcomes, barred=barred, raised=dict(c.raised), assumes=dict(c.assumes), buckets=buckets,
        groups=groups,
        indicated={k: v for k, v in c.indicated.items() if k in c.criterion_nodes},
    )
