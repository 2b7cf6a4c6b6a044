"""Which Pythons: the supported ones are declared once, and any other gets one clear line, exit 1."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import screening

ROOT = Path(__file__).resolve().parents[1]


def test_declared_range_matches_the_runtime_check():
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert spec == ">=3.11,<3.13"
    assert screening.SUPPORTED_PYTHONS == ((3, 11), (3, 12))
    assert tuple(sys.version_info[:2]) in screening.SUPPORTED_PYTHONS  # the suite itself runs on one


@pytest.mark.parametrize("version", [(3, 10), (3, 13), (3, 14)])
def test_an_unsupported_python_is_named_with_what_to_do(version):
    msg = screening.unsupported_python(version)
    assert msg is not None
    assert f"this is Python {version[0]}.{version[1]}" in msg and "3.11 or 3.12" in msg and "venv" in msg


def _python313() -> str | None:
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found = sorted(glob.glob(os.path.join(root, "versions", "3.13*", "bin", "python3.13")))
    return found[0] if found else None


@pytest.mark.skipif(_python313() is None, reason="no Python 3.13 on this machine")
def test_python_313_gets_one_line_not_a_traceback():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([_python313(), "-m", "screening.cli", "--version"], capture_output=True, text=True, env=env)
    assert r.returncode == 1
    assert r.stderr.startswith("refugee-screening needs Python 3.11 or 3.12 (this is Python 3.13)")
    assert "Traceback" not in r.stderr and r.stdout == ""
