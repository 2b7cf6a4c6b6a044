"""How a trainee asks: each typed line classified as an open invitation, "tell me more", a wh-question, a
closed, leading or multiple question; and which opening and closing elements a trainee's own words hold
(introduction, confidentiality, roles, understanding; anything to add, next steps, deadlines, referrals).
The words are data (training/language/questions.yaml), per language."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.base.paths import shipped_training_dir

KINDS = ("open_invitation", "tell_more", "wh", "closed", "leading", "multiple")
# what counts as asking openly (the order and technique parts): the person chooses what to tell
OPEN = frozenset({"open_invitation", "tell_more", "wh"})
STAGES = ("opening", "closing")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces except '?' (a question tag is a leading
    question's mark), one space between words."""
    s = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    s = re.sub(r"[¿¡]", " ", s).replace("?", " ? ")
    return " " + " ".join(re.sub(r"[^a-z0-9?'\s-]+", " ", s).replace("-", " ").split()) + " "


def _phrases(items: list[str]) -> list[str]:
    return [fold(x) for x in items if str(x).strip()]


@lru_cache(maxsize=4)
def _data(path: str) -> dict[str, Any]:
    raw = yamlio.plain(yamlio.load(Path(path))) or {}
    yes_no = {lang: [fold(x).strip() for x in v] for lang, v in (raw.get("yes_no") or {}).items()}
    out: dict[str, Any] = {"kinds": {}, "stages": {}, "yes_no": yes_no}
    for kind, by_lang in (raw.get("kinds") or {}).items():
        out["kinds"][kind] = {lang: _phrases(v or []) for lang, v in by_lang.items()}
    for stage, elements in (raw.get("stages") or {}).items():
        out["stages"][stage] = {el: {lang: _phrases(v or []) for lang, v in by_lang.items()}
                                for el, by_lang in elements.items()}
    return out


def data_path() -> Path:

    return shipped_training_dir() / "language" / "questions.yaml"


def words(kind: str, lang: str) -> list[str]:
    return _data(str(data_path()))["kinds"].get(kind, {}).get(lang, [])


def _has(text: str, phrases: list[str]) -> bool:
    return any(p in text for p in phrases)


def _starts(text: str, phrases: list[str]) -> bool:
    return any(text.startswith(p) for p in phrases)


def _is_multiple(text: str, lang: str) -> bool:
    """Two questions in one line: two question marks, or a question word after 'and'/'or' in a line
    that is itself a question ("when and where did it happen?", "are you afraid or do you ...")."""
    if text.count("?") >= 2:
        return True
    starts = words("wh", lang) + words("closed_starts", lang)
    if not _starts(text, starts):
        return False
    for joiner in words("joiners", lang):
        parts = text.split(joiner)[1:]
        if any(_starts(" " + p.lstrip(), starts) for p in parts):
            return True
    return False


def classify(line: str, lang: str) -> str:
    """The kind of question a trainee's line is (one of KINDS)."""
    text = fold(line)
    for joiner in words("joiners", lang):  # "and why did ...": the opening 'and' does not make two questions
        if text.startswith(joiner):
            text = " " + text[len(joiner):].lstrip()
            break
    if _is_multiple(text, lang):
        return "multiple"
    if _has(text, words("leading", lang)):
        return "leading"
    if _has(text, words("tell_more", lang)):
        return "tell_more"
    if _has(text, words("closed", lang)):
        return "closed"
    if _has(text, words("open_invitation", lang)):
        return "open_invitation"
    if _starts(text, words("wh", lang)):
        return "wh"
    return "closed"


def as_told(answer: str, kind: str, lang: str) -> str:
    """An answer as the person tells it: to an open question, without the bare yes or no that opens an
    answer written for a closed one (when something follows it)."""
    if kind not in OPEN:
        return answer
    m = re.match(r"^\s*(\w+)[,.!]\s+(\S.*)$", answer, re.S)
    if not m or fold(m.group(1)).strip() not in _data(str(data_path())).get("yes_no", {}).get(lang, []):
        return answer
    rest = m.group(2)
    return rest[0].upper() + rest[1:]


def stage_elements(line: str, lang: str, stage: str) -> list[str]:
    """The elements of the opening or the closing of an interview that a trainee's words hold."""
    text = fold(line)
    elements = _data(str(data_path()))["stages"].get(stage, {})
    return [el for el, by_lang in elements.items() if _has(text, by_lang.get(lang, []))]


def elements_of(stage: str) -> list[str]:
    return list(_data(str(data_path()))["stages"].get(stage, {}))
