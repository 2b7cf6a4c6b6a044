"""Along the route (issue 16): one case screened in every country on the way, and what differs.

Each country is assessed on its own, exactly as `assess` would (one Assessment each, the same JSON
contract); this module only lines the results up and compares them. It never ranks the countries
or says where to go: it states what each law, as encoded, says about this case.

The comparison is derived from the assessments and the rule data alone. Definitions are compared by
the base definition their national clause extends (`extends`: the 1951 definition, the Cartagena
definition, CAT Art. 3 ...), and a national status with no base (a humanitarian pathway) by its kind.
For each, a country has it met, not met or undetermined (its best clause of that family), or has no
such clause in its law; where it is not met the elements still needed are named, and where a
refugee clause is absent, what refugee status rests on there instead. Nothing legal is written
here: which country has which clause, and what each needs, comes from the rule and country files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from screening.base import messages
from screening.base.countrynames import contract, country_name, is_country_code, names_in_sentence
from screening.base.errors import InputError
from screening.base.safe_text import json_text
from screening.explain.outcomes import KINDS as OUTCOME_KINDS
from screening.law.library import Library
from screening.models.assessment import Assessment, CitationOut, DefinitionResult
from screening.models.case import Case
from screening.models.route import Clause, Difference, Group, Need, RouteJSON

__all__ = ["Difference", "Route", "Row", "compare", "parse_countries", "recorded_countries", "screen", "to_json"]

ROUTE_FACT_ROLE = "route"
# the definition kinds compared, by outcome (refugee status, protection from return, ...), then the sets
_KIND_OF = {k: outcome for outcome, kinds in OUTCOME_KINDS.items() for k in kinds}
_SETS = ("exclusion", "cessation")
_SET_TITLE = {"exclusion": "report.section.exclusions", "cessation": "report.section.cessation"}
# kinds whose elements are named where a clause is not met (a national status, such as a humanitarian
# pathway, is compared by whether it exists and how it stands: its own elements are in each report)
_NEEDS = ("inclusion", "complementary")
_RANK = {"met": 3, "undetermined": 2, "not_met": 1, "not_raised": 0}
_GROUP_ORDER = {"met": 0, "undetermined": 1, "not_met": 2, "not_raised": 3, "absent": 4}


@dataclass
class Row:
    """One country on the route: its assessment, or why it was not screened."""

    code: str
    name: str
    assessment: Assessment | None = None
    reason: Literal["no_rules", "own_country"] | None = None


@dataclass
class Route:
    rows: list[Row]
    as_of: dt.date
    lang: str
    reference: str | None = None
    entry_date: dt.date | None = None  # the case's one date of entry: into the country where protection is asked
    entry_country: str | None = None  # that country, when the case says (an interview session's country)
    comparison: list[Difference] = field(default_factory=list)

    @property
    def screened(self) -> list[Row]:
        return [r for r in self.rows if r.assessment is not None]


# --- which countries -----------------------------------------------------------------------------

def parse_countries(text: str, lib: Library) -> list[str]:
    """`--countries CO,PA,CR`: codes in the order given, once each. A code that is no country is an
    error; a country with no file of rules is kept (its row says so)."""

    codes: list[str] = []
    for part in text.split(","):
        code = part.strip().upper()
        if not code or code in codes:
            continue
        if code not in lib.countries and not is_country_code(code):
            raise InputError.of("unknown_country", code=code, known=", ".join(lib.country_codes()))
        codes.append(code)
    if not codes:
        raise InputError.of("unknown_country", code=text.strip(), known=", ".join(lib.country_codes()))
    return codes


def recorded_countries(case: Case, lib: Library, screened_in: str | None = None) -> list[str]:
    """The countries the case's route facts record (a set-valued fact of role `route` whose choices
    are countries), in the order the case lists them, then the country where it is screened, if known."""
    codes: list[str] = []
    for fact in lib.catalogue.facts:
        if fact.role != ROUTE_FACT_ROLE or fact.type != "set" or not fact.choices:
            continue
        value = case.known.get(fact.id)
        for v in value if isinstance(value, list) else []:
            code = str(v).upper()
            if code not in codes and str(v) in fact.choice_ids():
                codes.append(code)
    if screened_in and screened_in.upper() not in codes:
        codes.append(screened_in.upper())
    return codes


def _name(code: str, lib: Library, lang: str) -> str:
    if code in lib.countries:
        return lib.jurisdiction(code).name.get(lang)
    for fact in lib.catalogue.facts:  # a route answer that is no country ("another country")
        if fact.role == ROUTE_FACT_ROLE:
            for ch in fact.choices or []:
                if ch.id == code.lower():
                    return ch.label.get(lang)

    return country_name(code, lang)


# --- screening -----------------------------------------------------------------------------------

def screen(screener: Any, case: Case, codes: list[str], as_of: dt.date, lang: str,
           entry_country: str | None = None) -> Route:
    """Assess `case` in each country of `codes` (a Screener); compare the results."""
    lib = screener.lib
    origin = next((f.id for f in lib.catalogue.facts if f.role == "origin_country"), None)
    nationality = str(case.known.get(origin, "")).upper() if origin else ""
    rows = []
    for code in codes:
        row = Row(code=code, name=_name(code, lib, lang))
        if code not in lib.countries:
            row.reason = "no_rules"
        elif code == nationality:
            row.reason = "own_country"
        else:
            row.assessment = screener.assess(case, code, as_of, lang)
        rows.append(row)
    entry = case.known.get("date_of_entry")
    route = Route(rows=rows, as_of=as_of, lang=lang, reference=case.reference,
                  entry_date=entry if isinstance(entry, dt.date) else None,
                  entry_country=entry_country.upper() if entry_country else None)
    route.comparison = compare(route, lib)
    return route


# --- the comparison ------------------------------------------------------------------------------

def _t(key: str, lang: str, **fmt: Any) -> str:
    text = messages.t(key, lang)
    return text.format(**fmt) if fmt else text


def join_names(names: list[str], lang: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return _t("route.list", lang, first=", ".join(names[:-1]), last=names[-1])


def _family(d: DefinitionResult) -> str:
    return d.extends or d.kind


def _best(defs: list[DefinitionResult]) -> DefinitionResult:
    return max(defs, key=lambda d: _RANK.get(d.status, 0))  # the first of the best, in the law's order


def _needs(d: DefinitionResult) -> list[Need]:
    """What a clause still needs: the elements not met (which decide it), else those undetermined."""
    for status in ("not_met", "undetermined"):
        out = [Need(id=c.id, title=c.title, status=c.status) for c in d.criteria if c.status == status]
        if out:
            return out
    return []


def _own_cites(d: DefinitionResult, lib: Library) -> list[CitationOut]:
    """The country's own sources for its clause (those the base definition does not give)."""
    base = lib.base_definitions().get(d.extends or "")
    base_labels = {c.label() for c in base[1].cite} if base else set()
    own = [c for c in d.citations if c.label not in base_labels]
    return own[:1] or d.citations[:1]


def compare(route: Route, lib: Library) -> list[Difference]:
    rows = route.screened
    if len(rows) < 2:
        return []
    families: dict[str, str] = {}  # family -> kind, in the order met
    for r in rows:
        assert r.assessment is not None
        for d in [*r.assessment.definitions, *r.assessment.exclusions]:
            if d.kind in _KIND_OF or d.kind in _SETS:
                families.setdefault(_family(d), d.kind)
    out = [x for fam, kind in families.items() if (x := _difference(route, lib, fam, kind)) is not None]
    deadline = _deadline_difference(route)
    return out + ([deadline] if deadline else [])


def _difference(route: Route, lib: Library, fam: str, kind: str) -> Difference | None:
    lang = route.lang
    groups: dict[tuple, Group] = {}
    for r in route.screened:
        a = r.assessment
        assert a is not None
        mine = [d for d in [*a.definitions, *a.exclusions] if _family(d) == fam]
        if not mine:
            status, clause, rests = "absent", None, _rests_on(a, fam) if kind == "inclusion" else []
            # refugee status there rests on the other refugee clauses: those met, else what all of them need
            met = [d for d in rests if d.status == "met"]
            rests = met or rests
            needs = [] if met else list({n.title + n.status: n for d in rests for n in _needs(d)}.values())
        else:
            best = _best(mine)
            status, clause, rests = best.status, best, []
            needs = _needs(best) if status in ("not_met", "undetermined") and kind in _NEEDS else []
        key = (status, tuple(n.title + n.status for n in needs), tuple(_family(d) + d.status for d in rests))
        g = groups.get(key)
        if g is None:
            g = groups[key] = Group(status=status, countries=[], needs=needs, text="")
            g.rests_on = [Clause(country=a.country, id=d.id, title=d.title, status=d.status,
                                 family_title=_family_title(d, lib, lang)) for d in rests]
        g.countries.append(a.country)
        if clause is not None:
            g.clauses.append(Clause(country=a.country, id=clause.id, title=clause.title, status=clause.status))
            g.missing += [m for m in clause.missing if m not in g.missing]
            g.citations += [c for c in _own_cites(clause, lib) if c.label not in {x.label for x in g.citations}]
        for d in rests:
            g.citations += [c for c in _own_cites(d, lib) if c.label not in {x.label for x in g.citations}]
    if len(groups) < 2:
        return None
    names = {r.assessment.country: r.name for r in route.screened if r.assessment}
    ordered = sorted(groups.values(), key=lambda g: _GROUP_ORDER.get(g.status, 9))
    for g in ordered:
        g.text = contract(_group_text(g, kind, [(c, names[c]) for c in g.countries], lang), lang)
    base = lib.base_definitions().get(fam)
    if base is not None:
        title = base[1].title.get(lang)
        cites = [CitationOut(instrument=c.instrument, provision=c.provision, year=c.year, url=c.url,
                             confidence=c.confidence, note=c.note.get(lang) if c.note else None, label=c.label(lang))
                 for c in base[1].cite[:1]]
    else:
        msg = f"report.kind.{_KIND_OF[kind]}" if kind in _KIND_OF else _SET_TITLE.get(kind, "label.definitions")
        title, cites = _t(msg, lang), []
    return Difference(kind=kind, id=fam, title=title, citations=cites, groups=ordered)


def _family_title(d: DefinitionResult, lib: Library, lang: str) -> str:
    base = lib.base_definitions().get(d.extends or "")
    return base[1].title.get(lang) if base else d.title


def _rests_on(a: Assessment, fam: str) -> list[DefinitionResult]:
    """Where a refugee clause of family `fam` is absent: the best clause of each other refugee family,
    leaving out one nothing raised (a route for a particular group, as Art. 1D, while silent)."""
    unraised = {x for c in a.open_checks if c.counts_as == "not_met" for x in c.definitions}
    fams: dict[str, list[DefinitionResult]] = {}
    for d in a.definitions:
        if d.kind == "inclusion" and _family(d) != fam and not (d.status == "not_met" and d.id in unraised):
            fams.setdefault(_family(d), []).append(d)
    return [_best(ds) for ds in fams.values()]


def _needs_text(needs: list[Need], lang: str) -> str:
    return "; ".join(_t("route.need", lang, title=n.title.rstrip("."), status=_t(f"status.{n.status}", lang))
                     for n in needs)


def _group_text(g: Group, kind: str, codes: list[tuple[str, str]], lang: str) -> str:
    key = _group_key(g, kind)
    countries = join_names(names_in_sentence(messages.t(key, lang), "countries", codes, lang), lang)
    if kind in _SETS:
        return _t(f"route.group.set.{g.status}", lang, countries=countries)
    if g.status == "absent":
        if kind != "inclusion" or not g.rests_on:
            return _t("route.group.absent", lang, countries=countries)
        rests = join_names(list(dict.fromkeys(c.family_title or c.title for c in g.rests_on)), lang)
        if not g.needs:
            return _t("route.group.absent_rests_met", lang, countries=countries, rests=rests)
        return _t("route.group.absent_rests", lang, countries=countries, rests=rests, needs=_needs_text(g.needs, lang))
    if g.status in ("not_met", "undetermined") and g.needs:
        return _t(f"route.group.{g.status}_needs", lang, countries=countries, needs=_needs_text(g.needs, lang))
    return _t(f"route.group.{g.status}", lang, countries=countries)


def _group_key(g: Group, kind: str) -> str:
    """The message `_group_text` words a group with (its preposition decides how the countries read)."""
    if kind in _SETS:
        return f"route.group.set.{g.status}"
    if g.status == "absent":
        if kind != "inclusion" or not g.rests_on:
            return "route.group.absent"
        return "route.group.absent_rests" if g.needs else "route.group.absent_rests_met"
    if g.status in ("not_met", "undetermined") and g.needs:
        return f"route.group.{g.status}_needs"
    return f"route.group.{g.status}"


def _deadline_difference(route: Route) -> Difference | None:
    lang = route.lang
    groups: dict[tuple, Group] = {}
    for r in route.screened:
        a = r.assessment
        assert a is not None
        periods = tuple((d.period, d.unit) for d in a.deadlines)
        g = groups.get(periods)
        if g is None:
            text = "; ".join(period_text(n, unit, lang) for n, unit in periods)
            g = groups[periods] = Group(status="period" if periods else "none", countries=[], text=text)
        g.countries.append(a.country)
        for d in a.deadlines:
            g.citations += [c for c in d.citations[:1] if c.label not in {x.label for x in g.citations}]
    if len(groups) < 2:
        return None
    names = {r.assessment.country: r.name for r in route.screened if r.assessment}
    ordered = sorted(groups.values(), key=lambda g: g.status != "period")
    for g in ordered:
        key = "route.deadline.group" if g.status == "period" else "route.deadline.group_none"
        countries = join_names(names_in_sentence(messages.t(key, lang), "countries",
                                                 [(c, names[c]) for c in g.countries], lang), lang)
        g.text = contract(_t(key, lang, period=g.text, countries=countries), lang)
    return Difference(kind="filing_period", id="filing_period", title=_t("report.deadline.label", lang),
                      groups=ordered)


def period_text(n: float, unit: str, lang: str) -> str:
    from babel import Locale

    count = int(n) if float(n).is_integer() else n
    form = Locale.parse(lang).plural_form(abs(count))
    key = f"report.deadline.unit.{unit}.{form}"
    if key not in messages.catalogue():
        key = f"report.deadline.unit.{unit}.other"
    return _t(key, lang, n=count)


# --- JSON ----------------------------------------------------------------------------------------

def to_json(route: Route, rows: list[dict]) -> str:
    """The JSON contract: each country's assessment (as `assess --format json`), the countries not
    screened and why, one summary row per country, and the comparison."""
    import json


    body = {
        "as_of": route.as_of.isoformat(),
        "language": route.lang,
        "reference": route.reference,
        "countries": [r.code for r in route.rows],
        "entry": {"date_of_entry": route.entry_date.isoformat() if route.entry_date else None,
                  "country": route.entry_country},
        "assessments": [r.assessment.model_dump(mode="json") for r in route.rows if r.assessment],
        "not_screened": [{"country": r.code, "country_name": r.name, "reason": r.reason,
                          "text": _t(f"route.reason.{r.reason}", route.lang)} for r in route.rows if r.reason],
        "rows": rows,
        "comparison": [d.model_dump(mode="json") for d in route.comparison],
        "notice": _t("route.notice", route.lang),
        "disclaimer": _t("disclaimer", route.lang),
    }
    RouteJSON.model_validate(body)  # the contract (schemas/route.schema.json) holds, or this is a bug
    return json_text(json.dumps(body, ensure_ascii=False, indent=2))
