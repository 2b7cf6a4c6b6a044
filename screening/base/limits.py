"""Limits on what a file may make the tool do: its size, nesting, list length, number length and
YAML aliases.

A case file may come from anyone (a form, a script, a mistake) and a rule file from a trainer;
either way a file must not be able to exhaust the stack, the memory or the clock. The limits are
checked while the file is parsed (the YAML composer in yaml_composer.py, or the JSON scanner in
json_lines.py), before anything walks the data recursively, and each is refused as one error naming
the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Limits:
    kind: str  # which file the limits are for, as the catalogue names it: error.kind.<kind>
    max_bytes: int
    max_depth: int  # nested mappings/lists, counting the top level as 1
    max_items: int  # entries of one list or mapping
    max_digits: int  # of one number (Python refuses ints over 4,300 digits with a bare ValueError)
    anchors: bool  # may the file use anchors and aliases (&name, *name)?
    max_alias_nodes: int  # values the aliases may add to the data once expanded
    # Scan with libyaml (ruamel.yaml.clib), 4 to 5 times faster, composing with the same limited
    # composer. libyaml (YAML 1.1) reads a few texts unlike ruamel's scanner (tabs, NEL/LS/PS, empty
    # values...): yamlio._load_fast leaves those, and any error, to ruamel's, so what a file means and
    # what a problem says never depend on the scanner (tests/test_yaml_scanners.py).
    fast_scanner: bool = False


# A case holds about 80 facts of a few words each: 1 MB, 50 levels and 1,000 items are far beyond
# any real case and far below what takes time. Aliases have no use in a case, and an alias bomb
# of a few hundred bytes expands to millions of values when validated, so a case refuses them.
# Scanned by libyaml too: with ruamel's scanner, reading a 2 KB case was most of a warm `screening
# assess` (12 to 19 ms the first time in a process; about 4 with libyaml's).
CASE = Limits("case", 1_000_000, 50, 1_000, 30, anchors=False, max_alias_nodes=0, fast_scanner=True)
# The shipped rule files are under 100 KB, nest at most 11 levels, hold at most 223 entries in one
# list or mapping and their aliases (citations reused as *art1a2) add at most 310 values: every
# bound has more than 5 times that headroom. 64 levels keep ruamel's recursive constructor (about
# 5 frames a level) far from Python's limit of 1,000 frames.
RULES = Limits("rules", 5_000_000, 64, 10_000, 30, anchors=True, max_alias_nodes=20_000, fast_scanner=True)


class Refused(Exception):
    """A limit passed while parsing: the loader names the file (`key` is error.<key>)."""

    def __init__(self, key: str, line: int | None, **params: Any):
        super().__init__(key)
        self.key, self.line, self.params = key, line, params


class NotAlike(Exception):
    """What libyaml's events give unlike ruamel's scanner would (see yaml_composer.LimitedComposer._alike):
    the loader reads the file with ruamel's scanner instead (yamlio._load_fast)."""


def too_large(limits: Limits) -> Refused:
    return Refused("file_too_large", None, limit=f"{limits.max_bytes / 1_000_000:g} MB",
                   kind=(f"kind.{limits.kind}", {}))


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def whole_characters(text: str, line: int | None) -> str:
    """YAML's "\\ud83d\\ude00" escapes are read as two halves of one character: join them; a half
    left alone is no character at all (it cannot be printed or written as UTF-8), so refuse it."""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise Refused("lone_surrogate", line) from None


def count_digits(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def too_deep(line: int | None, limits: Limits) -> Refused:
    return Refused("too_deep", line, limit=limits.max_depth, kind=(f"kind.{limits.kind}", {}))


def too_many(line: int | None, limits: Limits) -> Refused:
    return Refused("too_many_items", line, limit=limits.max_items, kind=(f"kind.{limits.kind}", {}))


def number_too_long(line: int | None, digits: int, limits: Limits) -> Refused:
    return Refused("number_too_long", line, digits=digits, limit=limits.max_digits)
