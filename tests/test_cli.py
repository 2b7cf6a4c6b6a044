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

from .conftest import FIXTURES

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
    assert set(out["outcomes"]) == {"refugee_status", "complementary_protection", "statelessness"}
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
    rows = {row["Jurisdiction"]: row for row in json.loads(r.stdout)}
    assert rows["Otherland (XB)"]["Expanded definition"] == "—"  # no Cartagena-type clause
    assert rows["Otherland (XB)"]["Lowest confidence"] == "high confidence"
    r = runner.invoke(app, ["countries", "--compare", "XA", "ZZ"])
    assert r.exit_code == 1 and "ZZ" in r.stderr


def test_compare_columns_are_translated():
    from screening.compare import columns

    for col in columns():
        assert all(col["title"].get(lang) for lang in ("en", "es", "pt")), col["id"]


def test_compare_on_the_shipped_rules():
    r = runner.invoke(app, ["countries", "--compare", "MX", "BR", "CR", "--format", "json", "--lang", "en"])
    assert r.exit_code == 0, r.stderr
    rows = {row["Jurisdiction"]: row for row in json.loads(r.stdout)}
    assert rows["Mexico (MX)"]["Filing period"] == "30 working days"
    assert rows["Brazil (BR)"]["Threat element"] == "no" and rows["Mexico (MX)"]["Threat element"] == "yes"
    assert rows["Costa Rica (CR)"]["Expanded definition"] == "—"


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
