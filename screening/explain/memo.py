"""Explanations reused across cases: a definition's explanation (its criteria, because, missing, sources)
is a function of what it reads of one evaluation, so a registry of thousands of rows builds each one
once per *signature* of what it reads, and every other case with the same signature shares the result.

What a definition's explanation reads (explain.Explainer.definition and what it calls): the status and
the deciding children of every node under its node and its elements' nodes; the answers of the facts
its tests read (named in a `because`); which fields of the engine's fact are absent, and whether a
follow-up question may be asked yet (its `missing`); the language. The signature is exactly those
values, so a hit is the same output, byte for byte (tests/test_explain_memo.py compares a corpus both
ways). The sources below high confidence a result notes for the report's list are replayed in the
order they were noted, so that list is the same too.

The shapes (which nodes, leaves and facts a definition reads) depend on the compiled law alone and
are built once per program. Results are never modified once built (explain.py's rule), so they are
shared. A compiled law keeps at most `LIMIT` results (about 17 KB each), a definition at most half of them:
memory stays flat over any registry (bench/batch_memory.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

LIMIT = 1536  # results kept per compiled law; past it, the fullest definition drops its older half
_ON = [True]  # tests/test_explain_memo.py turns it off to compare


@contextmanager
def disabled() -> Iterator[None]:
    """Explain without the memo (every result built from the evaluation), e.g. to compare both ways."""
    _ON[0] = False
    try:
        yield
    finally:
        _ON[0] = True


def enabled() -> bool:
    return _ON[0]


@dataclass
class Shape:
    """What of one evaluation a definition's explanation reads (static for a compiled law)."""

    nodes: tuple[str, ...]
    facts: tuple[str, ...]
    fields: tuple[str, ...]
    followups: tuple[Any, ...]  # (fact id, its asked_if) for facts asked only after some answer


@dataclass
class Entry:
    result: Any  # the DefinitionResult
    noted: tuple[tuple[str, Any], ...]  # the low-confidence sources it noted, in order (with their keys)


class _Absent:
    def __repr__(self) -> str:
        return "<absent>"  # no answer's repr: an answer is a bool, number, text, date or list of texts


_ABSENT = _Absent()


def shape(lib: Any, program: Any, node: str, roots: Callable[[], list[str]]) -> Shape:
    """What the result of `node` reads: the nodes reachable from `roots()`, the facts and fields of their
    tests, and their follow-ups; built once per compiled program."""
    shapes = program.__dict__.setdefault("_explain_shapes", {})
    hit = shapes.get(node)
    if hit is not None:
        return hit
    nodes: dict[str, None] = {}
    facts: dict[str, None] = {}
    fields: dict[str, None] = {}
    todo = list(reversed(roots()))
    while todo:
        n = todo.pop()
        if n in nodes:
            continue
        nodes[n] = None
        for c in program.nodes[n].children:
            if c.kind == "node":
                todo.append(c.ref)
                continue
            leaf = program.leaves[c.ref]
            for f in ((leaf.fact,) if leaf.fact else ()) + tuple(leaf.facts):
                facts[f] = None
            for f in leaf.fields:
                fields[f] = None
    follow = tuple((f, lib.facts[f].asked_if) for f in facts
                   if f in lib.facts and lib.facts[f].asked_if is not None and not lib.facts[f].opening)
    hit = shapes[node] = Shape(tuple(nodes), tuple(facts), tuple(fields), follow)
    return hit


def signature(s: Shape, ev: Any, known: dict[str, Any]) -> str:
    """What the explanation reads, as one string: `repr` tells 1, 1.0 and True apart (they are equal keys,
    but are written differently), and is quicker than a tuple of tuples."""
    get = known.get
    return repr((list(map(ev.status.get, s.nodes)), list(map(ev.reasons.get, s.nodes)),
                 [get(f, _ABSENT) for f in s.facts], [f in ev.fields for f in s.fields],
                 [cond.holds(known) for _, cond in s.followups]))


def table(program: Any, key: tuple) -> dict[str, Entry]:
    """The entries of one definition in one language, kept with the compiled program."""
    return program.__dict__.setdefault("_explain_memo", {}).setdefault(key, {})


def keep(program: Any, entries: dict[str, Entry], sig: str, entry: Entry) -> None:
    tables = program.__dict__["_explain_memo"]
    full = entries if len(entries) >= LIMIT // 2 else (
        max(tables.values(), key=len) if sum(map(len, tables.values())) >= LIMIT else None)
    if full is not None:
        for k in list(full)[: len(full) // 2 + 1]:  # the older half (dicts keep insertion order)
            del full[k]
    entries[sig] = entry


def shared(ex: Any, node: str, roots: Callable[[], list[str]], build: Callable[[], Any]) -> Any:
    """`build()` for the explainer `ex`, or the result built for an earlier case that read the same of its
    evaluation (`roots()`: the nodes whose subgraphs the result reads)."""
    if not enabled():
        return build()
    s = shape(ex.lib, ex.p, node, roots)
    try:
        sig = signature(s, ex.ev, ex.case.known)
    except Exception:  # noqa: BLE001 - an answer without a repr (none is expected): built for this case alone
        return build()
    entries = table(ex.p, (node, ex.lang))
    hit = entries.get(sig)
    if hit is not None:
        ex.reuse(node, hit.result, hit.noted)
        return hit.result
    outer, ex.noted = ex.noted, []  # what it notes while it is built, to note again when it is shared
    try:
        result = build()
    finally:
        noted, ex.noted = ex.noted, outer
        if outer is not None:
            outer += noted
    first: dict[str, Any] = {}  # a source noted again is noted in vain: its first notice is all that counts
    for key, out in noted:
        first.setdefault(key, out)
    keep(ex.p, entries, sig, Entry(result, tuple(first.items())))
    return result


def catalogue_order(lib: Any) -> dict[str, int]:
    """Each fact's place in the catalogue: built once per catalogue (it was built for every list sorted)."""
    cat = lib.catalogue
    return static(cat, "order", lambda: {f.id: i for i, f in enumerate(cat.facts)})


_STATIC: dict[tuple[int, str], tuple[Any, Any]] = {}


def static(owner: Any, name: str, build: Callable[[], Any]) -> Any:
    """What depends on `owner` alone (a jurisdiction, a catalogue), built once: `name` says which part.
    Kept with a reference to its owner, so an id reused after the owner is gone cannot match."""
    key = (id(owner), name)
    hit = _STATIC.get(key)
    if hit is None or hit[0] is not owner:
        hit = _STATIC[key] = (owner, build())
    return hit[1]
