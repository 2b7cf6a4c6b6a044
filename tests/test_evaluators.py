"""The two evaluators of a compiled country (screening/engine/evaluators.py): durable-rules, the engine of
record, and the built-in Kleene evaluator that runs where durable-rules does not load (Python 3.13).

The cross-check assesses generated cases in every shipped country with both and compares what a
reader sees: every status (criteria, definitions, exclusions, flags, outcomes, overall), every
`because` and every `missing`. The default run takes a few thousand cases; the `long` one (run by
.ci/run: `python -m pytest -q -m long`) 100,000. Where durable-rules does not load there is
nothing to compare with, and the cross-check is skipped (the Kleene evaluator is then checked
against tests/reference.py by test_engine.py and test_reference_countries.py, and by the goldens).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from screening.assess.screener import Explainer
from screening.engine.compiler import compile_jurisdiction
from screening.engine.evaluation import case_fields
from screening.engine.evaluators import DURABLE, ENV, KLEENE, chosen, durable_problem, label, new_evaluator
from screening.models.case import Case

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 11, 23)
needs_durable = pytest.mark.skipif(durable_problem() is not None,
                                   reason="durable-rules does not load on this Python: nothing to compare with")

__all__ = ["durable_problem", "needs_durable"]


# --- generated cases -------------------------------------------------------------------------------

def random_case(rng: random.Random, facts, countries: list[str]) -> Case:
    """Every fact independently known (any valid value), unknown, declined or never asked. Dates fall
    from ten years before the screening to a month after it, so every filing period and elapsed-time
    test is seen on both sides (and time running backwards, an application before the entry)."""
    known, unknown, declined = {}, [], []
    for f in facts:
        draw = rng.random()
        if draw < 0.25:
            continue  # never asked
        if draw < 0.32:
            unknown.append(f.id)
            continue
        if draw < 0.36:
            declined.append(f.id)
            continue
        if f.type == "boolean":
            known[f.id] = rng.random() < 0.5
        elif f.type == "choice":
            known[f.id] = rng.choice(f.choice_ids())
        elif f.type == "set":
            ids = f.choice_ids()
            known[f.id] = rng.sample(ids, rng.choice([0, 1, 1, 2, rng.randint(0, len(ids))]))
        elif f.type == "country":
            known[f.id] = rng.choice(countries)
        elif f.type == "date":
            near = rng.random() < 0.5  # half near the screening date, where periods in days end
            span = 120 if near else 3650
            known[f.id] = AS_OF - dt.timedelta(days=rng.randint(-30, span))
        elif f.type == "number":
            lo = int(f.minimum) if f.minimum is not None else 0
            hi = int(f.maximum) if f.maximum is not None else 100
            known[f.id] = rng.randint(lo, hi)
    return Case(known=known, unknown=unknown, declined=declined)


def _seen(a) -> dict[str, dict[str, object]]:
    """What a reader sees of an assessment, by kind: statuses, because and missing of every result."""
    out: dict[str, dict[str, object]] = {"status": {}, "because": {}, "missing": {}}
    out["status"]["overall"] = a.overall
    out["missing"]["overall"] = a.overall_missing
    for k, o in a.outcomes.items():
        out["status"][f"outcome:{k}"] = o.status
        out["because"][f"outcome:{k}"] = [r.model_dump() for r in o.because]
        out["missing"][f"outcome:{k}"] = o.missing
    for d in [*a.definitions, *a.exclusions]:
        out["status"][d.id] = d.status
        out["because"][d.id] = [r.model_dump() for r in d.because]
        out["missing"][d.id] = d.missing
        for c in d.criteria:
            key = f"{d.id}/{c.id}"
            out["status"][key] = (c.status, c.held_open)
            out["because"][key] = [r.model_dump() for r in c.because]
            out["missing"][key] = c.missing
    for f in a.flags:
        out["status"][f"flag:{f.id}"] = f.status
        out["because"][f"flag:{f.id}"] = [r.model_dump() for r in f.because]
    return out


def _same_record(a, b) -> bool:
    """The same statuses, and the same deciding children of every node (in any order: rules fire in
    the engine's order, and the explainer reads them in the rule file's)."""
    return a.status == b.status and a.reasons.keys() == b.reasons.keys() and all(
        set(v) == set(b.reasons[k]) for k, v in a.reasons.items())


def cross_check(lib, per_country: int, seed: int, explain_every: int = 1) -> tuple[int, Counter, list[str]]:
    """Cases compared, mismatches by kind, and the first few found. Kinds: "record" (a node's status
    or deciding children differ), and what a reader sees: "status", "because", "missing". Both
    assessments are explained and compared for every `explain_every`-th case and for every case
    whose records differ; the explanation reads nothing else (explain.py), so equal records
    explain alike."""
    facts = list(lib.catalogue.facts)
    countries = lib.country_codes()
    origins = sorted(set(countries) | {"VE", "HN", "SV", "GT", "NI", "CU", "HT", "UA", "AF", "SY"})
    mismatches: Counter = Counter()
    examples: list[str] = []
    compared = 0
    for code in countries:
        jur = lib.jurisdiction(code, AS_OF)
        program = compile_jurisdiction(lib, jur)
        rng = random.Random(f"{seed}-{code}")
        durable, kleene = new_evaluator(program, DURABLE), new_evaluator(program, KLEENE)
        try:
            for i in range(per_country):
                case = random_case(rng, facts, origins)
                fields = case_fields(program, case, AS_OF)
                records = (durable.evaluate(fields), kleene.evaluate(fields))
                compared += 1
                same = _same_record(*records)
                if not same:
                    mismatches["record"] += 1
                if same and i % explain_every:
                    continue
                seen = [_seen(Explainer(lib, jur, program, ev, case, "en").assessment(AS_OF)) for ev in records]
                mismatches["explained"] += 1
                for kind in ("status", "because", "missing"):
                    if seen[0][kind] != seen[1][kind]:
                        mismatches[kind] += 1
                        if len(examples) < 5:
                            diff = [k for k in seen[0][kind] if seen[0][kind][k] != seen[1][kind].get(k)]
                            examples.append(f"{code} {kind}: {diff[:3]} for {case.known} unknown={case.unknown}")
        finally:
            durable.close()
            kleene.close()
    return compared, mismatches, examples


def _wrong(mismatches: Counter) -> dict[str, int]:
    return {k: mismatches[k] for k in ("record", "status", "because", "missing") if mismatches[k]}


@needs_durable
def test_both_evaluators_agree_on_generated_cases_in_every_country(shipped_lib):
    compared, mismatches, examples = cross_check(shipped_lib, per_country=150, seed=1, explain_every=5)
    assert compared >= 150 * 20 and mismatches["explained"] >= compared // 5
    assert not _wrong(mismatches), f"{_wrong(mismatches)} in {compared} cases; e.g. {examples}"


@pytest.mark.long
@needs_durable
def test_both_evaluators_agree_on_100000_generated_cases(shipped_lib):
    per_country = -(-100_000 // len(shipped_lib.country_codes()))
    compared, mismatches, examples = cross_check(shipped_lib, per_country=per_country, seed=2, explain_every=10)
    print(f"\ncross-check: {compared} cases over {len(shipped_lib.country_codes())} countries "
          f"({mismatches['explained']} explained by both); mismatches: records {mismatches['record']}, "
          f"status {mismatches['status']}, because {mismatches['because']}, missing {mismatches['missing']}")
    assert compared >= 100_000 and len(shipped_lib.country_codes()) >= 20
    assert not _wrong(mismatches), f"{_wrong(mismatches)} in {compared} cases; e.g. {examples}"


# --- which evaluator runs ----------------------------------------------------------------------------

def test_durable_rules_runs_wherever_it_loads(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert chosen() == (DURABLE if durable_problem() is None else KLEENE)
    assert label() == ("durable-rules 2.0.28" if durable_problem() is None else "kleene")


def test_the_engine_can_be_named_and_a_wrong_name_is_bad_input(monkeypatch):
    from screening.base.errors import InputError

    monkeypatch.setenv(ENV, KLEENE)
    assert chosen() == KLEENE
    monkeypatch.setenv(ENV, "drools")
    with pytest.raises(InputError, match="SCREENING_ENGINE=drools names no rule engine"):
        chosen()


def test_asking_for_durable_rules_where_it_does_not_load_says_why(monkeypatch):
    from screening.base.errors import InputError
    from screening.engine import evaluators

    monkeypatch.setenv(ENV, DURABLE)
    monkeypatch.setattr(evaluators, "durable_problem", lambda: "ImportError: no module durable_rules_engine")
    with pytest.raises(InputError) as e:
        chosen()
    assert "does not run on this Python (ImportError" in str(e.value) and "Kleene" in str(e.value)
    assert "que no funciona en este Python" in e.value.text("es")
    monkeypatch.delenv(ENV)
    assert chosen() == KLEENE  # unasked, the built-in evaluator runs


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k != ENV}
    return subprocess.run([sys.executable, "-m", "screening.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**base, **env})


def test_version_json_and_report_name_the_engine_that_ran():
    case = str(ROOT / "examples" / "venezuelan-in-brazil.yaml")
    r = _cli("--version", SCREENING_ENGINE=KLEENE)
    assert r.returncode == 0 and "(rule engine: kleene; Python " in r.stdout
    r = _cli("assess", case, "--country", "BR", "--format", "json", "--as-of", "2026-11-23", SCREENING_ENGINE=KLEENE)
    assert r.returncode == 0, r.stderr
    assert '"engine": "kleene"' in r.stdout
    r = _cli("assess", case, "--country", "BR", "--format", "md", "--lang", "es", "--as-of", "2026-11-23",
             SCREENING_ENGINE=KLEENE)
    assert r.stdout.count("**Motor de reglas:** evaluador de Kleene incorporado") == 1  # the header
    assert "Motor de reglas: evaluador de Kleene incorporado.*" in r.stdout  # the footer
    r = _cli("route", case, "--countries", "CO,BR", "--format", "text", "--lang", "en", "--as-of", "2026-11-23",
             SCREENING_ENGINE=KLEENE)
    assert r.returncode == 0, r.stderr
    assert r.stdout.rstrip().endswith("Rule engine: built-in Kleene evaluator")  # the route's footer
    r = _cli("assess", case, "--country", "BR", "--as-of", "2026-11-23", SCREENING_ENGINE="drools")
    # in the case file's language (pt), one line, exit 1
    assert r.returncode == 1 and "Traceback" not in r.stderr and "não nomeia nenhum motor de regras" in r.stderr


@needs_durable
def test_the_engine_of_record_is_named_where_it_runs():
    r = _cli("assess", str(ROOT / "examples" / "venezuelan-in-brazil.yaml"), "--country", "BR", "--format", "json",
             "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    assert '"engine": "durable-rules 2.0.28"' in r.stdout
