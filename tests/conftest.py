from __future__ import annotations

from pathlib import Path

import pytest

from screening.library import load_library

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini_lib():
    return load_library(FIXTURES / "mini" / "rules", FIXTURES / "mini" / "countries")


@pytest.fixture(scope="session")
def shipped_lib():
    return load_library()
