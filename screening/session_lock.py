"""One writer per interview session file.

Two interviews saving the same session would each overwrite the other's answers, so the process
that opens a session holds an `fcntl.flock` on a sibling lock file (`.NAME.lock`) for as long as it
keeps the session. The kernel drops the lock when the process ends, however it ends (kill -9
included): a lock can never outlive its holder, as a pid file could. A second process opening the
session is refused at once, naming the file.

Within one process, every Session object for the same file shares one lock (a process is one
writer); it is released, and the lock file removed, when the last of them is dropped or at exit.
"""

from __future__ import annotations

import errno
import os
import re
import weakref
from pathlib import Path

from .errors import InputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; sessions there are not locked
    fcntl = None  # type: ignore[assignment]

_held: weakref.WeakValueDictionary[str, SessionLock] = weakref.WeakValueDictionary()


class SessionLock:
    """Proof that this process is the session's only writer; keep a reference for as long as it writes."""

    def __init__(self, path: Path, fd: int | None, lock_path: Path):
        self.path = path
        self._release = weakref.finalize(self, _release, fd, lock_path)

    def release(self) -> None:
        self._release()


def _release(fd: int | None, lock_path: Path) -> None:
    if fd is None:
        return
    try:  # removed while still held, so no other process can be holding this same file
        os.unlink(lock_path)
    except OSError:
        pass
    os.close(fd)


def lock_session(path: Path) -> SessionLock | None:
    """Become the single writer of the session at `path`, or raise InputError `session_in_use`.

    None when there is no folder to lock in (a session that does not exist has nothing to
    protect: reading it reports that). Stale temp files of a save that was killed are removed."""
    key = os.path.realpath(path)
    held = _held.get(key)
    if held is not None:
        return held
    lock_path = path.with_name(f".{path.name}.lock")
    fd: int | None = None
    for _ in range(10):  # only repeated if the holder removed the lock file while we opened it
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise InputError.of("cannot_write", path, reason=e.strerror or str(e)) from None
        if fcntl is None:
            break
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            os.close(fd)
            fd = None
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise InputError.of("session_in_use", path) from None
            break  # a file system without locks: work as before rather than refuse all sessions
        try:
            same = os.fstat(fd).st_ino == os.stat(lock_path, follow_symlinks=False).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # we locked a lock file its holder had just removed: take the new one
        fd = None
    lock = SessionLock(path, fd, lock_path)
    _held[key] = lock
    _remove_stale_temps(path)
    return lock


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
            if p.is_file() and not p.is_symlink() and st.st_uid == os.getuid():
                p.unlink()
        except OSError:
            pass
