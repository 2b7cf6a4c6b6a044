"""Screening one row, in this process or in a worker process holding its own compiled rules."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from .inputs import Row

_STATE: dict[str, Any] = {}


def init(country: str, as_of: dt.date, lang: str, full: bool) -> None:
    """One Screener (one compiled ruleset) per process."""
    from ..assess import Screener

    _STATE.update(screener=Screener(), country=country, as_of=as_of, lang=lang, full=full)
    _STATE["screener"].compiled(country, as_of)  # compile before the first row, not during it


def screen(row: Row) -> tuple[int, str, dict[str, Any]]:
    """(row number, the output line as JSON, what the summary counts)."""
    from ..errors import InputError

    s = _STATE["screener"]
    ref = (row.raw or {}).get("reference")
    if row.error is not None:
        key, words = row.error
        return _refused(row, ref, InputError.of(key, **words).text(_STATE["lang"]))
    try:
        case = _case(row, s.lib)
    except InputError as e:
        return _refused(row, ref, e.text(_STATE["lang"]))
    a = s.assess(case, _STATE["country"], _STATE["as_of"], _STATE["lang"])
    record = {
        "row": row.n, "reference": case.reference, "overall": a.overall,
        **{k: o.status for k, o in a.outcomes.items()},
        "deadlines": [{"due": d.due, "days_left": d.days_left, "status": d.status} for d in a.deadlines],
        "flags": [f.id for f in a.flags if f.status == "met"],
        "referrals": [r.id for r in a.referrals],
        "open_questions": list(a.overall_missing),
    }
    if _STATE["full"]:
        out = {"row": row.n, **json.loads(a.model_dump_json())}
        return row.n, json.dumps(out, ensure_ascii=False, sort_keys=False), record
    return row.n, json.dumps(record, ensure_ascii=False), record


def _refused(row: Row, ref: Any, message: str) -> tuple[int, str, dict[str, Any]]:
    text = f"{row.where}: {message}"
    record = {"row": row.n, "reference": ref, "overall": "refused", "error": text}
    return row.n, json.dumps(record, ensure_ascii=False), record


def _case(row: Row, lib: Any):
    """The row as a case, validated as `assess` validates a case file (the same messages)."""
    from pydantic import ValidationError

    from ..assess import _case_error, load_case
    from ..models.case import case_from_validated, case_model

    assert row.raw is not None
    if "__file__" in row.raw:
        return load_case(Path(row.raw["__file__"]), lib)
    try:
        return case_from_validated(case_model(lib.catalogue).model_validate(row.raw))
    except ValidationError as e:
        err = _case_error(e, Path(row.where), row.raw, lib)
        err.path, err.line = None, None  # the row is named once, by the caller
        raise err from None
