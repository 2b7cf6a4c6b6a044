"""A whole training session in Spanish through a real terminal (pexpect): the opening words, the account,
questions typed as a trainee types them (open first, with typos and accents left out), the closing words, the
end of the interview, the conclusions, and the scorecard's figures."""

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

    say("> Buenos días. Me llamo Ana y trabajo en la clínica jurídica. Todo lo que me cuente es confidencial. "
        "Mi papel es escucharle; no decido su caso. ¿Entiende bien al intérprete?")
    say("relato", "Di clases en una escuela de Maracaibo")
    # questions as a trainee types them (a missing accent, a typo): each matched, and its kind shown
    say("¿De que pais tiene la nacionalidad?", r"\[pregunta abierta concreta\]")
    child.expect("Venezolana, de Maracaibo")
    say("¿Donde vive ahora?", "Boa Vista")
    # a question about the claim is put at once (only exclusion, and needs or route sensitive ones, are confirmed)
    say("Si le devolvieran, ¿cree que podrían torturarle?", r"torturado o torturada\?  \[cerrada\]")
    # an open invitation: the person tells the situation and why she left, two facts at once
    say("Cuénteme cómo era la situasion en su país cuando salió.", r"\[invitación abierta\]")
    child.expect("Gente detenida sin orden")
    child.expect("No podíamos quedarnos")
    say("> Gracias. ¿Hay algo más que quiera agregar? El próximo paso es su entrevista; le explicaré los plazos, "
        "y le voy a derivar a los servicios que pueden apoyarle.")
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
    # every decisive fact asked, nothing wasted, the account first, open questions first, the opening and the
    # closing said, every conclusion right: full marks
    assert total == 100.0
    text = card.read_text(encoding="utf-8")
    assert "Cobertura: los hechos decisivos preguntados: 25 / 25" in text
    assert "(usted dijo: cumplido; las reglas dan: cumplido)" in text
