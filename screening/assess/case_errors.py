"""A case file's mistakes outside its facts (language, reference, an unknown key...) said in the reader's
language: pydantic's English ("Value error, ...", "Input should be ...") is kept only for English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.base.errors import InputError

# pydantic's kind of error -> the error.case.* message that says it
_KINDS = {"missing": "missing", "extra_forbidden": "unknown_field", "literal_error": "one_of", "enum": "one_of",
          "string_type": "text", "dict_type": "mapping", "model_type": "mapping", "model_attributes_type": "mapping",
          "list_type": "list"}


def keyed(e: Any, path: str | Path, raw: Any) -> InputError:
    """The first problem pydantic found, with file and line, worded from the catalogue."""
    first = e.errors(include_url=False)[0]
    loc = yamlio.clean_loc(raw, tuple(x for x in first["loc"] if not str(x).startswith("function-")))
    kind = _KINDS.get(first["type"], "invalid")
    where = ".".join(str(x) for x in (loc[:-1] if kind in ("missing", "unknown_field") else loc))
    field = str(loc[-1]) if loc else ""
    detail = str(first.get("msg", ""))
    if detail.startswith("Value error, "):
        detail = detail[len("Value error, "):]
    ctx = first.get("ctx") or {}
    return InputError.of(f"case.{kind}", path, yamlio.line_of(raw, loc), where=where or ("case.top_level", {}),
                         field=field, detail=detail, choices=_choices(str(ctx.get("expected", ""))))


def _choices(expected: str) -> str:
    """pydantic's "'en', 'es' or 'pt'" without its English "or"."""
    return ", ".join(re.findall(r"'([^']*)'", expected)) or expected
