"""Generate broken rule and country folders: a copy of rules/ and countries/ in which one file (or
the folder itself) is damaged, structurally (through ruamel's round trip, which keeps anchors and
comments) or as text and bytes. The tool reads the copy through SCREENING_DATA."""

from __future__ import annotations

import copy
import datetime as dt
import os
import random
import re
import shutil
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from typing import Any

from tests.fuzz import ROOT, bytemut
from tests.fuzz.gen_cases import bomb

FOLDER = "fz-data"  # every message about the copy names a path with this in it


@dataclass
class FuzzFolder:
    seed: int
    target: str  # the damaged file or folder, relative to the data folder ("" if none)
    steps: list[str] = field(default_factory=list)
    country: str | None = None  # the country whose file was damaged, if one was


def files() -> list[str]:
    out = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "rules").rglob("*.yaml"))]
    return out + [str(p.relative_to(ROOT)) for p in sorted((ROOT / "countries").glob("*.yaml"))]


def copy_data(dest: Path) -> Path:
    root = dest / FOLDER
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    shutil.copytree(ROOT / "rules", root / "rules")
    shutil.copytree(ROOT / "countries", root / "countries")
    return root


# -- structural, through ruamel --------------------------------------------------------------------

def _yaml():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.width = 4096
    return y


def _nodes(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in the document, iteratively."""
    out, stack = [], [doc]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for k, v in items:
            out.append((node, k))
            if isinstance(v, (dict, list)):
                stack.append(v)
    return out


WRONG = [0, -1, 10**30, 1.5, True, None, "", "x", [], {}, ["a"], {"a": 1}, dt.date(2026, 2, 28), "unknown",
         [[[]]], {"en": None}, {"en": 5}, "2026-02-30", float("inf")]


def s_delete_key(rng, doc):
    maps = [(c, k) for c, k in _nodes(doc) if isinstance(c, dict)]
    c, k = rng.choice(maps)
    del c[k]
    return f"deleted key {k!r}"


def s_change_type(rng, doc):
    c, k = rng.choice(_nodes(doc))
    value = copy.deepcopy(rng.choice(WRONG))
    c[k] = value
    return f"{k!r} set to {value!r}"


def s_duplicate_id(rng, doc):
    lists = [c[k] for c, k in _nodes(doc) if isinstance(c[k], list) and any(isinstance(x, dict) and "id" in x
                                                                                for x in c[k])]
    if not lists:
        return s_change_type(rng, doc)
    items = rng.choice(lists)
    entries = [x for x in items if isinstance(x, dict) and "id" in x]
    victim = rng.choice(entries)
    kind = rng.randrange(3)
    if kind == 0:
        items.append(copy.deepcopy(victim))
        return f"duplicated entry {victim['id']!r}"
    if kind == 1:
        other = rng.choice(entries)
        victim["id"] = other["id"]
        return f"renamed an entry to {other['id']!r}"
    victim["id"] = rng.choice(["", " ", "x" * 5000, "id\x1b[31m", "id\u202e", "Id With Spaces", 5, None, "a.b"])
    return f"id set to {victim['id']!r}"


def s_huge_string(rng, doc):
    strings = [(c, k) for c, k in _nodes(doc) if isinstance(c[k], str)]
    c, k = rng.choice(strings)
    n = rng.choice([100_000, 1_000_000, 8_000_000])
    c[k] = ("long text " * (n // 10))[:n]
    return f"{k!r} set to a string of {n} characters"


def s_control_text(rng, doc):
    strings = [(c, k) for c, k in _nodes(doc) if isinstance(c[k], str)]
    c, k = rng.choice(strings)
    ch = rng.choice(bytemut.CONTROLS)
    i = rng.randrange(len(c[k]) + 1)
    c[k] = c[k][:i] + ch + c[k][i:]
    return f"{k!r} given {ch!r}"


def s_unknown_key(rng, doc):
    maps = [c[k] for c, k in _nodes(doc) if isinstance(c[k], dict)] + [doc]
    rng.choice(maps)[rng.choice(["zz_unknown", "When", "id ", "x" * 300])] = 1
    return "unknown key added"


def s_extreme_number(rng, doc):
    nums = [(c, k) for c, k in _nodes(doc) if isinstance(c[k], (int, float)) and not isinstance(c[k], bool)]
    if not nums:
        return s_change_type(rng, doc)
    c, k = rng.choice(nums)
    c[k] = rng.choice([0, -1, -(10**9), 10**9, 10**18, 10**100, 2.5, 1e308, -1e308, 99999])
    return f"{k!r} set to {c[k]!r}"


def s_dated(rng, doc):
    """Dated versions of a law: dates at the ends of the calendar, inverted or overlapping ranges."""
    dated = [c[k] for c, k in _nodes(doc) if isinstance(c[k], dict) and "id" in c[k] or
             isinstance(c[k], dict) and ("valid_from" in c[k] or "valid_to" in c[k])]
    if not dated:
        return s_change_type(rng, doc)
    entry = rng.choice(dated)
    ends = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1900, 1, 1), dt.date(2100, 1, 1), dt.date(2026, 2, 28)]
    start, end = rng.choice(ends), rng.choice(ends)
    if rng.random() < 0.5:
        entry["valid_from"] = start
    if rng.random() < 0.7:
        entry["valid_to"] = end
    return f"dated {entry.get('id', '(entry)')!r} from {entry.get('valid_from')} to {entry.get('valid_to')}"


STRUCTURAL = {"dated": s_dated, "delete_key": s_delete_key, "change_type": s_change_type,
              "duplicate_id": s_duplicate_id, "huge_string": s_huge_string, "control_text": s_control_text,
              "unknown_key": s_unknown_key, "extreme_number": s_extreme_number}


def structural(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    y = _yaml()
    y.allow_unicode = rng.random() < 0.5  # else every non-ASCII character (controls too) is escaped
    doc = y.load(data.decode("utf-8"))
    name = rng.choice(list(STRUCTURAL))
    what = STRUCTURAL[name](rng, doc) if isinstance(doc, (dict, list)) and doc else "left alone"
    buf = StringIO()
    y.dump(doc, buf)
    return buf.getvalue().encode("utf-8", "surrogatepass"), f"{name}: {what}"


# -- as text ---------------------------------------------------------------------------------------

_WHEN = re.compile(rb"^( *)when: (\{.*\})[ \t]*$", re.M)
_DATE = re.compile(rb"\b\d{4}-\d{2}-\d{2}\b")
_NUMBER = re.compile(rb"^( *)(set|value|year|add): (\d+)[ \t]*$", re.M)


def t_deep_when(rng, data):
    found = list(_WHEN.finditer(data))
    if not found:
        return bytemut.duplicate_line(rng, data), "no one-line when: a line duplicated"
    m = rng.choice(found)
    depth = rng.choice([150, 150, 150, 1000, 5000])
    deep = b"{all: [" * depth + m.group(2) + b"]}" * depth
    return data[:m.start()] + m.group(1) + b"when: " + deep + data[m.end():], f"when nested {depth} deep"


def alias_condition(levels: int, leaf: str) -> str:
    """A condition with 10**levels leaves written in a few hundred bytes (each level aliases the one below)."""
    inner = f"&c0 {leaf}"
    for i in range(1, levels + 1):
        inner = f"&c{i} {{all: [{inner}, {', '.join([f'*c{i - 1}'] * 9)}]}}"
    return inner


def t_alias_when(rng, data):
    found = list(_WHEN.finditer(data))
    if not found:
        return data + b"\nzz_bomb: " + bomb(rng, 8).encode() + b"\n", "alias bomb at the top level"
    m = rng.choice(found)
    kind = rng.randrange(3)
    if kind == 0:
        levels = rng.choice([2, 5, 7, 9])
        new, what = alias_condition(levels, m.group(2).decode()), f"when with 10^{levels} leaves through aliases"
    elif kind == 1:
        new, what = "&r {all: [*r]}", "recursive when"
    else:
        new, what = "{all: [" + bomb(rng, 8) + "]}", "alias bomb in a when"
    return data[:m.start()] + m.group(1) + b"when: " + new.encode() + data[m.end():], what


def t_bad_date(rng, data):
    found = list(_DATE.finditer(data))
    value = rng.choice([b"2026-02-30", b"2025-13-45", b"0", b"-1", b"99999-01-01", b"soon", b"0000-00-00",
                        b"2026-02-29", b"1e400", b"'2026-02-30'"])
    if not found:
        return data, "no date to break"
    m = rng.choice(found)
    return data[:m.start()] + value + data[m.end():], f"a date replaced by {value.decode()}"


def t_huge_number(rng, data):
    found = list(_NUMBER.finditer(data))
    value = rng.choice([b"9" * 5000, b"9" * 100_000, b"1e999", b"-1", b"0", b"1000000000000", b".nan", b"0x10"])
    if not found:
        return data, "no number to change"
    m = rng.choice(found)
    return data[:m.start(3)] + value + data[m.end(3):], f"{m.group(2).decode()} set to {value[:20].decode()}"


def t_deep_yaml(rng, data):
    d = rng.choice([500, 10_000, 100_000])
    return data + b"\nzz_deep: " + b"[" * d + b"]" * d + b"\n", f"a list nested {d} deep"


TEXTUAL = {"deep_when": t_deep_when, "alias_when": t_alias_when, "bad_date": t_bad_date,
           "huge_number": t_huge_number, "deep_yaml": t_deep_yaml}


# -- the folder itself -----------------------------------------------------------------------------

def folder_damage(rng: random.Random, root: Path) -> str:
    where = rng.choice(["rules", "countries", "rules/origins"])
    kind = rng.randrange(8)
    target = root / where / "zz.yaml"
    if kind == 0:
        target.mkdir()
        return f"{where}/zz.yaml is a directory"
    if kind == 1:
        os.symlink("zz.yaml", target)
        return f"{where}/zz.yaml is a symlink to itself"
    if kind == 2:
        os.symlink("/nonexistent/zz.yaml", target)
        return f"{where}/zz.yaml is a dangling symlink"
    if kind == 3:
        target.write_bytes(b"")
        return f"{where}/zz.yaml is empty"
    if kind == 4:
        src = rng.choice(sorted((root / "countries").glob("*.yaml")))
        shutil.copy(src, root / "countries" / "zz.yaml")
        return f"countries/zz.yaml is a copy of {src.name}"
    if kind == 5:
        victim = rng.choice(["rules/facts.yaml", "rules/refugee_1951.yaml", "countries/mx.yaml"])
        (root / victim).unlink()
        return f"{victim} deleted"
    if kind == 6:
        shutil.rmtree(root / rng.choice(["countries", "rules/origins"]))
        return "a folder deleted"
    (root / "rules" / "facts.yaml").unlink()
    (root / "rules" / "facts.yaml").mkdir()
    return "rules/facts.yaml is a directory"


def _applies(name: str, data: bytes) -> bool:
    if name in ("deep_when", "alias_when"):
        return bool(_WHEN.search(data))
    if name == "bad_date":
        return bool(_DATE.search(data))
    if name == "huge_number":
        return bool(_NUMBER.search(data))
    return True


def make(seed: int, dest: Path) -> tuple[Path, FuzzFolder]:
    """A damaged copy of the data in `dest`/fz-data; returns its root and what was done."""
    rng = random.Random(seed)
    root = copy_data(dest)
    if rng.random() < 0.12:
        return root, FuzzFolder(seed, "", [folder_damage(rng, root)])
    r = rng.random()
    kind = "structural" if r < 0.45 else rng.choice(list(TEXTUAL)) if r < 0.75 else "bytes"
    candidates = [f for f in files() if _applies(kind, (root / f).read_bytes())]
    rel = rng.choice(candidates or files())
    path = root / rel
    data = path.read_bytes()
    try:
        if kind == "structural":
            data, step = structural(rng, data)
        elif kind == "bytes":
            data, step = bytemut.mutate(rng, data)
        else:
            data, step = TEXTUAL[kind](rng, data)
            step = f"{kind}: {step}"
    except RecursionError:  # ruamel could not write it back: damage the bytes instead
        data, step = bytemut.mutate(rng, data)
    path.write_bytes(data)
    country = Path(rel).stem.upper() if rel.startswith("countries/") else None
    return root, FuzzFolder(seed, rel, [step], country)
