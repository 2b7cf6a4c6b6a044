"""Check loaded rule, country and guidance files: references, types, cycles, citations, dates,
translations. Every problem carries file and line; lint findings are kept apart from errors. Each is
worded from a `rules.*` key of messages/rules.yaml, so `rules validate` shows it in the user's language."""

from __future__ import annotations

from typing import Any

from screening.base.countrynames import is_country_code
from screening.base.errors import InputError, Problem  # noqa: F401 - Problem re-exported for callers
from screening.law.condition_checks import check_condition
from screening.law.condition_limits import MAX_REFERENCE_DEPTH, criteria_graph
from screening.law.conditions import criteria_referenced as _refs
from screening.law.conditions import facts_read
from screening.law.jurisdiction import Param, Source
from screening.law.library import Library, hint
from screening.law.lint import date_ranges, lint_texts, lint_unused_facts
from screening.models.base import Located
from screening.models.country import CountryFlag
from screening.models.rules import Criterion, Definition, Flag


def check(lib: Library) -> list[Problem]:
    """Every problem in the loaded files: references, types, cycles, citations, translations."""
    c = _Checker(lib)
    c.base_ids()
    c.catalogue_flags()
    c.base_conditions()
    for code, (p, cf) in lib.countries.items():
        c.country(code, p, cf)
    c.not_raised_by()
    probs = c.probs
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


class _Checker:
    """The checks of `check`, in the order their problems are reported; each country's in turn."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.probs: list[Problem] = []
        self.base_crit: dict[str, tuple[str, Criterion]] = {}
        self.params = lib.base_params()
        self.defs: dict[str, tuple[str, Definition]] = {}
        self.flags: dict[str, tuple[str, Flag]] = {}

    def add(self, key: str, path: str, obj: Any, **params: Any) -> None:
        self.probs.append(Problem.of(key, path, obj.line if isinstance(obj, Located) else obj, **params))

    def condition(self, cond: Any, path: str, params: dict[str, Param], criteria: set[str], where: Any,
                  probs: list[Problem] | None = None, allow_missing_params: bool = False) -> None:
        check_condition(self.lib, cond, path, params, criteria, self.probs if probs is None else probs, where,
                        allow_missing_params)

    # -- the base rule files -----------------------------------------------------------------------
    def base_ids(self) -> None:
        """Criteria, parameters, definitions and flags each defined once; a definition's elements exist."""
        add, base_crit = self.add, self.base_crit
        for p, rf in self.lib.rule_files.items():
            for c in rf.criteria:
                if c.id in base_crit:
                    add("rules.criterion_twice", p, c, id=c.id, other=base_crit[c.id][0])
                base_crit[c.id] = (p, c)
        seen_params: dict[str, str] = {}
        for p, rf in self.lib.rule_files.items():
            for pid, prm in rf.parameters.items():
                if pid in seen_params and seen_params[pid] != p:
                    add("rules.parameter_twice", p, prm, id=pid, other=seen_params[pid])
                seen_params[pid] = p
        for p, rf in self.lib.rule_files.items():
            for d in rf.definitions:
                self.base_definition(p, d)
            for f in rf.flags:
                if f.id in self.flags:
                    add("rules.flag_twice", p, f, id=f.id, other=self.flags[f.id][0])
                self.flags[f.id] = (p, f)

    def base_definition(self, p: str, d: Definition) -> None:
        add, base_crit = self.add, self.base_crit
        if d.id in self.defs or d.id in base_crit:
            add("rules.definition_id_used", p, d, id=d.id)
        self.defs[d.id] = (p, d)
        for el in d.elements:
            if el not in base_crit:
                add("rules.definition_unknown_element", p, d.line_at("elements"), id=d.id, name=el,
                    hint=hint(el, base_crit))
        if len(set(d.elements)) != len(d.elements):
            add("rules.definition_element_twice", p, d.line_at("elements"), id=d.id)

    def catalogue_flags(self) -> None:
        """The flags the fact catalogue names exist."""
        lib, flags = self.lib, self.flags
        for fact in lib.catalogue.facts:  # a question not asked once a flag is met: that flag must exist
            if fact.not_asked_when is not None and fact.not_asked_when not in flags:
                self.add("rules.not_asked_when_unknown_flag", lib.catalogue_path, fact.line_at("not_asked_when"),
                         fact=fact.id, name=fact.not_asked_when, hint=hint(fact.not_asked_when, flags))
        for el in lib.catalogue.elements:  # a note shown while a flag is met: that flag must exist
            for g in el.guidance:
                for name in g.if_flags:
                    if name not in flags:
                        self.add("rules.guidance_unknown_flag", lib.catalogue_path, g.line_at("if_flags"),
                                 element=el.id, name=name, hint=hint(name, flags))

    def base_conditions(self) -> None:
        """Conditions in base rule files, with the base parameter values; cycles; indications everywhere."""
        lib, base_crit = self.lib, self.base_crit
        for p, rf in lib.rule_files.items():
            for c in rf.criteria:
                self.condition(c.when, p, self.params, set(base_crit), _what("criterion", c.id))
            for f in rf.flags:
                self.condition(f.when, p, self.params, set(base_crit), _what("flag", f.id),
                               allow_missing_params=True)
        self.probs.extend(_cycles({cid: c for cid, (_, c) in base_crit.items()},
                                  {cid: p for cid, (p, _) in base_crit.items()}))
        all_crit = {cid: c for cid, (_, c) in base_crit.items()}
        for _, cf in lib.countries.values():
            all_crit.update({c.id: c for c in cf.criteria})
        for p, crit in [*base_crit.values(), *((p, c) for p, cf in lib.countries.values() for c in cf.criteria)]:
            self.probs.extend(_check_indication(lib, crit, p, all_crit))

    def not_raised_by(self) -> None:
        """The facts a definition names as not raising it exist."""
        for p, rf in self.lib.rule_files.items():
            for d in rf.definitions:
                if d.raised_on_indication is not None:
                    for fid in d.raised_on_indication.not_raised_by:
                        if fid not in self.lib.facts:
                            self.add("rules.not_raised_by_unknown", p,
                                     d.raised_on_indication.line_at("not_raised_by"), id=d.id, name=fid,
                                     hint=hint(fid, self.lib.facts))

    # -- one country file ----------------------------------------------------------------------------
    def country(self, code: str, p: str, cf: Any) -> None:
        crit = self.country_criteria(p, cf)
        param_sets = self.parameter_versions(p, cf)
        cparams = param_sets[-1]
        for c in cf.criteria:
            self.condition(c.when, p, cparams, set(crit), _what("criterion", c.id))
        self.base_conditions_in_country(code, p, cf, crit, param_sets)
        for q in _cycles({k: v for k, (_, v) in crit.items()}, {k: v for k, (v, _) in crit.items()}):
            if not any(q.message == r.message and q.path == r.path for r in self.probs):  # a base file's, said once
                self.probs.append(q)
        ids = self.country_versions(p, cf, crit)
        self.country_extensions(p, cf, crit)
        self.country_pathways(p, cf, crit, ids)
        self.country_flags(p, cf, crit, cparams)

    def country_criteria(self, p: str, cf: Any) -> dict[str, tuple[str, Criterion]]:
        """The criteria in force in a country: the base ones and its own, each defined once."""
        country_crit = dict(self.base_crit)
        for c in cf.criteria:
            if c.id in country_crit:
                self.add("rules.country_criterion_twice", p, c, id=c.id, other=country_crit[c.id][0])
            country_crit[c.id] = (p, c)
        return country_crit

    def parameter_versions(self, p: str, cf: Any) -> list[dict[str, Param]]:
        """The parameter values in force in each dated version of a country's law (the latest last)."""
        params = self.params
        versions: dict[str, list] = {}
        for pid, ovs in cf.parameters.items():
            ovs = ovs if isinstance(ovs, list) else [ovs]
            if pid not in params:
                self.add("rules.unknown_parameter_override", p, ovs[0], id=pid, hint=hint(pid, params))
                continue
            self.probs.extend(date_ranges(ovs, _what("parameter", pid), p))
            for ov in ovs:
                if ov.add is not None and not isinstance(params[pid].value, list):
                    self.add("rules.parameter_not_list", p, ov, id=pid)
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
        return param_sets

    def base_conditions_in_country(self, code: str, p: str, cf: Any, crit: dict, param_sets: list) -> None:
        """Base conditions re-checked with this country's parameter values (an added ground must be a choice)."""
        for cid, (bp, c) in self.base_crit.items():
            sub: list[Problem] = []
            for ps in param_sets:
                self.condition(c.when, bp, ps, set(crit), _what("criterion", cid), probs=sub)
            for s in sub:
                if any(q.message == s.message and q.path == s.path for q in self.probs):
                    continue  # already reported against the base file itself
                self.add("rules.with_country_parameters", p, cf.line_at("parameters"), code=code,
                         problem=s.as_param())

    def country_versions(self, p: str, cf: Any, crit: dict) -> dict[str, list]:
        """A country's definitions and exclusions by id: ids of their own, versions dated apart."""
        ids: dict[str, list] = {}
        for v in cf.definitions + cf.exclusions:
            ids.setdefault(v.id, []).append(v)
        for vid, vs in ids.items():
            if vid in crit:
                self.add("rules.definition_is_criterion", p, vs[0], id=vid)
            if len(vs) > 1:
                if any(v.valid_from is None and v.valid_to is None for v in vs):
                    self.add("rules.definition_twice_in_country", p, vs[1], id=vid)
                elif len({v.extends for v in vs}) > 1:
                    self.add("rules.versions_extend_different", p, vs[1].line_at("extends"), id=vid)
                else:
                    self.probs.extend(date_ranges(vs, _what("definition", vid), p))
        return ids

    def country_extensions(self, p: str, cf: Any, crit: dict) -> None:
        """Each definition or exclusion a country extends exists, in its section, and what it drops or adds fits."""
        for group, kinds in ((cf.definitions, ("inclusion", "complementary", "statelessness")),
                             (cf.exclusions, ("exclusion", "cessation"))):
            for v in group:
                if v.extends not in self.defs:
                    self.add("rules.extends_unknown_definition", p, v.line_at("extends"), id=v.id, name=v.extends,
                             hint=hint(v.extends, self.defs))
                    continue
                self.extension(p, v, self.defs[v.extends][1], kinds, crit)

    def extension(self, p: str, v: Any, base: Definition, kinds: tuple[str, ...], crit: dict) -> None:
        add = self.add
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
            if a not in crit:
                add("rules.adds_unknown", p, v.line_at("add"), id=v.id, name=a, hint=hint(a, crit))
            elif a in base.elements:
                add("rules.adds_present", p, v.line_at("add"), id=v.id, name=a, base=v.extends)

    def country_pathways(self, p: str, cf: Any, crit: dict, ids: dict[str, list]) -> None:
        """A pathway's id is its own, its elements exist, its versions are dated apart."""
        ways: dict[str, list] = {}
        for w in cf.pathways:
            ways.setdefault(w.id, []).append(w)
            if w.id in ids or w.id in crit:
                self.add("rules.pathway_id_used", p, w, id=w.id)
            for e in w.elements:
                if e not in crit:
                    self.add("rules.pathway_unknown_element", p, w.line_at("elements"), id=w.id, name=e,
                             hint=hint(e, crit))
        for wid, ws in ways.items():
            self.probs.extend(date_ranges(ws, _what("pathway", wid), p))

    def country_flags(self, p: str, cf: Any, crit: dict, cparams: dict[str, Param]) -> None:
        """A country's own flags and the base flags it sets: dated apart, conditions that hold together."""
        by_flag: dict[str, list] = {}
        for fv in cf.flags:
            by_flag.setdefault(fv.id if isinstance(fv, CountryFlag) else fv.extends, []).append(fv)
        for fid_, fvs in by_flag.items():
            if len(fvs) > 1:
                self.probs.extend(date_ranges(fvs, _what("flag", fid_), p))
        for fv in cf.flags:
            if isinstance(fv, CountryFlag):
                if fv.id in self.flags:
                    self.add("rules.flag_is_base", p, fv, id=fv.id, other=self.flags[fv.id][0])
                self.condition(fv.when, p, cparams, set(crit), _what("flag", fv.id))
                continue
            if fv.extends not in self.flags:
                self.add("rules.flag_extends_unknown", p, fv.line_at("extends"), name=fv.extends,
                         hint=hint(fv.extends, self.flags))
                continue
            sub: list[Problem] = []
            bp, base = self.flags[fv.extends]
            self.condition(base.when, bp, cparams, set(crit), _what("flag", fv.extends), probs=sub)
            for s in sub:
                self.add("rules.set_in_country", p, fv.line, problem=s.as_param())


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
