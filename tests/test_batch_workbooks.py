"""`screening batch` with workbooks (issue 26): an .xlsx registry and the same rows as a `;`-separated
CSV with Excel's BOM give identical results; headers in the reports' own words (es, pt), choices by
their labels, dates as date cells or day first; the .xlsx output holds text only; the template a clerk
fills has the headers, a choices sheet and drop-down lists, and is read back as it was written."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from screening.batch import names
from screening.cli import app
from screening.law.load import load_library

AS_OF = "2026-11-20"
COLUMNS = {  # fact: answers (ids), as the generated registry draws them
    "country_of_nationality": ["VE", "HN", "SV", "", "unknown"],
    "outside_country_of_nationality": ["yes", "no", "unknown"],
    "has_other_nationality": ["yes", "no", ""],
    "fears_return": ["yes", "no", "declined"],
    "harm_feared": [["physical_violence"], ["physical_violence", "threats_to_life_or_freedom"], []],
    "country_situations": [["generalized_violence"], ["massive_human_rights_violation", "public_order_disturbance"],
                           []],
    "date_of_entry": [dt.date(2026, 10, 1), dt.date(2026, 3, 4), dt.date(2025, 1, 20), None],
    "asylum_application_filed": ["yes", "no"],
}
WORDS = {"es": {"yes": "sí", "no": "no", "unknown": "no sé", "declined": "prefiero no decir"},
         "pt": {"yes": "sim", "no": "não", "unknown": "não sei", "declined": "prefiro não dizer"}}


def draw(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [{"reference": f"W-{i}", **{k: rng.choice(v) for k, v in COLUMNS.items()}} for i in range(n)]


def rendered(lib, fact_id: str, value, lang: str, as_cell: bool):
    """An answer as a clerk writes it in `lang`: yes/no words, choice labels, a date cell or DD/MM/YYYY."""
    if value in (None, "", []):
        return None if as_cell else ""
    if isinstance(value, dt.date):
        return value if as_cell else value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        labels = {c.id: getattr(c.label, lang) for c in lib.facts[fact_id].choices}
        return ";".join(labels[v] for v in value)
    return WORDS[lang].get(value, value)


def headers(lib, lang: str) -> list[str]:
    return [names.META["reference"][{"es": 1, "pt": 2}[lang]]] + [names.header_of(lib.facts[f], lang)
                                                                  for f in COLUMNS]


def write_csv(path: Path, rows: list[dict], lib, lang: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(headers(lib, lang))
        for r in rows:
            w.writerow([r["reference"]] + [rendered(lib, k, r[k], lang, False) for k in COLUMNS])


def write_xlsx(path: Path, rows: list[dict], lib, lang: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers(lib, lang))
    for r in rows:
        sheet.append([r["reference"]] + [rendered(lib, k, r[k], lang, True) for k in COLUMNS])
    book.save(path)


def batch(tmp: Path, monkeypatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp)
    r = CliRunner().invoke(app, ["batch", *args], catch_exceptions=False)
    return r.exit_code, r.output


def test_an_xlsx_registry_and_the_same_rows_as_excels_csv_give_identical_results(tmp_path, monkeypatch):
    lib = load_library()
    rows = draw(120)
    write_csv(tmp_path / "registro.csv", rows, lib, "es")
    write_xlsx(tmp_path / "registro.xlsx", rows, lib, "pt")
    for src in ("registro.csv", "registro.xlsx"):
        code, said = batch(tmp_path, monkeypatch, src, "-c", "MX", "-o", f"{src}.out.csv", "--as-of", AS_OF,
                           "--lang", "es")
        assert code == 0, said
    a = (tmp_path / "registro.csv.out.csv").read_text(encoding="utf-8")
    assert a == (tmp_path / "registro.xlsx.out.csv").read_text(encoding="utf-8")
    assert a.count("\n") == 121 and "refused" not in a
    # a date read day first: 04/03/2026 is the 4th of March (its deadline is due from then, not from April 3)
    code, said = batch(tmp_path, monkeypatch, "registro.csv", "-c", "MX", "-o", "mdy.out.csv", "--as-of", AS_OF,
                       "--lang", "es", "--dates", "mdy")
    assert (tmp_path / "mdy.out.csv").read_text(encoding="utf-8") != a


def test_slashed_dates_need_es_pt_or_an_explicit_order(tmp_path, monkeypatch):
    src = tmp_path / "r.csv"
    src.write_text("reference,date_of_entry\nD-1,04/03/2026\n", encoding="utf-8")
    code, said = batch(tmp_path, monkeypatch, "r.csv", "-c", "MX", "-o", "en.csv", "--as-of", AS_OF, "--lang", "en")
    assert code == 1 and "r.csv:2: fact 'date_of_entry'" in said  # in English, 04/03 is ambiguous: refused
    assert batch(tmp_path, monkeypatch, "r.csv", "-c", "MX", "-o", "us.csv", "--as-of", AS_OF, "--lang", "en",
                 "--dates", "mdy")[0] == 0


def test_the_xlsx_output_is_text_only_and_opens_back(tmp_path, monkeypatch):
    src = tmp_path / "r.csv"
    src.write_text('reference,fears_return\n"=HYPERLINK(""http://x"")",yes\n@SUM(1),no\n', encoding="utf-8")
    code, said = batch(tmp_path, monkeypatch, "r.csv", "-c", "MX", "-o", "out.xlsx", "--as-of", AS_OF)
    assert code == 0, said
    assert (tmp_path / "out.xlsx").stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob(".out.xlsx*"))  # the work file is gone
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert {c.data_type for c in cells} == {"s"}  # text, never a formula
    assert [r[1] for r in sheet.iter_rows(values_only=True)] == ["reference", '=HYPERLINK("http://x")', "@SUM(1)"]


def test_the_template_a_clerk_fills_is_read_back(tmp_path, monkeypatch):
    code, said = batch(tmp_path, monkeypatch, "--template", "registro.xlsx", "--lang", "es")
    assert code == 0, said
    book = openpyxl.load_workbook(tmp_path / "registro.xlsx")
    sheet, choices = book.worksheets
    assert (sheet.title, choices.title) == ("registro", "opciones")
    head = [c.value for c in sheet[1]]
    assert head[:2] == ["referencia", "Nacionalidad"] and len(head) == 1 + len(load_library().catalogue.facts)
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    column = head.index("Otra nacionalidad") + 1
    letter = openpyxl.utils.get_column_letter(column)
    assert lists[f"{letter}2"] == f"'opciones'!${letter}$2:${letter}$5"
    assert [choices.cell(row=i, column=column).value for i in range(2, 6)] == ["sí", "no", "no sé",
                                                                               "prefiero no decir"]
    # a clerk fills a row from the lists and the headers as written
    row = {h: None for h in head}
    row.update({"referencia": "T-1", "Nacionalidad": "VE", "Otra nacionalidad": "no",
                "Fecha de ingreso al país": "15/10/2026"})
    sheet.append([row[h] for h in head])
    book.save(tmp_path / "lleno.xlsx")
    code, said = batch(tmp_path, monkeypatch, "lleno.xlsx", "-c", "MX", "-o", "out.csv", "--as-of", AS_OF,
                       "--lang", "es")
    assert code == 0, said
    out = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [r["reference"] for r in out] == ["T-1"] and out[0]["overall"] != "refused"
    assert out[0]["deadlines"].split(":")[0] > "2026-10-15"  # the entry date was read, day first


def test_an_xlsx_output_stopped_by_a_full_disk_resumes_to_the_same_workbook(tmp_path, monkeypatch):
    from screening.batch import output

    src = tmp_path / "r.csv"
    src.write_text("reference,fears_return\n" + "".join(f"X-{i},yes\n" for i in range(6)), encoding="utf-8")
    assert batch(tmp_path, monkeypatch, "r.csv", "-c", "MX", "-o", "whole.xlsx", "--as-of", AS_OF)[0] == 0
    real, calls = output.Writer.write, [0]

    def full(self, line, record):
        calls[0] += 1
        if calls[0] > 2:
            raise OSError(28, "No space left on device")
        real(self, line, record)

    monkeypatch.setattr(output.Writer, "write", full)
    code, said = batch(tmp_path, monkeypatch, "r.csv", "-c", "MX", "-o", "cut.xlsx", "--as-of", AS_OF)
    assert code == 1 and "2 rows are safely written" in said and "--resume" in said
    assert not (tmp_path / "cut.xlsx").exists()
    monkeypatch.setattr(output.Writer, "write", real)
    code, said = batch(tmp_path, monkeypatch, "r.csv", "-c", "MX", "-o", "cut.xlsx", "--as-of", AS_OF, "--resume")
    assert code == 0, said

    def values(name: str) -> list[tuple]:
        return list(openpyxl.load_workbook(tmp_path / name).active.iter_rows(values_only=True))

    assert values("cut.xlsx") == values("whole.xlsx") and len(values("whole.xlsx")) == 7
