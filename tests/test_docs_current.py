"""docs/authoring.md and examples/README.md say what the commands do today (issue 27 §4)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AUTHORING = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
EXAMPLES = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")


def screening(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SCREENING_DATA"} | {"SCREENING_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "screening.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


def test_authoring_does_not_say_every_command_takes_data():
    assert "Every command takes `--data" not in AUTHORING
    r = screening("assess", "--help", cwd=ROOT)
    assert "--data" not in r.stdout  # which is why the guide must not say so


def test_authoring_s_coverage_figures_are_what_its_example_gives(tmp_path):
    pytest.importorskip("pytest_bdd")
    blocks = re.findall(r"```(yaml|gherkin)\n(.*?)```", AUTHORING, re.S)
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "countries", tmp_path / "countries")
    (tmp_path / "features").mkdir()
    (tmp_path / "countries" / "xg.yaml").write_text(next(b for k, b in blocks if k == "yaml" and "country: XG" in b))
    (tmp_path / "features" / "xg.feature").write_text(next(b for k, b in blocks if k == "gherkin"))
    r = screening("rules", "test", "features/xg.feature", "--data", ".", "--coverage", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    shown = re.search(r"\$ screening rules test features/xg.feature --data \. --coverage\n(.*?)```", AUTHORING, re.S)
    assert shown is not None
    assert r.stdout.strip() == shown.group(1).strip()


def test_the_examples_loop_assesses_only_countries_assess_accepts():
    loop = re.search(r"for c in ([A-Z ]+); do[^\n]*\n\s+screening assess (examples/\S+)", EXAMPLES)
    assert loop is not None
    codes, case = loop.group(1).split(), loop.group(2)
    nationality = re.search(r"country_of_nationality: (\w\w)", (ROOT / case).read_text(encoding="utf-8")).group(1)
    assert nationality not in codes
    r = screening("assess", case, "--country", nationality, "--format", "json", cwd=ROOT)
    assert r.returncode == 1  # the case's own country is refused, as the README's table says
