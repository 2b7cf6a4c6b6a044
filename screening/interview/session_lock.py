"""One writer per interview session file.

Two interviews saving the same session would each overwrite the other's answers, so the process
that opens a session holds a lock on a sibling lock file (`.NAME.lock`) for as long as it keeps the
session: `filelock`'s, an operating-system lock (flock on Linux and macOS, LockFileEx on Windows).
The system drops the lock when the process ends, however it ends (kill -9 included): a lock can
never outlive its holder, as a pid file could. A second process opening the session is refused at
once, naming the file.

The lock is taken on the session's resolved path: a symbolic link to a session (or a path through
a linked folder) shares the lock of the file it leads to, so one session is never written by two.

Within one process, every Session object for the same file shares one lock (a process is one
writer); it is released, and the lock file removed, when the last of them is dropped or at exit.
"""

from __future__ import annotations

import os
import re
import weakref
from pathlib import Path

from filelock import FileLock, Timeout

from screening.base.errors import InputError

_held: weakref.WeakValueDictionary[str, SessionLock] = weakref.WeakValueDictionary()
# A holder removes the lock file as it releases: a process that opened the old file meanwhile finds
# it unlinked once locked, and filelock opens the new one instead, within this time. A real holder
# refuses the second process after it.
_WAIT = 0.2


class SessionLock:
    """Proof that this process is the session's only writer; keep a reference for as long as it writes."""

    def __init__(self, path: Path, lock: FileLock | None):
        self.path = path
        self._release = weakref.finalize(self, _release, lock)

    def release(self) -> None:
        self._release()


def _release(lock: FileLock | None) -> None:
    if lock is None:
        return
    try:  # removed while still held, so no other process can be holding this same file
        os.unlink(lock.lock_file)
    except OSError:
        pass
    try:
        lock.release(force=True)
    except OSError:
        pass


def lock_session(path: Path) -> SessionLock | None:
    """Become the single writer of the session at `path`, or raise InputError `session_in_use`.

    None when there is no folder to lock in (a session that does not exist has nothing to
    protect: reading it reports that). Stale temp files of a save that was killed are removed."""
    real = Path(os.path.realpath(path))  # a link to a session shares the lock of the session itself
    held = _held.get(str(real))
    if held is not None:
        return held
    if not real.parent.is_dir():
        return None
    file_lock = FileLock(real.with_name(f".{real.name}.lock"), timeout=_WAIT, mode=0o600, thread_local=False)
    lock: FileLock | None = file_lock
    try:
        file_lock.acquire()
    except Timeout:
        raise InputError.of("session_in_use", path) from None
    except NotImplementedError:
        lock = None  # a file system without locks: work as before rather than refuse all sessions
    except OSError as e:
        raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None
    held = SessionLock(path, lock)
    _held[str(real)] = held
    _remove_stale_temps(real)
    return held


def _remove_stale_temps(path: Path) -> None:
    """Temp files `files.write_private` left for this session when killed mid-save. Only their exact
    pattern (.NAME.<8 random>.tmp, a regular file of this user): nothing else is touched. Safe
    because this process now is the session's only writer."""
    pattern = re.compile(r"\." + re.escape(path.name) + r"\.[a-z0-9_]{8}\.tmp")
    try:
        candidates = list(path.parent.iterdir())
    except OSError:
        return
    for p in candidates:
        if not pattern.fullmatch(p.name):
            continue
        try:
            st = p.lstat()
            mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()  # Windows: the folder is the user's
            if p.is_file() and not p.is_symlink() and mine:
                p.unlink()
        except OSError:
            pass
