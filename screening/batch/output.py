"""Output lines (JSONL, or CSV with one column per field), written as each row is screened, owner-only;
`--resume` reads what is there and continues after the last complete row."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError

COLUMNS = ("row", "reference", "overall", "refugee_status", "complementary_protection", "statelessness",
           "humanitarian_pathway", "deadlines", "flags", "referrals", "open_questions", "error")


def fmt_of(path: Path, full: bool) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        if full:
            raise InputError.of("batch_json_needs_jsonl", path)
        return "csv"
    raise InputError.of("batch_output_kind", path)


def csv_line(record: dict[str, Any]) -> str:
    def cell(k: str) -> str:
        v = record.get(k)
        if k == "deadlines":
            return ";".join(f"{d['due'] or ''}:{d['status']}" for d in v or [])
        if isinstance(v, list):
            return ";".join(map(str, v))
        return "" if v is None else str(v)

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([cell(k) for k in COLUMNS])
    return buf.getvalue()


def done_rows(path: Path, kind: str) -> int:
    """The last row fully written (0: none). A torn last line (a crash mid-write) is cut off."""
    if not path.exists():
        return 0
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with path.open("r+b") as f:
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
    with path.open(encoding="utf-8", newline="") as f:
        if kind == "jsonl":
            for line in f:
                if line.strip():
                    yield compact(json.loads(line))
        else:
            for rec in csv.DictReader(f):
                out: dict[str, Any] = dict(rec)
                for k in ("flags", "referrals", "open_questions"):
                    out[k] = [x for x in (rec.get(k) or "").split(";") if x]
                out["deadlines"] = [{"due": d.split(":")[0] or None, "status": d.split(":")[1]}
                                    for d in (rec.get("deadlines") or "").split(";") if ":" in d]
                yield out


class Writer:
    """Appends whole lines, owner-only, flushed often so an interruption loses at most the rows in flight."""

    def __init__(self, path: Path, kind: str, resume: bool):
        from ..files import make_private_dirs

        make_private_dirs(path.parent)
        if path.exists() and not resume:
            raise InputError.of("batch_output_exists", path)
        fresh = not path.exists() or path.stat().st_size == 0
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self.f = os.fdopen(fd, "a", encoding="utf-8", newline="")
        self.kind = kind
        if fresh and kind == "csv":
            self.f.write(",".join(COLUMNS) + "\n")

    def write(self, line_json: str, record: dict[str, Any]) -> None:
        self.f.write(line_json + "\n" if self.kind == "jsonl" else csv_line(record))

    def flush(self) -> None:
        self.f.flush()

    def close(self) -> None:
        self.f.flush()
        os.fsync(self.f.fileno())
        self.f.close()
