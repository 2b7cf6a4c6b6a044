"""`screening rules validate`: which files to check, and every problem found in them."""

from __future__ import annotations

from pathlib import Path

from . import messages, paths
from .errors import InputError
from .library import CATALOGUE_FILE, all_problems


def _kind(path: Path) -> str:
    """Tell a country file from a rule file or the catalogue by its top-level keys."""
    from . import yamlio
    from .limits import RULES

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
                raise InputError("a folder to validate must hold rules/ and/or countries/", a)
    catalogue = rules_dir / CATALOGUE_FILE
    rules = {p.name: p for p in sorted(rules_dir.glob("*.yaml")) if p.name != CATALOGUE_FILE}
    countries = {p.name: p for p in sorted(countries_dir.glob("*.yaml"))}
    for a in args:
        if a.is_dir():
            continue
        if not a.exists():
            raise InputError("file not found", a)
        kind = _kind(a)
        if kind == "catalogue":
            catalogue = a
        elif kind == "country":
            countries = {n: p for n, p in countries.items() if n != a.name}
            countries[a.name] = a
        else:
            rules[a.name] = a
    return catalogue, list(rules.values()), list(countries.values())


def validate(args: list[Path]) -> tuple[list[InputError], str]:
    try:
        files = plan(args)
    except InputError as e:
        return [e], ""
    problems: list[InputError] = list(all_problems(files=files))
    for key, langs in messages.missing_translations():
        problems.append(InputError(f"message '{key}': missing translation ({', '.join(langs)})",
                                   "screening/messages*.yaml"))
    catalogue, rules, countries = files
    summary = (f"ok: {1 + len(rules)} rule file(s) and {len(countries)} country file(s) checked "
               f"(schema, references, cycles, citations, translations)")
    return problems, summary
