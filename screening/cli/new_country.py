"""The files `screening rules new-country XX` writes: every required part present, as a TODO."""

from __future__ import annotations


def country_template(cc: str) -> str:
    low = cc.lower()
    return f"""# {cc}: TODO the national refugee law (title, number, year) and where its text was read.
country: {cc}
name: {{en: TODO country name, es: TODO nombre del país, pt: TODO nome do país}}

definitions:
  # The 1951 definition as this law words it; add `drop:`/`add:` where the national text differs.
  - id: {low}_refugee
    extends: refugee_1951
    title:
      en: Refugee ({cc}, TODO law and article)
      es: Refugiado ({cc}, TODO ley y artículo)
      pt: Refugiado ({cc}, TODO lei e artigo)
    cite:
      - instrument: TODO the national law
        provision: TODO article
        year: 2000  # TODO the law's year
  # If the law has the regional (Cartagena) definition, extend `cartagena` here and set the parameter
  # cartagena_situations to the situations it keeps; if it has none, say so in the note below.
  - id: {low}_cat_article_3
    extends: cat_article_3
    title:
      en: Protection from return to torture ({cc}, Convention against Torture Art. 3)
      es: Protección contra la devolución a la tortura ({cc}, Convención contra la Tortura, art. 3)
      pt: Proteção contra a devolução à tortura ({cc}, Convenção contra a Tortura, art. 3)
    cite:
      - instrument: TODO the act by which the country is bound by the Convention against Torture
        provision: TODO
        year: 2000  # TODO

exclusions:
  # Without these the screening never looks at exclusion or cessation (`rules lint` says so).
  - id: {low}_exclusion
    extends: exclusion_1951
    title:
      en: Exclusion ({cc}, TODO article)
      es: Exclusión ({cc}, TODO artículo)
      pt: Exclusão ({cc}, TODO artigo)
    cite:
      - instrument: TODO the national law
        provision: TODO exclusion article
        year: 2000  # TODO
  - id: {low}_cessation
    extends: cessation_1951
    title:
      en: Cessation ({cc}, TODO article)
      es: Cesación ({cc}, TODO artículo)
      pt: Cessação ({cc}, TODO artigo)
    cite:
      - instrument: TODO the national law
        provision: TODO cessation article
        year: 2000  # TODO

note:
  en: TODO what this law adds or leaves out, and what could not be confirmed.
  es: TODO lo que esta ley añade u omite, y lo que no se pudo confirmar.
  pt: TODO o que esta lei acrescenta ou omite, e o que não foi possível confirmar.
"""


def feature_template(cc: str) -> str:
    low = cc.lower()
    return f"""# language: en
Feature: {cc} (countries/{low}.yaml)
  One scenario per clause of the law, each written so that it failed before the clause was encoded.
  `screening rules steps` lists the phrases (also in Spanish and Portuguese).

  Background:
    Given the jurisdiction "{cc}"

  Scenario: TODO a person the 1951 definition covers
    Given the facts:
      | fact                           | value  |
      | outside_country_of_nationality | yes    |
      | has_other_nationality          | no     |
      | fears_return                   | yes    |
    When the case is assessed
    Then the criterion "outside_country" of "{low}_refugee" is "met"
    And the definition "{low}_refugee" cites "TODO"

  Scenario: TODO a person still inside the country is not a refugee
    Given the facts:
      | fact                           | value |
      | outside_country_of_nationality | no    |
      | stateless                      | no    |
    When the case is assessed
    Then the definition "{low}_refugee" is "not met"
"""
