"""The interview: which question comes next, when it stops, back, edits that set answers aside,
sessions that survive crashes and rule changes, answers typed in three languages, and the real
prompt driven through prompt_toolkit pipe input."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat

import pytest
from ruamel.yaml import YAML

from screening.assess import Screener
from screening.interview import Interview, answer_from
from screening.interview_answers import NotUnderstood, parse
from screening.interview_ui import TerminalInterview, questionary_ask
from screening.session import load_session, new_session

AS_OF = dt.date(2026, 3, 2)


class yaml:  # noqa: N801 - the two calls these tests need, on the YAML library the package uses
    @staticmethod
    def safe_load(text):
        return YAML(typ="safe", pure=True).load(text)

    @staticmethod
    def safe_dump(data):
        buf = io.StringIO()
        YAML(typ="safe", pure=True).dump(data, buf)
        return buf.getvalue()


@pytest.fixture
def screener(mini_lib):
    return Screener(mini_lib)


@pytest.fixture
def iv(screener, tmp_path):
    s = new_session(tmp_path / "s" / "one.yaml", "XA", "en", "T-1", screener.lib, AS_OF)
    return Interview(screener, s, AS_OF)


# --- which question next ------------------------------------------------------------------------

def test_first_question_is_identity_then_by_topic(iv):
    # identity first (outside, then age is not used by any rule so never asked), exclusion last
    assert iv.snap.open_facts[0] == "outside"
    assert iv.snap.open_facts[-1] == "crime"
    assert "age" not in iv.snap.open_facts  # no rule reads it: never asked


def test_settled_definition_stops_its_questions(iv):
    iv.answer("outside", False)  # refugee definition can no longer be met
    open_ = iv.snap.open_facts
    assert "reasons" not in open_ and "agent" not in open_ and "protected" not in open_
    # the exclusion and the filing-period flag are still open questions
    assert "crime" in open_ and "entry" in open_


def test_a_state_agent_makes_the_protection_question_moot(iv):
    iv.answer("outside", True)
    iv.answer("agent", "state")
    assert "protected" not in iv.snap.open_facts


def test_interview_ends_when_nothing_can_change(iv):
    for fid, value in [("outside", True), ("agent", "gang"), ("reasons", ["gender"]), ("protected", False),
                       ("entry", dt.date(2026, 2, 20)), ("crime", False)]:
        assert iv.next_fact() == fid
        iv.answer(fid, value)
    assert iv.done()
    assert iv.assessment().overall == "eligible"


def test_unknown_answers_are_not_asked_again_and_stay_undetermined(iv):
    iv.answer("outside", "unknown")
    assert iv.next_fact() != "outside"
    iv.answer("reasons", "declined")
    a = iv.assessment()
    d = a.definitions[0]
    assert d.status == "undetermined" and {"outside", "reasons"} <= set(d.missing)


def test_progress_counts_settled_criteria(iv):
    settled, total, left = iv.progress()
    assert (settled, total) == (0, 4)
    iv.answer("outside", True)
    assert iv.progress()[0] == 1 and iv.progress()[2] < left


# --- back and edits -----------------------------------------------------------------------------

def test_back_goes_to_the_previous_answer(iv):
    iv.answer("outside", True)
    iv.answer("reasons", ["race"])
    current = iv.next_fact()
    assert iv.previous(current) == "reasons"
    assert iv.previous("reasons") == "outside"
    assert iv.previous("outside") is None


def test_edit_sets_aside_answers_that_no_longer_matter_and_keeps_the_others(iv):
    iv.answer("outside", True)
    iv.answer("reasons", ["race"])
    iv.answer("agent", "gang")
    iv.answer("protected", False)
    iv.answer("crime", False)
    result = iv.answer("outside", False)  # now the refugee definition cannot be met
    # 'agent' did not matter even before the change (no protection was already settled by
    # 'protected'), so the change did not make it irrelevant: only answers the edit mooted move
    assert set(result.set_aside) == {"reasons", "protected"}
    s = iv.session
    assert s.set_aside == {"reasons": ["race"], "protected": False}
    assert s.answers == {"outside": False, "agent": "gang", "crime": False}
    # changing it back makes them relevant again; they are asked again, with the old answer offered
    iv.answer("outside", True)
    assert iv.next_fact() == "reasons"
    assert "reasons" in s.set_aside


def test_changes_are_reported_for_the_live_view(iv):
    result = iv.answer("outside", True)
    assert any(c.key == "criterion:xa_refugee/outside_country" and c.after == "met" for c in result.changes)


# --- sessions -----------------------------------------------------------------------------------

def test_session_is_saved_after_every_answer_owner_only(iv):
    iv.answer("outside", True)
    path = iv.session.path
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    data = yaml.safe_load(path.read_text())
    assert data["facts"] == {"outside": True}
    iv.answer("entry", dt.date(2026, 1, 5))
    assert yaml.safe_load(path.read_text())["facts"]["entry"] == "2026-01-05"


def test_a_session_is_a_case_file(iv, screener):
    from screening.assess import load_case

    iv.answer("outside", True)
    iv.answer("reasons", ["gender"])
    case = load_case(iv.session.path, screener.lib)
    assert case.known == {"outside": True, "reasons": ["gender"]}


def test_resume_continues_where_it_stopped(iv, screener):
    iv.answer("outside", True)
    iv.answer("reasons", "declined")
    s2, notes = load_session(iv.session.path, screener.lib)
    assert notes == []
    iv2 = Interview(screener, s2)
    assert iv2.as_of == AS_OF
    assert iv2.next_fact() == iv.next_fact() == "agent"
    assert s2.asked == ["outside", "reasons"]


def test_resume_after_rules_changed_reports_stale_answers(iv, screener):
    iv.answer("outside", True)
    data = yaml.safe_load(iv.session.path.read_text())
    data["facts"]["old_question"] = True
    data["facts"]["agent"] = "army"  # a choice the rules no longer offer
    iv.session.path.write_text(yaml.safe_dump(data))
    s2, notes = load_session(iv.session.path, screener.lib)
    assert "old_question" in s2.stale and "agent" in s2.stale
    assert any("old_question" in n for n in notes) and any("agent" in n for n in notes)
    assert s2.answers == {"outside": True}
    s2.save()  # the stale answers are kept in the file, not lost
    assert "old_question" in yaml.safe_load(s2.path.read_text())["session"]["stale"]


def test_answers_file_records_unknown_for_what_it_lacks(iv):
    said = []
    answer_from(iv, {"outside": True, "reasons": ["race"], "agent": "state", "crime": False, "age": 30}, said.append)
    s = iv.session
    assert s.answers["entry"] == "unknown"  # never guessed
    assert any("entry" in m for m in said) and any("age" in m for m in said)
    assert iv.done()


# --- typed answers --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("es", "1", True), ("es", "sí", True), ("es", "Si", True), ("pt", "não", False), ("pt", "2", False),
    ("es", "3", "unknown"), ("es", "no sé", "unknown"), ("pt", "não sei", "unknown"), ("es", "ns", "unknown"),
    ("en", "4", "declined"), ("es", "prefiero no decir", "declined"), ("pt", "pn", "declined"),
])
def test_boolean_answers_in_three_languages(mini_lib, lang, text, value):
    assert parse(mini_lib.facts["outside"], text, lang) == value


def test_set_answers(mini_lib):
    f = mini_lib.facts["reasons"]
    assert parse(f, "1, 3", "en") == ["race", "gender"]
    assert parse(f, "0", "en") == []
    assert parse(f, "5", "en") == "unknown"
    with pytest.raises(NotUnderstood):
        parse(f, "1,5", "en")
    with pytest.raises(NotUnderstood):
        parse(f, "9", "en")


def test_dates_numbers_and_countries(mini_lib):
    assert parse(mini_lib.facts["entry"], "31/01/2026", "es") == dt.date(2026, 1, 31)
    assert parse(mini_lib.facts["entry"], "2026-01-31", "es") == dt.date(2026, 1, 31)
    with pytest.raises(NotUnderstood):
        parse(mini_lib.facts["entry"], "2099-01-01", "es", dt.date(2026, 1, 1))
    with pytest.raises(NotUnderstood, match="130"):
        parse(mini_lib.facts["age"], "200", "en")
    from screening.interview_answers import _country

    assert _country("Venezuela", "es") == "VE" and _country("hn", "es") == "HN" and _country("Brasil", "pt") == "BR"


# --- the real prompt through prompt_toolkit pipe input --------------------------------------------

def test_terminal_interview_through_pipe_input(iv):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    lines: list[str] = []
    with create_pipe_input() as inp:
        ask = questionary_ask(input=inp, output=DummyOutput())
        # help, an answer, a bad answer, back, keep the answer with Enter, review and edit, then finish
        for keys in ["?", "1",  # outside: help, then yes
                     "9", "2",  # agent: a wrong number, then "a gang"
                     "<", "",  # at 'reasons' go back to 'agent'; Enter keeps "a gang"
                     "1,3",  # reasons: race and gender
                     "=", "3", "3", "",  # review, change answer 3 (reasons) to gender only, leave review
                     "2", "10/02/2026", "2"]:  # protected: no; entry date (day/month/year); crime: no
            inp.send_text(keys + "\r")
        inp.close()  # if the flow wanted more answers than given, it stops instead of waiting forever
        ui = TerminalInterview(iv, ask, lines.append, "RESUME", "ASSESS")
        outcome = ui.run()
    text = "\n".join(lines)
    assert outcome == "finished", text
    assert "Legal element: Outside the country" in text  # the help
    assert "Not understood" in text  # the 9
    assert "Current answer: a gang" in text  # back shows the answer kept
    assert "Your answers" in text  # the review
    s = iv.session
    assert s.answers["reasons"] == ["gender"] and s.answers["agent"] == "gang"
    assert s.answers["entry"] == dt.date(2026, 2, 10)
    assert s.finished and "RESULT: likely eligible" in text


def test_ctrl_c_saves_and_says_how_to_resume(iv):
    lines: list[str] = []

    def ask(prompt, default, completer):
        if not iv.session.answers:
            return "1"
        raise KeyboardInterrupt

    outcome = TerminalInterview(iv, ask, lines.append, "screening interview --resume X", "A").run()
    assert outcome == "stopped"
    assert "screening interview --resume X" in "\n".join(lines)
    assert yaml.safe_load(iv.session.path.read_text())["facts"] == {"outside": True}


# --- the command ------------------------------------------------------------------------------------

def _cli(*args, cwd, stdin=None):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "screening.cli", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=stdin if stdin is not None else subprocess.DEVNULL)


def test_no_terminal_and_no_answers_is_a_clear_message(tmp_path):
    r = _cli("interview", "--country", "MX", "--lang", "pt", cwd=tmp_path)
    assert r.returncode == 1
    assert "Não há um terminal" in r.stderr and "--answers" in r.stderr and "Traceback" not in r.stderr


def test_answers_file_runs_without_a_terminal_and_imports_no_questionary(tmp_path):
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "venezuelan-in-brazil.yaml"
    code = ("import sys; sys.argv=['screening','interview','--country','BR','--lang','pt',"
            f"'--answers',{str(example)!r},'--session','s.yaml','--as-of','2026-11-23']\n"
            "from screening.cli import main\n"
            "try:\n    main()\nexcept SystemExit as e:\n    print('EXIT', e.code)\n"
            "print('QUESTIONARY', 'questionary' in sys.modules)")
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                       stdin=subprocess.DEVNULL)
    assert "QUESTIONARY False" in r.stdout, r.stdout + r.stderr
    assert "RESULTADO: provavelmente elegível" in r.stdout
    assert (tmp_path / "s.yaml").exists()
    again = _cli("interview", "--country", "BR", "--answers", str(example), "--session", "s.yaml", cwd=tmp_path)
    assert again.returncode == 1 and "--resume" in again.stderr  # never overwrites a session


def test_open_checks_are_still_asked_and_last_on_the_shipped_rules(tmp_path):
    """Exclusion and cessation nobody raised do not hold the result open, but the interview still
    asks their questions, after everything else, so they can be examined before filing."""
    from screening.library import load_library

    screener = Screener(load_library())
    s = new_session(tmp_path / "s" / "mx.yaml", "MX", "en", "T-2", screener.lib, AS_OF)
    iv = Interview(screener, s, AS_OF)
    for fid, value in [("outside_country_of_nationality", True), ("has_other_nationality", False),
                       ("fears_return", True), ("harmed_before", True), ("harm_feared", ["physical_violence"]),
                       ("characteristics", ["religion"]), ("reasons_for_harm", ["religion"]),
                       ("persecutors", ["state_authorities"])]:
        iv.answer(fid, value)
    a = iv.assessment()
    assert a.outcomes["refugee_status"].status == "eligible" and a.open_checks
    open_ = iv.snap.open_facts
    assert "international_crimes" in open_ and "recognised_refugee" in open_
    topics = [screener.lib.facts[f].topic for f in open_]
    first_exclusion = topics.index("exclusion")
    assert all(t == "exclusion" for t in topics[first_exclusion:]), open_
    for fid in [f for f in open_ if screener.lib.facts[f].topic == "exclusion"]:
        if fid in iv.snap.open_facts:
            iv.answer(fid, False)
    assert not [c.clause for c in iv.assessment().open_checks if c.kind in ("exclusion", "cessation")]
