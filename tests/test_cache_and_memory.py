"""Issue 11: a Screener releases its durable-rules engines when closed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "venezuelan-in-brazil.yaml"


# --- Screeners release their engines -------------------------------------------------------------

def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_closed_screeners_give_their_memory_back(shipped_lib):
    """Each Screener compiles a durable-rules ruleset in C memory (about 2.4 MiB for Brazil): 200
    of them left open grew the process by some 480 MiB."""
    from screening.assess import Screener, load_case

    case = load_case(EXAMPLE, shipped_lib)
    when = dt.date(2026, 11, 23)

    def one() -> str:
        with Screener(shipped_lib) as s:
            return s.assess(case, "BR", when).overall

    first = one()
    for _ in range(10):  # allocator and caches settle
        one()
    before = _rss_mib()
    results = {one() for _ in range(200)}
    grown = _rss_mib() - before
    assert results == {first}
    assert grown < 60, f"resident memory grew {grown:.0f} MiB over 200 closed Screeners"


def test_a_closed_screener_or_engine_is_safe_to_close_again_and_to_reuse(shipped_lib):
    from screening.assess import Screener, load_case
    from screening.engine import EngineError

    case = load_case(EXAMPLE, shipped_lib)
    when = dt.date(2026, 11, 23)
    s = Screener(shipped_lib)
    expected = s.assess(case, "BR", when).overall
    _, _, engine = s.compiled("BR", when)
    s.close()
    s.close()
    with pytest.raises(EngineError):  # a freed ruleset is never handed to the C extension
        engine.evaluate({})
    engine.close()
    assert s.assess(case, "BR", when).overall == expected  # compiles afresh
    s.close()
