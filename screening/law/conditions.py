"""One walker over conditions. Whatever needs to look inside a condition (the checks, the compiler's
helpers, the explainer, the interview) asks it here instead of writing its own recursion."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from screening.models.rules import All, Any_, CriterionRef, ElapsedTest, FactTest, Not, ParamRef


def children(cond: Any) -> list[Any]:
    if isinstance(cond, All):
        return list(cond.all)
    if isinstance(cond, Any_):
        return list(cond.any)
    if isinstance(cond, Not):
        return [cond.not_]
    return []


def walk(cond: Any) -> Iterator[Any]:
    """Every condition inside `cond`, itself first (iteratively: a deep file cannot exhaust the stack)."""
    stack = [cond]
    while stack:
        c = stack.pop()
        yield c
        stack.extend(reversed(children(c)))


def facts_used(cond: Any) -> set[str]:
    """The catalogue facts a condition reads (criterion references are not followed)."""
    out: set[str] = set()
    for c in walk(cond):
        if isinstance(c, FactTest):
            out.add(c.fact)
        elif isinstance(c, ElapsedTest):
            out |= {c.elapsed.from_, c.elapsed.to} - {"as_of"}
    return out


def criteria_referenced(cond: Any) -> set[str]:
    return {c.criterion for c in walk(cond) if isinstance(c, CriterionRef)}


def facts_read(cid: str, criteria: Mapping[str, Any]) -> set[str]:
    """The facts a criterion reads, following its references to other criteria."""
    out: set[str] = set()
    seen: set[str] = set()
    todo = [cid]
    while todo:
        x = todo.pop()
        if x in seen or x not in criteria:
            continue
        seen.add(x)
        out |= facts_used(criteria[x].when)
        todo.extend(criteria_referenced(criteria[x].when))
    return out


def params_used(cond: Any) -> list[str]:
    """Parameters a condition reads, in order of appearance."""
    out: list[str] = []
    for c in walk(cond):
        if isinstance(c, (FactTest, ElapsedTest)):
            for v in (c.operand, getattr(getattr(c, "elapsed", None), "unit", None)):
                if isinstance(v, ParamRef):
                    out.append(v.param)
    return list(dict.fromkeys(out))
