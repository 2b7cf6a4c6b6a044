"""Issue 11: the cache can never mislead (anything it did not write itself for that very entry is
ignored and rebuilt, never unpickled), two processes filling it at once both succeed, and a
Screener releases its durable-rules engines when closed."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from screening.base import cache

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "venezuelan-in-brazil.yaml"
ASSESS = ("assess", str(EXAMPLE), "--country", "BR", "--as-of", "2026-11-23", "--format", "json", "--lang", "pt")


def run(cache_dir: Path | None, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREENING_")}
    env |= {"SCREENING_CACHE": str(cache_dir)} if cache_dir else {"SCREENING_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-m", "screening.cli", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, env=env)


@pytest.fixture(scope="module")
def truth():
    """What the command says with no cache at all."""
    r = run(None, *ASSESS)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("built") / "cache"
    assert run(d, *ASSESS).returncode == 0
    return d


@pytest.fixture
def filled(built, tmp_path):
    """A copy of a cache the command filled (modes kept: entries are owner-only)."""
    import shutil

    d = shutil.copytree(built, tmp_path / "cache")
    entries = sorted(d.glob("*.pickle"))
    assert {p.name.split("-")[0] for p in entries} == {"library", "messages", "territories"}
    return d, entries


def _foreign(kind: str) -> object:
    """A well-formed pickle of the right type but the wrong content, as another tool, another
    version or another set of rule files would leave."""
    if kind == "library":
        from screening.law.load import load_library

        return load_library(ROOT / "tests" / "fixtures" / "mini" / "rules", ROOT / "tests" / "fixtures" / "mini"
                            / "countries")  # no Brazil in it: trusted, every command says "unknown country"
    if kind == "messages":
        return {"error.prefix": {"en": "x", "es": "x", "pt": "x"}}
    return {"VE": "Narnia", "BR": "Lilliput"}


def test_a_foreign_pickle_under_the_right_name_is_ignored_and_rebuilt(filled, truth):
    d, entries = filled
    for p in entries:
        p.write_bytes(pickle.dumps(_foreign(p.name.split("-")[0])))
        p.chmod(0o600)
    r = run(d, *ASSESS)
    assert r.returncode == 0, r.stderr
    assert r.stdout == truth and "Narnia" not in r.stdout
    assert all(p.read_bytes().startswith(cache.MAGIC) for p in entries)  # rebuilt in place
    assert run(d, *ASSESS).stdout == truth


def test_a_truncated_entry_is_ignored(filled, truth):
    d, entries = filled
    for p in entries:
        data = p.read_bytes()
        p.write_bytes(data[: len(data) // 2])
    r = run(d, *ASSESS)
    assert r.returncode == 0, r.stderr
    assert r.stdout == truth


def test_a_foreign_key_file_makes_every_entry_untrusted(filled, truth):
    """Entries signed with a key someone else wrote (or one readable by others) are not ours."""
    d, entries = filled
    key = d / "cache-key"
    key.chmod(0o644)
    r = run(d, *ASSESS)
    assert r.returncode == 0 and r.stdout == truth
    assert stat.S_IMODE(key.stat().st_mode) == 0o600  # replaced by a private one


def test_two_processes_filling_an_empty_cache_both_succeed(tmp_path, truth):
    d = tmp_path / "empty"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREENING_")} | {"SCREENING_CACHE": str(d)}
    procs = [subprocess.Popen([sys.executable, "-m", "screening.cli", *ASSESS], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outs = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
    assert all(out == truth for out, _ in outs)
    assert not list(d.glob(".*.tmp"))
    assert run(d, *ASSESS).stdout == truth


# --- the cache's own rules, in one process --------------------------------------------------------

@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENING_CACHE", str(tmp_path / "c"))
    monkeypatch.delenv("SCREENING_NO_CACHE", raising=False)
    return tmp_path / "c"


def test_an_entry_copied_under_another_key_does_not_verify(store):
    cache.put("territories", "aaaa", {"BR": "Brasil"})
    cache.put("territories", "bbbb", {"BR": "Brazil"})
    assert cache.get("territories", "aaaa") == {"BR": "Brasil"}
    a = next(store.glob("territories-aaaa-*"))
    b = next(store.glob("territories-bbbb-*"))
    b.write_bytes(a.read_bytes())
    assert cache.get("territories", "bbbb") is None


def test_an_entry_of_the_wrong_shape_is_ignored(store):
    cache.put("territories", "k", ["BR", "Brazil"])  # signed by us, but not what territories are
    assert cache.get("territories", "k") is None
    cache.put("messages", "k", {"a": "not a dict of languages"})
    assert cache.get("messages", "k") is None


def test_nothing_unpickled_before_it_verifies(store, monkeypatch):
    cache.put("territories", "k", {"BR": "Brazil"})
    p = next(store.glob("territories-k-*"))
    p.write_bytes(p.read_bytes().replace(b"Brazil", b"Brazol"))  # same length, still a pickle
    monkeypatch.setattr(pickle, "loads", lambda *a, **k: pytest.fail("unpickled an unverified entry"))
    assert cache.get("territories", "k") is None


def test_an_entry_others_can_write_or_own_is_ignored(store):
    cache.put("territories", "k", {"BR": "Brazil"})
    p = next(store.glob("territories-k-*"))
    p.chmod(0o666)
    assert cache.get("territories", "k") is None
    p.chmod(0o600)
    assert cache.get("territories", "k") == {"BR": "Brazil"}
    if os.getuid() == 0:  # only root can give a file away
        os.chown(p, 12345, 12345)
        assert cache.get("territories", "k") is None


def test_the_territories_key_follows_babel_and_python(store, monkeypatch):
    """Country names come from babel's CLDR data: another babel (or Python) is another entry."""
    import babel

    from screening.base import countrynames
    def names() -> int:
        countrynames.territories.cache_clear()
        assert countrynames.country_name("BR", "pt") == "Brasil"
        return len(list(store.glob("territories-*")))

    assert names() == 1
    assert names() == 1  # the same babel: the same entry
    monkeypatch.setattr(babel, "__version__", "0.0-another")
    assert names() == 2
    monkeypatch.setattr(sys, "version", "3.99.0 (another Python)")
    assert names() == 3
    countrynames.territories.cache_clear()


# --- Screeners release their engines -------------------------------------------------------------

def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_closed_screeners_give_their_memory_back(shipped_lib):
    """Each Screener compiles a durable-rules ruleset in C memory (about 2.4 MiB for Brazil): 200
    of them left open grew the process by some 480 MiB."""
    from screening.assess.screener import Screener, load_case

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
    from screening.assess.screener import Screener, load_case
    from screening.engine.evaluation import EngineError

    case = load_case(EXAMPLE, shipped_lib)
    when = dt.date(2026, 11, 23)
    s = Screener(shipped_lib)
    expected = s.assess(case, "BR", when).overall
    _, _, engine = s.compiled("BR", when)
    s.close()
    s.close()
    if engine.name.startswith("durable-rules"):
        with pytest.raises(EngineError):  # a freed ruleset is never handed to the C extension
            engine.evaluate({})
    engine.close()
    assert s.assess(case, "BR", when).overall == expected  # compiles afresh
    s.close()
