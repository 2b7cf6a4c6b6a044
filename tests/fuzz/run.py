"""Standalone fuzz runner: many inputs, figures, and a reproducer folder per failure.

    .venv/bin/python -m tests.fuzz                 # the CI size
    .venv/bin/python -m tests.fuzz --long          # 10,000 case files, 1,000 rule folders, 40 kills
    .venv/bin/python -m tests.fuzz --cases 500 --rules 0 --jobs 2 --out /tmp/fz

Inputs run in worker processes (each in-process through the CLI, bounded as in the pytest suite).
Failures are grouped by signature (the same root cause gives the same signature); the first input
of each new signature is minimised (delta debugging) before it is saved. Exit status: 0 when
nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from tests.fuzz import SEED, drive
from tests.fuzz.harness import slug

_worker: dict = {}


def _init(work: str, out: str, shrink: bool) -> None:
    _worker["dir"] = Path(tempfile.mkdtemp(prefix="worker-", dir=work))
    _worker["out"] = Path(out)
    _worker["shrink"] = shrink
    _worker["seen"] = set()
    drive.warm(_worker["dir"])


def _one(task: tuple[str, int]) -> dict:
    kind, seed = task
    start = time.monotonic()
    try:
        if kind == "case":
            o = drive.run_case(seed, _worker["dir"], _worker["out"], _worker["shrink"], _worker["seen"])
        elif kind == "corpus case":
            o = drive.run_corpus_case(seed, _worker["dir"], _worker["out"])
        elif kind == "corpus folder":
            o = drive.run_corpus_folder(seed, _worker["dir"], _worker["out"])
        else:
            o = drive.run_folder(seed, _worker["dir"], _worker["out"])
    except Exception as e:  # noqa: BLE001 - a fault of the harness itself: report it, go on
        return {"kind": kind, "seed": seed, "exits": [], "problems": [("harness", f"{type(e).__name__}: {e}", "")],
                "saved": [], "seconds": time.monotonic() - start, "description": ""}
    return {"kind": kind, "seed": seed, "exits": [r.exit_code for r in o.runs],
            "problems": [(p.kind, p.signature, p.detail) for p in o.problems], "saved": [str(s) for s in o.saved],
            "seconds": time.monotonic() - start, "description": o.description}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n")[0])
    ap.add_argument("--long", action="store_true", help="10,000 case files, 1,000 rule folders, 40 kill rounds")
    ap.add_argument("--cases", type=int, help="case files to try")
    ap.add_argument("--rules", type=int, help="rule/country folders to try")
    ap.add_argument("--kill9", type=int, help="kill -9 rounds of the interview (0: none)")
    ap.add_argument("--seed", type=int, default=SEED, help="base seed (inputs are seed*1e6 + i)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, default=drive.out_dir(), help="where reproducers are saved")
    ap.add_argument("--no-corpus", action="store_true", help="leave out the fixed corpus (corpus.py)")
    ap.add_argument("--no-shrink", action="store_true", help="save failing inputs as they are")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every failing input")
    a = ap.parse_args(argv)
    cases = a.cases if a.cases is not None else 10_000 if a.long else 160
    rules = a.rules if a.rules is not None else 1_000 if a.long else 8
    kills = a.kill9 if a.kill9 is not None else 40 if a.long else 5
    a.out.mkdir(parents=True, exist_ok=True)
    base = a.seed * 1_000_000
    tasks = [("rules", base + i) for i in range(rules)] + [("case", base + i) for i in range(cases)]
    # interleave, so a partial run has both kinds; the fixed corpus first
    tasks.sort(key=lambda t: (t[1] - base) / (cases if t[0] == "case" else max(rules, 1)))
    if not a.no_corpus:
        from tests.fuzz.corpus import CASES, FOLDERS

        corpus = [("corpus case", i) for i in range(len(CASES))] + [("corpus folder", i) for i in range(len(FOLDERS))]
        tasks = corpus + tasks
    print(f"fuzz: {cases} case files, {rules} rule folders, {kills} kill rounds; seed {a.seed}; "
          f"{a.jobs} jobs; reproducers in {a.out}", flush=True)
    start = time.monotonic()
    figures: dict[str, Counter] = defaultdict(Counter)
    signatures: dict[tuple[str, str], list] = {}
    ctx = multiprocessing.get_context("fork")
    done = 0
    work = tempfile.mkdtemp(prefix="screening-fuzz-")
    try:
        with ctx.Pool(a.jobs, _init, (work, str(a.out), not a.no_shrink), maxtasksperchild=200) as pool:
            for r in pool.imap_unordered(_one, tasks):
                done += 1
                _count(figures[r["kind"]], r)
                for _kind, sig, detail in r["problems"]:
                    entry = signatures.setdefault((r["kind"], sig), [0, r["seed"], detail, []])
                    entry[0] += 1
                    if not entry[3]:  # the reproducer saved for this signature (its folder is named after it)
                        entry[3].extend([s for s in r["saved"] if f"/{slug(sig)}/" in s][:1])
                if r["problems"] and a.verbose:
                    print(f"  {r['kind']} {r['seed']}: {r['description'][:160]}", flush=True)
                if done % 250 == 0:
                    print(f"  … {done}/{len(tasks)} inputs, {len(signatures)} distinct failures, "
                          f"{time.monotonic() - start:.0f}s", flush=True)
    except KeyboardInterrupt:
        print("interrupted: figures so far", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    k9 = _kill9(a.seed, kills) if kills else None
    _report(figures, signatures, k9, time.monotonic() - start)
    failed = bool(signatures) or bool(k9 and (k9.problems or k9.final_leftovers or k9.final_exit != 0
                                              or k9.final_assess))
    return 1 if failed else 0


def _count(c: Counter, r: dict) -> None:
    c["inputs"] += 1
    c["commands"] += len(r["exits"])
    for e in r["exits"]:
        c[{0: "exit 0", 1: "exit 1", 3: "exit 3 (internal error)", None: "hang"}.get(e, f"exit {e}")] += 1
    kinds = {k for k, _, _ in r["problems"]}
    for k in kinds:
        c[f"inputs with {k}"] += 1
    if kinds:
        c["failing inputs"] += 1
    c["seconds"] += r["seconds"]


def _kill9(seed: int, rounds: int):
    from tests.fuzz.test_kill9_interview import scenario

    with tempfile.TemporaryDirectory(prefix="screening-kill9-") as tmp:
        return scenario(Path(tmp), seed, rounds)


def _report(figures, signatures, k9, seconds: float) -> None:
    order = ["inputs", "commands", "exit 0", "exit 1", "exit 3 (internal error)", "hang", "failing inputs",
             "inputs with internal", "inputs with traceback", "inputs with hang", "inputs with control",
             "inputs with unnamed", "inputs with exit", "inputs with json", "inputs with harness"]
    print(f"\n== figures ({seconds:.0f}s wall) ==")
    titles = {"case": "case files", "rules": "rule/country folders", "corpus case": "corpus case files",
              "corpus folder": "corpus folders"}
    for kind, title in titles.items():
        c = figures.get(kind)
        if not c:
            continue
        always = ("inputs", "exit 3 (internal error)", "hang", "inputs with control")
        shown = [f"{k} {c[k]}" for k in order if c.get(k) or k in always]
        print(f"{title}: {', '.join(shown)}; {c['seconds'] / max(c['inputs'], 1):.2f}s per input")
    if k9 is not None:
        left = sorted({n for names in k9.leftovers for n in names})
        print(f"kill -9 interview: {k9.kills} kills, {k9.answers} answers, {len(k9.confirmed)} acknowledged kept "
              f"checked; problems {len(k9.problems)}; .tmp files seen after kills {len(left)}, left at the end "
              f"{len(k9.final_leftovers)}; final exit {k9.final_exit}; "
              f"assess afterwards {k9.final_assess or 'ok'}")
        for p in k9.problems:
            print(f"  - {p}")
    print(f"\n== distinct failures: {len(signatures)} ==")
    for (kind, sig), (n, seed, detail, saved) in sorted(signatures.items(), key=lambda x: -x[1][0]):
        print(f"[{kind}] x{n}  {sig}\n    first seed {seed}: {detail[:200]!r}")
        for s in saved:
            print(f"    reproducer: {s}")


if __name__ == "__main__":
    sys.exit(main())
