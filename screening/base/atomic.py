"""Owner-only folders and atomic replacement, with nothing of this package below them: the cache uses
them directly (a failure is a miss), files.py words their failures as errors naming the path."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class NotAFolder(OSError):
    """A file stands where a folder is needed; `filename` is that file."""

    def __init__(self, message: str, filename: str):
        super().__init__(message)
        self.filename = filename


def replace_atomically(path: Path, data: bytes, mode: int) -> None:
    """Write `data` to a new file beside `path` with `mode`, then put it in place in one step: a reader
    never sees half a file, and a link at `path` is replaced, never followed."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
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
        raise NotAFolder(f"not a folder: {cur}", str(cur))
    for d in reversed(missing):
        try:
            d.mkdir(mode=0o700)
            os.chmod(d, 0o700)
        except FileExistsError:
            if not d.is_dir():
                raise NotAFolder(f"not a folder: {d}", str(d)) from None
