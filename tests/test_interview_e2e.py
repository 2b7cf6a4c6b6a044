"""End to end, as a clinic worker uses it: the real `screening interview` in a pseudo-terminal, in
Spanish. On the Mexico rules: uses ?, goes back, edits from the review, presses Ctrl-C, resumes,
and finishes with the assessment the bundled Honduran example should get. On the Costa Rica rules:
the opening a clinic follows (reference, nationality, date of birth, entry, filing), a narrative
over several lines, q to save and stop, and the report that names the country of origin.

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

from screening.assess.screener import load_case  # noqa: E402
from screening.interview.answers import options  # noqa: E402
from screening.law.load import load_library  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "honduran-woman-mexico.yaml"
AS_OF = "2026-11-23"
QUESTION = re.compile(r"\[Criterios resueltos: \d+ de \d+ · quedan? como máximo \d+ preguntas?\]\r?\n(.+?)\r?\n")
NARRATIVE = "Con sus propias palabras: ¿qué le pasó y por qué salió de su país?"
DONE = "Ninguna pregunta pendiente puede cambiar el resultado"


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
    narrative = " ".join(load_case(EXAMPLE, lib).narrative.split())
    session = tmp_path / "sesiones" / "hn-001.yaml"
    child = spawn("--country", "MX", "--lang", "es", "--case-ref", "HN-001", "--session", str(session),
                  "--as-of", AS_OF, cwd=tmp_path)
    child.expect("Nueva sesión")

    # 1. the first question (the nationality: the interview opens with who the person is): help, then answer
    first = next_question(child, by_question)
    assert first.id == "country_of_nationality"
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

    # 5. resume and answer everything else from the example, the narrative included
    child = spawn("--resume", str(session), cwd=tmp_path)
    child.expect("Retomando")
    asked = 0
    while True:
        i = child.expect([QUESTION, NARRATIVE, DONE])
        if i == 2:
            break
        if i == 1:
            prompt(child)
            child.sendline(narrative)
            prompt(child)
            child.sendline("")  # an empty line ends it
            child.expect("Relato guardado")
            continue
        fact = by_question[child.match.group(1).strip()]
        prompt(child)
        child.sendline(typed(fact, example.get(fact.id)))
        asked += 1
        assert asked < len(lib.catalogue.facts), "the interview never ended"
    child.expect("RESULTADO: probablemente elegible")
    child.expect("Para generar el informe de esta sesión")
    child.expect("screening report ")  # what a clinic runs next
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
    assert load_case(session, lib).narrative == narrative


# A Nicaraguan student who fled to Costa Rica three weeks ago, interviewed in Spanish
STUDENT = {
    "outside_country_of_nationality": True, "stateless": False, "fears_return": True, "harmed_before": False,
    "threatened_before": True, "similar_people_harmed": True, "profile_at_risk_now": True,
    "harm_feared": ["threats_to_life_or_freedom", "detention_or_kidnapping", "torture_or_ill_treatment"],
    "persecutors": ["state_authorities"], "characteristics": ["political_opinion"],
    "reasons_for_harm": ["political_opinion"], "state_would_protect": False, "officials_acquiesce": True,
    "fled_country": True, "risk_of_torture_on_return": True, "risk_to_life_on_return": True,
}
STUDENT_STORY = [
    "Soy estudiante de la UNAN en Managua y participé en las protestas universitarias.",
    "La policía detuvo a dos compañeros y a mí me buscaron en casa de mi madre.",
    "Salí por Peñas Blancas hace tres semanas.",
]


def test_spanish_opening_narrative_q_and_the_report_on_nicaragua(tmp_path, by_question):
    session = tmp_path / "sesiones" / "cr-031.yaml"
    child = spawn("--country", "CR", "--lang", "es", "--session", str(session), "--as-of", "2026-11-25",
                  cwd=tmp_path)
    child.expect("Nueva sesión")

    # the opening: no --case-ref, so the reference first; then who the person is and where the claim stands
    child.expect("Primero, ")
    child.expect(re.escape("Referencia del caso (número de expediente de la clínica):"))
    prompt(child)
    child.sendline("CR-2026-031")
    for fid, text in [("country_of_nationality", "Nicaragua"), ("has_other_nationality", "2"),
                      ("date_of_birth", "14/05/2004"), ("date_of_entry", "2026-11-04"),
                      ("asylum_application_filed", "2")]:  # not filed: the date of filing is not asked
        assert next_question(child, by_question).id == fid
        prompt(child)
        child.sendline(text)

    # the free narrative, over several lines, ended by an empty line
    child.expect(re.escape(NARRATIVE))
    for line in STUDENT_STORY + [""]:
        prompt(child)
        child.sendline(line)
    child.expect(re.escape("Relato guardado (3 líneas)."))

    # then the questions the rules need; a few answers, then q: saved, exit 0 (a choice, not an interruption)
    child.expect("Ahora algunas preguntas concretas")
    for _ in range(4):
        fact = next_question(child, by_question)
        assert not fact.opening
        prompt(child)
        child.sendline(typed(fact, STUDENT.get(fact.id, "unknown")))
    next_question(child, by_question)
    prompt(child)
    child.sendline("q")
    child.expect(re.escape("Guardado. Todas las respuestas están en"))
    child.expect(r"screening interview --resume \S+")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load(session.read_text(encoding="utf-8"))
    assert data["reference"] == "CR-2026-031"
    assert data["narrative"] == "\n".join(STUDENT_STORY)
    facts = data["facts"]
    assert facts["country_of_nationality"] == "NI" and facts["has_other_nationality"] is False
    assert str(facts["date_of_birth"]) == "2004-05-14" and str(facts["date_of_entry"]) == "2026-11-04"
    assert facts["asylum_application_filed"] is False and "date_of_application" not in facts

    out = subprocess.run([sys.executable, "-m", "screening.cli", "assess", str(session), "--country", "CR",
                          "--lang", "es", "--format", "md", "--as-of", "2026-11-25"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    report = out.stdout
    assert "CR-2026-031" in report and "(no indicada)" not in report
    head = report.split("## ", 1)[0]  # the header, before the first section
    assert "- **Nacionalidad:** Nicaragua (NI)" in head
    assert "- **Fecha de nacimiento:** 14 de mayo de 2004 (22 años a la fecha de la evaluación)" in head
    assert "- **Fecha de ingreso al país:** 4 de noviembre de 2026" in head
    # the deadline as a date with days left, and where to file, in the next steps
    steps = report.split("## Próximos pasos", 1)[1].split("\n## ", 1)[0]
    assert "presente la solicitud a más tardar el viernes, 4 de diciembre de 2026; solo quedan 9 días" in steps
    assert "Dirección General de Migración y Extranjería (DGME)" in steps
    assert "Orientación sobre el país de origen" in report
    assert "UNHCR, guidance note on the outflow of Nicaraguans" in report
    for line in STUDENT_STORY:  # quoted, one line each
        assert line in report
