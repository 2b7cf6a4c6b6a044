"""The wheel ships the cache entries a first run would make (screening/base/prebuilt.py): a first run after
install reads them instead of every rule file, and gets exactly what reading the files gives. Anything
they were not made from (an edited file, other code, a damaged entry) is a miss, never a wrong result."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from screening.assess.screener import Screener, load_case
from screening.base import countrynames, messages, paths, prebuilt
from screening.law import prebuild
from screening.law.library import Library
from screening.law.load import load_library

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "examples" / "honduran-woman-mexico.yaml"


@pytest.fixture
def copy(tmp_path: Path, monkeypatch) -> Path:
    """The shipped rules and countries in a folder of their own, with entries made from them beside."""
    root = tmp_path / "data"
    for name in ("rules", "countries"):
        shutil.copytree(ROOT / name, root / name)
    monkeypatch.setenv("SCREENING_DATA", str(root))
    monkeypatch.setenv("SCREENING_NO_CACHE", "1")
    prebuild.build(tmp_path / "_prebuilt")
    monkeypatch.delenv("SCREENING_NO_CACHE")
    monkeypatch.setattr(prebuilt, "HERE", tmp_path / "_prebuilt")
    monkeypatch.setenv("SCREENING_CACHE", str(tmp_path / "cache"))  # empty: the first run after install
    return root


def cached(tmp_path: Path, kind: str) -> list[Path]:
    return sorted((tmp_path / "cache").glob(f"{kind}-*.pickle"))


def fresh(monkeypatch) -> Library:
    with monkeypatch.context() as m:
        m.setenv("SCREENING_NO_CACHE", "1")
        return load_library()


def assessed(lib: Library) -> dict:
    with Screener(lib) as s:
        return s.assess(load_case(CASE, lib), "MX", dt.date(2026, 11, 26)).model_dump(mode="json")


def test_a_first_run_reads_the_shipped_library_and_gets_what_the_files_give(copy, tmp_path, monkeypatch):
    lib = load_library()
    assert cached(tmp_path, "library") == []  # served by the wheel's entry: nothing read, nothing to cache
    again = fresh(monkeypatch)
    # the files are named where they are now, not where the wheel was built
    assert lib.catalogue_path == again.catalogue_path and str(copy) in lib.catalogue_path
    assert list(lib.rule_files) == list(again.rule_files)
    assert {c: p for c, (p, _) in lib.countries.items()} == {c: p for c, (p, _) in again.countries.items()}
    assert {c: p for c, (p, _) in lib.origins.items()} == {c: p for c, (p, _) in again.origins.items()}
    assert lib.version == again.version
    assert lib.jurisdiction("MX").source.path == again.jurisdiction("MX").source.path
    assert json.dumps(assessed(lib), sort_keys=True) == json.dumps(assessed(again), sort_keys=True)


def test_an_edited_rule_file_is_read_not_served_from_the_wheel(copy, tmp_path):
    mx = copy / "countries" / "mx.yaml"
    text = mx.read_text(encoding="utf-8")
    mx.write_text(text.replace("name: {en: Mexico,", "name: {en: Mexico (edited),"), encoding="utf-8")
    lib = load_library()
    assert "Mexico (edited)" in lib.countries["MX"][1].name.en
    assert len(cached(tmp_path, "library")) == 1  # read from the files, and cached for the next run


def test_a_trainers_own_country_file_is_not_served_from_the_wheel(copy, tmp_path):
    extra = tmp_path / "xz.yaml"
    extra.write_text((copy / "countries" / "cr.yaml").read_text(encoding="utf-8").replace("country: CR", "country: XZ"),
                     encoding="utf-8")
    lib = load_library(extra=[extra])
    assert "XZ" in lib.countries and len(cached(tmp_path, "library")) == 1


@pytest.mark.parametrize("spoil", ["other code", "damaged", "another key", "turned off"])
def test_an_entry_made_from_anything_else_is_a_miss(copy, tmp_path, monkeypatch, spoil):
    entry = tmp_path / "_prebuilt" / "library.pickle"
    if spoil == "other code":  # a module edited after the build, or another pydantic or Python
        monkeypatch.setattr(prebuilt, "_code", lambda: "something else")
    elif spoil == "damaged":
        entry.write_bytes(entry.read_bytes()[:-1000])
    elif spoil == "another key":
        blob = entry.read_bytes()
        at = len(prebuilt.MAGIC)
        entry.write_bytes(blob[:at] + (b"0" if blob[at:at + 1] != b"0" else b"1") + blob[at + 1:])
    else:
        monkeypatch.setenv("SCREENING_NO_CACHE", "1")
    lib = load_library()
    assert lib.countries["MX"][0].endswith("mx.yaml")
    assert len(cached(tmp_path, "library")) == (0 if spoil == "turned off" else 1)


def test_the_messages_and_country_names_are_shipped_too(copy, tmp_path):
    assert messages.catalogue.__wrapped__() == messages.catalogue()
    assert countrynames.territories.__wrapped__("es")["MX"] == "México"
    assert cached(tmp_path, "messages") == [] and cached(tmp_path, "territories") == []


def test_the_shipped_entries_are_keyed_by_what_they_were_made_from(copy):
    names = {p.name for p in (prebuilt.HERE).iterdir()}
    assert names == {"library.pickle", "messages.pickle", "territories-en.pickle", "territories-es.pickle",
                     "territories-pt.pickle"}
    assert paths.data_root() == copy
