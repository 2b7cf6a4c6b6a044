"""Disaster displacement and national humanitarian pathways (issue 12 §3, §4): pathways are their own
kind beside refugee status and protection from return, never in the overall result; the reports have a
"Humanitarian pathways" section (saying so where none is encoded); the interview asks the disaster's
kind and date, and the countries of transit, as follow-ups though no rule reads them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.assess.screener import Screener
from screening.cli import app
from screening.models.case import Case

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
AS_OF = dt.date(2026, 11, 20)
HAITIAN = ("facts:\n  country_of_nationality: HT\n  outside_country_of_nationality: yes\n"
           "  displaced_by_disaster: yes\n  disaster_kind: earthquake\n  disaster_date: 2021-08-14\n"
           "  disaster_consequences: []\n")


@pytest.fixture(scope="module")
def screener():
    with Screener() as s:
        yield s


def _assess(tmp_path: Path, monkeypatch, country: str, fmt: str, text: str = HAITIAN):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    src = tmp_path / "case.yaml"
    src.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(app, ["assess", str(src), "-c", country, "--format", fmt, "--as-of", AS_OF.isoformat()])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def test_json_reports_pathways_as_their_own_kind_outside_the_overall_result(tmp_path, monkeypatch):
    a = json.loads(_assess(tmp_path, monkeypatch, "EC", "json"))
    ways = [d for d in a["definitions"] if d["kind"] == "humanitarian"]
    assert [(d["id"], d["status"]) for d in ways] == [("ec_humanitarian_visa", "met")]
    assert a["outcomes"]["humanitarian_pathway"]["status"] == "eligible"
    assert a["overall"] != "eligible"  # a humanitarian visa is not international protection
    assert {x["fact"]: x["value"] for x in a["disaster"]} == {
        "displaced_by_disaster": True, "disaster_kind": "earthquake", "disaster_date": "2021-08-14"}


@pytest.mark.parametrize("fmt,heading,kind", [("text", "HUMANITARIAN PATHWAYS", "Kind of disaster: an earthquake"),
                                              ("md", "## Humanitarian pathways", "**Kind of disaster:** an earthquake"),
                                              ("html", "Humanitarian pathways (national statuses)</h2>",
                                               "<dt>Kind of disaster</dt><dd>an earthquake</dd>")])
def test_the_report_has_a_pathways_section_with_the_disaster(tmp_path, monkeypatch, fmt, heading, kind):
    out = _assess(tmp_path, monkeypatch, "BR", fmt)
    assert heading in out and kind in out
    assert "Lei 13.445" in out
    assert "A disaster never counts against the person" in " ".join(out.split())


def test_a_country_with_no_pathway_says_none_is_encoded(tmp_path, monkeypatch):
    out = _assess(tmp_path, monkeypatch, "CO", "text")
    out = " ".join(out.split())
    assert "No national humanitarian pathway" in out and "encoded for Colombia" in out
    assert "Humanitarian pathway (national status): not screened" in out
    es = _assess(tmp_path, monkeypatch, "CO", "md", "language: es\n" + HAITIAN)
    assert "no hay ninguna codificada para Colombia" in es


def test_the_interview_asks_the_disaster_kind_and_date_and_transit_countries_as_follow_ups(screener, tmp_path):
    from screening.interview.flow import Interview
    from screening.interview.session import new_session

    s = new_session(tmp_path / "s.yaml", "CO", "en", None, screener.lib, AS_OF)  # CO: no pathway reads them
    iv = Interview(screener, s, AS_OF)
    assert "transit_countries" not in iv.remaining()  # nothing points to it yet
    iv.answer("outside_country_of_nationality", True)
    left = iv.remaining()
    assert "displaced_by_disaster" in left and "transit_countries" in left
    assert "disaster_kind" not in left
    iv.answer("displaced_by_disaster", True)
    left = iv.remaining()
    assert left.index("disaster_kind") < left.index("disaster_date")
    iv.answer("disaster_kind", "storm")
    assert "disaster_kind" not in iv.remaining()
    iv.answer("displaced_by_disaster", False)
    assert "disaster_date" not in iv.remaining()


def test_a_specific_need_can_open_a_pathway_but_never_changes_eligibility(screener):
    child = {"date_of_birth": dt.date(2011, 5, 1), "unaccompanied_or_separated": True}
    before = screener.assess(Case(known={"country_of_nationality": "GT"}), "MX", AS_OF)
    after = screener.assess(Case(known={"country_of_nationality": "GT", **child}), "MX", AS_OF)
    assert after.overall == before.overall
    assert {k: o.status for k, o in after.outcomes.items() if k != "humanitarian_pathway"} == {
        k: o.status for k, o in before.outcomes.items() if k != "humanitarian_pathway"}
    assert after.outcomes["humanitarian_pathway"].status == "eligible"  # Ley de Migración art. 112: a child


def test_a_pathway_with_an_unknown_element_is_one_clear_error(tmp_path, monkeypatch):
    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", root)
    xa = root / "countries" / "xa.yaml"
    xa.write_text(xa.read_text(encoding="utf-8") + (
        "pathways:\n  - id: xa_visa\n    title: {en: Visa, es: Visa, pt: Visto}\n"
        "    cite: [{instrument: Test Law, provision: art. 20, year: 2000}]\n    elements: [outside_countri]\n"),
        encoding="utf-8")
    monkeypatch.setenv("SCREENING_DATA", str(root))
    r = CliRunner().invoke(app, ["rules", "validate"])
    assert r.exit_code == 1
    line = next(i for i, x in enumerate(xa.read_text().splitlines(), 1) if "elements: [outside_countri]" in x)
    assert f"xa.yaml:{line}:" in r.stderr and "unknown element 'outside_countri'" in r.stderr
    assert "outside_country" in r.stderr  # the suggestion
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("lang,fmt,words", [
    ("en", "text", "may apply (discretionary)"), ("es", "md", "puede aplicarse (discrecional)"),
    ("pt", "html", "pode aplicar-se (discricionária)")])
def test_a_discretionary_pathway_reads_may_apply_never_met(tmp_path, monkeypatch, lang, fmt, words):
    # Ley de Migración art. 52-V: the "causa humanitaria" is granted at the authority's discretion (issue 22, row 10)
    out = " ".join(_assess(tmp_path, monkeypatch, "MX", fmt, f"language: {lang}\n" + HAITIAN).split()).replace("\\", "")
    assert words in out
    assert "held open" not in out.lower() and "en suspenso" not in out and "em aberto: nunca" not in out
    a = json.loads(_assess(tmp_path, monkeypatch, "MX", "json"))
    way = next(d for d in a["definitions"] if d["id"] == "mx_vrh_disaster")
    assert (way["status"], way["held_open"], way["discretionary"]) == ("undetermined", True, True)
    assert a["outcomes"]["humanitarian_pathway"]["status"] == "needs_more_information"
