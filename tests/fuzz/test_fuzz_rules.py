"""Damaged rule and country folders through `rules validate` and `assess` (SCREENING_DATA, no cache).

Each seed copies rules/ and countries/, damages one file (or the folder), and runs both commands:
exit 0 or 1 (a message naming a file of the copy), never exit 3, a traceback or a hang, and no raw
control character in what is printed.
"""

from __future__ import annotations

import os

import pytest

from tests.fuzz import SEED, count, drive
from tests.fuzz.corpus import FOLDERS as CORPUS

FOLDERS = count("rules", 5, 1_000)
BASE = SEED * 1_000_000


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder for the inputs; the commands are warmed up first (imports, cache), outside the bound."""
    folder = tmp_path_factory.mktemp("fuzz-rules")
    drive.warm(folder)
    return folder


@pytest.fixture(scope="session")
def out(tmp_path_factory):
    """Reproducers of this run's failures (SCREENING_FUZZ_OUT if set)."""
    return drive.out_dir() if os.environ.get("SCREENING_FUZZ_OUT") else tmp_path_factory.mktemp("fuzz-failures")


def test_undamaged_copy_is_clean(workdir):
    """The harness is right: an intact copy validates and assesses with exit 0."""
    problems = drive.baseline(workdir)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=[c[0] for c in CORPUS])
def test_corpus_folder(index, workdir, out):
    outcome = drive.run_corpus_folder(index, workdir, out)
    assert not outcome.problems, outcome.summary()


@pytest.mark.parametrize("seed", range(BASE, BASE + FOLDERS))
def test_rule_folder(seed, workdir, out):
    outcome = drive.run_folder(seed, workdir, out)
    assert not outcome.problems, outcome.summary()
