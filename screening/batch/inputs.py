"""Rows from a CSV (header = fact ids; several values in one cell separated by ';'), a JSONL file (one
case per line: a case file's mapping, or its `facts` alone) or a folder of case files, one at a time."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

# columns that are not facts
META = ("reference", "language", "narrative")


@dataclass
class Row:
    n: int  # 1-based row (the CSV's data row, the JSONL line, the file's place in the folder)
    where: str  # what a message names: file:line, or the case file
    raw: dict[str, Any] | None
    error: tuple[str, dict[str, Any]] | None = None  # why it cannot be read: an error key and its words


def kind_of(path: Path) -> str:
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    raise InputError.of("batch_input_kind", path)


def count(path: Path) -> int:
    """How many rows (for the progress bar): read once, line by line, nothing kept."""
    k = kind_of(path)
    if k == "folder":
        return sum(1 for _ in _case_files(path))
    with path.open(encoding="utf-8", errors="replace") as f:
        n = sum(1 for line in f if line.strip())
    return n - 1 if k == "csv" else n


def rows(path: Path) -> Iterator[Row]:
    k = kind_of(path)
    if k == "csv":
        yield from _csv(path)
    elif k == "jsonl":
        yield from _jsonl(path)
    else:
        for i, p in enumerate(_case_files(path), 1):
            yield Row(i, str(p), {"__file__": str(p)})


def _case_files(folder: Path) -> Iterator[Path]:
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() in (".yaml", ".yml", ".json") and p.is_file():
            yield p


def _csv(path: Path) -> Iterator[Row]:
    try:
        f = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise InputError(e.strerror or str(e), path) from None
    with f:
        reader = csv.reader(f)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise InputError.of("batch_csv_empty", path, 1) from None
        except UnicodeDecodeError:
            raise InputError.of("batch_csv_not_utf8", path, 1) from None
        for i, cells in enumerate(reader, 1):
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                yield Row(i, f"{path}:{line}", None, ("batch_cells", {"n": len(cells), "expected": len(header)}))
                continue
            raw: dict[str, Any] = {"facts": {}}
            for h, c in zip(header, cells, strict=True):
                c = c.strip()
                if not c:  # an empty cell: not asked, never "no"
                    continue
                if h in META:
                    raw[h] = c
                else:
                    raw["facts"][h] = [x.strip() for x in c.split(";") if x.strip()] if ";" in c else c
            yield Row(i, f"{path}:{line}", raw)


def _jsonl(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8", errors="strict") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                yield Row(i, f"{path}:{i}", None, ("malformed_json", {"what": e.msg}))
                continue
            if not isinstance(data, dict):
                yield Row(i, f"{path}:{i}", None, ("batch_not_object", {}))
                continue
            yield Row(i, f"{path}:{i}", data if "facts" in data else {"facts": data})
