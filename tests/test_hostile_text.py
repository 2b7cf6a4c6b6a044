"""Hostile text: what a case file or a template holds never acts on the terminal that shows it, never
breaks a report's layout, and never takes the machine down.

Reports drop C0/C1 controls and bidi overrides and turn Unicode line breaks into plain ones; error
messages show those characters as escapes (the user must find the bad key) and cut long values; a
user's template that would compute a huge number, text or list, print without end or loop for ever
stops with one message naming the template, exit 1.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.base import safe_text
from screening.cli import app
from tests.conftest import FIXTURES

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


# --- a user's template runs with limits -------------------------------------------------------------


def template(tmp_path: Path, source: str, name: str = "mine.md") -> Path:
    p = tmp_path / name
    p.write_text(source, encoding="utf-8")
    return p


def refused(tmp_path: Path, source: str, *words: str, name: str = "mine.md", lang: str = "en") -> str:
    tpl = template(tmp_path, source, name)
    r = run("assess", str(case(tmp_path)), "-c", "XA", "--template", str(tpl), "--lang", lang)
    assert r.exit_code == 1, (r.stdout[:200], r.stderr)
    assert r.stdout == ""
    assert r.stderr.startswith(("error: ", "erro: ")) and f" {tpl}" in r.stderr, r.stderr
    for w in words:
        assert w in r.stderr, r.stderr
    assert r.stderr.count("\n") == 1  # one message
    return r.stderr


NUMBER = "a number of more than 3 000 digits"
TEXT = "a text of more than 5 000 000 characters"
LIST = "a list of more than 100 000 items"


@pytest.mark.parametrize("source,words", [
    ("{{ 2**99999999999 }}", NUMBER),
    ("{% set n = 10**2000 %}{{ n * n }}", NUMBER),
    ("{{ 'a' * 10**10 }}", TEXT),
    ("{{ ['a'] * 10**9 }}", LIST),
    ("{% for i in range(10**9) %}x{% endfor %}", LIST),
    ("{{ 'a' | center(999999999) }}", TEXT),
    ("{{ '%999999999s' % 'a' }}", TEXT),
    ("{{ '%s' | format('a') | indent(10**9, true) }}", TEXT),
    ("{{ '{:999999999}'.format('a') }}", TEXT),
    ("{{ 'a'.ljust(10**9) }}", TEXT),
    ("{{ (1).to_bytes(10**9, 'big') }}", TEXT),
    ("{% set x = 'a' * 100000 %}{{ x.replace('a', x) }}", TEXT),
    ("{% set x = 'a' * 100000 %}{{ range(100) | join(x) }}", TEXT),
    ("{{ lipsum(10**6) }}", TEXT),
    ("{{ [1] | batch(10**9, 'x') | list }}", LIST),
    # doubling a text: each step is small, the hundredth is not
    ("{% set ns = namespace(x='ab') %}{% for i in range(100) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}", TEXT),
    # a list holding one long text many times: small to make, huge to print or compare
    ("{% set x = 'a' * 4000000 %}{% set l = [] %}{% for i in range(50) %}{% set _ = l.append(x) %}{% endfor %}"
     "{{ l }}", TEXT),
    ("{% set x = 'a' * 4000000 %}{% set l = [x, x, x] %}{{ l == l }}", TEXT),
    ("{% set a = ['a' * 1000] %}" + "{% set a = [a, a] %}" * 30 + "{{ a }}", TEXT),
])
def test_a_template_cannot_make_huge_values(tmp_path, source, words):
    refused(tmp_path, source, "mine.md:1:", words)


def test_a_template_output_is_bounded(tmp_path):
    refused(tmp_path, "{% set x = 'a' * 4000000 %}{{ x }}{{ x }}", "its output passed 5 000 000 characters",
            name="mine.txt")


def test_text_made_and_thrown_away_is_bounded(tmp_path):
    # a `{% set %}` block keeps its text out of the output: what is made is counted all the same
    refused(tmp_path, "{% set x = 'a' * 4000000 %}{% set y %}{% for i in range(1000) %}{{ x }}{% endfor %}"
            "{% endset %}", "made more than 50 000 000 characters", name="mine.txt")


def test_a_template_that_loops_for_ever_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_text, "MAX_SECONDS", 1.0)  # the real limit is 5 s; the mechanism is the same
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    refused(tmp_path, loops, "stopped after 1 seconds of work")
    # a macro that calls itself twice takes 2**40 calls, with no loop at all
    refused(tmp_path, "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}",
            "stopped after 1 seconds of work")


def test_a_huge_template_is_refused_before_it_compiles(tmp_path, monkeypatch):
    refused(tmp_path, "x" * 1_000_001, "larger than 1 000 000 bytes")
    monkeypatch.setattr(safe_text, "MAX_COMPILED", 20_000)
    refused(tmp_path, "{{ r.reference_text }}\n" * 500, "too many tags and expressions")


def test_limits_are_worded_in_the_users_language(tmp_path):
    assert "la plantilla produciría un texto de más de 5 000 000 caracteres" in refused(
        tmp_path, "{{ 'a' * 10**10 }}", lang="es")
    assert "o modelo produziria uma lista de mais de 100 000 itens" in refused(
        tmp_path, "{{ range(10**9) }}", lang="pt")


@pytest.mark.parametrize("fmt,shipped", [("html", "html/report.html.j2"), ("md", "md/report.md.j2"),
                                          ("text", "text/report.txt.j2")])
def test_the_shipped_reports_fit_in_the_limits(monkeypatch, tmp_path, fmt, shipped):
    """A template extending a shipped one renders it exactly, limits and all (the real rule set)."""
    monkeypatch.delenv("SCREENING_DATA")
    example = str(ROOT / "examples" / "venezuelan-in-brazil.yaml")
    tpl = template(tmp_path, f'{{% extends "{shipped}" %}}', f"mine.{fmt}.j2")
    mine = run("assess", example, "-c", "BR", "--template", str(tpl), "--lang", "es")
    theirs = run("assess", example, "-c", "BR", "-f", fmt, "--lang", "es")
    assert mine.exit_code == 0 and theirs.exit_code == 0, mine.stderr
    assert mine.stdout == theirs.stdout
