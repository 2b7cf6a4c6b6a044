"""`screening rules validate`: which files to check, and every problem found in them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from screening.base import messages, paths, yamlio
from screening.base.errors import InputError
from screening.base.limits import RULES
from screening.law.load import CATALOGUE_FILE, all_problems


def _kind(path: Path) -> str:
    """Tell a country file from a rule file or the catalogue by its top-level keys."""

    raw = yamlio.load(path, limits=RULES)
    if isinstance(raw, dict):
        if "country" in raw:
            return "country"
        if "facts" in raw and "elements" in raw:
            return "catalogue"
    return "rules"


def plan(args: list[Path]) -> tuple[Path, list[Path], list[Path]]:
    """The shipped files, with the given ones added or put in place of those of the same name."""
    rules_dir, countries_dir = paths.rules_dir(), paths.countries_dir()
    for a in args:
        if a.is_dir():
            if (a / "rules").is_dir():
                rules_dir = a / "rules"
            if (a / "countries").is_dir():
                countries_dir = a / "countries"
            if not (a / "rules").is_dir() and not (a / "countries").is_dir():
                raise InputError.of("rules.folder_to_validate", a)
    catalogue = rules_dir / CATALOGUE_FILE
    rules = {p.name: p for p in sorted(rules_dir.glob("*.yaml")) if p.name != CATALOGUE_FILE}
    countries = {p.name: p for p in sorted(countries_dir.glob("*.yaml"))}
    for a in args:
        if a.is_dir():
            continue
        if not a.exists():
            raise InputError.of("file_not_found", a)
        kind = _kind(a)
        if kind == "catalogue":
            catalogue = a
        elif kind == "country":
            countries = {n: p for n, p in countries.items() if n != a.name}
            countries[a.name] = a
        else:
            rules[a.name] = a
    return catalogue, list(rules.values()), list(countries.values())


Files = tuple[Path, list[Path], list[Path]]


def validate(args: list[Path], lang: str = "en",
             scenarios: Callable[[Files], int | list[InputError]] | None = None) -> tuple[list[InputError], str]:
    """Every problem in the files `args` name (with the shipped ones), and the summary to print when
    there is none, in `lang`. `scenarios` checks the training scenarios against these files (the
    training package's `check_scenarios`, given by the command: it runs the engine, a stage above this
    one); it returns the number checked, or their problems."""
    try:
        files = plan(args)
    except InputError as e:
        return [e], ""
    problems: list[InputError] = list(all_problems(files=files))
    for key, langs in messages.missing_translations():
        problems.append(InputError.of("rules.message_untranslated", "screening/messages/*.yaml", name=key,
                                      langs=", ".join(langs)))
    catalogue, rules, countries = files
    checked = scenarios(files) if scenarios is not None and not problems else 0
    if isinstance(checked, list):
        problems += checked
        checked = 0
    summary = messages.t("rules.validated", lang).format(rules=1 + len(rules), countries=len(countries),
                                                          scenarios=checked)
    return problems, summary
