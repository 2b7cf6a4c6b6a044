"""kill -9 during an interview: every answer the person saw acknowledged survives.

The real `screening interview` runs in a pseudo-terminal on the Costa Rica rules, in English. It is
answered (numbered choices for yes/no questions, dates, a country, a narrative), and at moments a
seeded random picks — at a prompt, or a few milliseconds after an answer was sent, while it is being
saved — it is killed with SIGKILL, then resumed with --resume. After each kill: the session file
parses, is owner-only (0600), and holds every answer whose acknowledgement was printed (the next
question appeared). An answer sent but not acknowledged may be in the file or not, but if it is, it
is the answer sent. Finally the interview is resumed to a clean stop (q), and no temporary file of
an interrupted save may remain beside the session.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.fuzz import SEED, count
from tests.fuzz.gen_cases import catalogue

pexpect = pytest.importorskip("pexpect")

QUESTION = re.compile(r"\[Criteria settled: \d+ of \d+ · at most \d+ questions? left\]\r?\n(.+?)\r?\n")
REFERENCE = "Case reference (the clinic's file number):"
NARRATIVE = "In your own words: what happened to you, and why did you leave your country?"
NARRATIVE_SAVED = re.compile(r"Account saved \(\d+ lines?\)\.")
DONE = "No remaining question can change the result."
NOT_UNDERSTOOD = "Not understood"
ROUNDS = count("kill9", 5, 60)


@dataclass
class Record:
    """What the scenario saw: answers acknowledged, problems found after each kill, leftovers."""

    confirmed: dict[str, object] = field(default_factory=dict)  # fact (or @reference/@narrative) -> value
    problems: list[str] = field(default_factory=list)
    leftovers: list[list[str]] = field(default_factory=list)  # temp files beside the session after each kill
    kills: int = 0
    answers: int = 0
    final_leftovers: list[str] = field(default_factory=list)
    final_exit: int | None = None
    final_assess: str | None = None  # what went wrong assessing the session at the end, if anything


def spawn(tmp: Path, *args: str):
    return pexpect.spawn(sys.executable, ["-m", "screening.cli", "interview", *args], cwd=str(tmp),
                         encoding="utf-8", timeout=30, dimensions=(50, 250),
                         env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm",
                              "PROMPT_TOOLKIT_NO_CPR": "1",
                              "PYTHONPATH": str(Path(__file__).resolve().parents[2])})


def answer_for(rng: random.Random, fact: dict) -> tuple[str, object]:
    """What to type for `fact`, and the value the session must then hold."""
    kind, choices = fact["type"], fact["choices"] or []
    if kind == "boolean":
        key = rng.choice("1111222234")
        return key, {"1": True, "2": False, "3": "unknown", "4": "declined"}[key]
    if kind in ("set", "choice"):
        n = len(choices)
        r = rng.random()
        if r < 0.1:
            return str(n + 1), "unknown"
        if r < 0.15:
            return str(n + 2), "declined"
        if kind == "choice":
            i = rng.randrange(n)
            return str(i + 1), choices[i]
        picked = sorted(rng.sample(range(n), rng.randrange(n + 1)))
        return (",".join(str(i + 1) for i in picked) or "0"), sorted(choices[i] for i in picked)
    if kind == "date":
        day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(12000))
        return day.isoformat(), day.isoformat()
    if kind == "country":
        code = rng.choice(["VE", "NI", "HN", "SV", "CO"])
        return code, code
    return "dk", "unknown"


def normal(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    return value


def check_file(session: Path, rec: Record, pending: tuple[str, object] | None) -> None:
    """The session after a kill: parses, 0600, holds every acknowledged answer."""
    from ruamel.yaml import YAML

    if not session.exists():
        if rec.confirmed:
            rec.problems.append(f"kill {rec.kills}: the session file is gone")
        return
    mode = session.stat().st_mode & 0o777
    if mode != 0o600:
        rec.problems.append(f"kill {rec.kills}: session file mode {oct(mode)}, not 0o600")
    try:
        data = YAML(typ="safe", pure=True).load(session.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001 - any failure to read it back is the finding
        rec.problems.append(f"kill {rec.kills}: the session file does not parse: {type(e).__name__}: {e}")
        return
    if not isinstance(data, dict):
        rec.problems.append(f"kill {rec.kills}: the session file holds {type(data).__name__}, not a mapping")
        return
    meta = data.get("session") if isinstance(data.get("session"), dict) else {}
    facts = dict(meta.get("set_aside") or {}) | dict(data.get("facts") or {})
    stored = dict(facts)
    stored["@reference"], stored["@narrative"] = data.get("reference"), data.get("narrative")
    for fid, want in rec.confirmed.items():
        if fid not in stored or normal(stored[fid]) != normal(want):
            rec.problems.append(f"kill {rec.kills}: acknowledged answer {fid}={want!r} not kept "
                                f"(file has {stored.get(fid, '<nothing>')!r})")
    if pending and pending[0] in facts:
        fid, want = pending
        before = rec.confirmed.get(fid)
        if normal(facts[fid]) not in (normal(want), normal(before)):
            rec.problems.append(f"kill {rec.kills}: answer {fid} saved as {facts[fid]!r}, "
                                f"neither {want!r} (sent) nor {before!r}")


def temp_files(folder: Path, session: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{session.name}.") and
                  p.name.endswith(".tmp"))


def assess_session(session: Path) -> str | None:
    """The session is still a case file: `screening assess SESSION` (its own country) exits 0."""
    from tests.fuzz.harness import check, invoke

    run = invoke(["assess", str(session), "--format", "json"], env={"SCREENING_DATA": None})
    problems = check(run, [session.name], "assess json", want_json=True)
    if run.exit_code != 0 or problems:
        return f"exit {run.exit_code}: {run.stderr[:300]} {'; '.join(map(str, problems))}"
    return None


def kill(child) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close(force=True)


def scenario(tmp: Path, seed: int, rounds: int) -> Record:
    rng = random.Random(seed)
    by_question = {f["question"]: f for f in catalogue()}
    session = tmp / "S.yaml"
    rec = Record()
    for _ in range(rounds):
        if session.exists():
            child = spawn(tmp, "--resume", session.name)
        else:
            child = spawn(tmp, "--country", "CR", "--lang", "en", "--session", session.name)
        budget = rng.randrange(0, 6)  # answers given before the kill in this round
        pending = None
        finished = False
        while True:
            i = child.expect([QUESTION, re.escape(REFERENCE), re.escape(NARRATIVE), re.escape(DONE), pexpect.EOF])
            if pending is not None:  # the next step appeared: the answer sent is acknowledged
                if NOT_UNDERSTOOD not in (child.before or ""):
                    rec.confirmed[pending[0]] = pending[1]
                pending = None
            if i in (3, 4):
                finished = True
                break
            step = "@reference" if i == 1 else "@narrative" if i == 2 else None
            fact = None if step else by_question.get(child.match.group(1).strip())
            if step is None and fact is None:
                rec.problems.append(f"unknown question on screen: {child.match.group(1)!r}")
                break
            child.expect("›")
            if budget == 0:
                if rng.random() < 0.5:
                    time.sleep(rng.random() * 0.05)
                break  # killed at the prompt
            budget -= 1
            rec.answers += 1
            if step == "@reference":
                text = f"FZ-{rng.randrange(1000):03d}"
                child.sendline(text)
                pending = (step, text)
            elif step == "@narrative":
                lines = [f"line {k} of the account" for k in range(rng.randrange(1, 4))]
                for line in lines:
                    child.sendline(line)
                    child.expect("›")
                child.sendline("")
                pending = (step, "\n".join(lines))
                child.expect(NARRATIVE_SAVED)  # its own acknowledgement
                rec.confirmed[step], pending = pending[1], None
            else:
                typed, value = answer_for(rng, fact)
                child.sendline(typed)
                pending = (fact["id"], value)
            if budget == 0 and rng.random() < 0.6:  # kill while the answer is being saved
                time.sleep(rng.random() * 0.03)
                break
        if finished:
            child.expect(pexpect.EOF)
            child.close()
            break
        kill(child)
        rec.kills += 1
        check_file(session, rec, pending)
        rec.leftovers.append(temp_files(tmp, session))
    # the end: resume once more and stop cleanly with q
    if session.exists():
        child = spawn(tmp, "--resume", session.name)
        i = child.expect(["›", pexpect.EOF])
        if i == 0:
            child.sendline("q")
            child.expect(pexpect.EOF)
        child.close()
        rec.final_exit = child.exitstatus
        check_file(session, rec, None)
        rec.final_assess = assess_session(session)
    rec.final_leftovers = temp_files(tmp, session)
    return rec


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> Record:
    tmp = tmp_path_factory.mktemp("kill9")
    return scenario(tmp, SEED, ROUNDS)


def test_kill9_keeps_every_acknowledged_answer(record):
    assert record.kills > 0 and record.answers > 0, "the scenario never killed an interview mid-way"
    assert not record.problems, "\n".join(record.problems)
    assert record.final_exit == 0, f"the last resume (then q) exited {record.final_exit}"
    assert record.final_assess is None, f"assessing the session afterwards: {record.final_assess}"


def test_kill9_leaves_no_temporary_files(record):
    """A save killed between writing its temporary file and renaming it leaves `.S.yaml.*.tmp`;
    resuming the session must clear it (it may hold personal data)."""
    left = [name for names in record.leftovers for name in names]
    assert not record.final_leftovers, (f"temporary files left after the final resume: {record.final_leftovers} "
                                        f"(seen after kills: {left})")
