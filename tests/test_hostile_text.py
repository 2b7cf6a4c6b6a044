"""Hostile text: what a case file or a template holds never acts on the terminal that shows it, never
breaks a report's layout, and never takes the machine down.

Reports drop C0/C1 controls and bidi overrides and turn Unicode line breaks into plain ones; error
messages show those characters as escapes (the user must find the bad key) and cut long values.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-03-02"
runner = CliRunner()

# what a terminal would act on: C0 controls but tab and newline, DEL, C1 controls (U+009B is CSI),
# bidi overrides, and line breaks a Markdown or text layout does not know
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
HOSTILE = "\x1b[31m \x9b31m \x85 \u2028 \u2029 \u202e"


@pytest.fixture(autouse=True)
def mini(monkeypatch):
    monkeypatch.setenv("SCREENING_DATA", str(FIXTURES / "mini"))
    monkeypatch.setenv("SCREENING_REPORT_DATE", "2026-03-05")


def run(*args: str):
    r = runner.invoke(app, [*args, "--as-of", AS_OF] if args[0] == "assess" else list(args))
    assert "Traceback" not in r.output + (r.stderr or ""), r.output
    return r


def case(tmp_path: Path, reference: str = "R-1", narrative: str | None = None, **facts) -> Path:
    data: dict = {"reference": reference, "facts": {"outside": True, "reasons": ["race"], "agent": "state"} | facts}
    if narrative is not None:
        data["narrative"] = narrative
    p = tmp_path / "case.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


# --- reports ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "md", "html", "json"])
def test_report_has_no_c1_controls_or_unicode_line_breaks(tmp_path, fmt):
    c = case(tmp_path, f"R-{HOSTILE}-end", f"first{HOSTILE}\u2028second\u2029third\x85fourth")
    r = run("assess", str(c), "-c", "XA", "-f", fmt)
    assert r.exit_code == 0, r.stderr
    assert not RAW.search(r.stdout), RAW.findall(r.stdout)
    if fmt == "json":  # the same data, the characters written as \u escapes
        assert json.loads(r.stdout)["reference"] == f"R-{HOSTILE}-end"


def test_unicode_line_breaks_become_lines_in_markdown(tmp_path):
    c = case(tmp_path, "R-1\u2028# not a heading", "first\u2028second\u2029third\x85fourth\nfifth")
    out = run("assess", str(c), "-c", "XA", "-f", "md").stdout
    # the reference stays on its line; the narrative's breaks are a quote's lines, the paragraph a blank one
    assert "R-1 \\# not a heading" in out
    quote = out[out.index("> first"):]
    assert quote.startswith("> first\\\n> second\n>\n> third\\\n> fourth\\\n> fifth\n")


def test_report_keeps_tabs_and_newlines_of_a_narrative(tmp_path):
    c = case(tmp_path, "R-1", "line one\nline\ttwo")
    out = run("assess", str(c), "-c", "XA", "-f", "md").stdout
    assert "> line one\\\n> line\ttwo\n" in out


# --- error messages ---------------------------------------------------------------------------------


def test_unknown_key_with_escapes_is_shown_escaped(tmp_path):
    p = tmp_path / "case.yaml"
    p.write_text('facts:\n  outside: yes\n  "bad\\e[31mkey\\u202e\\x9b": yes\n', encoding="utf-8")
    for lang, words in (("en", "unknown fact"), ("es", "hecho desconocido"), ("pt", "fato desconhecido")):
        r = run("assess", str(p), "-c", "XA", "--lang", lang)
        assert r.exit_code == 1
        assert not RAW.search(r.stderr), r.stderr
        assert f"case.yaml:3: {words} 'bad\\x1b[31mkey\\u202e\\x9b'" in r.stderr


def test_a_long_value_is_cut_in_the_message(tmp_path):
    c = case(tmp_path, outside="x" * 200_000)
    r = run("assess", str(c), "-c", "XA")
    assert r.exit_code == 1 and "fact 'outside'" in r.stderr
    assert len(r.stderr) < 1000 and "x…" in r.stderr


def test_a_file_name_with_escapes_is_shown_escaped(tmp_path):
    r = run("assess", str(tmp_path / "case\x1b]0;owned\x07.yaml"), "-c", "XA")
    assert r.exit_code == 1
    assert "case\\x1b]0;owned\\x07.yaml" in r.stderr and not RAW.search(r.stderr)


def test_a_template_error_quoting_a_value_is_shown_escaped(tmp_path):
    tpl = tmp_path / "t.md"
    tpl.write_text("{{ r.no_such_key_\u202e }}\n{{ ('\\x1b[2J' ~ 'x' * 5000) | int(x) }}\n", encoding="utf-8")
    r = run("assess", str(case(tmp_path)), "-c", "XA", "--template", str(tpl))
    assert r.exit_code == 1 and not RAW.search(r.stderr) and len(r.stderr) < 1200, r.stderr
