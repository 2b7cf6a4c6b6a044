"""CPU time of "what would settle it" (screening/explain/settle.py) per assessment: it must stay under 50 ms.

    python bench/settle.py [--cases 300] [--seed 1]

Generated cases in every jurisdiction (bench/throughput.py's generator: each fact answered or not),
the empty case (an interview's first question: everything open) and the bundled examples. Prints
CPU time (time.process_time, not wall time: the machine is shared) per assessment for the search
alone, p50 / p95 / max, and how many went over 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screening.assess.screener import Screener, load_case  # noqa: E402
from screening.explain.explainer import Explainer  # noqa: E402
from screening.explain.settle import open_results, settle  # noqa: E402
from screening.models.case import Case  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from throughput import random_case  # noqa: E402

AS_OF = dt.date(2026, 11, 23)
LIMIT_MS = 50.0
EXAMPLES = {"venezuelan-in-brazil.yaml": "BR", "honduran-woman-mexico.yaml": "MX",
            "economic-migrant.yaml": "MX", "incomplete-salvadoran.yaml": "MX"}


def cpu_ms(screener: Screener, case: Case, country: str) -> float:
    jur, program, ev = screener.evaluate(case, country, AS_OF)
    start = time.process_time()
    ex = Explainer(screener.lib, jur, program, ev, case, "en")
    settle(screener.lib, program, case, AS_OF, ev, open_results(ex))
    return (time.process_time() - start) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    screener = Screener()
    jurisdictions = sorted(p.stem.upper() for p in (ROOT / "countries").glob("*.yaml"))
    facts = list(screener.lib.catalogue.facts)
    work = [(Case(), c) for c in jurisdictions]
    work += [(load_case(ROOT / "examples" / name, screener.lib), c) for name, c in EXAMPLES.items()]
    work += [(random_case(rng, facts), rng.choice(jurisdictions)) for _ in range(args.cases)]
    for country in jurisdictions:  # compile every jurisdiction before timing
        screener.compiled(country, AS_OF)
    times = sorted(cpu_ms(screener, case, country) for case, country in work)
    over = sum(1 for t in times if t > LIMIT_MS)
    print(f"{len(times)} assessments: p50 {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.1f} ms, max {times[-1]:.1f} ms CPU; over {LIMIT_MS:.0f} ms: {over}")


if __name__ == "__main__":
    main()
