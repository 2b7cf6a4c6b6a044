"""Rows from a spreadsheet (.csv or .xlsx: a header naming facts, one case per row), a JSONL file (one
case per line: a case file's mapping, or its `facts` alone: only fact ids) or a folder of case files, one at a time.
A row that cannot be read is still a row: it carries why, and becomes that row's refusal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening.base.errors import InputError
from screening.batch.tables import Reading, csv_lines, table_rows, xlsx_lines
from screening.models.case import case_model

__all__ = ["Reading", "Row", "count", "kind_of", "rows"]

LINE_MAX = 4 * 1024 * 1024  # bytes of one JSONL line: a case is a few KB; past this it is not a case


@dataclass
class Row:
    n: int  # 1-based row (the spreadsheet's data row, the JSONL line, the file's place in the folder)
    where: str  # what a message names: file:line, or the case file
    raw: dict[str, Any] | None
    error: tuple[str, dict[str, Any]] | None = None  # why it cannot be read: an error key and its words


def kind_of(path: Path) -> str:
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    kind = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl", ".ndjson": "jsonl"}
    if suffix not in kind:
        raise InputError.of("batch_input_kind", path)
    if not path.is_file():
        raise InputError.of("batch_unreadable", path, what=_missing(path))
    return kind[suffix]


def _missing(path: Path) -> str:
    import errno
    import os

    return os.strerror(errno.ENOENT if not path.exists() else errno.EISDIR)


def count(path: Path) -> int:
    """How many rows (for the progress bar): read once, nothing kept."""
    k = kind_of(path)
    if k == "folder":
        return sum(1 for _ in _case_files(path))
    if k == "xlsx":
        return sum(1 for _ in xlsx_lines(path)) - 1
    try:
        with path.open("rb") as f:
            n = sum(1 for line in f if line.strip())
    except OSError as e:
        raise InputError.of("batch_unreadable", path, what=e.strerror or type(e).__name__) from None
    return n - 1 if k == "csv" else n


def rows(path: Path, reading: Reading) -> Iterator[Row]:
    k = kind_of(path)
    if k in ("csv", "xlsx"):
        lines = csv_lines(path, reading) if k == "csv" else xlsx_lines(path)
        for n, where, raw, error in table_rows(path, lines, reading):
            yield Row(n, where, raw, error)
    elif k == "jsonl":
        yield from _jsonl(path, _case_keys(reading.lib))
    else:
        for i, p in enumerate(_case_files(path), 1):
            yield Row(i, str(p), {"__file__": str(p)})


def _case_files(folder: Path) -> Iterator[Path]:
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() in (".yaml", ".yml", ".json") and p.is_file():
            yield p


def _case_keys(lib: Any) -> frozenset[str]:
    """The keys of a case file besides `facts` (reference, narrative, language, session)."""

    return frozenset(case_model(lib.catalogue).model_fields) - {"facts"}


def _jsonl(path: Path, case_keys: frozenset[str]) -> Iterator[Row]:
    try:
        f = path.open("rb")
    except OSError as e:
        raise InputError.of("batch_unreadable", path, what=e.strerror or type(e).__name__) from None
    with f:
        i = n = 0
        while True:
            line = f.readline(LINE_MAX + 1)
            if not line:
                return
            i += 1
            too_long = len(line) > LINE_MAX and not line.endswith(b"\n")
            while len(line) > LINE_MAX and not line.endswith(b"\n") and line:  # skip the rest of the line
                line = f.readline(LINE_MAX + 1)
            if not line.strip() and not too_long:
                continue
            n += 1
            where = f"{path}:{i}"
            if too_long:
                yield Row(n, where, None, ("batch_line_too_long", {"max": LINE_MAX}))
                continue
            data, error = _json(line, first=i == 1)
            if error is not None:
                yield Row(n, where, None, error)
            elif not isinstance(data, dict):
                yield Row(n, where, None, ("batch_not_object", {}))
            elif "facts" in data or not data or case_keys & data.keys():
                # a case file's mapping, read as `assess` reads one: without `facts` (a batch's own result
                # line fed back, `{}`) it is refused as `assess` refuses that file, never screened
                yield Row(n, where, data)
            else:  # the facts alone (only fact ids): the case file `facts: <the line>`
                yield Row(n, where, {"facts": data})


def _json(line: bytes, first: bool) -> tuple[Any, tuple[str, dict[str, Any]] | None]:
    try:
        text = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as e:
        return None, ("batch_not_text", {"byte": f"0x{line[e.start]:02X}"})
    try:
        return json.loads(text, object_pairs_hook=_unique), None
    except _Duplicate as e:
        return None, ("batch_duplicate_key", {"name": e.args[0]})
    except json.JSONDecodeError as e:
        return None, ("malformed_json", {"what": e.msg})
    except RecursionError:
        return None, ("batch_json_deep", {})


class _Duplicate(ValueError):
    pass


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose key comes twice is refused: which value was meant cannot be known."""
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Duplicate(k)
        out[k] = v
    return out
