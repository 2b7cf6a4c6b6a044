"""`screening batch` on registries as clinics keep them (issue 26): Excel's CSV (BOM, `;`, tab, another
encoding), the same judgement as `assess` for every row, no row lost or stopping the run, output a clinic
can open safely, and a summary whose counts match its lists. Behaviour, not legal outcomes: the law in
rules/ changes, what is refused and how rows are read does not."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screening.cli import app

AS_OF = "2026-11-20"
HEAD = ["reference", "country_of_nationality", "outside_country_of_nationality", "fears_return", "date_of_entry"]
ROWS = [["A-1", "VE", "yes", "yes", "2026-11-01"], ["A-2", "HN", "sí", "no sé", ""], ["A-3", "VE", "no", "no", ""]]


def run(*args: str, cwd: Path, monkeypatch) -> tuple[int, str]:
    monkeypatch.chdir(cwd)
    r = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return r.exit_code, r.output


def batch(src: Path, out: str, monkeypatch, *more: str) -> tuple[int, str]:
    return run("batch", str(src), "-c", "MX", "-o", out, "--as-of", AS_OF, *more, cwd=src.parent,
               monkeypatch=monkeypatch)


def results(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False, encoding: str = "utf-8",
              newline: str = "\n") -> Path:
    text = newline.join(delimiter.join(r) for r in rows) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def test_excel_csv_utf8_with_bom_and_semicolons_and_tabs_read_as_the_plain_csv(tmp_path, monkeypatch):
    """Excel's "CSV UTF-8" starts with a BOM; in Spanish and Portuguese it separates cells with `;`."""
    plain = write_csv(tmp_path / "plain.csv", [HEAD, *ROWS])
    excel = write_csv(tmp_path / "excel.csv", [HEAD, *ROWS], ";", bom=True, newline="\r\n")
    tabs = write_csv(tmp_path / "tabs.csv", [HEAD, *ROWS], "\t")
    piped = write_csv(tmp_path / "piped.csv", [HEAD, *ROWS], "|")
    assert batch(plain, "plain.out.csv", monkeypatch)[0] == 0
    for src, more in ((excel, ()), (tabs, ()), (piped, ("--delimiter", "|"))):
        code, said = batch(src, src.stem + ".out.csv", monkeypatch, *more)
        assert code == 0, said
        assert results(tmp_path / f"{src.stem}.out.csv") == results(tmp_path / "plain.out.csv")


def test_another_encoding_one_bad_byte_is_that_rows_refusal_and_encoding_reads_it(tmp_path, monkeypatch):
    rows = [HEAD, *ROWS, ["A-4 João", "VE", "não", "sim", ""], ["A-5", "VE", "yes", "no", ""]]
    src = write_csv(tmp_path / "latin.csv", rows, encoding="cp1252")
    code, said = batch(src, "a.csv", monkeypatch)
    assert code == 1 and "internal error" not in said
    assert "latin.csv:5: byte 0xE3 is not UTF-8 text" in said and "--encoding cp1252" in said
    out = results(tmp_path / "a.csv")
    assert [r[2] for r in out[1:]] != [] and len(out) == 6 and out[4][2] == "refused" and out[5][2] != "refused"
    code, said = batch(src, "b.csv", monkeypatch, "--encoding", "cp1252")
    assert code == 0, said
    assert results(tmp_path / "b.csv")[4][1] == "A-4 João"


CORPUS = [  # (facts or a whole case, what assess refuses it for): every one must be refused by both
    {"facts": {"date_of_entry": "2031-01-01"}},
    {"facts": {"country_of_nationality": "MX"}},
    {"facts": {"country_of_nationality": "no"}},
    {"facts": {"country_of_nationality": "si"}},
    {"facts": {"fears_return": 1.0}},
    {"facts": {"fears_return": 1}},
    {"facts": {"fears_return": "maybe"}},
    {"facts": {"fear_return": "yes"}},
    {"facts": {"harm_feared": ["none", "physical_violence"]}},
    {"facts": {"date_of_birth": "1990-13-01"}},
    {"facts": {"fears_return": "yes"}, "comment": "x"},
    {"facts": None},
]


def _message(said: str) -> str:
    """An error without where it was found (a case file's path and line, a registry's file:line)."""
    line = next(x for x in said.splitlines() if ": " in x and ("error" in x or "refused" in x))
    return re.sub(r"^.*?\.(json|jsonl)(:\d+)?: ", "", line.split(": ", 1)[1])


def test_every_row_is_refused_as_assess_refuses_the_same_case(tmp_path, monkeypatch):
    """One judgement: each bad case of the corpus, as a case file through `assess` and as a JSONL row
    through `batch`, is refused with the same message."""
    reg = tmp_path / "reg.jsonl"
    reg.write_text("".join(json.dumps(c) + "\n" for c in CORPUS), encoding="utf-8")
    code, said = batch(reg, "out.jsonl", monkeypatch)
    assert code == 1 and "internal error" not in said
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["overall"] for r in rows] == ["refused"] * len(CORPUS)
    for i, (case, row) in enumerate(zip(CORPUS, rows, strict=True), 1):
        f = tmp_path / f"case{i}.json"
        f.write_text(json.dumps(case), encoding="utf-8")
        code, alone = run("assess", str(f), "-c", "MX", "--as-of", AS_OF, "--format", "json", cwd=tmp_path,
                          monkeypatch=monkeypatch)
        assert code == 1, (case, alone)
        assert row["error"].startswith(f"{reg}:{i}: ")
        assert row["error"].split(": ", 1)[1] == _message(alone), case


WITHOUT_FACTS = [  # JSONL lines without `facts`: (the line, the case file assess reads it as)
    ({}, {}),  # refused as the empty case file is
    ({"row": 1, "reference": "A-1", "overall": "eligible"}, None),  # a batch's own result line fed back: refused
    ({"reference": "A-2", "fears_return": "yes"}, None),  # a case file's keys but no facts: refused
    ({"fears_return": "yes", "outside_country_of_nationality": "yes"},  # the facts alone: screened as assess does
     {"facts": {"fears_return": "yes", "outside_country_of_nationality": "yes"}}),
    ({"fears_return": "maybe"}, {"facts": {"fears_return": "maybe"}}),  # the facts alone, refused alike
]


def test_a_line_without_facts_is_judged_as_assess_judges_it(tmp_path, monkeypatch):
    """One judgement for a JSONL line with no `facts` key: a case file's mapping (a `reference`, a result
    line of a batch fed back, `{}`) is refused as `assess` refuses that file; the facts alone (fact ids
    only) are the case file `facts: <the line>`, screened or refused exactly as `assess` does."""
    reg = tmp_path / "reg.jsonl"
    reg.write_text("".join(json.dumps(line) + "\n" for line, _ in WITHOUT_FACTS), encoding="utf-8")
    code, said = batch(reg, "out.jsonl", monkeypatch, "--format", "json", "--lang", "es")
    assert "internal error" not in said
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) == len(WITHOUT_FACTS)
    for i, ((line, as_file), row) in enumerate(zip(WITHOUT_FACTS, rows, strict=True), 1):
        f = tmp_path / f"case{i}.json"
        f.write_text(json.dumps(line if as_file is None else as_file), encoding="utf-8")
        code, alone = run("assess", str(f), "-c", "MX", "--as-of", AS_OF, "--format", "json", "--lang", "es",
                          cwd=tmp_path, monkeypatch=monkeypatch)
        if code == 1:
            assert row["overall"] == "refused", (line, row)
            assert row["error"].split(": ", 1)[1] == _message(alone), line
        else:
            assert code == 0, alone
            judged = json.loads(alone)
            assert row["overall"] == judged["overall"] != "refused", line
            assert [d["status"] for d in row["definitions"]] == [d["status"] for d in judged["definitions"]]
            assert row["overall_missing"] == judged["overall_missing"]
    assert [r["overall"] == "refused" for r in rows] == [True, True, True, False, True]
    assert rows[1]["reference"] == "A-1" and "facts:" in rows[1]["error"]


def test_a_blank_answer_is_a_question_not_asked_never_none_of_these(tmp_path, monkeypatch):
    """Spreadsheet and database exports write a blank as "": the same as leaving the key out."""
    reg = tmp_path / "reg.jsonl"
    with_blank = {"reference": "B", "facts": {"fears_return": "yes", "harm_feared": "", "reasons_for_harm": " "}}
    without = {"reference": "B", "facts": {"fears_return": "yes"}}
    reg.write_text(json.dumps(with_blank) + "\n" + json.dumps(without) + "\n", encoding="utf-8")
    assert batch(reg, "out.jsonl", monkeypatch, "--format", "json")[0] == 0
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    a, b = ({k: v for k, v in x.items() if k != "row"} for x in lines[1:])
    assert a == b and "harm_feared" in a["overall_missing"]
    for name, case in (("blank", with_blank), ("absent", without)):
        (tmp_path / f"{name}.json").write_text(json.dumps(case), encoding="utf-8")
        assert run("assess", f"{name}.json", "-c", "MX", "--as-of", AS_OF, "--format", "json", "-o",
                   f"{name}.out.json", cwd=tmp_path, monkeypatch=monkeypatch)[0] == 0
    assert (tmp_path / "blank.out.json").read_text() == (tmp_path / "absent.out.json").read_text()


NASTY = ["=HYPERLINK(\"http://x\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tTAB", "line\rbreak",
         "two\nlines", "esc\x1b[31mred", "bell\x07", "nul\x00byte"]


def test_csv_output_keeps_one_record_per_row_and_runs_no_formula(tmp_path, monkeypatch):
    reg = tmp_path / "reg.jsonl"
    reg.write_text("".join(json.dumps({"reference": r, "facts": {"fears_return": "yes"}}) + "\n" for r in NASTY),
                   encoding="utf-8")
    code, said = batch(reg, "out.csv", monkeypatch)
    assert code == 0, said
    assert f"rows: {len(NASTY)}  refused: 0" in said
    data = (tmp_path / "out.csv").read_bytes()
    assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", data)  # no raw control character, no CR
    out = results(tmp_path / "out.csv")
    assert len(out) == len(NASTY) + 1
    refs = [r[1] for r in out[1:]]
    for ref in refs:
        assert not ref.startswith(("=", "+", "-", "@", "\t", "\r")), ref
    assert refs[0] == "'" + NASTY[0] and refs[5] == "line\\rbreak" and refs[7] == "esc\\x1b[31mred"
    # cut after the second row, as a kill -9 would, and resume: the same bytes as the uninterrupted run
    lines = data.split(b"\n")
    (tmp_path / "out.csv").write_bytes(b"\n".join(lines[:3]) + b"\n" + lines[3][:5])
    assert batch(reg, "out.csv", monkeypatch, "--resume")[0] == 0
    assert (tmp_path / "out.csv").read_bytes() == data


def test_no_row_stops_the_run(tmp_path, monkeypatch):
    """A huge field, bytes that are not UTF-8, deep or huge JSON, a duplicate key: that row's refusal."""
    good = json.dumps({"facts": {"fears_return": "yes"}}).encode()
    reg = tmp_path / "reg.jsonl"
    reg.write_bytes(b"\n".join([good, b'{"facts": {"fears_return": "s\xe9"}}', b"[" * 200_000, good,
                                b'{"facts": {"fears_return": "yes", "fears_return": "no"}}',
                                b'{"facts": {"narrative": "' + b"x" * (5 * 1024 * 1024) + b'"}}', good]) + b"\n")
    code, said = batch(reg, "out.jsonl", monkeypatch)
    assert code == 1 and "internal error" not in said
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["overall"] == "refused" for r in rows] == [False, True, True, False, True, True, False]
    assert rows[1]["error"] == f"{reg}:2: byte 0xE9 is not UTF-8 text: save the file as CSV UTF-8, or give its " \
                               "encoding (--encoding cp1252 for Excel on Windows)"
    assert rows[2]["error"].startswith(f"{reg}:3: ") and rows[4]["error"].startswith(f"{reg}:5: the key 'fears_return'")
    assert rows[5]["error"].startswith(f"{reg}:6: this line is longer than")
    big = write_csv(tmp_path / "big.csv", [HEAD, ["R-1", "VE", "yes", "yes", ""], ["R-2" + "x" * 200_000, "VE", "yes",
                                                                                   "yes", ""], ROWS[0]])
    code, said = batch(big, "big.out.csv", monkeypatch)
    assert code == 1 and "big.csv:3: the cell in column 1 has 200003 characters" in said
    assert [r[2] == "refused" for r in results(tmp_path / "big.out.csv")[1:]] == [False, True, False]


def test_a_file_that_cannot_be_read_or_duplicate_columns_stop_with_exit_1(tmp_path, monkeypatch):
    code, said = batch(tmp_path / "missing.csv", "out.csv", monkeypatch)
    assert code == 1 and "missing.csv: cannot be read (No such file or directory)" in said
    # the same fact by its id and by its Spanish label
    dup = write_csv(tmp_path / "dup.csv", [["reference", "country_of_nationality", "fears_return", "Nacionalidad"],
                                           ["D-1", "VE", "yes", "HN"]])
    code, said = batch(dup, "dup.out.csv", monkeypatch)
    assert code == 1 and "dup.csv:1: columns 2 and 4 both name 'country_of_nationality'" in said
    assert "internal error" not in said
    # a date before the country's oldest encoded law, refused before any row, as assess refuses it
    code, said = batch(dup, "old.out.csv", monkeypatch, "--as-of", "1990-01-01")
    assert code == 1 and "--as-of 1990-01-01: no law of Mexico (MX) is encoded for that date" in said
    assert not (tmp_path / "old.out.csv").exists()


def test_a_full_disk_stops_cleanly_and_resume_finishes_the_same(tmp_path, monkeypatch):
    from screening.batch import output

    rows = [HEAD] + [[f"F-{i}", "VE", "yes", "yes", ""] for i in range(6)]
    src = write_csv(tmp_path / "reg.csv", rows)
    assert batch(src, "whole.csv", monkeypatch)[0] == 0
    real = output.Writer.write
    calls = [0]

    def full(self, line, record):
        calls[0] += 1
        if calls[0] > 3:
            raise OSError(28, "No space left on device")
        real(self, line, record)

    monkeypatch.setattr(output.Writer, "write", full)
    code, said = batch(src, "cut.csv", monkeypatch)
    assert code == 1 and "internal error" not in said
    assert "cut.csv: cannot write (No space left on device); 3 rows are safely written" in said and "--resume" in said
    monkeypatch.setattr(output.Writer, "write", real)
    assert batch(src, "cut.csv", monkeypatch, "--resume")[0] == 0
    assert (tmp_path / "cut.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_the_summary_lists_what_it_counts():
    import datetime as dt

    from screening.batch import summary
    from screening.law.load import load_library

    day = dt.date(2026, 11, 20)
    recs = [{"row": i, "reference": f"S-{i}", "overall": "needs_more_information",
             "deadlines": [{"due": (day + dt.timedelta(days=i % 10)).isoformat(), "status": "open"}]}
            for i in range(1, 26)]
    recs += [{"row": 30 + i, "reference": f"P-{i}", "overall": "needs_more_information",
              "deadlines": [{"due": "2026-10-01", "status": "passed"}]} for i in range(3)]
    recs += [{"row": 40 + i, "reference": None, "overall": "refused", "error": f"reg.csv:{41 + i}: bad"}
             for i in range(22)]
    t = summary.tally(recs, day)
    assert len(t["due"]) == 25 and len(t["passed"]) == 3 and len(t["refused"]) == t["refused_count"] == 22
    lib = load_library()
    said = "\n".join(summary.lines(t, summary.words(lib, "MX", day, "en")))
    assert "deadlines due in the next 14 days: 25" in said and "… and 5 more" in said
    assert "deadlines passed without an application: 3" in said and "P-2" in said
    assert "rows refused (bad input): 22" in said and "reg.csv:41: bad" in said and "… and 2 more" in said
    from screening.report.render import make_env

    page = make_env("html").get_template("batch/summary.html.j2").render(
        t=t, w=summary.words(lib, "MX", day, "es"), country="MX", as_of=day.isoformat(), source="reg.csv")
    assert all(f"S-{i}<" in page for i in range(1, 26)) and "reg.csv:62: bad" in page
    assert "Plazos vencidos sin solicitud (3)" in page and "Filas rechazadas (datos no válidos) (22)" in page
    assert page.count("<svg") == 5  # overall, and one chart per kind of protection


@pytest.mark.parametrize("value", ["0x1"])
def test_a_hex_number_is_not_yes_in_a_case_file(tmp_path, monkeypatch, value):
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.yaml").write_text(f"facts:\n  fears_return: {value}\n", encoding="utf-8")
    code, said = run("batch", str(folder), "-c", "MX", "-o", "out.csv", "--as-of", AS_OF, cwd=tmp_path,
                     monkeypatch=monkeypatch)
    assert code == 1 and "a.yaml:2: fact 'fears_return': expected yes or no" in said


def _children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                stat = (p / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(p.name))
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table in /proc")
def test_workers_end_with_their_parent(tmp_path):
    """--jobs 2, the parent killed (kill -9): no worker is left holding rows."""
    import os
    import signal
    import subprocess
    import sys
    import time

    src = write_csv(tmp_path / "reg.csv", [HEAD] + [[f"K-{i}", "VE", "yes", "yes", ""] for i in range(20_000)])
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(tmp_path)}
    p = subprocess.Popen([sys.executable, "-m", "screening.cli", "batch", str(src), "-c", "MX", "-o",
                          str(tmp_path / "out.csv"), "--jobs", "2"], env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(_children(p.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = _children(p.pid)
        assert len(workers) >= 2
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.2)
        alive = [w for w in workers if Path(f"/proc/{w}").exists()
                 and (Path(f"/proc/{w}") / "stat").read_text().split(") ", 1)[1][0] != "Z"]
        for w in alive:  # the test's own orphans, if the fix fails
            os.kill(w, signal.SIGKILL)
        assert alive == []
    finally:
        if p.poll() is None:
            p.kill()


BAD_INPUTS = {  # name: (file name, bytes)
    "random bytes as csv": ("a.csv", bytes(range(256)) * 3),
    "header only": ("a.csv", b"reference,fears_return\n"),
    "empty": ("a.csv", b""),
    "bom only": ("a.csv", b"\xef\xbb\xbf"),
    "header of one unknown column": ("a.csv", b"who\nx\n"),
    "unclosed quote": ("a.csv", b'reference,fears_return\n"R-1,yes\nR-2,no\n'),
    "nul and escapes": ("a.csv", b"reference,fears_return\nR\x00-1,y\x1bes\n"),
    "more cells than the header": ("a.csv", b"reference,fears_return\nR-1,yes,extra\n"),
    "a value with no column": ("a.csv", b"reference,,fears_return\nR-1,x,yes\n"),
    "a latin-1 header": ("a.csv", "referência,fears_return\nR-1,yes\n".encode("latin-1")),
    "jsonl of scalars": ("a.jsonl", b'1\n"s"\nnull\n[]\ntrue\n'),
    "jsonl facts not a mapping": ("a.jsonl", b'{"facts": "x"}\n{"facts": []}\n{"reference": {"a": 1}, "facts": {}}\n'),
    "jsonl wrong language": ("a.jsonl", b'{"language": "xx", "facts": {}}\n'),
    "jsonl nan and huge numbers": ("a.jsonl",
                                   b'{"facts": {"fears_return": NaN}}\n{"facts": {"fears_return": 1e999}}\n'),
    "jsonl lone surrogate": ("a.jsonl", b'{"reference": "\\ud800", "facts": {"fears_return": "yes"}}\n'),
    "xlsx that is not a zip": ("a.xlsx", b"not a workbook"),
    "xlsx zip without a workbook": ("a.xlsx", b"PK\x05\x06" + b"\x00" * 18),
    "a folder with a broken case file": ("cases", None),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_a_corpus_of_bad_inputs_gives_no_internal_error(tmp_path, monkeypatch, name):
    file, data = BAD_INPUTS[name]
    src = tmp_path / file
    if data is None:
        src.mkdir()
        (src / "a.yaml").write_text("facts: [\n", encoding="utf-8")
        (src / "b.yaml").write_text("facts:\n  a: 1\n  a: 2\n", encoding="utf-8")
        (src / "c.yaml").write_text("[" * 5000, encoding="utf-8")
        (src / "d.yaml").write_text("facts:\n  fears_return: yes\n", encoding="utf-8")
    else:
        src.write_bytes(data)
    for out in ("out.csv", "out.jsonl", "out.xlsx"):
        code, said = batch(src, out, monkeypatch, "--lang", "es")
        assert code in (0, 1), said
        assert "internal error" not in said and "Traceback" not in said
        if data is None:
            rows = results(tmp_path / out) if out == "out.csv" else None
            assert rows is None or [r[2] == "refused" for r in rows[1:]] == [True, True, True, False]


def test_an_input_that_fails_part_way_stops_cleanly_with_the_command_to_resume(tmp_path, monkeypatch):
    """A registry on a disk or share that fails mid-read: exit 1, the rows written kept, --resume finishes."""
    from screening.batch import tables

    rows = [HEAD] + [[f"I-{i}", "VE", "yes", "yes", ""] for i in range(5)]
    src = write_csv(tmp_path / "reg.csv", rows)
    assert batch(src, "whole.csv", monkeypatch)[0] == 0
    real = tables.csv_lines

    def failing(path, reading):
        for i, item in enumerate(real(path, reading)):
            if i == 3:
                raise tables.InputError.of("batch_unreadable", path, i + 1, what="Input/output error")
            yield item

    monkeypatch.setattr(tables, "csv_lines", failing)
    monkeypatch.setattr("screening.batch.inputs.csv_lines", failing)
    code, said = batch(src, "cut.csv", monkeypatch)
    assert code == 1 and "internal error" not in said
    assert "reg.csv:4: cannot be read (Input/output error); 2 rows are safely written" in said and "--resume" in said
    monkeypatch.setattr("screening.batch.inputs.csv_lines", real)
    assert batch(src, "cut.csv", monkeypatch, "--resume")[0] == 0
    assert (tmp_path / "cut.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
