"""Gherkin steps on what an assessment reports beside its results: the country-of-origin guidance
(with its date, profiles and age) and the authorities that receive and decide claims. Imported by
screening/bdd/steps.py, so `screening rules test` and the shipped features use them alike.

    Then the origin guidance includes "HCR/EG/HND/16/03"
    And the origin guidance does not include "2024-03-20"
    And the origin guidance names the profile "journalists"
    And the origin guidance dated "2016-07-27" is "possibly out of date"   (or "current")
    And there is no origin guidance
    And the authorities include "Comisión Especial para los Refugiados"
    And the authority "CONARE" cites "Ley 251"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pytest_bdd import parsers, then

from screening.bdd.words import word as to_id

if TYPE_CHECKING:  # steps.py imports this module to register its steps
    from screening.bdd.steps import Scenario

_STALE = {"possibly out of date": "stale", "posiblemente desactualizada": "stale",
          "possivelmente desatualizada": "stale", "current": "current", "vigente": "current"}


def _guidance_text(g) -> str:
    return " ".join([g.source.label, g.source.url or "", g.source.note or "", g.date or "", g.summary])


@then(parsers.re(r'(?:the origin guidance includes|la orientación sobre el país de origen incluye|'
                 r'a orientação sobre o país de origem inclui) "(?P<text>[^"]+)"'))
def then_origin_includes(scenario: Scenario, text: str):
    found = [g for g in scenario.assessed().origin_guidance if text in _guidance_text(g)]
    assert found, (f"no country-of-origin guidance mentions '{text}'; there is: "
                   f"{[g.source.label for g in scenario.assessed().origin_guidance]}")


@then(parsers.re(r'(?:the origin guidance does not include|la orientación sobre el país de origen no incluye|'
                 r'a orientação sobre o país de origem não inclui) "(?P<text>[^"]+)"'))
def then_origin_excludes(scenario: Scenario, text: str):
    found = [g.source.label for g in scenario.assessed().origin_guidance if text in _guidance_text(g)]
    assert not found, f"the country-of-origin guidance mentions '{text}': {found}"


@then(parsers.re(r'(?:the origin guidance names the profile|la orientación sobre el país de origen señala el perfil|'
                 r'a orientação sobre o país de origem aponta o perfil) "(?P<text>[^"]+)"'))
def then_origin_profile(scenario: Scenario, text: str):
    profiles = [p for g in scenario.assessed().origin_guidance for p in g.profiles]
    assert any(text in p for p in profiles), f"no profile mentions '{text}'; the profiles are: {profiles}"


@then(parsers.re(r'(?:the origin guidance dated|la orientación sobre el país de origen de fecha|'
                 r'a orientação sobre o país de origem de data) "(?P<day>[0-9-]+)" (?:is|está) "(?P<word>[^"]+)"'))
def then_origin_stale(scenario: Scenario, day: str, word: str):
    expected = to_id(_STALE, word) == "stale"
    dated = [g for g in scenario.assessed().origin_guidance if g.date == day]
    assert dated, f"no country-of-origin guidance dated {day}"
    assert all(g.stale == expected for g in dated), [(g.date, g.stale, g.age_months) for g in dated]


@then(parsers.re(r'(?:there is no origin guidance|no hay orientación sobre el país de origen|'
                 r'não há orientação sobre o país de origem)'))
def then_no_origin(scenario: Scenario):
    labels = [g.source.label for g in scenario.assessed().origin_guidance]
    assert not labels, f"country-of-origin guidance was offered: {labels}"


@then(parsers.re(r'(?:the authorities include|las autoridades incluyen|as autoridades incluem) "(?P<text>[^"]+)"'))
def then_authority(scenario: Scenario, text: str):
    names = [x.name for x in scenario.assessed().authorities]
    assert any(text in n for n in names), f"no authority named '{text}'; there are: {names}"


@then(parsers.re(r'(?:the authority|la autoridad|a autoridade) "(?P<name>[^"]+)" (?:cites|cita) "(?P<text>[^"]+)"'))
def then_authority_cites(scenario: Scenario, name: str, text: str):
    named = [x for x in scenario.assessed().authorities if name in x.name]
    assert named, f"no authority named '{name}'"
    labels = [c.label for x in named for c in x.citations]
    assert any(text in lab for lab in labels), f"'{name}' cites {labels}, none with '{text}'"
