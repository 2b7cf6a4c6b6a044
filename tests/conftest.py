from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening.law.load import load_library

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini_lib():
    return load_library(FIXTURES / "mini" / "rules", FIXTURES / "mini" / "countries")


@pytest.fixture(scope="session")
def shipped_lib():
    return load_library()


@pytest.fixture
def data(tmp_path: Path, monkeypatch) -> Path:
    """A trainer's working copy of the miniature rules, used by every command through SCREENING_DATA."""
    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", root)
    monkeypatch.setenv("SCREENING_DATA", str(root))
    return root
