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


def validate(args: list[Path], lang: str = "en") -> tuple[list[InputError], str]:
    """Every problem in the files `args` name (with the shipped ones), and the summary to print when
    there is none, in `lang`."""
    try:
        files = plan(args)
    except InputError as e:
        return [e], ""
    problems: list[InputError] = list(all_problems(files=files))
    for key, langs in messages.missing_translations():
        problems.append(InputError.of("rules.message_untranslated", "screening/messages*.yaml", name=key,
                                      langs=", ".join(langs)))
    catalogue, rules, countries = files
    scenarios = _scenarios(files) if not problems else 0
    if isinstance(scenarios, list):
        problems += scenarios
        scenarios = 0
    summary = messages.t("rules.validated", lang).format(rules=1 + len(rules), countries=len(countries),
                                                          scenarios=scenarios)
    return problems, summary


def _scenarios(files: tuple[Path, list[Path], list[Path]]) -> int | list[InputError]:
    """Training scenarios (training/ and $SCREENING_TRAINING) against the catalogue being validated:
    every hidden fact known, every value valid, every answer in the three languages."""
    from .library import load_files
    from .training.scenario import load_scenario, scenario_dirs

    catalogue, rules, countries = files
    lib = load_files(catalogue, rules, countries, checked=False)
    errors: list[InputError] = []
    n = 0
    from . import yamlio
    from .assess import Screener
    from .training.checks import problems

    with Screener(lib) as screener:
        for d in scenario_dirs():
            for p in sorted(d.glob("*.yaml")):
                if p.name == "weights.yaml":
                    continue
                try:
                    sc = load_scenario(p, lib)
                except InputError as e:
                    errors.append(e)
                    continue
                found = problems(sc, yamlio.load(p), p, screener)
                errors += found
                n += not found
    return errors or n
