"""`screening batch` (issue 15 §1): a registry screened in one streaming run. Bad rows never stop it and
are named by row; yes/no words in en/es/pt; --resume continues an interrupted run into the same bytes an
uninterrupted run writes; Ctrl-C stops cleanly and says how to continue; several jobs write the same."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HEADER = ("reference,country_of_nationality,outside_country_of_nationality,has_other_nationality,fears_return,"
          "country_situations,situation_forced_departure,date_of_entry,asylum_application_filed\n")
GOOD = [
    "A-1,VE,yes,no,yes,massive_human_rights_violation;public_order_disturbance,yes,2026-11-01,no",
    "A-2,VE,sí,no,sim,massive_human_rights_violation,sí,2026-10-20,não",
    "A-4,HT,yes,no,no sé,,,,",
]
BAD = "A-3,VE,maybe,no,yes,,,2026-01-01,no"


def batch(*args: str, cwd: Path, check: bool = False) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(cwd)}
    r = subprocess.run([sys.executable, "-m", "screening.cli", "batch", *args], cwd=cwd, capture_output=True,
                       text=True, env=env, timeout=600)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def registry(tmp_path: Path, n: int) -> Path:
    """n rows cycling through the good ones (references numbered)."""
    p = tmp_path / "registry.csv"
    with p.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(n):
            f.write(f"R-{i}," + GOOD[i % len(GOOD)].split(",", 1)[1] + "\n")
    return p


def test_good_and_bad_rows_words_in_three_languages_and_the_summary(tmp_path):
    src = tmp_path / "reg.csv"
    src.write_text(HEADER + "\n".join([GOOD[0], GOOD[1], BAD, GOOD[2]]) + "\n", encoding="utf-8")
    r = batch(str(src), "-c", "BR", "-o", "out.csv", "--as-of", "2026-11-20", "--summary", "s.html", cwd=tmp_path)
    assert r.returncode == 1  # some rows refused
    assert "reg.csv:4: fact 'outside_country_of_nationality': expected yes or no" in r.stderr  # the file's line
    rows = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 5 and rows[0].startswith("row,reference,overall")
    assert rows[2].startswith("2,A-2,eligible,eligible")  # sí / sim / não read as yes / yes / no
    assert rows[3].startswith("3,A-3,refused")
    assert "rows: 4  refused: 1" in r.stdout and "most often missing" in r.stdout
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "<svg" in html and "Batch screening summary" in html
    assert "Rule engine: durable-rules 2.0.28" in html or "Rule engine: built-in Kleene evaluator" in html
    for p in ("out.csv", "s.html"):
        assert ((tmp_path / p).stat().st_mode & 0o077) == 0


def test_spanish_messages_and_full_json_lines(tmp_path):
    src = tmp_path / "reg.jsonl"
    src.write_text(json.dumps({"reference": "J-1", "facts": {"outside_country_of_nationality": "sí"}}) + "\n"
                   + json.dumps({"outside_country_of_nationality": "quizá"}) + "\nnot json\n", encoding="utf-8")
    r = batch(str(src), "-c", "MX", "-o", "out.jsonl", "--format", "json", "--lang", "es", cwd=tmp_path)
    assert r.returncode == 1
    assert "reg.jsonl:2: hecho 'outside_country_of_nationality': se esperaba sí o no" in r.stderr
    assert "rechazada: " in r.stderr and "reg.jsonl:3: JSON mal formado: " in r.stderr  # was English: "not JSON"
    text = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    head, *lines = [json.loads(x) for x in text.splitlines()]
    assert lines[0]["row"] == 1 and lines[0]["country"] == "MX" and "definitions" in lines[0]
    assert [x["overall"] for x in lines[1:]] == ["refused", "refused"]
    # citations by reference to the run's sources, written once (issue 26): a row is at most 40 KB
    assert head["country"] == "MX" and head["lang"] == "es" and len(head["sources"]) > 20
    assert max(len(x.encode()) for x in text.splitlines()[1:]) <= 40_000
    cited = re.findall(r'"(src-[0-9a-f]{12})"', text.split("\n", 1)[1])
    assert cited and set(cited) <= set(head["sources"])
    assert '"instrument"' not in text.split("\n", 1)[1]  # no citation left written out in a row
    # the clauses' notes by reference too (they were a quarter of a row)
    noted = re.findall(r'"note":"(note-[0-9a-f]{12})"', text.split("\n", 1)[1])
    assert noted and set(noted) <= set(head["notes"])
    # --sources FILE: the table there, the rows alone in the output
    r = batch(str(src), "-c", "MX", "-o", "out2.jsonl", "--format", "json", "--sources", "src.json", "--lang", "es",
              cwd=tmp_path)
    assert json.loads((tmp_path / "src.json").read_text(encoding="utf-8")) == head
    assert (tmp_path / "out2.jsonl").read_text(encoding="utf-8").splitlines() == text.splitlines()[1:]


def test_the_summary_speaks_the_clinics_language(tmp_path):
    """The summary a clinic reads (terminal and HTML) names statuses, kinds of protection, referrals and
    questions in words of the chosen language, never by their ids; the output rows keep the ids."""
    src = tmp_path / "reg.csv"
    src.write_text("reference,date_of_birth,unaccompanied_or_separated,country_of_nationality\n"
                   "N-1,2012-05-05,sí,HN\nN-2,1990-01-01,no,xx\n", encoding="utf-8")
    r = batch(str(src), "-c", "MX", "-o", "out.csv", "--as-of", "2026-11-20", "--summary", "s.html", "--lang", "pt",
              cwd=tmp_path)
    assert r.returncode == 1 and "recusada: " in r.stderr
    for text in (r.stdout, (tmp_path / "s.html").read_text(encoding="utf-8")):
        assert "Condição de refugiado" in text and "são necessárias mais informações" in text, text
        assert "recusada (dados inválidos)" in text
        assert "Uma criança ou adolescente desacompanhado ou separado" in text  # the referral, by its title
        assert "needs_more_information" not in text and "refugee_status" not in text
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert '<html lang="pt">' in html and "Resumo da triagem em lote" in html
    # a question or a referral's title wraps (a page of 1,100 pixels scrolled sideways); dates, rows and
    # references stay on one line
    nowrap = re.search(r"([^}]*)\{ white-space: nowrap", html).group(1)
    assert "nth-child" not in nowrap and re.search(r'<td>[^<]*Uma criança ou adolescente', html)
    assert "needs_more_information" in (tmp_path / "out.csv").read_text(encoding="utf-8")  # the rows keep ids


def test_a_resumed_run_matches_an_uninterrupted_one_byte_for_byte(tmp_path):
    src = registry(tmp_path, 60)
    batch(str(src), "-c", "MX", "-o", "whole.jsonl", "--as-of", "2026-11-20", cwd=tmp_path, check=True)
    whole = (tmp_path / "whole.jsonl").read_bytes()
    # an interrupted run: 25 rows written, the 26th torn mid-line
    lines = whole.splitlines(keepends=True)
    (tmp_path / "part.jsonl").write_bytes(b"".join(lines[:25]) + lines[25][:40])
    (tmp_path / "part.jsonl").chmod(0o600)
    r = batch(str(src), "-c", "MX", "-o", "part.jsonl", "--as-of", "2026-11-20", "--resume", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "part.jsonl").read_bytes() == whole
    again = batch(str(src), "-c", "MX", "-o", "part.jsonl", "--as-of", "2026-11-20", cwd=tmp_path)
    assert again.returncode == 1 and "give --resume" in again.stderr  # never overwritten by accident


def test_two_jobs_write_what_one_job_writes(tmp_path):
    src = registry(tmp_path, 90)
    batch(str(src), "-c", "BR", "-o", "one.csv", "--as-of", "2026-11-20", cwd=tmp_path, check=True)
    batch(str(src), "-c", "BR", "-o", "two.csv", "--as-of", "2026-11-20", "--jobs", "2", cwd=tmp_path, check=True)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_ctrl_c_in_the_middle_stops_cleanly_and_resume_finishes_the_same(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    src = registry(tmp_path, 6000)  # 3,000 rows were all written before the interrupt on a busy machine
    out = tmp_path / "big.jsonl"
    child = pexpect.spawn(sys.executable, ["-m", "screening.cli", "batch", str(src), "-c", "MX", "-o", str(out),
                                           "--as-of", "2026-11-20"],
                          cwd=str(tmp_path), encoding="utf-8", timeout=120, dimensions=(30, 120),
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm", "HOME": str(tmp_path)})
    child.expect("screening")  # the progress bar is up
    import time

    deadline = time.time() + 60
    while (not out.exists() or out.stat().st_size < 20_000) and time.time() < deadline:
        time.sleep(0.05)
    child.sendintr()
    child.expect(r"To continue: screening .* --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    done = out.read_bytes()
    assert done.endswith(b"\n") and 0 < done.count(b"\n") < 6000
    r = batch(str(src), "-c", "MX", "-o", "big.jsonl", "--as-of", "2026-11-20", "--resume", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    batch(str(src), "-c", "MX", "-o", "ref.jsonl", "--as-of", "2026-11-20", cwd=tmp_path, check=True)
    assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
