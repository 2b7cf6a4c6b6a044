"""Issue 11: what reaches the terminal from a file or an argument is shown, never obeyed: a terminal
escape in a resumed session's key, in --as-of or -o, or in an unexpected error's text appears as an
escape (\\x1b), so the user can find it, and does not drive the screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from screening.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "venezuelan-in-brazil.yaml"
ESC = "\x1b[2J\x9b31m"  # clear the screen; a C1 CSI

runner = CliRunner()


def _raw(text: str) -> bool:
    return "\x1b" in text or "\x9b" in text


def test_a_resumed_session_key_with_escapes_is_shown_escaped(tmp_path):
    session = tmp_path / "s.yaml"
    done = subprocess.run([sys.executable, "-m", "screening.cli", "interview", "--country", "BR", "--lang", "en",
                           "--answers", str(EXAMPLE), "--session", str(session), "--as-of", "2026-11-23"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # a hand-edited session: an answer under a key no rule knows, written with YAML escapes
    text = session.read_text(encoding="utf-8").replace("facts:\n", 'facts:\n  "bad\\e[2J\\x9bkey": true\n', 1)
    session.write_text(text, encoding="utf-8")
    os.chmod(session, 0o600)
    r = subprocess.run([sys.executable, "-m", "screening.cli", "interview", "--resume", str(session), "--answers",
                        str(EXAMPLE)], capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=tmp_path)
    out = r.stdout + r.stderr
    assert not _raw(out), out
    assert "bad\\x1b[2J\\x9bkey" in out


def test_an_as_of_with_escapes_is_shown_escaped():
    r = runner.invoke(app, ["assess", str(EXAMPLE), "-c", "BR", "--as-of", f"2026{ESC}"])
    assert r.exit_code == 2
    assert not _raw(r.output) and "2026\\x1b[2J\\x9b31m" in r.output


def test_an_output_extension_with_escapes_is_shown_escaped(tmp_path):
    r = runner.invoke(app, ["assess", str(EXAMPLE), "-c", "BR", "-o", str(tmp_path / f"r.x{ESC}")])
    assert r.exit_code == 2
    assert not _raw(r.output) and "\\x1b" in r.output


def test_an_internal_error_is_shown_escaped_and_cut(monkeypatch, capsys):
    import typer

    from screening.cli.common import run_command

    def boom():
        raise RuntimeError(ESC + "x" * 5000)

    try:
        run_command(boom)
    except typer.Exit as e:
        assert e.exit_code == 3
    err = capsys.readouterr().err
    assert err.startswith("internal error (RuntimeError): \\x1b[2J\\x9b31m")
    assert not _raw(err) and len(err) < 1200 and "…" in err


def test_joiners_that_spelling_needs_are_kept_while_invisible_marks_go():
    from screening.base.safe_text import clean

    persian = "می\u200cخواهم"  # ZWNJ: part of the word's spelling in Persian and Dari
    family = "👩\u200d👧"  # ZWJ joins an emoji sequence
    assert clean(persian) == persian and clean(family) == family
    assert clean("a\u200bb\u200ec\u202ed") == "abcd"  # zero-width space, LRM, a bidi override: gone
