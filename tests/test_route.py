"""`screening route`: one case screened in every country on the way (issue 16), in every format and
language, with what differs between the laws, and never a ranking."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.base import messages
from screening.cli import app

runner = CliRunner()

ROUTE = "CO,PA,CR,NI,HN,GT,MX,US"
AS_OF = "2025-11-20"
# Generalised gang violence, no Convention ground (the gang wants money): the regional definition is
# met where a law has one, and the claim rests on the 1951 grounds where it has none (features/route.feature).
CASE = """\
reference: ROUTE-<b>7</b>
facts:
  country_of_nationality: VE
  outside_country_of_nationality: yes
  has_other_nationality: no
  fears_return: yes
  harmed_before: no
  threatened_before: yes
  harm_feared: [threats_to_life_or_freedom, physical_violence]
  persecutors: [gang_or_organised_crime]
  characteristics: []
  reasons_for_harm: [criminal_gain]
  state_would_protect: no
  fled_country: yes
  threatened_interests: [life, safety]
  country_situations: [generalized_violence]
  threat_caused_by_situation: yes
  violence_serious_and_continuing: yes
  risk_to_life_on_return: yes
  risk_of_torture_on_return: no
  risk_of_cidt_on_return: no
  date_of_entry: 2025-11-03
  asylum_application_filed: no
  transit_countries: [mx, co, gt]
"""
NOTICE = {lang: messages.t("route.notice", lang) for lang in ("en", "es", "pt")}


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("route") / "case.yaml"
    p.write_text(CASE, encoding="utf-8")
    return p


def route(*args: str, ok: bool = True):
    r = runner.invoke(app, ["route", *args])
    if ok:
        assert r.exit_code == 0, (r.stdout, r.stderr)
    return r


def html(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def as_json(case) -> dict:
    return json.loads(route(str(case), "--countries", ROUTE, "--as-of", AS_OF, "--format", "json").stdout)


def test_text_has_one_block_per_country_and_what_differs(case):
    out = route(str(case), "--countries", ROUTE, "--as-of", AS_OF).stdout
    flat = one_line(out)
    for code, name in [("CO", "COLOMBIA"), ("PA", "PANAMA"), ("CR", "COSTA RICA"), ("NI", "NICARAGUA"),
                       ("HN", "HONDURAS"), ("GT", "GUATEMALA"), ("MX", "MEXICO"), ("US", "UNITED STATES")]:
        assert f"{code}  {name}" in out
    assert out.index("CO  COLOMBIA") < out.index("PA  PANAMA") < out.index("US  UNITED STATES")  # the order given
    assert "Refugee status: [✓] likely eligible — Refugee under the expanded definition (Mexico" in flat
    assert "WHAT DIFFERS BETWEEN THESE COUNTRIES FOR THIS CASE" in out
    assert "Met in Colombia, Nicaragua, Honduras, Guatemala and Mexico." in flat
    assert ("No such clause in the law of Panama and Costa Rica, so refugee status there rests on Refugee under the "
            "1951 Convention and 1967 Protocol, which needs:") in flat
    assert one_line(NOTICE["en"]) in flat and one_line(messages.t("disclaimer", "en")) in flat
    assert "SOURCES CITED" in out and "Cartagena Declaration on Refugees, Conclusion III(3) (1984)" in flat


def test_markdown_is_a_table_with_a_row_per_country(case):
    out = route(str(case), "--countries", ROUTE, "--as-of", AS_OF, "--format", "md").stdout
    rows = [line for line in out.splitlines() if line.startswith("| **")]
    assert [re.search(r"\((\w\w)\)", r).group(1) for r in rows] == ROUTE.split(",")  # type: ignore[union-attr]
    header = next(line for line in out.splitlines() if line.startswith("| Country"))
    assert header.count("|") == len(rows[0].split(" | ")) + 1 == 8  # seven columns
    assert "ROUTE-\\<b\\>7\\</b\\>" in out  # escaped, never markup
    assert one_line(NOTICE["en"]) in one_line(out)


def test_html_is_one_landscape_page_and_escapes_everything(case):
    out = route(str(case), "--countries", ROUTE, "--as-of", AS_OF, "--format", "html").stdout
    assert "@page { size: landscape;" in out
    assert out.count('<tr id="country-') == 8
    assert "ROUTE-&lt;b&gt;7&lt;/b&gt;" in out and "<b>7</b>" not in out
    assert html(NOTICE["en"]) in out and html(messages.t("disclaimer", "en")) in out
    assert "<script" not in out


def test_json_is_the_assessments_plus_the_comparison(case, as_json):
    d = as_json
    assert d["countries"] == ROUTE.split(",")
    assert [a["country"] for a in d["assessments"]] == ROUTE.split(",")
    # each assessment is the `assess --format json` contract itself
    single = json.loads(runner.invoke(app, ["assess", str(case), "--country", "MX", "--as-of", AS_OF,
                                            "--format", "json"]).stdout)
    assert d["assessments"][6] == single
    regional = next(x for x in d["comparison"] if x["id"] == "cartagena")
    groups = {g["status"]: g for g in regional["groups"] if g["status"] != "absent"}
    assert groups["met"]["countries"] == ["CO", "NI", "HN", "GT", "MX"]
    absent = [g["countries"] for g in regional["groups"] if g["status"] == "absent"]
    assert sorted(c for cs in absent for c in cs) == ["CR", "PA", "US"]
    for g in regional["groups"]:
        if g["status"] == "absent":  # the 1951 grounds the claim rests on there, and what they need
            assert g["rests_on"] and all(n["status"] == "not_met" for n in g["needs"]), g
            assert any(n["id"] == "convention_ground" for n in g["needs"])
    assert any(c["label"].startswith("Cartagena Declaration") for c in regional["citations"])
    assert all(g["citations"] for g in groups.values())
    assert d["notice"] == NOTICE["en"]
    assert d["not_screened"] == []


def test_json_matches_its_committed_schema(as_json):
    """A script reading `route --format json` can rely on schemas/route.schema.json (as on the
    assessment's): checked by an independent validator, not by the models that wrote it."""
    import jsonschema

    schema = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "route.schema.json").read_text())
    errors = sorted(e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(as_json))
    assert not errors, errors[:5]
    assert as_json["rows"] and as_json["comparison"] and as_json["assessments"]


def test_json_rows_give_each_deadline_as_a_date_or_no_period(as_json):
    """One date of entry, into a country the case does not name: each date holds only on that condition."""
    rows = {r["country"]: r for r in as_json["rows"]}
    assert rows["MX"]["deadlines"] == [{"period": 30.0, "unit": "working_days", "start_fact": "date_of_entry",
                                        "due": "2025-12-16", "applies": "if_entry_here"}]
    assert rows["CO"]["deadlines"][0]["due"] == "2026-01-03"
    assert rows["CR"]["deadlines"][0]["due"] == "2025-12-03"
    assert rows["US"]["deadlines"][0]["due"] == "2026-11-03"
    for code in ("PA", "NI", "HN", "GT"):
        assert rows[code]["deadlines"] == [{"applies": "no_period"}]
    assert rows["MX"]["refugee_status"] == {"status": "eligible", "met": ["mx_cartagena"]}
    assert rows["PA"]["refugee_status"]["status"] == "not_eligible"


def test_text_deadlines_are_dates_or_no_period(case):
    flat = one_line(route(str(case), "--countries", ROUTE, "--as-of", AS_OF).stdout)
    assert ("Filing deadline: 30 working days from entry into that country: Dec 16, 2025 if that entry was on "
            "Nov 3, 2025") in flat
    assert "Filing deadline: 1 year from entry into that country: Nov 3, 2026" in flat
    assert flat.count("Filing deadline: no filing period encoded") == 4


def test_a_session_names_where_protection_is_asked(case, tmp_path):
    """In a session, the date of entry is into the session's country: a date there, and elsewhere the
    deadline runs from entry into that country. Without --countries, the route recorded in the case, in
    the order it lists it, then that country."""
    session = tmp_path / "session.yaml"
    session.write_text(CASE + "session:\n  country: US\n  lang: en\n", encoding="utf-8")
    d = json.loads(route(str(session), "--as-of", AS_OF, "--format", "json").stdout)
    assert d["countries"] == ["MX", "CO", "GT", "US"]
    assert d["entry"] == {"date_of_entry": "2025-11-03", "country": "US"}
    rows = {r["country"]: r for r in d["rows"]}
    assert rows["US"]["deadlines"][0]["applies"] == "this_country" and rows["US"]["deadlines"][0]["due"] == "2026-11-03"
    assert rows["MX"]["deadlines"][0] == {"period": 30.0, "unit": "working_days", "start_fact": "date_of_entry",
                                          "due": None, "applies": "from_entry_into_that_country"}
    flat = one_line(route(str(session), "--as-of", AS_OF).stdout)
    assert "30 working days: the deadline runs from entry into that country" in flat
    assert "Nov 3, 2026 (1 year; open)" in flat


def test_without_countries_the_route_facts_are_used_in_their_order(case):
    d = json.loads(route(str(case), "--as-of", AS_OF, "--format", "json").stdout)
    assert d["countries"] == ["MX", "CO", "GT"]


def test_no_route_recorded_and_no_countries_is_a_usage_error(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("facts:\n  country_of_nationality: VE\n", encoding="utf-8")
    r = route(str(p), ok=False)
    assert r.exit_code == 2 and "no countries of transit" in r.stderr


def test_spanish(case):
    out = route(str(case), "--countries", ROUTE, "--as-of", AS_OF, "--lang", "es").stdout
    flat = one_line(out)
    assert one_line(NOTICE["es"]) in flat
    assert "QUÉ CAMBIA ENTRE ESTOS PAÍSES PARA ESTE CASO" in out
    assert "Se cumple en Colombia, Nicaragua, Honduras, Guatemala y México." in flat
    assert ("No hay tal cláusula en la ley de Panamá y Costa Rica, así que allí la condición de refugiado "
            "depende") in flat
    assert "Plazo para solicitar: 30 días hábiles desde el ingreso a ese país: 16 dic 2025" in flat
    assert "Condición de refugiado: [✓] probablemente elegible" in flat


def test_portuguese_html(case):
    out = route(str(case), "--countries", ROUTE, "--as-of", AS_OF, "--lang", "pt", "--format", "html").stdout
    assert '<html lang="pt">' in out and html(NOTICE["pt"]) in out


def test_unknown_country_is_one_clear_message(case):
    r = route(str(case), "--countries", "CO,XX", "--as-of", AS_OF, ok=False)
    assert r.exit_code == 1
    assert r.stderr.startswith("error: unknown country code 'XX'") and "Traceback" not in r.stderr
    r = route(str(case), "--countries", "CO,XX", "--lang", "es", ok=False)
    assert r.exit_code == 1 and "código de país desconocido 'XX'" in r.stderr


def test_a_country_with_no_rules_and_the_own_country_are_rows_not_crashes(case):
    out = route(str(case), "--countries", "CU,VE,CO", "--as-of", AS_OF).stdout
    flat = one_line(out)
    assert "CU  CUBA" in out and "no rules encoded for this country" in flat
    assert "VE  VENEZUELA" in out and "country of nationality: not screened" in flat
    d = json.loads(route(str(case), "--countries", "CU,VE,CO", "--as-of", AS_OF, "--format", "json").stdout)
    assert [a["country"] for a in d["assessments"]] == ["CO"]
    assert [(x["country"], x["reason"]) for x in d["not_screened"]] == [("CU", "no_rules"), ("VE", "own_country")]
    assert d["comparison"] == []  # one country screened: nothing to compare


def test_bad_case_file_is_one_clear_message(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("facts:\n  country_of_nationality: VE\n  bogus: 1\n", encoding="utf-8")
    r = route(str(p), "--countries", "CO", ok=False)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"error: {p}:3: unknown fact 'bogus'; `screening facts` lists the facts"
    r = route(str(tmp_path / "missing.yaml"), "--countries", "CO", ok=False)
    assert r.exit_code == 1 and "file not found" in r.stderr


def test_the_never_rank_sentence_is_in_every_format_and_language(case):
    for lang in ("en", "es", "pt"):
        for fmt in ("text", "md", "html", "json"):
            out = route(str(case), "--countries", "PA,MX", "--as-of", AS_OF, "--lang", lang, "--format", fmt).stdout
            text = json.loads(out)["notice"] if fmt == "json" else one_line(out)
            assert one_line(html(NOTICE[lang]) if fmt == "html" else NOTICE[lang]) in text, (lang, fmt)


def test_output_file_follows_its_extension(case, tmp_path):
    target = tmp_path / "route.html"
    route(str(case), "--countries", "PA,MX", "--as-of", AS_OF, "-o", str(target))
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert target.stat().st_mode & 0o077 == 0


def test_the_same_law_everywhere_says_so(case):
    out = route(str(case), "--countries", "CO,MX", "--as-of", AS_OF).stdout
    assert "Met in Colombia and Mexico" not in out  # the regional definition is met in both: no difference
    out = route(str(case), "--countries", "PA,CR", "--as-of", AS_OF).stdout
    assert "1 calendar month in Costa Rica" in one_line(out)
