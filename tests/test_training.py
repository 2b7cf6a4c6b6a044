"""Training mode: scenario files are validated like rule files, and the scoring is pinned on constructed
sessions (the model interview scores full marks; a skipped decisive question, exclusion asked first, or a
missed child referral each lose their points)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.assess.screener import Screener
from screening.base.errors import InputError
from screening.cli import app
from screening.models.scenario import Scenario, hidden_case, load_all, load_scenario
from screening.training.scoring import bar_conclusion, decisive_facts, load_weights, score
from screening.training.session import Conclusions, TrainingSession

ROOT = Path(__file__).resolve().parent.parent
TEACHER = "venezuelan_teacher_brazil"


@pytest.fixture(scope="module")
def screener():
    with Screener() as s:
        yield s


@pytest.fixture(scope="module")
def weights():
    return load_weights()


def _engine(s: TrainingSession):
    return s.screener.assess(hidden_case(s.sc, s.screener.lib), s.country, s.as_of, s.lang)


def _perfect(screener, sc: Scenario, lang: str = "en", guardian: bool = False) -> TrainingSession:
    """The account first, then every decisive fact in interview order (exclusion last), a follow-up
    where the first answer was vague, and the engine's own conclusions and referrals."""
    from screening.assess.relevance import order

    s = TrainingSession(sc, screener, lang)
    if guardian:
        s.safeguard("guardian")
    s.account()
    for fid in order(screener, decisive_facts(s)):
        s.ask(fid)
        if sc.facts[fid].first_answer is not None:
            s.follow_up()
    a = _engine(s)
    s.conclude(Conclusions({d.id: d.status for d in a.definitions}, a.overall, [r.id for r in a.referrals],
                           {d.id: bar_conclusion(d) for d in a.exclusions}))
    return s


def _model(screener, sid: str, lang: str = "en", drop: str | None = None) -> TrainingSession:
    """A scenario's model interview played (without the question about `drop`, if given)."""
    from screening.base import yamlio
    from screening.models.script import parse_moves
    from screening.training.script import play

    path, sc = load_all(screener.lib)[sid]
    s = TrainingSession(sc, screener, lang)
    moves = parse_moves(yamlio.load(path)["model_interview"], path)
    if drop:
        moves = [m for m in moves if not (m.kind == "ask" and drop in str(m.value))]
    play(s, moves)
    return s


def _part(card, name):
    return next(p for p in card.parts if p.name == name)


def test_every_shipped_scenario_validates_and_has_three_languages(screener):
    scenarios = load_all(screener.lib)
    assert TEACHER in scenarios
    for _, sc in scenarios.values():
        assert not sc.title.missing() and not sc.opening.missing()
        for hf in sc.facts.values():
            assert not hf.answer.missing()


def test_the_model_interview_scores_full_marks(screener, weights):
    card = score(_model(screener, TEACHER), weights)
    assert card.total == card.out_of == 100, [(p.name, p.got, p.lines) for p in card.parts if p.got != p.points]


def test_skipping_a_decisive_question_loses_its_share_of_coverage(screener, weights):
    s = _model(screener, TEACHER, drop="tortured")
    decisive = decisive_facts(s)
    cov = _part(score(s, weights), "coverage")
    assert cov.got == pytest.approx(25 - 25 / len(decisive))
    missed = [x for x in cov.lines if not x["ok"]]
    assert [x["fact"] for x in missed] == ["risk_of_torture_on_return"]
    assert "Convention against Torture" in missed[0]["detail"]  # the criterion it serves, with its citation


def test_asking_exclusion_first_loses_order_points(screener, weights):
    sc = load_all(screener.lib)[TEACHER][1]
    s = TrainingSession(sc, screener, "en")
    s.account()
    s.ask("committed_serious_crime")  # an exclusion question before the claim
    s.ask("country_of_nationality")
    s.ask("fears_return")
    order = _part(score(s, weights), "order")
    assert order.got == 10 - weights["order"]["exclusion_early"]


def test_a_vague_answer_records_nothing_until_a_follow_up(screener):
    sc = load_all(screener.lib)[TEACHER][1]
    s = TrainingSession(sc, screener, "en")
    first = s.ask("fears_return")
    assert first.recorded == "unknown" and "complicated" not in first.said and "Afraid" in first.said
    assert s.ask("fears_return").recorded == "unknown"  # asked again, it stays vague: a real follow-up clears it
    assert s.follow_up().recorded is True


def test_a_question_that_could_change_nothing_costs_economy_by_its_share(screener, weights):
    s = _model(screener, TEACHER)
    s.ask("fled_country")  # Brazil's clause is settled without it, the 1951 one does not read it
    asks = [st for st in s.steps if st.kind == "ask"]
    econ = _part(score(s, weights), "economy")
    assert econ.got == pytest.approx(10 * (1 - weights["economy"]["scale"] / len(asks)))
    s.ask("pregnant_or_breastfeeding")  # an intimate question nothing points to costs twice as much
    econ = _part(score(s, weights), "economy")
    assert econ.got == pytest.approx(10 * (1 - weights["economy"]["scale"] * 3 / (len(asks) + 1)))
    assert "nothing pointed to" in econ.lines[-1]["detail"]


def _child_scenario() -> Scenario:
    q = {"en": "x", "es": "x", "pt": "x"}
    return Scenario.model_validate({
        "id": "boy", "title": q, "difficulty": "easy", "themes": ["child"], "as_of": "2026-03-02",
        "persona": {"name": "Luis", "age": 15, "nationality": "GT", "screened_in": "MX"},
        "opening": q,
        "facts": {"date_of_birth": {"value": "2010-09-01", "answer": q},
                  "unaccompanied_or_separated": {"value": True, "answer": q},
                  "country_of_nationality": {"value": "GT", "answer": q}}})


def test_missing_a_child_referral_and_the_guardian_lose_their_points(screener, weights):
    sc = _child_scenario()
    perfect = score(_perfect(screener, sc, guardian=True), weights)
    assert _part(perfect, "referrals").got == 10 and _part(perfect, "order").got == 10
    s = _perfect(screener, sc)  # no guardian
    assert s.conclusions is not None
    s.conclusions.referrals = [r for r in s.conclusions.referrals if r != "unaccompanied_or_separated_child"]
    card = score(s, weights)
    refs = _part(card, "referrals")
    want = len(_engine(s).referrals)
    assert refs.got == pytest.approx(10 - 10 / want)
    assert _part(card, "order").got == 10 - weights["order"]["no_guardian_for_child"]


def test_a_follow_up_on_sexual_violence_is_never_asked(screener, weights):
    sc = _child_scenario()
    s = _perfect(screener, sc, guardian=True)
    s.ask("survivor_of_sexual_violence")
    s.follow_up()
    assert _part(score(s, weights), "order").got == 10 - weights["order"]["gbv_follow_up"]


def test_a_scenario_with_an_unknown_fact_or_a_missing_translation_is_one_clear_error(screener, tmp_path):
    src = (ROOT / "training" / "venezuelan-teacher-brazil.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(src.replace("  threatened_before:", "  threatend_before:"), encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_scenario(bad, screener.lib)
    line = next(i for i, x in enumerate(bad.read_text().splitlines(), 1) if "threatend_before" in x)
    assert e.value.line == line and "unknown fact" in str(e.value)
    bad.write_text(src.replace('pt: "Não, ninguém me ameaçou."', 'pt: ""'), encoding="utf-8")
    with pytest.raises(InputError, match=r"missing translation \(pt\)"):
        load_scenario(bad, screener.lib)


def test_train_lists_scenarios_and_plays_a_piped_session_with_history(monkeypatch, tmp_path):
    monkeypatch.setenv("SCREENING_TRAINING_HISTORY", str(tmp_path / "h.jsonl"))
    monkeypatch.setenv("SCREENING_TRAIN_PIPE", "1")
    r = CliRunner().invoke(app, ["train", "--lang", "es"])
    assert r.exit_code == 0 and TEACHER in r.stdout and "Escenarios de práctica" in r.stdout
    lines = "\n".join(["relato", "country_of_nationality", "fears_return", "seguimiento", "fin",
                       "3", "1", "2", "2", "3", "3", "1", "1", "1", "0"]) + "\n"
    card = tmp_path / "card.html"
    r = CliRunner().invoke(app, ["train", TEACHER, "--lang", "es", "--scorecard", str(card)], input=lines)
    assert r.exit_code == 0, r.output
    assert "Carmen: «Di clases" in r.stdout and "HOJA DE PUNTUACIÓN" in r.stdout
    assert "<html" in card.read_text() and (card.stat().st_mode & 0o077) == 0
    assert ((tmp_path / "h.jsonl").stat().st_mode & 0o077) == 0  # the history is owner-only too
    rows = [json.loads(x) for x in (tmp_path / "h.jsonl").read_text().splitlines()]
    assert rows[0]["scenario"] == TEACHER and rows[0]["lang"] == "es"
    r = CliRunner().invoke(app, ["train", "--history", "--lang", "es"])
    assert TEACHER in r.stdout


def test_fifteen_scenarios_across_jurisdictions_are_shipped(screener):
    scenarios = [sc for _, sc in load_all(screener.lib).values()]
    assert len(scenarios) >= 15
    assert len({sc.persona.screened_in for sc in scenarios}) >= 8
    assert {"easy", "medium", "hard"} <= {sc.difficulty for sc in scenarios}
    assert sum(1 for sc in scenarios for hf in sc.facts.values() if hf.first_answer) >= 15


def test_the_trainee_states_exclusion_as_indicated_never_applies_for_a_former_combatant(screener: Screener):
    """Issue 22 §4: Art. 1F needs an individual assessment, so the right conclusion is "indicated: refer";
    saying "applies" loses the point, and the scorecard names the right answer."""
    sc = load_all(screener.lib)["former_combatant_ecuador"][1]
    s = _model(screener, "former_combatant_ecuador")
    a = s.screener.assess(hidden_case(sc, screener.lib), s.country, s.as_of, "en")
    right = {d.id: bar_conclusion(d) for d in a.exclusions}
    assert right["ec_exclusion"] == "bar_indicated"
    for said, ok in (("bar_indicated", True), ("bar_applies", False)):
        s.conclude(Conclusions({d.id: d.status for d in a.definitions}, a.overall, [r.id for r in a.referrals],
                               dict(right, ec_exclusion=said)))
        card = score(s, load_weights())
        line = next(x for p in card.parts if p.name == "conclusions" for x in p.lines if x.get("id") == "ec_exclusion")
        assert line["ok"] is ok and line["engine"] == "bar_indicated"
