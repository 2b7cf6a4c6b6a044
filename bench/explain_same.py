"""Digests of the explanations of a generated registry (tests/explain_corpus.py), so that two versions of
the code can be compared row by row (an optimisation must change no byte of any output):

    python bench/explain_same.py --code /path/to/old/checkout --rows 3000 > old.txt
    python bench/explain_same.py --rows 3000 > new.txt
    cmp old.txt new.txt

Each line: country, language, row, and the SHA-256 of the assessment's full JSON (`assess --format json`)
and of the batch's own JSON line (citations by reference). Rows are explained in order in one process,
so later rows are explained after others like them (what a cache across rows would change).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = [("MX", "en"), ("MX", "es"), ("BR", "pt"), ("US", "en"), ("CO", "es"), ("CR", "pt"), ("EC", "es"),
        ("AR", "en")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose `screening` is measured")
    ap.add_argument("--rows", type=int, default=3000, help="rows in all, shared among the runs")
    args = ap.parse_args()
    sys.path[:0] = [str(args.code), str(ROOT)]
    from screening.assess.screener import Screener
    from screening.batch import sources
    from screening.law.load import load_library
    from tests.explain_corpus import cases

    day = dt.date(2026, 11, 20)
    lib = load_library()
    with Screener(lib) as s:
        for k, (country, lang) in enumerate(RUNS):
            sources.load(sources.table(lib, country, day, lang, None))
            for i, case in enumerate(cases(lib, args.rows // len(RUNS), seed=k)):
                a = s.assess(case, country, day, lang)
                full = hashlib.sha256(a.model_dump_json().encode()).hexdigest()[:16]
                row = hashlib.sha256(sources.line(a, i).encode()).hexdigest()[:16]
                print(country, lang, i, full, row)


if __name__ == "__main__":
    main()
