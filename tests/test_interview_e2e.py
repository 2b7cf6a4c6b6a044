"""End to end, as a clinic worker uses it: the real `screening interview` in a pseudo-terminal, in
Spanish, on the Mexico rules. Uses ?, goes back, edits from the review, presses Ctrl-C, resumes,
and finishes with the assessment the bundled Honduran example should get.

Answers are chosen by reading the question on the screen (not by position), so the test survives
a reordering of the questions; they come from examples/honduran-woman-mexico.yaml.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from screening.assess import load_case  # noqa: E402
from screening.interview_answers import options  # noqa: E402
from screening.library import load_library  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "honduran-woman-mexico.yaml"
AS_OF = "2026-11-23"
QUESTION = re.compile(r"\[Criterios resueltos: \d+ de \d+ · preguntas que pueden quedar: \d+\]\r?\n(.+?)\r?\n")


@pytest.fixture(scope="module")
def lib():
    return load_library()


@pytest.fixture(scope="module")
def by_question(lib):
    return {f.question.get("es"): f for f in lib.catalogue.facts}


@pytest.fixture(scope="module")
def example(lib):
    case = load_case(EXAMPLE, lib)
    return dict(case.known) | {f: "unknown" for f in case.unknown} | {f: "declined" for f in case.declined}


def typed(fact, value) -> str:
    """What a person types to give `value`."""
    if value == "unknown" or value is None:
        return "ns"
    if value == "declined":
        return "pn"
    opts = options(fact, "es")
    if opts:
        keys = {repr(o.value): o.key for o in opts}
        if isinstance(value, list):
            return ",".join(keys[repr(v)] for v in value) or "0"
        return keys[repr(value)]
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def spawn(*args: str, cwd: Path):
    child = pexpect.spawn(sys.executable, ["-m", "screening.cli", "interview", *args], cwd=str(cwd),
                          encoding="utf-8", timeout=30, dimensions=(50, 250),
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm",
                               # pexpect does not answer cursor-position requests; a real terminal does
                               "PROMPT_TOOLKIT_NO_CPR": "1"})
    return child


def next_question(child, by_question):
    child.expect(QUESTION)
    return by_question[child.match.group(1).strip()]


def prompt(child):
    child.expect("›")


def test_spanish_interview_with_help_back_review_ctrl_c_and_resume(tmp_path, by_question, example, lib):
    session = tmp_path / "sesiones" / "hn-001.yaml"
    child = spawn("--country", "MX", "--lang", "es", "--case-ref", "HN-001", "--session", str(session),
                  "--as-of", AS_OF, cwd=tmp_path)
    child.expect("Nueva sesión")

    # 1. first question: ask for help, then answer
    first = next_question(child, by_question)
    prompt(child)
    child.sendline("?")
    child.expect("Elemento jurídico")
    prompt(child)
    child.sendline(typed(first, example.get(first.id)))

    # 2. answer the second, then go back from the third: the second is shown with its answer
    second = next_question(child, by_question)
    prompt(child)
    child.sendline(typed(second, example.get(second.id)))
    next_question(child, by_question)
    prompt(child)
    child.sendline("<")
    child.expect(re.escape(second.question.get("es")))
    child.expect("Respuesta actual")
    prompt(child)
    child.sendline("")  # Enter keeps it

    # 3. two more answers, then the review: change answer 1 to "no sé", then back to "sí"
    for _ in range(2):
        fact = next_question(child, by_question)
        prompt(child)
        child.sendline(typed(fact, example.get(fact.id)))
    next_question(child, by_question)
    prompt(child)
    child.sendline("=")
    child.expect("Sus respuestas")
    child.expect("Número de una respuesta")
    prompt(child)
    child.sendline("1")
    child.expect(re.escape(first.question.get("es")))
    prompt(child)
    child.sendline("ns")
    child.expect("Sus respuestas")  # editing returns to the review
    prompt(child)
    child.sendline("1")
    prompt(child)
    child.sendline(typed(first, example.get(first.id)))
    child.expect("Sus respuestas")
    prompt(child)
    child.sendline("")  # leave the review

    # 4. one more answer, then Ctrl-C: everything is saved and the resume command is printed
    fact = next_question(child, by_question)
    prompt(child)
    child.sendline(typed(fact, example.get(fact.id)))
    next_question(child, by_question)
    prompt(child)
    child.sendcontrol("c")
    child.expect("Para continuar donde se detuvo:")
    child.expect(r"screening interview --resume (\S+)")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert session.exists() and (session.stat().st_mode & 0o777) == 0o600
    saved = session.read_text(encoding="utf-8")
    assert "finished: false" in saved

    # 5. resume and answer everything else from the example
    child = spawn("--resume", str(session), cwd=tmp_path)
    child.expect("Retomando")
    asked = 0
    while True:
        i = child.expect([QUESTION, "Ninguna pregunta pendiente puede cambiar el resultado"])
        if i == 1:
            break
        fact = by_question[child.match.group(1).strip()]
        prompt(child)
        child.sendline(typed(fact, example.get(fact.id)))
        asked += 1
        assert asked < len(lib.catalogue.facts), "the interview never ended"
    child.expect("RESULTADO: probablemente elegible")
    child.expect("Para evaluar o generar un informe de esta sesión más tarde:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    # 6. the session is a case file: assess it like one
    out = subprocess.run([sys.executable, "-m", "screening.cli", "assess", str(session), "--country", "MX",
                          "--format", "json", "--as-of", AS_OF], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["overall"] == "eligible"
    statuses = {d["id"]: d["status"] for d in result["definitions"]}
    assert statuses["mx_refugee"] == "met" and statuses["mx_cartagena"] == "met"
    assert {f["id"]: f["status"] for f in result["flags"]}["filing_period_passed"] == "met"
    assert result["reference"] == "HN-001"
