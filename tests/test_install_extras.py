"""Issue 23: what an ordinary install carries and where it keeps things. A clinic's install has no test
runner: `screening rules test` then says, in the reader's language, which command adds it. The cache
and the training history live in each system's usual folders (platformdirs), not in Linux's alone."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import platformdirs
import pytest
from typer.testing import CliRunner

from screening.cli import app
from screening.cli.rules_testing import authoring_command

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_the_test_runner_is_an_extra_not_a_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [d.split(">")[0].split("=")[0].split(";")[0].strip().lower() for d in project["dependencies"]]
    assert "pytest" not in names and "pytest-bdd" not in names
    assert {"markupsafe", "rich", "platformdirs", "filelock", "prompt_toolkit"} <= set(names)  # imported directly
    extras = project["optional-dependencies"]
    assert extras["authoring"] == ["pytest>=8", "pytest-bdd>=7"]
    assert set(extras["authoring"]) <= set(extras["test"])
    # cli/click_api.py imports typer's private copy of click: typer is capped below its next minor release
    typer_spec = next(d for d in project["dependencies"] if d.startswith("typer"))
    assert "<0." in typer_spec
    import typer

    assert tuple(int(x) for x in typer.__version__.split(".")[:2]) < (0, 30)


def _without_pytest_bdd(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pytest_bdd" else real(name, *a))


@pytest.mark.parametrize("lang,words", [
    ("en", "`screening rules test` runs the scenarios with pytest-bdd, which this installation does not have"),
    ("es", "ejecuta los escenarios con pytest-bdd, que esta instalación no tiene (viene con el extra `authoring`)"),
    ("pt", "executa os cenários com pytest-bdd, que esta instalação não tem (vem com o extra `authoring`)"),
])
def test_rules_test_without_the_runner_says_which_command_adds_it(monkeypatch, lang, words):
    _without_pytest_bdd(monkeypatch)
    monkeypatch.setenv("SCREENING_LANG", lang)
    r = runner.invoke(app, ["rules", "test"])
    assert r.exit_code == 1
    assert words in r.stderr and "Traceback" not in r.stderr
    assert f'{sys.executable} -m pip install "pytest>=8" "pytest-bdd>=7"' in r.stderr


def test_the_command_fits_how_it_was_installed(monkeypatch):
    home = Path.home().as_posix()
    monkeypatch.setattr(sys, "prefix", f"{home}/.local/share/pipx/venvs/refugee-screening")
    assert authoring_command() == 'pipx inject refugee-screening "pytest>=8" "pytest-bdd>=7"'
    monkeypatch.setattr(sys, "prefix", f"{home}/.local/share/uv/tools/refugee-screening")
    assert authoring_command().startswith('uv tool install --reinstall --with "pytest>=8" --with "pytest-bdd>=7"')


def test_cache_and_history_live_in_the_systems_own_folders(monkeypatch, tmp_path):
    from screening.base import cache
    from screening.training.scorecard import history_path

    monkeypatch.delenv("SCREENING_CACHE", raising=False)
    monkeypatch.delenv("SCREENING_NO_CACHE", raising=False)
    monkeypatch.delenv("SCREENING_TRAINING_HISTORY", raising=False)
    assert cache._dir() == Path(platformdirs.user_cache_dir("refugee-screening", appauthor=False))
    assert history_path() == Path(platformdirs.user_state_dir("refugee-screening", appauthor=False),
                                  "training-history.jsonl")
    if sys.platform.startswith("linux"):  # the XDG folders, as before
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "s"))
        assert cache._dir() == tmp_path / "c" / "refugee-screening"
        assert history_path() == tmp_path / "s" / "refugee-screening" / "training-history.jsonl"
    monkeypatch.setenv("SCREENING_CACHE", str(tmp_path / "mine"))
    assert cache._dir() == tmp_path / "mine"
