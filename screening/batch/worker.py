"""Screening one row, in this process or in a worker process holding its own compiled rules."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from screening.assess.refusals import refuse_impossible
from screening.assess.screener import Screener, case_of, read_case
from screening.base.errors import InputError
from screening.batch.inputs import Row
from screening.batch.lifeline import follow_parent
from screening.batch.sources import by_reference, line, load

_STATE: dict[str, Any] = {}
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # a lone one ("\ud800" in a JSONL line) cannot be written as UTF-8


def _dumps(obj: Any) -> str:
    """One output line: UTF-8 as it is, a lone surrogate kept as the JSON escape it came as."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False))


def init(country: str, as_of: dt.date, lang: str, full: bool, table: str | None = None,
         parent: int | None = None) -> None:
    """One Screener (one compiled ruleset) per process, and the run's sources table for full rows.
    A worker process ends with its parent."""

    if parent is not None:

        follow_parent(parent)
    if table is not None:

        load(table)
    _STATE.update(screener=Screener(), country=country, as_of=as_of, lang=lang, full=full)
    _STATE["jur"] = _STATE["screener"].compiled(country, as_of)[0]  # compile before the first row, not during it


def screen(row: Row) -> tuple[int, str, dict[str, Any]]:
    """(row number, the output line as JSON, what the summary counts)."""

    s = _STATE["screener"]
    ref = (row.raw or {}).get("reference")
    ref = ref if isinstance(ref, str) else None
    if row.error is not None:
        key, words = row.error
        return _refused(row, ref, InputError.of(key, **words).text(_STATE["lang"]))
    try:
        case = _case(row, s.lib)
    except InputError as e:
        return _refused(row, ref, e.text(_STATE["lang"]), named=bool(e.path))
    except RecursionError:  # a value nested deeper than any case (a YAML file in a folder)
        return _refused(row, ref, InputError.of("batch_json_deep").text(_STATE["lang"]))
    try:
        a = s.assess(case, _STATE["country"], _STATE["as_of"], _STATE["lang"])
    except Exception as e:  # noqa: BLE001 - one row's failure is that row's line, never the run's end
        return _refused(row, ref, InputError.of("batch_row_failed", what=type(e).__name__).text(_STATE["lang"]))
    record = {
        "row": row.n, "reference": case.reference, "overall": a.overall,
        **{k: o.status for k, o in a.outcomes.items()},
        "deadlines": [{"due": d.due, "days_left": d.days_left, "status": d.status} for d in a.deadlines],
        "flags": [f.id for f in a.flags if f.status == "met"],
        "referrals": [r.id for r in a.referrals],
        "open_questions": list(a.overall_missing),
    }
    if _STATE["full"]:

        try:
            return row.n, line(a, row.n), record
        except ValueError:  # a lone surrogate the JSON writer refuses: the slower way, which keeps it escaped
            return row.n, _dumps({"row": row.n, **by_reference(a.model_dump(mode="json"))}), record
    return row.n, _dumps(record), record


def _refused(row: Row, ref: Any, message: str, named: bool = False) -> tuple[int, str, dict[str, Any]]:
    text = message if named else f"{row.where}: {message}"
    record = {"row": row.n, "reference": ref, "overall": "refused", "error": text}
    return row.n, _dumps(record), record


def _case(row: Row, lib: Any):
    """The row as a case, read and checked exactly as `assess` reads and checks a case file: the same
    reading (assess.case_of), the same refusals (a date in the future, the nationality screened)."""

    assert row.raw is not None
    if "__file__" in row.raw:
        path = Path(row.raw["__file__"])
        case, raw = read_case(path, lib)
        refuse_impossible(case, raw, path, _STATE["jur"], _STATE["as_of"], lib)
        return case
    try:
        case = case_of(row.raw, Path(row.where), lib)
        refuse_impossible(case, row.raw, Path(row.where), _STATE["jur"], _STATE["as_of"], lib)
    except Exception as err:
        if hasattr(err, "path"):
            err.path, err.line = None, None  # the row is named once, by the caller
        raise
    return case
