"""Hostile and broken case files through `assess` and `report`, across the 20 jurisdictions.

Two generators: the seeded one (gen_cases: examples and catalogue-built cases, mutated in structure,
then in bytes), one test per seed so every failing input is listed with its reproducer; and a
hypothesis one (derandomized) that writes arbitrary text and values where the catalogue expects
facts. Each input must end with exit 0, or exit 1 with a message naming the file; never exit 3
(internal error), a traceback or a hang, and never a raw control character in what is printed.
"""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.fuzz import LONG, SEED, count, countries, drive
from tests.fuzz.corpus import CASES as CORPUS
from tests.fuzz.emit import Emitter
from tests.fuzz.gen_cases import COMMANDS, FuzzCase, catalogue, examples

CASES = count("cases", 140, 10_000)
HYPOTHESIS = count("hypothesis", 30, 2_000)
SHRINK = LONG or bool(os.environ.get("SCREENING_FUZZ_SHRINK"))
BASE = SEED * 1_000_000


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder for the inputs; the commands are warmed up first (imports, cache), outside the bound."""
    folder = tmp_path_factory.mktemp("fuzz-cases")
    drive.warm(folder)
    return folder


@pytest.fixture(scope="module")
def seen() -> set[str]:
    return set()


@pytest.fixture(scope="session")
def out(tmp_path_factory):
    """Reproducers of this run's failures (SCREENING_FUZZ_OUT if set)."""
    return drive.out_dir() if os.environ.get("SCREENING_FUZZ_OUT") else tmp_path_factory.mktemp("fuzz-failures")


def test_examples_assess_cleanly(workdir, out):
    """The harness is right: the bundled examples, unmutated, pass every check (each command and
    format once, on a rotating example)."""
    cases = examples()
    for i, (command, fmt) in enumerate(COMMANDS):
        name, data, _ = cases[i % len(cases)]
        fc = FuzzCase(-1 - i, "fz-case.yaml", data, command, fmt, "MX", steps=[f"example {name}"])
        outcome = drive.run_fuzzcase(fc, workdir, out)
        assert not outcome.problems, outcome.summary()
        assert outcome.runs[0].exit_code == 0, outcome.runs[0].stderr


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=[c[0] for c in CORPUS])
def test_corpus_case(index, workdir, out):
    outcome = drive.run_corpus_case(index, workdir, out)
    assert not outcome.problems, outcome.summary()


@pytest.mark.parametrize("seed", range(BASE, BASE + CASES))
def test_case_file(seed, workdir, seen, out):
    outcome = drive.run_case(seed, workdir, out, shrink=SHRINK, seen=seen)
    assert not outcome.problems, outcome.summary()


# -- hypothesis: arbitrary values where facts go ---------------------------------------------------

TEXT = st.text(st.characters(codec="utf-8"), max_size=200)
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40) | st.floats() | TEXT
    | st.dates(), lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20)


def fact_values(fact: dict) -> st.SearchStrategy:
    kind, choices = fact["type"], fact["choices"] or []
    valid: st.SearchStrategy
    if kind == "boolean":
        valid = st.booleans()
    elif kind == "set":
        valid = st.lists(st.sampled_from(choices), unique=True)
    elif kind == "choice":
        valid = st.sampled_from(choices)
    elif kind == "date":
        valid = st.dates()
    elif kind == "country":
        valid = st.from_regex(r"[A-Z]{2}", fullmatch=True)
    else:
        valid = st.integers()
    return st.one_of(valid, valid, st.sampled_from(["unknown", "declined"]), JUNK)


@st.composite
def case_docs(draw) -> dict:
    facts = catalogue()
    chosen = draw(st.lists(st.sampled_from(facts), unique_by=lambda f: f["id"], max_size=len(facts)))
    doc: dict = {"facts": {f["id"]: draw(fact_values(f)) for f in chosen}}
    for key, strategy in (("reference", TEXT), ("narrative", TEXT),
                          ("language", st.sampled_from(["en", "es", "pt"]) | JUNK)):
        if draw(st.booleans()):
            doc[key] = draw(strategy)
    if draw(st.integers(0, 9)) == 0:
        doc[draw(TEXT)] = draw(JUNK)
    return doc


@settings(derandomize=True, database=None, deadline=None, max_examples=HYPOTHESIS,
          phases=[Phase.explicit, Phase.generate] + ([Phase.shrink] if SHRINK else []),
          suppress_health_check=list(HealthCheck))
@given(doc=case_docs(), command=st.sampled_from(COMMANDS), country=st.sampled_from(countries()),
       as_json=st.booleans(), rnd=st.randoms(use_true_random=False))
def test_hypothesis_case(workdir, out, doc, command, country, as_json, rnd: random.Random):
    em = Emitter(rnd)
    data = (em.json(doc) if as_json else em.yaml(doc)).encode("utf-8", "surrogatepass")
    fc = FuzzCase(-1, "fz-case.json" if as_json else "fz-case.yaml", data, command[0], command[1], country,
                  steps=["hypothesis", "json" if as_json else "yaml"])
    outcome = drive.run_fuzzcase(fc, workdir, out)
    assert not outcome.problems, outcome.summary()
