"""Interview responsiveness and economy.

    python bench/interview.py [--runs 200]

1. Time from an answer to the next question (record the answer, save the session atomically,
   re-evaluate, choose the next question) on the largest country rule set: p50 and p95.
2. Questions asked to reach a determination on each bundled example, against the size of the
   whole fact catalogue (what a form asking everything would ask).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screening.assess.screener import Screener, load_case  # noqa: E402
from screening.interview.flow import Interview, answer_from  # noqa: E402
from screening.interview.session import new_session  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from throughput import random_case  # noqa: E402

AS_OF = dt.date(2026, 11, 23)
EXAMPLES = {"venezuelan-in-brazil.yaml": "BR", "honduran-woman-mexico.yaml": "MX",
            "economic-migrant.yaml": "MX", "incomplete-salvadoran.yaml": "MX"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200, help="interviews to simulate")
    args = ap.parse_args()
    screener = Screener()
    lib = screener.lib
    sizes = {c: len(screener.compiled(c)[1].ruleset) for c in lib.country_codes()}
    country = max(sizes, key=sizes.get)
    rng = random.Random(7)
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            truth = random_case(rng, lib.catalogue.facts)
            s = new_session(Path(tmp) / f"s{i}.yaml", country, "es", None, lib, AS_OF)
            iv = Interview(screener, s, AS_OF)
            while (fid := iv.next_fact()) is not None:
                value = truth.known.get(fid, "unknown")
                t0 = time.perf_counter()
                iv.answer(fid, value)
                iv.next_fact()
                times.append(time.perf_counter() - t0)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000  # noqa: E731
    print(f"answer -> next question on {country} ({sizes[country]} durable-rules rules), "
          f"{len(times)} answers in {args.runs} simulated interviews:")
    print(f"  p50 {p(0.50):.1f} ms   p95 {p(0.95):.1f} ms   max {times[-1] * 1000:.1f} ms "
          f"(includes the atomic session write)")
    print(f"\nquestions asked to reach a determination (catalogue: {len(lib.catalogue.facts)} facts):")
    with tempfile.TemporaryDirectory() as tmp:
        for name, code in EXAMPLES.items():
            case = load_case(ROOT / "examples" / name, lib)
            given = dict(case.known) | {f: "unknown" for f in case.unknown} | {f: "declined" for f in case.declined}
            s = new_session(Path(tmp) / name, code, "en", None, lib, AS_OF)
            iv = Interview(screener, s, AS_OF)
            answer_from(iv, given, lambda _m: None)
            a = iv.assessment()
            print(f"  {name:<30} {code}: {len(s.asked):>2} questions -> {a.overall}")
    print(f"  mean questions per simulated interview above: {len(times) / max(1, args.runs):.1f}")


if __name__ == "__main__":
    main()
