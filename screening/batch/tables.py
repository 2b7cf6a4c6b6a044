"""Spreadsheets as clinics keep them, read a row at a time: CSV (with or without Excel's BOM; `,`, `;`
or tab between cells, sniffed from the header or given; UTF-8 or a stated encoding) and .xlsx.
Whatever is wrong with one row (a byte that is not text, a cell too long, a cell without a column)
is that row's refusal; only a file that cannot be read at all stops the run."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening.base.errors import InputError
from screening.batch import names

CELL_MAX = 100_000  # characters in one cell: a long narrative fits, a runaway field does not
_UNDECODED = re.compile(r"[\udc80-\udcff]")  # a byte the encoding could not read (surrogateescape)


@dataclass(frozen=True)
class Reading:
    """How to read a registry: the library (for the words of headers and choices), the text encoding and
    delimiter of a CSV (None: UTF-8, sniffed), and how to read a slashed date (dmy, mdy, None: not at all)."""

    lib: Any
    encoding: str | None = None
    delimiter: str | None = None
    dates: str | None = None


# what a table yields: (line, cells) or (line, None, (error key, its words))
Line = tuple[int, list[Any] | None, tuple[str, dict[str, Any]] | None]


def csv_lines(path: Path, reading: Reading) -> Iterator[Line]:
    encoding = reading.encoding or "utf-8-sig"
    try:
        f = path.open(encoding=encoding, errors="surrogateescape", newline="")
    except LookupError:
        raise InputError.of("batch_encoding", encoding=encoding) from None
    except OSError as e:
        raise InputError.of("batch_unreadable", path, what=e.strerror or type(e).__name__) from None
    csv.field_size_limit(max(csv.field_size_limit(), 16 * CELL_MAX))
    with f:
        delimiter = reading.delimiter or sniff(f.readline(64 * 1024))
        f.seek(0)
        reader = csv.reader(f, delimiter=delimiter)
        end = 0
        while True:
            start = end + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                end = reader.line_num
                yield start, None, ("batch_csv_row", {"what": str(e)})
                continue
            except OSError as e:  # the disk under the input failed mid-way: nothing more can be read
                raise InputError.of("batch_unreadable", path, start, what=e.strerror or type(e).__name__) from None
            end = reader.line_num
            yield start, cells, None


def sniff(first_line: str) -> str:
    """The delimiter of a CSV from its header: fact ids and the reports' words have no `,` `;` or tab
    of their own, so the one that occurs most is it (Excel writes `;` in Spanish and Portuguese)."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def xlsx_lines(path: Path) -> Iterator[Line]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as e:
        raise InputError.of("batch_unreadable", path, what=e.strerror or type(e).__name__) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError) as e:
        raise InputError.of("batch_xlsx_bad", path, what=type(e).__name__) from None
    try:
        sheet = book.worksheets[0]  # the registry is the first sheet (a template's choices come after)
        for i, row in enumerate(sheet.iter_rows(values_only=True), 1):
            yield i, list(row), None
    finally:
        book.close()


def table_rows(path: Path, lines: Iterator[Line], reading: Reading) -> Iterator[tuple[int, str, Any, Any]]:
    """(row, where, the row as a case, or None and why it cannot be read): the header mapped to fact ids
    once, then each row's cells as a case file would write them."""
    header = None
    for line, cells, error in lines:
        if header is None:
            if error is not None or cells is None:
                raise InputError.of(error[0] if error else "batch_csv_empty", path, line, **(error[1] if error else {}))
            if not any(_blank(c) is False for c in cells):
                continue
            header = _header(path, line, cells, reading.lib)
            n = 0
            continue
        if cells is not None and all(_blank(c) for c in cells):
            continue
        n += 1
        where = f"{path}:{line}"
        if error is not None:
            yield n, where, None, error
            continue
        raw, why = _row(header, cells, reading)
        yield n, where, raw, why
    if header is None:
        raise InputError.of("batch_csv_empty", path, 1)


def _blank(c: Any) -> bool:
    return c is None or (isinstance(c, str) and not c.strip())


def _header(path: Path, line: int, cells: list[Any], lib: Any) -> list[str | None]:
    out: list[str | None] = []
    seen: dict[str, int] = {}
    for i, c in enumerate(cells, 1):
        if _blank(c):
            out.append(None)
            continue
        text = str(c).replace("\ufeff", "").strip()
        if _UNDECODED.search(text):
            raise InputError.of("batch_not_text", path, line, byte=_first_byte(text))
        name = names.column(lib, text)
        if name in seen:
            raise InputError.of("batch_duplicate_column", path, line, name=name, first=seen[name], second=i)
        seen[name] = i
        out.append(name)
    return out


def _first_byte(text: str) -> str:
    m = _UNDECODED.search(text)
    return f"0x{ord(m.group()) - 0xDC00:02X}" if m else "?"


def _row(header: list[str | None], cells: list[Any], reading: Reading) -> tuple[Any, Any]:
    if len(cells) > len(header) and any(not _blank(c) for c in cells[len(header):]):
        return None, ("batch_cells", {"n": len(cells), "expected": len(header)})
    raw: dict[str, Any] = {"facts": {}}
    for i, (name, c) in enumerate(zip(header, cells, strict=False), 1):
        if _blank(c):
            continue  # an empty cell: not asked, never "no"
        if name is None:
            return None, ("batch_no_column", {"column": i})
        if isinstance(c, str):
            c = c.strip()
            if len(c) > CELL_MAX:
                return None, ("batch_cell_too_long", {"column": i, "n": len(c), "max": CELL_MAX})
            if _UNDECODED.search(c):
                return None, ("batch_not_text", {"byte": _first_byte(c)})
        if name in names.META:
            raw[name] = _text(c)
        else:
            raw["facts"][name] = names.cell(reading.lib, name, c, reading.dates)
    return raw, None


def _text(c: Any) -> str:
    """A reference typed as a number (1042) is the text 1042, not 1042.0."""
    if isinstance(c, float) and c.is_integer():
        return str(int(c))
    return str(c)
