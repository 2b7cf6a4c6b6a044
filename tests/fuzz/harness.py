"""Run one fuzz input through the CLI in-process, bounded, and say what is wrong with the result.

The bound on work is not a wall-clock assertion: an input that is still running after LIMIT seconds
is interrupted by SIGALRM (main thread) and counted as a hang, whatever the machine's speed. A hang
in C code, where the alarm cannot land, is caught by faulthandler, which dumps the stacks and ends
the process after a much longer delay (a failure no CI can miss). Memory is capped per input with
RLIMIT_AS, so an alias bomb ends as a MemoryError (an internal error) rather than in the OOM killer.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import re
import resource
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LIMIT = float(os.environ.get("SCREENING_FUZZ_LIMIT", "10"))  # seconds of work allowed per input
MEMORY = int(os.environ.get("SCREENING_FUZZ_MEMORY_MB", "3072")) << 20  # address space allowed on top

# C0 except \n and \t, C1, and the Unicode line and paragraph separators
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x80-\x9f\u2028\u2029]")
TRACEBACK = "Traceback (most recent call last)"


class Hang(BaseException):
    """Raised by the alarm: a BaseException, so the tool's `except Exception` cannot swallow it."""

    def __init__(self, stack: list[traceback.FrameSummary]):
        super().__init__("hang")
        self.stack = stack


@dataclass
class Run:
    args: list[str]
    exit_code: int | None
    stdout: str
    stderr: str
    seconds: float
    hang: bool = False
    limit: float = LIMIT
    uncaught: BaseException | None = None  # an exception that escaped the CLI (a traceback)
    frames: list[traceback.FrameSummary] = field(default_factory=list)  # where it went wrong


@dataclass
class Problem:
    kind: str  # internal | traceback | hang | control | exit | unnamed | json
    signature: str  # the same root cause gives the same signature
    detail: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.signature}: {self.detail}"


# -- running ---------------------------------------------------------------------------------------

_caught: dict[str, object] = {}


@contextlib.contextmanager
def _spy() -> Iterator[None]:
    """Record the traceback of an exception the CLI turns into "internal error" (exit 3). The
    wrapper re-raises the very same exception, so the CLI's behaviour is unchanged. `run_command` is
    patched wherever the CLI's modules hold it (one module or a package importing it by name)."""
    import sys

    import screening.cli  # noqa: F401 - loads the package's modules

    holders = [m for name, m in list(sys.modules.items())
               if (name == "screening.cli" or name.startswith("screening.cli."))
               and callable(getattr(m, "run_command", None))]
    originals = [(m, m.run_command) for m in holders]

    def wrap(original):
        def run(fn, *args, **kwargs):
            def watched():
                try:
                    return fn()
                except Exception as e:
                    _caught["frames"] = traceback.extract_tb(e.__traceback__)
                    raise

            return original(watched, *args, **kwargs)

        return run

    for m, original in originals:
        m.run_command = wrap(original)
    try:
        yield
    finally:
        for m, original in originals:
            m.run_command = original


@contextlib.contextmanager
def bounded(limit: float = LIMIT, memory: int = MEMORY) -> Iterator[None]:
    """SIGALRM after `limit` seconds (raises Hang), RLIMIT_AS raised `memory` bytes above now, and
    faulthandler as the last resort for a hang the alarm cannot interrupt."""

    def alarm(signum, frame):
        raise Hang(traceback.extract_stack(frame))

    previous = signal.signal(signal.SIGALRM, alarm)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    try:
        used = int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = used + memory
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError):
        pass
    faulthandler.dump_traceback_later(limit * 6 + 30, exit=True)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        signal.signal(signal.SIGALRM, previous)


def invoke(args: list[str], env: dict[str, str] | None = None, limit: float = LIMIT) -> Run:
    """`screening ARGS` in-process (CliRunner on screening.cli.app), bounded."""
    from typer.testing import CliRunner

    from screening.cli import app

    _caught.clear()
    start = time.monotonic()
    try:
        with bounded(limit), _spy():
            result = CliRunner().invoke(app, args, env=env)
    except Hang as h:
        return Run(args, None, "", "", time.monotonic() - start, hang=True, limit=limit, frames=h.stack)
    seconds = time.monotonic() - start
    uncaught = result.exception if result.exception and not isinstance(result.exception, SystemExit) else None
    frames = list(_caught.get("frames") or [])
    if uncaught is not None and result.exc_info:
        frames = traceback.extract_tb(result.exc_info[2])
    return Run(args, result.exit_code, result.stdout, result.stderr, seconds, uncaught=uncaught, frames=frames)


# -- judging ---------------------------------------------------------------------------------------

def where(frames: list[traceback.FrameSummary]) -> str:
    """The innermost frame in the tool, and the innermost of all when that is in a library."""
    def short(f: traceback.FrameSummary) -> str:
        parts = Path(f.filename).parts
        for anchor in ("screening", "site-packages"):
            if anchor in parts:
                i = len(parts) - 1 - parts[::-1].index(anchor)
                rel = "/".join(parts[i + 1:] if anchor == "site-packages" else parts[i:])
                return f"{rel}:{f.name}"
        return f"{Path(f.filename).name}:{f.name}"

    ours = [f for f in frames if "/screening/" in f.filename and "/tests/" not in f.filename]
    out = short(ours[-1]) if ours else "?"
    if frames and (not ours or frames[-1] is not ours[-1]):
        out += " > " + short(frames[-1])
    return out


def normalise(text: str, size: int = 70) -> str:
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"/\S+", "PATH", text)
    text = re.sub(r"\d+", "N", text)
    return text[:size]


def char_class(c: str) -> str:
    o = ord(c)
    if o < 0x20:
        return "C0"
    if 0x80 <= o <= 0x9F:
        return "C1"
    return "U+2028/9"


def check(run: Run, names: list[str], label: str, want_json: bool = False) -> list[Problem]:
    """Everything wrong with `run`: `names` are the file names an input error may name (one is
    enough); `label` (command and format) goes into signatures, since outputs escape differently."""
    problems: list[Problem] = []
    if run.hang:
        problems.append(Problem("hang", f"hang@{where(run.frames)}", f"still running after {run.limit:g}s"))
        return problems
    text = run.stdout + run.stderr
    if run.uncaught is not None:
        sig = f"uncaught {type(run.uncaught).__name__}@{where(run.frames)}"
        problems.append(Problem("traceback", sig, f"{type(run.uncaught).__name__}: {str(run.uncaught)[:300]}"))
    elif TRACEBACK in text:
        problems.append(Problem("traceback", "traceback printed", text[text.index(TRACEBACK):][:300]))
    if run.exit_code == 3:
        m = re.search(r"internal error \((\w+)\): (.*)", run.stderr)
        kind, msg = (m.group(1), m.group(2)) if m else ("?", run.stderr)
        problems.append(Problem("internal", f"internal {kind}@{where(run.frames)}", msg[:300]))
    elif run.exit_code not in (0, 1) and run.uncaught is None:
        problems.append(Problem("exit", f"exit {run.exit_code}: {normalise(run.stderr)}", run.stderr[:300]))
    elif run.exit_code == 1 and run.uncaught is None and not any(n and n in run.stderr for n in names):
        problems.append(Problem("unnamed", f"error names no file: {normalise(run.stderr)}", run.stderr[:300]))
    for stream, out in (("stdout", run.stdout), ("stderr", run.stderr)):
        m = CONTROL.search(out)
        if m:
            c = m.group(0)
            context = out[max(0, m.start() - 60): m.end() + 20]
            problems.append(Problem("control", f"control {char_class(c)} in {stream} of {label}",
                                    f"U+{ord(c):04X} in …{context!r}…"))
    if want_json and run.exit_code == 0:
        try:
            json.loads(run.stdout)
        except ValueError as e:
            problems.append(Problem("json", f"--format json output does not parse: {normalise(str(e))}", str(e)))
    return problems


# -- reproducers -----------------------------------------------------------------------------------

def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:80] or "x"


def save(out: Path, problem: Problem, files: dict[str, bytes], command: str, run: Run, note: str = "",
         keep: int = 3) -> Path | None:
    """A reproducer folder for `problem`: the input files, the command, what happened. At most
    `keep` per signature (the first ones; the smallest input first is the caller's business)."""
    base = out / problem.kind / slug(problem.signature)
    base.mkdir(parents=True, exist_ok=True)
    for n in range(keep):
        folder = base / str(n)
        try:
            folder.mkdir()  # atomic: parallel workers never share a folder
            break
        except FileExistsError:
            continue
    else:
        return None
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "command.sh").write_text(command + "\n", encoding="utf-8")
    frames = "".join(traceback.format_list(run.frames[-8:])) if run.frames else ""
    report = (f"{problem}\n\nnote: {note}\nexit code: {run.exit_code}   seconds: {run.seconds:.2f}\n"
              f"--- stderr (escaped) ---\n{ascii(run.stderr[:2000])}\n"
              f"--- stdout (escaped, start) ---\n{ascii(run.stdout[:1000])}\n--- frames ---\n{frames}")
    (folder / "result.txt").write_text(report, encoding="utf-8")
    return folder


def minimize(data: bytes, fails: Callable[[bytes], bool], budget: int = 120) -> bytes:
    """Delta debugging, by lines then by bytes: a smaller input that still fails the same way.
    `budget` bounds the number of runs."""
    calls = [0]

    def test(candidate: bytes) -> bool:
        if calls[0] >= budget:
            return False
        calls[0] += 1
        return fails(candidate)

    def ddmin(parts: list[bytes]) -> list[bytes]:
        n = 2
        while len(parts) >= 2 and calls[0] < budget:
            size = max(1, len(parts) // n)
            chunks = [parts[i:i + size] for i in range(0, len(parts), size)]
            for i in range(len(chunks)):
                rest = [p for j, c in enumerate(chunks) if j != i for p in c]
                if rest and test(b"".join(rest)):
                    parts, n = rest, max(n - 1, 2)
                    break
            else:
                if n >= len(parts):
                    break
                n = min(len(parts), n * 2)
        return parts

    # lines first, then items (a one-line JSON file is cut after its commas), then bytes
    small = b"".join(ddmin(data.splitlines(keepends=True)))
    small = b"".join(ddmin([p for p in re.split(rb"(?<=[,{\[])", small) if p]))
    if len(small) <= 4096:
        small = b"".join(ddmin([bytes([b]) for b in small]))
    return small
