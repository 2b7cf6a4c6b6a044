"""A whole training session in Spanish through a real terminal (pexpect): the account, questions typed
as a trainee types them (one with a vague first answer and its follow-up), the end of the interview,
the conclusions, and the scorecard's figures."""

from __future__ import annotations

import sys

import pytest

pexpect = pytest.importorskip("pexpect")


def test_a_spanish_training_session_end_to_end(tmp_path):
    card = tmp_path / "tarjeta.md"
    child = pexpect.spawn(sys.executable, ["-m", "screening.cli", "train", "venezuelan_teacher_brazil", "--lang", "es",
                                           "--scorecard", str(card)],
                          cwd=str(tmp_path), encoding="utf-8", timeout=60, dimensions=(50, 250),
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm",
                               "PROMPT_TOOLKIT_NO_CPR": "1",
                               "SCREENING_TRAINING_HISTORY": str(tmp_path / "historial.jsonl")})
    child.expect("Entrevista de práctica: Carmen, 41 años")

    def say(line: str, expect: str | None = None) -> None:
        child.expect("›")
        child.sendline(line)
        if expect:
            child.expect(expect)

    say("relato", "Di clases en una escuela de Maracaibo")
    # a trainee's words: an id, or a few words that pick one question
    # her nationality is decisive: with one recorded, statelessness is examined only if something points to it
    say("country_of_nationality", "Venezolana, de Maracaibo")
    say("outside_country_of_nationality", "Boa Vista")
    say("has_other_nationality", "solo la venezolana")
    say("country_situations", "Gente detenida sin orden")
    say("situation_forced_departure", "No podíamos quedarnos")
    say("fears_return", "No es que alguien me persiga")  # vague: not recorded yet
    say("seguimiento", "Tengo miedo por mis hijos")
    say("risk_of_torture_on_return", "No")
    say("recognised_refugee", "es la primera vez")
    say("fin", "Sus conclusiones")
    for answer in ("3", "1", "2", "2", "2", "3"):  # each definition of Brazil, in order (Art. 1D: never under UNRWA)
        say(answer)
    for answer in ("1", "1"):  # exclusion and cessation: nothing points to them
        say(answer)
    say("1")  # overall: likely eligible
    say("0")  # no referral
    child.expect("HOJA DE PUNTUACIÓN")
    child.expect(r"Total: ([0-9.]+) de 100\b")
    total = float(child.match.group(1))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    # every decisive fact asked, nothing wasted (fears_return could change the 1951 definition), the account
    # first, exclusion not asked early, every conclusion right: full marks
    assert total == 100.0
    text = card.read_text(encoding="utf-8")
    assert "Cobertura: los hechos decisivos preguntados: 40 / 40" in text
    assert "(usted dijo: cumplido; las reglas dan: cumplido)" in text
