"""The compiled form of one jurisdiction's law: a graph of all/any nodes over leaf tests on the
case fact, and the durable-rules ruleset that evaluates it (built by screening/engine/compiler.py, run by
screening/engine/evaluation.py, explained by screening/explain/explainer.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from screening.models.rules import Indication

MET, NOT_MET = "m", "x"


# durable-rules 2.0.28 never initialises a state's action context when it is created, and
# delete_state frees it: deleting a state in which no rule ever fired frees a garbage pointer and
# crashes the process (found by the property tests; see createStateNode in src/rules/state.c).
# This rule matches every case fact, so every state runs at least one action before it is deleted.
START_RULE = "start"


@dataclass(frozen=True)
class Leaf:
    """A test on the case fact. `fields` are the case fields it reads (absent = unknown)."""

    key: str
    facts: tuple[str, ...]  # catalogue facts it reads (for "missing")
    fields: tuple[str, ...]  # case-fact fields it reads
    true_expr: Any  # durable-rules expression that matches when the test holds
    false_expr: Any  # ... when it does not hold (never when a field is absent, except for a `known` test)
    true_ops: int
    false_ops: int
    fact: str | None
    op: str  # the test as the rule file words it (for explanations)
    operand: Any
    one_value: Any = None  # set when this leaf tests one value of an includes_any (see _Compiler.cond)


@dataclass(frozen=True)
class Child:
    kind: str  # "node" or "leaf"
    ref: str  # node id or leaf key
    positive: bool = True


@dataclass
class Node:
    id: str
    op: str  # "all" or "any"
    children: list[Child]
    # ("criterion", id) ("definition", id) ("flag", id) ("outcome", kind) ("overall",) ("barred",) ("aux",)
    # ("inner", id): a criterion's or definition's own test, under the wrappers below
    label: tuple | None = None
    # "indication": raised only on indication (children: the test, then the raised leaf);
    # "never": a cap (one child) that never concludes `never`
    wrap: str | None = None
    never: str | None = None  # "m" or "x": the status this node is never given


@dataclass
class Derived:
    """A case field computed before evaluation (time elapsed between two dates)."""

    name: str
    start: str
    end: str  # a date fact or "as_of"
    unit: str


@dataclass
class Program:
    country: str
    nodes: dict[str, Node]
    leaves: dict[str, Leaf]
    derived: list[Derived]
    criteria: dict[str, str]  # criterion id -> node id
    definitions: dict[str, str]  # definition id -> node id
    exclusions: dict[str, str]
    flags: dict[str, str]
    overall: str
    ruleset: dict[str, Any]
    outcomes: dict[str, str] = field(default_factory=dict)  # refugee_status / complementary_protection / ...
    barred: str | None = None  # "some exclusion or cessation ground applies"
    raised: dict[str, tuple[str, ...]] = field(default_factory=dict)  # raised-field -> the facts that raise it
    assumes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # raised-field -> facts silence rests on
    indicated: dict[str, Indication] = field(default_factory=dict)  # criterion -> its indication (compiled ones)
    buckets: int = 0  # always-true fields b__0.. the case fact carries (see MIN_BUCKETS)
    rule_index: dict[str, tuple[str, str, int | None]] = field(default_factory=dict)  # rule -> (node, status, child)
    parents: set[str] = field(default_factory=set)  # nodes some rule reads (only these are asserted)
    groups: dict[str, int] = field(default_factory=dict)  # node id -> its group field "g" (see NODE_GROUPS)
    digest: str = ""
