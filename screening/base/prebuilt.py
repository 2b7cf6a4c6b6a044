"""Cache entries built with the wheel, so the first run after install is as quick as the next.

The user's cache (cache.py) fills on the first run, which reads and checks every rule file: about
a second. A wheel carries the same entries, made by the build (hatch_build.py runs
`python -m screening.base.prebuilt OUT` on the files the wheel ships) in `screening/_prebuilt/`.

An entry is used only when it was made from exactly what is running: its key hashes the source of
every module of this package, the Python and pydantic versions, and the bytes of every file it was
made from, named relative to the data folder (so the install location does not matter). An edited
rule file, a trainer's own data folder, another pydantic: a miss, and the files are read as before.
The entries are package files beside the code, written by the same build, so they are trusted as
the code is (the user's cache, which anyone's process could write to, is signed instead).
SCREENING_NO_CACHE=1 turns these off too.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from screening import __version__
from screening.base.cache import enabled
from screening.base.places import package_modules

HERE = Path(__file__).resolve().parent.parent / "_prebuilt"
MAGIC = b"screening-prebuilt 1\n"
_KEY_SIZE = 64  # hex sha256


def available() -> bool:
    return enabled() and HERE.is_dir()


@lru_cache(maxsize=1)
def _code() -> str:
    """What the entries' classes and values depend on: this package's source, Python, pydantic."""
    import pydantic

    h = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}|{pydantic.VERSION}".encode())
    pkg = Path(__file__).resolve().parent.parent
    for p in package_modules():
        h.update(p.relative_to(pkg).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def key(kind: str, parts: Iterable[str | bytes]) -> str:
    h = hashlib.sha256(f"{kind}\0{_code()}\0".encode())
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode())
        h.update(b"\0")
    return h.hexdigest()


def files_key(kind: str, root: Path, paths: Iterable[Path]) -> str | None:
    """The key of entries made from `paths`, each named relative to `root`; None when one is not in it."""
    parts: list[str | bytes] = []
    for p in paths:
        try:
            parts += [relative(p, root), p.read_bytes()]
        except (ValueError, OSError):
            return None
    return key(kind, parts)


def get(name: str, entry_key: str | None) -> Any:
    """The shipped entry `name` if it was made under `entry_key`, else None."""
    if entry_key is None or not available():
        return None
    try:
        blob = (HERE / f"{name}.pickle").read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + _KEY_SIZE + 1
    if not blob.startswith(MAGIC) or blob[len(MAGIC):head - 1] != entry_key.encode():
        return None
    try:
        return pickle.loads(blob[head:])
    except Exception:  # noqa: BLE001 - a damaged entry is a miss, never an error
        return None


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()  # found under root: no need to ask the file system
    except ValueError:
        return path.resolve().relative_to(root.resolve()).as_posix()


def write(out: Path, name: str, entry_key: str, value: Any) -> None:
    out.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    (out / f"{name}.pickle").write_bytes(MAGIC + entry_key.encode() + b"\n" + payload)
