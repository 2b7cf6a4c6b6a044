"""A mistyped command line is told in the reader's language (--lang on that line, else the
environment), still as a usage error (exit 2); in English it reads as click always wrote it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from screening.cli import app

runner = CliRunner()
CASE = "examples/honduran-woman-mexico.yaml"


def err(*args: str, env: dict[str, str] | None = None) -> str:
    r = runner.invoke(app, list(args), prog_name="screening", env={"LANG": "C", "SCREENING_LANG": "", **(env or {})})
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    return r.stderr


def test_english_reads_as_click_wrote_it():
    out = err("assess", CASE, "-x")
    assert "Usage: screening assess [OPTIONS]" in out and "Try 'screening assess -h' for help." in out
    assert "Error: No such option: -x" in out
    assert "Error: Missing argument 'case'." in err("assess", "--country", "MX")
    assert "Error: No such command 'asses'. Did you mean 'assess'?" in err("asses")
    assert "Error: Invalid value for --as-of: 'ayer' is not a date as YYYY-MM-DD" in err(
        "assess", CASE, "--as-of", "ayer")
    assert "Error: Option '--country' requires an argument." in err("assess", CASE, "--country")


@pytest.mark.parametrize("args, spanish", [
    (("assess", CASE, "-x"), "Error: No existe la opción -x"),
    (("assess", "--country", "MX"), "Error: Falta el argumento 'case'."),
    (("asses",), "Error: No existe el comando 'asses'. ¿Quiso decir 'assess'?"),
    (("assess", CASE, "--as-of", "ayer"), "Valor no válido para --as-of: 'ayer' no es una fecha como AAAA-MM-DD"),
    (("assess", CASE, "-o", "informe.docx"), "no se sabe qué formato corresponde a '.docx'"),
    (("assess", CASE, "otro", "más"), "Sobra(n) argumento(s) inesperado(s): (otro más)"),
    (("interview",), "Valor no válido para --country: indique --country (o --resume con una sesión guardada)"),
    (("assess", CASE, "--country"), "Error: La opción '--country' necesita un valor."),
])
def test_spanish_on_the_command_line(args, spanish):
    out = err(args[0], "--lang", "es", *args[1:])
    assert spanish in out, out


def test_portuguese_from_the_environment():
    out = err("assess", CASE, "-x", env={"LANG": "pt_BR.UTF-8"})
    assert "Uso: screening assess [OPTIONS]" in out and "Experimente 'screening assess -h' para ver a ajuda." in out
    assert "Erro: Não existe a opção -x" in out
    out = err("assess", CASE, "--lang", "fr", env={"LANG": "pt_BR.UTF-8"})  # not a language we speak
    assert "Erro: Valor inválido para '--lang': 'fr' não é nenhum de 'en', 'es', 'pt'." in out
