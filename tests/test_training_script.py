"""Training sessions played from scripts (`screening train ID --script FILE`), the four generic personas
whose scores must separate good interviewing from bad on every shipped scenario, and the parts of the
score that read how the trainee asked (issue 25)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.assess.screener import Screener
from screening.cli import app
from screening.models.scenario import load_all
from screening.training.personas import GOAL, PERSONAS, play
from screening.training.scoring import load_weights, score
from screening.training.script import engine_conclusions
from screening.training.session import TrainingSession
from screening.training.technique import classify, stage_elements

ROOT = Path(__file__).resolve().parent.parent
TEACHER = "venezuelan_teacher_brazil"
HONDURAN = "honduran_woman_mexico"


@pytest.fixture(scope="module")
def screener():
    with Screener() as s:
        yield s


def _ids():
    with Screener() as s:
        return sorted(load_all(s.lib))


@pytest.mark.parametrize("sid", _ids())
def test_the_score_separates_good_interviewing_from_bad_on_every_scenario(screener, sid):
    """The goal of issue 25, on each shipped scenario: the scenario's model interview >= 85, the account
    then every catalogue question <= 55, six closed questions with exclusion first <= 45, nothing <= 15
    (each persona states the engine's own conclusions)."""
    path, sc = load_all(screener.lib)[sid]
    got = {p: play(p, sc, path, screener).total for p in PERSONAS}
    assert all(GOAL[p][0] <= got[p] <= GOAL[p][1] for p in PERSONAS), got


def _session(screener, sid=HONDURAN, lang="en") -> TrainingSession:
    return TrainingSession(load_all(screener.lib)[sid][1], screener, lang)


def _part(card, name):
    return next(p for p in card.parts if p.name == name)


@pytest.mark.parametrize(("lang", "line", "kind"), [
    ("en", "Tell me what happened to you", "open_invitation"),
    ("en", "Can you tell me more about that?", "tell_more"),
    ("en", "Why do you think they targeted you?", "wh"),
    ("en", "Are you afraid to go back?", "closed"),
    ("en", "Which of these describe you? Choose all that apply.", "closed"),
    ("en", "They beat you, didn't they?", "leading"),
    ("en", "When and where did it happen?", "multiple"),
    ("es", "Cuénteme con sus palabras por qué salió", "open_invitation"),
    ("es", "¿De que pais tiene la nacionalidad?", "wh"),
    ("es", "¿Tiene miedo de volver?", "closed"),
    ("es", "Le pegaron, ¿verdad?", "leading"),
    ("es", "¿Cuándo y dónde ocurrió?", "multiple"),
    ("pt", "Me conte o que aconteceu", "open_invitation"),
    ("pt", "Você tem medo de voltar?", "closed"),
    ("pt", "Foi a polícia, não foi?", "leading"),
])
def test_each_line_is_classified_by_how_it_asks(lang, line, kind):
    assert classify(line, lang) == kind


def test_an_open_invitation_brings_out_several_facts_a_closed_question_one(screener):
    s = _session(screener)
    open_step = s.ask("threatened_before", "Tell me about the threats you received.")
    assert open_step.technique == "open_invitation" and "fears_return" in open_step.layered
    s = _session(screener)
    closed = s.ask("threatened_before", "Were you threatened?")
    assert closed.technique == "closed" and closed.layered == [] and "fears_return" not in s.recorded


def test_an_interview_that_asks_nothing_gets_nothing(screener):
    s = _session(screener)
    s.conclude(engine_conclusions(s))  # even stating the engine's own conclusions
    card = score(s, load_weights())
    assert card.total == 0, [(p.name, p.got) for p in card.parts]


def test_a_conclusion_not_asked_about_is_undetermined_and_not_credited(screener):
    s = _session(screener)
    s.account()
    s.ask("country_of_nationality")
    s.conclude(engine_conclusions(s))  # "met" for refugee status, which nothing asked can show
    lines = _part(score(s, load_weights()), "conclusions").lines
    refugee = next(x for x in lines if x.get("id") == "mx_refugee")
    assert not refugee["ok"] and refugee["engine"] == "undetermined" and refugee["truth"] == "met"
    refs = _part(score(s, load_weights()), "referrals")
    assert refs.got == 0 and "nothing asked" in refs.lines[0]["detail"]  # named, never looked for


def test_opening_and_closing_are_scored_from_the_trainees_words(screener):
    assert set(stage_elements("Me llamo Ana; todo es confidencial. Mi papel es escucharle. ¿Me entiende?", "es",
                              "opening")) == {"introduction", "confidentiality", "roles", "understanding"}
    s = _session(screener)
    s.say("Hello.")
    s.account()
    s.say("Anything else you would like to add? The next step is an interview; the deadline is in 30 days.")
    stages = _part(score(s, load_weights()), "stages")
    assert stages.got == pytest.approx(5 * 3 / 4)  # no opening; three of the closing's four


def test_a_contradiction_is_put_back_with_clarify(screener):
    sid, fid = next((sid, f) for sid, (_, sc) in sorted(load_all(screener.lib).items())
                    for f, hf in sc.facts.items() if hf.first_kind == "contradiction")
    s = _session(screener, sid)
    assert s.ask(fid).recorded == "unknown"
    step = s.clarify()
    assert step.fact == fid and step.recorded == s.sc.facts[fid].value


def _script(tmp_path, text: str) -> Path:
    p = tmp_path / "script.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_a_script_plays_a_session_and_prints_a_json_scorecard(tmp_path):
    script = _script(tmp_path, """
- say: "Me llamo Ana y trabajo en la clínica; todo es confidencial."
- account: ""
- ask: "¿De que pais tiene la nacionalidad?"
- ask: "Cuénteme cómo era la situasion en su país cuando salió."
- end: ""
- conclude: {definitions: {br_cartagena: met}, overall: eligible, exclusion: not_raised, cessation: not_raised}
""")
    r = CliRunner().invoke(app, ["train", TEACHER, "--script", str(script), "--lang", "es", "--format", "json"])
    assert r.exit_code == 0, r.output
    card = json.loads(r.stdout)
    assert 0 <= card["total"] <= 100 and set(card["parts"]) >= {"coverage", "technique", "conclusions"}
    asked = [m for m in card["transcript"] if m["move"] == "ask"]
    assert [m["fact"] for m in asked] == ["country_of_nationality", "country_situations"]
    assert [m["technique"] for m in asked] == ["wh", "open_invitation"]


def test_train_lists_scenarios_as_json():
    r = CliRunner().invoke(app, ["train", "--format", "json"])
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert TEACHER in {x["id"] for x in rows} and all({"id", "title", "country"} <= set(x) for x in rows)


def test_a_bad_script_move_is_one_message_with_its_line(tmp_path):
    script = _script(tmp_path, '- account: ""\n- shout: "why?"\n')
    r = CliRunner().invoke(app, ["train", TEACHER, "--script", str(script)])
    assert r.exit_code == 1 and f"{script}:2" in r.output and "unknown move 'shout'" in r.output


def test_one_broken_scenario_file_is_reported_and_skipped(tmp_path, monkeypatch):
    src = (ROOT / "training" / "venezuelan-teacher-brazil.yaml").read_text(encoding="utf-8")
    (tmp_path / "good.yaml").write_text(src.replace(f"id: {TEACHER}", "id: my_teacher"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(src.replace("  threatened_before:", "  threatend_before:"), encoding="utf-8")
    monkeypatch.setenv("SCREENING_TRAINING", str(tmp_path))
    r = CliRunner().invoke(app, ["train", "--format", "json"])
    assert r.exit_code == 0
    assert "my_teacher" in {x["id"] for x in json.loads(r.stdout)}
    assert "broken.yaml" in r.stderr and "unknown fact" in r.stderr
    script = _script(tmp_path / "..", '- account: ""\n- conclude: engine\n')
    r = CliRunner().invoke(app, ["train", "my_teacher", "--script", str(script), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["scenario"] == "my_teacher"


def test_ctrl_d_ends_a_session_cleanly(monkeypatch, tmp_path):
    monkeypatch.setenv("SCREENING_TRAIN_PIPE", "1")
    monkeypatch.setenv("SCREENING_TRAINING_HISTORY", str(tmp_path / "h.jsonl"))
    r = CliRunner().invoke(app, ["train", TEACHER], input="account\n")  # then end of input: Ctrl-D
    assert r.exit_code == 0, r.output
    assert "Session ended (Ctrl-D)" in r.stdout and "internal error" not in r.output


def test_feedback_gives_a_better_question_with_its_source_and_the_model_interview(tmp_path):
    script = _script(tmp_path, '- account: ""\n- ask: "They threatened you, didn\'t they?"\n- conclude: engine\n')
    r = CliRunner().invoke(app, ["train", HONDURAN, "--script", str(script), "--format", "json", "--lang", "pt"])
    assert r.exit_code == 0, r.output
    fb = json.loads(r.stdout)["feedback"]
    survivor = next(b for b in fb["better"] if b["fact"] == "survivor_of_sexual_violence")
    assert "Basta sim ou não" in survivor["better"] and "ACNUR" in survivor["source"]
    assert "gênero" in fb["note"]
    said = [m["text"] for m in fb["model"]]
    assert any("confidencial" in x for x in said) and any("Chamelecón" in x for x in said)
    r = CliRunner().invoke(app, ["train", HONDURAN, "--script", str(script), "--lang", "pt"])
    assert "UMA PERGUNTA MELHOR" in r.stdout and "UMA ENTREVISTA MODELO PARA ESTE CENÁRIO" in r.stdout


def test_preview_shows_the_trainer_the_outcome_decisive_facts_and_referrals():
    r = CliRunner().invoke(app, ["train", HONDURAN, "--preview", "--format", "json"])
    assert r.exit_code == 0, r.output
    p = json.loads(r.stdout)
    assert p["overall"] == "eligible" and "survivor_of_sexual_violence" in {d["fact"] for d in p["decisive"]}
    assert "sgbv_survivor" in {x["id"] for x in p["referrals"]}
    r = CliRunner().invoke(app, ["train", HONDURAN, "--preview", "--lang", "es"])
    assert "Hechos decisivos" in r.stdout


@pytest.mark.parametrize(("change", "message"), [
    (("overall: eligible", "overall: not_eligible"), "outcome: overall is pinned as 'not_eligible' but the rules give"),
    (("  screened_in: MX", "  screened_in: HN"), "screened in HN, the person's own country"),
    (("  screened_in: MX", "  screened_in: ZZ"), "'ZZ' is not a jurisdiction"),
])
def test_rules_validate_checks_a_scenarios_country_and_pinned_outcome(tmp_path, monkeypatch, change, message):
    src = (ROOT / "training" / "honduran-woman-mexico.yaml").read_text(encoding="utf-8")
    bad = src.replace(f"id: {HONDURAN}", "id: my_case").replace(*change)
    (tmp_path / "mine.yaml").write_text(bad, encoding="utf-8")
    monkeypatch.setenv("SCREENING_TRAINING", str(tmp_path))
    r = CliRunner().invoke(app, ["rules", "validate"])
    line = next(i for i, x in enumerate(bad.splitlines(), 1) if change[1] in x)
    assert r.exit_code == 1 and message in r.output and f"mine.yaml:{line}" in r.output, r.output


def test_a_fact_the_scenario_leaves_out_is_answered_in_character(screener):
    s = _session(screener)
    assert "took_part_in_terrorist_acts" not in s.sc.facts
    step = s.ask("took_part_in_terrorist_acts")
    assert step.said == "No, nothing like that." and step.recorded is False
    assert s.ask("disaster_kind").said == "I don't know."


def test_pressing_closed_questions_on_sensitive_topics_shut_a_survivor_down(screener):
    s = _session(screener)  # distress limit 3
    for fid in ("harm_feared", "characteristics", "reasons_for_harm"):
        s.ask(fid, screener.lib.facts[fid].question.get("en"))  # "Choose all that apply": closed
    step = s.ask("survivor_of_sexual_violence")
    assert step.said == "I don't want to talk about that." and step.recorded == "declined"
    calm = _session(screener)
    calm.ask("reasons_for_harm", "Why do you think they did this to you?")
    assert calm.ask("survivor_of_sexual_violence").recorded is True


def test_free_text_that_would_put_an_exclusion_question_is_confirmed_first(screener):
    from screening.training.ui import TrainingUI

    s = _session(screener)
    said: list[str] = []
    prompts: list[str] = []
    replies = iter(["n"])

    def ask(prompt: str, choices: list[str]) -> str:
        prompts.append(prompt)
        return next(replies)

    ui = TrainingUI(s, ask, said.append)
    ui.move("have you committed any crime?")
    assert "You are about to ask" in prompts[0] and "serious crime" in prompts[0]
    assert "Not asked." in said and s.steps == []
    ui.move("What harm do you fear?")  # the claim's own questions are not held up
    assert [st.fact for st in s.steps] == ["harm_feared"] and len(prompts) == 1
