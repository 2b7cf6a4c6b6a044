"""Start-up cost of the CLI, measured against the imports it cannot avoid.

    python bench/startup.py [--runs 15]

Goals: `screening --help` within 1.3x of `python -c "import typer"` (issue 2); one whole
`screening assess … --format json` within 1.5x of `python -c "import typer, pydantic, durable.lang,
ruamel.yaml"` with a warm cache, and within 3x on the first run after install, with an empty cache
(issue 15): the wheel is built and installed in a new virtual environment for that, as a clinic installs
it (--no-wheel skips it). Each command alternates with its baseline; the ratio is the median of the pairs' ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_once(cmd: list[str], cold: bool) -> float:
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as empty:
        if cold:  # the first run after install: none of our cache entries exists yet
            env["SCREENING_CACHE"] = empty
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT, env=env)
        return time.perf_counter() - t0


def paired(cmd: list[str], base: list[str], runs: int, cold: bool = False) -> tuple[float, float, float]:
    """Medians of `cmd` and `base` run in turn, and the median of their ratios: this VM's speed drifts
    by up to half within minutes, and alternating puts the same drift on both."""
    for c in (cmd, base):
        subprocess.run(c, capture_output=True, check=True, cwd=ROOT)  # warm the file cache (and ours)
    a, b = [], []
    for _ in range(runs):
        a.append(run_once(cmd, cold))
        b.append(run_once(base, False))
    return statistics.median(a), statistics.median(b), statistics.median(x / y for x, y in zip(a, b, strict=True))


def installed_wheel(work: Path) -> Path:
    """Build the wheel and install it in a new virtual environment, as a clinic would."""
    import venv

    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(ROOT)],
                   check=True, capture_output=True)
    venv.create(work / "venv", with_pip=True)
    subprocess.run([str(work / "venv" / "bin" / "pip"), "install", "-q", *map(str, (work / "dist").glob("*.whl"))],
                   check=True, capture_output=True)
    return work / "venv" / "bin"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--no-wheel", action="store_true", help="skip building and installing the wheel")
    args = ap.parse_args()
    py = sys.executable
    exe = shutil.which("screening", path=str(Path(py).parent)) or "screening"
    example = str(ROOT / "examples" / "honduran-woman-mexico.yaml")
    imports = "import typer, pydantic, durable.lang, ruamel.yaml"
    assess = [exe, "assess", example, "--country", "MX", "--format", "json"]
    rows: list[tuple[str, list[str], bool, str, list[str], float | None]] = [
        ("screening --help", [exe, "--help"], False, "import typer", [py, "-c", "import typer"], 1.3),
        ("screening assess (MX, json), warm", assess, False, imports, [py, "-c", imports], 1.5),
        # not a goal: the least any typer command with options and any pydantic model costs (typer
        # coerces each option through a pydantic TypeAdapter), against the goals' baseline
        ("floor: + BaseModel, typer's adapters", [py, "-c", imports + "; from pydantic import BaseModel, "
                                                   "TypeAdapter; import typer._adapters"], False, imports,
         [py, "-c", imports], None),
        # not a goal: what a trainer waits after each edit of a rule file (or in a checkout's first run)
        ("… cold, checkout (rules read)", assess, True, imports, [py, "-c", imports], None),
    ]
    work = Path(tempfile.mkdtemp(prefix="screening-bench-"))
    try:
        if not args.no_wheel:
            bin_dir = installed_wheel(work)
            rows.append(("… first run after install (wheel)", [str(bin_dir / "screening"), *assess[1:]], True,
                         imports, [str(bin_dir / "python"), "-c", imports], 3.0))
        print(f"load average before the run: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
        print(f"{'command':<36} {'median':>8}   {'baseline':<52} {'median':>7}  ratio  goal")
        for name, cmd, cold, bname, bcmd, goal in rows:
            a, b, ratio = paired(cmd, bcmd, args.runs, cold)
            verdict = "" if goal is None else f"{'ok' if ratio <= goal else 'MISSED'} (<={goal}x)"
            print(f"{name:<36} {a * 1000:6.0f}ms   {bname:<52} {b * 1000:5.0f}ms  {ratio:4.2f}x  {verdict}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    check = subprocess.run([py, "-X", "importtime", "-c", "import sys; sys.argv=['screening','--help'];"
                            "from screening.cli import main\ntry: main()\nexcept SystemExit: pass"],
                           capture_output=True, text=True, cwd=ROOT)
    heavy = [m for m in ("questionary", "prompt_toolkit", "pydantic", "durable_rules_engine", "jinja2", "babel")
             if f"| {m}" in check.stderr or f"|   {m}" in check.stderr]
    print("modules loaded by --help that it should not need:", ", ".join(heavy) or "none")


if __name__ == "__main__":
    main()
