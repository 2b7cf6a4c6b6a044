"""Citations by reference (`--format json`): the run's sources table is written once (the output's first
line, or `--sources FILE`), and each row names a source by its id instead of repeating it: a row of a
batch is a few KB where the citations repeated made it over 100 KB. The notes of the law's clauses go the same
way (the table's "notes", a row's `"note": "note-…"`). `assess` keeps its full JSON.

An id is a digest of the citation as written, so it is the same in every process and every run; a
citation a row holds that the table lacks (none is expected) stays written in full in that row."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from screening.assess.screener import Screener
from screening.base.files import write_private
from screening.models.assessment import CitationOut
from screening.models.base import Citation, Text

_TABLE: dict[tuple, str] = {}  # a citation's values -> its id (this process's table)
_TEXT: dict[str, str] = {}  # a citation as an assessment's JSON writes it -> its id, quoted
_OPEN = '{"instrument":'  # how a citation object starts in an assessment's JSON (its first field)
_NOTES: dict[str, str] = {}  # a clause's note, as text -> its id in the table's "notes"
_NOTE = re.compile(r'"note":("(?:[^"\\]|\\.)*")')  # a note as an assessment's JSON writes it
_FIELDS = ("instrument", "provision", "year", "url", "confidence", "note", "label")


def _key(c: dict[str, Any]) -> tuple:
    """A citation as a dict key: its values in order (a digest per citation per row is too slow)."""
    return tuple(c.get(k) for k in _FIELDS) if len(c) == len(_FIELDS) else (_canonical(c),)


def _canonical(c: dict[str, Any]) -> str:
    return json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _id(canonical: str) -> str:
    return "src-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def _note_id(text: str) -> str:
    return "note-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _citations(root: Any) -> list[Any]:
    """Every legal source the law of a jurisdiction cites, wherever it sits in its rules."""

    return [o for o in _objects(root) if isinstance(o, Citation)]


def _notes(root: Any, lang: str) -> list[str]:
    """The notes of the law's clauses (criteria, definitions, flags; not a citation's own note), in `lang`:
    a row would repeat each one (notes were a quarter of a row)."""

    out = []
    for o in _objects(root):
        note = getattr(o, "note", None)
        if isinstance(note, Text) and not isinstance(o, Citation) and note.get(lang):
            out.append(note.get(lang))
    return out


def _objects(root: Any) -> list[Any]:
    """Every object the law of a jurisdiction is made of, once each."""
    from pydantic import BaseModel

    found: list[Any] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (str, int, float, bool, dt.date)) or o is None:
            continue
        seen.add(id(o))
        found.append(o)
        if isinstance(o, BaseModel):
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

    jur, program, _ = Screener(lib).compiled(country, as_of)
    sources: dict[str, dict[str, Any]] = {}
    for c in _citations((jur, program)):
        note = c.note.get(lang) if c.note else None
        out = CitationOut(instrument=c.instrument, provision=c.provision, year=c.year, url=c.url,
                          confidence=c.confidence, note=note, label=c.label(lang)).model_dump(mode="json")
        sources[_id(_canonical(out))] = out
    notes = {_note_id(n): n for n in _notes((jur, program), lang)}
    text = json.dumps({"sources": dict(sorted(sources.items())), "notes": dict(sorted(notes.items())),
                       "country": country, "as_of": as_of.isoformat(), "lang": lang}, ensure_ascii=False)
    if path is not None:

        write_private(path, text + "\n")
    return text


def load(text: str) -> None:
    """This process's table, from the line `table` made."""

    _TABLE.clear()
    _TEXT.clear()
    _NOTES.clear()
    _FRAGMENTS.clear()
    head = json.loads(text)
    for sid, c in head["sources"].items():
        _TABLE[_key(c)] = sid
        _TEXT[CitationOut(**c).model_dump_json()] = json.dumps(sid)
    for nid, n in head.get("notes", {}).items():
        _NOTES[n] = nid


# written from each item's own JSON, kept per item: definitions and flags are shared by the rows that read
# the same of their evaluations (explain_memo), a source is one object per process (explain.cite); together
# nine tenths of a row
_SPLICED = ("overall_low_confidence", "definitions", "exclusions", "flags", "uncertain_sources")
_FRAGMENTS: dict[int, tuple[Any, str]] = {}  # id(item) -> (the item, its JSON by reference)
_FRAGMENTS_MAX = 1024  # a definition's text is ~6 KB; past this the cache starts again (flat memory)


def line(assessment: Any, row: int) -> str:
    """A full assessment as one output line, each citation the table has replaced by its id."""
    light = assessment.model_copy(update=dict.fromkeys(_SPLICED, []))
    text = _by_reference(light.model_dump_json())
    marks = [(text.find(f'"{k}":[]'), k) for k in _SPLICED]
    if any(at < 0 or text.find(f'"{k}":[]', at + 1) >= 0 for at, k in marks):  # never seen: the whole way
        return f'{{"row":{row},' + _by_reference(assessment.model_dump_json())[1:]
    out, done = [f'{{"row":{row},'], 1
    for at, k in sorted(marks):
        out += (text[done:at], f'"{k}":[', ",".join(_fragment(x) for x in getattr(assessment, k)), "]")
        done = at + len(k) + 5
    out.append(text[done:])
    return "".join(out)


def _fragment(result: Any) -> str:
    hit = _FRAGMENTS.get(id(result))
    if hit is None or hit[0] is not result:
        if len(_FRAGMENTS) >= _FRAGMENTS_MAX:  # bounded: memory stays flat over any registry
            _FRAGMENTS.clear()
        hit = _FRAGMENTS[id(result)] = (result, _by_reference(result.model_dump_json()))
    return hit[1]


def _by_reference(text: str) -> str:
    """An assessment's JSON (or a part of it) with each citation the table has replaced by its id: done
    on the JSON text (a walk of the parsed assessment cost more than the assessment itself). A citation
    object ends with its label, a string: the first `"}` after its start whose text is in the table."""
    head, *parts = text.split(_OPEN)
    out = [head]
    for p in parts:
        end = p.find('"}')
        while end >= 0:
            sid = _TEXT.get(_OPEN + p[: end + 2])
            if sid is not None:
                out += (sid, p[end + 2:])
                break
            end = p.find('"}', end + 1)
        else:  # not in the table (none is expected): written in full
            out += (_OPEN, p)
    text = "".join(out)
    return _NOTE.sub(_note_ref, text) if _NOTES else text


def _note_ref(m: re.Match) -> str:
    nid = _NOTES.get(json.loads(m.group(1)))
    return m.group(0) if nid is None else f'"note":"{nid}"'


def by_reference(obj: Any) -> Any:
    """A parsed full assessment with every citation the table has replaced by its id (the slow way, for
    the rare assessment whose JSON `line` cannot write)."""
    if isinstance(obj, dict):
        if "citations" in obj or "uncertain_sources" in obj:
            obj = dict(obj)
            for k in ("citations", "uncertain_sources"):
                if isinstance(obj.get(k), list):
                    obj[k] = [_TABLE.get(_key(c), c) if isinstance(c, dict) else c for c in obj[k]]
        return {k: (_NOTES.get(v, v) if k == "note" and isinstance(v, str) else by_reference(v))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [by_reference(v) for v in obj]
    return obj
