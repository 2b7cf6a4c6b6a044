"""A private cache of validated rule files, so each command does not re-parse YAML it has checked.

Keyed by the bytes of every rule and country file, the paths shown in messages and the toolkit's
version: any edit to a file is a miss, so the cache can never hide an error. It lives in the
user's cache folder (owner-only) and is purely an optimisation: anything unexpected — an
unreadable, corrupt, truncated, foreign or misshapen entry — is ignored and the files are read again.
Set SCREENING_NO_CACHE=1 to turn it off.

An entry is a pickle, and unpickling runs code, so no byte of it is unpickled before it is proven
ours: each entry carries an HMAC-SHA256, under a random key this tool keeps owner-only beside the
entries, of its kind, its cache key and its payload. A pickle written by anything else, one copied
from another entry or another version, or a cut-off one fails the check and is rebuilt. What is
unpickled must then have the shape its kind expects.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import stat
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from screening import __version__
from screening.base import atomic
from screening.base.places import package_modules, user_cache_dir

KEEP = 8  # entries kept per kind
MAGIC = b"screening-cache 2\n"
_MAC_SIZE = 32
_KEY_FILE = "cache-key"
_STALE_TMP = 3600  # seconds: a temp file this old is from a put that was killed, not one in progress


def enabled() -> bool:
    """SCREENING_NO_CACHE=1 turns off every cache: this one and the wheel's prebuilt entries."""
    return not os.environ.get("SCREENING_NO_CACHE")


def _dir() -> Path | None:
    if not enabled():
        return None
    override = os.environ.get("SCREENING_CACHE")
    if override:
        return Path(override)
    return user_cache_dir()


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """Size and mtime of the package's own modules: a changed model class is a miss, not a bad pickle."""
    parts = []
    for p in package_modules():
        st = p.stat()
        parts.append(f"{p.name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def key_for(paths: list[Path], labels: list[str]) -> str:
    h = hashlib.sha256(f"{__version__}|{sys.version}|{_code_stamp()}|{'|'.join(labels)}".encode())
    for p in paths:
        try:
            # only a regular file is read: a FIFO or device named *.yaml would block or never end
            if not stat.S_ISREG(p.stat().st_mode):
                raise OSError("not a regular file")
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<unreadable>")  # the real load reports it
        h.update(b"\0")
    return h.hexdigest()[:32]


def get(kind: str, key: str, shape: Callable[[Any], bool] | None = None) -> Any:
    """The entry stored under (kind, key), or None: never an entry this tool did not write for it, nor
    one without the shape its kind expects (`shape`, for kinds owned above this module)."""
    d = _dir()
    if d is None:
        return None
    try:
        secret = _secret(d, create=False)
        if secret is None:
            return None
        blob = _read_own(_entry(d, kind, key))
        if blob is None or not blob.startswith(MAGIC):
            return None
        mac, payload = blob[len(MAGIC):len(MAGIC) + _MAC_SIZE], blob[len(MAGIC) + _MAC_SIZE:]
        if not hmac.compare_digest(mac, _mac(secret, kind, key, payload)):
            return None
        value = pickle.loads(payload)
        return value if shape_ok(kind, value) and (shape is None or shape(value)) else None
    except Exception:  # noqa: BLE001 - a cache miss, whatever the reason
        return None


def put(kind: str, key: str, value: Any) -> None:
    d = _dir()
    if d is None:
        return
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        atomic.make_private_dirs(d)
        secret = _secret(d, create=True)
        if secret is None:
            return
        # replaced atomically: two processes filling the cache at once both succeed
        atomic.replace_atomically(_entry(d, kind, key), MAGIC + _mac(secret, kind, key, payload) + payload, 0o600)
        _tidy(d, kind)
    except Exception:  # noqa: BLE001 - a read-only home or an unpicklable value: just don't cache
        pass


def _entry(d: Path, kind: str, key: str) -> Path:
    return d / f"{kind}-{key}-{__version__}.pickle"


def _mac(secret: bytes, kind: str, key: str, payload: bytes) -> bytes:
    # kind and key are signed too: a valid entry copied under another name does not verify
    return hmac.new(secret, f"{kind}\0{key}\0".encode() + payload, hashlib.sha256).digest()


def _read_own(path: Path) -> bytes | None:
    """The bytes of `path` if it is a regular file of this user that only they can read or write
    (checked on the open file, so it cannot be swapped between the check and the read)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not _owned(st):
            return None
        return f.read()


def _owned(st: os.stat_result) -> bool:
    """This user's file that no one else may read or write. Windows keeps no such bits (its folders
    under the user's profile are private by their access lists): there, any regular file."""
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & 0o077



def _secret(d: Path, create: bool) -> bytes | None:
    """The key entries are signed with; made (random, owner-only) when missing or not trustworthy."""
    path = d / _KEY_FILE
    secret = _read_own(path)
    if secret is not None and len(secret) == _MAC_SIZE:
        return secret
    if not create:
        return None
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{_KEY_FILE}.", suffix=".tmp", dir=d)
    try:
        new = os.urandom(_MAC_SIZE)
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(new)
            f.flush()
            os.fsync(f.fileno())
        if secret is None and not path.exists() and not path.is_symlink():
            try:
                os.link(tmp, path)  # create-if-absent: of two processes making the key, one wins
            except FileExistsError:
                won = _read_own(path)
                return won if won is not None and len(won) == _MAC_SIZE else None
            return new
        os.replace(tmp, path)  # a foreign, misshapen or unprivate key file: replaced (entries get rebuilt)
        return new
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def shape_ok(kind: str, value: Any) -> bool:
    """What a kind must look like once unpickled (a signed entry from a bug or an old layout, or a
    shipped one: prebuilt.py)."""
    if kind == "territories":
        return isinstance(value, dict) and bool(value) and all(
            isinstance(k, str) and len(k) == 2 and isinstance(v, str) for k, v in value.items())
    if kind == "messages":
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, dict) and all(isinstance(x, str) for x in v.values())
            for k, v in value.items())
    return True


def _tidy(d: Path, kind: str) -> None:
    # a trainer editing rules makes a new entry per edit: keep the most recent few
    entries = sorted(d.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
    # temp files of a put that was killed mid-write (write_private names them .NAME.RANDOM.tmp)
    now = time.time()
    for tmp in d.glob(f".{kind}-*.pickle.*.tmp"):
        try:
            if now - tmp.stat().st_mtime > _STALE_TMP:
                tmp.unlink()
        except OSError:
            pass
