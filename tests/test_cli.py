"""The CLI as scripts use it: the JSON contract, the text view, the listings, schemas, exit codes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()

CASE = """\
reference: T-7
narrative: "They said <b>leave</b> or die."
facts:
  outside: yes
  reasons: [gender]
  agent: gang
  protected: no
  crime: no
  entry: 2026-01-05
"""


@pytest.fixture
def mini(monkeypatch):
    monkeypatch.setenv("SCREENING_DATA", str(FIXTURES / "mini"))


@pytest.fixture
def case(tmp_path) -> Path:
    p = tmp_path / "case.yaml"
    p.write_text(CASE, encoding="utf-8")
    return p


def assess_json(case: Path, *extra: str) -> dict:
    r = runner.invoke(app, ["assess", str(case), "--country", "XA", "--format", "json", "--as-of", "2026-03-02",
                            *extra])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_json_contract(mini, case):
    out = assess_json(case)
    for key in ("country", "as_of", "rules_version", "overall", "definitions", "exclusions", "flags", "disclaimer"):
        assert key in out, key
    assert out["country"] == "XA" and out["as_of"] == "2026-03-02"
    assert out["overall"] == "eligible"  # gender is a ground in Testland only
    d = out["definitions"][0]
    assert d["id"] == "xa_refugee" and d["status"] == "met" and d["extends"] == "refugee"
    for c in d["criteria"]:
        assert set(c) >= {"id", "status", "because", "missing", "citations"}
        assert c["citations"], c["id"]
    ground = {c["id"]: c for c in d["criteria"]}["ground"]
    assert ground["because"][0]["id"] == "reasons" and ground["because"][0]["value"] == ["gender"]
    # the country's added ground is cited next to the Convention
    labels = [c["label"] for c in ground["citations"]]
    assert any("Test Law" in x for x in labels) and any("Test Convention" in x for x in labels)
    assert out["exclusions"][0]["status"] == "not_met"
    late = {f["id"]: f for f in out["flags"]}["late"]
    assert late["status"] == "met"  # 2026-01-05 to 2026-03-02 is more than 30 working days
    assert out["reference"] == "T-7"
    assert "not a decision" in out["disclaimer"]
    assert [c["confidence"] for c in out["uncertain_sources"]] == ["low"]
    # refugee status and protection from return, reported apart; clauses nobody raised listed
    assert set(out["outcomes"]) == {"refugee_status", "complementary_protection", "statelessness",
                                    "humanitarian_pathway"}
    # a country file without `pathways:` has none encoded (the report says so), never "not eligible"
    assert out["outcomes"]["humanitarian_pathway"]["status"] == "not_screened"
    assert out["outcomes"]["refugee_status"]["status"] == "eligible"
    assert out["outcomes"]["refugee_status"]["because"][0]["id"] == "xa_refugee"
    assert out["outcomes"]["complementary_protection"]["status"] == "not_screened"
    assert isinstance(out["open_checks"], list)


def test_guidance_published_after_the_assessment_date_is_not_offered(tmp_path):
    """UNHCR's March 2024 note on Haiti did not exist in 2020: an assessment as of 2020 ignores it."""
    p = tmp_path / "ht.yaml"
    p.write_text("facts:\n  country_of_nationality: HT\n  outside_country_of_nationality: yes\n", encoding="utf-8")
    args = ["assess", str(p), "--country", "BR", "--format", "json"]
    old = json.loads(runner.invoke(app, [*args, "--as-of", "2020-06-01"]).stdout)
    new = json.loads(runner.invoke(app, [*args, "--as-of", "2024-06-01"]).stdout)
    assert all(g["date"] is None or g["date"] <= "2020-06-01" for g in old["origin_guidance"])
    assert all(g["age_months"] is None or g["age_months"] >= 0 for g in old["origin_guidance"])
    assert "2024-03-20" in [g["date"] for g in new["origin_guidance"]]


def test_output_is_deterministic(mini, case):
    assert assess_json(case) == assess_json(case)


def test_rules_version_changes_with_the_rules(mini, case, tmp_path, monkeypatch):
    before = assess_json(case)["rules_version"]
    import shutil

    copy = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", copy)
    xa = copy / "countries" / "xa.yaml"
    xa.write_text(xa.read_text().replace("set: 30", "set: 45"))
    monkeypatch.setenv("SCREENING_DATA", str(copy))
    after = assess_json(case)
    assert after["rules_version"] != before
    assert {f["id"]: f for f in after["flags"]}["late"]["status"] == "not_met"  # 40 working days is not more than 45


def test_unknown_flows_to_undetermined_with_missing_named(mini, tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("facts:\n  outside: yes\n  reasons: unknown\n  agent: gang\n  protected: declined\n  crime: no\n")
    out = assess_json(p)
    assert out["overall"] == "needs_more_information"
    d = out["definitions"][0]
    assert d["status"] == "undetermined"
    assert set(d["missing"]) == {"reasons", "protected"}
    assert out["facts_unknown"] == ["reasons"] and out["facts_declined"] == ["protected"]


def test_text_output_in_spanish(mini, case):
    r = runner.invoke(app, ["assess", str(case), "--country", "XA", "--lang", "es", "--as-of", "2026-03-02"])
    assert r.exit_code == 0, r.stderr
    assert "Tierraprueba" in r.stdout and "ELEGIBLE" in r.stdout.upper()


def test_output_file_is_private(mini, case, tmp_path):
    out = tmp_path / "report.json"
    r = runner.invoke(app, ["assess", str(case), "--country", "XA", "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert json.loads(out.read_text())["country"] == "XA"


def test_countries_and_facts_listings(mini):
    r = runner.invoke(app, ["countries", "--format", "json"])
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows[0]["country"] == "XA" and rows[0]["definitions"][0]["id"] == "xa_refugee"
    r = runner.invoke(app, ["facts", "--lang", "pt"])
    assert r.exit_code == 0 and "Está fora do seu país?" in r.stdout


@pytest.mark.parametrize("kind", ["case", "rules", "country", "facts", "assessment"])
def test_schemas_are_json_schema(mini, kind):
    r = runner.invoke(app, ["schema", kind])
    assert r.exit_code == 0, r.stderr
    s = json.loads(r.stdout)
    assert s.get("type") == "object" or "properties" in s or "$defs" in s


def test_case_schema_lists_the_catalogue(mini):
    s = json.loads(runner.invoke(app, ["schema", "case"]).stdout)
    text = json.dumps(s)
    assert "outside" in text and "gang" in text


def test_usage_error_is_exit_2(mini):
    r = runner.invoke(app, ["assess"])
    assert r.exit_code == 2


def test_help_does_not_load_heavy_modules():
    code = ("import sys; sys.argv=['screening','--help']\n"
            "from screening.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy=[m for m in ('questionary','prompt_toolkit','pydantic','durable_rules_engine','jinja2','babel') "
            "if m in sys.modules]\nprint('HEAVY', heavy)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in r.stdout, r.stdout + r.stderr


def test_cache_never_hides_an_edit(tmp_path, monkeypatch, case):
    """The validated-rules cache is keyed by file contents: an edit is seen at once, errors included."""
    import shutil

    monkeypatch.delenv("SCREENING_NO_CACHE", raising=False)
    monkeypatch.setenv("SCREENING_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", copy)
    monkeypatch.setenv("SCREENING_DATA", str(copy))
    first = assess_json(case)
    assert assess_json(case) == first  # second run from the cache
    assert list((tmp_path / "cache").glob("library-*.pickle"))
    xa = copy / "countries" / "xa.yaml"
    xa.write_text(xa.read_text().replace("extends: refugee", "extends: refugees"))
    r = runner.invoke(app, ["assess", str(case), "--country", "XA"])
    assert r.exit_code == 1 and "refugees" in r.stderr


def test_countries_lists_the_law_in_force_on_a_date(mini):
    before = json.loads(runner.invoke(app, ["countries", "XB", "--format", "json", "--as-of", "2024-04-22"]).stdout)
    after = json.loads(runner.invoke(app, ["countries", "XB", "--format", "json", "--as-of", "2024-04-23"]).stdout)
    cite = lambda rows: {d["id"]: d["cite"] for d in rows[0]["definitions"]}["xb_refugee"]  # noqa: E731
    assert "Old Test Law" in cite(before) and "New Test Law" in cite(after)
    assert before[0]["as_of"] == "2024-04-22"


def test_countries_show_uncertain_sources(mini):
    r = runner.invoke(app, ["countries", "XA"])
    assert r.exit_code == 0
    assert "uncertain sources" not in r.stdout  # XA's own citations are all high
    rows = json.loads(runner.invoke(app, ["countries", "--format", "json"]).stdout)
    assert {r["country"] for r in rows} == {"XA", "XB"}


def test_countries_compare_table(mini):
    r = runner.invoke(app, ["countries", "--compare", "--format", "json", "--as-of", "2024-06-01"])
    assert r.exit_code == 0, r.stderr
    rows = {row["country"]: row for row in json.loads(r.stdout)}
    assert rows["XB"]["name"] == "Otherland"
    assert rows["XB"]["expanded"] == []  # no Cartagena-type clause
    assert rows["XB"]["confidence"] == "high"
    r = runner.invoke(app, ["countries", "--compare", "XA", "ZZ"])
    assert r.exit_code == 1 and "ZZ" in r.stderr


def test_compare_columns_are_translated():
    from screening.law.compare import columns

    for col in columns():
        assert all(col["title"].get(lang) for lang in ("en", "es", "pt")), col["id"]


def test_compare_on_the_shipped_rules():
    r = runner.invoke(app, ["countries", "--compare", "MX", "BR", "CR", "--format", "json", "--lang", "en"])
    assert r.exit_code == 0, r.stderr
    rows = {row["country"]: row for row in json.loads(r.stdout)}
    assert rows["MX"]["deadline"] == {"value": 30, "unit": "working_days"}
    assert rows["BR"]["threat"] is False and rows["MX"]["threat"] is True
    assert rows["CR"]["expanded"] == [] and rows["CR"]["situations"] is None
    # the table says the same in words
    r = runner.invoke(app, ["countries", "--compare", "MX", "BR", "CR", "--lang", "en"])
    assert r.exit_code == 0, r.stderr
    assert "30 working days" in r.stdout and "Mexico (MX)" in r.stdout


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_compare_json_keys_are_the_same_in_every_language(lang):
    """Scripts read `countries --compare --format json` by stable ids, never by display labels."""
    r = runner.invoke(app, ["countries", "--compare", "MX", "BR", "--format", "json", "--lang", lang])
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    from screening.law.compare import columns

    assert set(rows[0]) == {"country", "name", "as_of"} | {c["id"] for c in columns()}
    assert rows[0]["confidence"] in ("low", "medium", "high")
    assert {"country": rows[1]["country"], "threat": rows[1]["threat"]} == {"country": "BR", "threat": False}


def test_compare_with_a_base_definition_never_changes_the_result(mini, tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("facts:\n  origin: VE\n  outside: yes\n  reasons: [race]\n  agent: gang\n  protected: no\n"
                 "  crime: no\n  torture: no\n  no_nationality: no\n")
    args = ["assess", str(p), "--country", "XB", "--format", "json", "--as-of", "2024-01-10"]
    plain = json.loads(runner.invoke(app, args).stdout)
    r = runner.invoke(app, args + ["--compare-with", "refugee"])
    assert r.exit_code == 0, r.stderr
    compared = json.loads(r.stdout)
    assert compared["overall"] == plain["overall"]
    kinds = {d["id"]: d["kind"] for d in compared["definitions"]}
    assert kinds["refugee"] == "comparison" and "refugee" not in {d["id"] for d in plain["definitions"]}
    # the 2025 guidance did not exist on 10 January 2024: only the 2019 note is offered
    assert [(g["date"], g["stale"]) for g in compared["origin_guidance"]] == [("2019-05-21", True)]
    bad = runner.invoke(app, args + ["--compare-with", "refugees"])
    assert bad.exit_code == 1 and "did you mean 'refugee'" in bad.stderr


def test_origin_guidance_in_every_report_format(mini, tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("facts:\n  origin: VE\n  outside: yes\n")
    for fmt, lang, word in (("md", "en", "Possibly out of date"), ("html", "es", "Posiblemente desactualizada"),
                            ("text", "pt", "Possivelmente desatualizada")):
        r = runner.invoke(app, ["assess", str(p), "--country", "XB", "--format", fmt, "--lang", lang,
                                "--as-of", "2026-03-02"])
        assert r.exit_code == 0, r.stderr
        assert word in r.stdout and "Test Guidance Note" in r.stdout


# --- issue 10 §4: the case's language, the session's country ------------------------------------------

SESSION = """\
language: es
facts:
  outside: yes
  reasons: [gender]
  agent: gang
  protected: no
  crime: no
session:
  format: 1
  country: XA
  lang: es
"""


def test_a_spanish_case_file_gives_a_spanish_report_by_default(mini, tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENING_LANG", "en")  # the case's own language beats the environment
    p = tmp_path / "es.yaml"
    p.write_text("language: es\n" + CASE, encoding="utf-8")
    for command in ("assess", "report"):
        r = runner.invoke(app, [command, str(p), "--country", "XA", "--as-of", "2026-03-02", "--format", "text"])
        assert r.exit_code == 0, r.stderr
        assert "Tierraprueba" in r.stdout and "Testland" not in r.stdout, command
    r = runner.invoke(app, ["assess", str(p), "--country", "XA", "--format", "json", "--as-of", "2026-03-02"])
    assert json.loads(r.stdout)["language"] == "es"
    # --lang still wins
    r = runner.invoke(app, ["report", str(p), "--country", "XA", "--format", "text", "--lang", "pt"])
    assert r.exit_code == 0, r.stderr
    assert "Terrateste" in r.stdout and "Tierraprueba" not in r.stdout
    # errors found after the case is read speak its language too
    r = runner.invoke(app, ["assess", str(p), "--country", "XA", "-o", str(tmp_path)])
    assert r.exit_code == 1 and "es una carpeta" in r.stderr


def test_report_takes_the_country_and_language_from_the_session(mini, tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENING_LANG", "en")
    s = tmp_path / "s.yaml"
    s.write_text(SESSION, encoding="utf-8")
    r = runner.invoke(app, ["report", str(s), "--format", "json", "--as-of", "2026-03-02"])
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["country"] == "XA" and out["language"] == "es"
    r = runner.invoke(app, ["report", str(s), "--format", "text", "--as-of", "2026-03-02"])
    assert r.exit_code == 0 and "Tierraprueba" in r.stdout
    # --country still overrides
    r = runner.invoke(app, ["report", str(s), "--country", "XB", "--format", "json", "--as-of", "2026-03-02"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["country"] == "XB"
    # a plain case file names no country: a usage error, not a crash
    case = tmp_path / "plain.yaml"
    case.write_text(CASE, encoding="utf-8")
    r = runner.invoke(app, ["report", str(case)])
    assert r.exit_code == 2 and "--country" in r.stderr and "internal error" not in r.stderr


def test_countries_listing_speaks_the_requested_language(mini):
    r = runner.invoke(app, ["countries", "--lang", "es", "--as-of", "2024-06-01"])
    assert r.exit_code == 0, r.stderr
    assert "Derecho vigente al 2024-06-01" in r.stdout
    assert "inclusión" in r.stdout and "exclusión" in r.stdout and "alerta" in r.stdout
    import re

    assert not re.search(r"^ {4}(inclusion|complementary|exclusion|cessation|flag) ", r.stdout, re.M), r.stdout
    for english in ("[low]", "[medium]", "low confidence", "uncertain sources"):
        assert english not in r.stdout, english
    r = runner.invoke(app, ["countries", "--compare", "--lang", "es", "--as-of", "2024-06-01"])
    assert r.exit_code == 0, r.stderr
    for label in ("Jurisdicción", "Definición ampliada", "Plazo para solicitar", "Confianza más baja", "Otratierra"):
        assert label in r.stdout, label
    assert "Jurisdiction" not in r.stdout and "Filing period" not in r.stdout
    # the JSON keeps the ids, whatever the language
    rows = json.loads(runner.invoke(app, ["countries", "XA", "--format", "json", "--lang", "es"]).stdout)
    assert {d["kind"] for d in rows[0]["definitions"]} == {"inclusion", "exclusion"}


def test_uncertain_sources_in_spanish_on_the_shipped_rules():
    r = runner.invoke(app, ["countries", "MX", "--lang", "es", "--as-of", "2026-01-01"])
    assert r.exit_code == 0, r.stderr
    assert "fuentes inciertas" in r.stdout and "[confianza media]" in r.stdout
    assert "[medium]" not in r.stdout and "[low]" not in r.stdout


def test_compare_table_in_portuguese_on_the_shipped_rules():
    r = runner.invoke(app, ["countries", "--compare", "MX", "--lang", "pt", "--as-of", "2026-01-01"])
    assert r.exit_code == 0, r.stderr
    assert "30 dias úteis" in r.stdout and "Prazo para solicitar" in r.stdout


# --- issue 10 §6: what users expect of a command line -------------------------------------------------

EXE = str(Path(sys.executable).with_name("screening"))


def test_version():
    import platform

    from screening import __version__
    from screening.engine.evaluators import label

    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0
    assert r.stdout.strip() == f"screening {__version__} (rule engine: {label()}; Python {platform.python_version()})"


@pytest.mark.parametrize("args", [["-h"], ["assess", "-h"], ["countries", "-h"], ["rules", "-h"],
                                  ["rules", "validate", "-h"]])
def test_dash_h_is_help(args):
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("Usage: ") and "-h, --help" in r.stdout


def test_help_offers_shell_completion():
    r = runner.invoke(app, ["--help"])
    assert "--install-completion" in r.stdout and "--show-completion" in r.stdout


@pytest.mark.skipif(not Path(EXE).exists(), reason="the console script is not installed")
def test_shell_completion_works():
    # Typer detects the user's shell from the parent process; under CI that is `sh`, so run it from bash.
    r = subprocess.run(["bash", "-c", f'"{EXE}" --show-completion; echo "rc=$?"'], capture_output=True, text=True)
    assert "rc=0" in r.stdout and "_SCREENING_COMPLETE" in r.stdout, r.stdout + r.stderr
    env = dict(os.environ, COMP_WORDS="screening ass", COMP_CWORD="1", _SCREENING_COMPLETE="complete_bash")
    r = subprocess.run([EXE], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and r.stdout.split() == ["assess"]
    env = dict(env, COMP_WORDS="screening facts --format ", COMP_CWORD="3")
    r = subprocess.run([EXE], capture_output=True, text=True, env=env)
    assert r.stdout.split() == ["text", "json"]


def test_case_from_standard_input_yaml_and_json(mini):
    base = ["assess", "-", "--country", "XA", "--format", "json", "--as-of", "2026-03-02"]
    r = runner.invoke(app, base, input=CASE)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["reference"] == "T-7"
    as_json = json.dumps({"reference": "J-1", "facts": {"outside": True, "reasons": ["gender"], "agent": "gang"}},
                         indent=2)
    r = runner.invoke(app, base, input=as_json)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["reference"] == "J-1"
    # errors name <stdin> and the line
    r = runner.invoke(app, base, input='{\n  "facts": {\n    "agent": "army"\n  }\n}\n')
    assert r.exit_code == 1 and "<stdin>:3:" in r.stderr and "army" in r.stderr
    r = runner.invoke(app, base, input="")
    assert r.exit_code == 1 and "<stdin>:1:" in r.stderr and "empty" in r.stderr


@pytest.mark.parametrize("name,start", [("r.html", "<!DOCTYPE html>"), ("r.HTM", "<!DOCTYPE html>"),
                                        ("r.md", "#"), ("r.txt", "PRELIMINARY"), ("r.json", "{")])
def test_output_extension_picks_the_format(mini, case, tmp_path, name, start):
    out = tmp_path / name
    r = runner.invoke(app, ["report", str(case), "--country", "XA", "-o", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().upper().startswith(start.upper()), text[:80]
    if name.endswith(".json"):
        assert json.loads(text)["country"] == "XA"


def test_format_wins_over_the_extension_and_unknown_extensions_are_refused(mini, case, tmp_path):
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["assess", str(case), "--country", "XA", "-o", str(out), "--format", "json"])
    assert r.exit_code == 0 and json.loads(out.read_text())["country"] == "XA"
    r = runner.invoke(app, ["assess", str(case), "--country", "XA", "-o", str(tmp_path / "r.pdf")])
    assert r.exit_code == 2 and "'.pdf'" in r.stderr and "--format" in r.stderr
    assert not (tmp_path / "r.pdf").exists()
    r = runner.invoke(app, ["assess", str(case), "--country", "XA", "-o", str(tmp_path / "r.pdf"), "-f", "html"])
    assert r.exit_code == 0 and (tmp_path / "r.pdf").read_text().startswith("<!DOCTYPE html>")


@pytest.mark.skipif(not Path(EXE).exists(), reason="the console script is not installed")
def test_no_color_is_honoured(tmp_path):
    """rich would style the compare table on a terminal (FORCE_COLOR stands in for one here)."""
    env = dict(os.environ, FORCE_COLOR="1", SCREENING_DATA=str(FIXTURES / "mini"), COLUMNS="200")
    env.pop("NO_COLOR", None)
    styled = subprocess.run([EXE, "countries", "--compare"], capture_output=True, text=True, env=env)
    assert styled.returncode == 0 and "\x1b[" in styled.stdout  # the test can see styling at all
    for args in (["countries", "--compare"], ["countries"], ["facts"], ["--help"], ["assess"]):
        r = subprocess.run([EXE, *args], capture_output=True, text=True, env=dict(env, NO_COLOR="1"))
        assert "\x1b[" not in r.stdout + r.stderr, args


@pytest.mark.parametrize("command,fmt", [("countries", "html"), ("countries", "md"), ("facts", "md"),
                                         ("facts", "html")])
def test_listings_refuse_formats_they_cannot_print(mini, command, fmt):
    r = runner.invoke(app, [command, "--format", fmt])
    assert r.exit_code == 2, r.output
    assert f"'{fmt}' is not one of 'text', 'json'" in r.stderr


@pytest.mark.parametrize("command", ["assess", "report"])
@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_brief_report(mini, case, command, fmt):
    args = [command, str(case), "--country", "XA", "--as-of", "2026-03-02", "--format", fmt, "--lang", "en",
            "--report-date", "2026-03-02"]
    full = runner.invoke(app, args)
    brief = runner.invoke(app, [*args, "--brief"])
    assert full.exit_code == 0 and brief.exit_code == 0, brief.stderr
    assert len(brief.stdout) < len(full.stdout)
    assert "Testland" in brief.stdout  # still the report of that country


def test_brief_json_is_the_assessment(mini, case):
    args = ["assess", str(case), "--country", "XA", "--as-of", "2026-03-02", "--format", "json"]
    assert json.loads(runner.invoke(app, [*args, "--brief"]).stdout) == json.loads(runner.invoke(app, args).stdout)
