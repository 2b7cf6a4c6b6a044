"""Memory of `screening batch` over a large generated registry, per process (the parent and each worker):
its peak resident set (VmHWM) and its resident set sampled through the run, to see that it stays flat;
and whether `--jobs N` writes the same bytes as one job.

    python bench/batch_memory.py [--rows 100000] [--jobs 2] [--format rows|json] [--compare]

Goal (issues 15 and 26): <= 150 MB per process on 100,000 rows with --jobs 2, flat (what a process holds
after the first tenth of the run grows no further), and the output identical to one job (--compare runs
one job too). Read from /proc (Linux), every half second.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import ROOT, generate  # noqa: E402


def _status(pid: int) -> dict[str, int]:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        pass
    return out


def _tree(root: int) -> list[int]:
    """The process and its descendants."""
    parents: dict[int, int] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                parents[int(p.name)] = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += [c for c, pp in parents.items() if pp == pid]
    return out


def run(src: Path, out: Path, jobs: int, fmt: str) -> tuple[float, dict[int, dict]]:
    """Run the batch; per process: peak RSS and RSS samples (KiB)."""
    cmd = [sys.executable, "-m", "screening.cli", "batch", str(src), "-c", "MX", "-o", str(out), "--jobs",
           str(jobs), "--as-of", "2026-11-20", "--format", fmt]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: dict[int, dict] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            st = _status(pid)
            if st:
                rec = seen.setdefault(pid, {"role": "parent" if pid == proc.pid else "worker", "peak": 0,
                                            "samples": []})
                rec["peak"] = max(rec["peak"], st.get("VmHWM", 0))
                rec["samples"].append((time.perf_counter() - t0, st.get("VmRSS", 0)))
        time.sleep(0.5)
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return time.perf_counter() - t0, seen


def report(label: str, took: float, seen: dict[int, dict]) -> None:
    print(f"{label}: {took:.0f} s")
    for pid, rec in sorted(seen.items(), key=lambda kv: kv[1]["role"] != "parent"):
        s = [kb for _, kb in rec["samples"]]
        if not s:
            continue
        tenth = s[len(s) // 10:]  # after the first tenth of the run: what it holds must not grow
        print(f"  {rec['role']:6} {pid}: peak {rec['peak'] / 1024:.0f} MiB; resident after the first tenth "
              f"{min(tenth) / 1024:.0f}-{max(tenth) / 1024:.0f} MiB, at the end {s[-1] / 1024:.0f} MiB "
              f"({len(s)} samples)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--format", default="rows", choices=("rows", "json"))
    ap.add_argument("--compare", action="store_true", help="run one job too and compare the outputs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        src = t / "registry.csv"
        generate(src, args.rows)
        took, seen = run(src, t / "n.jsonl", args.jobs, args.format)
        report(f"{args.rows:,} rows, --jobs {args.jobs}, --format {args.format}", took, seen)
        if args.compare:
            took1, seen1 = run(src, t / "one.jsonl", 1, args.format)
            report(f"{args.rows:,} rows, one job", took1, seen1)
            same = (t / "n.jsonl").read_bytes() == (t / "one.jsonl").read_bytes()
            print(f"--jobs {args.jobs} output identical to one job: {same}")


if __name__ == "__main__":
    main()
