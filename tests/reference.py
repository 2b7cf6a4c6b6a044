"""A tiny reference evaluator of rule conditions, written independently of the compiler, used only
by the tests to check the durable-rules engine (Kleene logic: None is unknown)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.engine import elapsed
from screening.models.rules import All, Any_, CriterionRef, ElapsedTest, FactTest, Not, ParamRef


def k_and(vals):
    vals = list(vals)
    if any(v is False for v in vals):
        return False
    if all(v is True for v in vals):
        return True
    return None


def k_or(vals):
    vals = list(vals)
    if any(v is True for v in vals):
        return True
    if all(v is False for v in vals):
        return False
    return None


def k_not(v):
    return None if v is None else not v


class Reference:
    def __init__(self, jur, known: dict[str, Any], as_of: dt.date):
        self.jur, self.known, self.as_of = jur, known, as_of
        self.memo: dict[str, Any] = {}

    def param(self, v):
        return self.jur.params[v.param].value if isinstance(v, ParamRef) else v

    def criterion(self, cid: str):
        if cid not in self.memo:
            self.memo[cid] = self.cond(self.jur.criteria[cid].when)
        return self.memo[cid]

    def cond(self, c) -> bool | None:
        if isinstance(c, All):
            return k_and(self.cond(x) for x in c.all)
        if isinstance(c, Any_):
            return k_or(self.cond(x) for x in c.any)
        if isinstance(c, Not):
            return k_not(self.cond(c.not_))
        if isinstance(c, CriterionRef):
            return self.criterion(c.criterion)
        if isinstance(c, ElapsedTest):
            start = self.known.get(c.elapsed.from_)
            end = self.as_of if c.elapsed.to == "as_of" else self.known.get(c.elapsed.to)
            if start is None or end is None:
                return None
            n = elapsed(start, end, self.param(c.elapsed.unit))
            return _compare(n, c.op, self.param(c.operand))
        if isinstance(c, FactTest):
            if c.fact not in self.known:
                return None
            v = self.known[c.fact]
            operand = self.param(c.operand)
            op = c.op
            if op == "is":
                return v == operand
            if op == "in":
                return v in operand
            if op == "includes":
                return operand in v
            if op == "includes_any":
                return any(x in v for x in operand)
            if isinstance(v, dt.date):
                operand = operand if isinstance(operand, dt.date) else dt.date.fromisoformat(str(operand))
            return _compare(v, op, operand)
        raise AssertionError(c)

    def definition(self, d) -> bool | None:
        vals = [self.criterion(e) for e in d.elements]
        return k_or(vals) if d.kind in ("exclusion", "cessation") else k_and(vals)

    def overall(self) -> str:
        refugee = [self.definition(d) for d in self.jur.definitions if d.kind == "inclusion"]
        compl = [self.definition(d) for d in self.jur.definitions if d.kind == "complementary"]
        exc = k_or(self.definition(d) for d in self.jur.exclusions) if self.jur.exclusions else False
        routes = ([k_and([k_or(refugee), k_not(exc)])] if refugee else []) + compl
        v = k_or(routes)
        return {True: "eligible", False: "not_eligible", None: "needs_more_information"}[v]


def _compare(a, op, b) -> bool:
    return {
        "at_least": a >= b, "on_or_after": a >= b, "at_most": a <= b, "more_than": a > b,
        "less_than": a < b, "before": a < b,
    }[op]


STATUS = {True: "met", False: "not_met", None: "undetermined"}
