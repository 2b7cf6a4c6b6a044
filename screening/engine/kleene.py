"""The built-in Kleene evaluator of a compiled Program: the same node graph durable-rules runs,
evaluated in plain Python with three values, for the Pythons durable-rules does not load on (3.13).

It is written apart from the durable-rules adapter and the rules it emits (ruleset.py): each leaf
is tested from what the rule file says (the fact, the comparison, the value), not from the
durable-rules expression compiled for it, so the two evaluators check each other (the long test
in tests/test_evaluators.py compares them on 100,000 generated cases). evaluators.py chooses
durable-rules wherever it loads; this one is never chosen for speed.

What it records is what the durable-rules rules would conclude (see ruleset.py's docstring): an
all-node is met by all its children (reason: None, "all"), not met by each child not met (one
reason per such child); an any-node the dual; a capped node (`never`) never concludes its status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from screening.engine.evaluation import Evaluation
from screening.engine.program import MET, NOT_MET, Leaf, Program

NAME = "kleene"

_COMPARE = {
    "at_least": lambda v, n: v >= n, "on_or_after": lambda v, n: v >= n,
    "at_most": lambda v, n: v <= n, "more_than": lambda v, n: v > n,
    "less_than": lambda v, n: v < n, "before": lambda v, n: v < n,
}


def _like(value: Any, operand: Any) -> Any:
    """A date operand as the case field holds dates (case_fields: ordinal days); others as they are."""
    if isinstance(value, int) and not isinstance(value, bool):
        if isinstance(operand, dt.date):
            return operand.toordinal()
        if isinstance(operand, str):
            try:
                return dt.date.fromisoformat(operand).toordinal()
            except ValueError:
                return operand
    return operand


def leaf_value(leaf: Leaf, fields: dict[str, Any]) -> bool | None:
    """The test of one leaf on the case fields: None when a field it reads is absent (not known)."""
    if any(f not in fields for f in leaf.fields):
        return None
    if leaf.op == "raised":  # a clause examined only on indication: is it raised?
        return fields[leaf.fields[0]] == 1
    if leaf.op == "known":  # two-valued: whether the fact has an answer at all, never unknown
        return (leaf.fact in fields) == bool(leaf.operand)
    if leaf.fact is None:  # time elapsed between two dates, derived into its own field
        unit = leaf.operand["unit"]
        op = leaf.op.removeprefix(f"elapsed_{unit}_")
        return _COMPARE[op](fields[leaf.fields[0]], leaf.operand["value"])
    value, op, operand = fields[leaf.fact], leaf.op, leaf.operand
    if leaf.one_value is not None:  # one value of an includes_any, its own leaf
        op, operand = "includes", leaf.one_value
    if op == "is":
        return value == _like(value, operand)
    if op == "in":
        return any(value == _like(value, x) for x in operand)
    if op == "includes":
        return operand in value
    if op == "includes_any":
        return any(x in value for x in operand)
    return _COMPARE[op](value, _like(value, operand))


class Kleene:
    """A compiled Program evaluated in plain Python; holds nothing between cases."""

    name = NAME

    def __init__(self, program: Program):
        self.program = program
        # children to parents order, once: each node is evaluated after everything it reads; each
        # child as (is a node, its id or leaf key, whether it is negated)
        self._plan = [(nid, *_sides(program.nodes[nid].op), program.nodes[nid].never,
                       [(c.kind == "node", c.ref, not c.positive) for c in program.nodes[nid].children])
                      for nid in _topological(program)]

    def evaluate(self, fields: dict[str, Any]) -> Evaluation:
        leaves = self.program.leaves
        status: dict[str, str] = {}
        reasons: dict[str, list[int | None]] = {}
        firings = 0
        tested: dict[str, str | None] = {}  # leaf key -> its status on this case
        flip = {MET: NOT_MET, NOT_MET: MET, None: None}
        for nid, every, one, never, children in self._plan:
            kids: list[str | None] = []
            for is_node, ref, negated in children:
                if is_node:
                    s = status.get(ref)
                elif ref in tested:
                    s = tested[ref]
                else:
                    v = leaf_value(leaves[ref], fields)
                    s = tested[ref] = None if v is None else MET if v else NOT_MET
                kids.append(flip[s] if negated else s)
            decided, deciding = decide(every, one, never, kids)
            if decided is not None:
                status[nid], reasons[nid] = decided, deciding
                firings += 1 if deciding == [None] else len(deciding)
        return Evaluation(status, reasons, fields, firings, NAME)

    def close(self) -> None:
        """Nothing to free: the program is ordinary Python data."""

    def __enter__(self) -> Kleene:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def decide(every: str, one: str, never: str | None, kids: list[str | None]) -> tuple[str | None, list[int | None]]:
    """One node's status from its children's (already negated where the child is): `every` when all
    children share it, else `one` when some child has it (those children are the reasons), unless
    the node never concludes that status (`never`). (None, []) while it stays undetermined."""
    if never != every and all(s == every for s in kids):
        return every, [None]
    deciding: list[int | None] = [i for i, s in enumerate(kids) if s == one]
    if deciding and never != one:
        return one, deciding
    return None, []


def sides(op: str) -> tuple[str, str]:
    """The status every child must share to decide an `op` node, and the status one child decides."""
    return (MET, NOT_MET) if op == "all" else (NOT_MET, MET)


_sides = sides


def _topological(program: Program) -> list[str]:
    return children_first(program, program.nodes)


def children_first(program: Program, roots: Iterable[str], within: set[str] | None = None) -> list[str]:
    """The nodes under `roots` (only those `within`, when given), each after its children."""
    order: list[str] = []
    done: set[str] = set()
    for root in roots:
        stack: list[tuple[str, bool]] = [(root, False)]
        while stack:  # depth-first without recursion: a long chain of criteria is not a deep stack
            nid, expanded = stack.pop()
            if nid in done:
                continue
            if expanded:
                done.add(nid)
                order.append(nid)
                continue
            stack.append((nid, True))
            stack.extend((c.ref, False) for c in program.nodes[nid].children
                         if c.kind == "node" and c.ref not in done and (within is None or c.ref in within))
    return order
