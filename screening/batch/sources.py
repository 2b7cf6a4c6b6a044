"""Citations by reference (`--format json`): the run's sources table is written once (the output's first
line, or `--sources FILE`), and each row names a source by its id instead of repeating it: a row of a
batch is a few KB where the citations repeated made it over 100 KB. `assess` keeps its full JSON.

An id is a digest of the citation as written, so it is the same in every process and every run; a
citation a row holds that the table lacks (none is expected) stays written in full in that row."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

_TABLE: dict[str, str] = {}  # canonical JSON of a citation -> its id (this process's table)


def _canonical(c: dict[str, Any]) -> str:
    return json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _id(canonical: str) -> str:
    return "src-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def _citations(root: Any) -> list[Any]:
    """Every legal source the law of a jurisdiction cites, wherever it sits in its rules."""
    from pydantic import BaseModel

    from ..models.base import Citation

    found: list[Any] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (str, int, float, bool, dt.date)) or o is None:
            continue
        seen.add(id(o))
        if isinstance(o, Citation):
            found.append(o)
        elif isinstance(o, BaseModel):
            stack.extend(getattr(o, k, None) for k in type(o).model_fields)
        elif isinstance(o, dict):
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
        else:
            stack.extend(vars(o).values() if hasattr(o, "__dict__") else ())
            stack.extend(getattr(o, k, None) for k in getattr(type(o), "__slots__", ()))
    return found


def table(lib: Any, country: str, as_of: dt.date, lang: str, path: Path | None) -> str:
    """The run's sources as one line of JSON, also written to `path` (owner-only) if given."""
    from ..assess import Screener
    from ..models.assessment import CitationOut

    jur, program, _ = Screener(lib).compiled(country, as_of)
    sources: dict[str, dict[str, Any]] = {}
    for c in _citations((jur, program)):
        note = c.note.get(lang) if c.note else None
        out = CitationOut(instrument=c.instrument, provision=c.provision, year=c.year, url=c.url,
                          confidence=c.confidence, note=note, label=c.label()).model_dump(mode="json")
        sources[_id(_canonical(out))] = out
    text = json.dumps({"sources": dict(sorted(sources.items())), "country": country, "as_of": as_of.isoformat(),
                       "lang": lang}, ensure_ascii=False)
    if path is not None:
        from ..files import write_private

        write_private(path, text + "\n")
    return text


def load(text: str) -> None:
    """This process's table, from the line `table` made."""
    _TABLE.clear()
    for sid, c in json.loads(text)["sources"].items():
        _TABLE[_canonical(c)] = sid


def by_reference(obj: Any) -> Any:
    """A full assessment with every citation the table has replaced by its id."""
    if isinstance(obj, dict):
        if "citations" in obj or "uncertain_sources" in obj:
            obj = dict(obj)
            for k in ("citations", "uncertain_sources"):
                if isinstance(obj.get(k), list):
                    obj[k] = [_TABLE.get(_canonical(c), c) if isinstance(c, dict) else c for c in obj[k]]
        return {k: by_reference(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [by_reference(v) for v in obj]
    return obj
