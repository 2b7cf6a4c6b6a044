"""A private cache of validated rule files, so each command does not re-parse YAML it has checked.

Keyed by the bytes of every rule and country file, the paths shown in messages and the toolkit's
version: any edit to a file is a miss, so the cache can never hide an error. It lives in the
user's cache folder (owner-only) and is purely an optimisation: anything unexpected — an
unreadable, corrupt or foreign entry — is ignored and the files are read again.
Set SCREENING_NO_CACHE=1 to turn it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__

KEEP = 8  # entries kept per kind


def _dir() -> Path | None:
    if os.environ.get("SCREENING_NO_CACHE"):
        return None
    base = os.environ.get("SCREENING_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "refugee-screening")
    return Path(base)


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """Size and mtime of the package's own modules: a changed model class is a miss, not a bad pickle."""
    pkg = Path(__file__).resolve().parent
    parts = []
    for p in sorted(pkg.rglob("*.py")):
        st = p.stat()
        parts.append(f"{p.name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def key_for(paths: list[Path], labels: list[str]) -> str:
    h = hashlib.sha256(f"{__version__}|{sys.version}|{_code_stamp()}|{'|'.join(labels)}".encode())
    for p in paths:
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<unreadable>")  # the real load reports it
        h.update(b"\0")
    return h.hexdigest()[:32]


def get(kind: str, key: str) -> Any:
    d = _dir()
    if d is None:
        return None
    try:
        path = d / f"{kind}-{key}-{__version__}.pickle"
        st = path.stat()
        if st.st_uid != os.getuid() or st.st_mode & 0o077:
            return None  # only ever trust a file this user wrote, private as it was written
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a cache miss, whatever the reason
        return None


def put(kind: str, key: str, value: Any) -> None:
    d = _dir()
    if d is None:
        return
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        from .files import write_private

        write_private(d / f"{kind}-{key}-{__version__}.pickle", data)
        # a trainer editing rules makes a new entry per edit: keep the most recent few
        entries = sorted(d.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only home or an unpicklable value: just don't cache
        pass
