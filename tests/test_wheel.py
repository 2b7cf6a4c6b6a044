"""Installed like a user installs it: `pip install .` of the checkout into a fresh virtual environment
(pip's own isolated build: hatch_build.py must reach the build requirements pip put on PYTHONPATH), and
`screening` run from a folder that is not the checkout. The other routes (`pip wheel .`, the sdist,
pipx) are in test_install_routes.py."""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def clean_env(**more: str) -> dict[str, str]:
    """The environment a user's shell has: nothing pointing at the checkout or this test's cache."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("SCREENING_DATA", "PYTHONPATH", "SCREENING_NO_CACHE", "VIRTUAL_ENV")}
    return {**env, **more}


def fresh_venv(where: Path) -> Path:
    """A virtual environment with nothing but pip: its `bin` folder (`Scripts` on Windows)."""
    venv.create(where, with_pip=True)
    return where / ("Scripts" if os.name == "nt" else "bin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    bindir = fresh_venv(work / "venv")
    # `pip install .` as the README's users type it, from the checkout, with build isolation
    done = subprocess.run([str(bindir / "pip"), "install", "--quiet", "."], cwd=ROOT, capture_output=True,
                          text=True, env=clean_env())
    assert done.returncode == 0, done.stderr[-3000:]
    return bindir / "screening"


def run(exe: Path, *args: str, cwd: Path, **more: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, env=clean_env(**more))


def test_wheel_assesses_an_example_outside_the_checkout(installed, tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text((ROOT / "examples" / "venezuelan-in-brazil.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = run(installed, "assess", "case.yaml", "--country", "BR", "--format", "json", "--as-of", "2026-11-23",
            cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["country"] == "BR"
    assert out["overall"] == "eligible"
    assert {d["id"] for d in out["definitions"]} >= {"br_refugee", "br_cartagena"}
    assert out["rules_version"].startswith("sha256:")
    # The case file says `language: pt`, so its report is in Portuguese unless asked otherwise.
    assert "não é uma decisão" in out["disclaimer"].lower()
    r = run(installed, "assess", "case.yaml", "--country", "BR", "--format", "json", "--as-of", "2026-11-23",
            "--lang", "en", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "not a decision" in json.loads(r.stdout)["disclaimer"].lower()


def test_the_first_run_after_install_reads_what_the_wheel_prebuilt(installed, tmp_path):
    """Issue 15: the wheel carries the cache entries of its own rule files (screening/base/prebuilt.py), so the
    first run does not read and check them all; it says exactly what reading them says."""
    case = tmp_path / "case.yaml"
    case.write_text((ROOT / "examples" / "honduran-woman-mexico.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    args = ("assess", "case.yaml", "--country", "MX", "--format", "json", "--as-of", "2026-11-26")
    cache = tmp_path / "cache"
    first = run(installed, *args, cwd=tmp_path, SCREENING_CACHE=str(cache))
    assert first.returncode == 0, first.stderr
    assert not list(cache.glob("library-*")) and not list(cache.glob("messages-*"))  # nothing was read to cache
    read = run(installed, *args, cwd=tmp_path, SCREENING_NO_CACHE="1")
    assert read.returncode == 0, read.stderr
    assert first.stdout == read.stdout


def test_wheel_carries_rules_countries_and_templates(installed, tmp_path):
    r = run(installed, "rules", "validate", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run(installed, "countries", cwd=tmp_path)
    assert r.returncode == 0 and "BR" in r.stdout and "MX" in r.stdout and "CR" in r.stdout
    case = tmp_path / "case.yaml"
    case.write_text((ROOT / "examples" / "honduran-woman-mexico.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = run(installed, "assess", "case.yaml", "--country", "MX", "--format", "text", "--lang", "es", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "México" in r.stdout


def test_wheel_carries_the_training_scenarios_and_their_templates(installed, tmp_path):
    r = run(installed, "train", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "venezuelan_teacher_brazil" in r.stdout
    r = run(installed, "rules", "validate", cwd=tmp_path)
    assert "training scenario(s)" in r.stdout and " 0 training" not in r.stdout


def test_wheel_runs_a_trainers_spanish_features_with_coverage(installed, tmp_path):
    """Issue 14: a trainer's folder outside the repository (data + features in Spanish), tested from the
    installed wheel; a broken rule fails naming the criterion. Issue 23: a clinic's install has no
    scenario runner; `rules test` says (in Spanish here) the command that adds it, and that command works.
    (Last in this file: it adds the runner to the shared installation.)"""
    import shlex
    import shutil

    from tests.test_rules_test import FEATURE_ES, MINI

    root = tmp_path / "taller"
    shutil.copytree(MINI, root)
    (root / "features").mkdir()
    (root / "features" / "xa.feature").write_text(FEATURE_ES, encoding="utf-8")
    r = run(installed, "rules", "test", "--data", str(root), cwd=tmp_path, SCREENING_LANG="es")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stdout + r.stderr
    said, _, command = r.stderr.strip().partition("; agréguelo con: ")
    assert "que esta instalación no tiene (viene con el extra `authoring`)" in said and command, r.stderr
    added = subprocess.run(shlex.split(command) + ["--quiet"], capture_output=True, text=True, env=clean_env())
    assert added.returncode == 0, added.stderr[-2000:]
    r = run(installed, "rules", "test", "--data", str(root), "--coverage", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 passed, 0 failed" in r.stdout and "RULE COVERAGE:" in r.stdout
    xa = root / "countries" / "xa.yaml"
    xa.write_text(xa.read_text(encoding="utf-8").replace("add: [gender]", "add: [religion]"), encoding="utf-8")
    r = run(installed, "rules", "test", "--data", str(root), cwd=tmp_path)
    assert r.returncode == 1 and "'ground': 'not_met'" in r.stdout and "1 passed, 1 failed" in r.stdout
