"""Issue 27 §1: country-of-origin guidance where the adviser needs it. `screening origins XX`, the
interview beside the situation and profile questions, and the report's origin section: dated, with the
profiles at risk and the situations found, marked when older than the file's threshold, never offered
before it was published, and never an answer for the person."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from screening.assess.screener import Screener
from screening.cli import app
from screening.interview.flow import Interview
from screening.interview.session import new_session
from screening.interview.ui import TerminalInterview, questionary_ask

runner = CliRunner()
AS_OF = "2026-11-23"


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch):
    monkeypatch.delenv("SCREENING_DATA", raising=False)


def _origins(*args):
    return runner.invoke(app, ["origins", *args])


def test_origins_gives_dates_profiles_and_the_files_threshold():
    r = _origins("HT", "--as-of", AS_OF, "--lang", "es", "--format", "json")
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    by_date = {g["date"]: g for g in out["guidance"]}
    # 32 months old: current under the file's 36-month threshold; the 2022 statement is not
    assert (by_date["2024-03-20"]["stale"], by_date["2024-03-20"]["age_months"]) == (False, 32)
    assert by_date["2022-11-03"]["stale"] is True and by_date["2022-11-03"]["stale_after_months"] == 36
    assert "periodistas" in by_date["2024-03-20"]["profiles"]
    assert by_date["2024-03-20"]["situations"] == ["public_order_disturbance", "generalized_violence"]
    assert by_date["2024-03-20"]["source"]["url"].startswith("https://www.refworld.org/")


def test_origins_says_what_to_check_and_never_answers():
    r = _origins("HN", "--as-of", AS_OF, "--lang", "pt")
    assert r.exit_code == 0, r.stderr
    assert "HCR/EG/HND/16/03" in r.stdout and "possivelmente desatualizada" in r.stdout
    assert "Verifique se a pessoa se enquadra" in r.stdout and "nunca responde por ela" in r.stdout


def test_origins_leaves_out_what_was_published_after_the_date():
    out = json.loads(_origins("HT", "--as-of", "2023-06-01", "--format", "json").stdout)
    assert [g["date"] for g in out["guidance"]] == ["2022-11-03"]


def test_origins_lists_the_regions_nationalities():
    out = json.loads(_origins("--format", "json", "--as-of", AS_OF).stdout)
    assert {r["country"] for r in out} >= {"VE", "CO", "HN", "SV", "GT", "NI", "HT", "CU"}
    assert all(r["documents"] >= 1 for r in out)


def test_a_country_without_guidance_is_told_where_to_look_and_nothing_is_invented():
    r = _origins("EC", "--lang", "es")
    assert r.exit_code == 0 and "EC" in r.stdout and "ACNUR" in r.stdout
    assert json.loads(_origins("EC", "--format", "json").stdout)["guidance"] == []


def test_origins_refuses_what_is_not_a_country_code():
    r = _origins("Honduras", "--lang", "es")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "no es un código de país" in r.stderr and len(r.stderr.strip().splitlines()) == 1


# --- the interview ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped(shipped_lib):
    return Screener(shipped_lib)


def _interview(shipped, tmp_path, nationality, lang="es"):
    day = dt.date.fromisoformat(AS_OF)
    s = new_session(tmp_path / "s" / "mx.yaml", "MX", lang, "MX-1", shipped.lib, day)
    iv = Interview(shipped, s, day)
    iv.answer("country_of_nationality", nationality)
    return iv


def test_the_situation_and_profile_questions_show_the_guidance_to_check(shipped, tmp_path):
    iv = _interview(shipped, tmp_path, "HT")
    situations = "\n".join(iv.origin_notes("country_situations", "es"))
    assert "2024-03-20" in situations and "otras circunstancias que perturban gravemente el orden público" in situations
    assert "La respuesta es de la persona" in situations
    profiles = "\n".join(iv.origin_notes("profile_at_risk_now", "en"))
    assert "journalists" in profiles and "the guidance never answers for them" in profiles
    assert iv.origin_notes("similar_people_harmed", "pt")  # the other profile question
    assert iv.origin_notes("fears_return", "es") == []  # not a situation or profile question
    # it never answers: the situation question is still to be asked
    assert "country_situations" not in iv.session.answers


def test_no_guidance_is_shown_before_the_nationality_is_known(shipped, tmp_path):
    day = dt.date.fromisoformat(AS_OF)
    s = new_session(tmp_path / "s" / "x.yaml", "MX", "en", "X", shipped.lib, day)
    assert Interview(shipped, s, day).origin_notes("country_situations", "en") == []


def test_the_terminal_shows_the_guidance_beside_the_question(shipped, tmp_path):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    iv = _interview(shipped, tmp_path, "HN")
    lines: list[str] = []
    with create_pipe_input() as inp:
        inp.send_text("q\r")
        inp.close()
        ui = TerminalInterview(iv, questionary_ask(input=inp, output=DummyOutput()), lines.append, "R", "A",
                               width=400)
        assert ui._question("country_situations") == "stop"
    text = "\n".join(lines)
    assert "HCR/EG/HND/16/03" in text and "posiblemente desactualizada" in text
    assert text.index("HCR/EG/HND/16/03") > text.index("¿Cuáles de estas situaciones")


# --- the report --------------------------------------------------------------------------------------

def test_the_report_gives_the_profiles_and_what_to_check(tmp_path):
    p = tmp_path / "ht.yaml"
    p.write_text("facts:\n  country_of_nationality: HT\n  outside_country_of_nationality: yes\n", encoding="utf-8")
    for fmt, lang, words in (("md", "en", ["Profiles it names at risk", "journalists", "never answers"]),
                             ("html", "es", ["Perfiles que señala en riesgo", "periodistas"]),
                             ("text", "pt", ["Perfis que aponta em risco", "jornalistas", "mais de 36 meses"])):
        r = runner.invoke(app, ["assess", str(p), "--country", "BR", "--format", fmt, "--lang", lang,
                                "--as-of", AS_OF])
        assert r.exit_code == 0, r.stderr
        for w in words:
            assert w in r.stdout, (fmt, w)
    js = json.loads(runner.invoke(app, ["assess", str(p), "--country", "BR", "--format", "json",
                                        "--as-of", AS_OF]).stdout)
    assert any("journalists" in g["profiles"] for g in js["origin_guidance"])
    assert {g["stale_after_months"] for g in js["origin_guidance"]} == {36}
