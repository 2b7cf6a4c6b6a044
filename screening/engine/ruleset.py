"""A compiled node graph (compiler.py) written as a durable-rules ruleset, inside durable-rules' limits.

Each all-node is *met* by one join rule over its children and *not met* by one rule per child; an
any-node the dual. A rule's name says which node, which status and which child decided it: the
engine's record, and the explanation's "because".
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from screening.engine.program import MET, NOT_MET, START_RULE, Child, Leaf, Node


class CompileError(Exception):
    pass


# durable-rules 2.0.28 refuses a rule expression with about 15 or more $and/$or operators (error 113)
# and fails at assert time on joins of about 20 facts (error 304). Stay well below both.
MAX_OPS = 10
MAX_JOIN = 8

# durable-rules 2.0.28 walks the tests that match a fact depth-first with a stack of 64 entries
# (handleAlpha in events.c) and fails with error 303 when it overflows. Every test that opens a
# rule's condition on the case fact is a child of the same node, and $iany/$iall tests are never
# shared between rules, so a case that answers many questions overflowed it. Each case condition
# therefore opens with one of a few always-true tests (`b__<n>: 1`, shared by the rules of its
# bucket): the walk holds at most one entry per bucket at the top, plus the tests of one bucket.
# About sqrt(rules) buckets keeps both small (measured: no overflow on 20 jurisdictions, 20,000
# random complete cases each; without buckets, Mexico's rules overflowed within 10 cases).
MIN_BUCKETS = 4

# durable-rules 2.0.28 tests a fact against the children of an alpha node one by one (no hashing):
# a node fact `{"t": "n", "id": ...}` was compared with every node id some rule reads, so each of
# the ~70 node facts of a Mexican case cost about 10 µs. Node facts therefore carry a group field
# `g` (about sqrt(nodes read) groups) that every node condition tests before the id, so the walk
# is groups + ids of one group (measured on 300 rules: 26.7 µs per node fact down to 10 µs).
MIN_GROUPS = 4


def count_ops(expr: Any) -> int:
    if isinstance(expr, dict):
        return sum((1 if k in ("$and", "$or", "$iany", "$iall") else 0) + count_ops(v) for k, v in expr.items())
    if isinstance(expr, list):
        return sum(count_ops(x) for x in expr)
    return 0


def number_exprs(fid: str, op: str, v: Any) -> tuple[Any, Any]:
    if op in ("at_least", "on_or_after"):
        return {"$gte": {fid: v}}, {"$lt": {fid: v}}
    if op in ("at_most",):
        return {"$lte": {fid: v}}, {"$gt": {fid: v}}
    if op == "more_than":
        return {"$gt": {fid: v}}, {"$lte": {fid: v}}
    if op in ("less_than", "before"):
        return {"$lt": {fid: v}}, {"$gte": {fid: v}}
    raise CompileError(f"unknown comparison {op}")



def emit(nodes: dict[str, Node], leaves: dict[str, Leaf]
         ) -> tuple[dict[str, Any], dict[str, tuple[str, str, int | None]], set[str], dict[str, int]]:
    """The rules of a node graph, their index (rule -> node, status, deciding child), the nodes some rule
    reads, and each of those nodes' group (see MIN_GROUPS)."""
    ruleset: dict[str, Any] = {START_RULE: {"all": [{"m": {"t": "c"}}]}}
    index: dict[str, tuple[str, str, int | None]] = {}
    read: set[str] = set()
    parents = sorted({c.ref for n in nodes.values() for c in n.children if c.kind == "node"},
                     key=lambda nid: int(nid[1:]))
    n_groups = max(MIN_GROUPS, math.ceil(math.sqrt(len(parents))))
    groups = {nid: i % n_groups for i, nid in enumerate(parents)}

    def node_cond(c: Child, want: str) -> Any:
        status = want if c.positive else (NOT_MET if want == MET else MET)
        read.add(c.ref)
        return {"$and": [{"t": "n"}, {"g": groups[c.ref]}, {"id": c.ref}, {"s": status}]}

    def leaf_expr(c: Child, want: str) -> Any:
        leaf = leaves[c.ref]
        holds = (want == MET) == c.positive
        return leaf.true_expr if holds else leaf.false_expr

    def case_cond(exprs: list[Any]) -> Any:
        return {"$and": [{"t": "c"}] + exprs}

    for node in nodes.values():
        # the "every child" status and the "one child" status of this operator
        every, one = (MET, NOT_MET) if node.op == "all" else (NOT_MET, MET)
        conds = []
        leaf_exprs = []
        for i, c in enumerate(node.children):
            if c.kind == "node":
                conds.append({f"c{i}": node_cond(c, every)})
            else:
                leaf_exprs.append(leaf_expr(c, every))
        if leaf_exprs:
            conds.append({"cc": case_cond(leaf_exprs)})
        if len(conds) == 1:
            conds = [{"m": next(iter(conds[0].values()))}]
        name = f"{node.id}|{every}|*"
        if node.never != every:
            ruleset[name] = {"all": conds}
            index[name] = (node.id, every, None)
        if node.never == one:
            continue
        for i, c in enumerate(node.children):
            cond = node_cond(c, one) if c.kind == "node" else case_cond([leaf_expr(c, one)])
            name = f"{node.id}|{one}|{i}"
            ruleset[name] = {"all": [{"m": cond}]}
            index[name] = (node.id, one, i)
    return ruleset, index, read, groups

def bucket(ruleset: dict[str, Any]) -> int:
    """Open every condition on the case fact with its bucket's test (see MIN_BUCKETS)."""
    conds = [c for name, rule in ruleset.items() if name != START_RULE for part in rule["all"]
             for c in part.values() if c.get("$and", [None])[0] == {"t": "c"}]
    n = max(MIN_BUCKETS, math.ceil(math.sqrt(len(conds))))
    for c in conds:
        first = json.dumps(c["$and"][1], sort_keys=True)  # equal opening tests: same bucket, shared node
        c["$and"].insert(1, {f"b__{int(hashlib.sha1(first.encode()).hexdigest(), 16) % n}": 1})
    return n
