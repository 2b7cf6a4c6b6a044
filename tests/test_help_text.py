"""`--help` in the reader's language: every command's and option's help has its Spanish and Portuguese
(a help text changed in the code alone, or added without them, fails here), typer's own words too."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from screening.base import messages
from screening.cli import app

runner = CliRunner()


def tree_texts() -> dict[str, str]:
    """Every help text of the command line, by where it is (command path, option)."""
    out: dict[str, str] = {}
    todo = [("screening", typer.main.get_command(app))]
    while todo:
        path, cmd = todo.pop()
        if cmd.help:
            out[path] = cmd.help
        for p in cmd.params:
            if getattr(p, "help", None):
                out[f"{path} {p.name}"] = p.help
        todo += [(f"{path} {name}", sub) for name, sub in getattr(cmd, "commands", {}).items()]
    return out


def catalogue() -> dict[str, dict[str, str]]:
    return {k: v for k, v in messages.catalogue().items() if k.startswith("help.")}


def test_every_help_text_has_its_translations():
    english = {v["en"] for v in catalogue().values()}
    missing = {where: text for where, text in tree_texts().items() if text not in english}
    assert not missing, f"help texts without an entry in messages/help.yaml (or changed in one place only): {missing}"
    untranslated = [k for k, v in catalogue().items() if not (v["es"] and v["pt"])]
    assert not untranslated


def test_no_entry_is_left_from_a_help_text_that_is_gone():
    used = set(tree_texts().values())
    stale = [k for k, v in catalogue().items() if not k.startswith("help.typer.") and v["en"] not in used]
    assert not stale, stale


def page(*args: str, lang_env: str = "C") -> str:
    r = runner.invoke(app, list(args), prog_name="screening", env={"LANG": lang_env, "SCREENING_LANG": ""})
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize(("how", "lang"), [("--lang", "es"), ("env", "pt")])
def test_a_help_page_in_spanish_or_portuguese_has_no_english_left(how, lang):
    args = ["assess", "--help"] + (["--lang", lang] if how == "--lang" else [])
    out = page(*args, lang_env="pt_BR.UTF-8" if how == "env" else "C")
    words = {"es": ("Uso: screening assess", "Opciones:", "Argumentos:", "[obligatorio]", "por defecto: narrative",
                    "Evalúa un caso en una jurisdicción", "Muestra este mensaje y termina."),
             "pt": ("Uso: screening assess", "Opções:", "Argumentos:", "[obrigatório]", "padrão: narrative",
                    "Avalia um caso numa jurisdição", "Mostra esta mensagem e sai.")}[lang]
    for w in words:
        assert w in " ".join(out.split()), (w, out)
    for english in ("Usage:", "Options:", "Arguments:", "required", "default:", "Show this message", "Assess one"):
        assert english not in out, (english, out)


def test_english_is_as_typer_writes_it_even_after_another_language():
    page("interview", "--help", "--lang", "es")
    out = page("interview", "--help")
    assert out.startswith("Usage: screening interview [OPTIONS]")
    assert "Options:" in out and "Interview an applicant" in out and "Show this message and exit." in out
    out = page("--help", lang_env="es_ES.UTF-8")
    assert "Comandos:" in out and "Entrevista a una persona solicitante" in " ".join(out.split())
