"""Scripted sessions: a YAML list of moves played without a terminal (`screening train ID --script FILE`),
and the same moves as a scenario's model interview. Each move is a one-key mapping:

    - say: "My name is Ana; what you say here is confidential."   # opening and closing words
    - account: ""          # the person's own account
    - ask: "Why do you think they did that?"                      # matched as typed text is
    - follow: ""           # ask again, more precisely, about the last question
    - clarify: ""          # put an earlier statement back to the person
    - guardian: ""         # a child's guardian or representative is present
    - end: ""              # end of the interview
    - conclude: engine     # or {definitions: {id: status}, overall, exclusion, cessation, referrals: [ids]}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.base.errors import InputError

MOVES = ("say", "account", "ask", "follow", "clarify", "guardian", "end", "conclude")
_TEXT = ("say", "ask")
_STATUS = ("met", "not_met", "undetermined")
_OVERALL = ("eligible", "not_eligible", "needs_more_information")
# an exclusion or cessation conclusion as a script writes it
BAR_WORDS = {"not_raised": "bar_clear", "clear": "bar_clear", "does_not_apply": "bar_clear",
             "indicated": "bar_indicated", "refer": "bar_indicated", "applies": "bar_applies",
             "undetermined": "undetermined"}


@dataclass
class Move:
    kind: str
    value: Any
    line: int | None


def parse_moves(node: Any, path: Path) -> list[Move]:
    """The moves of a script (or a model interview), each checked; a bad one names file:line."""
    if not isinstance(node, list):
        raise InputError("a script is a list of moves (- account: \"\", - ask: TEXT, ... - conclude: engine)",
                         path, yamlio.line_of(node) or 1)
    out = []
    for i, item in enumerate(node):
        line = yamlio.line_of(node, (i,))
        if not isinstance(item, dict) or len(item) != 1:
            raise InputError(f"move {i + 1}: expected a one-key mapping, one of: {', '.join(MOVES)}", path, line)
        kind, value = next(iter(yamlio.plain(item).items()))
        if kind not in MOVES:
            raise InputError(f"move {i + 1}: unknown move '{kind}' (one of: {', '.join(MOVES)})", path, line)
        if kind in _TEXT and not _text_ok(value):
            raise InputError(f"move {i + 1}: '{kind}' needs the text the trainee says (or en, es and pt texts)",
                             path, line)
        if kind == "conclude":
            _check_conclusions(value, path, line)
        out.append(Move(kind, value, line))
    return out


def _text_ok(value: Any) -> bool:
    """A move's text: what the trainee says, or the same in each language (a model interview's)."""
    if isinstance(value, dict):
        return set(value) == {"en", "es", "pt"} and all(isinstance(v, str) and v.strip() for v in value.values())
    return isinstance(value, str) and bool(value.strip())


def text_in(value: Any, lang: str) -> str:
    return value[lang] if isinstance(value, dict) else value


def _check_conclusions(value: Any, path: Path, line: int | None) -> None:
    if value == "engine":
        return
    if not isinstance(value, dict):
        raise InputError("conclude: expected 'engine' or a mapping (definitions, overall, exclusion, cessation, "
                         "referrals)", path, line)
    unknown = set(value) - {"definitions", "overall", "exclusion", "cessation", "referrals"}
    if unknown:
        raise InputError(f"conclude: unknown key '{sorted(unknown)[0]}'", path, line)
    for did, st in (value.get("definitions") or {}).items():
        if st not in _STATUS:
            raise InputError(f"conclude.definitions.{did}: expected one of {', '.join(_STATUS)}", path, line)
    if "overall" in value and value["overall"] not in _OVERALL:
        raise InputError(f"conclude.overall: expected one of {', '.join(_OVERALL)}", path, line)
    for key in ("exclusion", "cessation"):
        if key in value and value[key] not in BAR_WORDS:
            raise InputError(f"conclude.{key}: expected one of {', '.join(BAR_WORDS)}", path, line)
    if not isinstance(value.get("referrals", []), list):
        raise InputError("conclude.referrals: expected a list of referral ids", path, line)


def load_script(path: Path) -> list[Move]:
    return parse_moves(yamlio.load(path), path)
