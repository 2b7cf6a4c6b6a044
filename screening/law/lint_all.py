"""`screening rules lint`: every finding on the files `rules validate` would check, the structural
problems (SCR100) first, then each lint (lint.py)."""

from __future__ import annotations

from pathlib import Path

from screening.base.errors import InputError, InputErrors, Problem
from screening.law.checks import check
from screening.law.library import Library
from screening.law.lint import (
    Finding,
    lint_citations,
    lint_dates,
    lint_titles,
    lint_unused_facts,
    lint_unused_params,
    sort,
)
from screening.law.load import load_files
from screening.law.validate import plan


def lint(lib: Library) -> list[Finding]:
    """Every finding on a loaded library: what `rules validate` refuses (SCR100), then each lint."""
    dates = lint_dates(lib)
    dated = {str(f) for f in dates}
    out: list[Finding] = []
    for p in check(lib):
        if isinstance(p, Finding):
            out.append(p)
        elif not p.lint and str(p) not in dated:  # a gap or overlap is SCR205, said once
            out.append(_invalid(p))
    if not any(f.code in ("SCR100", "SCR201") for f in out):  # a fact a broken rule leaves unused is no news
        out += lint_unused_facts(lib)
    out += lint_unused_params(lib) + lint_titles(lib) + lint_citations(lib) + dates
    return sort(out)


def _invalid(p: Problem | Exception) -> Finding:

    return Finding.of("SCR100", p, "rules.lint.fix.invalid")


def lint_paths(args: list[Path]) -> list[Finding]:
    """`screening rules lint [PATH...]`: the files `rules validate` would check (validate.plan), linted."""
    files = plan(args)  # a file not found: one error, as for `rules validate`
    try:
        lib = load_files(*files, checked=False)
    except InputErrors as e:
        return sort([_invalid(x) for x in e.errors])
    except InputError as e:
        return [_invalid(e)]
    return lint(lib)
