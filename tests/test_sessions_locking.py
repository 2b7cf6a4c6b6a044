"""Issue 11: an interview session has one writer. Two interviews on one session file are never
both let in (the second is refused, naming the file, exit 1, and writes nothing); the lock goes
with its process, however it ends; a save killed half-way leaves nothing behind once the session
is opened again; a session's default file name never carries the case reference."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "venezuelan-in-brazil.yaml"
AS_OF = "2026-11-23"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "screening.cli", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, env=os.environ | {"LANG": "C.UTF-8"})


def new_interview(path: Path, cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    return cli("interview", "--country", "BR", "--lang", "en", "--answers", str(EXAMPLE), "--session", str(path),
               "--as-of", AS_OF, *extra, cwd=cwd)


def resume(path: Path, cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    return cli("interview", "--resume", str(path), "--answers", str(EXAMPLE), *extra, cwd=cwd)


class Holder:
    """Another process holding a session the way an interview does (opened through the library),
    until told to go: it prints "held" once it is the session's writer."""

    CODE = ("import sys\nfrom pathlib import Path\nfrom screening.interview.session_lock import lock_session\n"
            "lock = lock_session(Path(sys.argv[1]))\nprint('held', flush=True)\nsys.stdin.readline()\n")

    def __init__(self, path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", self.CODE, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "held"

    def leave(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        assert self.proc.wait() == 0

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


def test_a_second_new_interview_on_a_path_being_started_is_refused(tmp_path):
    session = tmp_path / "s" / "one.yaml"
    session.parent.mkdir()
    holder = Holder(session)  # an interview that has the path but has not saved yet
    try:
        r = new_interview(session, tmp_path)
        assert r.returncode == 1, r.stdout + r.stderr
        assert f"error: {session}: this session is open in another interview right now" in r.stderr
        assert "Traceback" not in r.stderr and not session.exists()  # refused before writing anything
    finally:
        holder.leave()
    r = new_interview(session, tmp_path)
    assert r.returncode == 0, r.stderr
    assert session.exists() and not (session.parent / ".one.yaml.lock").exists()  # removed on a clean exit


def test_a_second_resume_is_refused_and_writes_nothing(tmp_path):
    session = tmp_path / "s.yaml"
    assert new_interview(session, tmp_path).returncode == 0
    before = session.read_bytes()
    holder = Holder(session)
    try:
        r = resume(session, tmp_path, "--lang", "es")
        assert r.returncode == 1, r.stdout + r.stderr
        assert f"error: {session}: esta sesión está abierta en otra entrevista en este momento" in r.stderr
        assert session.read_bytes() == before  # the first writer's answers are untouched
    finally:
        holder.leave()
    assert resume(session, tmp_path).returncode == 0


def test_a_link_to_a_session_shares_its_lock(tmp_path):
    """Issue 23: the lock is on the resolved path. A symbolic link to a session (or a path through a
    linked folder) opened while the session itself is held is refused, not given a lock of its own."""
    session = tmp_path / "real" / "s.yaml"
    session.parent.mkdir()
    assert new_interview(session, tmp_path).returncode == 0
    before = session.read_bytes()
    link = tmp_path / "link.yaml"
    link.symlink_to(session)
    (tmp_path / "linked-folder").symlink_to(session.parent, target_is_directory=True)
    holder = Holder(session)
    try:
        for other in (link, tmp_path / "linked-folder" / "s.yaml"):
            r = resume(other, tmp_path)
            assert r.returncode == 1, r.stdout + r.stderr
            assert "this session is open in another interview right now" in r.stderr
        assert session.read_bytes() == before
    finally:
        holder.leave()
    holder = Holder(link)  # and the other way round: the link held, the session refused
    try:
        r = resume(session, tmp_path)
        assert r.returncode == 1 and "open in another interview" in r.stderr
        assert not (tmp_path / ".link.yaml.lock").exists()  # the lock file sits beside the real session
    finally:
        holder.leave()
    assert resume(link, tmp_path).returncode == 0
    assert not (session.parent / ".s.yaml.lock").exists()  # removed on a clean exit


def test_a_killed_interview_does_not_keep_the_session_locked(tmp_path):
    session = tmp_path / "s.yaml"
    assert new_interview(session, tmp_path).returncode == 0
    Holder(session).kill()  # kill -9: no clean-up runs, the kernel drops the lock
    r = resume(session, tmp_path)
    assert r.returncode == 0, r.stderr


def test_two_resumes_of_a_session_open_in_the_terminal(tmp_path):
    """The real interview in a terminal holds its session until it ends: a `--resume` of the same
    file, or a new interview named like it, is refused meanwhile; afterwards the resume works."""
    pexpect = pytest.importorskip("pexpect")
    session = tmp_path / "s" / "q.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "screening.cli", "interview", "--country", "BR", "--lang", "en",
                                           "--session", str(session)],
                          cwd=str(tmp_path), encoding="utf-8", timeout=60, dimensions=(50, 200),
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm",
                               "PROMPT_TOOLKIT_NO_CPR": "1"})
    try:
        child.expect("›")  # the first question: the session is saved and held
        saved = session.read_bytes()
        second = resume(session, tmp_path)
        assert second.returncode == 1 and str(session) in second.stderr
        assert "open in another interview" in second.stderr
        again = new_interview(session, tmp_path)
        assert again.returncode == 1 and str(session) in again.stderr
        assert session.read_bytes() == saved
        child.sendline("q")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    assert resume(session, tmp_path).returncode == 0


KILL_IN_SAVE = """
import os, signal, sys
from pathlib import Path
from screening.law.load import load_library
from screening.interview.session import load_session
session, _ = load_session(Path(sys.argv[1]), load_library())
os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # die between writing the temp file and renaming it
session.save()
"""


def test_a_save_killed_half_way_leaves_no_temp_file_once_the_session_is_opened_again(tmp_path):
    session = tmp_path / "s.yaml"
    assert new_interview(session, tmp_path).returncode == 0
    killed = subprocess.run([sys.executable, "-c", KILL_IN_SAVE, str(session)], cwd=tmp_path)
    assert killed.returncode == -signal.SIGKILL
    left = [p.name for p in tmp_path.glob(".s.yaml.*.tmp")]
    assert len(left) == 1  # what a kill -9 inside the save leaves
    # files that are not this session's temp files are never touched
    others = [tmp_path / ".other.yaml.abcd1234.tmp", tmp_path / "notes.tmp", tmp_path / ".s.yaml.tmp",
              tmp_path / ".s.yaml.backup.tmp"]
    for p in others:
        p.write_text("keep")
    r = resume(session, tmp_path)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / left[0]).exists()
    assert all(p.read_text() == "keep" for p in others)


def test_the_default_session_name_has_a_date_and_a_random_id_never_the_reference(tmp_path):
    names = set()
    for _ in range(2):
        r = cli("interview", "--country", "BR", "--lang", "en", "--answers", str(EXAMPLE), "--as-of", AS_OF,
                "--case-ref", "Maria Perez Lopez", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    for p in (tmp_path / "sessions").iterdir():
        names.add(p.name)
        assert re.fullmatch(r"session-\d{8}-\d{4}-[0-9a-f]{4}\.yaml", p.name), p.name
        assert "Maria" not in p.name and "Perez" not in p.name
        assert "Maria Perez Lopez" in p.read_text(encoding="utf-8")  # the reference is kept inside the file
    assert len(names) == 2  # two interviews in the same minute get two files
    assert stat.S_IMODE((tmp_path / "sessions").stat().st_mode) == 0o700


def test_the_session_help_shows_the_new_default_name(tmp_path):
    r = cli("interview", "--help", cwd=tmp_path)
    squeezed = "".join(r.stdout.split())  # the help wraps the name at a hyphen
    assert "sessions/session-DATE-TIME-RANDOM.yaml" in squeezed and "REF-DATE" not in squeezed


def test_output_folders_are_made_owner_only(tmp_path):
    out = tmp_path / "reports" / "2026" / "nov" / "report.md"
    old = os.umask(0o022)  # the usual umask would give new folders 0755
    try:
        r = cli("assess", str(EXAMPLE), "--country", "BR", "--as-of", AS_OF, "-o", str(out), cwd=tmp_path)
    finally:
        os.umask(old)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    for folder in (out.parent, out.parent.parent, out.parent.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_one_process_may_open_its_own_session_twice(tmp_path, shipped_lib):
    """In one process, Session objects of one file share the lock (a process is one writer): the
    interview's tests and tools reload a session they hold."""
    from screening.interview.session import load_session, new_session

    s = new_session(tmp_path / "s.yaml", "BR", "en", None, shipped_lib)
    s.save()
    again, _ = load_session(s.path, shipped_lib)
    assert again.lock is s.lock
    lock_file = tmp_path / ".s.yaml.lock"
    assert lock_file.exists()
    s.close()
    again.close()
    assert not lock_file.exists()  # the last holder gone: released and removed


def test_a_new_session_over_an_existing_file_is_refused(tmp_path, shipped_lib):
    from screening.base.errors import InputError
    from screening.interview.session import new_session

    (tmp_path / "s.yaml").write_text("facts: {}\n")
    with pytest.raises(InputError) as e:
        new_session(tmp_path / "s.yaml", "BR", "en", None, shipped_lib)
    assert e.value.key == "session_exists" and "--resume" in e.value.text("pt")
