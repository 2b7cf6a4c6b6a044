"""Check loaded rule, country and guidance files: references, types, cycles, citations, dates,
translations. Every problem carries file and line; lint findings are kept apart from errors. Each is
worded from a `rules.*` key of messages/rules.yaml, so `rules validate` shows it in the user's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.base.countrynames import is_country_code
from screening.base.errors import InputError, Problem  # noqa: F401 - Problem re-exported for callers
from screening.law.condition_limits import MAX_REFERENCE_DEPTH, criteria_graph
from screening.law.conditions import criteria_referenced as _refs
from screening.law.conditions import facts_read
from screening.law.jurisdiction import Param, Source
from screening.law.library import LIST_OPS, OPS_BY_TYPE, Library, hint
from screening.law.lint import date_ranges, lint_texts, lint_unused_facts
from screening.models.base import Located
from screening.models.catalogue import Fact
from screening.models.country import CountryFlag
from screening.models.rules import (
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
    add = lambda key, path, obj, **params: probs.append(  # noqa: E731
        Problem.of(key, path, obj.line if isinstance(obj, Located) else obj, **params))

    base_crit: dict[str, tuple[str, Criterion]] = {}
    for p, rf in lib.rule_files.items():
        for c in rf.criteria:
            if c.id in base_crit:
                add("rules.criterion_twice", p, c, id=c.id, other=base_crit[c.id][0])
            base_crit[c.id] = (p, c)
    params = lib.base_params()
    seen_params: dict[str, str] = {}
    for p, rf in lib.rule_files.items():
        for pid, prm in rf.parameters.items():
            if pid in seen_params and seen_params[pid] != p:
                add("rules.parameter_twice", p, prm, id=pid, other=seen_params[pid])
            seen_params[pid] = p
    defs: dict[str, tuple[str, Definition]] = {}
    flags: dict[str, tuple[str, Flag]] = {}
    for p, rf in lib.rule_files.items():
        for d in rf.definitions:
            if d.id in defs or d.id in base_crit:
                add("rules.definition_id_used", p, d, id=d.id)
            defs[d.id] = (p, d)
            for el in d.elements:
                if el not in base_crit:
                    add("rules.definition_unknown_element", p, d.line_at("elements"), id=d.id, name=el,
                        hint=hint(el, base_crit))
            if len(set(d.elements)) != len(d.elements):
                add("rules.definition_element_twice", p, d.line_at("elements"), id=d.id)
        for f in rf.flags:
            if f.id in flags:
                add("rules.flag_twice", p, f, id=f.id, other=flags[f.id][0])
            flags[f.id] = (p, f)

    for fact in lib.catalogue.facts:  # a question not asked once a flag is met: that flag must exist
        if fact.not_asked_when is not None and fact.not_asked_when not in flags:
            add("rules.not_asked_when_unknown_flag", lib.catalogue_path, fact.line_at("not_asked_when"),
                fact=fact.id, name=fact.not_asked_when, hint=hint(fact.not_asked_when, flags))
    for el in lib.catalogue.elements:  # a note shown while a flag is met: that flag must exist
        for g in el.guidance:
            for name in g.if_flags:
                if name not in flags:
                    add("rules.guidance_unknown_flag", lib.catalogue_path, g.line_at("if_flags"),
                        element=el.id, name=name, hint=hint(name, flags))

    # conditions in base rule files, with the base parameter values
    for p, rf in lib.rule_files.items():
        for c in rf.criteria:
            _check_condition(lib, c.when, p, params, set(base_crit), probs, _what("criterion", c.id))
        for f in rf.flags:
            _check_condition(lib, f.when, p, params, set(base_crit), probs, _what("flag", f.id),
                             allow_missing_params=True)
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
                add("rules.country_criterion_twice", p, c, id=c.id, other=country_crit[c.id][0])
            country_crit[c.id] = (p, c)
        versions: dict[str, list] = {}
        for pid, ovs in cf.parameters.items():
            ovs = ovs if isinstance(ovs, list) else [ovs]
            if pid not in params:
                add("rules.unknown_parameter_override", p, ovs[0], id=pid, hint=hint(pid, params))
                continue
            probs.extend(date_ranges(ovs, _what("parameter", pid), p))
            for ov in ovs:
                if ov.add is not None and not isinstance(params[pid].value, list):
                    add("rules.parameter_not_list", p, ov, id=pid)
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
            _check_condition(lib, c.when, p, cparams, set(country_crit), probs, _what("criterion", c.id))
        # re-check base conditions with this country's parameter values (an added ground must be a choice)
        for cid, (bp, c) in base_crit.items():
            sub: list[Problem] = []
            for ps in param_sets:
                _check_condition(lib, c.when, bp, ps, set(country_crit), sub, _what("criterion", cid))
            for s in sub:
                if any(q.message == s.message and q.path == s.path for q in probs):
                    continue  # already reported against the base file itself
                add("rules.with_country_parameters", p, cf.line_at("parameters"), code=code, problem=s.as_param())
        for q in _cycles({k: v for k, (_, v) in country_crit.items()}, {k: v for k, (v, _) in country_crit.items()}):
            if not any(q.message == r.message and q.path == r.path for r in probs):  # a base file's, said once
                probs.append(q)
        ids: dict[str, list] = {}
        for v in cf.definitions + cf.exclusions:
            ids.setdefault(v.id, []).append(v)
        for vid, vs in ids.items():
            if vid in country_crit:
                add("rules.definition_is_criterion", p, vs[0], id=vid)
            if len(vs) > 1:
                if any(v.valid_from is None and v.valid_to is None for v in vs):
                    add("rules.definition_twice_in_country", p, vs[1], id=vid)
                elif len({v.extends for v in vs}) > 1:
                    add("rules.versions_extend_different", p, vs[1].line_at("extends"), id=vid)
                else:
                    probs.extend(date_ranges(vs, _what("definition", vid), p))
        for group, kinds in ((cf.definitions, ("inclusion", "complementary", "statelessness")),
                             (cf.exclusions, ("exclusion", "cessation"))):
            for v in group:
                if v.extends not in defs:
                    add("rules.extends_unknown_definition", p, v.line_at("extends"), id=v.id, name=v.extends,
                        hint=hint(v.extends, defs))
                    continue
                base = defs[v.extends][1]
                if base.kind not in kinds:
                    where = "exclusions" if base.kind in ("exclusion", "cessation") else "definitions"
                    add("rules.wrong_section", p, v.line_at("extends"), name=v.extends, kind=base.kind, section=where)
                if getattr(v, "counts_in_overall", False) and base.kind != "statelessness":
                    add("rules.counts_in_overall_kind", p, v.line_at("counts_in_overall"), id=v.id, kind=base.kind)
                for dropped in v.drop:
                    if dropped not in base.elements:
                        add("rules.drops_unknown", p, v.line_at("drop"), id=v.id, name=dropped, base=v.extends,
                            elements=", ".join(base.elements))
                for a in v.add:
                    if a not in country_crit:
                        add("rules.adds_unknown", p, v.line_at("add"), id=v.id, name=a, hint=hint(a, country_crit))
                    elif a in base.elements:
                        add("rules.adds_present", p, v.line_at("add"), id=v.id, name=a, base=v.extends)
        ways: dict[str, list] = {}
        for w in cf.pathways:
            ways.setdefault(w.id, []).append(w)
            if w.id in ids or w.id in country_crit:
                add("rules.pathway_id_used", p, w, id=w.id)
            for e in w.elements:
                if e not in country_crit:
                    add("rules.pathway_unknown_element", p, w.line_at("elements"), id=w.id, name=e,
                        hint=hint(e, country_crit))
        for wid, ws in ways.items():
            probs.extend(date_ranges(ws, _what("pathway", wid), p))
        by_flag: dict[str, list] = {}
        for fv in cf.flags:
            by_flag.setdefault(fv.id if isinstance(fv, CountryFlag) else fv.extends, []).append(fv)
        for fid_, fvs in by_flag.items():
            if len(fvs) > 1:
                probs.extend(date_ranges(fvs, _what("flag", fid_), p))
        for fv in cf.flags:
            if isinstance(fv, CountryFlag):
                if fv.id in flags:
                    add("rules.flag_is_base", p, fv, id=fv.id, other=flags[fv.id][0])
                _check_condition(lib, fv.when, p, cparams, set(country_crit), probs, _what("flag", fv.id))
                continue
            if fv.extends not in flags:
                add("rules.flag_extends_unknown", p, fv.line_at("extends"), name=fv.extends,
                    hint=hint(fv.extends, flags))
                continue
            sub = []
            _check_condition(lib, flags[fv.extends][1].when, flags[fv.extends][0], cparams, set(country_crit), sub,
                             _what("flag", fv.extends))
            for s in sub:
                add("rules.set_in_country", p, fv.line, problem=s.as_param())

    for p, rf in lib.rule_files.items():
        for d in rf.definitions:
            if d.raised_on_indication is not None:
                for fid in d.raised_on_indication.not_raised_by:
                    if fid not in lib.facts:
                        add("rules.not_raised_by_unknown", p, d.raised_on_indication.line_at("not_raised_by"),
                            id=d.id, name=fid, hint=hint(fid, lib.facts))
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
            out.append(Problem.of("rules.raised_by_unknown", path, ind.line_at("raised_by"), id=crit.id, name=f,
                                  hint=hint(f, lib.facts)))
        elif f not in read:
            out.append(Problem.of("rules.raised_by_unread", path, ind.line_at("raised_by"), id=crit.id, name=f,
                                  read=", ".join(sorted(read))))
    for f in ind.assumes:  # facts the silent default rests on: any catalogue fact, read or not
        if f not in lib.facts:
            out.append(Problem.of("rules.assumes_unknown", path, ind.line_at("assumes"), id=crit.id, name=f,
                                  hint=hint(f, lib.facts)))
    if not (set(ind.raised_by) or read - set(ind.not_raised_by)):
        out.append(Problem.of("rules.indication_reads_nothing", path, crit.line_at("raised_on_indication"), id=crit.id))
    return out


def _check_origins(lib: Library) -> list[Problem]:
    out: list[Problem] = []
    if not lib.origins:
        return out
    roles = {f.role: f for f in lib.catalogue.facts if f.role}
    for role in ("origin_country", "origin_situations"):
        if role not in roles:
            out.append(Problem.of("rules.origin_role_missing", lib.catalogue_path, None, role=role))
    situations = set(roles["origin_situations"].choice_ids()) if "origin_situations" in roles else set()
    for code, (path, of) in lib.origins.items():

        if not is_country_code(code):
            out.append(Problem.of("rules.not_country_code", path, of.line_at("country"), value=code))
        for g in of.guidance:
            for sit in g.situations:
                if situations and sit not in situations:
                    out.append(Problem.of("rules.unknown_situation", path, g.line_at("situations"), name=sit,
                                          hint=hint(sit, situations)))
    return out


# the longest period a rule may count (200 years in each unit): far beyond any law, well within the calendar
_MAX_PERIOD = {"days": 73_000, "working_days": 52_000, "months": 2_400, "years": 200}


def _param_value(v: Any, params: dict[str, Param], path: str, probs: list, where: Any, allow_missing: bool) -> Any:
    if isinstance(v, ParamRef):
        if v.param not in params:
            if not allow_missing:
                probs.append(Problem.of("rules.cond.unknown_parameter", path, v.line, where=where, name=v.param,
                                        hint=hint(v.param, params)))
            return None
        return params[v.param].value
    return v


def _check_condition(lib: Library, cond: Any, path: str, params: dict[str, Param], criteria: set[str],
                     probs: list[Problem], where: Any, allow_missing_params: bool = False) -> None:
    def err(key: str, obj: Any, **params: Any):
        probs.append(Problem.of(f"rules.cond.{key}", path, getattr(obj, "line", None), where=where, **params))

    if isinstance(cond, (All, Any_)):
        for c in cond.all if isinstance(cond, All) else cond.any:
            _check_condition(lib, c, path, params, criteria, probs, where, allow_missing_params)
    elif isinstance(cond, Not):
        _check_condition(lib, cond.not_, path, params, criteria, probs, where, allow_missing_params)
    elif isinstance(cond, CriterionRef):
        if cond.criterion not in criteria:
            err("unknown_criterion", cond, name=cond.criterion, hint=hint(cond.criterion, criteria))
    elif isinstance(cond, ElapsedTest):
        for end in (cond.elapsed.from_, cond.elapsed.to):
            if end == "as_of" and end is cond.elapsed.to:
                continue
            f = lib.facts.get(end)
            if f is None:
                err("elapsed_unknown_fact", cond, name=end, hint=hint(end, lib.facts))
            elif f.type != "date":
                err("elapsed_not_date", cond, name=end, type=f.type)
        unit = _param_value(cond.elapsed.unit, params, path, probs, where, allow_missing_params)
        if unit is not None and unit not in ("days", "working_days", "months", "years"):
            err("elapsed_unit", cond, unit=str(unit))
        n = _param_value(cond.operand, params, path, probs, where, allow_missing_params)
        if n is not None and (isinstance(n, bool) or not isinstance(n, (int, float))):
            err("needs_number", cond, op=cond.op, value=repr(n))
        elif n is not None and not 0 <= n <= _MAX_PERIOD.get(str(unit), 0):
            # no period in a law runs for centuries; .inf or 1e9 is a slip that would stop the engine
            # (durable-rules refuses it) or the calendar (a date past year 9999)
            err("period_too_long", cond, n=str(n), unit=str(unit), max=_MAX_PERIOD.get(str(unit), 0))
    elif isinstance(cond, FactTest):
        fact = lib.facts.get(cond.fact)
        if fact is None:
            err("unknown_fact", cond, name=cond.fact, hint=hint(cond.fact, lib.facts), catalogue=lib.catalogue_path)
            return
        op = cond.op
        if op not in OPS_BY_TYPE[fact.type]:
            err("op_not_for_type", cond, op=op, type=fact.type, fact=fact.id,
                ops=", ".join(sorted(OPS_BY_TYPE[fact.type])))
            return
        value = _param_value(cond.operand, params, path, probs, where, allow_missing_params)
        if value is None or op == "known":  # the model admits only true or false there
            return
        values = value if op in LIST_OPS else [value]
        if op in LIST_OPS and not isinstance(value, list):
            err("needs_list", cond, op=op)
            return
        if op in LIST_OPS and not value:
            # a test against nothing could never hold: a law without any of the values drops the element instead
            err("empty_list", cond, op=op, fact=fact.id)
            return
        if op not in LIST_OPS and isinstance(value, list):
            err("needs_single", cond, op=op)
            return
        for v in values:
            bad = _bad_value(fact, v)
            if bad:
                err(bad[0], cond, **bad[1])
    else:  # pragma: no cover - the model admits nothing else
        err("unexpected", cond, cond=repr(cond))


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


def _cycles(criteria: dict[str, Criterion], where: dict[str, str]) -> list[Problem]:
    """Criteria that refer to each other in a cycle, and chains of references too deep to follow."""
    cycles, depth = criteria_graph(criteria)
    out = [Problem.of("rules.cycle", where[cyc[-1]], criteria[cyc[-1]].line, cycle=" -> ".join(cyc))
           for cyc in cycles]
    too_deep = {cid for cid, d in depth.items() if d > MAX_REFERENCE_DEPTH}
    referred = {m for cid in too_deep for m in _refs(criteria[cid].when)}
    for cid in sorted(too_deep - referred, key=lambda c: -depth[c]):  # one message per chain, at its top
        out.append(Problem.of("rules.too_deep", where[cid], criteria[cid].line, id=cid, depth=depth[cid],
                              max=MAX_REFERENCE_DEPTH))
    return out


def _what(kind: str, id: str) -> tuple[str, dict[str, Any]]:
    """A clause named inside another message ("criterion 'x'"), worded in that message's language."""
    return f"rules.where.{kind}", {"id": id}


# lint.py words its findings in English only: those `rules validate` reports are keyed here from their
# text (another wording stays English) until lint.py builds them with keys itself
