"""Writing files that hold personal data: owner-only permissions, atomic replace."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .errors import InputError


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
    """Write `data` to a new file beside `path` with `mode`, then put it in place in one step: a reader
    never sees half a file, and a link at `path` is replaced, never followed."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError):
            raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None
        raise


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents, each readable by its owner only (0700, whatever the
    umask: `Path.mkdir(parents=True)` would give the parents the default permissions)."""
    missing: list[Path] = []
    cur = folder
    while not cur.exists():
        if cur.is_symlink():  # a dangling link: mkdir would fail with a confusing message
            break
        missing.append(cur)
        if cur.parent == cur:
            break
        cur = cur.parent
    if cur.exists() and not cur.is_dir():
        raise InputError.of("parent_not_folder", folder, parent=str(cur))
    for d in reversed(missing):
        try:
            d.mkdir(mode=0o700)
            os.chmod(d, 0o700)
        except FileExistsError:
            if not d.is_dir():
                raise InputError.of("parent_not_folder", folder, parent=str(d)) from None
        except OSError as e:
            raise InputError.of("cannot_write", d, reason=e.strerror or str(e)) from None


def _write_through(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as e:
        raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None
