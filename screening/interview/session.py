"""Interview sessions: a case file with bookkeeping, written atomically after every answer.

A session *is* a case file (`facts:` plus the optional `session:` block the case loader ignores),
so `screening assess SESSION --country MX` works on it. Answers that stopped counting are kept,
never deleted: `set_aside` holds answers an edit made irrelevant, `stale` holds answers the current
rule files no longer accept (a fact removed or renamed, a choice gone).

A session has one writer: opening one (new or saved) takes its lock (session_lock.py), and a second
interview on the same file is refused instead of silently overwriting the first one's answers.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.base.errors import InputError
from screening.base.files import make_private_dirs, write_private
from screening.base.safe_text import visible
from screening.interview.session_lock import SessionLock, lock_session
from screening.law.library import Library
from screening.models.case import DECLINED, UNKNOWN, Case, facts_model

FORMAT = 1
# Steps of the interview that are not facts: the case reference and the free narrative. They take
# their place in `asked` (for back and review) under names no fact id can have.
REFERENCE = "@reference"
NARRATIVE = "@narrative"
STEPS = (REFERENCE, NARRATIVE)


@dataclass
class Session:
    path: Path
    country: str
    lang: str
    reference: str | None = None
    narrative: str | None = None
    as_of: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)  # typed values, or "unknown" / "declined"
    asked: list[str] = field(default_factory=list)  # facts (and STEPS) in the order they were answered
    set_aside: dict[str, Any] = field(default_factory=dict)
    stale: dict[str, dict[str, Any]] = field(default_factory=dict)  # fact -> {value, reason}
    created: str = ""
    updated: str = ""
    finished: bool = False
    rules_version: str = ""
    lock: SessionLock | None = field(default=None, repr=False, compare=False)  # held while this object lives

    def close(self) -> None:
        """Stop writing this session: its lock goes once no other Session of this process holds it."""
        self.lock = None

    # -- the case the engine sees ----------------------------------------------------------
    def case(self) -> Case:
        known, unknown, declined = {}, [], []
        for fid, v in self.answers.items():
            if v == UNKNOWN:
                unknown.append(fid)
            elif v == DECLINED:
                declined.append(fid)
            else:
                known[fid] = v
        return Case(reference=self.reference, narrative=self.narrative, language=self.lang,
                    known=known, unknown=unknown, declined=declined)

    # -- answering -------------------------------------------------------------------------
    def answer(self, fid: str, value: Any) -> None:
        self.answers[fid] = value
        self.set_aside.pop(fid, None)
        if fid not in self.asked:  # a changed answer keeps its place: review and back stay in order
            self.asked.append(fid)

    def set_reference(self, text: str | None) -> None:
        self.reference = (text or "").strip() or None
        self._mark(REFERENCE)

    def set_narrative(self, text: str | None) -> None:
        """The applicant's account in their own words (None: none given); kept as typed, line breaks
        included (reports quote it escaped)."""
        text = re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text or "")
        text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)  # control characters a paste may carry
        lines = text.split("\n")
        self.narrative = "\n".join(line.rstrip() for line in lines).strip("\n") or None
        self._mark(NARRATIVE)

    def _mark(self, step: str) -> None:
        if step not in self.asked:
            self.asked.append(step)

    def put_aside(self, fid: str) -> None:
        if fid in self.answers:
            self.set_aside[fid] = self.answers.pop(fid)
            if fid in self.asked:
                self.asked.remove(fid)

    # -- files -----------------------------------------------------------------------------
    def to_data(self) -> dict[str, Any]:
        def out(v: Any) -> Any:
            if isinstance(v, dt.date):
                return v.isoformat()
            if isinstance(v, float) and v.is_integer():
                return int(v)
            return v

        data: dict[str, Any] = {}
        if self.reference:
            data["reference"] = self.reference
        if self.narrative:  # several lines are written as a block, as typed
            data["narrative"] = _Block(self.narrative) if "\n" in self.narrative else self.narrative
        data["language"] = self.lang
        data["facts"] = {k: out(v) for k, v in self.answers.items()} or {}
        data["session"] = {
            "format": FORMAT, "country": self.country, "lang": self.lang, "as_of": self.as_of,
            "created": self.created, "updated": self.updated, "finished": self.finished,
            "rules_version": self.rules_version, "asked": list(self.asked),
            "set_aside": {k: out(v) for k, v in self.set_aside.items()},
            "stale": {k: {"value": out(v["value"]), "reason": v["reason"]} for k, v in self.stale.items()},
        }
        return data

    def save(self) -> None:
        from ruamel.yaml import YAML

        self.updated = dt.datetime.now().isoformat(timespec="seconds")
        y = YAML(typ="safe", pure=True)
        y.default_flow_style = False
        y.allow_unicode = True
        y.representer.add_representer(_Block, _block)
        buf = io.StringIO()
        buf.write("# Interview session (a case file): screening assess THIS_FILE --country "
                  f"{self.country}\n# Personal data: keep it private.\n")
        y.dump(self.to_data(), buf)
        write_private(self.path, buf.getvalue())


class _Block(str):
    """A text written as a YAML literal block (`|`), so a narrative reads as it was typed."""


def _block(representer: Any, text: _Block) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:str", str(text), style="|")


def new_session(path: Path, country: str, lang: str, reference: str | None, lib: Library,
                as_of: dt.date | None = None) -> Session:
    """A new session to be saved at `path`; refused (InputError) if another interview holds that
    path or a file is already there (checked under the lock, so two new interviews cannot both start)."""
    make_private_dirs(path.parent)
    lock = lock_session(path)
    if path.exists():
        raise InputError.of("session_exists", path)
    now = dt.datetime.now().isoformat(timespec="seconds")
    return Session(path=path, country=country, lang=lang, reference=reference, created=now, updated=now,
                   rules_version=lib.version, as_of=as_of.isoformat() if as_of else None, lock=lock)


def load_session(path: Path, lib: Library) -> tuple[Session, list[str]]:
    """Read a saved session. Answers the current rules no longer accept are moved to `stale` and
    reported (the returned notes), never crashed on and never dropped. The session's lock is taken
    before it is read, so what is read is the last save of the last writer."""
    lock = lock_session(path)
    raw = yamlio.plain(yamlio.load(path))
    if not isinstance(raw, dict) or not isinstance(raw.get("session"), dict):
        raise InputError("not an interview session (no 'session:' block); to assess a case file use "
                         "`screening assess`", path, 1)
    meta = raw["session"]
    country = meta.get("country")
    if not isinstance(country, str):
        raise InputError("the session does not say its country ('session: country:')", path)
    s = Session(path=path, country=country, lang=str(meta.get("lang") or raw.get("language") or "en"),
                reference=raw.get("reference"), narrative=raw.get("narrative"), as_of=meta.get("as_of"),
                created=str(meta.get("created") or ""), updated=str(meta.get("updated") or ""),
                finished=bool(meta.get("finished")), rules_version=str(meta.get("rules_version") or ""),
                lock=lock)
    notes: list[str] = []
    s.stale = {k: dict(v) for k, v in (meta.get("stale") or {}).items() if isinstance(v, dict)}
    for fid, value in (raw.get("facts") or {}).items():
        ok, typed, why = _check(lib, fid, value)
        if ok:
            s.answers[fid] = typed
        else:
            s.stale[fid] = {"value": value, "reason": why}
            # the file's own key and value: shown as written (escapes visible), a huge one cut
            notes.append(f"{visible(fid)}: {why}; the answer ({visible(repr(value))}) is kept in the session "
                         "but not used")
    for fid, value in (meta.get("set_aside") or {}).items():
        ok, typed, why = _check(lib, fid, value)
        if ok:
            s.set_aside[fid] = typed
        else:
            s.stale[fid] = {"value": value, "reason": why}
    s.asked = [f for f in meta.get("asked") or [] if f in s.answers or f in STEPS]
    s.asked += [f for f in s.answers if f not in s.asked]
    if s.rules_version and s.rules_version != lib.version:
        notes.insert(0, f"the rule files changed since this session was saved ({s.rules_version} → {lib.version})")
    s.rules_version = lib.version
    return s, notes


def _check(lib: Library, fid: str, value: Any) -> tuple[bool, Any, str]:
    from pydantic import ValidationError

    if fid not in lib.facts:
        return False, None, "this question is no longer in the rule files"
    try:
        model = facts_model(lib.catalogue).model_validate({fid: value})
    except ValidationError as e:
        return False, None, "no longer a valid answer (" + e.errors(include_url=False)[0]["msg"] + ")"
    return True, getattr(model, fid), ""
