"""Files that try to make the tool do too much (issue 11): nesting that would exhaust the stack,
numbers past Python's limit, alias bombs, huge lists and files, dates written as numbers, folders
named like rule files. Each is refused with exit 1 and one message naming file:line, never
"internal error" (exit 3). Where a hang was reported, the test checks that the limit's own
message came back: the file was refused while it was read, before anything expanded or walked it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app

runner = CliRunner()
CASE_HEAD = "reference: T-11\nfacts:\n  outside: yes\n  reasons: [race]\n  agent: state\n"


def run(*args: str, stdin: str | None = None):
    result = runner.invoke(app, list(args), input=stdin)
    assert "Traceback" not in result.output + (result.stderr or "")
    assert "internal error" not in (result.stderr or ""), result.stderr
    return result


def assess(case: Path | str, *extra: str, stdin: str | None = None):
    return run("assess", str(case), "--country", "XA", "--as-of", "2026-03-02", *extra, stdin=stdin)


def refused(result, where: str, *words: str) -> None:
    """Exit 1, one message, naming `where` (file:line, or the file) and saying what was expected."""
    assert result.exit_code == 1, (result.exit_code, result.output)
    err = result.stderr
    assert err.startswith("error: "), err
    # "case.yaml:6" must be followed by ": " (not line 60); a bare prefix "base.yaml:" any line
    assert (where if where.endswith(":") else f"{where}: ") in err, f"{where!r} not in {err}"
    for w in words:
        assert w in err, f"{w!r} not in {err}"
    assert err.count("\n") <= 2, f"one clear message expected, got: {err}"


def write(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# --- case files: nesting, numbers, aliases, size ---------------------------------------------------

def test_nesting_300_deep_is_refused_with_its_line(data, tmp_path):
    case = write(tmp_path, CASE_HEAD + "  crime: " + "[" * 300 + "]" * 300 + "\n")
    refused(assess(case), "case.yaml:6", "nested more than 50 levels")


def test_an_integer_of_4301_digits_is_refused_not_crashed(data, tmp_path):
    case = write(tmp_path, CASE_HEAD + "  age: " + "9" * 4301 + "\n")
    refused(assess(case), "case.yaml:6", "4301 digits", "at most 30")


def _bomb(levels: int = 9) -> str:
    lines = ["  a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefghij", "bcdefghijk"[:levels - 1], strict=False):
        lines.append(f"  {name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_its_first_anchor(data, tmp_path):
    """A few hundred bytes that expand to 9^9 values: refused as it is read (the alias message, at
    the first anchor), before the schema, which would have expanded it all to reject the keys."""
    case = write(tmp_path, CASE_HEAD + _bomb())
    assert case.stat().st_size < 1000
    refused(assess(case), "case.yaml:6", "aliases (&/*) are not allowed in a case file")


def test_even_one_alias_is_refused_in_a_case_file_in_the_users_language(data, tmp_path):
    case = write(tmp_path, "facts:\n  reasons: &r [race]\n  situation: *r\n")
    refused(assess(case), "case.yaml:2", "aliases (&/*) are not allowed")
    refused(assess(case, "--lang", "es"), "case.yaml:2", "no se permiten alias (&/*)")


def test_a_list_of_200000_items_is_refused_at_the_list(data, tmp_path):
    case = write(tmp_path, CASE_HEAD + "  reasons: [" + ", ".join(["1"] * 200_000) + "]\n")
    assert case.stat().st_size < 1_000_000  # the list limit, not the size limit, refuses it
    refused(assess(case), "case.yaml:", "more than 1000 entries")


def test_a_short_list_of_items_still_counts_per_list(data, tmp_path):
    case = write(tmp_path, CASE_HEAD.replace("[race]", "[" + ", ".join(["1"] * 1001) + "]"))
    refused(assess(case), "case.yaml:4", "more than 1000 entries")


def test_a_case_file_over_1_mb_is_refused_without_parsing(data, tmp_path):
    case = write(tmp_path, CASE_HEAD + "narrative: |\n" + ("  " + "x" * 78 + "\n") * 50_000)
    assert case.stat().st_size > 3_000_000
    refused(assess(case), "case.yaml", "larger than 1 MB", "case file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_read_no_further_than_the_limit(data):
    refused(assess("/dev/zero"), "/dev/zero", "larger than 1 MB")


def test_a_case_from_stdin_over_1_mb_is_refused(data):
    refused(assess("-", stdin=CASE_HEAD + "narrative: " + "x" * 1_100_000 + "\n"), "<stdin>", "larger than 1 MB")


def test_a_case_file_within_the_limits_still_assesses(data, tmp_path):
    case = write(tmp_path, CASE_HEAD + "narrative: |\n" + ("  " + "x" * 78 + "\n") * 1000)
    r = assess(case, "--format", "json")
    assert r.exit_code == 0, r.stderr


def test_a_tag_that_does_not_fit_its_value_is_a_clean_error(data, tmp_path):
    """ruamel raises a bare KeyError for `!!bool maybe` (found by the fuzzer): the file's mistake."""
    case = write(tmp_path, CASE_HEAD + "  crime: !!bool maybe\n")
    refused(assess(case), "case.yaml:6", "'maybe' is not a valid !!bool")
    refused(assess(write(tmp_path, CASE_HEAD + "  age: !!int x\n")), "case.yaml:6", "'x' is not a valid !!int")
    refused(assess(write(tmp_path, "!!python/name:os.system\n")), "case.yaml", "expected a mapping")


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1e999"])
def test_infinity_and_nan_are_not_numbers_a_fact_takes(data, tmp_path, value):
    refused(assess(write(tmp_path, CASE_HEAD + f"  age: {value}\n")), "case.yaml:6", "fact 'age'", "expected a number")


def test_escaped_surrogates_are_joined_or_refused(data, tmp_path):
    """The escapes \\ud824\\udc79 are one character in two halves (the fuzzer's JSON report crashed
    on them); a half alone is no character and cannot be written as UTF-8."""
    pair = write(tmp_path, CASE_HEAD.replace("T-11", '"x\\ud824\\udc79"'))
    r = assess(pair, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["reference"] == "x\U00019079"
    refused(assess(write(tmp_path, CASE_HEAD + 'narrative: "x\\ud824"\n')), "case.yaml:6", "lone surrogate")
    refused(assess("-", stdin='{"facts": {"outside": true},\n"reference": "x\\udc79"}'), "<stdin>:2",
            "lone surrogate")


# --- dates come from ISO strings or YAML dates, never from numbers ------------------------------

@pytest.mark.parametrize("value", ["0", '"86400"', "2026", "1.5", '"2024-01-05T00:00:00"', "'20240105'"])
def test_a_date_written_as_a_number_is_refused(data, tmp_path, value):
    """pydantic read 0 and "86400" as seconds since 1970: the filing flag rose for an entry in 1970."""
    case = write(tmp_path, CASE_HEAD + f"  entry: {value}\n")
    refused(assess(case), "case.yaml:6", "fact 'entry'", "expected a date as YYYY-MM-DD")


@pytest.mark.parametrize("value", ["2024-01-05", '"2024-01-05"', "' 2024-01-05 '", "unknown"])
def test_a_date_from_an_iso_string_or_a_yaml_date_is_accepted(data, tmp_path, value):
    case = write(tmp_path, CASE_HEAD + f"  entry: {value}\n")
    r = assess(case, "--format", "json")
    assert r.exit_code == 0, r.stderr


def test_an_impossible_unquoted_date_is_a_clean_error(data, tmp_path):
    case = write(tmp_path, CASE_HEAD + "  entry: 2026-02-30\n")
    refused(assess(case), "case.yaml:6", "expected a date as YYYY-MM-DD", "2026-02-30")


# --- JSON case files: parsed as JSON, errors still name the line --------------------------------

JSON_CASE = {"reference": "J-11", "facts": {"outside": True, "reasons": ["race"], "agent": "state"}}


def _json(facts: dict) -> str:
    return json.dumps({**JSON_CASE, "facts": {**JSON_CASE["facts"], **facts}}, indent=2)


def line_in(text: str, needle: str) -> int:
    return next(i for i, s in enumerate(text.splitlines(), 1) if needle in s)


def test_a_json_case_file_assesses_and_its_errors_name_the_line(data, tmp_path):
    good = write(tmp_path, _json({}), "case.json")
    assert assess(good, "--format", "json").exit_code == 0
    text = _json({"entry": 0})
    refused(assess(write(tmp_path, text, "case.json")), f"case.json:{line_in(text, 'entry')}", "fact 'entry'",
            "expected a date as YYYY-MM-DD")
    text = _json({"outsde": True})
    refused(assess(write(tmp_path, text, "case.json")), f"case.json:{line_in(text, 'outsde')}",
            "unknown fact 'outsde'")


def test_json_from_stdin_names_the_line(data):
    text = _json({"agent": "army"})
    refused(assess("-", stdin=text), f"<stdin>:{line_in(text, 'army')}", "army")
    text, key = _json({"age": 10 ** 40}), '"age"'
    refused(assess("-", stdin=text), f"<stdin>:{line_in(text, key)}", "41 digits")
    refused(assess("-", stdin='{"facts": {"age": NaN}}'), "<stdin>:1", "NaN")
    refused(assess("-", stdin='{"facts": {"outside": true,\n "outside": false}}'), "<stdin>:2", "duplicate key")
    refused(assess("-", stdin='{"facts": {"outside": tru}}'), "<stdin>:1", "malformed JSON")


def test_json_nesting_and_long_lists_are_refused(data, tmp_path):
    deep = '{"facts": {"crime": ' + "[" * 300 + "]" * 300 + "}}"
    refused(assess(write(tmp_path, deep, "case.json")), "case.json:1", "nested more than 50 levels")
    long = '{"facts": {\n"reasons": [' + ", ".join(["1"] * 200_000) + "]}}"
    refused(assess(write(tmp_path, long, "case.json")), "case.json:2", "more than 1000 entries")


# --- rule and country files ----------------------------------------------------------------------

def _when(data: Path, condition: str) -> tuple[Path, int]:
    base = data / "rules" / "base.yaml"
    text = base.read_text(encoding="utf-8")
    old = "when: {fact: crime, is: true}"
    assert old in text
    base.write_text(text.replace(old, "when: " + condition), encoding="utf-8")
    line = next(i for i, s in enumerate(base.read_text(encoding="utf-8").splitlines(), 1) if s.strip().startswith(
        "when: " + condition[:10]))
    return base, line


def test_a_when_nested_17_deep_is_refused_with_its_line(data, tmp_path):
    base, line = _when(data, "{not: " * 17 + "{fact: crime, is: true}" + "}" * 17)
    refused(run("rules", "validate"), f"base.yaml:{line}", "condition nested more than 16 levels")
    refused(assess(write(tmp_path, CASE_HEAD)), f"base.yaml:{line}", "condition nested more than 16 levels")


def test_a_when_nested_120_deep_is_refused_not_a_recursion_error(data, tmp_path):
    base, line = _when(data, "{all: [" * 120 + "{fact: crime, is: true}" + "]}" * 120)
    refused(run("rules", "validate"), f"base.yaml:{line}", "nested more than 64 levels")
    refused(assess(write(tmp_path, CASE_HEAD)), f"base.yaml:{line}", "nested more than 64 levels")


@pytest.mark.parametrize("folder", ["countries", "rules"])
def test_a_folder_named_like_a_yaml_file_is_a_clean_error(data, tmp_path, folder):
    (data / folder / "zz.yaml").mkdir()
    refused(run("rules", "validate"), "zz.yaml", "is a directory, expected a file")
    refused(assess(write(tmp_path, CASE_HEAD)), "zz.yaml", "is a directory, expected a file")


@pytest.mark.parametrize("folder", ["countries", "rules"])
def test_a_pipe_named_like_a_yaml_file_is_a_clean_error_not_a_hang(data, tmp_path, folder):
    import os

    os.mkfifo(data / folder / "zz.yaml")  # nobody writes to it: reading it would block for ever
    refused(run("rules", "validate"), "zz.yaml", "is not a regular file")
    refused(assess(write(tmp_path, CASE_HEAD)), "zz.yaml", "is not a regular file")


def test_anchors_for_citations_keep_working_in_rule_files(data, tmp_path):
    base = data / "rules" / "base.yaml"
    text = base.read_text(encoding="utf-8")
    cite = "cite: [{instrument: Test Convention, provision: Art. 1, year: 1951}]"
    assert text.count(cite) >= 2
    first = text.index(cite)
    text = (text[:first] + "cite: [&art1 {instrument: Test Convention, provision: Art. 1, year: 1951}]"
            + text[first + len(cite):].replace(cite, "cite: [*art1]"))
    base.write_text(text, encoding="utf-8")
    r = run("rules", "validate")
    assert r.exit_code == 0, r.stderr
    assert assess(write(tmp_path, CASE_HEAD), "--format", "json").exit_code == 0


def test_an_alias_bomb_in_a_rule_file_is_refused_while_it_is_read(data):
    """Anchors are allowed in rule files, but what they expand to is counted before anything expands it."""
    base = data / "rules" / "base.yaml"
    lines = base.read_text(encoding="utf-8").count("\n")
    base.write_text(base.read_text(encoding="utf-8") + "bomb:\n" + _bomb(), encoding="utf-8")
    r = run("rules", "validate")
    refused(r, "base.yaml:", "aliases (*name) of this file expand to more than 20000 values")
    assert int(r.stderr.split("base.yaml:")[1].split(":")[0]) > lines


def test_an_alias_inside_its_own_anchor_is_refused(data):
    base = data / "rules" / "base.yaml"
    lines = base.read_text(encoding="utf-8").count("\n")
    base.write_text(base.read_text(encoding="utf-8") + "loop: &a [1, *a]\n", encoding="utf-8")
    refused(run("rules", "validate"), f"base.yaml:{lines + 1}", "alias *a is used inside its own anchor &a")


def test_a_rule_file_over_5_mb_is_refused(data):
    base = data / "rules" / "base.yaml"
    base.write_text(base.read_text(encoding="utf-8") + ("# " + "x" * 98 + "\n") * 52_000, encoding="utf-8")
    refused(run("rules", "validate"), "base.yaml", "larger than 5 MB", "rule or country file")


def test_a_huge_number_in_a_rule_file_is_refused(data):
    base = data / "rules" / "base.yaml"
    edit_text = base.read_text(encoding="utf-8").replace("period: {value: 0}", "period: {value: " + "9" * 5000 + "}")
    base.write_text(edit_text, encoding="utf-8")
    refused(run("rules", "validate"), "base.yaml:6", "5000 digits")


def test_a_country_date_written_as_a_number_is_refused(data):
    xa = data / "countries" / "xa.yaml"
    text = xa.read_text(encoding="utf-8").replace("  - extends: late\n", "  - extends: late\n    valid_from: 0\n")
    xa.write_text(text, encoding="utf-8")
    r = run("rules", "validate")
    assert r.exit_code == 1
    assert "xa.yaml:" in r.stderr and "YYYY-MM-DD" in r.stderr, r.stderr


def _chain(data: Path, n: int) -> Path:
    """serious_crime -> chain_0 -> chain_1 -> ... -> chain_{n-1} -> {fact: crime}."""
    base = data / "rules" / "base.yaml"
    links = "".join(
        f"  - id: chain_{i}\n    title: {{en: C, es: C, pt: C}}\n"
        f"    cite: [{{instrument: Test Convention, provision: Art. 1, year: 1951}}]\n"
        f"    when: {{criterion: chain_{i + 1}}}\n" for i in range(n - 1))
    last = (f"  - id: chain_{n - 1}\n    title: {{en: C, es: C, pt: C}}\n"
            "    cite: [{instrument: Test Convention, provision: Art. 1, year: 1951}]\n"
            "    when: {fact: crime, is: true}\n")
    text = base.read_text(encoding="utf-8").replace("criteria:\n", "criteria:\n" + links + last, 1)
    base.write_text(text.replace("when: {fact: crime, is: true}\n  - id: torture_risk",
                                 "when: {criterion: chain_0}\n  - id: torture_risk"), encoding="utf-8")
    return base


def test_a_chain_of_1000_criteria_is_refused_at_its_top_not_a_recursion_error(data, tmp_path):
    """The cycle check and the compiler follow references recursively: 1,000 of them crashed both."""
    base = _chain(data, 1000)
    line = next(i for i, s in enumerate(base.read_text(encoding="utf-8").splitlines(), 1) if "id: serious_crime" in s)
    for r in (run("rules", "validate"), assess(write(tmp_path, CASE_HEAD))):
        refused(r, f"base.yaml:{line}", "criterion 'serious_crime' nests conditions 1001 levels deep", "at most 100")


def test_a_chain_within_the_limit_still_assesses(data, tmp_path):
    _chain(data, 90)
    assert run("rules", "validate").exit_code == 0
    r = assess(write(tmp_path, CASE_HEAD + "  crime: yes\n"), "--format", "json")
    assert r.exit_code == 0, r.stderr


# --- found by the fuzz suite's corpus (tests/fuzz/corpus.py) ----------------------------------------

@pytest.mark.parametrize("key", ["{}", "[]"])
def test_a_key_that_is_a_mapping_or_a_list_is_refused_with_its_line(data, tmp_path, key):
    refused(assess(write(tmp_path, CASE_HEAD + f"{key}: 1\n")), "case.yaml:6", "a key must be a word or text")


@pytest.mark.parametrize("text, line", [("%YAML 1.3\n---\n" + CASE_HEAD, 1), ("---\n%YAML 9.9\n", 2)])
def test_an_unknown_yaml_version_is_refused_with_its_line(data, tmp_path, text, line):
    refused(assess(write(tmp_path, text)), f"case.yaml:{line}", "YAML version", "not supported")


def test_a_yaml_12_directive_is_fine(data, tmp_path):
    assert assess(write(tmp_path, "%YAML 1.2\n---\n" + CASE_HEAD)).exit_code == 0


def test_a_symlink_loop_named_like_a_yaml_file_is_a_clean_error(data, tmp_path):
    import os

    os.symlink("zz.yaml", data / "countries" / "zz.yaml")
    refused(run("rules", "validate"), "zz.yaml", "cannot read the file")
    refused(assess(write(tmp_path, CASE_HEAD)), "zz.yaml", "cannot read the file")


@pytest.mark.parametrize("value", [".inf", "1000000000", "-1"])
def test_a_period_no_law_could_have_is_a_rule_file_error(data, tmp_path, value):
    xa = data / "countries" / "xa.yaml"
    xa.write_text(xa.read_text(encoding="utf-8").replace("    set: 30\n", f"    set: {value}\n", 1), encoding="utf-8")
    r = run("rules", "validate")
    refused(r, "xa.yaml:24", "cannot be right", "from 0 to")
    assert r.stderr.count("cannot be right") == 1  # one clause applied in several places: said once
