"""Bad input: every mistake a trainer or a clinic can make gets one message naming the file and
line, and exit code 1 — never a traceback. Each test breaks a copy of the miniature rule set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app
from tests.editing import edit, line_of

runner = CliRunner()

GOOD_CASE = """\
reference: T-1
facts:
  outside: yes
  reasons: [race]
  agent: state
"""


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in (result.output + (result.stderr or "")), result.output
    return result


def assert_error(result, path: Path, line: int | None, *words: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.output)
    err = result.stderr
    where = f"{path.name}:{line}:" if line else path.name
    assert where in err, f"expected {where!r} in: {err}"
    for w in words:
        assert w in err, f"expected {w!r} in: {err}"
    assert err.count("\n") <= 3, f"one clear message expected, got: {err}"


def write_case(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# --- the shipped miniature is valid ---------------------------------------------------------------

def test_fixture_is_valid(data):
    r = run("rules", "validate")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("ok:")


def test_good_case_assesses(data, tmp_path):
    r = run("assess", str(write_case(tmp_path, GOOD_CASE)), "--country", "XA", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert '"overall": "needs_more_information"' in r.stdout  # exclusion fact 'crime' is unknown


def test_a_comment_before_a_value_on_the_next_line_is_named_not_an_internal_error(data, tmp_path):
    """Valid YAML that ruamel cannot read ("overlap in comment"): it was reported as an internal error."""
    case = write_case(tmp_path, "reference: T-1\nfacts:\n  outside: # she crossed in May\n    yes\n\n  agent: state\n")
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 3, "put the value on the key's line")
    assert "internal error" not in r.stderr


# --- rule and country files -----------------------------------------------------------------------

def test_malformed_yaml_in_rule_file(data):
    base = data / "rules" / "base.yaml"
    edit(base, "  - id: ground\n", "  - id: ground\n   bad: [unclosed\n")
    r = run("rules", "validate")
    assert_error(r, base, line_of(base, "bad: [unclosed"), "YAML")


def test_a_question_not_asked_when_an_unknown_flag_is_met_is_named(data):
    facts = data / "rules" / "facts.yaml"
    edit(facts, "  - id: outside\n", "  - id: outside\n    not_asked_when: lat\n")
    r = run("rules", "validate")
    assert_error(r, facts, line_of(facts, "not_asked_when: lat"), "'not_asked_when' names unknown flag 'lat'",
                 "did you mean 'late'")


def test_rule_refers_to_unknown_fact(data):
    base = data / "rules" / "base.yaml"
    edit(base, "{fact: crime, is: true}", "{fact: crimes, is: true}")
    r = run("rules", "validate")
    assert_error(r, base, line_of(base, "fact: crimes"), "unknown fact 'crimes'", "crime")


def test_rule_refers_to_unknown_criterion(data):
    base = data / "rules" / "base.yaml"
    edit(base, "elements: [outside_country, ground, no_protection]",
         "elements: [outside_country, grounds, no_protection]")
    r = run("rules", "validate")
    assert_error(r, base, line_of(base, "grounds, no_protection"), "unknown criterion 'grounds'")


def test_rule_compares_with_a_value_outside_the_choices(data):
    base = data / "rules" / "base.yaml"
    edit(base, "{fact: agent, is: state}", "{fact: agent, is: army}")
    r = run("rules", "validate")
    assert_error(r, base, line_of(base, "is: army"), "army")


def test_cycle_between_criteria(data):
    base = data / "rules" / "base.yaml"
    edit(base, "when: {fact: outside, is: true}", "when: {criterion: no_protection}")
    edit(base, "        - {fact: agent, is: state}", "        - {criterion: outside_country}")
    r = run("rules", "validate")
    assert r.exit_code == 1
    assert "cycle" in r.stderr and "base.yaml:" in r.stderr


def test_country_extends_unknown_definition(data):
    xa = data / "countries" / "xa.yaml"
    edit(xa, "extends: refugee", "extends: refugees")
    r = run("rules", "validate")
    assert_error(r, xa, line_of(xa, "extends: refugees"), "refugees")


def test_missing_citation(data):
    base = data / "rules" / "base.yaml"
    edit(base, "    cite: [{instrument: Test Convention, provision: Art. 1F, year: 1951}]\n    when: {fact: crime",
         "    when: {fact: crime")
    r = run("rules", "validate")
    assert r.exit_code == 1
    assert "base.yaml:" in r.stderr and "cite" in r.stderr


def test_uncertain_citation_needs_a_note(data):
    base = data / "rules" / "base.yaml"
    note = "confidence: low, note: {en: a test note, es: una nota de prueba, pt: uma nota de teste}"
    edit(base, note, "confidence: low")
    r = run("rules", "validate")
    assert r.exit_code == 1
    assert "base.yaml:" in r.stderr and "note" in r.stderr


def test_a_citation_note_in_english_only_is_a_missing_translation_with_its_line(data):
    """A trainer may write a citation note as one string; es and pt are then reported, never invented."""
    base = data / "rules" / "base.yaml"
    note = "confidence: low, note: {en: a test note, es: una nota de prueba, pt: uma nota de teste}"
    edit(base, note, "confidence: low, note: a test note")
    r = run("rules", "validate")
    assert_error(r, base, line_of(base, "note: a test note"), "note: missing translation (es, pt)")


def test_missing_translation(data):
    base = data / "rules" / "base.yaml"
    edit(base, "title: {en: Crime, es: Delito, pt: Crime}", "title: {en: Crime, es: Delito}")
    r = run("rules", "validate")
    assert_error(r, base, line_of(base, "title: {en: Crime, es: Delito}"), "missing translation", "pt")


def test_validate_a_single_changed_file_in_place_of_the_shipped_one(data, tmp_path):
    bad = tmp_path / "xa.yaml"
    bad.write_text((data / "countries" / "xa.yaml").read_text().replace("extends: late", "extends: lately"))
    r = run("rules", "validate", str(bad))
    assert_error(r, bad, line_of(bad, "extends: lately"), "lately")


# --- case files ---------------------------------------------------------------------------------

def test_unknown_fact_in_case(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE + "  outsde: yes\n")
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 6, "unknown fact 'outsde'", "outside")


def test_wrong_type_in_case(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE.replace("outside: yes", "outside: perhaps"))
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 3, "outside")


def test_value_outside_choices(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE.replace("agent: state", "agent: army"))
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 5, "army", "state", "gang")


def test_set_value_outside_choices(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE.replace("[race]", "[race, weather]"))
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 4, "weather")


def test_malformed_case_yaml(data, tmp_path):
    case = write_case(tmp_path, "facts:\n  outside: yes\n  reasons: [race\n")
    r = run("assess", str(case), "--country", "XA")
    assert r.exit_code == 1 and "case.yaml:" in r.stderr


def test_empty_case_file(data, tmp_path):
    case = write_case(tmp_path, "")
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, None, "empty")


def test_case_file_not_found(data, tmp_path):
    r = run("assess", str(tmp_path / "nope.yaml"), "--country", "XA")
    assert r.exit_code == 1 and "nope.yaml" in r.stderr and "not found" in r.stderr


def test_unknown_country(data, tmp_path):
    r = run("assess", str(write_case(tmp_path, GOOD_CASE)), "--country", "ZZ")
    assert r.exit_code == 1
    assert "ZZ" in r.stderr and "XA" in r.stderr  # says which codes exist


def test_bad_date_is_a_usage_error(data, tmp_path):
    r = run("assess", str(write_case(tmp_path, GOOD_CASE)), "--country", "XA", "--as-of", "23/11/2026")
    assert r.exit_code == 2


def test_json_case_file_reports_line(data, tmp_path):
    case = write_case(tmp_path, '{\n  "facts": {\n    "outside": true,\n    "agent": "army"\n  }\n}\n', "case.json")
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 4, "army")


def test_unknown_and_declined_are_accepted(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE.replace("agent: state", "agent: unknown\n  crime: declined"))
    r = run("assess", str(case), "--country", "XA", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert re.search(r'"facts_declined": \[\s*"crime"', r.stdout)


def test_screening_data_without_rules(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENING_DATA", str(tmp_path))
    r = run("countries")
    assert r.exit_code == 1 and "no rules/ folder" in r.stderr


def test_overlapping_versions_of_a_clause(data):
    xb = data / "countries" / "xb.yaml"
    edit(xb, "      valid_from: 2024-04-23\n  period_unit:", "      valid_from: 2024-04-01\n  period_unit:")
    r = run("rules", "validate")
    assert r.exit_code == 1 and "xb.yaml:" in r.stderr and "overlap" in r.stderr


def test_gap_between_versions_of_a_clause(data):
    xb = data / "countries" / "xb.yaml"
    edit(xb, "    valid_from: 2024-04-23\n  - id: xb_torture", "    valid_from: 2024-05-01\n  - id: xb_torture")
    r = run("rules", "validate")
    assert r.exit_code == 1 and "gap" in r.stderr and "xb_refugee" in r.stderr


def test_two_undated_versions_of_a_definition(data):
    xb = data / "countries" / "xb.yaml"
    edit(xb, "    valid_to: 2024-04-22\n  - id: xb_refugee", "  - id: xb_refugee")
    edit(xb, "    valid_from: 2024-04-23\n  - id: xb_torture", "  - id: xb_torture")
    r = run("rules", "validate")
    assert r.exit_code == 1 and "used twice" in r.stderr


def test_a_country_emptying_a_list_parameter(data):
    xa = data / "countries" / "xa.yaml"
    edit(xa, "    add: [gender]", "    set: []")
    r = run("rules", "validate")
    assert r.exit_code == 1 and "empty list" in r.stderr and "xa.yaml" in r.stderr


def test_a_date_no_law_covers(data, tmp_path):
    xb = data / "countries" / "xb.yaml"
    # only the 2024 version of the refugee definition, and no complementary form: nothing before 2024
    text = xb.read_text()
    start = text.index("  - id: xb_refugee\n")
    end = text.index("  - id: xb_refugee\n", start + 1)
    text = text[:start] + text[end:]
    start = text.index("  - id: xb_torture")
    end = text.index("  - id: xb_stateless")
    xb.write_text(text[:start] + text[end:])
    r = run("assess", str(write_case(tmp_path, GOOD_CASE)), "--country", "XB", "--as-of", "2020-01-01")
    assert r.exit_code == 1 and "no refugee or complementary definition in force on 2020-01-01" in r.stderr


@pytest.mark.parametrize("lang,words", [
    ("es", ["error:", "hecho desconocido 'outsde'", "¿quiso decir 'outside'?"]),
    ("pt", ["erro:", "fato desconhecido 'outsde'", "quis dizer 'outside'?"]),
])
def test_case_errors_in_the_users_language(data, tmp_path, lang, words):
    case = write_case(tmp_path, GOOD_CASE + "  outsde: yes\n")
    r = run("assess", str(case), "--country", "XA", "--lang", lang)
    assert_error(r, case, 6, *words)


def test_value_error_in_spanish(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE.replace("outside: yes", "outside: quizás"))
    r = run("assess", str(case), "--country", "XA", "--lang", "es")
    assert_error(r, case, 3, "hecho 'outside': se esperaba sí o no", "'quizás'")
    r = run("assess", str(case), "--country", "ZZ", "--lang", "pt")
    assert r.exit_code == 1 and "código de país desconhecido 'ZZ'" in r.stderr


@pytest.mark.parametrize("lang, unknown, declined", [("en", "don't know", "prefer not to say"),
                                                     ("es", "no sé", "prefiero no decir"),
                                                     ("pt", "não sei", "prefiro não dizer")])
def test_a_value_error_suggests_the_words_that_are_accepted(data, tmp_path, lang, unknown, declined):
    """The message offers "don't know" and "prefer not to say" in the reader's words (it offered the
    English ids `unknown / declined` in every language), and those words are then accepted."""
    case = write_case(tmp_path, GOOD_CASE.replace("outside: yes", "outside: quizás"))
    r = run("assess", str(case), "--country", "XA", "--lang", lang)
    assert r.exit_code == 1 and unknown in r.stderr and declined in r.stderr, r.stderr
    for word in (unknown, declined):
        case.write_text(GOOD_CASE.replace("outside: yes", f'outside: "{word}"'), encoding="utf-8")
        assert run("assess", str(case), "--country", "XA", "--lang", lang).exit_code == 0, word


# --- issue 10 §7: mistakes that used to be reported as internal errors ---------------------------------

def test_interview_without_country_is_a_usage_error(data):
    r = run("interview")
    assert r.exit_code == 2, r.output
    assert "--country" in r.stderr and "internal error" not in r.stderr


def _exe() -> str:
    import sys

    exe = Path(sys.executable).with_name("screening")
    if not exe.exists():
        pytest.skip("the console script is not installed")
    return str(exe)


@pytest.mark.parametrize("args", [["facts"], ["countries"], ["countries", "--compare"], ["schema", "case"],
                                  ["--help"]])
def test_a_closed_pipe_is_not_an_error(args):
    """`screening facts | head`: the reader left early. A pipe whose reader is already gone makes
    the first write fail every time, so the test does not depend on timing."""
    import os
    import subprocess

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        r = subprocess.run([_exe(), *args], stdout=write_end, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write_end)
    assert r.stderr == "", r.stderr  # no "internal error", no "Exception ignored"
    # stopped by SIGPIPE, as cat or grep would be: a shell reports 141 (128 + 13)
    assert r.returncode in (-13, 141)


def test_output_into_a_folder_is_bad_input(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE)
    r = run("assess", str(case), "--country", "XA", "-o", str(tmp_path))
    assert r.exit_code == 1, r.output
    assert f"{tmp_path}: is a folder; give a file name" in r.stderr and "internal error" not in r.stderr


def test_output_into_missing_folders_creates_them_owner_only(data, tmp_path):
    import os
    import stat

    case = write_case(tmp_path, GOOD_CASE)
    out = tmp_path / "new" / "deeper" / "report.md"
    r = run("report", str(case), "--country", "XA", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper"):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, folder
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_output_under_a_file_is_bad_input(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE)
    r = run("assess", str(case), "--country", "XA", "-o", str(case / "report.txt"))
    assert r.exit_code == 1, r.output
    assert f"{case} is a file" in r.stderr and "internal error" not in r.stderr


def test_output_to_a_pipe_writes_through_it(data, tmp_path):
    """`-o /dev/stdout` or a named pipe: written to, never replaced by a regular file."""
    import os
    import stat
    import threading

    case = write_case(tmp_path, GOOD_CASE)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = run("assess", str(case), "--country", "XA", "--format", "json", "-o", str(fifo))
    reader.join(10)
    assert r.exit_code == 0, r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert b'"country": "XA"' in got[0]


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="no /dev/full")
def test_a_full_disk_is_reported_not_crashed_on(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE)
    r = run("assess", str(case), "--country", "XA", "-o", "/dev/full")
    assert r.exit_code == 1, r.output
    assert "/dev/full: cannot write here" in r.stderr
    assert Path("/dev/full").is_char_device()  # the device is still there


def test_template_that_is_a_folder(data, tmp_path):
    r = run("assess", str(write_case(tmp_path, GOOD_CASE)), "--country", "XA", "--template", str(tmp_path))
    assert r.exit_code == 1 and "is a folder; --template takes a template file" in r.stderr


def test_session_path_that_is_a_folder(data, tmp_path):
    answers = write_case(tmp_path, GOOD_CASE)
    r = run("interview", "--country", "XA", "--answers", str(answers), "--session", str(tmp_path))
    assert r.exit_code == 1, r.output
    assert "is a folder; give a file name for the output, such as" in r.stderr and "session.yaml" in r.stderr
    r = run("interview", "--country", "XA", "--answers", str(answers), "--session", str(tmp_path / "new" / "s.yaml"))
    assert r.exit_code == 0, r.output  # a new folder for the session is made, owner-only
    assert (tmp_path / "new" / "s.yaml").exists()


def test_quitting_the_interview_with_q_saves_and_exits_0(tmp_path):
    """The interview prints where the session is and how to resume, and returns "saved"; the
    command maps that to exit 0 (Ctrl-C stays 130)."""
    pexpect = pytest.importorskip("pexpect")
    import sys

    session = tmp_path / "s" / "q.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "screening.cli", "interview", "--country", "MX", "--lang", "en",
                                           "--session", str(session)],
                          cwd=str(tmp_path), encoding="utf-8", timeout=30, dimensions=(50, 200),
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm",
                               "PROMPT_TOOLKIT_NO_CPR": "1"})
    child.expect("›")
    child.sendline("q")
    child.expect(r"screening interview --resume (\S+)")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert session.exists()


# --- issue 10 §8: inputs that cannot be right are refused with their line -------------------------------

def test_a_date_before_any_encoded_law_is_bad_input(tmp_path):
    case = write_case(tmp_path, "facts:\n  outside_country_of_nationality: yes\n")
    r = run("assess", str(case), "--country", "BR", "--as-of", "1900-01-01")
    assert r.exit_code == 1, r.output
    assert "--as-of 1900-01-01: no law of Brazil (BR) is encoded for that date" in r.stderr and "1997" in r.stderr
    r = run("countries", "BR", "--as-of", "1900-01-01")
    assert r.exit_code == 1 and "no law of Brazil (BR)" in r.stderr
    # the full list leaves out the countries with no law yet, and says which
    r = run("countries", "--as-of", "1998-01-01", "--format", "json")
    assert r.exit_code == 0, r.stderr
    import json

    listed = {row["country"] for row in json.loads(r.stdout)}
    assert "BR" in listed and "MX" not in listed and "MX" in r.stderr


def test_screening_a_person_in_their_own_country_is_bad_input(tmp_path):
    case = write_case(tmp_path, "facts:\n  outside_country_of_nationality: yes\n  country_of_nationality: MX\n")
    r = run("assess", str(case), "--country", "MX")
    assert_error(r, case, 3, "fact 'country_of_nationality': MX is the jurisdiction screened", "own country")
    r = run("assess", str(case), "--country", "MX", "--lang", "es")
    assert_error(r, case, 3, "nadie es refugiado en su propio país")
    assert run("assess", str(case), "--country", "GT").exit_code == 0


def test_a_date_in_the_future_is_bad_input(data, tmp_path):
    case = write_case(tmp_path, GOOD_CASE + "  entry: 2205-03-03\n")
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 6, "fact 'entry': 2205-03-03 is after today", "check the year")


def test_a_date_after_a_chosen_past_assessment_date_is_a_warning(data, tmp_path):
    """A trainer may apply an old law to a recent case on purpose: accepted, and said."""
    import json

    case = write_case(tmp_path, GOOD_CASE + "  entry: 2025-01-10\n")
    r = run("assess", str(case), "--country", "XA", "--as-of", "2024-06-01", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert [w["code"] for w in json.loads(r.stdout)["warnings"]] == ["date_after_as_of"]
    assert r.stderr.startswith("warning: ") and "2025-01-10" in r.stderr  # JSON on stdout, the warning on stderr
    # a future date with a later --as-of is a hypothetical the user asked for
    future = write_case(tmp_path, GOOD_CASE + "  entry: 2205-03-03\n", "future.yaml")
    assert run("assess", str(future), "--country", "XA", "--as-of", "2205-06-01").exit_code == 0


def test_an_application_before_the_entry_is_a_warning(tmp_path):
    import json

    case = write_case(tmp_path, "facts:\n  outside_country_of_nationality: yes\n  date_of_entry: 2025-03-03\n"
                                "  asylum_application_filed: yes\n  date_of_application: 2025-01-02\n")
    out = tmp_path / "r.json"
    r = run("assess", str(case), "--country", "MX", "--as-of", "2025-06-01", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert "end_before_start" in [w["code"] for w in json.loads(out.read_text())["warnings"]]
    assert "warning:" in r.stderr  # the file holds it; the screen says it too


def test_a_windows_1252_case_file_gets_its_line_and_a_hint(data, tmp_path):
    case = tmp_path / "case.yaml"
    case.write_bytes("reference: T-1\nnarrative: Salí de mi país\nfacts:\n  outside: yes\n".encode("cp1252"))
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 2, "not UTF-8", "byte 0xED", "Windows-1252", "save the file again as UTF-8")
    r = run("assess", str(case), "--country", "XA", "--lang", "es")
    assert_error(r, case, 2, "guarde de nuevo el archivo como UTF-8")


def test_a_utf16_case_file_gets_a_hint(data, tmp_path):
    case = tmp_path / "case.yaml"
    case.write_bytes(GOOD_CASE.encode("utf-16"))
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 1, "UTF-16", "save the file again as UTF-8")


@pytest.mark.parametrize("lang,hint", [("en", " (did you mean 'outside'?)"), ("es", " (¿quiso decir 'outside'?)"),
                                       ("pt", " (quis dizer 'outside'?)")])
def test_typo_hints_are_spaced_in_case_errors(data, tmp_path, lang, hint):
    case = write_case(tmp_path, GOOD_CASE + "  outsde: yes\n")
    r = run("assess", str(case), "--country", "XA", "--lang", lang)
    assert_error(r, case, 6, f"'outsde'{hint}")


def test_typo_hints_are_spaced_in_rule_errors(data, tmp_path):
    base = data / "rules" / "base.yaml"
    edit(base, "{fact: crime, is: true}", "{fact: crimes, is: true}")
    r = run("rules", "validate")
    assert "'crimes' (did you mean 'crime'?)" in r.stderr, r.stderr


def test_typo_hints_are_spaced_in_option_errors(data, tmp_path):
    r = run("assess", str(write_case(tmp_path, GOOD_CASE)), "--country", "XB", "--compare-with", "refugees")
    assert "'refugees' to compare with (did you mean 'refugee'?)" in r.stderr, r.stderr


def test_no_hint_is_glued_to_the_word_before_it():
    """The message catalogue strips each text, so a hint written as ' (did you mean …)' and appended
    would lose its space: no catalogue text may start with a space, and `_suggest` carries its own."""
    from ruamel.yaml import YAML

    from screening.law.library import suggest as _suggest

    assert _suggest("crimes", ["crime"]) == " (did you mean 'crime'?)"
    y = YAML(typ="safe")
    for path in sorted((Path(__file__).parents[1] / "screening").glob("messages*.yaml")):
        for key, texts in (y.load(path.read_text(encoding="utf-8")) or {}).items():
            for lang, text in (texts or {}).items():
                assert not (isinstance(text, str) and text[:1].isspace()), f"{path.name}: {key} ({lang})"


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-30"])
def test_a_date_that_does_not_exist_gets_its_line(data, tmp_path, value):
    """YAML reads 2026-13-01 as a date and failed inside the parser (an internal error)."""
    case = write_case(tmp_path, GOOD_CASE + f"  entry: {value}\n")
    r = run("assess", str(case), "--country", "XA")
    assert_error(r, case, 6, "fact 'entry': expected a date as YYYY-MM-DD", value)
