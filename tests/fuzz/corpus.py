"""Inputs the fuzzer found (or that were written by hand for each kind of damage the brief names),
kept as a fixed corpus: every CI run tries them, whatever the random sample holds that day."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

from tests.fuzz.gen_cases import bomb
from tests.fuzz.gen_rules import alias_condition

DEEP = 10_000

# (id, file name, content, command, format)
CASES: list[tuple[str, str, bytes, str, str | None]] = [
    ("mapping-as-key", "fz-case.yaml", b"facts: {}\n{}: 1\n", "assess", "text"),
    ("sequence-as-key", "fz-case.yaml", b"facts: {}\n[]: 1\n", "assess", "text"),
    ("yaml-directive-1.3", "fz-case.yaml", b"%YAML 1.3\n---\nfacts: {}\n", "assess", "text"),
    ("yaml-directive-9.9-second-document", "fz-case.json", b"---\n%YAML 9.9\n", "report", "html"),
    ("tagged-top-scalar", "fz-case.yaml", b"!p\n", "assess", "md"),
    ("bool-tag-on-a-word", "fz-case.yaml", b"facts:\n  fears_return: !!bool maybe\n", "assess", "json"),
    ("surrogate-pair-escape-in-yaml", "fz-case.yaml", b'facts: {}\nreference: "\\ud83d\\ude00"\n', "assess", "json"),
    ("lone-surrogate-in-json", "fz-case.json", b'{"facts": {"country_of_nationality": "\\ud800"}}', "assess", "json"),
    ("controls-in-narrative-json", "fz-case.yaml",
     b'facts: {}\nreference: "R\\e[31m\\x9b"\nnarrative: "a\\e[2Jb\\Nc\\Ld\\u202ee\\x07"\n', "assess", "json"),
    ("controls-in-narrative-html", "fz-case.yaml",
     b'facts: {}\nreference: "R\\e[31m\\x9b"\nnarrative: "a\\e[2Jb\\Nc\\Ld\\u202ee\\x07"\n', "report", "html"),
    ("controls-in-narrative-text", "fz-case.yaml",
     b'facts: {}\nreference: "R\\e[31m\\x9b"\nnarrative: "a\\e[2Jb\\Nc\\Ld\\u202ee\\x07"\n', "assess", "text"),
    ("control-in-a-fact-value", "fz-case.yaml", b'facts:\n  fears_return: "yes\\e[2J\\x85"\n', "assess", "md"),
    ("alias-bomb", "fz-case.yaml", b"facts: {}\nsession: " + bomb(random.Random(0), 9).encode() + b"\n",
     "assess", "json"),
    ("recursive-alias", "fz-case.yaml", b"facts: &r {a: *r}\n", "assess", "json"),
    ("date-as-zero", "fz-case.yaml", b"facts:\n  date_of_entry: 0\n", "assess", "json"),
    ("impossible-date", "fz-case.yaml", b"facts:\n  date_of_entry: 2026-02-30\n", "report", None),
    ("huge-integer", "fz-case.yaml", b"facts:\n  fears_return: " + b"9" * 5000 + b"\n", "assess", "text"),
    ("deep-nesting", "fz-case.yaml", b"facts:\n  harm_feared: " + b"[" * DEEP + b"]" * DEEP + b"\n", "assess", "json"),
    ("huge-list", "fz-case.yaml", b"facts:\n  harm_feared: [" + b"physical_violence, " * 200_000 + b"x]\n",
     "assess", "json"),
    ("nul-bytes", "fz-case.yaml", b"facts: {}\n\x00\x00\n", "assess", "text"),
    ("utf16", "fz-case.yaml", "facts: {}\n".encode("utf-16"), "assess", "text"),
    ("truncated-utf8", "fz-case.yaml", b"facts: {}\nreference: caf\xc3", "assess", "text"),
    ("line-separator-in-file-name", "fz-case\u2028.yaml", b"facts: [\n", "assess", "text"),
    ("escape-in-file-name", "fz-case\x1b[2J.yaml", b"facts: [\n", "assess", "text"),
]


def _edit(root: Path, rel: str, old: bytes, new: bytes) -> None:
    path = root / rel
    data = path.read_bytes()
    assert old in data, f"{rel} changed: {old!r} not in it"
    path.write_bytes(data.replace(old, new, 1))


def _deep_when(root: Path) -> None:
    _edit(root, "rules/refugee_1951.yaml", b"when: {fact: fears_return, is: true}",
          b"when: " + b"{all: [" * 150 + b"{fact: fears_return, is: true}" + b"]}" * 150)


def _alias_when(root: Path) -> None:
    _edit(root, "rules/refugee_1951.yaml", b"when: {fact: fears_return, is: true}",
          b"when: " + alias_condition(9, "{fact: fears_return, is: true}").encode())


# (id, damage, country to assess)
FOLDERS: list[tuple[str, Callable[[Path], object], str]] = [
    ("symlink-loop-in-countries", lambda root: os.symlink("zz.yaml", root / "countries" / "zz.yaml"), "MX"),
    ("symlink-loop-in-origins", lambda root: os.symlink("zz.yaml", root / "rules" / "origins" / "zz.yaml"), "MX"),
    ("directory-named-zz.yaml", lambda root: (root / "rules" / "zz.yaml").mkdir(), "MX"),
    ("infinite-filing-period",
     lambda root: _edit(root, "countries/co.yaml", b"    set: 2\n", b"    set: .inf\n"), "CO"),
    ("billion-day-filing-period",
     lambda root: _edit(root, "countries/co.yaml", b"    set: 2\n", b"    set: 1000000000\n"), "CO"),
    ("when-150-deep", _deep_when, "MX"),
    ("when-aliases-1e9-leaves", _alias_when, "MX"),
]
