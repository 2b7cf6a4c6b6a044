"""Cache entries built with the wheel, so the first run after install is as quick as the next.

The user's cache (cache.py) fills on the first run, which reads and checks every rule file: about
a second. A wheel carries the same entries, made by the build (hatch_build.py runs
`python -m screening.prebuilt OUT` on the files the wheel ships) in `screening/_prebuilt/`.

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
import os
import pickle
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__

HERE = Path(__file__).resolve().parent / "_prebuilt"
MAGIC = b"screening-prebuilt 1\n"
_KEY_SIZE = 64  # hex sha256


def available() -> bool:
    from .cache import enabled

    return enabled() and HERE.is_dir()


@lru_cache(maxsize=1)
def _code() -> str:
    """What the entries' classes and values depend on: this package's source, Python, pydantic."""
    import pydantic

    from .paths import package_modules

    h = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}|{pydantic.VERSION}".encode())
    pkg = Path(__file__).resolve().parent
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
            parts += [_relative(p, root), p.read_bytes()]
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


def library(root: Path, every: list[Path], labels: list[str]) -> Any:
    """The shipped library if it was made from exactly these files (under `root`), its files named
    by `labels` (as the caller names them); else None."""
    from .library import Library

    if not available():
        return None
    hit = get("library", files_key("library", root, every))
    if not isinstance(hit, Library) or not isinstance(hit.version, str):
        return None
    return hit.relabelled({_relative(p, root): label for p, label in zip(every, labels, strict=True)})


def _library_entry(root: Path) -> tuple[str, Any]:
    """(key, library) of the files under `root`, checked, its files named relative to `root`."""
    from .library import _display, _library_paths, _origin_paths, load_files

    catalogue_path, rule_paths, country_paths = _library_paths(root / "rules", root / "countries")
    every = [catalogue_path, *rule_paths, *country_paths, *_origin_paths(catalogue_path)]
    lib = load_files(catalogue_path, rule_paths, country_paths)  # checked: no wheel ships rules with errors
    entry_key = files_key("library", root, every)
    assert entry_key is not None
    return entry_key, lib.relabelled({_display(p): _relative(p, root) for p in every})


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()  # found under root: no need to ask the file system
    except ValueError:
        return path.resolve().relative_to(root.resolve()).as_posix()


def _write(out: Path, name: str, entry_key: str, value: Any) -> None:
    out.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    (out / f"{name}.pickle").write_bytes(MAGIC + entry_key.encode() + b"\n" + payload)


def build(out: Path) -> list[str]:
    """Make the entries for the files in use (the build runs it on those the wheel ships, with
    SCREENING_NO_CACHE=1 so every file is read afresh); returns their names."""
    from . import countrynames, messages, paths

    made = ["library"]
    _write(out, "library", *_library_entry(paths.data_root()))
    messages_key = messages.prebuilt_key()
    assert messages_key is not None
    _write(out, "messages", messages_key, messages.catalogue())
    made.append("messages")
    for lang in ("en", "es", "pt"):
        _write(out, f"territories-{lang}", countrynames.prebuilt_key(lang), countrynames._territories(lang))
        made.append(f"territories-{lang}")
    return made


if __name__ == "__main__":
    os.environ["SCREENING_NO_CACHE"] = "1"  # read every file afresh; the builder's own cache is not touched
    names = build(Path(sys.argv[1]))
    print(f"prebuilt cache entries: {', '.join(names)}")
