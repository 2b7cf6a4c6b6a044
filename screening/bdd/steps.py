"""The Gherkin steps trainers write (`screening rules steps` lists them), shipped in the package so
`screening rules test` runs a trainer's features from an installed wheel. Generic steps, in English,
Spanish and Portuguese, so a trainer adds a .feature file and no Python. Facts are a two-column table in
any order; values use the same words as case files (yes/no/sí/sim/não, unknown/no sé/não sei,
declined/prefiero no decir, lists separated by commas).

    Given the jurisdiction "MX"
    And the facts:
      | fact                           | value            |
      | outside_country_of_nationality | yes              |
    And the assessment date is "2026-01-15"
    When the case is assessed
    Then the overall result is "eligible"
    And the definition "mx_refugee_expanded" is "met"
    And the criterion "nexus" of "mx_refugee" is "undetermined"
    And the exclusion "mx_exclusion" is "not_met"
    And the flag "filing_period_passed" is "met"
    And the missing facts of "mx_refugee" include "fears_return"
    And the definition "br_refugee_expanded" cites "Lei 9.474"
    And the criterion "convention_ground" of "mx_refugee" cites "art. 13"
    And the exclusion "mx_exclusion" is "not raised"
    And the open checks include "excl_1fa_international_crimes, no_internal_flight_alternative"
    And the outcome "refugee_status" is "eligible"
    And the outcome "complementary_protection" rests on a low-confidence source

Facts a scenario does not give were never asked: a clause raised only on indication (exclusion,
cessation, internal flight) is then "not raised" and listed among the open checks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from screening.assess.screener import Screener
from screening.bdd import coverage
from screening.bdd.words import FLAG, OUTCOME, OVERALL, STATUS
from screening.bdd.words import word as to_id
from screening.explain.explainer import Explainer
from screening.law.library import suggest
from screening.models.assessment import Assessment
from screening.models.case import case_from_validated, case_model
from screening.models.scenario import load_all


@pytest.fixture(scope="session")
def screener() -> Screener:
    return Screener()


class Scenario:
    def __init__(self, screener: Screener):
        self.screener = screener
        self.country: str | None = None
        self.facts: dict[str, Any] = {}
        self.as_of = dt.date(2026, 11, 23)
        self.lang = "en"
        self.result: Assessment | None = None

    def assessed(self) -> Assessment:
        assert self.result is not None, "the case has not been assessed yet (missing a 'When' step)"
        return self.result

    def block(self, block_id: str, kinds: tuple[str, ...] = ("definitions", "exclusions")):
        a = self.assessed()
        for kind in kinds:
            for d in getattr(a, kind):
                if d.id == block_id:
                    return d
        known = [d.id for k in kinds for d in getattr(a, k)]
        raise AssertionError(f"no definition '{block_id}' in {a.country}; there are: {', '.join(known)}")

    def criterion(self, crit_id: str, block_id: str):
        d = self.block(block_id)
        for c in d.criteria:
            if c.id == crit_id:
                return c
        raise AssertionError(
            f"'{block_id}' has no criterion '{crit_id}'; it has: {', '.join(c.id for c in d.criteria)}")


@pytest.fixture
def scenario(screener: Screener) -> Scenario:
    return Scenario(screener)


# --- Given ---------------------------------------------------------------------------------------

@given(parsers.re(r'(?:the jurisdiction|la jurisdicción|a jurisdição) "(?P<code>[A-Za-z]{2})"'))
def given_jurisdiction(scenario: Scenario, code: str):
    scenario.country = code.upper()
    scenario.screener.lib.jurisdiction(scenario.country)  # fails clearly on an unknown code


@given(parsers.re(r"(?:the facts|los hechos|os fatos):"))
def given_facts(scenario: Scenario, datatable):
    rows = [r for r in datatable if any(cell.strip() for cell in r)]
    header, body = rows[0], rows[1:]
    if len(header) != 2:
        raise AssertionError("the facts table has two columns: fact and value")
    for fact, value in body:
        fact = fact.strip()
        if fact in scenario.facts:
            raise AssertionError(f"fact '{fact}' is given twice")
        scenario.facts[fact] = _table_value(scenario, fact, value.strip())


def _table_value(scenario: Scenario, fact: str, value: str) -> Any:
    lib = scenario.screener.lib
    if fact not in lib.facts:

        raise AssertionError(f"unknown fact '{fact}'{suggest(fact, lib.facts)}")
    if lib.facts[fact].type == "set" and value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return value


@given(parsers.re(r'(?:the training scenario|el escenario de práctica|o cenário de treino) "(?P<sid>[a-z0-9_]+)"'))
def given_training_scenario(scenario: Scenario, sid: str):
    """A training scenario's hidden facts, jurisdiction and date: its correct outcome is pinned here,
    so a rule change that moves it is noticed (training/*.yaml)."""

    scenarios = load_all(scenario.screener.lib)
    assert sid in scenarios, f"no training scenario '{sid}'; there are: {', '.join(sorted(scenarios))}"
    sc = scenarios[sid][1]
    scenario.country = sc.persona.screened_in
    scenario.facts = {fid: hf.value for fid, hf in sc.facts.items()}
    if sc.as_of:
        scenario.as_of = sc.as_of


@given(parsers.re(r'(?:the assessment date is|la fecha de evaluación es|a data de avaliação é) "(?P<day>[0-9-]+)"'))
def given_as_of(scenario: Scenario, day: str):
    scenario.as_of = dt.date.fromisoformat(day)


@given(parsers.re(r'(?:the language is|el idioma es|o idioma é) "(?P<lang>en|es|pt)"'))
def given_lang(scenario: Scenario, lang: str):
    scenario.lang = lang


# --- When ----------------------------------------------------------------------------------------

@when(parsers.re(r"(?:the case is assessed|se evalúa el caso|o caso é avaliado)"))
def when_assessed(scenario: Scenario):
    assert scenario.country, "no jurisdiction given"
    lib = scenario.screener.lib
    from pydantic import ValidationError

    try:
        model = case_model(lib.catalogue).model_validate({"facts": scenario.facts})
    except ValidationError as e:  # one line a trainer can act on, not pydantic's report
        err = e.errors(include_url=False)[0]
        fid = next((str(x) for x in err["loc"][1:2]), "?")
        fact = lib.facts.get(fid)
        choices = f"; one of: {', '.join(fact.choice_ids())}" if fact is not None and fact.choice_ids() else ""
        raise AssertionError(f"the facts table: '{fid}' = {scenario.facts.get(fid)!r} is not a valid "
                             f"{fact.type if fact else 'answer'}{choices}") from None
    case = case_from_validated(model)

    jur, program, ev = scenario.screener.evaluate(case, scenario.country, scenario.as_of)
    ex = Explainer(scenario.screener.lib, jur, program, ev, case, scenario.lang)
    scenario.result = ex.assessment(scenario.as_of)
    coverage.record(ex)


# --- Then ----------------------------------------------------------------------------------------

@then(parsers.re(r'(?:the overall result is|el resultado (?:global|general) es|o resultado geral é) "(?P<word>[^"]+)"'))
def then_overall(scenario: Scenario, word: str):
    a = scenario.assessed()
    expected = to_id(OVERALL, word)
    assert a.overall == expected, f"overall is {a.overall}, expected {expected}; still unknown: {a.overall_missing}"


@then(parsers.re(r'(?:the (?:definition|exclusion)|la (?:definición|exclusión)|a (?:definição|exclusão)) '
                 r'"(?P<block>[a-z0-9_]+)" (?:is|está|es) "(?P<word>[^"]+)"'))
def then_definition(scenario: Scenario, block: str, word: str):
    d = scenario.block(block)
    expected = to_id(STATUS, word)
    detail = {c.id: shown_status(c, d.kind) for c in d.criteria}
    got = shown_status(d, d.kind)
    assert got == expected, f"'{block}' is {got}, expected {expected}; criteria: {detail}"


def shown_status(r, kind: str) -> str:
    """A status as the reports show it: an exclusion or cessation ground the answers point to but that only
    the authority can decide (held open) reads "indicated"."""
    return "indicated" if kind in ("exclusion", "cessation") and r.status == "undetermined" and r.held_open \
        else r.status


@then(parsers.re(r'(?:the criterion|el criterio|o critério) "(?P<crit>[a-z0-9_]+)" (?:of|de|da|do) '
                 r'"(?P<block>[a-z0-9_]+)" (?:is|está|es) "(?P<word>[^"]+)"'))
def then_criterion(scenario: Scenario, crit: str, block: str, word: str):
    c = scenario.criterion(crit, block)
    expected = to_id(STATUS, word)
    got = shown_status(c, scenario.block(block).kind)
    assert got == expected, (f"criterion '{crit}' of '{block}' is {got}, expected {expected}; "
                             f"because {[(r.id, r.value) for r in c.because]}; missing {c.missing}")


@then(parsers.re(r'(?:the flag|la alerta|o alerta) "(?P<flag>[a-z0-9_]+)" (?:is|está|es) "(?P<word>[^"]+)"'))
def then_flag(scenario: Scenario, flag: str, word: str):
    a = scenario.assessed()
    flags = {f.id: f for f in a.flags}
    assert flag in flags, f"no flag '{flag}' in {a.country}; there are: {', '.join(flags) or 'none'}"
    expected = to_id(FLAG, word)
    assert flags[flag].status == expected, f"flag '{flag}' is {flags[flag].status}, expected {expected}"


@then(parsers.re(r'(?:the missing facts of|los hechos faltantes de|os fatos em falta de) "(?P<block>[a-z0-9_]+)" '
                 r'(?:include|incluyen|incluem) "(?P<facts>[^"]+)"'))
def then_missing(scenario: Scenario, block: str, facts: str):
    d = scenario.block(block)
    for f in (x.strip() for x in facts.split(",")):
        assert f in d.missing, f"'{f}' is not among the missing facts of '{block}': {d.missing}"


@then(parsers.re(r'(?:the missing facts of|los hechos faltantes de|os fatos em falta de) "(?P<block>[a-z0-9_]+)" '
                 r'(?:do not include|no incluyen|não incluem) "(?P<facts>[^"]+)"'))
def then_not_missing(scenario: Scenario, block: str, facts: str):
    d = scenario.block(block)
    for f in (x.strip() for x in facts.split(",")):
        assert f not in d.missing, f"'{f}' is among the missing facts of '{block}': {d.missing}"


@then(parsers.re(r'(?:the overall missing facts include|los hechos faltantes globales incluyen|'
                 r'os fatos em falta globais incluem) "(?P<facts>[^"]+)"'))
def then_overall_missing(scenario: Scenario, facts: str):
    a = scenario.assessed()
    for f in (x.strip() for x in facts.split(",")):
        assert f in a.overall_missing, f"'{f}' is not among the facts still needed: {a.overall_missing}"


def _cites(citations, text: str) -> bool:
    needle = text.lower()
    return any(needle in c.label.lower() for c in citations)


@then(parsers.re(r'(?:the (?:definition|exclusion)|la (?:definición|exclusión)|a (?:definição|exclusão)) '
                 r'"(?P<block>[a-z0-9_]+)" (?:cites|cita) "(?P<text>[^"]+)"'))
def then_definition_cites(scenario: Scenario, block: str, text: str):
    d = scenario.block(block)
    assert _cites(d.citations, text), f"'{block}' does not cite '{text}': {[c.label for c in d.citations]}"


@then(parsers.re(r'(?:the criterion|el criterio|o critério) "(?P<crit>[a-z0-9_]+)" (?:of|de|da|do) '
                 r'"(?P<block>[a-z0-9_]+)" (?:cites|cita) "(?P<text>[^"]+)"'))
def then_criterion_cites(scenario: Scenario, crit: str, block: str, text: str):
    c = scenario.criterion(crit, block)
    assert _cites(c.citations, text), f"'{crit}' does not cite '{text}': {[x.label for x in c.citations]}"


@then(parsers.re(r'(?:the flag|la alerta|o alerta) "(?P<flag>[a-z0-9_]+)" (?:cites|cita) "(?P<text>[^"]+)"'))
def then_flag_cites(scenario: Scenario, flag: str, text: str):
    flags = {f.id: f for f in scenario.assessed().flags}
    assert flag in flags, f"no flag '{flag}'"
    assert _cites(flags[flag].citations, text), f"flag '{flag}' does not cite '{text}'"


@then(parsers.re(r'(?:the jurisdiction has no flag|la jurisdicción no tiene la alerta|a jurisdição não tem o alerta) '
                 r'"(?P<flag>[a-z0-9_]+)"'))
def then_no_flag(scenario: Scenario, flag: str):
    """A clause not in force on the assessment date (or never in this law) is absent, not 'not raised'."""
    flags = {f.id for f in scenario.assessed().flags}
    assert flag not in flags, f"'{flag}' is a flag of {scenario.country} on this date"


@then(parsers.re(r'(?:the definition|la definición|a definição) "(?P<block>[a-z0-9_]+)" '
                 r'(?:is not in force|no está vigente|não está vigente)'))
def then_not_in_force(scenario: Scenario, block: str):
    a = scenario.assessed()
    ids = {d.id for d in a.definitions + a.exclusions}
    assert block not in ids, f"'{block}' is in force in {a.country} on {a.as_of}"


@then(parsers.re(r'(?:the outcome|el resultado|o resultado) "(?P<kind>[^"]+)" (?:is|es|é) "(?P<word>[^"]+)"'))
def then_outcome(scenario: Scenario, kind: str, word: str):
    a = scenario.assessed()
    name = to_id(OUTCOME, kind)
    got = a.outcomes[name]
    expected = to_id(OVERALL, word)
    assert got.status == expected, (f"outcome {name} is {got.status}, expected {expected}; because "
                                    f"{[(b.id, b.status, b.grounds) for b in got.because]}; missing {got.missing}")


@then(parsers.re(r'(?:the outcome|el resultado|o resultado) "(?P<kind>[^"]+)" (?:is not|no es|não é) '
                 r'"(?P<word>[^"]+)"'))
def then_outcome_not(scenario: Scenario, kind: str, word: str):
    got = scenario.assessed().outcomes[to_id(OUTCOME, kind)]
    assert got.status != to_id(OVERALL, word), f"outcome {kind} is {got.status}; missing {got.missing}"


@then(parsers.re(r'(?:the outcome|el resultado|o resultado) "(?P<kind>[^"]+)" '
                 r'(?:rests on a low-confidence source|se basa en una fuente de baja confianza|'
                 r'se baseia numa fonte de baixa confiança)'))
def then_outcome_low_confidence(scenario: Scenario, kind: str):
    name = to_id(OUTCOME, kind)
    assert scenario.assessed().outcomes[name].low_confidence, f"outcome {name} rests on no low-confidence source"


@then(parsers.re(r'(?:the open checks include|las verificaciones pendientes incluyen|'
                 r'as verificações pendentes incluem) "(?P<clauses>[^"]+)"'))
def then_open_checks(scenario: Scenario, clauses: str):
    got = {c.clause for c in scenario.assessed().open_checks}
    for c in (x.strip() for x in clauses.split(",")):
        assert c in got, f"'{c}' is not among the open checks: {sorted(got)}"


@then(parsers.re(r'(?:the open checks do not include|las verificaciones pendientes no incluyen|'
                 r'as verificações pendentes não incluem) "(?P<clauses>[^"]+)"'))
def then_not_open_checks(scenario: Scenario, clauses: str):
    got = {c.clause for c in scenario.assessed().open_checks}
    for c in (x.strip() for x in clauses.split(",")):
        assert c not in got, f"'{c}' is among the open checks: {sorted(got)}"


@then(parsers.re(r'(?:the first open check is|la primera verificación pendiente es|a primeira verificação pendente é) '
                 r'"(?P<clause>[a-z0-9_]+)", (?:marked|marcada) "(?P<doubt>unknown|declined)"'))
def then_first_open_check(scenario: Scenario, clause: str, doubt: str):
    """A clause whose question the applicant did not know or declined: no indication, but listed first."""
    checks = scenario.assessed().open_checks
    assert checks, "there are no open checks"
    first = checks[0]
    assert first.clause == clause, f"the first open check is '{first.clause}', expected '{clause}'"
    assert doubt in first.doubts.values(), f"'{clause}' is marked {first.doubts or 'with nothing'}, expected {doubt}"


@then(parsers.re(r'(?:there are no open checks|no hay verificaciones pendientes|não há verificações pendentes)'))
def then_no_open_checks(scenario: Scenario):
    got = [c.clause for c in scenario.assessed().open_checks]
    assert not got, f"open checks: {got}"


# --- specific needs and referral (rules/specific_needs.yaml): never part of the result ------------

def _referrals(scenario: Scenario) -> dict:
    return {r.id: r for r in scenario.assessed().referrals}


@then(parsers.re(r'(?:the referral|la derivación|o encaminhamento) "(?P<ref>[a-z0-9_]+)" '
                 r'(?:is raised|está activada|está ativado)'))
def then_referral_raised(scenario: Scenario, ref: str):
    got = _referrals(scenario)
    assert ref in got, f"referral '{ref}' is not raised; raised: {', '.join(got) or 'none'}"


@then(parsers.re(r'(?:the referral|la derivación|o encaminhamento) "(?P<ref>[a-z0-9_]+)" '
                 r'(?:is not raised|no está activada|não está ativado)'))
def then_referral_not_raised(scenario: Scenario, ref: str):
    assert ref not in _referrals(scenario), f"referral '{ref}' is raised"


@then(parsers.re(r'(?:no referral is raised|no se activa ninguna derivación|nenhum encaminhamento é ativado)'))
def then_no_referral(scenario: Scenario):
    got = list(_referrals(scenario))
    assert not got, f"referrals raised: {got}"


@then(parsers.re(r'(?:the referral|la derivación|o encaminhamento) "(?P<ref>[a-z0-9_]+)" '
                 r'(?:cites|cita) "(?P<text>[^"]+)"'))
def then_referral_cites(scenario: Scenario, ref: str, text: str):
    got = _referrals(scenario)
    assert ref in got, f"referral '{ref}' is not raised"
    assert _cites(got[ref].citations, text), f"referral '{ref}' does not cite '{text}'"


@then(parsers.re(r'(?:the referral|la derivación|o encaminhamento) "(?P<ref>[a-z0-9_]+)" '
                 r'(?:says|dice|diz) "(?P<text>[^"]+)"'))
def then_referral_says(scenario: Scenario, ref: str, text: str):
    """The words appear in its referral, safeguards or national note (in the scenario's language)."""
    got = _referrals(scenario)
    assert ref in got, f"referral '{ref}' is not raised"
    r = got[ref]
    words = " ".join([r.referral, *r.safeguards, r.note or ""]).lower()
    assert text.lower() in words, f"referral '{ref}' does not say '{text}': {words}"


@then(parsers.re(r'(?:without the facts|sin los hechos|sem os fatos) "(?P<facts>[^"]+)" '
                 r'(?:the result is the same|el resultado es el mismo|o resultado é o mesmo)'))
def then_same_without(scenario: Scenario, facts: str):
    """A referral never changes eligibility: the same case without these answers gets the same results."""
    drop = {x.strip() for x in facts.split(",")}
    lib = scenario.screener.lib
    model = case_model(lib.catalogue).model_validate(
        {"facts": {k: v for k, v in scenario.facts.items() if k not in drop}})
    other = scenario.screener.assess(case_from_validated(model), scenario.country or "", scenario.as_of,
                                     scenario.lang)
    a = scenario.assessed()
    # a specific need may open a humanitarian pathway the law gives (a child, a trafficking victim):
    # that is a national status beside eligibility, never part of it
    kept = lambda outs: {k: o.status for k, o in outs.items() if k != "humanitarian_pathway"}  # noqa: E731
    assert a.overall == other.overall
    assert kept(a.outcomes) == kept(other.outcomes)
    assert ([(d.id, d.status) for d in a.definitions if d.kind != "humanitarian"]
            == [(d.id, d.status) for d in other.definitions if d.kind != "humanitarian"])


# steps on the guidance and authorities reported beside the results (registered on import)
from screening.bdd.steps_background import *  # noqa: E402,F401,F403
