"""Check loaded rule, country and guidance files: references, types, cycles, citations, dates,
translations. Every problem carries file and line; lint findings are kept apart from errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .conditions import criteria_referenced as _refs
from .conditions import facts_read
from .errors import InputError, Problem  # noqa: F401 - Problem re-exported for callers
from .library import LIST_OPS, OPS_BY_TYPE, Library, Param, Source, _suggest
from .limits import MAX_REFERENCE_DEPTH, criteria_graph
from .lint import lint_texts, lint_unused_facts
from .models.base import Located
from .models.catalogue import Fact
from .models.country import CountryFlag
from .models.rules import (
    All,
    Any_,
    Criterion,
    CriterionRef,
    Definition,
    ElapsedTest,
    FactTest,
    Flag,
    Not,
    ParamRef,
)


def check(lib: Library) -> list[Problem]:
    """Every problem in the loaded files: references, types, cycles, citations, translations."""
    probs: list[Problem] = []
    add = lambda msg, path, obj, lint=False: probs.append(  # noqa: E731
        Problem(msg, path, obj.line if isinstance(obj, Located) else obj, lint)
    )

    base_crit: dict[str, tuple[str, Criterion]] = {}
    for p, rf in lib.rule_files.items():
        for c in rf.criteria:
            if c.id in base_crit:
                add(f"criterion '{c.id}' is already defined in {base_crit[c.id][0]}", p, c)
            base_crit[c.id] = (p, c)
    params = lib.base_params()
    seen_params: dict[str, str] = {}
    for p, rf in lib.rule_files.items():
        for pid, prm in rf.parameters.items():
            if pid in seen_params and seen_params[pid] != p:
                add(f"parameter '{pid}' is already defined in {seen_params[pid]}", p, prm)
            seen_params[pid] = p
    defs: dict[str, tuple[str, Definition]] = {}
    flags: dict[str, tuple[str, Flag]] = {}
    for p, rf in lib.rule_files.items():
        for d in rf.definitions:
            if d.id in defs or d.id in base_crit:
                add(f"definition id '{d.id}' is already used", p, d)
            defs[d.id] = (p, d)
            for el in d.elements:
                if el not in base_crit:
                    add(f"definition '{d.id}' lists unknown criterion '{el}'{_suggest(el, base_crit)}", p,
                        d.line_at("elements"))
            if len(set(d.elements)) != len(d.elements):
                add(f"definition '{d.id}' lists an element twice", p, d.line_at("elements"))
        for f in rf.flags:
            if f.id in flags:
                add(f"flag '{f.id}' is already defined in {flags[f.id][0]}", p, f)
            flags[f.id] = (p, f)

    # conditions in base rule files, with the base parameter values
    for p, rf in lib.rule_files.items():
        for c in rf.criteria:
            _check_condition(lib, c.when, p, params, set(base_crit), probs, f"criterion '{c.id}'")
        for f in rf.flags:
            _check_condition(lib, f.when, p, params, set(base_crit), probs, f"flag '{f.id}'", allow_missing_params=True)
    probs.extend(_cycles({cid: c for cid, (_, c) in base_crit.items()}, {cid: p for cid, (p, _) in base_crit.items()}))
    all_crit = {cid: c for cid, (_, c) in base_crit.items()}
    for _, cf in lib.countries.values():
        all_crit.update({c.id: c for c in cf.criteria})
    for p, crit in [*base_crit.values(), *((p, c) for p, cf in lib.countries.values() for c in cf.criteria)]:
        probs.extend(_check_indication(lib, crit, p, all_crit))

    # countries
    for code, (p, cf) in lib.countries.items():
        country_crit = dict(base_crit)
        for c in cf.criteria:
            if c.id in country_crit:
                add(f"criterion '{c.id}' is already defined in {country_crit[c.id][0]}; a country adds new ids", p, c)
            country_crit[c.id] = (p, c)
        versions: dict[str, list] = {}
        for pid, ovs in cf.parameters.items():
            ovs = ovs if isinstance(ovs, list) else [ovs]
            if pid not in params:
                add(f"parameter '{pid}' is not defined in any rule file{_suggest(pid, params)}", p, ovs[0])
                continue
            probs.extend(_date_ranges(ovs, f"parameter '{pid}'", p))
            for ov in ovs:
                if ov.add is not None and not isinstance(params[pid].value, list):
                    add(f"parameter '{pid}' is not a list; use 'set' instead of 'add'", p, ov)
                    continue
                value = (list(params[pid].value) + list(ov.add)) if ov.add is not None else ov.set
                versions.setdefault(pid, []).append(Param(pid, value, list(ov.cite), Source(p, ov.line)))
        # every dated version of a parameter must suit the rules that read it
        param_sets = []
        for i in range(max((len(v) for v in versions.values()), default=1)):
            ps = dict(params)
            for pid, vs in versions.items():
                ps[pid] = vs[min(i, len(vs) - 1)]
            param_sets.append(ps)
        cparams = param_sets[-1]
        for c in cf.criteria:
            _check_condition(lib, c.when, p, cparams, set(country_crit), probs, f"criterion '{c.id}'")
        # re-check base conditions with this country's parameter values (an added ground must be a choice)
        for cid, (bp, c) in base_crit.items():
            sub: list[Problem] = []
            for ps in param_sets:
                _check_condition(lib, c.when, bp, ps, set(country_crit), sub, f"criterion '{cid}'")
            for s in sub:
                if any(q.message == s.message and q.path == s.path for q in probs):
                    continue  # already reported against the base file itself
                probs.append(Problem(f"with {code}'s parameters: {s.message}", p, cf.line_at("parameters")))
        for q in _cycles({k: v for k, (_, v) in country_crit.items()}, {k: v for k, (v, _) in country_crit.items()}):
            if not any(q.message == r.message and q.path == r.path for r in probs):  # a base file's, said once
                probs.append(q)
        ids: dict[str, list] = {}
        for v in cf.definitions + cf.exclusions:
            ids.setdefault(v.id, []).append(v)
        for vid, vs in ids.items():
            if vid in country_crit:
                add(f"'{vid}' is both a definition and a criterion; give them different ids", p, vs[0])
            if len(vs) > 1:
                if any(v.valid_from is None and v.valid_to is None for v in vs):
                    add(f"definition id '{vid}' is used twice in this country; versions of one clause need "
                        "valid_from/valid_to", p, vs[1])
                elif len({v.extends for v in vs}) > 1:
                    add(f"the versions of '{vid}' extend different definitions", p, vs[1].line_at("extends"))
                else:
                    probs.extend(_date_ranges(vs, f"definition '{vid}'", p))
        for group, kinds in ((cf.definitions, ("inclusion", "complementary", "statelessness")),
                             (cf.exclusions, ("exclusion", "cessation"))):
            for v in group:
                if v.extends not in defs:
                    add(f"'{v.id}' extends unknown definition '{v.extends}'{_suggest(v.extends, defs)}", p,
                        v.line_at("extends"))
                    continue
                base = defs[v.extends][1]
                if base.kind not in kinds:
                    where = "exclusions" if base.kind in ("exclusion", "cessation") else "definitions"
                    add(f"'{v.extends}' is a {base.kind} definition: list it under '{where}'", p, v.line_at("extends"))
                for dropped in v.drop:
                    if dropped not in base.elements:
                        add(f"'{v.id}' drops '{dropped}', which is not an element of '{v.extends}' "
                            f"({', '.join(base.elements)})", p, v.line_at("drop"))
                for a in v.add:
                    if a not in country_crit:
                        add(f"'{v.id}' adds unknown criterion '{a}'{_suggest(a, country_crit)}", p, v.line_at("add"))
                    elif a in base.elements:
                        add(f"'{v.id}' adds '{a}', which '{v.extends}' already has", p, v.line_at("add"))
        ways: dict[str, list] = {}
        for w in cf.pathways:
            ways.setdefault(w.id, []).append(w)
            if w.id in ids or w.id in country_crit:
                add(f"pathway id '{w.id}' is already a definition or criterion id; give it its own", p, w)
            for e in w.elements:
                if e not in country_crit:
                    add(f"pathway '{w.id}' has unknown element '{e}'{_suggest(e, country_crit)}", p,
                        w.line_at("elements"))
        for wid, ws in ways.items():
            probs.extend(_date_ranges(ws, f"pathway '{wid}'", p))
        by_flag: dict[str, list] = {}
        for fv in cf.flags:
            by_flag.setdefault(fv.id if isinstance(fv, CountryFlag) else fv.extends, []).append(fv)
        for fid_, fvs in by_flag.items():
            if len(fvs) > 1:
                probs.extend(_date_ranges(fvs, f"flag '{fid_}'", p))
        for fv in cf.flags:
            if isinstance(fv, CountryFlag):
                if fv.id in flags:
                    add(f"flag '{fv.id}' is already a base flag in {flags[fv.id][0]}; extend it instead", p, fv)
                _check_condition(lib, fv.when, p, cparams, set(country_crit), probs, f"flag '{fv.id}'")
                continue
            if fv.extends not in flags:
                add(f"flag extends unknown flag '{fv.extends}'{_suggest(fv.extends, flags)}", p, fv.line_at("extends"))
                continue
            sub = []
            _check_condition(lib, flags[fv.extends][1].when, flags[fv.extends][0], cparams, set(country_crit), sub,
                             f"flag '{fv.extends}'")
            for s in sub:
                probs.append(Problem(f"{s.message} (set it in this country file's parameters)", p, fv.line))

    for p, rf in lib.rule_files.items():
        for d in rf.definitions:
            if d.raised_on_indication is not None:
                for fid in d.raised_on_indication.not_raised_by:
                    if fid not in lib.facts:
                        add(f"definition '{d.id}': not_raised_by names unknown fact '{fid}'{_suggest(fid, lib.facts)}",
                            p, d.raised_on_indication.line_at("not_raised_by"))
    probs.extend(_check_origins(lib))
    probs.extend(lint_texts(lib))
    if not probs:  # a fact left unused by a broken rule is a consequence, not a second problem
        probs.extend(lint_unused_facts(lib))
    # a clause applied in several places (a base flag in each country) is one problem, said once
    seen: set[tuple[str, bool]] = set()
    once: list[Problem] = []
    for prob in probs:
        if (str(prob), prob.lint) not in seen:
            seen.add((str(prob), prob.lint))
            once.append(prob)
    return once


def _check_indication(lib: Library, crit: Criterion, path: str, criteria: dict[str, Criterion]) -> list[Problem]:
    """The facts that raise a clause must exist and be facts its condition reads."""
    ind = crit.raised_on_indication
    if ind is None:
        return []
    out = []
    read = facts_read(crit.id, criteria)
    for f in [*ind.raised_by, *ind.not_raised_by]:
        if f not in lib.facts:
            out.append(Problem(f"criterion '{crit.id}': raised_by names unknown fact '{f}'{_suggest(f, lib.facts)}",
                               path, ind.line_at("raised_by")))
        elif f not in read:
            out.append(Problem(f"criterion '{crit.id}': raised_by names '{f}', which its condition does not read "
                               f"({', '.join(sorted(read))})", path, ind.line_at("raised_by")))
    if not (set(ind.raised_by) or read - set(ind.not_raised_by)):
        out.append(Problem(f"criterion '{crit.id}' is raised on indication but reads no fact that could raise it",
                           path, crit.line_at("raised_on_indication")))
    return out


def _check_origins(lib: Library) -> list[Problem]:
    out: list[Problem] = []
    if not lib.origins:
        return out
    roles = {f.role: f for f in lib.catalogue.facts if f.role}
    for role in ("origin_country", "origin_situations"):
        if role not in roles:
            out.append(Problem(f"country-of-origin guidance needs a fact with 'role: {role}' in the catalogue",
                               lib.catalogue_path, None))
    situations = set(roles["origin_situations"].choice_ids()) if "origin_situations" in roles else set()
    for code, (path, of) in lib.origins.items():
        from .countrynames import is_country_code

        if not is_country_code(code):
            out.append(Problem(f"'{code}' is not an ISO 3166-1 alpha-2 country code", path, of.line_at("country")))
        for g in of.guidance:
            for sit in g.situations:
                if situations and sit not in situations:
                    out.append(Problem(f"unknown situation '{sit}'{_suggest(sit, situations)}", path,
                                       g.line_at("situations")))
    return out


def _date_ranges(items: list, what: str, path: str) -> list[Problem]:
    """Versions of one clause: their date ranges may neither overlap nor leave a gap."""
    import datetime as dt

    if len(items) < 2:
        return []
    out = []
    lo = dt.date.min
    hi = dt.date.max
    ordered = sorted(items, key=lambda v: v.valid_from or lo)
    for a, b in zip(ordered, ordered[1:], strict=False):
        a_end = a.valid_to or hi
        b_start = b.valid_from or lo
        if b_start <= a_end:
            out.append(Problem(f"{what}: the versions in force {a.valid_from or '…'} to {a.valid_to or '…'} and "
                               f"{b.valid_from or '…'} to {b.valid_to or '…'} overlap", path, b.line))
        elif a_end != hi and (b_start - a_end).days > 1:
            out.append(Problem(f"{what}: no version is in force between {a_end} and {b_start} (a gap); "
                               "make each valid_to the day before the next valid_from", path, b.line))
    return out


# the longest period a rule may count (200 years in each unit): far beyond any law, well within the calendar
_MAX_PERIOD = {"days": 73_000, "working_days": 52_000, "months": 2_400, "years": 200}


def _param_value(v: Any, params: dict[str, Param], path: str, probs: list, where: str, allow_missing: bool) -> Any:
    if isinstance(v, ParamRef):
        if v.param not in params:
            if not allow_missing:
                probs.append(Problem(f"{where}: unknown parameter '{v.param}'{_suggest(v.param, params)}", path,
                                     v.line))
            return None
        return params[v.param].value
    return v


def _check_condition(lib: Library, cond: Any, path: str, params: dict[str, Param], criteria: set[str],
                     probs: list[Problem], where: str, allow_missing_params: bool = False) -> None:
    def err(msg: str, obj: Any):
        probs.append(Problem(f"{where}: {msg}", path, getattr(obj, "line", None)))

    if isinstance(cond, (All, Any_)):
        for c in cond.all if isinstance(cond, All) else cond.any:
            _check_condition(lib, c, path, params, criteria, probs, where, allow_missing_params)
    elif isinstance(cond, Not):
        _check_condition(lib, cond.not_, path, params, criteria, probs, where, allow_missing_params)
    elif isinstance(cond, CriterionRef):
        if cond.criterion not in criteria:
            err(f"refers to unknown criterion '{cond.criterion}'{_suggest(cond.criterion, criteria)}", cond)
    elif isinstance(cond, ElapsedTest):
        for end in (cond.elapsed.from_, cond.elapsed.to):
            if end == "as_of" and end is cond.elapsed.to:
                continue
            f = lib.facts.get(end)
            if f is None:
                err(f"elapsed time from/to unknown fact '{end}'{_suggest(end, lib.facts)}", cond)
            elif f.type != "date":
                err(f"elapsed time needs date facts; '{end}' is a {f.type}", cond)
        unit = _param_value(cond.elapsed.unit, params, path, probs, where, allow_missing_params)
        if unit is not None and unit not in ("days", "working_days", "months", "years"):
            err(f"elapsed unit must be days, working_days, months or years, not '{unit}'", cond)
        n = _param_value(cond.operand, params, path, probs, where, allow_missing_params)
        if n is not None and (isinstance(n, bool) or not isinstance(n, (int, float))):
            err(f"'{cond.op}' needs a number, got {n!r}", cond)
        elif n is not None and not 0 <= n <= _MAX_PERIOD.get(str(unit), 0):
            # no period in a law runs for centuries; .inf or 1e9 is a slip that would stop the engine
            # (durable-rules refuses it) or the calendar (a date past year 9999)
            err(f"a period of {n} {unit} cannot be right: give a number from 0 to "
                f"{_MAX_PERIOD.get(str(unit), 0)}", cond)
    elif isinstance(cond, FactTest):
        fact = lib.facts.get(cond.fact)
        if fact is None:
            err(f"unknown fact '{cond.fact}'{_suggest(cond.fact, lib.facts)} "
                f"(facts are declared in {lib.catalogue_path})", cond)
            return
        op = cond.op
        if op not in OPS_BY_TYPE[fact.type]:
            err(f"'{op}' does not apply to the {fact.type} fact '{fact.id}' "
                f"(use {', '.join(sorted(OPS_BY_TYPE[fact.type]))})", cond)
            return
        value = _param_value(cond.operand, params, path, probs, where, allow_missing_params)
        if value is None:
            return
        values = value if op in LIST_OPS else [value]
        if op in LIST_OPS and not isinstance(value, list):
            err(f"'{op}' needs a list of values", cond)
            return
        if op in LIST_OPS and not value:
            # a test against nothing could never hold: a law without any of the values drops the element instead
            err(f"'{op}' on '{fact.id}' has an empty list; drop the element from the definition instead", cond)
            return
        if op not in LIST_OPS and isinstance(value, list):
            err(f"'{op}' needs a single value, not a list", cond)
            return
        for v in values:
            bad = _bad_value(fact, v)
            if bad:
                err(bad, cond)
    else:  # pragma: no cover - the model admits nothing else
        err(f"unexpected condition {cond!r}", cond)


def _bad_value(fact: Fact, v: Any) -> str | None:
    t = fact.type
    if t == "boolean" and not isinstance(v, bool):
        return f"'{fact.id}' is yes/no: compare it with true or false, not {v!r}"
    if t in ("choice", "set") and v not in fact.choice_ids():
        return f"'{v}' is not a choice of '{fact.id}' ({', '.join(fact.choice_ids())})"
    if t == "number" and (isinstance(v, bool) or not isinstance(v, (int, float))):
        return f"'{fact.id}' is a number, not {v!r}"
    if t == "country":
        from .countrynames import is_country_code

        if not (isinstance(v, str) and is_country_code(v)):
            return f"'{v}' is not an ISO 3166-1 alpha-2 country code"
    if t == "date":
        if isinstance(v, dt.date):
            return None
        try:
            dt.date.fromisoformat(str(v))
        except ValueError:
            return f"'{v}' is not a date (YYYY-MM-DD)"
    return None


def _cycles(criteria: dict[str, Criterion], where: dict[str, str]) -> list[Problem]:
    """Criteria that refer to each other in a cycle, and chains of references too deep to follow."""
    cycles, depth = criteria_graph(criteria)
    out = [Problem(f"criteria refer to each other in a cycle: {' -> '.join(cyc)}", where[cyc[-1]],
                   criteria[cyc[-1]].line) for cyc in cycles]
    too_deep = {cid for cid, d in depth.items() if d > MAX_REFERENCE_DEPTH}
    referred = {m for cid in too_deep for m in _refs(criteria[cid].when)}
    for cid in sorted(too_deep - referred, key=lambda c: -depth[c]):  # one message per chain, at its top
        out.append(Problem(f"criterion '{cid}' nests conditions {depth[cid]} levels deep, counting the criteria it "
                           f"refers to (at most {MAX_REFERENCE_DEPTH}); refer to fewer criteria in a chain",
                           where[cid], criteria[cid].line))
    return out
