"""From a validated case to an explained assessment: compile (cached), evaluate, explain
(explain.py). Also reads and validates case files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screening.assess import case_errors
from screening.base import yamlio
from screening.base.errors import InputError
from screening.base.langs import LANGS
from screening.engine.compiler import Program, compile_jurisdiction
from screening.engine.evaluation import Evaluation, Evaluator, case_fields
from screening.engine.evaluators import new_evaluator
from screening.explain.explainer import Explainer
from screening.law.jurisdiction import Jurisdiction
from screening.law.library import Library
from screening.law.load import load_library
from screening.models.assessment import Assessment
from screening.models.case import Case, case_from_validated, case_model

__all__ = ["Explainer", "Screener", "case_of", "load_case", "read_case"]


class Screener:
    """Holds the loaded library and one compiled evaluator per country; assesses any number of cases.

    Close it (or use `with Screener() as s:`) to free the engines' C memory at once; a closed
    Screener still works, compiling again what it is next asked for. `engine` names an evaluator
    (evaluators.CHOICES); by default the one evaluators.chosen() picks."""

    def __init__(self, lib: Library | None = None, engine: str | None = None):
        self.lib = lib or load_library()
        self.engine = engine
        self._compiled: dict[tuple[str, tuple], tuple[Jurisdiction, Program, Evaluator]] = {}

    def compiled(self, country: str, as_of: dt.date | None = None,
                 compare_with: tuple[str, ...] = ()) -> tuple[Jurisdiction, Program, Evaluator]:
        """The law of `country` in force on `as_of`, compiled once per set of dated versions."""
        jur = self.lib.jurisdiction(country, as_of, compare_with)
        key = (jur.code, jur.signature)
        if key not in self._compiled:
            program = compile_jurisdiction(self.lib, jur)
            self._compiled[key] = (jur, program, new_evaluator(program, self.engine))
        _, program, engine = self._compiled[key]
        return jur, program, engine

    def close(self) -> None:
        compiled, self._compiled = self._compiled, {}
        for _, _, engine in compiled.values():
            engine.close()

    def __enter__(self) -> Screener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def evaluate(self, case: Case, country: str, as_of: dt.date,
                 compare_with: tuple[str, ...] = ()) -> tuple[Jurisdiction, Program, Evaluation]:
        jur, program, engine = self.compiled(country, as_of, compare_with)
        return jur, program, engine.evaluate(case_fields(program, case, as_of))

    def assess(self, case: Case, country: str, as_of: dt.date | None = None, lang: str = "en",
               compare_with: tuple[str, ...] = ()) -> Assessment:
        as_of = as_of or dt.date.today()
        jur, program, ev = self.evaluate(case, country, as_of, compare_with)
        return Explainer(self.lib, jur, program, ev, case, lang).assessment(as_of)


def load_case(path: str | Path, lib: Library) -> Case:
    """Read and validate a case file (YAML or JSON; "-" is standard input) against the catalogue;
    errors name file:line."""
    return read_case(path, lib)[0]


def read_case(path: str | Path, lib: Library, heard: Callable[[str], None] | None = None) -> tuple[Case, Any]:
    """`load_case`, also returning the parsed file (which remembers lines, and holds a session's
    bookkeeping such as `session: country:`). `heard` is told the file's own `language` before the
    file is checked, so a mistake in it is said in that language."""
    raw = yamlio.load(path)
    if heard is not None and isinstance(raw, dict) and raw.get("language") in LANGS:
        heard(str(raw["language"]))
    path = Path(yamlio.STDIN if yamlio.is_stdin(path) else path)
    return case_of(raw, path, lib), raw


def case_of(raw: Any, path: Path, lib: Library) -> Case:
    """A parsed case (a case file's mapping, or a batch row's) read and checked against the catalogue:
    the one judgement `assess` and `batch` share. A blank answer ("", as spreadsheets and database
    exports write an empty cell) is a question not asked, never "none of these"."""
    from pydantic import ValidationError


    if raw is None or (isinstance(raw, (dict, list, str)) and not raw):
        raise InputError.of("case_empty", path, 1)
    if not isinstance(raw, dict):
        raise InputError.of("case_not_mapping", path, yamlio.line_of(raw))
    if "facts" not in raw:
        raise InputError.of("case_no_facts", path, 1)
    if raw.get("facts") is None:
        raise InputError.of("case_facts_empty", path, yamlio.line_of(raw, ("facts",)))
    plain = yamlio.plain(raw)
    if isinstance(plain.get("facts"), dict):
        plain["facts"] = {k: v for k, v in plain["facts"].items() if not (isinstance(v, str) and not v.strip())}
    try:
        # the file's language decides how it writes a date (day first in Spanish and Portuguese)
        lang = plain.get("language") if isinstance(plain.get("language"), str) else None
        model = case_model(lib.catalogue).model_validate(plain, context={"lang": lang})
    except ValidationError as e:
        raise _case_error(e, path, raw, lib) from None
    return case_from_validated(model)


def _case_error(e, path: Path, raw: Any, lib: Library) -> InputError:
    import difflib

    first = e.errors(include_url=False)[0]
    loc = tuple(first["loc"])
    if first["type"] == "extra_forbidden" and len(loc) == 2 and loc[0] == "facts":
        name = str(loc[1])
        close = difflib.get_close_matches(name, list(lib.facts), n=1)
        if close:
            return InputError.of("unknown_fact_close", path, yamlio.line_of(raw, loc), name=name, close=close[0])
        return InputError.of("unknown_fact", path, yamlio.line_of(raw, loc), name=name)
    if len(loc) >= 2 and loc[0] == "facts" and loc[1] in lib.facts:
        fact = lib.facts[loc[1]]
        value = raw["facts"].get(loc[1]) if isinstance(raw.get("facts"), dict) else None
        if first["type"] == "value_error" and "goes alone" in str(first.get("msg", "")):
            return InputError.of("none_alone", path, yamlio.line_of(raw, loc[:2]), fact=loc[1],
                                 value=repr(yamlio.plain(value)))
        return InputError.of("fact_value", path, yamlio.line_of(raw, loc[:2]), fact=loc[1],
                             expected=(f"expected.{fact.type}", {"choices": ", ".join(fact.choice_ids())}),
                             value=repr(yamlio.plain(value)))
    return case_errors.keyed(e, path, raw)
