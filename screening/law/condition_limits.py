"""Limits on what rule files may ask of the code that walks them: how deeply all/any/not nest in one
condition, and how long a chain of criteria citing criteria may be. Checked on the parsed file,
iteratively, before validation, the checks, the compiler or the explainer recurse into it
(limits.py bounds the parsing itself)."""

from __future__ import annotations

from typing import Any

from screening.base.limits import Refused
from screening.law.conditions import children, criteria_referenced

# all/any/not nested in one `when:` (the shipped rules nest 3): deeper is beyond review, and the
# checks, compiler and explainer walk conditions.
MAX_CONDITION_DEPTH = 16


def check_conditions(raw: Any) -> None:
    """Refuse a `when:` whose all/any/not nest deeper than MAX_CONDITION_DEPTH, with its line.
    Iterative, on the parsed file: validation, checks and compiler all recurse into conditions."""
    todo: list[Any] = [raw]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "when":
                    _condition_depth(value, _key_line(node, key))
                else:
                    todo.append(value)
        elif isinstance(node, list):
            todo.extend(node)


def _condition_depth(cond: Any, line: int | None) -> None:
    todo: list[tuple[Any, int, int | None]] = [(cond, 1, line)]
    while todo:
        node, depth, at = todo.pop()
        if not isinstance(node, dict):
            continue
        here = _line(node, at)
        if depth > MAX_CONDITION_DEPTH:
            raise Refused("condition_too_deep", here, limit=MAX_CONDITION_DEPTH)
        for key in ("all", "any"):
            if isinstance(node.get(key), list):
                todo.extend((c, depth + 1, here) for c in node[key])
        if "not" in node:
            todo.append((node["not"], depth + 1, here))


def _line(node: Any, default: int | None) -> int | None:
    lc = getattr(node, "lc", None)
    return lc.line + 1 if lc is not None and lc.line is not None else default


def _key_line(node: Any, key: Any) -> int | None:
    try:
        return node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return _line(node, None)


# --- criteria referring to criteria: cycles, and how deep a chain of references goes -------------

# Conditions nested through criterion references, counted as the compiler and explainer recurse
# into them (a few frames a level). The shipped rules reach 6.
MAX_REFERENCE_DEPTH = 100


def criteria_graph(criteria: dict[str, Any]) -> tuple[list[list[str]], dict[str, int]]:
    """The cycles among criteria (each the path that closes it, as `a -> b -> a`) and each
    criterion's depth: its own condition's nesting plus the deepest criterion it refers to.
    Iterative, so a chain of thousands of references is measured, not a RecursionError."""

    graph = {cid: sorted(criteria_referenced(c.when) & set(criteria)) for cid, c in criteria.items()}
    own: dict[str, int] = {}
    for cid, c in criteria.items():
        deepest, todo = 0, [(c.when, 1)]
        while todo:
            cond, d = todo.pop()
            deepest = max(deepest, d)
            todo.extend((x, d + 1) for x in children(cond))
        own[cid] = deepest
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    depth: dict[str, int] = {}
    cycles: list[list[str]] = []
    reported: set[frozenset] = set()
    for root in graph:
        if root in state:
            continue
        path, nexts = [root], [iter(graph[root])]
        state[root] = 1
        while path:
            m = next(nexts[-1], None)
            if m is None:  # every reference of path[-1] is done (or closes a cycle, counted as 0)
                n = path.pop()
                nexts.pop()
                state[n] = 2
                depth[n] = own[n] + max((depth.get(k, 0) for k in graph[n]), default=0)
            elif state.get(m) == 1:
                cycle = path[path.index(m):] + [m]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    cycles.append(cycle)
            elif m not in state:
                state[m] = 1
                path.append(m)
                nexts.append(iter(graph[m]))
    return cycles, depth
