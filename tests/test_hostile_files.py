"""Files that try to make the tool do too much (issue 11). Each is refused with exit 1 and one
message naming file:line, never "internal error" (exit 3), nor a value silently misread."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app

from .conftest import FIXTURES

runner = CliRunner()
CASE_HEAD = "reference: T-11\nfacts:\n  outside: yes\n  reasons: [race]\n  agent: state\n"


@pytest.fixture
def data(tmp_path: Path, monkeypatch) -> Path:
    """A trainer's working copy of the miniature rules, used by every command through SCREENING_DATA."""
    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", root)
    monkeypatch.setenv("SCREENING_DATA", str(root))
    return root


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



def test_a_country_date_written_as_a_number_is_refused(data):
    xa = data / "countries" / "xa.yaml"
    text = xa.read_text(encoding="utf-8").replace("  - extends: late\n", "  - extends: late\n    valid_from: 0\n")
    xa.write_text(text, encoding="utf-8")
    r = run("rules", "validate")
    assert r.exit_code == 1
    assert "xa.yaml:" in r.stderr and "YYYY-MM-DD" in r.stderr, r.stderr
