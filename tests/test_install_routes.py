"""The other ordinary ways to install (issue 23), each into a fresh virtual environment with pip's or
pipx's own build isolation: `pip wheel .`, the sdist built by `python -m build --sdist` then installed
with pip, and `pipx install .`. Each is a full build (about a minute here), so they are marked `long`
and run by `.ci/run` after the default suite (`python -m pytest -q -m long`); `pip install .` itself is
in the default run (test_wheel.py)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.test_wheel import ROOT, clean_env, fresh_venv

pytestmark = pytest.mark.long


def assess_example(exe: Path, cwd: Path) -> None:
    """The README's quick-start assessment, from a folder that is not the checkout."""
    case = cwd / "venezuelan-in-brazil.yaml"
    case.write_text((ROOT / "examples" / "venezuelan-in-brazil.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = subprocess.run([str(exe), "assess", case.name, "--country", "BR", "--lang", "en", "--as-of", "2026-11-23"],
                       cwd=cwd, capture_output=True, text=True, env=clean_env())
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Brazil" in r.stdout and "not a decision" in r.stdout.lower()


def run_ok(*args: str | Path, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    r = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=clean_env(**env))
    assert r.returncode == 0, (r.stdout + r.stderr)[-3000:]
    return r


def wheel_carries_data_and_prebuilt(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("screening/_prebuilt/library") for n in names), "no prebuilt cache entries"
    for folder in ("rules", "countries", "templates", "training", "features"):
        assert any(n.startswith(f"screening/_data/{folder}/") for n in names), folder


def test_pip_wheel_of_the_checkout(tmp_path):
    bindir = fresh_venv(tmp_path / "venv")
    run_ok(bindir / "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", tmp_path / "dist", ROOT, cwd=tmp_path)
    wheels = list((tmp_path / "dist").glob("refugee_screening-*.whl"))
    assert len(wheels) == 1, wheels
    wheel_carries_data_and_prebuilt(wheels[0])
    run_ok(bindir / "pip", "install", "--quiet", wheels[0], cwd=tmp_path)
    assess_example(bindir / "screening", tmp_path)


def test_sdist_then_pip_install(tmp_path):
    """The sdist carries what its own wheel build needs (hatch_build.py, the data, the package)."""
    run_ok(sys.executable, "-m", "build", "--sdist", "--outdir", tmp_path / "dist", ROOT, cwd=tmp_path)
    sdists = list((tmp_path / "dist").glob("refugee_screening-*.tar.gz"))
    assert len(sdists) == 1, sdists
    bindir = fresh_venv(tmp_path / "venv")
    run_ok(bindir / "pip", "install", "--quiet", sdists[0], cwd=tmp_path)
    site = list((tmp_path / "venv").glob("lib/python3*/site-packages/screening/_prebuilt/library.pickle"))
    assert site, "the wheel pip built from the sdist carries no prebuilt cache entries"
    assess_example(bindir / "screening", tmp_path)


def test_pipx_install_of_the_checkout(tmp_path):
    """pipx itself comes from the registry, into its own virtual environment, as a user installs it."""
    tools = fresh_venv(tmp_path / "tools")
    run_ok(tools / "pip", "install", "--quiet", "pipx", cwd=tmp_path)
    home, bin_dir = tmp_path / "pipx-home", tmp_path / "pipx-bin"
    run_ok(tools / "pipx", "install", "--python", sys.executable, ROOT, cwd=tmp_path,
           PIPX_HOME=str(home), PIPX_BIN_DIR=str(bin_dir), PIPX_MAN_DIR=str(tmp_path / "man"))
    assess_example(bin_dir / "screening", tmp_path)
