"""A tiny reference evaluator of rule conditions, written independently of the compiler and the
engine (its own Kleene logic and its own calendar arithmetic), used only by the tests to check the
durable-rules engine and the explainer: statuses, outcomes, `because` and `missing`.

None is unknown. Facts absent from the case were never asked or answered "don't know" / "prefer not
to say"; only an answer (a fact in `known`) raises a clause examined only on indication."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import holidays

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


# --- calendar, counted the slow and obvious way ----------------------------------------------

def plus_months(d: dt.date, n: int) -> dt.date:
    """The same day n months later, or the last day of that month when it has no such day."""
    month0 = d.month - 1 + n
    year, month = d.year + month0 // 12, month0 % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(d.day, last))


def ref_holiday(day: dt.date, country: str | None) -> bool:
    """A national public holiday of the country, asked of the `holidays` library day by day."""
    if not country or country not in holidays.list_supported_countries():
        return False
    return day in holidays.country_holidays(country, years=day.year)


def ref_elapsed(start: dt.date, end: dt.date, unit: str, country: str | None = None) -> tuple[int, bool]:
    """(whole units from start to end, whether any days remain beyond them), for end >= start.
    A working day is Monday to Friday and not a public holiday, counted from the day after start."""
    if unit == "days":
        return (end - start).days, False
    if unit == "working_days":
        n, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            if day.weekday() < 5 and not ref_holiday(day, country):
                n += 1
        return n, False
    step = 1 if unit == "months" else 12
    n = 0
    while plus_months(start, (n + 1) * step) <= end:
        n += 1
    return n, plus_months(start, n * step) < end


def compare_elapsed(start: dt.date, end: dt.date, unit: str, op: str, k: float, country: str | None = None) -> bool:
    if end < start:  # time running backwards: compare the negated span
        whole, extra = ref_elapsed(end, start, unit, country)
        value = -(whole + (0.5 if extra else 0))
    else:
        whole, extra = ref_elapsed(start, end, unit, country)
        value = whole + (0.5 if extra else 0)  # "beyond n whole units" sits between n and n + 1
    return _compare(value, op, k)


def _compare(a, op, b) -> bool:
    return {
        "at_least": a >= b, "on_or_after": a >= b, "at_most": a <= b, "more_than": a > b,
        "less_than": a < b, "before": a < b,
    }[op]


# --- the evaluator ------------------------------------------------------------------------------

class Reference:
    def __init__(self, jur, known: dict[str, Any], as_of: dt.date, indicated: dict | None = None,
                 facts: dict | None = None):
        self.jur, self.known, self.as_of = jur, known, as_of
        # the catalogue's facts: a follow-up (`asked_if`, not an opening question) is no question to ask
        # until its answers are given, so it is not "missing" before then
        self.facts = facts or {}
        self.recorded = set(known)  # only an answer raises a clause examined on indication
        # criterion -> Indication: its own, or its set's (exclusion, cessation)
        self.indicated = dict(indicated or {})
        if indicated is None:
            for d in jur.definitions + jur.exclusions:
                if d.indication is not None:
                    for e in d.elements:
                        self.indicated.setdefault(e, d.indication)
            for cid, c in jur.criteria.items():
                if c.raised_on_indication is not None:
                    self.indicated[cid] = c.raised_on_indication
        self.memo: dict[str, Any] = {}

    def param(self, v):
        return self.jur.params[v.param].value if isinstance(v, ParamRef) else v

    # -- conditions ------------------------------------------------------------------------
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
            return compare_elapsed(start, end, self.param(c.elapsed.unit), c.op, self.param(c.operand), self.jur.code)
        if isinstance(c, FactTest):
            if c.op == "known":  # whether an answer was given: never unknown itself
                return (c.fact in self.known) == c.known
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

    def facts_of(self, c, seen=None) -> set[str]:
        seen = set() if seen is None else seen
        if isinstance(c, (All, Any_, Not)):
            kids = c.all if isinstance(c, All) else c.any if isinstance(c, Any_) else [c.not_]
            return set().union(*(self.facts_of(x, seen) for x in kids))
        if isinstance(c, CriterionRef):
            if c.criterion in seen:
                return set()
            seen.add(c.criterion)
            return self.facts_of(self.jur.criteria[c.criterion].when, seen)
        if isinstance(c, FactTest):
            return {c.fact}
        if isinstance(c, ElapsedTest):
            return {c.elapsed.from_, c.elapsed.to} - {"as_of"}
        return set()

    def raised(self, cid: str) -> bool:
        ind = self.indicated[cid]
        facts = set(ind.raised_by) or (self.facts_of(self.jur.criteria[cid].when) - set(ind.not_raised_by))
        return bool(facts & self.recorded) or any(f not in self.recorded for f in ind.assumes)

    def raw(self, cid: str) -> bool | None:
        """The criterion's own test, before indication and caps."""
        return self.cond(self.jur.criteria[cid].when)

    def uncapped(self, cid: str) -> bool | None:
        if cid in self.indicated and not self.raised(cid):
            return self.indicated[cid].if_silent == "met"
        return self.raw(cid)

    def criterion(self, cid: str):
        if cid not in self.memo:
            self.memo[cid] = cap(self.uncapped(cid), self.jur.criteria[cid].never)
        return self.memo[cid]

    def criterion_status(self, cid: str) -> str:
        if cid in self.indicated and not self.raised(cid) and self.raw(cid) is None:
            return "not_raised"
        return STATUS[self.criterion(cid)]

    # -- definitions and outcomes ----------------------------------------------------------
    def definition(self, d) -> bool | None:
        vals = [self.criterion(e) for e in d.elements]
        v = k_or(vals) if d.kind in ("exclusion", "cessation") else k_and(vals)
        return cap(v, d.never)

    def definition_status(self, d) -> str:
        v = self.definition(d)
        if d.indication is not None and v is False and any(self.criterion_status(e) == "not_raised"
                                                          for e in d.elements):
            return "not_raised"
        return STATUS[v]

    def outcome(self, kind: str) -> bool | None:
        defs = [d for d in self.jur.definitions if d.kind == kind]
        if not defs:
            return None
        v = k_or(self.definition(d) for d in defs)
        if kind == "inclusion" and self.jur.exclusions:
            v = k_and([v, k_not(k_or(self.definition(d) for d in self.jur.exclusions))])
        return v

    def outcomes(self) -> dict[str, str]:
        out = {}
        for name, kind in (("refugee_status", "inclusion"), ("complementary_protection", "complementary"),
                           ("statelessness", "statelessness"), ("humanitarian_pathway", "humanitarian")):
            if not any(d.kind == kind for d in self.jur.definitions):
                out[name] = "not_screened"
            else:
                out[name] = RESULT[self.outcome(kind)]
        return out

    def overall(self) -> str:
        routes = [self.outcome(k) for k in ("inclusion", "complementary")
                  if any(d.kind == k for d in self.jur.definitions)]
        # a statelessness determination that is protection in this jurisdiction (the country file says so)
        routes += [self.definition(d) for d in self.jur.definitions
                   if d.kind == "statelessness" and d.counts_in_overall]
        return RESULT[k_or(routes)]

    # -- because / missing -----------------------------------------------------------------
    def because(self, c, value) -> set[tuple]:
        """What decided `c` (whose value is `value`): the facts and criteria that sided with it."""
        if value is None:
            return set()
        if isinstance(c, (All, Any_)):
            kids = c.all if isinstance(c, All) else c.any
            out: set[tuple] = set()
            for x in kids:
                v = self.cond(x)
                if v is value:
                    out |= self.because(x, v)
            return out
        if isinstance(c, Not):
            return self.because(c.not_, k_not(value))
        if isinstance(c, CriterionRef):
            return {("criterion", c.criterion, self.criterion_status(c.criterion))}
        if isinstance(c, FactTest):
            return {("fact", c.fact, value)}
        if isinstance(c, ElapsedTest):
            return {("fact", f, value) for f in self.facts_of(c)}
        raise AssertionError(c)

    def criterion_because(self, cid: str) -> set[tuple]:
        raw = self.raw(cid)
        if cid in self.indicated and not self.raised(cid):
            # decided by "nothing raised it" unless its own test sided with that status
            value = self.indicated[cid].if_silent == "met"
            return self.because(self.jur.criteria[cid].when, raw) if raw is value else set()
        # a cap that held the criterion open still shows the test decided under it
        out = self.because(self.jur.criteria[cid].when, raw)
        if self.criterion(cid) is None:  # open: name the capped criteria below that hold it open
            out |= {("criterion", x, "undetermined") for x in self.held_open_below(self.jur.criteria[cid].when)}
        return out

    def held_open_below(self, c) -> set[str]:
        if self.cond(c) is not None:
            return set()
        if isinstance(c, (All, Any_, Not)):
            kids = c.all if isinstance(c, All) else c.any if isinstance(c, Any_) else [c.not_]
            return set().union(*(self.held_open_below(x) for x in kids))
        if isinstance(c, CriterionRef):
            cid = c.criterion
            if self.uncapped(cid) is not None:  # decided underneath, held open by its cap
                return {cid}
            return self.held_open_below(self.jur.criteria[cid].when)
        return set()

    def missing(self, c) -> set[str]:
        """Unanswered facts under the undetermined parts of `c`."""
        if self.cond(c) is not None:
            return set()
        if isinstance(c, (All, Any_, Not)):
            kids = c.all if isinstance(c, All) else c.any if isinstance(c, Any_) else [c.not_]
            return set().union(*(self.missing(x) for x in kids))
        if isinstance(c, CriterionRef):
            return self.criterion_missing(c.criterion)
        return {f for f in self.facts_of(c) if f not in self.known and self.askable(f)}

    def askable(self, fid: str) -> bool:
        fact = self.facts.get(fid)
        return fact is None or fact.asked_if is None or fact.opening or fact.asked_if.holds(self.known)

    def criterion_missing(self, cid: str) -> set[str]:
        if self.criterion(cid) is not None or self.uncapped(cid) is not None:
            return set()  # decided, or held open by a cap over a decided test: nothing to ask
        return self.missing(self.jur.criteria[cid].when)


def cap(value, never: str | None):
    if never == "met" and value is True:
        return None
    if never == "not_met" and value is False:
        return None
    return value


STATUS = {True: "met", False: "not_met", None: "undetermined"}
RESULT = {True: "eligible", False: "not_eligible", None: "needs_more_information"}
