"""The toolkit's own messages in three languages (law text comes from the rule files)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from screening.base import cache, prebuilt
from screening.base.langs import LANGS

_DIR = Path(__file__).resolve().parent.parent / "messages"
# One file per face of the tool (messages/general.yaml, messages/interview.yaml...), merged; a key
# defined twice is an error, so two files never silently disagree.
_FILES = sorted(_DIR.glob("*.yaml"))


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    key = cache.key_for(_FILES, [p.name for p in _FILES])
    hit = cache.get("messages", key)
    if isinstance(hit, dict):
        return hit
    hit = prebuilt.get("messages", prebuilt_key()) if prebuilt.available() else None
    if isinstance(hit, dict) and cache.shape_ok("messages", hit):
        return hit
    out: dict[str, dict[str, str]] = {}
    for path in _FILES:
        raw = _yaml().load(path.read_text(encoding="utf-8")) or {}  # the tool's own file: a duplicate key is refused
        for k, v in raw.items():
            if k in out:
                raise KeyError(f"message '{k}' is defined twice ({path.name})")
            if not isinstance(v, dict) or set(v) - set(LANGS):
                # e.g. {en: Confidential, contains personal data}: the unquoted comma made a second key
                raise KeyError(f"message '{k}' ({path.name}) must map only {', '.join(LANGS)} to text: "
                               f"got {sorted(map(str, v)) if isinstance(v, dict) else type(v).__name__}")
            out[k] = {lang: str(v.get(lang) or "").strip() for lang in LANGS}
    cache.put("messages", key, out)
    return out


def _yaml() -> Any:
    from ruamel.yaml import YAML  # here, not at the top: a cached catalogue needs no YAML reader

    return YAML(typ="safe", pure=True)


def prebuilt_key() -> str | None:
    """The key of the wheel's prebuilt catalogue (prebuilt.py): the message files' names and bytes."""
    return prebuilt.files_key("messages", _DIR, _FILES)


def t(key: str, lang: str = "en") -> str:
    entry = catalogue().get(key)
    if entry is None:
        raise KeyError(f"no message '{key}' in screening/messages/")
    text = entry.get(lang) or ""
    return text or f"[missing {lang} translation] {entry.get('en', key)}"


def missing_translations() -> list[tuple[str, list[str]]]:
    return [(k, [lang for lang in LANGS if not v.get(lang)]) for k, v in catalogue().items() if not all(v.values())]
