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
                    "Convention relating to the Status of Stateless Persons")


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


def test_portuguese_titles_name_the_brazilian_decree_that_promulgated_them():
    text = visible_text(report(EXAMPLES / "venezuelan-in-brazil.yaml", "BR", "pt"))
    assert "Decreto nº 50.215, de 28 de janeiro de 1961" in text
    assert "Convenção contra a Tortura e Outros Tratamentos ou Penas Cruéis, Desumanos ou Degradantes" in text
    assert "art. 1D, segundo parágrafo" in text or "Art. 1D, segundo parágrafo" in text
