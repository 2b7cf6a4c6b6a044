"""The same registry as an .xlsx workbook (Portuguese headers, date cells) and as Excel's `;`-separated
CSV UTF-8 with BOM (Spanish headers, DD/MM/YYYY dates, choice labels): both must give identical results.

    python bench/registry_formats.py [--rows 10000] [--country MX]

Prints the time each run took (wall clock: on a shared machine a figure, not a measure) and whether the
two outputs are byte-identical (issue 26's done-when check)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    from test_batch_workbooks import draw, write_csv, write_xlsx

    from screening.law.load import load_library

    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--country", default="MX")
    args = ap.parse_args()
    lib = load_library()
    rows = draw(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        write_csv(t / "registro.csv", rows, lib, "es")
        write_xlsx(t / "registro.xlsx", rows, lib, "pt")
        took = {}
        for src in ("registro.csv", "registro.xlsx"):
            t0 = time.perf_counter()
            r = subprocess.run([sys.executable, "-m", "screening.cli", "batch", str(t / src), "-c", args.country,
                                "-o", str(t / f"{src}.out.csv"), "--as-of", "2026-11-20", "--lang", "es"],
                               cwd=ROOT, capture_output=True, text=True)
            took[src] = time.perf_counter() - t0
            print(f"{src}: exit {r.returncode}, {took[src]:.1f} s ({args.rows / took[src]:,.0f} rows/s)")
        a = (t / "registro.csv.out.csv").read_bytes()
        b = (t / "registro.xlsx.out.csv").read_bytes()
        print(f"{args.rows:,} rows: outputs identical: {a == b}; refused rows: {a.count(b',refused,')}")


if __name__ == "__main__":
    main()
