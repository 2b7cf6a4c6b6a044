"""Workbooks a clinic opens: the results as .xlsx (every value written as text, so nothing a row holds
is ever run as a formula), and an empty registry template with the headers in the clinic's language, a
sheet of the answers each column takes, and drop-down lists from it."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from screening.base import messages
from screening.base.safe_text import visible
from screening.batch import names
from screening.batch.output import unsafe


def _text_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=visible("" if value is None else value, limit=None))
    cell.data_type = "s"  # text, whatever it starts with: openpyxl would take "=..." as a formula
    return cell


def results_to_xlsx(work: Path, out: Path) -> None:
    """The CSV work file of a run as the workbook the user asked for (owner-only), then the work file goes."""
    from openpyxl import Workbook


    book = Workbook(write_only=True)
    sheet = book.create_sheet("results")
    with work.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            sheet.append([_text_cell(sheet, unsafe(c)) for c in row])
    tmp = out.with_name(f".{out.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        book.save(f)
    os.replace(tmp, out)
    work.unlink()


def _answers(fact: Any, lang: str) -> list[str]:
    if fact.type == "boolean":
        return [messages.t(k, lang) for k in ("batch.template.yes", "batch.template.no", "batch.template.unknown",
                                               "batch.template.declined")]
    if fact.choices:
        return [getattr(c.label, lang) for c in fact.choices]
    return []


def template(lib: Any, out: Path, lang: str) -> None:
    """An empty registry: a header row naming every fact in `lang`, a choices sheet, drop-down lists."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = messages.t("batch.template.sheet", lang)[:31]
    choices = book.create_sheet(messages.t("batch.template.choices", lang)[:31])
    heads = [names.META["reference"][{"en": 0, "es": 1, "pt": 2}[lang]]]
    facts = list(lib.catalogue.facts)
    heads += [names.header_of(f, lang) for f in facts]
    sheet.append(heads)
    for i, fact in enumerate(facts, 2):
        letter = get_column_letter(i)
        head = sheet.cell(row=1, column=i)
        head.comment = Comment(f"{fact.id} ({messages.t('batch.template.kind.' + fact.type, lang)})", "screening")
        head.font, head.alignment = Font(bold=True), Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = 28
        words = _answers(fact, lang)
        if not words:
            continue
        choices.cell(row=1, column=i, value=heads[i - 1])
        for j, w in enumerate(words, 2):
            choices.cell(row=j, column=i, value=w).data_type = "s"
        source = f"{quote_sheetname(choices.title)}!${letter}$2:${letter}${len(words) + 1}"
        # a set takes several choices (separated by ;), which a list cannot hold: offered, not enforced
        check = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=fact.type != "set")
        check.add(f"{letter}2:{letter}1000")
        sheet.add_data_validation(check)
    sheet.cell(row=1, column=1).font = Font(bold=True)
    sheet.freeze_panes = "B2"
    tmp = out.with_name(f".{out.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        book.save(f)
    os.replace(tmp, out)
