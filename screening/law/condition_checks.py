"""Check one condition of a rule file against the fact catalogue, the criteria and the parameter values
in force: facts that exist, operators that suit their type, values a fact can take, periods a calendar can
count. Each problem is worded from a `rules.cond.*` key (checks.check collects them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from screening.base.errors import Problem
from screening.law.jurisdiction import Param
from screening.law.library import LIST_OPS, OPS_BY_TYPE, Library, hint
from screening.models.catalogue import Fact
from screening.models.rules import All, Any_, CriterionRef, ElapsedTest, FactTest, Not, ParamRef

__all__ = ["check_condition"]

# the longest period a rule may count (200 years in each unit): far beyond any law, well within the calendar
_MAX_PERIOD = {"days": 73_000, "working_days": 52_000, "months": 2_400, "years": 200}


def check_condition(lib: Library, cond: Any, path: str, params: dict[str, Param], criteria: set[str],
                    probs: list[Problem], where: Any, allow_missing_params: bool = False) -> None:
    """Append to `probs` every problem in `cond` and the conditions inside it, `where` naming the clause."""
    _ConditionCheck(lib, path, params, criteria, probs, where, allow_missing_params).walk(cond)


@dataclass
class _ConditionCheck:
    lib: Library
    path: str
    params: dict[str, Param]
    criteria: set[str]
    probs: list[Problem]
    where: Any
    allow_missing_params: bool

    def err(self, key: str, obj: Any, **params: Any) -> None:
        self.probs.append(Problem.of(f"rules.cond.{key}", self.path, getattr(obj, "line", None), where=self.where,
                                     **params))

    def value(self, v: Any) -> Any:
        """A parameter's value in force (None, said once, if there is no such parameter), or `v` itself."""
        if isinstance(v, ParamRef):
            if v.param not in self.params:
                if not self.allow_missing_params:
                    self.probs.append(Problem.of("rules.cond.unknown_parameter", self.path, v.line, where=self.where,
                                                 name=v.param, hint=hint(v.param, self.params)))
                return None
            return self.params[v.param].value
        return v

    def walk(self, cond: Any) -> None:
        if isinstance(cond, (All, Any_)):
            for c in cond.all if isinstance(cond, All) else cond.any:
                self.walk(c)
        elif isinstance(cond, Not):
            self.walk(cond.not_)
        elif isinstance(cond, CriterionRef):
            if cond.criterion not in self.criteria:
                self.err("unknown_criterion", cond, name=cond.criterion, hint=hint(cond.criterion, self.criteria))
        elif isinstance(cond, ElapsedTest):
            self.elapsed(cond)
        elif isinstance(cond, FactTest):
            self.fact_test(cond)
        else:  # pragma: no cover - the model admits nothing else
            self.err("unexpected", cond, cond=repr(cond))

    def elapsed(self, cond: ElapsedTest) -> None:
        """A period between two dates: both ends date facts, a unit a calendar counts, a length it can reach."""
        for end in (cond.elapsed.from_, cond.elapsed.to):
            if end == "as_of" and end is cond.elapsed.to:
                continue
            f = self.lib.facts.get(end)
            if f is None:
                self.err("elapsed_unknown_fact", cond, name=end, hint=hint(end, self.lib.facts))
            elif f.type != "date":
                self.err("elapsed_not_date", cond, name=end, type=f.type)
        unit = self.value(cond.elapsed.unit)
        if unit is not None and unit not in ("days", "working_days", "months", "years"):
            self.err("elapsed_unit", cond, unit=str(unit))
        n = self.value(cond.operand)
        if n is not None and (isinstance(n, bool) or not isinstance(n, (int, float))):
            self.err("needs_number", cond, op=cond.op, value=repr(n))
        elif n is not None and not 0 <= n <= _MAX_PERIOD.get(str(unit), 0):
            # no period in a law runs for centuries; .inf or 1e9 is a slip that would stop the engine
            # (durable-rules refuses it) or the calendar (a date past year 9999)
            self.err("period_too_long", cond, n=str(n), unit=str(unit), max=_MAX_PERIOD.get(str(unit), 0))

    def fact_test(self, cond: FactTest) -> None:
        """A test of a fact: a fact in the catalogue, an operator for its type, values it can take."""
        fact = self.lib.facts.get(cond.fact)
        if fact is None:
            self.err("unknown_fact", cond, name=cond.fact, hint=hint(cond.fact, self.lib.facts),
                     catalogue=self.lib.catalogue_path)
            return
        op = cond.op
        if op not in OPS_BY_TYPE[fact.type]:
            self.err("op_not_for_type", cond, op=op, type=fact.type, fact=fact.id,
                     ops=", ".join(sorted(OPS_BY_TYPE[fact.type])))
            return
        value = self.value(cond.operand)
        if value is None or op == "known":  # the model admits only true or false there
            return
        if self.operand_shape_is_wrong(cond, fact, value):
            return
        for v in value if op in LIST_OPS else [value]:
            bad = _bad_value(fact, v)
            if bad:
                self.err(bad[0], cond, **bad[1])

    def operand_shape_is_wrong(self, cond: FactTest, fact: Fact, value: Any) -> bool:
        """A list where the operator takes one value, or one value (or none) where it takes a list: said."""
        op = cond.op
        if op in LIST_OPS and not isinstance(value, list):
            self.err("needs_list", cond, op=op)
            return True
        if op in LIST_OPS and not value:
            # a test against nothing could never hold: a law without any of the values drops the element instead
            self.err("empty_list", cond, op=op, fact=fact.id)
            return True
        if op not in LIST_OPS and isinstance(value, list):
            self.err("needs_single", cond, op=op)
            return True
        return False


def _bad_value(fact: Fact, v: Any) -> tuple[str, dict[str, Any]] | None:
    """What is wrong with a value compared with a fact: a `rules.cond.*` key and its parameters."""
    t = fact.type
    if t == "boolean" and not isinstance(v, bool):
        return "not_boolean", {"fact": fact.id, "value": repr(v)}
    if t in ("choice", "set") and v not in fact.choice_ids():
        return "not_a_choice", {"value": str(v), "fact": fact.id, "choices": ", ".join(fact.choice_ids())}
    if t == "number" and (isinstance(v, bool) or not isinstance(v, (int, float))):
        return "not_number", {"fact": fact.id, "value": repr(v)}
    if t == "country":
        from screening.base.countrynames import is_country_code

        if not (isinstance(v, str) and is_country_code(v)):
            return "not_country", {"value": str(v)}
    if t == "date":
        if isinstance(v, dt.date):
            return None
        try:
            dt.date.fromisoformat(str(v))
        except ValueError:
            return "not_date", {"value": str(v)}
    return None


