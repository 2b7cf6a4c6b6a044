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

from screening.assess.screener import Screener
from screening.interview.answers import NotUnderstood, parse
from screening.interview.flow import Interview, answer_from
from screening.interview.session import load_session, new_session
from screening.interview.ui import TerminalInterview, questionary_ask

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
    # 'reasons' before 'agent': "none of these" to it alone settles refugee status (not met), so it is the
    # most decisive question once the person is outside; exclusion ('crime') keeps its place, last
    for fid, value in [("outside", True), ("reasons", ["gender"]), ("agent", "gang"), ("protected", False),
                       ("entry", dt.date(2026, 2, 20)), ("crime", False)]:
        assert iv.next_fact() == fid
        iv.answer(fid, value)
    assert iv.done()
    assert iv.assessment().overall == "eligible"


def test_the_most_decisive_question_comes_first(iv):
    from screening.assess.relevance import order

    iv.answer("outside", True)
    assert order(iv.screener, iv.snap.open_facts)[0] == "agent"  # the interview order's next question
    # "none of these" to 'reasons' alone settles refugee status: the assessment's ranking asks it first
    assert iv.assessment().would_settle[0].decisive[0] == "reasons"
    assert iv.next_fact() == "reasons"
    iv.answer("reasons", ["gender"])
    assert iv.next_fact() == "agent"


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
    from screening.assess.screener import load_case

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
    from screening.interview.answers import _country

    assert _country("Venezuela", "es") == "VE" and _country("hn", "es") == "HN" and _country("Brasil", "pt") == "BR"


# --- the real prompt through prompt_toolkit pipe input --------------------------------------------

def test_terminal_interview_through_pipe_input(iv):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    lines: list[str] = []
    with create_pipe_input() as inp:
        ask = questionary_ask(input=inp, output=DummyOutput())
        # help, an answer, a bad answer, back, keep the answer with Enter, review and edit, then finish
        for keys in ["",  # the free narrative, offered first here (no opening questions): skipped
                     "?", "1",  # outside: help, then yes
                     "9", "1,3",  # reasons (the most decisive question next): a wrong number, then race and gender
                     "<", "",  # at 'agent' go back to 'reasons'; Enter keeps "race, gender"
                     "2",  # agent: a gang
                     "=", "3", "3", "",  # review (1 is the narrative), change 3 (reasons) to gender only, leave
                     "2", "10/02/2026", "2"]:  # protected: no; entry date (day/month/year); crime: no
            inp.send_text(keys + "\r")
        inp.close()  # if the flow wanted more answers than given, it stops instead of waiting forever
        ui = TerminalInterview(iv, ask, lines.append, "RESUME", "ASSESS")
        outcome = ui.run()
    text = "\n".join(lines)
    assert outcome == "finished", text
    assert "Legal element: Outside the country" in text  # the help
    assert "Not understood" in text  # the 9
    assert "Current answer: race, gender" in text  # back shows the answer kept
    assert "Your answers" in text  # the review
    s = iv.session
    assert s.answers["reasons"] == ["gender"] and s.answers["agent"] == "gang"
    assert s.answers["entry"] == dt.date(2026, 2, 10)
    assert s.finished and "RESULT: likely eligible" in text


def _keys(iv, keys, width=None):
    """Run the terminal interview on `keys` (each followed by Enter) through prompt_toolkit pipe
    input; returns (outcome, printed lines)."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    lines: list[str] = []
    with create_pipe_input() as inp:
        for k in keys:
            inp.send_text(k + "\r")
        inp.close()
        ui = TerminalInterview(iv, questionary_ask(input=inp, output=DummyOutput()), lines.append, "RESUME X",
                               "ASSESS", width=width)
        outcome = ui.run()
    return outcome, lines


def test_q_saves_and_returns_saved(iv):
    outcome, lines = _keys(iv, ["", "1", "q"])  # no narrative, outside: yes, then q
    text = "\n".join(lines)
    assert outcome == "saved", text
    assert "Saved. Every answer is in" in text and "    RESUME X" in lines
    assert yaml.safe_load(iv.session.path.read_text())["facts"] == {"outside": True}


def test_q_from_the_review_also_returns_saved(iv):
    outcome, _ = _keys(iv, ["", "1", "=", "q"])
    assert outcome == "saved" and iv.session.answers == {"outside": True}


def test_ctrl_c_saves_says_how_to_resume_and_raises(iv):
    lines: list[str] = []

    def ask(prompt, default, completer):
        if "@narrative" not in iv.session.asked:
            return ""  # skip the narrative
        if not iv.session.answers:
            return "1"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):  # the command maps it to exit 130
        TerminalInterview(iv, ask, lines.append, "screening interview --resume X", "A").run()
    assert "screening interview --resume X" in "\n".join(lines)
    assert yaml.safe_load(iv.session.path.read_text())["facts"] == {"outside": True}


def test_input_that_ends_saves_and_returns_stopped(iv):
    outcome, lines = _keys(iv, ["", "1"])  # the pipe closes at the next question (like Ctrl-D)
    assert outcome == "stopped" and iv.session.answers == {"outside": True}
    assert "Stopped. Every answer is saved in" in "\n".join(lines)


def test_a_multi_line_narrative_typed_and_pasted(iv):
    paste = "\x1b[200~The second part was pasted.\n\nWith a blank line inside.\x1b[201~"
    outcome, lines = _keys(iv, ["They came to my house in March.", paste, "", "q"])
    assert outcome == "saved"
    assert iv.session.narrative == ("They came to my house in March.\nThe second part was pasted.\n\n"
                                    "With a blank line inside.")
    assert "Account saved (4 lines)." in lines
    saved = yaml.safe_load(iv.session.path.read_text())
    assert saved["narrative"] == iv.session.narrative and "@narrative" in saved["session"]["asked"]


def test_the_narrative_is_offered_once_and_changed_from_the_review(iv, screener):
    _keys(iv, ["", "q"])  # skipped: not offered again on resume
    s2, _ = load_session(iv.session.path, screener.lib)
    iv2 = Interview(screener, s2)
    assert iv2.next_step() == "outside" and s2.narrative is None
    outcome, lines = _keys(iv2, ["=", "1", "A new account.", "", "", "q"])
    assert outcome == "saved" and s2.narrative == "A new account."
    assert "Account in their own words" in "\n".join(lines)


def test_reference_is_asked_when_not_given(screener, tmp_path):
    s = new_session(tmp_path / "r.yaml", "XA", "es", None, screener.lib, AS_OF)
    iv = Interview(screener, s, AS_OF)
    assert iv.next_step() == "@reference"
    outcome, lines = _keys(iv, ["CLIN-2026-7", "", "q"])
    assert outcome == "saved" and s.reference == "CLIN-2026-7"
    assert "Referencia del caso (número de expediente de la clínica):" in lines
    assert yaml.safe_load(s.path.read_text())["reference"] == "CLIN-2026-7"


# --- the opening, on the shipped catalogue ----------------------------------------------------------

AS_OF_CR = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def shipped(shipped_lib):
    return Screener(shipped_lib)


def _cr(shipped, tmp_path, ref=None):
    s = new_session(tmp_path / "s" / "cr.yaml", "CR", "es", ref, shipped.lib, AS_OF_CR)
    return Interview(shipped, s, AS_OF_CR)


def test_the_interview_opens_with_who_the_person_is_then_the_narrative(shipped, tmp_path):
    iv = _cr(shipped, tmp_path)
    assert iv.next_step() == "@reference"
    iv.set_reference("CR-2026-031")
    for fid, value in [("country_of_nationality", "NI"), ("has_other_nationality", False),
                       ("date_of_birth", dt.date(2004, 2, 9)), ("date_of_entry", dt.date(2026, 11, 4)),
                       ("asylum_application_filed", False)]:
        assert iv.next_step() == fid
        iv.answer(fid, value)
    assert "date_of_application" not in iv.remaining()  # not filed: there is no date to ask
    assert iv.next_step() == "@narrative"
    iv.set_narrative("Estudiante en Managua.\nMe amenazaron.")
    after = iv.next_step()
    assert after is not None and not shipped.lib.facts[after].opening  # then the questions the rules need
    data = yaml.safe_load(iv.session.path.read_text())
    assert data["reference"] == "CR-2026-031" and data["narrative"] == "Estudiante en Managua.\nMe amenazaron."
    assert data["facts"]["country_of_nationality"] == "NI" and data["facts"]["date_of_birth"] == "2004-02-09"
    assert data["session"]["asked"][0] == "@reference" and data["session"]["asked"][-1] == "@narrative"
    # the report names the nationality and gives the guidance on Nicaragua
    a = iv.assessment()
    assert [g.country for g in a.origin_guidance] and {g.country for g in a.origin_guidance} == {"NI"}


def test_a_filed_claim_asks_when_and_undoing_it_sets_the_date_aside(shipped, tmp_path):
    iv = _cr(shipped, tmp_path, "CR-1")
    for fid, value in [("country_of_nationality", "NI"), ("has_other_nationality", False),
                       ("date_of_birth", "declined"), ("date_of_entry", dt.date(2026, 11, 4)),
                       ("asylum_application_filed", True)]:
        iv.answer(fid, value)
    assert iv.next_step() == "date_of_application"
    iv.answer("date_of_application", dt.date(2026, 11, 10))
    result = iv.answer("asylum_application_filed", False)
    assert "date_of_application" in result.set_aside and "date_of_birth" not in result.set_aside
    assert iv.session.set_aside == {"date_of_application": dt.date(2026, 11, 10)}


def test_an_answers_file_answers_the_opening_and_keeps_reference_and_narrative(shipped, tmp_path):
    iv = _cr(shipped, tmp_path)
    said: list[str] = []
    used = answer_from(iv, {"country_of_nationality": "NI", "date_of_birth": dt.date(2004, 2, 9),
                            "date_of_entry": dt.date(2026, 11, 4), "asylum_application_filed": False},
                       said.append, reference="CR-9", narrative="Mi relato.")
    assert {"country_of_nationality", "date_of_birth", "date_of_entry", "asylum_application_filed"} <= set(used)
    assert not any("country_of_nationality" in m or "date_of_birth" in m for m in said if "necesarias" in m)
    assert iv.session.reference == "CR-9" and iv.session.narrative == "Mi relato."
    assert iv.session.answers["has_other_nationality"] == "unknown"  # asked, not in the file: never "no"


def test_opening_questions_are_marked_in_the_catalogue_not_in_python(shipped_lib):
    opening = [f.id for f in shipped_lib.catalogue.opening()]
    assert opening == ["country_of_nationality", "has_other_nationality", "date_of_birth", "date_of_entry",
                       "asylum_application_filed", "date_of_application"]
    origin = next(f for f in shipped_lib.catalogue.facts if f.role == "origin_country")
    assert origin.opening  # the guidance needs it
    dob = shipped_lib.facts["date_of_birth"]
    assert dob.type == "date" and dob.topic == "identity" and not dob.question.missing() and not dob.help.missing()
    for fid in opening:
        ev = shipped_lib.facts[fid].evidence
        assert ev is not None and not ev.missing(), fid


def test_asked_if_follows_an_earlier_opening_question_or_makes_a_follow_up():
    from pydantic import ValidationError

    from screening.models.catalogue import Catalogue

    def cat(facts):
        q = {"en": "q", "es": "q", "pt": "q"}
        return {"elements": [{"id": "e", "title": q}],
                "facts": [dict(f, element="e", question=q, help=q, **({"label": q} if f.get("opening") else {}))
                          for f in facts]}

    ok = cat([{"id": "filed", "type": "boolean", "topic": "procedure", "opening": True},
              {"id": "when", "type": "date", "topic": "procedure", "opening": True,
               "asked_if": {"fact": "filed", "is": True}}])
    assert Catalogue.model_validate(ok).opening()[1].asked_if.holds({"filed": True})
    # on a question that is not an opening one, asked_if makes a follow-up; it must name a known fact
    follow = cat([{"id": "filed", "type": "boolean", "topic": "procedure", "opening": True},
                  {"id": "when", "type": "date", "topic": "procedure", "asked_if": {"fact": "filed", "is": True}}])
    assert [f.id for f in Catalogue.model_validate(follow).follow_ups()] == ["when"]
    unknown = cat([{"id": "when", "type": "date", "topic": "procedure", "asked_if": {"fact": "filled", "is": True}}])
    with pytest.raises(ValidationError, match="unknown fact 'filled'"):
        Catalogue.model_validate(unknown)
    later = cat([{"id": "when", "type": "date", "topic": "procedure", "opening": True,
                  "asked_if": {"fact": "filed", "is": True}},
                 {"id": "filed", "type": "boolean", "topic": "procedure", "opening": True}])
    with pytest.raises(ValidationError, match="listed before"):
        Catalogue.model_validate(later)
    unlabelled = cat([{"id": "filed", "type": "boolean", "topic": "procedure", "opening": True}])
    del unlabelled["facts"][0]["label"]
    with pytest.raises(ValidationError, match="an opening fact needs a 'label'"):
        Catalogue.model_validate(unlabelled)


def test_the_unused_fact_lint_accepts_opening_questions_and_roles():
    from screening.law.lint import lint_unused_facts as _lint_unused_facts
    from screening.law.load import load_library

    lib = load_library()
    # country_of_nationality and transit_countries: no rule reads them, but the opening asks the first
    # and reports read both (a role)
    for fid in ("country_of_nationality", "transit_countries"):
        assert not [p for p in _lint_unused_facts(lib) if f"'{fid}'" in str(p)]
        fact = lib.facts[fid]
        fact.opening, fact.topic, fact.role = False, "procedure", None  # a fact nobody asks or reads is reported
        assert [p for p in _lint_unused_facts(lib) if f"'{fid}'" in str(p)]


# --- what the screen shows: words kept whole, plurals -----------------------------------------------

def test_wrap_breaks_at_word_boundaries_with_hanging_indents():
    from screening.interview.terminal_text import wrap

    text = "   7  discriminación tan grave, sola o acumulada, que no puede vivir con normalidad (sin escuela)"
    out = wrap(text, 40)
    assert all(len(line) <= 40 for line in out)
    assert all(line.startswith("      ") for line in out[1:])  # under the label, not under the number
    assert " ".join(w for line in out for w in line.split()) == " ".join(text.split())
    assert wrap("    screening interview --resume /a/very/long/path/that/does/not/fit.yaml", 20)[-1].endswith(".yaml")


def test_the_interview_wraps_to_the_terminal_width(shipped, tmp_path):
    iv = _cr(shipped, tmp_path, "CR-2")
    for fid, value in [("country_of_nationality", "NI"), ("has_other_nationality", False),
                       ("date_of_birth", "declined"), ("date_of_entry", dt.date(2026, 11, 4)),
                       ("asylum_application_filed", False)]:
        iv.answer(fid, value)
    iv.set_narrative(None)
    outcome, lines = _keys(iv, ["?", "q"], width=41)
    assert outcome == "saved"
    long_words = [line for line in lines if len(line) > 40 and " " in line.strip()]
    assert not long_words, long_words
    words = {w.strip(".,;:()¿?") for line in lines for w in line.split()}
    question = shipped.lib.facts[iv.next_step()].question.get("es")
    assert all(w.strip(".,;:()¿?") in words for w in question.split())  # no word was cut in two


@pytest.mark.parametrize("lang,n,expected", [
    ("es", 1, "queda como máximo 1 pregunta"), ("es", 5, "quedan como máximo 5 preguntas"),
    ("en", 1, "at most 1 question left"), ("pt", 1, "resta no máximo 1 pergunta"),
    ("pt", 3, "restam no máximo 3 perguntas"), ("es", 1_000_000, "1000000 preguntas"),
])
def test_counts_use_the_languages_plural_forms(lang, n, expected):
    from screening.interview.answers import tn

    assert expected in tn("interview.progress", n, lang, settled=0, total=4)


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


def test_answers_file_brings_its_reference_narrative_language_and_the_deadline(tmp_path):
    case = tmp_path / "ni.yaml"
    case.write_text("reference: CR-2026-0147\nlanguage: es\nnarrative: |\n  Me buscaron dos veces.\n"
                    "facts:\n  country_of_nationality: NI\n  date_of_entry: 2026-11-04\n"
                    "  asylum_application_filed: false\n", encoding="utf-8")
    r = _cli("interview", "--country", "CR", "--answers", str(case), "--session", "s.yaml", "--as-of", "2026-11-25",
             cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    # in the file's language, with the deadline as the report gives it
    assert "RESULTADO:" in r.stdout
    assert "Plazo nacional para solicitar: vence pronto" in r.stdout
    assert "4 de diciembre de 2026" in " ".join(r.stdout.split())
    data = yaml.safe_load((tmp_path / "s.yaml").read_text(encoding="utf-8"))
    assert data["reference"] == "CR-2026-0147" and data["narrative"] == "Me buscaron dos veces."
    assert data["language"] == "es"


def test_open_checks_are_still_asked_and_last_on_the_shipped_rules(tmp_path):
    """Exclusion and cessation nobody raised do not hold the result open, but the interview still
    asks their questions, after everything else, so they can be examined before filing."""
    from screening.law.load import load_library

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


def _ec_child(shipped, tmp_path, dob):
    s = new_session(tmp_path / "s" / "ec.yaml", "EC", "en", "EC-1", shipped.lib, dt.date(2026, 6, 1))
    iv = Interview(shipped, s, dt.date(2026, 6, 1))
    for fid, value in [("country_of_nationality", "CO"), ("has_other_nationality", False), ("date_of_birth", dob),
                       ("outside_country_of_nationality", True), ("fears_return", True),
                       ("persecutors", ["armed_group"])]:
        iv.answer(fid, value)
    return iv


def test_a_child_sees_the_gip8_considerations_with_every_exclusion_question(shipped, tmp_path):
    """Issue 22 §1: for a child the exclusion questions show what the authority weighs (GIP No. 8), from
    the catalogue's element guidance, never from a list of fact ids in Python."""
    child = _ec_child(shipped, tmp_path / "c", dt.date(2010, 3, 1))
    notes = child.guidance("international_crimes")
    assert notes and "GIP No. 8" in notes[0].get("en") and "maturity" in notes[0].get("en")
    assert child.guidance("took_part_in_terrorist_acts")  # a national ground shows them too
    assert not child.guidance("fears_return")  # not an exclusion question
    adult = _ec_child(shipped, tmp_path / "a", dt.date(1980, 3, 1))
    assert not adult.guidance("international_crimes")
    # the age at the time is asked once an exclusion question is answered yes and the date of birth is known
    assert "age_at_time_of_acts" not in adult.remaining()
    adult.answer("international_crimes", True)
    assert "age_at_time_of_acts" in adult.remaining()
    adult.answer("age_at_time_of_acts", 15)
    assert adult.snap.statuses["flag:child_at_time_of_acts"] == "met"
    assert adult.guidance("committed_serious_crime")  # a child at the time: the later questions show them
    # without a date of birth it is not asked
    nodob = _ec_child(shipped, tmp_path / "n", "unknown")
    nodob.answer("international_crimes", True)
    assert "age_at_time_of_acts" not in nodob.remaining()


def test_the_terminal_shows_the_child_considerations_under_the_question(shipped, tmp_path):
    child = _ec_child(shipped, tmp_path, dt.date(2010, 3, 1))
    for fid in list(child.remaining()):
        if fid == "international_crimes":
            break
        child.answer(fid, "unknown")
    child.session.asked.append("@narrative")
    assert child.next_step() == "international_crimes"
    _, lines = _keys(child, ["q"])
    text = "\n".join(lines)
    assert "war crime" in text and "UNHCR GIP No. 8" in text


def test_asked_if_combines_answers_any_all_and_known():
    from pydantic import ValidationError

    from screening.models.catalogue import AskedIf

    rule = AskedIf.model_validate({"all": [{"any": [{"fact": "a", "is": True}, {"fact": "b", "is": True}]},
                                           {"fact": "dob", "known": True}]})
    assert rule.facts() == ["a", "b", "dob"]
    assert rule.holds({"b": True, "dob": "2001-01-01"})
    assert not rule.holds({"b": True, "dob": "unknown"}) and not rule.holds({"a": False, "dob": "2001-01-01"})
    with pytest.raises(ValidationError, match="exactly one of: is, known"):
        AskedIf.model_validate({"fact": "a"})
    with pytest.raises(ValidationError, match="exactly one of: fact, any, all"):
        AskedIf.model_validate({"fact": "a", "is": True, "any": [{"fact": "b", "is": True}]})
