"""Reports a clinic files (md, html, text) and the JSON contract, through the CLI.

Golden files: one per report format (md, html, text), for the example that fills the most sections
(incomplete-salvadoran, in English), compared with tests/golden/, rendered with a fixed law date
(--as-of 2026-03-02) and a fixed production date (SCREENING_REPORT_DATE=2026-03-05); the HTML
stylesheet is left out of the comparison and checked on its own. Every other example and language is
read for what a person notices (its results and key phrases in its language, the full disclaimer, no
English sentence of the catalogue in a Spanish or Portuguese report), and the JSON report is checked
against the committed schema (schemas/assessment.schema.json) and the values that matter. After a
deliberate change to templates, messages, rules or examples, regenerate the goldens and review the diff:

    UPDATE_GOLDEN=1 python -m pytest tests/test_reports.py

(see tests/golden/README.md). The rule-set version (a hash of every rule file) is replaced by a fixed
placeholder in the output and in the stored file alike, so an edit to any rule file elsewhere does not
fail every golden by itself: only a change to what a report says does, and regenerating stays a
deliberate act (rule text that a report quotes still shows up in the diff).

The summary tests read the top of a report as a person would: one line per kind of protection,
a barred definition never shown as met, the open checks, and sources of low confidence. The other
tests show applicant text inert in every format, custom templates sandboxed, and template
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
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = ROOT / "examples"
AS_OF = "2026-03-02"
PRODUCED = "2026-03-05"
EXT = {"md": "md", "html": "html", "text": "txt", "json": "json"}
# the rules_version value (screening/law/library.py: "sha256:" + 16 hex digits), in every format
RULES_VERSION = re.compile(r"\bsha256:[0-9a-f]{16}\b")
RULES_VERSION_PLACEHOLDER = "sha256:RULES-VERSION"
# the rule engine that ran (evaluators.py): durable-rules where it loads, else the built-in Kleene evaluator;
# the reports are otherwise the same whichever ran (tests/test_evaluators.py), so one golden file serves both
ENGINE = re.compile(r"durable-rules 2\.0\.28|built-in Kleene evaluator|evaluador de Kleene incorporado"
                    r"|avaliador de Kleene incorporado|(?<=\"engine\": \")kleene(?=\")")
ENGINE_PLACEHOLDER = "RULE-ENGINE"

runner = CliRunner()

@pytest.fixture
def shipped(monkeypatch):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    monkeypatch.setenv("SCREENING_REPORT_DATE", PRODUCED)


@pytest.fixture
def mini(monkeypatch):
    monkeypatch.setenv("SCREENING_DATA", str(FIXTURES / "mini"))
    monkeypatch.setenv("SCREENING_REPORT_DATE", PRODUCED)


def run(*args: str) -> object:
    return runner.invoke(app, list(args))


def ok(*args: str) -> str:
    r = run(*args)
    assert r.exit_code == 0, (r.stdout, r.stderr)
    return r.stdout


# --- golden files --------------------------------------------------------------------------------


# One golden file per report format: the example that fills the most sections (answers not given,
# deadlines, open checks, humanitarian pathways, missing information), in English. Every other
# example and language is checked by what a reader would notice (below), and the JSON contract by
# its committed schema and the values that matter.
GOLDEN_CASE, GOLDEN_COUNTRY, GOLDEN_LANG = "incomplete-salvadoran", "MX", "en"
GOLDEN_FORMATS = ("md", "html", "text")
# the HTML stylesheet (some 190 lines, the same in every report) is left out of the comparison:
# test_golden_html_keeps_its_stylesheet checks what matters in it
STYLE = re.compile(r"<style>.*?</style>", re.S)
STYLE_PLACEHOLDER = "<style>STYLESHEET</style>"


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
def test_golden(shipped, fmt):
    out = ok("assess", str(EXAMPLES / f"{GOLDEN_CASE}.yaml"), "--country", GOLDEN_COUNTRY, "--format", fmt,
             "--lang", GOLDEN_LANG, "--as-of", AS_OF)
    assert len(RULES_VERSION.findall(out)) >= 1, "the report no longer states its rule-set version"
    assert len(ENGINE.findall(out)) >= 1, "the report no longer names the rule engine that ran"
    out = normalise(out)
    golden = GOLDEN / f"{GOLDEN_CASE}.{GOLDEN_LANG}.{EXT[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file {golden.name}: run UPDATE_GOLDEN=1 pytest tests/test_reports.py"
    expected = normalise(golden.read_text(encoding="utf-8"))
    assert out == expected, (f"{golden.name} differs from the output; if the change is intended, run "
                             "UPDATE_GOLDEN=1 pytest tests/test_reports.py and review the diff")


def test_golden_html_keeps_its_stylesheet(shipped):
    """The stylesheet left out of the golden file: one inline block, with the rules that make it print."""
    out = ok("assess", str(EXAMPLES / f"{GOLDEN_CASE}.yaml"), "-c", GOLDEN_COUNTRY, "-f", "html", "--lang",
             GOLDEN_LANG, "--as-of", AS_OF)
    blocks = STYLE.findall(out)
    assert len(blocks) == 1 and out.index("<style>") < out.index("</head>")
    css = blocks[0]
    for rule in ("@page", "@media print", "break-inside: avoid", "orphans: 3; widows: 3", ".tone-bad",
                 ".tone-good", ".tone-barred"):
        assert rule in css, rule
    for banned in ("@import", "url(", "@font-face"):
        assert banned not in css, banned


# --- every example in every language: what a reader notices ---------------------------------------

READ_CASES = [("venezuelan-in-brazil", "BR"), ("honduran-woman-mexico", "MX"), ("incomplete-salvadoran", "MX"),
              ("economic-migrant", "MX")]
# phrases a reader must find in each report, in its language, written from the examples' stories
PHRASES = {
    ("venezuelan-in-brazil", "en"): [
        "Preliminary screening report", "Refugee status", "likely eligible",
        "Refugee for grave and generalized violation of human rights (Brazil, Lei 9.474",
        "Protection from return", "Statelessness", "Exclusion (Brazil"],
    ("venezuelan-in-brazil", "es"): [
        "Informe de evaluación preliminar", "Condición de refugiado", "probablemente elegible",
        "Refugiado por grave y generalizada violación de derechos humanos (Brasil, Ley 9.474 art. 1, III)",
        "Protección contra la devolución", "Apatridia", "Exclusión (Brasil"],
    ("venezuelan-in-brazil", "pt"): [
        "Relatório de triagem preliminar", "Condição de refugiado", "provavelmente elegível",
        "Refugiado por grave e generalizada violação de direitos humanos (Brasil, Lei 9.474, art. 1º, III)",
        "Proteção contra a devolução", "Apatridia", "Exclusão (Brasil", "Professora de 41 anos de Maracaibo"],
    ("honduran-woman-mexico", "en"): [
        "Preliminary screening report", "Refugee status", "likely eligible",
        "Refugee (Mexico, LRPCAP art. 13 fr. I and III)", "Complementary protection (Mexico, LRPCAP art. 2 fr. IV)",
        "filed late", "April 15, 2025", "never a bar", "art. 18"],
    ("honduran-woman-mexico", "es"): [
        "Informe de evaluación preliminar", "Condición de refugiado", "probablemente elegible",
        "Refugiado (México, LRPCAP art. 13 fr. I y III)", "Protección complementaria (México, LRPCAP art. 2 fr. IV)",
        "presentada fuera de plazo", "15 de abril de 2025", "nunca impide la solicitud", "art. 18",
        "Mujer de 27 años de San Pedro Sula"],
    ("honduran-woman-mexico", "pt"): [
        "Relatório de triagem preliminar", "Condição de refugiado", "provavelmente elegível",
        "Refugiado (México, LRPCAP art. 13 fr. I e III)", "Proteção complementar (México, LRPCAP art. 2 fr. IV)",
        "apresentada fora do prazo", "15 de abril de 2025", "nunca impede a solicitação", "art. 18"],
    ("incomplete-salvadoran", "es"): [
        "Informe de evaluación preliminar", "se necesita más información", "prefiere no decir",
        "Información que aún falta"],
    ("incomplete-salvadoran", "pt"): [
        "Relatório de triagem preliminar", "são necessárias mais informações", "prefere não dizer",
        "Informações que ainda faltam"],
    ("economic-migrant", "en"): [
        "Preliminary screening report", "Refugee status", "not eligible", "Refugee (Mexico, LRPCAP art. 13 fr. I "
        "and III)", "Statelessness"],
    ("economic-migrant", "es"): ["Informe de evaluación preliminar", "Condición de refugiado", "no elegible"],
    ("economic-migrant", "pt"): ["Relatório de triagem preliminar", "Condição de refugiado", "não elegível"],
}
READ_PARAMS = [(case, country, lang, fmt) for case, country in READ_CASES for lang in ("en", "es", "pt")
               for fmt in ("md", "html", "text") if (case, lang) != (GOLDEN_CASE, GOLDEN_LANG)]


def _readable(out: str, fmt: str) -> str:
    """A report as a person reads it: no markup, no Markdown escapes, one space between words."""
    import html as htmllib

    if fmt == "html":
        out = htmllib.unescape(re.sub(r"<[^>]+>", " ", STYLE.sub("", out)))
    elif fmt == "md":
        out = _plain_md(out)
    return " ".join(out.split())


def _english_texts() -> list[str]:
    """The catalogue's English sentences (three words or more, no placeholder) that Spanish and Portuguese
    say otherwise: none may appear in a Spanish or Portuguese report."""
    from screening.base import messages

    out = []
    for texts in messages.catalogue().values():
        en = " ".join(texts["en"].split())
        if "{" in en or len(en.split()) < 3 or en in (texts["es"], texts["pt"]):
            continue
        out.append(en)
    return out


@pytest.mark.parametrize("case,country,lang,fmt", READ_PARAMS,
                         ids=[f"{c}-{lang}-{f}" for c, _, lang, f in READ_PARAMS])
def test_every_report_reads_in_its_language(shipped, case, country, lang, fmt):
    from screening.base import messages

    raw = ok("assess", str(EXAMPLES / f"{case}.yaml"), "-c", country, "-f", fmt, "--lang", lang, "--as-of", AS_OF)
    read = _readable(raw, fmt).casefold()
    for phrase in PHRASES.get((case, lang), []):
        assert phrase.casefold() in read, phrase
    # the statement that this is no decision, in full, and the title, in the reader's language
    assert " ".join(messages.t("disclaimer", lang).split()).casefold() in read
    assert messages.t("report.title", lang).casefold() in read
    assert "[missing" not in read
    if lang != "en":
        leaked = [en for en in _english_texts() if en.casefold() in read]
        assert not leaked, leaked


# --- the JSON contract: the committed schema and the values that matter ---------------------------

JSON_EXPECTED = {
    # example: (country, outcomes, definition and bar statuses, flags raised, deadline (due, status) or None)
    "venezuelan-in-brazil": ("BR",
                             {"refugee_status": "eligible", "complementary_protection": "not_eligible",
                              "statelessness": "not_eligible", "humanitarian_pathway": "needs_more_information"},
                             {"br_refugee": "undetermined", "br_cartagena": "met", "br_art1d": "not_met",
                              "br_cat_article_3": "not_met", "br_exclusion": "not_met", "br_cessation": "not_met"},
                             [], None),
    "honduran-woman-mexico": ("MX",
                              {"refugee_status": "eligible", "complementary_protection": "eligible",
                               "statelessness": "not_eligible", "humanitarian_pathway": "eligible"},
                              {"mx_refugee": "met", "mx_cartagena": "met", "mx_art1d": "not_met",
                               "mx_proteccion_complementaria": "met", "mx_cat_article_3": "undetermined",
                               "mx_exclusion": "not_met", "mx_cessation": "not_met"},
                              ["filing_period_passed"], ("2025-04-15", "filed_late")),
}
JSON_PARAMS = [(case, lang) for case in JSON_EXPECTED for lang in ("en", "es", "pt")]


@pytest.mark.parametrize("case,lang", JSON_PARAMS, ids=[f"{c}-{lang}" for c, lang in JSON_PARAMS])
def test_json_report_keeps_its_schema_and_its_results(shipped, case, lang):
    import jsonschema

    from screening.base import messages

    country, outcomes, statuses, flags, deadline = JSON_EXPECTED[case]
    data = json.loads(ok("assess", str(EXAMPLES / f"{case}.yaml"), "-c", country, "-f", "json", "--lang", lang,
                         "--as-of", AS_OF))
    schema = json.loads((ROOT / "schemas" / "assessment.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert (data["country"], data["language"], data["as_of"]) == (country, lang, AS_OF)
    assert RULES_VERSION.fullmatch(data["rules_version"])
    assert data["disclaimer"] == messages.t("disclaimer", lang)
    assert data["overall"] == "eligible"
    assert {k: o["status"] for k, o in data["outcomes"].items()} == outcomes
    blocks = {b["id"]: b for b in data["definitions"] + data["exclusions"] + data.get("cessation", [])}
    assert {k: blocks[k]["status"] for k in statuses} == statuses
    # every definition cites its law, and every citation says how sure it is
    for b in blocks.values():
        assert b["citations"], b["id"]
        for c in b["citations"]:
            assert c["instrument"] and c["confidence"] in ("high", "medium", "low"), (b["id"], c)
    assert data["uncertain_sources"] and all(c["confidence"] != "high" for c in data["uncertain_sources"])
    assert sorted(f["id"] for f in data["flags"] if f["status"] == "met") == flags
    assert data["referrals"] == [] and data["warnings"] == []
    if deadline is None:
        assert data["deadlines"] == []
    else:
        (d,) = data["deadlines"]
        assert (d["due"], d["status"]) == deadline
        assert any(c["provision"] == "art. 18" for c in d["citations"])
    # titles in the reader's language
    title = blocks[next(iter(statuses))]["title"]
    assert title.startswith({"en": "Refugee", "es": "Refugiado", "pt": "Refugiado"}[lang]), title


def normalise(text: str) -> str:
    """The report with its rule-set version, its rule engine and its stylesheet replaced by fixed placeholders."""
    text = STYLE.sub(STYLE_PLACEHOLDER, text)
    return ENGINE.sub(ENGINE_PLACEHOLDER, RULES_VERSION.sub(RULES_VERSION_PLACEHOLDER, text))


def test_normalise_replaces_only_the_rules_version():
    assert normalise("Rule set: sha256:3f964e7a919b16fa.\n") == f"Rule set: {RULES_VERSION_PLACEHOLDER}.\n"
    assert normalise('"rules_version": "sha256:9f5fcfe6633823f3"') == f'"rules_version": "{RULES_VERSION_PLACEHOLDER}"'
    kept = "sha256:abc and sha256:0123456789abcdef0 and SHA256:0123456789abcdef"
    assert normalise(kept) == kept
    assert normalise('"engine": "kleene"') == f'"engine": "{ENGINE_PLACEHOLDER}"'
    assert normalise("Motor de regras: avaliador de Kleene incorporado") == f"Motor de regras: {ENGINE_PLACEHOLDER}"
    assert normalise("Rule engine: durable-rules 2.0.28.") == f"Rule engine: {ENGINE_PLACEHOLDER}."
    assert normalise("<head><style>\n@page { x }\n</style></head>") == f"<head>{STYLE_PLACEHOLDER}</head>"


def test_no_stray_golden_files():
    expected = {f"{GOLDEN_CASE}.{GOLDEN_LANG}.{EXT[f]}" for f in GOLDEN_FORMATS}
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
    assert "LRPCAP), art. 18" in out
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


# --- the summary: one line per kind of protection ------------------------------------------------
#
# What a reader must see at the top, in every format: refugee status and protection from return
# apart (exclusion ends the first, never the second), a barred definition never shown as "✓ met",
# the open checks to examine before filing, and any source of low confidence a result rests on.


def _plain_md(out: str) -> str:
    """Markdown with its escapes removed, to read lines as a person would."""
    return out.replace("\\", "")


def _line(text: str, start: str) -> str:
    found = [ln for ln in text.splitlines() if ln.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


def _section(text: str, heading: str) -> str:
    """One `## heading` section of a Markdown report, up to the next `## `."""
    body = text.split(f"\n## {heading}\n", 1)[1]
    return body.split("\n## ", 1)[0]


def _mexico_case(tmp_path: Path, **changes: str) -> Path:
    """The Honduran example with some answers changed (fact: new value) or removed (fact: None)."""
    lines = (EXAMPLES / "honduran-woman-mexico.yaml").read_text(encoding="utf-8").splitlines()
    out = []
    for ln in lines:
        key = ln.strip().split(":", 1)[0]
        if ln.startswith("  ") and key in changes:
            if changes[key] is not None:
                out.append(f"  {key}: {changes[key]}")
            continue
        out.append(ln)
    p = tmp_path / "case.yaml"
    p.write_text("\n".join(out) + "\n", encoding="utf-8")
    return p


def _json(case: Path, country: str) -> dict:
    # in English, as the Markdown it is compared with (the example's own language is Spanish)
    return json.loads(ok("assess", str(case), "-c", country, "-f", "json", "--lang", "en", "--as-of", AS_OF))


# Excluded (Art. 1F(a) answered yes), with every danger on return unknown: refugee status is barred,
# protection from return (CAT Art. 3, national complementary protection) is still open.
# Art. 1E rests on a plain fact (a status the country of residence recognises), so a screening may conclude it
EXCLUDED = {"rights_of_national_in_residence_country": "yes", "risk_to_life_on_return": "unknown",
            "risk_of_torture_on_return": "unknown", "risk_of_cidt_on_return": "unknown"}
# Art. 1F needs an individual assessment: at most indicated, refer
INDICATED = dict(EXCLUDED, rights_of_national_in_residence_country="no", international_crimes="yes")


def test_excluded_person_with_cat_open_reads_apart_in_markdown(shipped, tmp_path):
    case = _mexico_case(tmp_path, **EXCLUDED)
    data = _json(case, "MX")
    assert data["outcomes"]["refugee_status"]["status"] == "not_eligible"
    assert data["outcomes"]["complementary_protection"]["status"] == "needs_more_information"
    ground = next(c["title"] for x in data["exclusions"] for c in x["criteria"]
                  if c["id"] == "excl_1e_rights_of_national")
    out = _plain_md(ok("assess", str(case), "-c", "MX", "-f", "md", "--lang", "en", "--as-of", AS_OF))
    summary = _section(out, "Summary")
    assert _line(summary, "- **Refugee status:**").startswith(
        f"- **Refugee status:** ✗ not eligible — excluded: {ground}")
    n = len(data["outcomes"]["complementary_protection"]["missing"])
    assert _line(summary, "- **Protection from return:**").startswith(
        f"- **Protection from return:** ? more information is needed — {n} questions could still change it")
    assert summary.index("Refugee status:") < summary.index("Protection from return:") < summary.index("Statelessness:")
    # both refugee definitions are met, and barred: never a ✓ beside them (the Art. 1D route is not met)
    met = [d for d in data["definitions"] if d["kind"] == "inclusion" and d["status"] == "met"]
    assert {d["id"] for d in met} == {"mx_refugee", "mx_cartagena"}
    for d in met:
        if d["kind"] == "inclusion":
            assert f"- ⊘ {d['title']}: **met, but excluded**" in summary
            assert f"✓ {d['title']}" not in out
            card = out.split(f"### {d['title']}\n", 1)[1]
            assert card.lstrip().startswith("**⊘ MET, BUT EXCLUDED:** Every criterion of this definition appears "
                                            "to be met, but an exclusion ground may apply")
    # protection from return stays a route: its questions come first in what to do next
    steps = _section(out, "Next steps")
    assert "Refugee status appears barred, but protection from return is still open" in steps
    assert "No definition screened appears to be met" not in steps


def test_excluded_person_with_cat_open_reads_apart_in_html_and_spanish(shipped, tmp_path):
    case = _mexico_case(tmp_path, **EXCLUDED)
    html = ok("assess", str(case), "-c", "MX", "-f", "html", "--lang", "en", "--as-of", AS_OF)
    row = html.split('<tr id="outcome-refugee_status">', 1)[1].split("</tr>", 1)[0]
    assert '<th scope="row">Refugee status</th>' in row
    assert '<span class="badge tone-bad"><span aria-hidden="true">✗</span> not eligible</span>' in row
    assert "— excluded: Recognised by the country of residence as having the rights of its nationals" in row
    row = html.split('<tr id="outcome-complementary_protection">', 1)[1].split("</tr>", 1)[0]
    assert "Protection from return</th>" in row and "? </span>".replace(" ", "") in row.replace(" ", "")
    assert "more information is needed</span>" in row
    # the summary row of a barred definition: its own symbol, its words, not the colour of good news
    mx = html.split('<a href="#mx_refugee">', 1)[1].split("</tr>", 1)[0]
    assert '<span class="badge tone-barred"><span aria-hidden="true">⊘</span> met, but excluded</span>' in mx
    assert "tone-good" not in mx
    card = html.split('<article class="card', 1)[1].split("</header>", 1)[0]
    assert 'c-barred' in card and "met, but excluded" in card

    es = _plain_md(ok("assess", str(case), "-c", "MX", "-f", "md", "--lang", "es", "--as-of", AS_OF))
    summary = _section(es, "Resumen")
    assert _line(summary, "- **Condición de refugiado:**").startswith(
        "- **Condición de refugiado:** ✗ no elegible — causa de exclusión: Reconocido por el país de residencia")
    assert _line(summary, "- **Protección contra la devolución:**").startswith(
        "- **Protección contra la devolución:** ? se necesita más información")
    assert "**cumplido, pero hay causa de exclusión**" in summary
    assert "✓ Refugiado (México" not in es


def test_exclusion_indicated_reads_refer_to_the_authority_never_excluded(shipped, tmp_path):
    """Issue 22 §1: a 1F ground the answers point to is never concluded: refugee status needs more information,
    'exclusion indicated — refer', with what the authority weighs; protection from return unaffected."""
    case = _mexico_case(tmp_path, **INDICATED)
    data = _json(case, "MX")
    refugee = data["outcomes"]["refugee_status"]
    assert refugee["status"] == "needs_more_information" and refugee["indicated"] == ["mx_exclusion"]
    excl = next(x for x in data["exclusions"] if x["id"] == "mx_exclusion")
    assert excl["status"] == "undetermined" and excl["held_open"]
    out = _plain_md(ok("assess", str(case), "-c", "MX", "-f", "md", "--lang", "en", "--as-of", AS_OF))
    summary = _section(out, "Summary")
    assert "exclusion indicated — refer for a full assessment by the authority" in _line(summary,
                                                                                         "- **Refugee status:**")
    assert "excluded" not in _line(summary, "- **Refugee status:**")
    assert "Exclusion is indicated by the answers. Refer the case" in _section(out, "Next steps")
    assert "indicated: refer to the authority for a full assessment" in out
    assert "superior orders or self-defence, the person's age and maturity at the time" in out  # the note
    es = _plain_md(ok("assess", str(case), "-c", "MX", "-f", "md", "--lang", "es", "--as-of", AS_OF))
    assert "exclusión indicada — remita el caso" in _line(_section(es, "Resumen"), "- **Condición de refugiado:**")


def test_eligible_with_open_checks_says_so_and_lists_them(shipped, tmp_path):
    # the exclusion questions never asked: nothing points to exclusion, so it is an open check, not a doubt
    case = _mexico_case(tmp_path, international_crimes=None, committed_serious_crime=None,
                        acts_contrary_to_un_purposes=None, receiving_un_agency_protection=None,
                        rights_of_national_in_residence_country=None)
    data = _json(case, "MX")
    refugee = data["outcomes"]["refugee_status"]
    assert refugee["status"] == "eligible" and refugee["open_checks"]
    n = len(refugee["open_checks"])
    out = _plain_md(ok("assess", str(case), "-c", "MX", "-f", "md", "--lang", "en", "--as-of", AS_OF))
    summary = _section(out, "Summary")
    line = _line(summary, "- **Refugee status:**")
    assert line.startswith("- **Refugee status:** ✓ likely eligible — under Refugee (Mexico")
    assert f"; **{n} open checks to examine before filing**" in line
    assert f"Open checks before filing: {len(data['open_checks'])}" in summary
    # the section: grouped by set, each with its sources and the questions to ask
    checks = _section(out, "Open checks before filing")
    assert "### Exclusion was not examined: Exclusion (Mexico)" in checks
    one = checks.split("- ○ **Serious reasons to consider a crime against peace", 1)[1].split("\n- ", 1)[0]
    assert re.search(r"\*\* \[\d+(, \d+)*\] — Counted as not applying while nothing points to it\.", one), one
    assert "*Ask:*" in one and "(fact: international_crimes)" in one
    # kept apart from the information still missing, and named in the next steps
    assert "international_crimes" not in _section(out, "Information still missing")
    steps = _section(out, "Next steps")
    # the next step names the checks that could change a result (not the Art. 1D route nothing raised)
    relevant = {c for o in data["outcomes"].values() for c in o["open_checks"]}
    assert "art1d_under_un_agency_protection" not in relevant
    assert re.search(rf"Before filing, examine the {len(relevant)} open checks under “Open checks before "
                     r"filing”: Exclusion \(Mexico\)", steps)

    html = ok("assess", str(case), "-c", "MX", "-f", "html", "--lang", "en", "--as-of", AS_OF)
    row = html.split('<tr id="outcome-refugee_status">', 1)[1].split("</tr>", 1)[0]
    assert f'<span class="onote n-open_checks">{n} open checks to examine before filing</span>' in row
    section = html.split('<section class="checks" id="open-checks">', 1)[1].split("</section>", 1)[0]
    assert "<h3>Exclusion was not examined: Exclusion (Mexico)</h3>" in section
    assert "not raised: no indication recorded</span> Serious reasons to consider" in section
    assert '<a href="#open-checks">Open checks before filing:' in html


# A copy of the mini library with what the shipped rules may or may not have on a given day: an
# exclusion set raised only on indication, a clause never concluded met (an unconfirmed text), and a
# criterion never concluded not met (a condition the authority may waive). Country XC, "Caseland".
CASELAND = """\
country: XC
name: {en: Caseland, es: Tierracaso, pt: Terracaso}
criteria:
  - id: xc_adult
    title: {en: Adult when the claim is made, es: Mayor de edad al solicitar, pt: Maior de idade ao solicitar}
    cite: [{instrument: Case Law, provision: art. 7, year: 2001}]
    when: {fact: age, at_least: 18}
    never: not_met
    note:
      {en: "A child may still be recognised.", es: "Un niño aún puede ser reconocido.",
       pt: "Uma criança ainda pode ser reconhecida."}
definitions:
  - id: xc_refugee
    extends: refugee
    title: {en: Refugee (Caseland), es: Refugiado (Tierracaso), pt: Refugiado (Terracaso)}
    cite: [{instrument: Case Law, provision: art. 1, year: 2001}]
    add: [xc_adult]
  - id: xc_wider
    extends: refugee
    drop: [ground]
    never: met
    title:
      {en: Possible wider clause (Caseland), es: Posible cláusula amplia (Tierracaso),
       pt: Possível cláusula ampla (Terracaso)}
    cite: [{instrument: Case Law, provision: art. 2, year: 2001, confidence: low, note: Text not seen.}]
    note:
      {en: "Unconfirmed text: never concluded met.", es: "Texto no confirmado: nunca se concluye cumplida.",
       pt: "Texto não confirmado: nunca se conclui cumprida."}
  - id: xc_torture
    extends: no_return_to_torture
    title: {en: No return to torture (Caseland), es: No devolución (Tierracaso), pt: Não devolução (Terracaso)}
    cite: [{instrument: Case Law, provision: art. 9, year: 2001}]
exclusions:
  - id: xc_exclusion
    extends: exclusion
    title: {en: Exclusion (Caseland), es: Exclusión (Tierracaso), pt: Exclusão (Terracaso)}
    cite: [{instrument: Case Law, provision: art. 3, year: 2001}]
"""


@pytest.fixture
def caseland(monkeypatch, tmp_path):
    import shutil

    root = tmp_path / "caseland"
    shutil.copytree(FIXTURES / "mini", root)
    base = root / "rules" / "base.yaml"
    text = base.read_text(encoding="utf-8")
    assert text.count("    elements: [serious_crime]\n") == 1
    base.write_text(text.replace("    elements: [serious_crime]\n", (
        "    elements: [serious_crime]\n"
        "    raised_on_indication:\n"
        "      if_silent: not_met\n"
        "      cite: [{instrument: Test Guidelines on Exclusion, provision: para. 34, year: 2003}]\n")),
        encoding="utf-8")
    (root / "countries" / "xc.yaml").write_text(CASELAND, encoding="utf-8")
    monkeypatch.setenv("SCREENING_DATA", str(root))
    monkeypatch.setenv("SCREENING_REPORT_DATE", PRODUCED)

    return _case_writer(tmp_path)


def _case_writer(tmp_path: Path):
    """case(**facts) writes a case file of those facts and returns its path."""
    def case(**facts) -> Path:
        p = tmp_path / "case.json"
        p.write_text(json.dumps({"facts": facts}), encoding="utf-8")
        return p

    return case


def _source_number(md: str, label: str) -> int:
    m = re.search(rf"^(\d+)\. {re.escape(label)}", _section(md, "Sources cited"), re.M)
    assert m, label
    return int(m.group(1))


def test_low_confidence_is_said_on_the_summary_line(caseland):
    # met through "no protection", whose source has low confidence in the fixture
    case = caseland(outside=True, reasons=["race"], agent="state", age=30, crime=False, torture=False)
    out = _plain_md(ok("assess", str(case), "-c", "XC", "-f", "md", "--as-of", AS_OF))
    n = _source_number(out, "Test Convention, Art. 1 (1951) *(low confidence)*")
    summary = _section(out, "Summary")
    assert _line(summary, "- **Refugee status:**") == (
        "- **Refugee status:** ✓ likely eligible — under Refugee (Caseland); "
        f"**rests on a source of low confidence** [{n}]")
    # the overall result rests on it too
    assert _line(summary, "**Overall result:") == (
        f"**Overall result: likely eligible for protection (preliminary)**; **covers: Refugee status, Protection from "
        f"return**; **rests on a source of low confidence** [{n}]")
    assert _line(summary, "- **Statelessness:**") == "- **Statelessness:** – not screened in this jurisdiction"
    assert "Statelessness is not screened for this jurisdiction" in _section(out, "Next steps")

    html = ok("assess", str(case), "-c", "XC", "-f", "html", "--as-of", AS_OF)
    row = html.split('<tr id="outcome-refugee_status">', 1)[1].split("</tr>", 1)[0]
    assert (f'<span class="onote n-low_confidence">rests on a source of low confidence <span class="refs">'
            f'[<a href="#src-{n}">{n}</a>]</span></span>') in row

    pt = _plain_md(ok("assess", str(case), "-c", "XC", "-f", "md", "--lang", "pt", "--as-of", AS_OF))
    assert _line(_section(pt, "Resumo"), "- **Condição de refugiado:**") == (
        f"- **Condição de refugiado:** ✓ provavelmente elegível — segundo Refugiado (Terracaso); "
        f"**apoia-se numa fonte de confiança baixa** [{n}]")


def test_open_check_from_an_exclusion_set_raised_only_on_indication(caseland):
    case = caseland(outside=True, reasons=["race"], agent="state", age=30, torture=False)  # crime never asked
    out = _plain_md(ok("assess", str(case), "-c", "XC", "-f", "md", "--as-of", AS_OF))
    line = _line(_section(out, "Summary"), "- **Refugee status:**")
    assert "✓ likely eligible — under Refugee (Caseland); **1 open check to examine before filing**;" in line
    assert "- ○ Exclusion (Caseland): **not raised: no indication recorded**" in out
    checks = _section(out, "Open checks before filing")
    assert "### Exclusion was not examined: Exclusion (Caseland)" in checks
    assert "- ○ **Crime** [" in checks and "    - Serious crime? (fact: crime)" in checks
    assert "(fact: crime)" not in _section(out, "Information still missing")
    assert "Before filing, examine the open check under “Open checks before filing”: Exclusion (Caseland)." in out
    text = ok("assess", str(case), "-c", "XC", "-f", "text", "--as-of", AS_OF)
    assert "OPEN CHECKS BEFORE FILING" in text and "[○] Crime [" in text
    summary = text.split("\nSUMMARY\n", 1)[1].split("\nREFUGEE DEFINITIONS\n", 1)[0]
    assert "[✓] Refugee status: likely eligible — under Refugee (Caseland); 1 open check to examine before " \
           "filing;" in " ".join(summary.split())


def test_held_open_is_said_in_words(caseland):
    # a wider clause whose elements hold, never concluded met; a 16-year-old, never concluded "not adult"
    case = caseland(outside=True, reasons=["race"], agent="state", age=16, crime=False, torture=False)
    out = _plain_md(ok("assess", str(case), "-c", "XC", "-f", "md", "--as-of", AS_OF))
    summary = _section(out, "Summary")
    assert _line(summary, "- **Refugee status:**").startswith(
        "- **Refugee status:** ? more information is needed — held open, never concluded here: "
        "Refugee (Caseland); Possible wider clause (Caseland) (see the note)")
    assert "- ? Possible wider clause (Caseland): **held open: never concluded here (see the note)**" in summary
    card = out.split("### Possible wider clause (Caseland)\n", 1)[1]
    assert card.lstrip().startswith("**? HELD OPEN: NEVER CONCLUDED HERE (SEE THE NOTE):** The answers decide the test")
    assert "- ? **Adult when the claim is made** [" in out
    assert "] — *held open: never concluded here (see the note)*" in _line(out, "- ? **Adult when the claim is made**")
    es = ok("assess", str(case), "-c", "XC", "-f", "text", "--lang", "es", "--as-of", AS_OF)
    assert "[?] Posible cláusula amplia (Tierracaso): en suspenso: nunca se concluye aquí (vea la nota)" \
        in " ".join(es.split())
    html = ok("assess", str(case), "-c", "XC", "-f", "html", "--as-of", AS_OF)
    assert '<span class="badge tone-open"><span aria-hidden="true">?</span> held open: never concluded here' in html


def test_excluded_in_a_fixture_country_too(caseland):
    case = caseland(outside=True, reasons=["race"], agent="state", age=30, crime=True)
    text = ok("assess", str(case), "-c", "XC", "-f", "text", "--as-of", AS_OF)
    assert "[✗] Refugee status: not eligible — excluded: Crime" in text
    assert "[?] Protection from return: more information is needed — 1 question could" in text
    assert "[⊘] Refugee (Caseland): met, but excluded" in text
    assert "[✓] Refugee (Caseland)" not in text


# --- what a clinic files from: deadlines as dates, where to file, evidence, warnings --------------
#
# The core gives each national filing period as a date (due, days left, status), the authorities a
# country records, the evidence a fact names and the problems with the input; a report says them
# in words, in the report's language, near the top and again in the next steps.

CR_AS_OF = "2026-11-25"


def _cr_case(tmp_path: Path, entry: str | None = "2026-11-04") -> Path:
    """The Honduran example, entered Costa Rica on `entry` (None: date unknown) and not yet filed."""
    out = []
    for ln in (EXAMPLES / "honduran-woman-mexico.yaml").read_text(encoding="utf-8").splitlines():
        key = ln.strip().split(":", 1)[0]
        if ln.startswith("  ") and key in ("date_of_entry", "asylum_application_filed", "date_of_application"):
            continue
        out.append(ln)
    if entry:
        out.append(f"  date_of_entry: {entry}")
    p = tmp_path / "cr-case.yaml"
    p.write_text("\n".join(out) + "\n", encoding="utf-8")
    return p


def _cr(case: Path, fmt: str, lang: str, as_of: str = CR_AS_OF) -> str:
    return ok("assess", str(case), "-c", "CR", "-f", fmt, "--lang", lang, "--as-of", as_of)


def _words(text: str) -> str:
    """Text as read: Markdown escapes gone, wrapped lines joined."""
    return " ".join(text.replace("\\", "").split())


def test_deadline_near_is_a_date_with_days_left_in_every_format(shipped, tmp_path):
    case = _cr_case(tmp_path)
    data = json.loads(_cr(case, "json", "es"))
    (d,) = data["deadlines"]
    assert (d["due"], d["days_left"], d["status"], d["unit"]) == ("2026-12-04", 9, "near", "months")
    md = _plain_md(_cr(case, "md", "es"))
    summary = _section(md, "Resumen")
    line = _line(summary, "- ⚠ **Plazo nacional para solicitar:**")
    # the status in words beside its symbol, the last day in words with its weekday, the days left
    assert "vence pronto: 10 días o menos — último día: viernes, 4 de diciembre de 2026 (solo quedan 9 días)" in line
    basis = summary.split(line, 1)[1].splitlines()[1]
    m = re.fullmatch(r"  - Base: 1 mes calendario desde la fecha de ingreso \(4 de noviembre de 2026\) "
                     r"\[(\d+(?:, \d+)*)\]", basis)
    assert m, basis
    # the citation numbers are those of the source list, and a low-confidence basis says so
    sources = _section(md, "Fuentes citadas")
    for n in m.group(1).split(", "):
        assert re.search(rf"^{n}\. ", sources, re.M), n
    assert "**se apoya en una fuente de confianza baja**" in line
    # near the top: before any definition, and again as the first thing to do
    assert md.index("Plazo nacional para solicitar") < md.index("## Definiciones de refugiado")
    steps = _section(md, "Próximos pasos")
    assert re.search(r"^2\. \*\*Urgente: presente la solicitud a más tardar el viernes, 4 de diciembre de 2026; "
                     r"solo quedan 9 días\. Base: 1 mes calendario", steps, re.M), steps

    html = _cr(case, "html", "es")
    item = html.split('<li class="deadline dl-near"', 1)[1].split("</li>", 1)[0]
    badge = '<span class="badge tone-near"><span aria-hidden="true">⚠</span> vence pronto: 10 días o menos</span>'
    assert badge in item
    assert "último día: viernes, 4 de diciembre de 2026 (solo quedan 9 días)" in item
    assert html.index('class="deadline dl-near"') < html.index('<section class="next-steps"')
    assert ".tone-near {" in html  # amber, and the words say it too

    text = _words(_cr(case, "text", "pt"))
    assert ("[⚠] Prazo nacional para solicitar: vence em breve: 10 dias ou menos — último dia: sexta-feira, 4 de "
            "dezembro de 2026 (só faltam 9 dias)") in text
    assert "Base: 1 mês civil a partir da data de entrada (4 de novembro de 2026) [" in text
    assert "Urgente: apresente a solicitação até sexta-feira, 4 de dezembro de 2026; só faltam 9 dias." in text


def _applicant_case(tmp_path: Path) -> Path:
    p = tmp_path / "ni.yaml"
    p.write_text("reference: CR-2026-0147\nfacts:\n  country_of_nationality: NI\n  has_other_nationality: unknown\n"
                 "  date_of_birth: 2004-11-26\n  date_of_entry: 2026-11-04\n  asylum_application_filed: declined\n"
                 "  fears_return: true\n", encoding="utf-8")
    return p


def test_report_says_who_the_applicant_is(shipped, tmp_path):
    case = _applicant_case(tmp_path)
    data = json.loads(_cr(case, "json", "es"))
    assert [(x["fact"], x["status"], x["value"]) for x in data["applicant"]] == [
        ("country_of_nationality", "known", "NI"), ("has_other_nationality", "unknown", None),
        ("date_of_birth", "known", "2004-11-26"), ("date_of_entry", "known", "2026-11-04"),
        ("asylum_application_filed", "declined", None)]
    text = _cr(case, "text", "es")
    # each answer on a line of its own, as the header's other lines; a long one continues indented
    assert "\nReferencia del caso: CR-2026-0147\nNacionalidad: Nicaragua (NI)\n" in text
    assert "\nFecha de nacimiento: 26 de noviembre de 2004 (21 años a la fecha de la\n    evaluación)\n" in text
    head = _words(text).split("EVALUACIÓN PRELIMINAR, NO ES", 1)[0]
    # the day before the 22nd birthday: still 21; "don't know" and "prefer not to say" said as such
    for line in ("Nacionalidad: Nicaragua (NI)", "Otra nacionalidad: desconocido",
                 "Fecha de nacimiento: 26 de noviembre de 2004 (21 años a la fecha de la evaluación)",
                 "Fecha de ingreso al país: 4 de noviembre de 2026", "Solicitud ya presentada: prefiere no decir"):
        assert line in head, line
    md = _words(_cr(case, "md", "pt", as_of="2026-11-26"))
    assert "**Data de nascimento:** 26 de novembro de 2004 (22 anos na data da avaliação)" in md
    html = _cr(case, "html", "en")
    assert "<dt>Nationality</dt><dd>Nicaragua (NI)</dd>" in html
    assert "<dt>Claim already filed</dt><dd>prefers not to say</dd>" in html


def test_deadline_passed_is_never_a_bar(shipped, tmp_path):
    case = _cr_case(tmp_path)
    md = _words(_cr(case, "md", "es", as_of="2026-12-20"))
    assert ("! **Plazo nacional para solicitar:** vencido — venció el viernes, 4 de diciembre de 2026 (hace 16 "
            "días); aun así nunca impide la solicitud: anote las razones del retraso") in md
    assert "El plazo para solicitar venció el viernes, 4 de diciembre de 2026 (hace 16 días). Aun así nunca" in md
    html = _cr(case, "html", "en", as_of="2026-12-20")
    item = html.split('<li class="deadline dl-bad"', 1)[1].split("</li>", 1)[0]
    assert '<span class="badge tone-bad"><span aria-hidden="true">!</span> passed</span>' in item
    assert "ended on Friday, December 4, 2026 (16 days ago); still never a bar: record the reasons for the" in item


def test_the_us_one_year_period_says_what_it_bars_not_never_a_bar(shipped, tmp_path):
    # INA § 208(a)(2)(B): the one filing period the law makes a bar (to asylum, unless an exception applies); the
    # country file says so (`bars`), and every other period keeps "never a bar" (test above).
    case = tmp_path / "us.yaml"
    case.write_text("facts:\n  date_of_entry: 2024-01-10\n  asylum_application_filed: no\n", encoding="utf-8")

    def run_us(fmt: str, lang: str) -> str:
        return _words(ok("assess", str(case), "-c", "US", "-f", fmt, "--lang", lang, "--as-of", "2026-06-01"))

    md = run_us("md", "en")
    assert "never a bar" not in md
    assert ("ended on Friday, January 10, 2025 (507 days ago): a bar to asylum unless an exception applies") in md
    assert "it never bars withholding of removal or protection under the Convention against Torture" in md
    assert "Record the dates and the facts of any exception now, and file without waiting." in md
    es = run_us("text", "es")
    assert "impide el asilo salvo que se aplique una excepción" in es and "nunca impide la solicitud" not in es
    assert json.loads(ok("assess", str(case), "-c", "US", "-f", "json", "--as-of", "2026-06-01"))[
        "deadlines"][0]["bars"].startswith("a bar to asylum")


def test_deadline_filed_in_time(shipped, tmp_path):
    case = _cr_case(tmp_path)
    case.write_text(case.read_text(encoding="utf-8") + "  asylum_application_filed: yes\n"
                    "  date_of_application: 2026-11-20\n", encoding="utf-8")
    md = _words(_cr(case, "md", "en"))
    assert ("✓ **National filing period:** filed in time — filed on November 20, 2026, within the period (last "
            "day: Friday, December 4, 2026)") in md
    assert "The claim was filed on November 20, 2026, within the period (last day: Friday, December 4, 2026): keep " \
           "the proof of filing." in md


def test_deadline_filed_late_counts_working_days(shipped):
    # the Mexican example applied on 2025-05-19, past 30 working days from entry on 2025-03-03
    args = ["assess", str(EXAMPLES / "honduran-woman-mexico.yaml"), "-c", "MX", "--as-of", AS_OF]
    md = _plain_md(ok(*args, "-f", "md", "--lang", "en"))
    line = _line(_section(md, "Summary"), "- ! **National filing period:**")
    assert line == ("- ! **National filing period:** filed late — filed on May 19, 2025, 34 days after the period "
                    "ended (Tuesday, April 15, 2025); never a bar: record the reasons for the delay")
    assert ("Basis: 30 working days from the date of entry (March 3, 2025); working days counted Monday to Friday "
            "without the country's public holidays") in md
    steps = _section(md, "Next steps")
    assert ("The claim was filed on May 19, 2025, 34 days after the period ended (Tuesday, April 15, 2025). It is "
            "never a bar: record the reasons for the delay") in steps
    # the raised filing flag is said by its deadline, not by a generic step pointing elsewhere
    assert "Flag raised, “The national filing period may have passed”" not in steps
    text = _words(ok(*args, "-f", "text", "--lang", "es"))
    assert ("[!] Plazo nacional para solicitar: presentada fuera de plazo — presentada el 19 de mayo de 2025, 34 días "
            "después de vencer el plazo (martes, 15 de abril de 2025)") in text
    assert "Base: 30 días hábiles desde la fecha de ingreso (3 de marzo de 2025)" in text


def test_deadline_with_no_entry_date_says_what_it_runs_from(shipped, tmp_path):
    case = _cr_case(tmp_path, entry=None)
    md = _words(_cr(case, "md", "en"))
    assert "? **National filing period:** start date not recorded — runs from the date of entry, not yet recorded" in md
    assert "Find out and record the date the filing period runs from (from the date of entry)" in md
    assert "Basis: 1 calendar month from the date of entry [" in md


@pytest.mark.parametrize("as_of,en,es", [
    ("2026-12-03", "(only 1 day left)", "(solo queda 1 día)"),
    ("2026-11-25", "(only 9 days left)", "(solo quedan 9 días)"),
    ("2026-12-04", "last day: today, Friday, December 4, 2026", "último día: hoy, viernes, 4 de diciembre de 2026"),
])
def test_days_left_use_plural_forms(shipped, tmp_path, as_of, en, es):
    case = _cr_case(tmp_path)
    assert en in _words(_cr(case, "md", "en", as_of=as_of))
    assert es in _words(_cr(case, "text", "es", as_of=as_of))


def test_plurals_never_read_question_s(shipped, tmp_path):
    """One question, several questions: the language's own plural forms, never "question(s)"."""
    many = _words(_cr(_cr_case(tmp_path), "md", "es"))
    n = len(json.loads(_cr(_cr_case(tmp_path), "json", "es"))["outcomes"]["complementary_protection"]["missing"])
    assert n > 1 and f"{n} preguntas aún podrían cambiarlo" in many
    assert re.search(r"Haga las \d+ preguntas de «Información que aún falta»", many)
    assert "1 pregunta aún podría cambiarlo" in many  # statelessness: one question
    for lang in ("en", "es", "pt"):
        out = _cr(_cr_case(tmp_path), "text", lang)
        assert "(s)" not in out and "a(s)" not in out, lang


def test_one_question_reads_in_the_singular(mini, tmp_path):
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"facts": {"outside": True, "reasons": ["race"], "agent": "gang", "crime": False,
                                       "entry": "2026-01-05"}}), encoding="utf-8")
    data = json.loads(ok("assess", str(p), "-c", "XA", "-f", "json", "--as-of", AS_OF))
    assert data["overall_missing"] == ["protected"]
    en = _words(ok("assess", str(p), "-c", "XA", "-f", "md", "--as-of", AS_OF))
    assert "Ask the question under “Information still missing” that could still change a result" in en
    pt = _words(ok("assess", str(p), "-c", "XA", "-f", "text", "--lang", "pt", "--as-of", AS_OF))
    assert "Faça a pergunta de “Informações que ainda faltam” que ainda poderia mudar um resultado" in pt
    assert "1 pergunta ainda poderia mudá-lo" in pt


AUTHORITY = """
authorities:
  - name:
      {en: Refugee Office of Testland (ROT), es: Oficina de Refugiados de Tierraprueba (ORT),
       pt: Escritório de Refugiados de Terrateste (ERT)}
    role: {en: receives and decides claims, es: recibe y decide las solicitudes, pt: recebe e decide as solicitações}
    cite: [{instrument: Test Law, provision: art. 20, year: 2000}]
    note: {en: Any of its offices., es: Cualquiera de sus oficinas., pt: Qualquer um dos seus escritórios.}
"""
EVIDENCE = ("    evidence: {en: A police report or a letter refusing help,\n"
            "               es: Una denuncia o una carta que niega ayuda,\n"
            "               pt: Um boletim de ocorrência ou uma carta que nega ajuda}\n")


@pytest.fixture
def clinicland(monkeypatch, tmp_path):
    """The mini library with an authority that receives claims in Testland (XA) and the evidence that
    would support one fact ("Did the police protect you?"); Otherland (XB) records no authority."""
    import shutil

    root = tmp_path / "clinicland"
    shutil.copytree(FIXTURES / "mini", root)
    xa = root / "countries" / "xa.yaml"
    xa.write_text(xa.read_text(encoding="utf-8") + AUTHORITY, encoding="utf-8")
    facts = root / "rules" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    anchor = "    help: {en: Any protection., es: Cualquier protección., pt: Qualquer proteção.}\n"
    assert text.count(anchor) == 1
    facts.write_text(text.replace(anchor, anchor + EVIDENCE), encoding="utf-8")
    monkeypatch.setenv("SCREENING_DATA", str(root))
    monkeypatch.setenv("SCREENING_REPORT_DATE", PRODUCED)

    return _case_writer(tmp_path)


def test_next_steps_name_the_authority_and_the_evidence(clinicland):
    case = clinicland(outside=True, reasons=["race"], agent="gang", crime=False, entry="2026-02-20")
    md = _plain_md(ok("assess", str(case), "-c", "XA", "-f", "md", "--as-of", AS_OF))
    steps = _section(md, "Next steps")
    m = re.search(r"^    - Refugee Office of Testland \(ROT\): receives and decides claims \[(\d+)\] \*\(Any of its "
                  r"offices\.\)\*$", steps, re.M)
    assert m, steps
    assert re.search(rf"^{m.group(1)}\. Test Law, art\. 20 \(2000\)$", _section(md, "Sources cited"), re.M)
    assert "Where to file, and who decides — Testland (the authorities recorded here, with their role):" in steps
    # the evidence for the one missing fact, by the number of its question
    questions = _section(md, "Information still missing")
    assert "1. Did the police protect you? (fact: protected)" in questions
    assert "    - Question 1: A police report or a letter refusing help" in steps
    # the deadline comes before where to file, and both before the questions
    order = [steps.index(x) for x in ("File the claim by", "Refugee Office of Testland", "Ask the question")]
    assert order == sorted(order)

    es = _words(ok("assess", str(case), "-c", "XA", "-f", "html", "--lang", "es", "--as-of", AS_OF))
    assert "Oficina de Refugiados de Tierraprueba (ORT): recibe y decide las solicitudes" in es
    assert "Pregunta 1: Una denuncia o una carta que niega ayuda" in es


def test_evidence_for_a_declined_answer_says_so(clinicland):
    # "prefer not to say" to the police question: its documents are sought only with care and consent
    p = Path(str(clinicland(outside=True)))
    p.write_text(json.dumps({"facts": {"outside": True, "reasons": ["race"], "agent": "gang", "crime": False,
                                       "protected": "declined"}}), encoding="utf-8")
    md = _plain_md(ok("assess", str(p), "-c", "XA", "-f", "md", "--as-of", AS_OF))
    line = _line(_section(md, "Next steps"), "    - Question 1:")
    assert line == ("    - Question 1: A police report or a letter refusing help *(the applicant preferred not to "
                    "say)*")


def test_no_authority_recorded_is_said_plainly(clinicland):
    case = clinicland(outside=True, reasons=["race"], agent="state", torture=False, no_nationality=False)
    for lang, words in (("en", "Where to file — Otherland: no authority that receives claims is recorded in this "
                               "toolkit."),
                        ("es", "Dónde presentar la solicitud — Otratierra: esta herramienta no tiene registrada "
                               "ninguna autoridad que reciba solicitudes."),
                        ("pt", "Onde apresentar a solicitação — Outraterra: esta ferramenta não tem registrada "
                               "nenhuma autoridade que receba solicitações.")):
        out = _words(ok("assess", str(case), "-c", "XB", "-f", "text", "--lang", lang, "--as-of", AS_OF))
        assert words in out, lang


def test_warnings_come_before_the_results(clinicland):
    # arrived after the assessment date: the input is wrong, and the reader must see it first
    case = clinicland(outside=True, reasons=["race"], agent="gang", protected=False, crime=False, entry="2026-06-01")
    warning = "“When did you arrive?” is answered 2026-06-01, after the assessment date (2026-03-02): check the date."
    md = _plain_md(ok("assess", str(case), "-c", "XA", "-f", "md", "--as-of", AS_OF))
    box = _section(md, "⚠ Check these answers first")
    assert f"- **⚠ {warning}**" in box
    assert md.index("## ⚠ Check these answers first") < md.index("## Summary")
    assert "Correct the problem with the answers shown at the top" in _section(md, "Next steps")
    html = ok("assess", str(case), "-c", "XA", "-f", "html", "--as-of", AS_OF)
    assert html.index('<section class="warnings" role="alert"') < html.index('<section id="summary">')
    assert warning in html
    text = ok("assess", str(case), "-c", "XA", "-f", "text", "--lang", "es", "--as-of", AS_OF)
    assert text.index("! REVISE PRIMERO ESTAS RESPUESTAS") < text.index("RESUMEN\n")
    assert "«¿Cuándo llegó?» tiene como respuesta 2026-06-01, posterior a la fecha de evaluación" in _words(text)


def test_other_kinds_not_met_read_neutrally(clinicland):
    # a refugee with a nationality (not stateless) and no torture risk: neither is a refusal
    case = clinicland(outside=True, reasons=["race"], agent="state", torture=False, no_nationality=False, crime=False)
    data = json.loads(ok("assess", str(case), "-c", "XB", "-f", "json", "--as-of", AS_OF))
    assert data["outcomes"]["refugee_status"]["status"] == "eligible"
    assert data["outcomes"]["statelessness"]["status"] == "not_eligible"
    assert data["outcomes"]["complementary_protection"]["status"] == "not_eligible"
    md = _plain_md(ok("assess", str(case), "-c", "XB", "-f", "md", "--as-of", AS_OF))
    summary = _section(md, "Summary")
    assert _line(summary, "- **Statelessness:**") == (
        "- **Statelessness:** – does not apply — the definition of a stateless person is not met: a separate "
        "determination, with no effect on protection")
    assert _line(summary, "- **Protection from return:**").startswith("- **Protection from return:** – not met — ")
    assert "- – Stateless (Otherland): **not met**" in summary
    assert "✗" not in md  # nothing here is a refusal
    html = ok("assess", str(case), "-c", "XB", "-f", "html", "--as-of", AS_OF)
    for kind in ("statelessness", "complementary_protection"):
        row = html.split(f'<tr id="outcome-{kind}">', 1)[1].split("</tr>", 1)[0]
        assert 'tone-none' in row and "tone-bad" not in row and "✗" not in row, kind
    card = html.split('id="xb_stateless"', 1)[0].rsplit("<article", 1)[1]
    assert "c-none" in card and "c-bad" not in card
    # a refugee definition not met keeps its ✗: that is the result a clinic acts on
    refused = clinicland(outside=False, reasons=["race"], agent="state", torture=False, no_nationality=False)
    md = _plain_md(ok("assess", str(refused), "-c", "XB", "-f", "md", "--as-of", AS_OF))
    assert _line(_section(md, "Summary"), "- **Refugee status:**").startswith("- **Refugee status:** ✗ not eligible")


# --- the short form (render(..., brief=True)) -------------------------------------------------------


def _brief_and_full(case: Path, country: str, lang: str, as_of: str, fmt: str) -> tuple[str, str, dict]:
    """The short and the full form through the API the CLI's --brief calls, and the short form's view."""
    import datetime as dt

    from screening.assess.screener import Screener, load_case
    from screening.report import context as report_context
    from screening.report.render import render

    screener = Screener()
    c = load_case(case, screener.lib)
    result = screener.assess(c, country, dt.date.fromisoformat(as_of), lang)
    produced = dt.date.fromisoformat(PRODUCED)
    return (render(result, fmt, screener.lib, narrative=c.narrative, produced=produced, brief=True),
            render(result, fmt, screener.lib, narrative=c.narrative, produced=produced),
            report_context.build(result, screener.lib, narrative=c.narrative, produced=produced, brief=True))


@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_brief_is_short_and_carries_summary_deadlines_and_next_steps(shipped, tmp_path, fmt):
    import html as htmllib

    brief, full, view = _brief_and_full(_cr_case(tmp_path), "CR", "es", CR_AS_OF, fmt)
    assert len(brief) < len(full) / 3
    read = htmllib.unescape(_words(brief))
    low = read.lower()
    for needle in ("resumen", "condición de refugiado", "próximos pasos", "información que aún falta",
                   "evaluación preliminar, no es una decisión", "forma breve para presentar la solicitud",
                   "último día: viernes, 4 de diciembre de 2026 (solo quedan 9 días)",
                   "urgente: presente la solicitud a más tardar el viernes, 4 de diciembre de 2026"):
        assert needle in low, needle
    # the questions themselves, in the order of the full report
    assert "¿Participarían funcionarios públicos" in read
    # no criteria, flags or narrative
    for absent in ("definiciones de refugiado", "alertas para quien revisa", "criterios cumplidos", "mujer de 27 años"):
        assert absent not in low, absent
    # only the sources it cites, with the full report's numbers
    labels = {s["n"]: _words(s["label"]) for s in view["sources"]}
    assert view["sources_used"]
    for n in view["sources_used"]:
        assert f"[{n}]" in read and labels[n] in read, n
    for n, label in labels.items():
        if n not in view["sources_used"]:
            assert label not in read, label


def test_brief_html_prints_on_one_page_by_design(shipped, tmp_path):
    brief, _, _ = _brief_and_full(_cr_case(tmp_path), "CR", "es", CR_AS_OF, "html")
    assert '<html lang="es" class="brief">' in brief
    assert "html.brief { font-size:" in brief and "@page { margin: 10mm" in brief
    for banned in ("<script", "<link", "<img", "@import"):
        assert banned not in brief.lower()
    assert "<footer>" not in brief  # its header already states rule set and dates


def test_full_report_keeps_headings_with_what_follows_in_print(shipped):
    html = ok("assess", str(EXAMPLES / "venezuelan-in-brazil.yaml"), "-c", "BR", "-f", "html", "--lang", "pt",
              "--as-of", AS_OF)
    printing = html.split("@media print {", 1)[1]
    assert "h2, h3, h4, h3.sub, h2 + p, .section-intro { break-after: avoid;" in printing
    assert "orphans: 3; widows: 3" in html
    assert "break-before: page" not in html and "page-break-before: always" not in html
    # a section whose first card is kept whole carries its heading along with it (seen in Chromium's
    # PDF: otherwise "Proteção complementar" and its intro stayed alone at a page foot)
    assert "div.keep { break-inside: avoid;" in printing
    kept = re.findall(r'<div class="keep">\s*<h2>([^<]+)</h2>(?:\s*<p class="section-intro">[^<]*</p>)?\s*'
                      r'<article class="card [^"]*\bkeep\b', html)
    assert "Apatridia" in kept, kept


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
    assert "- Refugiado (Terrateste): cumprido" in out
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
    ("[a](b)", "\\[a\\](b)"),
    ("![i](javascript:x)", "!\\[i\\](javascript\\:x)"),
    ("Nicaragua (NI)", "Nicaragua (NI)"),
    ("1) item", "1\\) item"),
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
    from screening.report.render import md_escape

    assert md_escape(raw) == escaped
    assert "<" not in _md_to_html(md_escape(raw)).replace("<p>", "").replace("</p>", "")


def test_every_status_has_its_words_in_three_languages():
    """Keys the report builds from a status (not all reached by the examples) exist in en, es and pt."""
    from screening.base import messages
    cat = messages.catalogue()
    keys = [f"{kind}.{klass}.{status}" for kind in ("outcome", "report.group") for klass in ("inclusion", "exclusion")
            for status in ("met", "not_met", "undetermined")]
    keys += [f"{p}.{s}" for p in ("status", "exclusion", "flag") for s in ("met", "not_met", "undetermined")]
    keys += [f"confidence.{c}" for c in ("high", "medium", "low")]
    keys += [f"report.section.{s}" for s in ("definitions", "complementary", "exclusions", "cessation", "open_checks")]
    # the summary lines and the open checks, reached or not by the examples
    keys += [f"report.kind.{k}" for k in ("refugee_status", "complementary_protection", "statelessness")]
    keys += [f"report.outcome.{s}" for s in ("eligible", "not_eligible", "needs_more_information", "not_screened",
                                             "under", "exclusion", "cessation", "held_open", "bar_open.exclusion",
                                             "bar_open.cessation")]
    keys += [f"report.outcome.none_met.{k}" for k in ("refugee_status", "complementary_protection", "statelessness")]
    keys += [f"{k}.{n}" for k in ("report.outcome.questions", "report.outcome.open_checks",
                                  "report.outcome.low_confidence", "next.open_checks") for n in ("one", "other")]
    keys += [f"status.{s}" for s in ("not_raised", "held_open", "met_excluded", "met_ceased", "met_excluded_ceased")]
    keys += [f"outcome.inclusion.met_{s}" for s in ("excluded", "ceased", "excluded_ceased")] + ["outcome.held_open"]
    keys += [f"exclusion.{s}" for s in ("not_raised", "held_open")]
    # deadlines, next steps and the short form, in every status and unit the core can give
    statuses = ("open", "near", "passed", "filed_in_time", "filed_late", "unknown")
    keys += [f"report.deadline.status.{s}" for s in statuses]
    keys += [f"{p}.{s}" for p in ("report.deadline", "next.deadline") for s in (*statuses, "today")]
    keys += [f"report.deadline.unit.{u}.{n}" for u in ("days", "working_days", "months", "years")
             for n in ("one", "other")]
    keys += [f"{k}.{n}" for k in ("report.deadline.left", "report.deadline.days", "next.ask", "next.warnings")
             for n in ("one", "other")]
    keys += [f"report.outcome.not_eligible_neutral.{k}" for k in ("statelessness", "complementary_protection")]
    keys += ["report.deadline.label", "report.deadline.basis", "report.deadline.from_fact",
             "report.deadline.working_days_note", "report.deadlines", "report.section.warnings",
             "report.warnings_intro", "report.brief_subtitle", "report.brief_note", "report.sources_used_intro",
             "next.authority", "next.no_authority", "next.evidence", "next.evidence_item",
             "report.outcome.none_met.complementary_protection_fallback"]
    keys += [f"report.checks.heading.{k}" for k in ("exclusion", "cessation", "inclusion")]
    keys += [f"report.checks.counts_as.{s}" for s in ("met", "not_met")]
    keys += [f"next.{k}" for k in ("cessation_applies", "cessation_open", "exclusion_applies", "exclusion_open",
                                   "return_protection_open", "not_eligible_barred", "statelessness_not_screened",
                                   "complementary_not_screened")]
    for key in keys:
        assert key in cat and all(cat[key].values()), key


def test_a_message_with_an_unquoted_comma_is_refused(tmp_path, monkeypatch):
    """`{en: Confidential, contains personal data}` is YAML for two keys: the English said only
    "Confidential" in every report until the catalogue refused such an entry."""
    from screening.base import messages
    assert messages.t("report.confidential", "en") == "Confidential, contains personal data"
    bad = tmp_path / "x.yaml"
    bad.write_text("x.y: {en: Confidential, contains personal data, es: Confidencial, pt: Confidencial}\n",
                   encoding="utf-8")
    monkeypatch.setattr(messages, "_FILES", [bad])
    monkeypatch.setenv("SCREENING_NO_CACHE", "1")
    with pytest.raises(KeyError, match="must map only en, es, pt"):
        messages.catalogue.__wrapped__()


def test_an_indicated_exclusion_is_named_once_in_the_refugee_status_line(shipped, tmp_path):
    """Seen in a real session: a set both open and indicated was listed twice in the outcome's `because`,
    so the summary said 'exclusion indicated — refer …' twice (while no refugee definition was met yet)."""
    case = tmp_path / "open.yaml"
    case.write_text("facts:\n  country_of_nationality: CO\n  outside_country_of_nationality: yes\n"
                    "  international_crimes: yes\n", encoding="utf-8")
    data = _json(case, "MX")
    assert data["outcomes"]["refugee_status"]["indicated"] == ["mx_exclusion"]
    ids = [r["id"] for r in data["outcomes"]["refugee_status"]["because"]]
    assert ids.count("mx_exclusion") == 1
    out = _plain_md(ok("assess", str(case), "-c", "MX", "-f", "md", "--lang", "en", "--as-of", AS_OF))
    assert _line(_section(out, "Summary"), "- **Refugee status:**").count("exclusion indicated") == 1


def test_a_route_nothing_points_to_is_not_shown_as_a_refusal(shipped, tmp_path):
    """The Art. 1D route for someone never under a UN agency: 'not raised', neutral, never a red ✗ on every
    report (its element counts as not met only because nothing raised it)."""
    out = _plain_md(ok("assess", str(EXAMPLES / "honduran-woman-mexico.yaml"), "-c", "MX", "-f", "md", "--lang", "en",
                       "--as-of", AS_OF))
    line = next(x for x in out.splitlines() if "Art. 1D, second paragraph\\): **" in x.replace("(", "\\(")
                or "Art. 1D, second paragraph): **" in x)
    assert line.startswith("- – ") and "not raised: no indication recorded" in line and "✗" not in line
    assert "that is not a refusal" in out
