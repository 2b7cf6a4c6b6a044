"""Writing files that hold personal data: owner-only permissions, atomic replace."""

from __future__ import annotations

import stat
from pathlib import Path

from screening.base import atomic
from screening.base.errors import InputError


def write_private(path: str | Path, text: str | bytes) -> None:
    """Write `text` so that a crash never leaves a half-written file and only the owner can read it.

    Every folder it has to create is owner-only too. What a person can get wrong (a folder given as
    the file, a file in the way of a folder, no permission, a full disk) is an InputError naming the
    path, never an internal error. A device or pipe (`-o /dev/stdout`) is written to, not replaced.
    """
    path = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.is_dir():
        raise InputError.of("output_is_directory", path, example=str(path / "report.html"))
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        _write_through(path, data)
        return
    make_private_dirs(path.parent)
    replace_atomically(path, data, 0o600)


def replace_atomically(path: Path, data: bytes, mode: int) -> None:
    """atomic.replace_atomically, its failure an InputError naming the path."""
    try:
        atomic.replace_atomically(path, data, mode)
    except OSError as e:
        raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None


def make_private_dirs(folder: Path) -> None:
    """atomic.make_private_dirs, its failure an InputError naming the folder."""
    try:
        atomic.make_private_dirs(folder)
    except atomic.NotAFolder as e:
        raise InputError.of("parent_not_folder", folder, parent=str(e.filename)) from None
    except OSError as e:
        raise InputError.of("cannot_write", e.filename or folder, reason=e.strerror or str(e)) from None


def _write_through(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as e:
        raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None
