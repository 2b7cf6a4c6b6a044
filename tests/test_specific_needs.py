"""Specific needs and referral (issue 12 §1, §2, §4): referral flags from rules/specific_needs.yaml
raise referrals and interview safeguards, the report shows them (and the route) before the results,
and they never change an eligibility result."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.assess.screener import Screener, load_case
from screening.cli import app
from screening.models.case import Case

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 3, 2)
NEEDS = {  # every specific-needs and route answer that raises a referral
    "date_of_birth": dt.date(2011, 1, 10), "unaccompanied_or_separated": True, "pregnant_or_breastfeeding": True,
    "serious_medical_condition": True, "disability": True, "older_person_at_risk": True,
    "single_parent_or_caregiver": True, "survivor_of_torture": True, "survivor_of_sexual_violence": True,
    "lgbtiq_at_risk": True, "woman_or_girl": True, "crossed_darien": True, "transit_countries": ["co", "pa"],
    "route_harms": ["sexual_violence", "kidnapping", "family_member_disappeared"],
    "trafficking_indicators": ["recruited_or_moved_by_others", "forced_work"],
}


@pytest.fixture(scope="module")
def screener():
    with Screener() as s:
        yield s


def _with(case: Case, extra: dict) -> Case:
    return Case(reference=case.reference, narrative=case.narrative, language=case.language,
                known={**case.known, **extra}, unknown=[f for f in case.unknown if f not in extra],
                declined=[f for f in case.declined if f not in extra])


@pytest.mark.parametrize("example,country", [("honduran-woman-mexico", "MX"), ("venezuelan-in-brazil", "BR"),
                                             ("economic-migrant", "MX"), ("incomplete-salvadoran", "MX")])
def test_a_referral_never_changes_eligibility(screener, example, country):
    case = load_case(EXAMPLES / f"{example}.yaml", screener.lib)
    before = screener.assess(case, country, AS_OF)
    after = screener.assess(_with(case, NEEDS), country, AS_OF)
    assert after.referrals and not before.referrals
    assert after.overall == before.overall
    # a need may open a humanitarian pathway the law gives (Mexico: a migrant child, a crime victim):
    # a national status beside eligibility, never part of it (tests/test_humanitarian.py)
    assert {k: (o.status, o.missing) for k, o in after.outcomes.items() if k != "humanitarian_pathway"} == {
        k: (o.status, o.missing) for k, o in before.outcomes.items() if k != "humanitarian_pathway"}
    assert [(d.id, d.status) for d in after.definitions + after.exclusions if d.kind != "humanitarian"] == [
        (d.id, d.status) for d in before.definitions + before.exclusions if d.kind != "humanitarian"]
    assert [f.id for f in after.flags] == [f.id for f in before.flags]  # referrals are reported apart


def test_every_referral_is_raised_with_its_referral_safeguards_and_citations(screener):
    a = screener.assess(Case(known=NEEDS), "MX", AS_OF, "es")
    got = {r.id: r for r in a.referrals}
    assert set(got) == {"child_applicant", "unaccompanied_or_separated_child", "pregnant_or_lactating",
                        "serious_medical_condition", "disability", "older_person_at_risk",
                        "single_parent_or_caregiver", "torture_survivor", "sgbv_survivor", "woman_at_risk",
                        "lgbtiq_at_risk", "trafficking_indicators", "family_tracing", "harms_on_route"}
    for r in got.values():
        assert r.referral and r.citations and r.reason
    assert got["unaccompanied_or_separated_child"].category == "UM/SC"
    assert any("tutor" in s for s in got["unaccompanied_or_separated_child"].safeguards)
    # the code list is unconfirmed, and says so
    codes = [c for c in got["sgbv_survivor"].citations if "Specific Needs Codes" in c.instrument
             and c.provision == "list of specific-needs codes"]
    assert codes and codes[0].confidence == "low" and "SIN CONFIRMAR" in (codes[0].note or "")
    assert [x.fact for x in a.route] == ["crossed_darien", "transit_countries", "route_harms"]


def test_json_has_referrals_and_route(monkeypatch, tmp_path):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    src = tmp_path / "case.yaml"
    src.write_text("facts:\n  date_of_birth: 2011-05-01\n  unaccompanied_or_separated: yes\n"
                   "  crossed_darien: yes\n  route_harms: [sexual_violence]\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["assess", str(src), "-c", "MX", "--format", "json", "--as-of", "2026-11-20"])
    assert r.exit_code == 0, r.stderr
    a = json.loads(r.stdout)
    ids = [x["id"] for x in a["referrals"]]
    assert ids == ["child_applicant", "unaccompanied_or_separated_child", "sgbv_survivor", "harms_on_route"]
    assert set(a["referrals"][0]) >= {"id", "reason", "referral", "safeguards", "citations"}
    assert {x["fact"]: x["value"] for x in a["route"]} == {"crossed_darien": True, "route_harms": ["sexual_violence"]}


@pytest.mark.parametrize("fmt,heading,summary", [("md", "## Specific needs and referrals", "## Summary"),
                                                 ("html", 'id="referrals"', 'id="summary"'),
                                                 ("text", "SPECIFIC NEEDS AND REFERRALS", "SUMMARY")])
def test_the_report_shows_referrals_and_route_before_the_results(monkeypatch, tmp_path, fmt, heading, summary):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    src = tmp_path / "case.yaml"
    src.write_text("facts:\n  crossed_darien: yes\n  route_harms: [sexual_violence, robbery]\n"
                   "  survivor_of_torture: declined\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["assess", str(src), "-c", "PA", "--format", fmt, "--as-of", "2026-11-20"])
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    assert heading in out and out.index(heading) < out.index(summary)
    assert "within 72 hours" in out
    route = {"md": "## Route", "html": 'id="route"', "text": "ROUTE"}[fmt]
    assert route in out and out.index(route) < out.index(summary)


def test_no_referral_no_section(monkeypatch, tmp_path):
    monkeypatch.delenv("SCREENING_DATA", raising=False)
    r = CliRunner().invoke(app, ["assess", str(EXAMPLES / "economic-migrant.yaml"), "-c", "MX", "--format", "md"])
    assert r.exit_code == 0
    assert "Specific needs and referrals" not in r.stdout and "## Route" not in r.stdout


def test_the_interview_asks_specific_needs_after_the_account_and_with_care(screener):
    from screening.assess.relevance import snapshot

    snap = snapshot(screener, Case(), "MX", AS_OF, set())
    asked = snap.open_facts
    # a follow-up (the age when trafficking began) waits for its answer (asked_if)
    needs = [f.id for f in screener.lib.catalogue.facts if f.topic == "needs" and f.asked_if is None]
    assert set(needs) <= set(asked)  # asked although no definition reads them: they can change a referral
    first_need = min(asked.index(f) for f in needs)
    assert asked.index("fears_return") < first_need and asked.index("crossed_darien") < first_need
    facts = screener.lib.facts
    for fid in ("survivor_of_sexual_violence", "survivor_of_torture", "lgbtiq_at_risk", "route_harms"):
        assert facts[fid].sensitive
        assert facts[fid].type != "text"
    # a question that never asks for detail of sexual violence, and says the person may decline
    q = facts["survivor_of_sexual_violence"].question
    assert "yes or no" in q.en and "sí o no" in q.es and "sim ou não" in q.pt


def test_an_adult_is_never_asked_whether_unaccompanied(screener):
    from screening.assess.relevance import snapshot

    snap = snapshot(screener, Case(known={"date_of_birth": dt.date(1980, 1, 1)}), "MX", AS_OF, {"date_of_birth"})
    assert "unaccompanied_or_separated" not in snap.open_facts


def test_a_child_is_not_asked_whether_an_older_person_and_someone_of_unknown_age_still_is(screener):
    """facts.yaml: `not_asked_when: child_applicant`. The referral still rests on the answer alone, so an
    older person who does not know their date of birth is still asked, and referred."""
    from screening.assess.relevance import snapshot

    def asked(case: Case, answered: set[str]) -> list[str]:
        return snapshot(screener, case, "MX", AS_OF, answered).open_facts

    assert "older_person_at_risk" not in asked(Case(known={"date_of_birth": dt.date(2014, 5, 1)}), {"date_of_birth"})
    assert "older_person_at_risk" in asked(Case(known={"date_of_birth": dt.date(1950, 1, 1)}), {"date_of_birth"})
    assert "older_person_at_risk" in asked(Case(unknown=["date_of_birth"]), {"date_of_birth"})
    a = screener.assess(Case(known={"older_person_at_risk": True}, unknown=["date_of_birth"]), "MX", AS_OF)
    assert "older_person_at_risk" in {r.id for r in a.referrals}


def test_a_childs_interview_says_a_guardian_should_be_present_and_introduces_needs_with_care(screener, tmp_path):
    from screening.interview.flow import Interview
    from screening.interview.session import new_session
    from screening.interview.ui import TerminalInterview

    s = new_session(tmp_path / "s.yaml", "MX", "en", None, screener.lib, AS_OF)
    iv = Interview(screener, s, AS_OF)
    iv.answer("date_of_birth", dt.date(2011, 5, 1))
    lines: list[str] = []
    ui = TerminalInterview(iv, lambda *a: "", lines.append, "resume", "assess", width=100)
    ui._announce("fears_return")
    assert any("guardian" in x for x in lines)
    lines.clear()
    ui._announce("survivor_of_torture")
    assert any("prefer not to say" in x and "details" in x for x in lines)


def test_none_of_these_beside_another_choice_is_one_clear_error(monkeypatch, tmp_path):
    """Seen in a tmux interview: `1,10` stored route_harms as [robbery, none]."""
    from screening.interview.answers import NotUnderstood, parse

    monkeypatch.delenv("SCREENING_DATA", raising=False)
    src = tmp_path / "case.yaml"
    src.write_text("facts:\n  route_harms: [robbery, none]\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["assess", str(src), "-c", "PA"])
    assert r.exit_code == 1 and "case.yaml:2:" in r.stderr and "goes alone" in r.stderr
    with Screener() as s:
        fact = s.lib.facts["route_harms"]
        with pytest.raises(NotUnderstood, match="goes alone"):
            parse(fact, "1,10", "en")
        assert parse(fact, "1,4", "en") == ["robbery", "sexual_violence"]


def test_a_child_is_asked_whether_alone_before_the_claim_and_the_guardian_safeguard_follows_at_once(screener, tmp_path):
    """Seen in a tmux interview: the question came about 31st, after every claim question, and its
    safeguard was only said on --resume."""
    from screening.interview.flow import Interview
    from screening.interview.session import new_session
    from screening.interview.ui import TerminalInterview

    s = new_session(tmp_path / "s.yaml", "MX", "en", None, screener.lib, AS_OF)
    iv = Interview(screener, s, AS_OF)
    iv.answer("date_of_birth", dt.date(2011, 5, 1))
    left = iv.remaining()
    assert left.index("unaccompanied_or_separated") < left.index("fears_return")
    lines: list[str] = []
    ui = TerminalInterview(iv, lambda *a: "", lines.append, "resume", "assess", width=100)
    ui._announce("unaccompanied_or_separated")
    iv.answer("unaccompanied_or_separated", True)
    lines.clear()
    ui._announce("fears_return")
    assert any("without a guardian or legal representative present" in x for x in lines)
    lines.clear()
    ui._announce("harmed_before")
    assert not any("guardian or legal representative" in x for x in lines)  # said once


def test_the_interview_asks_how_old_the_person_was_once_an_act_of_trafficking_is_ticked(screener, tmp_path):
    # Palermo Art. 3(d): a child is judged by the age when it happened, so the age then is a follow-up of the act
    from screening.interview.flow import Interview
    from screening.interview.session import new_session

    s = new_session(tmp_path / "s.yaml", "BR", "en", None, screener.lib, AS_OF)
    iv = Interview(screener, s, AS_OF)
    iv.answer("date_of_birth", dt.date(1990, 1, 1))
    left = iv.remaining()
    assert "trafficking_indicators" in left and "trafficking_age_at_start" not in left  # never before the act
    iv.answer("trafficking_indicators", ["none"])
    assert "trafficking_age_at_start" not in iv.remaining()  # nothing happened: nothing to date
    iv.answer("trafficking_indicators", ["recruited_or_moved_by_others", "documents_taken", "forced_sex"])
    assert "trafficking_age_at_start" in iv.remaining()  # a means shown: still asked (asked_if), for the record
    iv.answer("trafficking_indicators", ["recruited_or_moved_by_others", "forced_sex"])
    assert "trafficking_age_at_start" in iv.remaining()
    assert "possible_trafficking" in _raised(screener, s.case())
    iv.answer("trafficking_age_at_start", 15)
    assert "trafficking_age_at_start" not in iv.remaining()
    raised = _raised(screener, s.case())
    assert "trafficking_indicators" in raised and "possible_trafficking" not in raised


def _raised(screener, case) -> set[str]:
    return {r.id for r in screener.assess(case, "BR", AS_OF).referrals}
