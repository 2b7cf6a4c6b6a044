"""Rule-file problems in the user's language (issue 14): `screening rules validate` words each problem
in a rule or country file from a `rules.*` key (screening/messages/rules.yaml) in en, es or pt; file
and line, ids, field names and file names stay as written. Each test breaks a copy of the miniature."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app
from tests.editing import edit, line_of

runner = CliRunner()


def validate(monkeypatch, lang: str, *args: str):
    monkeypatch.setenv("SCREENING_LANG", lang)
    result = runner.invoke(app, ["rules", "validate", *args])
    assert "Traceback" not in result.output + (result.stderr or ""), result.output
    return result


# break -> (file, edits, the line's needle, {lang: message})
BREAKS = {
    "unknown criterion, with a suggestion": (
        "rules/base.yaml", [("when: {fact: crime, is: true}", "when: {criterion: outside_countri}")],
        "outside_countri", {
            "en": "criterion 'serious_crime': refers to unknown criterion 'outside_countri' "
                  "(did you mean 'outside_country'?)",
            "es": "criterio 'serious_crime': remite al criterio desconocido 'outside_countri' "
                  "(¿quiso decir 'outside_country'?)",
            "pt": "critério 'serious_crime': remete ao critério desconhecido 'outside_countri' "
                  "(quis dizer 'outside_country'?)",
        }),
    "missing citation": (
        "rules/base.yaml", [("  - id: ground\n    title: {en: Ground, es: Motivo, pt: Motivo}\n"
                             "    cite: [{instrument: Test Convention, provision: Art. 1, year: 1951}]\n",
                             "  - id: ground\n    title: {en: Ground, es: Motivo, pt: Motivo}\n")],
        "id: ground", {
            "en": "criteria.1: missing required field 'cite'",
            "es": "criteria.1: falta el campo obligatorio 'cite'",
            "pt": "criteria.1: falta o campo obrigatório 'cite'",
        }),
    "empty citation list": (
        "rules/base.yaml", [("    cite: [{instrument: Test Convention, provision: Art. 1F, year: 1951}]\n"
                             "    when: {fact: crime", "    cite: []\n    when: {fact: crime")],
        "cite: []", {
            "en": "criteria.3.cite: List should have at least 1 item after validation, not 0",
            "es": "criteria.3.cite: la lista debe tener al menos 1 elemento(s), pero tiene 0",
            "pt": "criteria.3.cite: a lista deve ter pelo menos 1 item(ns), mas tem 0",
        }),
    "cycle": (
        "rules/base.yaml", [("when: {fact: torture, is: true}", "when: {criterion: not_a_national}"),
                            ("when: {fact: no_nationality, is: true}", "when: {criterion: torture_risk}")],
        "id: torture_risk", {
            "en": "criteria refer to each other in a cycle: torture_risk -> not_a_national -> torture_risk",
            "es": "hay criterios que remiten unos a otros en un ciclo: torture_risk -> not_a_national -> torture_risk",
            "pt": "há critérios que remetem uns aos outros em um ciclo: torture_risk -> not_a_national -> "
                  "torture_risk",
        }),
    "unknown definition in extends": (
        "countries/xa.yaml", [("extends: refugee", "extends: refuge")],
        "extends: refuge", {
            "en": "'xa_refugee' extends unknown definition 'refuge' (did you mean 'refugee'?)",
            "es": "'xa_refugee' extiende la definición desconocida 'refuge' (¿quiso decir 'refugee'?)",
            "pt": "'xa_refugee' estende a definição desconhecida 'refuge' (quis dizer 'refugee'?)",
        }),
    "missing translation": (
        "rules/base.yaml", [("title: {en: Torture risk, es: Riesgo de tortura, pt: Risco de tortura}",
                             "title: {en: Torture risk, pt: Risco de tortura}")],
        "title: {en: Torture risk", {
            "en": "criteria[torture_risk].title: missing translation (es)",
            "es": "criteria[torture_risk].title: falta la traducción (es)",
            "pt": "criteria[torture_risk].title: falta a tradução (es)",
        }),
}
PREFIX = {"en": "error", "es": "error", "pt": "erro"}
FOUND = {"en": "1 problem(s) found", "es": "se encontraron 1 problema(s)", "pt": "1 problema(s) encontrado(s)"}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
@pytest.mark.parametrize("name", list(BREAKS))
def test_problem_in_the_users_language(data, monkeypatch, name, lang):
    file, edits, needle, words = BREAKS[name]
    path = data / file
    for old, new in edits:
        edit(path, old, new)
    r = validate(monkeypatch, lang)
    assert r.exit_code == 1, (r.exit_code, r.output)
    where = f"{path.name}:{line_of(path, needle)}: "
    assert f"{PREFIX[lang]}: " in r.stderr and f"{where}{words[lang]}\n" in r.stderr, r.stderr
    assert r.stderr.count("\n") == 2 and r.stderr.endswith(FOUND[lang] + "\n"), r.stderr


def test_lang_option_wins_over_the_environment(data, monkeypatch):
    path = data / "countries/xa.yaml"
    edit(path, "extends: refugee", "extends: refuge")
    r = validate(monkeypatch, "es", "--lang", "pt")
    assert r.exit_code == 1
    assert "erro: " in r.stderr and "estende a definição desconhecida 'refuge'" in r.stderr, r.stderr


def test_valid_files_still_pass_in_every_language(data, monkeypatch):
    said = {"en": "rule file(s)", "es": "archivo(s) de reglas", "pt": "arquivo(s) de regras"}
    for lang in ("en", "es", "pt"):
        r = validate(monkeypatch, lang)
        assert r.exit_code == 0, r.stderr
        assert r.stdout.startswith("ok:") and said[lang] in r.stdout, r.stdout


@pytest.mark.parametrize("lang, words", [("es", "no se encontró el archivo"), ("pt", "arquivo não encontrado")])
def test_a_missing_file_is_said_in_the_users_language(data, monkeypatch, tmp_path, lang, words):
    r = validate(monkeypatch, lang, str(tmp_path / "nowhere.yaml"))
    assert r.exit_code == 1 and f"nowhere.yaml: {words}\n" in r.stderr, r.stderr
    r = validate(monkeypatch, lang, str(tmp_path))  # a folder with neither rules/ nor countries/
    assert r.exit_code == 1 and "rules/" in r.stderr and ("carpeta" if lang == "es" else "pasta") in r.stderr


def test_a_problem_quoted_in_another_is_worded_in_the_same_language():
    """A base condition re-checked with a country's parameters, and a hint that is there or not."""
    from screening.base.errors import Problem
    from screening.law.library import hint as _hint

    inner = Problem.of("rules.cond.unknown_criterion", "r.yaml", 3, where=("rules.where.criterion", {"id": "c"}),
                       name="zzzz", hint=_hint("zzzz", ["outside"]))
    outer = Problem.of("rules.with_country_parameters", "x.yaml", 5, code="XA", problem=inner.as_param())
    assert str(inner) == "r.yaml:3: criterion 'c': refers to unknown criterion 'zzzz'"
    assert outer.text("es") == "x.yaml:5: con los parámetros de XA: criterio 'c': remite al criterio desconocido 'zzzz'"
    assert outer.text("pt") == "x.yaml:5: com os parâmetros de XA: critério 'c': remete ao critério desconhecido 'zzzz'"
    close = Problem.of("rules.set_in_country", "x.yaml", 7, problem=Problem.of(
        "rules.cond.unknown_parameter", "r.yaml", 2, where=("rules.where.flag", {"id": "late"}), name="perid",
        hint=_hint("perid", ["period"])).as_param())
    assert str(close) == ("x.yaml:7: flag 'late': unknown parameter 'perid' (did you mean 'period'?) "
                          "(set it in this country file's parameters)")
    assert close.text("es") == ("x.yaml:7: alerta 'late': parámetro desconocido 'perid' (¿quiso decir 'period'?) "
                                "(defínalo en los parámetros de este archivo de país)")


def _rules_keys() -> dict[str, dict[str, str]]:
    from screening.base import messages
    return {k: v for k, v in messages.catalogue().items() if k.startswith("rules.")}


def test_every_rules_key_has_en_es_and_pt():
    keys = _rules_keys()
    assert len(keys) > 50
    missing = {k: [lang for lang in ("en", "es", "pt") if not v.get(lang)] for k, v in keys.items()}
    assert not {k: m for k, m in missing.items() if m}


def test_translations_quote_the_same_values():
    """es and pt use the parameters the English does (a schema 'too short' counts them instead of quoting
    pydantic's English sentence), so no value is lost or left as a {placeholder}."""
    fields = lambda s: set(re.findall(r"{(\w+)}", s))  # noqa: E731
    for key, v in _rules_keys().items():
        for lang in ("es", "pt"):
            if key == "rules.schema.too_short":
                assert fields(v[lang]) == {"where", "min", "actual"}, (key, lang)
            else:
                assert fields(v[lang]) == fields(v["en"]), (key, lang)


def test_every_key_checks_py_uses_exists():
    """The law package (checks, library, load, lint...) names its keys literally (rules.cond.* through
    err(...)): each is in the catalogue."""
    src = "".join(f.read_text(encoding="utf-8")
                  for f in sorted((Path(__file__).parents[1] / "screening" / "law").glob("*.py")))
    used = set(re.findall(r'"(rules\.[a-z_.]+)"', src)) - {"rules.kind.", "rules.where.", "rules.lint.", "rules.cond."}
    used |= {f"rules.cond.{k}" for k in re.findall(r'\berr\("(\w+)"', src)}
    used |= {f"rules.cond.{k}" for k in re.findall(r'return "(not_\w+)", \{', src)}
    used |= {f"rules.where.{k}" for k in re.findall(r'_what\("(\w+)"', src)}
    used |= {f"rules.kind.{k}" for k in ("catalogue", "rules", "country", "origins")}  # library._validate's
    assert {"rules.lint.missing_translation", "rules.lint.todo", "rules.lint.unused_fact"} <= used
    keys = _rules_keys()
    assert used and not used - set(keys), sorted(used - set(keys))
