"""Fuzz suite (issue 11): hostile and broken case files, rule and country folders, and an interview
killed with SIGKILL at random moments.

Every input is generated from a seeded `random.Random` (or by hypothesis with derandomize=True), so a
run is the same on every machine and a failing input is named by its seed. Each input runs in-process
through the CLI (typer's CliRunner) under a per-input alarm: a hang is a failure, never a slow CI.

    .venv/bin/python -m pytest -q tests/fuzz                  # the CI size, about a minute
    SCREENING_FUZZ=long .venv/bin/python -m pytest -q tests/fuzz
    .venv/bin/python -m tests.fuzz --long                     # figures and reproducers (see run.py)

SCREENING_FUZZ_CASES / SCREENING_FUZZ_RULES override the counts; SCREENING_FUZZ_SEED the base seed;
SCREENING_FUZZ_OUT the folder where reproducers of failures are saved.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LONG = os.environ.get("SCREENING_FUZZ", "").lower() == "long"
SEED = int(os.environ.get("SCREENING_FUZZ_SEED", "11"))


def count(kind: str, default: int, long: int) -> int:
    """How many inputs of `kind` a pytest run tries (the env variable wins, then the mode)."""
    value = os.environ.get(f"SCREENING_FUZZ_{kind.upper()}")
    if value:
        return int(value)
    return long if LONG else default


def countries() -> list[str]:
    """The 20 jurisdictions: the country files' names, upper-cased (read from the checkout, not the tool)."""
    return sorted(p.stem.upper() for p in (ROOT / "countries").glob("*.yaml"))
