"""Reports a clinic files (md, html, text) and the JSON contract, through the CLI.

Golden files: every format x language for the Brazil and Mexico examples (plus two more cases in
English) is compared with tests/golden/, rendered with a fixed law date (--as-of 2026-03-02) and a
fixed production date (SCREENING_REPORT_DATE=2026-03-05). After a deliberate change to templates,
messages, rules or examples, regenerate them and review the diff before committing:

    UPDATE_GOLDEN=1 python -m pytest tests/test_reports.py

(see tests/golden/README.md). The rule-set version (a hash of every rule file) is replaced by a fixed
placeholder in the output and in the stored file alike, so an edit to any rule file elsewhere does not
fail every golden by itself: only a change to what a report says does, and regenerating stays a
deliberate act (rule text that a report quotes still shows up in the diff).

The other tests show applicant text inert in every format, custom templates sandboxed, and template
mistakes reported as file:line with exit 1.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = ROOT / "examples"
AS_OF = "2026-03-02"
PRODUCED = "2026-03-05"
EXT = {"md": "md", "html": "html", "text": "txt", "json": "json"}
# the rules_version value (screening/library.py: "sha256:" + 16 hex digits), in every format
RULES_VERSION = re.compile(r"\bsha256:[0-9a-f]{16}\b")
RULES_VERSION_PLACEHOLDER = "sha256:RULES-VERSION"

runner = CliRunner()

# (example, country, languages, formats)
GOLDEN_CASES = [
    ("venezuelan-in-brazil", "BR", ("en", "es", "pt"), ("md", "html", "text", "json")),
    ("honduran-woman-mexico", "MX", ("en", "es", "pt"), ("md", "html", "text", "json")),
    ("incomplete-salvadoran", "MX", ("en",), ("md", "html")),  # undetermined, declined answers
    ("economic-migrant", "MX", ("en",), ("md",)),  # not eligible
]
GOLDEN_PARAMS = [(case, country, lang, fmt) for case, country, langs, fmts in GOLDEN_CASES
                 for lang in langs for fmt in fmts]


@pytest.fixture
def shipped(monkeypatch):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    monkeypatch.setenv("SCREENING_REPORT_DATE", PRODUCED)


@pytest.fixture
def mini(monkeypatch):
    monkeypatch.setenv("SCREENING_DATA", str(FIXTURES / "mini"))
    monkeypatch.setenv("SCREENING_REPORT_DATE", PRODUCED)


def run(*args: str) -> "object":
    return runner.invoke(app, list(args))


def ok(*args: str) -> str:
    r = run(*args)
    assert r.exit_code == 0, (r.stdout, r.stderr)
    return r.stdout


# --- golden files --------------------------------------------------------------------------------


@pytest.mark.parametrize("case,country,lang,fmt", GOLDEN_PARAMS,
                         ids=[f"{c}-{lang}-{f}" for c, _, lang, f in GOLDEN_PARAMS])
def test_golden(shipped, case, country, lang, fmt):
    src = EXAMPLES / f"{case}.yaml"
    if not src.exists():
        pytest.skip(f"example {src.name} not written yet")
    out = ok("assess", str(src), "--country", country, "--format", fmt, "--lang", lang, "--as-of", AS_OF)
    assert len(RULES_VERSION.findall(out)) >= 1, "the report no longer states its rule-set version"
    out = normalise(out)
    golden = GOLDEN / f"{case}.{lang}.{EXT[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file {golden.name}: run UPDATE_GOLDEN=1 pytest tests/test_reports.py"
    expected = normalise(golden.read_text(encoding="utf-8"))
    assert out == expected, (f"{golden.name} differs from the output; if the change is intended, run "
                             "UPDATE_GOLDEN=1 pytest tests/test_reports.py and review the diff")


def normalise(text: str) -> str:
    """The report with its rule-set version replaced by a fixed placeholder."""
    return RULES_VERSION.sub(RULES_VERSION_PLACEHOLDER, text)


def test_normalise_replaces_only_the_rules_version():
    assert normalise("Rule set: sha256:3f964e7a919b16fa.\n") == f"Rule set: {RULES_VERSION_PLACEHOLDER}.\n"
    assert normalise('"rules_version": "sha256:9f5fcfe6633823f3"') == f'"rules_version": "{RULES_VERSION_PLACEHOLDER}"'
    kept = "sha256:abc and sha256:0123456789abcdef0 and SHA256:0123456789abcdef"
    assert normalise(kept) == kept


def test_no_stray_golden_files():
    expected = {f"{c}.{lang}.{EXT[f]}" for c, _, lang, f in GOLDEN_PARAMS}
    stray = {p.name for p in GOLDEN.glob("*.*") if p.name != "README.md"} - expected
    assert not stray, f"golden files no test uses: {sorted(stray)}"


def test_report_is_assess_for_a_session(shipped, tmp_path):
    """A saved interview session (facts plus a session: block) is a case: `report` renders it the same."""
    src = (EXAMPLES / "honduran-woman-mexico.yaml").read_text(encoding="utf-8")
    session = tmp_path / "session.yaml"
    session.write_text(src + "session:\n  country: MX\n  asked: [fears_return]\n", encoding="utf-8")
    args = ["--country", "MX", "--lang", "es", "--as-of", AS_OF, "--format", "md"]
    assert ok("report", str(session), *args) == ok("assess", str(EXAMPLES / "honduran-woman-mexico.yaml"), *args)
    # report's default format is Markdown
    assert ok("report", str(session), "--country", "MX", "--lang", "es", "--as-of", AS_OF).startswith("# Informe")


def test_languages_come_from_the_catalogues(shipped):
    """One template per format: the language changes every word, and nothing is left untranslated."""
    case = str(EXAMPLES / "honduran-woman-mexico.yaml")
    outs = {lang: ok("assess", case, "-c", "MX", "-f", "html", "--lang", lang, "--as-of", AS_OF)
            for lang in ("en", "es", "pt")}
    assert "Preliminary screening report" in outs["en"]
    assert "Informe de evaluación preliminar" in outs["es"]
    assert "Relatório de triagem preliminar" in outs["pt"]
    for lang, out in outs.items():
        assert f'<html lang="{lang}">' in out
        assert "[missing" not in out, lang
    assert "Date produced" not in outs["es"] and "Date produced" not in outs["pt"]


# --- content -------------------------------------------------------------------------------------


def test_report_content_mexico(shipped):
    out = ok("assess", str(EXAMPLES / "honduran-woman-mexico.yaml"), "-c", "MX", "-f", "md", "--lang", "en",
             "--as-of", AS_OF)
    # header
    for needle in ("EX-MX-002", "Mexico (MX)", "March 2, 2026", "sha256:", "March 5, 2026"):
        assert needle in out, needle
    # the statement, prominently before the results
    assert out.index("NOT A DETERMINATION") < out.index("## Summary")
    # one card per definition, with supporting facts as question -> answer
    assert "### Refugee (Mexico" in out.replace("\\(", "(")
    assert "Are you afraid of what would happen to you if you went back to your country? → **yes**" in out
    # the filing flag with its citation and its not-a-bar explanation from the rule files
    assert "never an automatic bar" in out
    assert "LRPCAP\\), art. 18" in out
    # low-confidence data, next steps and the deduplicated source list
    assert "## Legal data of low confidence used" in out and "*(low confidence)*" in out
    assert "## Next steps" in out
    sources = out.split("## Sources cited", 1)[1]
    labels = re.findall(r"^\d+\. (.+?)$", sources, re.M)
    assert labels and len(labels) == len(set(labels))


def test_undetermined_criteria_name_the_question_to_ask(shipped):
    src = EXAMPLES / "incomplete-salvadoran.yaml"
    if not src.exists():
        pytest.skip("example not written yet")
    out = ok("assess", str(src), "-c", "MX", "-f", "text", "--lang", "en", "--as-of", AS_OF)
    assert "Information still missing (question that would obtain it):" in out
    assert "[fact: state_would_protect]" in out
    assert "If you asked the authorities of your country for help" in out
    assert "(the applicant preferred not to say)" in out


def test_production_date_option_and_bad_date(shipped):
    case = str(EXAMPLES / "honduran-woman-mexico.yaml")
    out = ok("assess", case, "-c", "MX", "-f", "text", "--lang", "en", "--as-of", AS_OF, "--report-date", "2027-01-31")
    assert "January 31, 2027 (2027-01-31)" in out
    r = run("assess", case, "-c", "MX", "-f", "text", "--as-of", AS_OF, "--report-date", "31/01/2027")
    assert r.exit_code == 1 and "--report-date" in r.stderr and "Traceback" not in r.stderr


def test_output_is_deterministic(shipped):
    args = ["assess", str(EXAMPLES / "venezuelan-in-brazil.yaml"), "-c", "BR", "-f", "html", "--lang", "pt",
            "--as-of", AS_OF]
    assert ok(*args) == ok(*args)


def test_html_is_self_contained_and_prints(shipped, tmp_path):
    out_file = tmp_path / "r.html"
    ok("assess", str(EXAMPLES / "venezuelan-in-brazil.yaml"), "-c", "BR", "-f", "html", "--lang", "pt",
       "--as-of", AS_OF, "-o", str(out_file))
    assert stat.S_IMODE(os.stat(out_file).st_mode) == 0o600
    html = out_file.read_text(encoding="utf-8")
    low = html.lower()
    assert "<style>" in low and "@page" in low and "@media print" in low and "break-inside: avoid" in low
    for banned in ("<script", "<link", "<img", "@import", "url(", "src=", "@font-face"):
        assert banned not in low, banned
    assert "content-security-policy" in low
    # every link is a plain http(s) address (from the rule files) or an in-page reference
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("http://", "https://", "#")), href


def test_no_narrative_option(shipped):
    case = str(EXAMPLES / "venezuelan-in-brazil.yaml")
    with_it = ok("assess", case, "-c", "BR", "-f", "md", "--lang", "pt", "--as-of", AS_OF)
    without = ok("assess", case, "-c", "BR", "-f", "md", "--lang", "pt", "--as-of", AS_OF, "--no-narrative")
    assert "Professora de 41 anos" in with_it
    assert "Professora de 41 anos" not in without and "Relato da pessoa" not in without


# --- injection -------------------------------------------------------------------------------------

PAYLOAD_REF = "<script>alert(1)</script> {{ 7*7 }} [click](http://evil)"
PAYLOAD_NARRATIVE = (
    "They said <script>alert(1)</script> and {{ 7*7 }} and {% for x in y %}{% endfor %}.\n"
    "# not a heading\n"
    "- not a list\n"
    "See [click](http://evil), ![img](http://evil/x.png), <http://evil> and <a href=\"http://evil\">here</a>.\n"
    "\x1b[31mred\x1b[0m &lt;b&gt;"
)


def _case(tmp_path: Path, reference: str | None, narrative: str | None) -> Path:
    p = tmp_path / "case.json"
    data = {"facts": {"outside": True, "reasons": ["gender"], "agent": "gang", "protected": False, "crime": False,
                      "entry": "2026-01-05"}}
    if reference is not None:
        data["reference"] = reference
    if narrative is not None:
        data["narrative"] = narrative
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def _md_to_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True, "linkify": False}).render(text)


@pytest.mark.parametrize("fmt", ["md", "html", "text", "json"])
def test_applicant_text_is_inert(mini, tmp_path, fmt):
    evil = _case(tmp_path, PAYLOAD_REF, PAYLOAD_NARRATIVE)
    (tmp_path / "plain").mkdir()
    plain = _case(tmp_path / "plain", "ref", "nothing special")
    out = ok("assess", str(evil), "-c", "XA", "-f", fmt, "--as-of", AS_OF)
    base = ok("assess", str(plain), "-c", "XA", "-f", fmt, "--as-of", AS_OF)
    # nothing was evaluated: no 49 beyond those the same report has anyway (dates, hashes)
    assert out.count("49") == base.count("49")
    assert "\x1b" not in out  # no terminal escapes
    if fmt == "html":
        low = out.lower()
        assert "<script" not in low and "<a href=\"http://evil" not in low and "<img" not in low
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
        assert "{{ 7*7 }}" in out and "{% for x in y %}" in out  # shown as written
        assert "&amp;lt;b&amp;gt;" in out  # an entity in the narrative stays text
    elif fmt == "md":
        rendered = _md_to_html(out).lower()
        assert "<script" not in rendered and "<a " not in rendered and "<img" not in rendered
        assert "<h1>not a heading" not in rendered and "<li>not a list" not in rendered
        assert "[click](http://evil)" not in out
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered  # the words survive, as text
        assert "{{ 7\\*7 }}" in out
    elif fmt == "text":
        assert PAYLOAD_REF in out  # plain text shows exactly what was written
        assert "{% for x in y %}" in out
    else:
        data = json.loads(out)
        assert data["reference"] == PAYLOAD_REF


def test_applicant_text_is_inert_in_a_custom_template(mini, tmp_path):
    evil = _case(tmp_path, PAYLOAD_REF, PAYLOAD_NARRATIVE)
    tpl = tmp_path / "mine.html"
    tpl.write_text("<h1>{{ r.reference_text }}</h1>\n<p>{{ r.narrative }}</p>\n", encoding="utf-8")
    out = ok("assess", str(evil), "-c", "XA", "--template", str(tpl), "--as-of", AS_OF)
    assert "<script" not in out.lower() and "&lt;script&gt;" in out
    md = tmp_path / "mine.md"
    md.write_text("# {{ r.reference_text }}\n\n{{ r.narrative | mdquote }}\n", encoding="utf-8")
    out = ok("assess", str(evil), "-c", "XA", "--template", str(md), "--as-of", AS_OF)
    rendered = _md_to_html(out).lower()
    assert "<script" not in rendered and "<a " not in rendered


# --- custom templates -----------------------------------------------------------------------------


def test_custom_template_adds_a_letterhead(mini, tmp_path):
    case = _case(tmp_path, "CL-17", "x")
    tpl = tmp_path / "clinic.html.j2"
    tpl.write_text('{% extends "html/report.html.j2" %}\n'
                   '{% block letterhead %}<div class="letterhead">Clínica Jurídica Ejemplo · Calle 1</div>'
                   "{% endblock %}\n", encoding="utf-8")
    out = ok("assess", str(case), "-c", "XA", "--template", str(tpl), "--lang", "es", "--as-of", AS_OF)
    assert '<div class="letterhead">Clínica Jurídica Ejemplo · Calle 1</div>' in out
    assert "Informe de evaluación preliminar" in out and "CL-17" in out
    assert out.index("letterhead") < out.index("Informe de evaluación preliminar</h1>")


def test_custom_template_in_markdown_and_text(mini, tmp_path):
    case = _case(tmp_path, "CL-18", None)
    md = tmp_path / "short.md"
    md.write_text("# {{ t('report.title') }}: {{ r.reference_text }}\n\n{% for s in r.summary %}"
                  "- {{ s.title }}: {{ s.status_text }}\n{% endfor %}", encoding="utf-8")
    out = ok("assess", str(case), "-c", "XA", "--template", str(md), "--lang", "pt", "--as-of", AS_OF)
    assert out.startswith("# Relatório de triagem preliminar: CL-18\n")
    assert "- Refugiado \\(Terrateste\\): cumprido" in out
    txt = tmp_path / "letter.txt.j2"
    txt.write_text('{% extends "text/report.txt.j2" %}{% block letterhead %}LEGAL CLINIC\n{% endblock %}',
                   encoding="utf-8")
    out = ok("assess", str(case), "-c", "XA", "--template", str(txt), "--as-of", AS_OF)
    assert out.startswith("LEGAL CLINIC\nPRELIMINARY SCREENING REPORT\n")


@pytest.mark.parametrize("expr", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ t.__globals__ }}",
    "{{ r.__class__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ cycler.__init__.__globals__ }}",
])
def test_custom_template_cannot_reach_python_internals(mini, tmp_path, expr):
    case = _case(tmp_path, "x", None)
    tpl = tmp_path / "evil.md"
    tpl.write_text(f"# ok\n\n{expr}\n", encoding="utf-8")
    r = run("assess", str(case), "-c", "XA", "--template", str(tpl), "--as-of", AS_OF)
    assert r.exit_code == 1, r.stdout
    assert f"{tpl}:3:" in r.stderr and "not allowed in a template (sandboxed)" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


@pytest.mark.parametrize("source,line,message", [
    ("# fine\n{% for x in %}\n", 2, "template syntax error"),
    ("# fine\n\n{{ r.no_such_key }}\n", 3, "undefined in template"),
    ("{{ nothing_here }}\n", 1, "undefined in template"),
    ("{% include '/etc/passwd' %}\n", 1, "template not found"),
    ("ok\n{{ t('no.such.message') }}\n", 2, "no message 'no.such.message'"),
    ("{{ 1 / 0 }}\n", 1, "ZeroDivisionError"),
])
def test_bad_template_is_file_line_and_exit_1(mini, tmp_path, source, line, message):
    case = _case(tmp_path, "x", None)
    tpl = tmp_path / "bad.md"
    tpl.write_text(source, encoding="utf-8")
    for cmd in ("assess", "report"):
        r = run(cmd, str(case), "-c", "XA", "--template", str(tpl), "--as-of", AS_OF)
        assert r.exit_code == 1, r.stdout
        assert r.stderr.startswith(f"error: {tpl}:{line}: "), r.stderr
        assert message in r.stderr and "Traceback" not in r.stderr


def test_missing_template_and_json_template(mini, tmp_path):
    case = _case(tmp_path, "x", None)
    r = run("assess", str(case), "-c", "XA", "--template", str(tmp_path / "nope.html"))
    assert r.exit_code == 1 and "nope.html: template not found" in r.stderr
    tpl = tmp_path / "plain.j2"
    tpl.write_text("{{ r.title }}\n", encoding="utf-8")
    r = run("assess", str(case), "-c", "XA", "--template", str(tpl), "-f", "json")
    assert r.exit_code == 1 and "not JSON" in r.stderr
    assert ok("assess", str(case), "-c", "XA", "--template", str(tpl), "-f", "text") == "Preliminary screening report\n"


# --- the Markdown escaper -----------------------------------------------------------------------


@pytest.mark.parametrize("raw,escaped", [
    ("[a](b)", "\\[a\\]\\(b\\)"),
    ("*x* _y_ `z`", "\\*x\\* \\_y\\_ \\`z\\`"),
    ("<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"),
    ("# h", "\\# h"),
    ("- item", "\\- item"),
    ("1. item", "1\\. item"),
    ("a | b ~c~", "a \\| b \\~c\\~"),
    ("see http://x.org or www.x.org or a@b.c", "see http\\://x.org or www\\.x.org or a\\@b.c"),
    ("two\nlines", "two lines"),
])
def test_md_escape(raw, escaped):
    from screening.render import md_escape

    assert md_escape(raw) == escaped
    assert "<" not in _md_to_html(md_escape(raw)).replace("<p>", "").replace("</p>", "")


def test_every_status_has_its_words_in_three_languages():
    """Keys the report builds from a status (not all reached by the examples) exist in en, es and pt."""
    from screening import messages

    cat = messages.catalogue()
    keys = [f"{kind}.{klass}.{status}" for kind in ("outcome", "report.group") for klass in ("inclusion", "exclusion")
            for status in ("met", "not_met", "undetermined")]
    keys += [f"{p}.{s}" for p in ("status", "exclusion", "flag") for s in ("met", "not_met", "undetermined")]
    keys += [f"confidence.{c}" for c in ("high", "medium", "low")]
    keys += [f"report.section.{s}" for s in ("definitions", "complementary", "exclusions", "cessation")]
    for key in keys:
        assert key in cat and all(cat[key].values()), key
