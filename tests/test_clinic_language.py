"""Issue 27 §4: the whole report in the clinic's language (shipped rules, real commands)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def report(case: Path, country: str, lang: str, fmt: str = "html", *extra: str) -> str:
    r = runner.invoke(app, ["assess", str(case), "--country", country, "--lang", lang, "--format", fmt,
                            "--as-of", "2026-11-23", *extra])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def visible_text(page: str) -> str:
    page = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


ENGLISH_TREATIES = ("Convention relating to the Status of Refugees", "Protocol relating to the Status of Refugees",
                    "Convention against Torture and Other Cruel", "Cartagena Declaration on Refugees",
                    "Convention relating to the Status of Stateless Persons",
                    "UNHCR Handbook on Procedures and Criteria for Determining Refugee Status")


@pytest.mark.parametrize("case,country,lang,title", [
    ("honduran-woman-mexico.yaml", "MX", "es", "Convención sobre el Estatuto de los Refugiados"),
    ("venezuelan-in-brazil.yaml", "BR", "pt", "Convenção relativa ao Estatuto dos Refugiados"),
])
def test_treaties_are_cited_under_their_spanish_and_portuguese_titles(case, country, lang, title):
    text = visible_text(report(EXAMPLES / case, country, lang))
    assert title in text
    english_title = {"es": "Título en inglés: ", "pt": "Título em inglês: "}[lang]
    for en in ENGLISH_TREATIES:
        # the English title stays, once, in the list of sources, said to be the English one
        assert text.count(en) == text.count(english_title + en), en
    assert f"{english_title}Convention relating to the Status of Refugees" in text
    assert {"es": "Manual de procedimientos y criterios", "pt": "Manual de procedimentos e critérios"}[lang] in text


def test_portuguese_titles_name_the_brazilian_decree_that_promulgated_them():
    text = visible_text(report(EXAMPLES / "venezuelan-in-brazil.yaml", "BR", "pt"))
    assert "Decreto nº 50.215, de 28 de janeiro de 1961" in text
    assert "Convenção contra a Tortura e Outros Tratamentos ou Penas Cruéis, Desumanos ou Degradantes" in text
    assert "art. 1D, segundo parágrafo" in text or "Art. 1D, segundo parágrafo" in text


# -- no technical text reaches a clinic ------------------------------------------------------------------

def assess_error(tmp_path: Path, text: str, lang: str) -> str:
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["assess", str(case), "--country", "MX", "--lang", lang, "--format", "json"])
    assert r.exit_code == 1, r.output
    return r.stderr


@pytest.mark.parametrize("lang,prefix,words", [("es", "error: ", "sangría"), ("pt", "erro: ", "recuo")])
def test_a_badly_indented_case_file_is_explained_without_the_parser_s_english(tmp_path, lang, prefix, words):
    out = assess_error(tmp_path, "facts:\n  fears_return: yes\n bad\n", lang)
    assert out.startswith(prefix) and "case.yaml:3" in out and words in out
    assert "expected <block end>" not in out and "malformed" not in out and "found" not in out


def test_a_colon_inside_a_value_is_explained_in_portuguese(tmp_path):
    out = assess_error(tmp_path, "facts:\n  fears_return: yes\n   bad: [\n", "pt")
    assert "mapping values are not allowed" not in out and "':'" in out


@pytest.mark.parametrize("text,spanish", [
    ("language: fr\nfacts:\n  fears_return: yes\n", "language: se esperaba uno de en, es, pt"),
    ("reference: [1, 2]\nfacts:\n  fears_return: yes\n", "reference: se esperaba un texto"),
    ("foo: 1\nfacts:\n  fears_return: yes\n", "campo desconocido 'foo'"),
    ("facts: [1]\n", "facts: se esperaban líneas de 'nombre: valor'"),
])
def test_a_case_file_s_other_mistakes_are_said_in_spanish(tmp_path, text, spanish):
    out = assess_error(tmp_path, text, "es")
    assert spanish in out
    for english in ("Input should", "Value error", "unknown field", "top level", " or "):
        assert english not in out


def test_portuguese_errors_have_a_portuguese_prefix_even_when_unkeyed(capsys):
    import typer

    from screening.base.errors import InputError
    from screening.cli.common import run_command as _run

    def fail():
        raise InputError("x")

    with pytest.raises(typer.Exit):
        _run(fail, "pt")
    assert capsys.readouterr().err.startswith("erro: ")


@pytest.mark.parametrize("lang,word", [("es", "interrumpido"), ("pt", "interrompido"), ("en", "interrupted")])
def test_ctrl_c_is_said_in_the_session_s_language(capsys, lang, word):
    import typer

    from screening.cli.common import run_command as _run

    def stop():
        raise KeyboardInterrupt

    with pytest.raises(typer.Exit) as e:
        _run(stop, lambda: lang)
    assert e.value.exit_code == 130
    assert capsys.readouterr().err.strip() == word


def test_the_interview_s_closing_hint_names_screening_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the session is saved in ./sessions
    r = runner.invoke(app, ["interview", "--country", "MX", "--lang", "es",
                            "--answers", str(EXAMPLES / "honduran-woman-mexico.yaml")])
    assert r.exit_code == 0, r.output
    assert "screening report " in r.stdout and "screening assess" not in r.stdout
    hint = next(line.strip() for line in r.stdout.splitlines() if line.strip().startswith("screening report "))
    made = runner.invoke(app, hint.split()[1:])  # the command it names works as printed
    assert made.exit_code == 0, made.output
    assert "Informe" in made.stdout


def test_an_unclosed_list_is_explained_in_spanish(tmp_path):
    out = assess_error(tmp_path, "facts:\n  fears_return: yes\n  reasons: [race\n", "es")
    assert "una lista entre [ ] o { } que no se cierra" in out and "stream end" not in out


# -- case files accept what the interview accepts ----------------------------------------------------------

def assess_facts(tmp_path: Path, text: str) -> dict:
    import json

    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["assess", str(case), "--country", "MX", "--format", "json", "--as-of", "2026-01-01"])
    assert r.exit_code == 0, r.stderr
    return {a["fact"]: a["value"] for a in json.loads(r.stdout)["applicant"]}


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_spanish_and_portuguese_case_files_take_day_first_dates(tmp_path, lang):
    facts = assess_facts(tmp_path, f"language: {lang}\nfacts:\n  date_of_entry: 13/03/2025\n"
                                   "  asylum_application_filed: yes\n  date_of_application: 2/4/2025\n")
    assert facts["date_of_entry"] == "2025-03-13" and facts["date_of_application"] == "2025-04-02"


def test_an_english_case_file_does_not_guess_which_of_03_04_is_the_day(tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text("language: en\nfacts:\n  date_of_entry: 03/04/2025\n", encoding="utf-8")
    r = runner.invoke(app, ["assess", str(case), "--country", "MX", "--format", "json"])
    assert r.exit_code == 1 and "YYYY-MM-DD" in r.stderr


@pytest.mark.parametrize("text,code", [
    ("language: es\nfacts:\n  country_of_nationality: Honduras\n", "HN"),
    ("language: es\nfacts:\n  country_of_nationality: Estados Unidos\n", "US"),
    ("language: pt\nfacts:\n  country_of_nationality: colômbia\n", "CO"),
    ("facts:\n  country_of_nationality: ve\n", "VE"),
])
def test_a_country_may_be_named_in_the_file_s_language(tmp_path, text, code):
    assert assess_facts(tmp_path, text)["country_of_nationality"] == code


def test_transit_countries_take_codes_in_any_case_and_names(tmp_path):
    import json

    for written in ("[CO, PA]", "[co, Pa]", "[Colombia, Panamá]"):
        case = tmp_path / "case.yaml"
        case.write_text(f"language: es\nfacts:\n  transit_countries: {written}\n", encoding="utf-8")
        r = runner.invoke(app, ["assess", str(case), "--country", "MX", "--format", "json"])
        assert r.exit_code == 0, (written, r.stderr)
        data = json.loads(r.stdout)
        assert "transit_countries" not in data["overall_missing"], written


# -- the brief's route, Markdown names, the route table ---------------------------------------------------

def brief(tmp_path: Path, facts: str, fmt: str) -> str:
    case = tmp_path / "case.yaml"
    case.write_text("language: es\nfacts:\n  outside_country_of_nationality: yes\n" + facts, encoding="utf-8")
    r = runner.invoke(app, ["assess", str(case), "--country", "MX", "--brief", "--format", fmt,
                            "--as-of", "2026-01-01"])
    assert r.exit_code == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("fmt,route,summary", [("md", "## Ruta", "## Resumen"), ("text", "\nRUTA\n", "\nRESUMEN\n"),
                                               ("html", "<h2>Ruta</h2>", "<h2>Resumen</h2>")])
def test_the_brief_shows_the_route_only_when_something_happened_on_it_after_the_summary(tmp_path, fmt, route,
                                                                                        summary):
    quiet = brief(tmp_path, "  country_of_nationality: NI\n  transit_countries: [HN, GT]\n", fmt)
    assert route not in quiet
    eventful = brief(tmp_path, "  country_of_nationality: VE\n  transit_countries: [CO, PA]\n"
                               "  crossed_darien: yes\n", fmt)
    assert summary in eventful and route in eventful
    assert eventful.index(summary) < eventful.index(route)


@pytest.mark.parametrize("fmt", ["md", "text", "html"])
def test_the_route_table_marks_a_deadline_already_passed(tmp_path, fmt):
    case = tmp_path / "case.yaml"
    case.write_text("language: es\nfacts:\n  country_of_nationality: VE\n  outside_country_of_nationality: yes\n"
                    "  date_of_entry: 2025-01-10\n  asylum_application_filed: no\n", encoding="utf-8")

    def table(as_of: str) -> str:
        r = runner.invoke(app, ["route", str(case), "--countries", "CO,MX", "--as-of", as_of, "--format", fmt])
        assert r.exit_code == 0, r.stderr
        return r.stdout

    assert table("2026-01-01").count("ya vencido") == 2  # 10 Mar 2025 (CO) and 24 Feb 2025 (MX) are behind
    assert "ya vencido" not in table("2025-01-20")


# -- country names with their articles --------------------------------------------------------------------

def route_md(tmp_path: Path, lang: str, countries: str) -> str:
    case = tmp_path / "case.yaml"
    case.write_text("facts:\n  country_of_nationality: VE\n  outside_country_of_nationality: yes\n"
                    "  date_of_entry: 2025-01-10\n", encoding="utf-8")
    r = runner.invoke(app, ["route", str(case), "--countries", countries, "--as-of", "2026-01-01",
                            "--format", "md", "--lang", lang])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def test_portuguese_names_countries_with_their_articles(tmp_path):
    out = route_md(tmp_path, "pt", "CO,PA,US,BR,HN")
    assert "Indeterminada na Colômbia, no Panamá, no Brasil e em Honduras" in out
    assert "nos Estados Unidos" in out and "na lei do Panamá" in out
    for wrong in ("em Colômbia", "em Brasil", "em Estados Unidos", "de Panamá", "em Panamá"):
        assert wrong not in out, wrong


def test_spanish_says_en_los_estados_unidos(tmp_path):
    out = route_md(tmp_path, "es", "CO,US")
    assert "en los Estados Unidos" in out and "la ley de los Estados Unidos" in out
    assert "en Estados Unidos" not in out


def test_a_report_names_the_country_with_its_article_inside_a_sentence():
    out = report(EXAMPLES / "honduran-woman-mexico.yaml", "CO", "pt", "md")
    assert "nenhuma está codificada para a Colômbia" in out


def test_the_1954_convention_s_party_status_is_said_in_the_report_s_language():
    text = visible_text(report(EXAMPLES / "honduran-woman-mexico.yaml", "MX", "es"))
    assert "(México es parte; año de adhesión NO CONFIRMADO)" in text and "Mexico a party" not in text


def test_every_translated_title_and_phrase_exists_in_spanish_and_portuguese():
    from screening.base import instruments, yamlio
    raw = yamlio.plain(yamlio.load(ROOT / "screening" / "base" / "instruments.yaml"))
    for row in raw["instruments"] + raw["provisions"]:
        assert row.get("es") and row.get("pt"), row["en"]
    files = [*(ROOT / "rules").glob("*.yaml"), *(ROOT / "countries").glob("*.yaml")]
    cited = set(re.findall(r"instrument: (.+)", "".join(p.read_text(encoding="utf-8") for p in files)))
    for row in instruments.all_rows():  # a title nobody cites is a typo: it would never be used
        assert row["en"] in cited, row["en"]


def test_rules_test_never_shows_a_python_class_before_a_problem(tmp_path):
    import shutil
    import subprocess
    import sys

    from .test_rules_test import FEATURE_ES, MINI

    pytest.importorskip("pytest_bdd")
    root = tmp_path / "taller"
    shutil.copytree(MINI, root)
    (root / "features").mkdir()
    (root / "features" / "xa.feature").write_text(FEATURE_ES.replace('"XA"', '"XZ"'), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "screening.cli", "rules", "test", "--data", str(root)],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 1 and "FAIL" in r.stdout
    assert "unknown country code 'XZ'" in r.stdout and "screening.base.errors" not in r.stdout


@pytest.mark.parametrize(("lang", "prefix", "words"), [("pt", "erro", "fato desconhecido"),
                                                        ("es", "error", "hecho desconocido")])
@pytest.mark.parametrize("command", ["assess", "report", "route"])
def test_a_case_file_s_mistake_is_said_in_the_file_s_own_language(tmp_path, monkeypatch, command, lang, prefix,
                                                                   words):
    """Found by hand: a case file saying `language: pt` with a misspelt fact was refused in English, because
    the file's language was taken only once the file had been read without error."""
    monkeypatch.delenv("SCREENING_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    case = tmp_path / "caso.yaml"
    case.write_text(f"language: {lang}\nfacts:\n  country_of_nationality: HN\n  foo_bar: yes\n", encoding="utf-8")
    where = ["--countries", "GT,MX"] if command == "route" else ["--country", "MX"]
    r = runner.invoke(app, [command, str(case), *where])
    assert r.exit_code == 1
    assert r.stderr.startswith(f"{prefix}: ") and words in r.stderr and "unknown fact" not in r.stderr
