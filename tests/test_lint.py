"""`screening rules lint`: each code, made to happen on a copy of the miniature rule set, with its
severity, file and line; the text and JSON output; and the shipped rules free of errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from screening.cli import app
from screening.law.lint import CODES
from tests.editing import edit, line_of

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in (result.output + (result.stderr or "")), result.output
    return result


def lint(*args: str) -> tuple[int, list[dict]]:
    r = run("rules", "lint", "--format", "json", *args)
    assert r.exit_code in (0, 1), (r.exit_code, r.output, r.stderr)
    return r.exit_code, json.loads(r.stdout)


def only(findings: list[dict], code: str) -> list[dict]:
    return [f for f in findings if f["code"] == code]


def assert_finding(findings: list[dict], code: str, severity: str, path: Path, line: int | None,
                   *words: str) -> dict:
    hits = [f for f in only(findings, code) if Path(f["file"]).name == path.name and f["line"] == line]
    assert hits, f"no {code} at {path.name}:{line} in {[(f['code'], f['file'], f['line']) for f in findings]}"
    f = hits[0]
    assert f["severity"] == severity
    assert f["fix"] and f["message"]
    for w in words:
        assert w in f["message"] + f["fix"], (w, f)
    return f


# --- the miniature is free of errors; what it has is reported as warnings and info ------------------------

def test_the_miniature_has_no_error(data):
    code, findings = lint()
    assert code == 0
    assert not [f for f in findings if f["severity"] == "error"], findings
    assert {f["code"] for f in findings} <= {"SCR204", "SCR301"}


def test_text_output_is_sorted_one_line_each_then_counts(data):
    edit(data / "countries" / "xa.yaml", "pt: Terrateste}", "}")
    r = run("rules", "lint")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert re.fullmatch(r"\d+ finding\(s\): 1 error\(s\), \d+ warning\(s\), \d+ info", lines[-1]), lines[-1]
    body = lines[:-1]
    assert len(body) == int(lines[-1].split()[0])
    where = [(m.group(1), int(m.group(2))) for m in (re.match(r"(.+?):(\d+): ", x) for x in body) if m]
    assert len(where) == len(body)
    assert where == sorted(where)
    row = next(x for x in body if " SCR102 " in x)
    assert re.fullmatch(r".*xa\.yaml:2: ERROR SCR102 name: missing translation \(pt\) \(fix: .+\.\)", row), row
    assert re.search(r": (ERROR|WARNING|INFO) SCR\d{3} .+ \(fix: .+\)$", body[0])


def test_json_is_a_list_of_findings(data):
    code, findings = lint()
    assert code == 0 and findings
    for f in findings:
        assert set(f) == {"code", "severity", "file", "line", "message", "fix"}
        assert f["code"] in CODES and f["severity"] == CODES[f["code"]][0]
    r = run("rules", "lint", "--format", "yaml")
    assert r.exit_code == 2  # a usage error, as for every --format


# --- one test per code ------------------------------------------------------------------------------------

def test_scr100_files_that_do_not_validate(data):
    base = data / "rules" / "base.yaml"
    edit(base, "when: {fact: outside, is: true}", "when: {fact: outsidr, is: true}")
    code, findings = lint()
    assert code == 1
    assert_finding(findings, "SCR100", "error", base, line_of(base, "fact: outsidr"), "unknown fact 'outsidr'")


def test_scr100_a_file_that_does_not_parse(data):
    xa = data / "countries" / "xa.yaml"
    edit(xa, "definitions:", "definitions: [")
    code, findings = lint()
    assert code == 1 and findings and {f["code"] for f in findings} == {"SCR100"}


def test_scr101_a_jurisdiction_without_exclusion(data):
    xa = data / "countries" / "xa.yaml"
    text = xa.read_text(encoding="utf-8")
    xa.write_text(re.sub(r"exclusions:\n(  .*\n|    .*\n)+", "", text), encoding="utf-8")
    assert "exclusions" not in xa.read_text(encoding="utf-8")
    code, findings = lint()
    assert code == 1
    f = assert_finding(findings, "SCR101", "error", xa, 1, "XA", "never look at exclusion", "extends: exclusion")
    assert len(only(findings, "SCR101")) == 1  # XB has its set; the miniature defines no cessation set
    r = run("rules", "validate")
    assert r.exit_code == 1 and f["message"] in r.stderr and "xa.yaml:1:" in r.stderr


def test_scr101_a_cessation_set_once_the_rules_define_one(data):
    base = data / "rules" / "base.yaml"
    edit(base, "definitions:\n", "definitions:\n  - id: cessation\n    kind: cessation\n"
         "    title: {en: Cessation, es: Cesación, pt: Cessação}\n"
         "    cite: [{instrument: Test Convention, provision: Art. 1C, year: 1951}]\n"
         "    elements: [serious_crime]\n")
    code, findings = lint()
    assert code == 1
    for name in ("xa.yaml", "xb.yaml"):
        path = data / "countries" / name
        assert_finding(findings, "SCR101", "error", path, line_of(path, "exclusions:"), "never look at cessation")
    assert not [f for f in only(findings, "SCR101") if "never look at exclusion" in f["message"]]


def test_scr101_no_version_in_force_today(data):
    xb = data / "countries" / "xb.yaml"
    edit(xb, "    cite: [{instrument: Old Test Law, provision: art. 3, year: 1990}]\n",
         "    cite: [{instrument: Old Test Law, provision: art. 3, year: 1990}]\n    valid_to: 2001-01-01\n")
    code, findings = lint()
    assert code == 1
    assert_finding(findings, "SCR101", "error", xb, line_of(xb, "- id: xb_exclusion"), "in force today")


def test_scr102_a_missing_translation(data):
    xa = data / "countries" / "xa.yaml"
    edit(xa, "pt: Terrateste}", "}")
    code, findings = lint()
    assert code == 1
    assert_finding(findings, "SCR102", "error", xa, 2, "name: missing translation (pt)")
    r = run("rules", "validate")
    assert r.exit_code == 1 and "xa.yaml:2: name: missing translation (pt)" in r.stderr


def test_scr103_an_unfinished_todo(data):
    xa = data / "countries" / "xa.yaml"
    facts = data / "rules" / "facts.yaml"
    edit(xa, "{instrument: Test Law, provision: art. 1, year: 2000}", "{instrument: Test Law, provision: TODO, "
         "year: 2000}")
    edit(facts, "help: {en: Date., es: Fecha., pt: Data.}", "help: {en: Date., es: TODO Fecha, pt: Data.}")
    code, findings = lint()
    assert code == 1
    assert_finding(findings, "SCR103", "error", xa, line_of(xa, "provision: TODO"), "TODO",
                   "the article or section")
    assert_finding(findings, "SCR103", "error", facts, line_of(facts, "TODO Fecha"), "the Spanish help")
    r = run("rules", "validate")
    assert r.exit_code == 1 and "still marked TODO" in r.stderr


def test_scr103_todo_is_a_word_in_capitals(data):
    edit(data / "countries" / "xa.yaml", "es: Tierraprueba", "es: TODOS los testlandeses")
    code, findings = lint()
    assert code == 0 and not only(findings, "SCR103")


def test_scr201_a_fact_no_rule_reads(data):
    facts = data / "rules" / "facts.yaml"
    with facts.open("a", encoding="utf-8") as f:
        f.write("  - id: hobby\n    type: boolean\n    topic: events\n    element: harm\n"
                "    question: {en: Hobby?, es: ¿Pasatiempo?, pt: Passatempo?}\n"
                "    help: {en: Any., es: Cualquiera., pt: Qualquer.}\n")
    code, findings = lint()
    assert code == 0
    assert_finding(findings, "SCR201", "warning", facts, line_of(facts, "- id: hobby"), "'hobby'")


def test_scr202_a_parameter_nothing_reads(data):
    base = data / "rules" / "base.yaml"
    edit(base, "  period: {value: 0}\n", "  period: {value: 0}\n  spare: {value: 3}\n")
    code, findings = lint()
    assert code == 0
    assert_finding(findings, "SCR202", "warning", base, line_of(base, "spare:"), "'spare'")
    assert run("rules", "validate").exit_code == 0  # a warning does not fail validate
    # a country that overrides it uses it
    edit(data / "countries" / "xa.yaml", "parameters:\n", "parameters:\n  spare:\n    set: 4\n"
         "    cite: [{instrument: Test Law, provision: art. 8, year: 2000}]\n")
    assert not only(lint()[1], "SCR202")


def test_scr203_two_criteria_with_one_title(data):
    base = data / "rules" / "base.yaml"
    edit(base, "title: {en: Ground, es: Motivo, pt: Motivo}", "title: {en: Ground, es: fuera , pt: Motivo}")
    code, findings = lint()
    assert code == 0
    assert_finding(findings, "SCR203", "warning", base, line_of(base, "es: fuera"), "'outside_country'",
                   "'ground'", "es title")
    xa = data / "countries" / "xa.yaml"
    edit(xa, "definitions:\n", "criteria:\n  - id: xa_crime\n    title: {en: Crime, es: Delito nacional, pt: Crime "
         "nacional}\n    cite: [{instrument: Test Law, provision: art. 4, year: 2000}]\n"
         "    when: {fact: crime, is: true}\ndefinitions:\n")
    assert_finding(lint()[1], "SCR203", "warning", xa, line_of(xa, "es: Delito nacional"), "(in XA)", "'serious_crime'")


def test_scr204_and_scr301_citations(data):
    base = data / "rules" / "base.yaml"
    # the miniature cites without urls: high confidence and no note is a warning, with a note an info
    _, findings = lint()
    assert_finding(findings, "SCR204", "warning", base, 5, "Test Convention, Art. 1 (1951)")
    low = line_of(base, "confidence: low")
    assert_finding(findings, "SCR301", "info", base, low, "no url")
    assert not [f for f in only(findings, "SCR204") if f["line"] == low]
    edit(base, "provision: Art. 1, year: 1951}]\n  period", "provision: Art. 1, year: 1951, url: 'https://x.org/c'}]\n"
         "  period")
    code, findings = lint()
    assert code == 0
    assert not [f for f in findings if Path(f["file"]).name == "base.yaml" and f["line"] == 5]


def test_scr205_dated_versions_with_a_gap(data):
    xb = data / "countries" / "xb.yaml"
    edit(xb, "      valid_from: 2024-04-23", "      valid_from: 2024-05-01")
    code, findings = lint()
    assert code == 0  # a warning here: said once, not again as SCR100
    assert_finding(findings, "SCR205", "warning", xb, line_of(xb, "- set: 7"), "parameter 'period'", "gap")
    assert not only(findings, "SCR100")


# --- the paths given, the codes documented, the shipped rules ---------------------------------------------

def test_a_file_given_replaces_the_shipped_one(data, tmp_path):
    mine = tmp_path / "xa.yaml"
    mine.write_text((data / "countries" / "xa.yaml").read_text(encoding="utf-8").replace("pt: Terrateste}", "}"),
                    encoding="utf-8")
    code, findings = lint(str(mine))
    assert code == 1
    f = only(findings, "SCR102")[0]
    assert Path(f["file"]).resolve() == mine.resolve() and f["line"] == 2
    r = run("rules", "lint", str(tmp_path / "nowhere.yaml"))
    assert r.exit_code == 1 and "file not found" in r.stderr


def test_every_code_is_documented():
    doc = (ROOT / "docs" / "lint-codes.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (SCR\d{3}) \| (error|warning|info) \|", doc, re.MULTILINE))
    assert rows == {code: sev for code, (sev, _) in CODES.items()}


def test_the_shipped_rules_have_no_error(monkeypatch):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    r = run("rules", "lint")
    errors = [x for x in r.stdout.splitlines() if " ERROR " in x]
    assert r.exit_code == 0, errors
    assert re.fullmatch(r"\d+ finding\(s\): 0 error\(s\), \d+ warning\(s\), \d+ info", r.stdout.splitlines()[-1])


def test_findings_in_the_trainers_language(data):
    """A trainer reading Spanish or Portuguese gets the findings, their fixes and the count in it; the
    codes, file:line and the rule files' own words (exclusion, extends:) stay as they are."""
    xa = data / "countries" / "xa.yaml"
    xa.write_text(re.sub(r"exclusions:\n(  .*\n|    .*\n)+", "", xa.read_text(encoding="utf-8")), encoding="utf-8")
    said = {"es": ("no tiene un conjunto exclusion", "Incluya en 'exclusions:'", "hallazgo(s)", "corrección:"),
            "pt": ("não tem um conjunto exclusion", "Inclua em 'exclusions:'", "achado(s)", "correção:")}
    for lang, (message, fix, count, label) in said.items():
        r = run("rules", "lint", "--lang", lang)
        assert r.exit_code == 1
        line = next(x for x in r.stdout.splitlines() if "SCR101" in x)
        assert line.startswith("xa.yaml:1: ERROR SCR101 XA ") or "xa.yaml:1: ERROR SCR101 XA " in line, line
        assert message in line and fix in line and f"({label} " in line, line
        assert count in r.stdout.splitlines()[-1], r.stdout
        out = json.loads(run("rules", "lint", "--lang", lang, "--format", "json").stdout)
        f = next(x for x in out if x["code"] == "SCR101")
        assert message in f["message"] and fix in f["fix"]
