"""Start-up cost of the CLI, measured against the imports it cannot avoid.

    python bench/startup.py [--runs 15]

Goals (issue 2): `screening --help` within 1.3x of `python -c "import typer"`, and one whole
`screening assess` within 1.3x of importing pydantic, durable-rules, ruamel.yaml and jinja2 alone.
Medians of repeated runs, all measured in this one run so the ratios compare like with like.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)  # warm the file cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    py = sys.executable
    exe = shutil.which("screening", path=str(Path(py).parent)) or "screening"
    example = str(ROOT / "examples" / "honduran-woman-mexico.yaml")
    pairs = [
        ("screening --help", [exe, "--help"], "import typer", [py, "-c", "import typer"]),
        ("screening assess (MX example, json)", [exe, "assess", example, "--country", "MX", "--format", "json"],
         "import pydantic, durable_rules_engine, ruamel.yaml, jinja2",
         [py, "-c", "import pydantic, durable_rules_engine, ruamel.yaml, jinja2"]),
    ]
    # For context only (no goal): what any typer + pydantic command pays before doing anything, since
    # `import pydantic` alone defers most of pydantic's cost to the first model class.
    floor = [py, "-c", "import typer, durable_rules_engine, ruamel.yaml, jinja2\n"
             "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int = 0\nM(x=1)"]
    print(f"{'command':<40} {'median':>9}   {'baseline':<58} {'median':>9}  ratio  goal")
    for name, cmd, bname, bcmd in pairs:
        a = median_seconds(cmd, args.runs)
        b = median_seconds(bcmd, args.runs)
        ratio = a / b
        print(f"{name:<40} {a * 1000:7.0f}ms   {bname:<58} {b * 1000:7.0f}ms  {ratio:4.2f}x  "
              f"{'ok' if ratio <= 1.3 else 'MISSED'} (<=1.3x)")
    a = median_seconds(pairs[1][1], args.runs)
    f = median_seconds(floor, args.runs)
    print(f"{'(context) assess vs typer+deps+1 model':<40} {a * 1000:7.0f}ms   "
          f"{'import typer, deps; define and use one pydantic model':<58} {f * 1000:7.0f}ms  {a / f:4.2f}x")
    check = subprocess.run([py, "-X", "importtime", "-c", "import sys; sys.argv=['screening','--help'];"
                            "from screening.cli import main\ntry: main()\nexcept SystemExit: pass"],
                           capture_output=True, text=True, cwd=ROOT)
    heavy = [m for m in ("questionary", "prompt_toolkit", "pydantic", "durable_rules_engine", "jinja2", "babel")
             if f"| {m}" in check.stderr or f"|   {m}" in check.stderr]
    print("modules loaded by --help that it should not need:", ", ".join(heavy) or "none")


if __name__ == "__main__":
    main()
