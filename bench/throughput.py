"""Engine throughput and memory on one country's rule set.

    python bench/throughput.py [--country MX] [--cases 10000] [--long 50000] [--seed 1]

Generates cases with every fact independently known (random value), unknown or declined, and
evaluates them (1) in durable-rules through the real adapter, (2) with the built-in Kleene
evaluator of the same compiled node graph (screening/engine/kleene.py, plain Python), and (3) through the
whole `assess` path (engine plus explanation and the assessment model: what `--format json`
prints). Goals (issue 15), on one core: the full explained assessment >= 2,500 cases/s, and
the engine within 3x the time of plain Python; resident memory flat between 10k and 50k cases
(issue 2).

The engine and plain Python are timed in alternating chunks of 100 cases, so a virtual machine's
changing speed falls on both: their ratio is the median of the chunks' ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from screening.assess.screener import Screener  # noqa: E402
from screening.engine.evaluation import case_fields  # noqa: E402
from screening.engine.evaluators import DURABLE  # noqa: E402
from screening.engine.kleene import Kleene  # noqa: E402
from screening.models.case import Case  # noqa: E402

AS_OF = dt.date(2026, 11, 23)
COUNTRIES = ["VE", "HN", "SV", "GT", "NI", "CO", "HT", "CU", "UA", "MX", "BR", "CR", "US"]


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def random_case(rng: random.Random, facts) -> Case:
    known = {}
    for f in facts:
        if rng.random() < 0.3:  # unknown or declined: absent from `known`
            continue
        if f.type == "boolean":
            known[f.id] = rng.random() < 0.5
        elif f.type == "choice":
            known[f.id] = rng.choice(f.choice_ids())
        elif f.type == "set":
            known[f.id] = rng.sample(f.choice_ids(), rng.randint(0, len(f.choice_ids())))
        elif f.type == "country":
            known[f.id] = rng.choice(COUNTRIES)
        elif f.type == "date":
            known[f.id] = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
        elif f.type == "number":
            lo = int(f.minimum or 0)
            hi = int(f.maximum if f.maximum is not None else 100)
            known[f.id] = rng.randint(lo, hi)
    return Case(known=known)


LOAD = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--country", default="MX")
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--long", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    screener = Screener(engine=DURABLE)
    jur, program, engine = screener.compiled(args.country)
    kleene = Kleene(program)
    rng = random.Random(args.seed)
    facts = screener.lib.catalogue.facts
    cases = [random_case(rng, facts) for _ in range(args.cases)]
    fields = [case_fields(program, c, AS_OF) for c in cases]
    print(f"{args.country}: {len(program.nodes)} nodes, {len(program.leaves)} leaf tests, "
          f"{len(program.ruleset)} durable-rules rules; {args.cases} cases")

    # the two evaluators must agree on every node before their speeds mean anything
    for f in fields[:500]:
        assert engine.evaluate(f).status == kleene.evaluate(f).status

    t_engine = t_python = 0.0
    ratios = []
    for i in range(0, len(fields), 100):
        chunk = fields[i:i + 100]
        t0 = time.perf_counter()
        for f in chunk:
            engine.evaluate(f)
        a = time.perf_counter() - t0
        t0 = time.perf_counter()
        for f in chunk:
            kleene.evaluate(f)
        b = time.perf_counter() - t0
        t_engine, t_python = t_engine + a, t_python + b
        ratios.append(a / b)
    ratio = statistics.median(ratios)
    n_full = min(len(cases), 2000)
    t0 = time.perf_counter()
    for c in cases[:n_full]:
        screener.assess(c, args.country, AS_OF).model_dump_json()
    full = n_full / (time.perf_counter() - t0)

    print(f"durable-rules engine      {args.cases / t_engine:9,.0f} cases/s   "
          f"{ratio:.2f}x the time of plain Python   goal <= 3x: {'ok' if ratio <= 3 else 'MISSED'}")
    print(f"plain-Python evaluation   {args.cases / t_python:9,.0f} cases/s")
    print(f"full assess (explained)   {full:9,.0f} cases/s   (assessment and its JSON)   "
          f"goal >= 2,500: {'ok' if full >= 2500 else 'MISSED'}")
    load = Path("/proc/loadavg").read_text().split()[:3]
    print(f"load average before the run: {LOAD}; after: {' '.join(load)}")

    rss_10k = rss_mib()
    extra = args.long - args.cases
    for i in range(extra):
        engine.evaluate(fields[i % len(fields)])
    rss_long = rss_mib()
    growth = rss_long - rss_10k
    print(f"resident memory after {args.cases:,} cases: {rss_10k:.1f} MiB; after {args.long:,}: {rss_long:.1f} MiB "
          f"(growth {growth:+.1f} MiB; {'flat' if abs(growth) < 2 else 'GROWING'})")


if __name__ == "__main__":
    main()
