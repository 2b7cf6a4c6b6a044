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
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11,<3.14"
    assert screening.SUPPORTED_PYTHONS == ((3, 11), (3, 12), (3, 13))
    assert tuple(sys.version_info[:2]) in screening.SUPPORTED_PYTHONS  # the suite itself runs on one
    # the engine of record only where it installs; elsewhere the built-in evaluator (evaluators.py)
    assert 'durable-rules==2.0.28; python_version < "3.13"' in project["dependencies"]
    for minor in (11, 12, 13):
        assert f"Programming Language :: Python :: 3.{minor}" in project["classifiers"]


@pytest.mark.parametrize("version", [(3, 10), (3, 14)])
def test_an_unsupported_python_is_named_with_what_to_do(version):
    msg = screening.unsupported_python(version)
    assert msg is not None
    assert f"this is Python {version[0]}.{version[1]}" in msg and "3.11, 3.12 or 3.13" in msg and "venv" in msg


def _python(minor: int) -> str | None:
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found = sorted(glob.glob(os.path.join(root, "versions", f"3.{minor}*", "bin", f"python3.{minor}")))
    return found[0] if found else None


@pytest.mark.skipif(_python(10) is None, reason="no Python 3.10 on this machine")
def test_python_310_gets_one_line_not_a_traceback():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([_python(10), "-m", "screening.cli", "--version"], capture_output=True, text=True, env=env)
    assert r.returncode == 1
    assert r.stderr.startswith("refugee-screening needs Python 3.11, 3.12 or 3.13 (this is Python 3.10)")
    assert "Traceback" not in r.stderr and r.stdout == ""
