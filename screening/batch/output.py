"""Output lines (JSONL, or CSV with one column per field), written as each row is screened, owner-only;
`--resume` reads what is there and continues after the last complete row. An .xlsx output is written
as CSV into a work file beside it (so it resumes the same way) and made a workbook at the end.

A CSV a clinic opens in a spreadsheet must not run what an applicant or a clerk wrote: control
characters are shown as escapes (one record per line, whatever a reference holds) and a cell that
starts like a formula (= + - @ tab CR) gets a leading apostrophe, as OWASP's "CSV injection" advice says."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from screening.base.errors import InputError
from screening.base.files import make_private_dirs
from screening.base.safe_text import visible

COLUMNS = ("row", "reference", "overall", "refugee_status", "complementary_protection", "statelessness",
           "humanitarian_pathway", "deadlines", "flags", "referrals", "open_questions", "error")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def fmt_of(path: Path, full: bool) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".xlsx"):
        if full:
            raise InputError.of("batch_json_needs_jsonl", path)
        return suffix[1:]
    raise InputError.of("batch_output_kind", path)


def work_path(path: Path, kind: str) -> Path:
    """Where the lines go while the run lasts: the output itself, or for a workbook a CSV beside it."""
    return path.with_name(f".{path.name}.partial.csv") if kind == "xlsx" else path


def safe_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: controls escaped, a formula's first character neutralised."""
    text = "" if value is None else str(value)
    shown = visible(text, limit=None)
    return "'" + shown if text.startswith(FORMULA_START) or shown.startswith(FORMULA_START) else shown


def unsafe(cell: str) -> str:
    """A cell as it was before safe_cell's apostrophe (for reading a CSV output back)."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and (cell[1] in "=+-@" or cell[1:3] in ("\\t", "\\r")) \
        else cell


def cells(record: dict[str, Any]) -> list[str]:
    def cell(k: str) -> str:
        v = record.get(k)
        if k == "deadlines":
            return ";".join(f"{d['due'] or ''}:{d['status']}" for d in v or [])
        if isinstance(v, list):
            return ";".join(map(str, v))
        return "" if v is None else str(v)

    return [cell(k) for k in COLUMNS]


def csv_line(record: dict[str, Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([safe_cell(c) for c in cells(record)])
    return buf.getvalue()


def done_rows(path: Path, kind: str) -> int:
    """The last row fully written (0: none). A torn last line (a crash mid-write) is cut off."""
    work = work_path(path, kind)
    if not work.exists():
        return 0
    data = work.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with work.open("r+b") as f:
            f.truncate(cut)
        data = data[:cut]
    last = 0
    for rec in read(path, kind):
        last = int(rec.get("row") or last)
    return last


def compact(obj: dict[str, Any]) -> dict[str, Any]:
    """A full assessment line (`--format json`) as the summary's record; a compact line as it is."""
    if "outcomes" not in obj:
        return obj
    return {"row": obj.get("row"), "reference": obj.get("reference"), "overall": obj.get("overall"),
            **{k: o.get("status") for k, o in obj["outcomes"].items()},
            "deadlines": [{"due": d.get("due"), "status": d.get("status")} for d in obj.get("deadlines") or []],
            "flags": [f["id"] for f in obj.get("flags") or [] if f.get("status") == "met"],
            "referrals": [r["id"] for r in obj.get("referrals") or []],
            "open_questions": obj.get("overall_missing") or []}


def read(path: Path, kind: str) -> Iterator[dict[str, Any]]:
    """The records written so far, one at a time (for the summary and for --resume)."""
    path = work_path(path, kind)
    with path.open(encoding="utf-8", newline="") as f:
        if kind == "jsonl":
            for line in f:
                if line.strip():
                    obj = json.loads(line)
                    if "sources" not in obj or "row" in obj:  # the run's sources table is not a row
                        yield compact(obj)
        else:
            for raw in csv.DictReader(f):
                rec = {k: unsafe(v or "") for k, v in raw.items()}
                out: dict[str, Any] = dict(rec)
                for k in ("flags", "referrals", "open_questions"):
                    out[k] = [x for x in (rec.get(k) or "").split(";") if x]
                out["deadlines"] = [{"due": d.split(":")[0] or None, "status": d.split(":")[1]}
                                    for d in (rec.get("deadlines") or "").split(";") if ":" in d]
                yield out


class Writer:
    """Appends whole lines, owner-only, flushed often so an interruption loses at most the rows in flight."""

    def __init__(self, path: Path, kind: str, resume: bool, head: str | None = None):

        make_private_dirs(path.parent)
        if path.exists() and not resume:
            raise InputError.of("batch_output_exists", path)
        work = work_path(path, kind)
        if kind == "xlsx" and work.exists() and not resume:
            work.unlink()  # a work file left by a run that was not resumed
        fresh = not work.exists() or work.stat().st_size == 0
        fd = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self.f = os.fdopen(fd, "a", encoding="utf-8", newline="")
        self.kind = kind
        if fresh and kind != "jsonl":
            self.f.write(",".join(COLUMNS) + "\n")
        if fresh and head is not None:
            self.f.write(head + "\n")

    def write(self, line_json: str, record: dict[str, Any]) -> None:
        self.f.write(line_json + "\n" if self.kind == "jsonl" else csv_line(record))

    def flush(self) -> None:
        self.f.flush()

    def close(self) -> None:
        try:
            self.f.flush()
            os.fsync(self.f.fileno())
        finally:
            try:
                self.f.close()
            except OSError:
                pass  # the disk is full: what could not be written is written again by --resume
