"""Writing files that hold personal data: owner-only permissions, atomic replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private(path: str | Path, text: str | bytes) -> None:
    """Write `text` so that a crash never leaves a half-written file and only the owner can read it."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder for personal data is private too
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        data = text.encode("utf-8") if isinstance(text, str) else text
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
