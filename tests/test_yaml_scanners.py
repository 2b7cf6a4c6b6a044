"""Rule files are scanned by libyaml (yamlio._load_fast) and case files by ruamel's pure scanner: the
two must read every shipped file to the same data, types and line numbers, and a broken file must be
reported in the same words whichever scanner met it first."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from screening import yamlio
from screening.errors import InputError
from screening.limits import RULES

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted([*ROOT.glob("rules/**/*.yaml"), *ROOT.glob("countries/*.yaml"), *ROOT.glob("training/*.yaml"),
                  *ROOT.glob("screening/*.yaml"), *ROOT.glob("screening/bdd/*.yaml")])


def same(a, b, where: str) -> None:
    assert type(a) is type(b), where
    if isinstance(a, dict):
        assert list(a) == list(b), where
        assert (a.lc.line, a.lc.col) == (b.lc.line, b.lc.col), where
        for k in a:
            assert a.lc.key(k) == b.lc.key(k) and a.lc.value(k) == b.lc.value(k), f"{where}.{k}"
            same(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert a.lc.item(i) == b.lc.item(i), f"{where}[{i}]"
            same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


def test_the_c_extension_is_installed():
    from ruamel.yaml.cyaml import CParser  # noqa: F401 - a dependency: without it every first run is slow


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_both_scanners_read_every_shipped_file_alike(path):
    text = path.read_text(encoding="utf-8")
    fast = yamlio._load_fast(text, RULES)
    assert fast is not yamlio._FALLBACK, "a shipped file fell back to the slow scanner"
    same(fast, yamlio._yaml(RULES).load(text), path.name)


BROKEN = {
    "unclosed": "criteria:\n  - id: a\n    title: {en: 'x\n",
    "tab": "criteria:\n\t- id: a\n",
    "bad indent": "a:\n  b: 1\n c: 2\n",
    "duplicate key": "a: 1\na: 2\n",
    "alias bomb": "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)),
    "too deep": "a: " + "[" * 100 + "]" * 100 + "\n",
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_rule_file_is_reported_as_the_pure_scanner_reports_it(tmp_path, monkeypatch, name):
    path = tmp_path / "x.yaml"
    path.write_text(BROKEN[name], encoding="utf-8")
    with pytest.raises(InputError) as fast:
        yamlio.load(path, limits=RULES)
    monkeypatch.setitem(sys.modules, "ruamel.yaml.cyaml", None)  # as if the C extension were missing
    with pytest.raises(InputError) as pure:
        yamlio.load(path, limits=RULES)
    assert str(fast.value) == str(pure.value) and fast.value.line == pure.value.line
