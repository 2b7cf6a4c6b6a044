"""Load the fact catalogue, rule files and country files, and check every reference.

Every problem is an InputError with file and line. `check()` collects them all for
`screening rules validate`; loading for an assessment stops at the first structural error.
A checked library is kept in the user's cache (base/cache.py) or comes from the wheel (base/prebuilt.py).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from screening.base import cache, paths, prebuilt, yamlio
from screening.base.errors import InputError, InputErrors
from screening.base.limits import RULES, Refused
from screening.law.checks import check
from screening.law.condition_limits import check_conditions
from screening.law.library import Library
from screening.models.catalogue import Catalogue
from screening.models.country import CountryFile
from screening.models.origins import OriginFile
from screening.models.rules import RuleFile

CATALOGUE_FILE = "facts.yaml"
ORIGINS_DIR = "origins"

M = TypeVar("M", bound=BaseModel)


def _validate(model: type[M], raw: Any, path: Path, what: str) -> M:
    """`raw` as a `model`; `what` the kind of file (a `rules.kind.*` key: rules, country...)."""
    kind: tuple[str, dict] = (f"rules.kind.{what}", {})
    if raw is None:
        raise InputError.of("rules.empty_file", path, 1, what=kind)
    if not isinstance(raw, dict):
        raise InputError.of("rules.not_mapping", path, yamlio.line_of(raw), what=kind)
    try:
        check_conditions(raw)  # before validation, which recurses into every condition
    except Refused as e:
        raise InputError.of(e.key, path, e.line, **e.params) from None
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        raise _schema_error(e, path, raw) from None


# how yamlio.pydantic_error words a field missing or unknown: (rules.schema.* key, the message it gives)
_SCHEMA_WORDS = {"missing": ("missing", r"(?P<where>.*): missing required field '(?P<field>.*)'"),
                 "extra_forbidden": ("unknown_field", r"(?P<where>.*): unknown field '(?P<field>.*)'")}


def _schema_error(e: ValidationError, path: Path, raw: Any) -> InputError:
    """yamlio's English errors (file, line, field), keyed for the CLI's language where the kind of error
    is known: a field missing, unknown, or a list too short (a criterion without a citation). Pydantic's
    other details are quoted in English, after the field's path."""
    err = yamlio.pydantic_error(e, path, raw)
    errors = err.errors if isinstance(err, InputErrors) else [err]
    details = e.errors(include_url=False)
    if len(details) != len(errors):
        return err
    for one, d in zip(errors, details, strict=True):
        key, pattern = _SCHEMA_WORDS.get(d["type"], ("other", r"(?P<where>.*): " + re.escape(d["msg"])))
        m = re.fullmatch(pattern, one.message, re.S)
        if m is None:
            continue  # cut or otherwise changed: stays in English
        params: dict[str, Any] = m.groupdict()
        if key == "other":
            params["detail"] = d["msg"]
            ctx = d.get("ctx") or {}
            if d["type"] == "too_short" and ctx.get("field_type") == "List" and "actual_length" in ctx:
                key, params["min"], params["actual"] = "too_short", ctx["min_length"], ctx["actual_length"]
        if params["where"] == "(top level)":
            params["where"] = ("rules.schema.top_level", {})
        keyed = InputError.of(f"rules.schema.{key}", one.path, one.line, **params)
        one.key, one.params = keyed.key, keyed.params
    return err


def display_path(path: Path) -> str:
    """Paths as a user would type them: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, RuntimeError, OSError):  # outside the folder, or a symlink loop (the loader says so)
        return str(path)


def load_library(rules: Path | None = None, countries: Path | None = None, extra: Iterable[Path] = (),
                 checked: bool = True) -> Library:
    """Load the rule and country folders (the shipped ones by default); raise the first structural error."""
    return load_files(*library_paths(rules, countries, extra), checked=checked)


def library_paths(rules: Path | None, countries: Path | None,
                   extra: Iterable[Path] = ()) -> tuple[Path, list[Path], list[Path]]:
    """(the catalogue, the rule files, the country files) of the given folders (the shipped ones by default)."""
    rules = Path(rules) if rules else paths.rules_dir()
    countries = Path(countries) if countries else paths.countries_dir()
    rule_paths = [p for p in sorted(rules.glob("*.yaml")) if p.name != CATALOGUE_FILE]
    country_paths = sorted(countries.glob("*.yaml")) + [Path(x) for x in extra]
    return rules / CATALOGUE_FILE, rule_paths, country_paths


def load_files(catalogue_path: Path, rule_paths: list[Path], country_paths: list[Path],
               checked: bool = True) -> Library:
    origins = origin_paths(catalogue_path)
    for p in [catalogue_path, *rule_paths, *country_paths, *origins]:
        # a folder or a pipe named x.yaml, or a huge file: refused before the cache reads it
        yamlio.check_readable(p, RULES, regular_only=True)
    if checked:
        every = [catalogue_path, *rule_paths, *country_paths, *origins]
        labels = [display_path(p) for p in every]
        key = cache.key_for(every, labels)
        hit = cache.get("library", key, shape=_is_library)
        if isinstance(hit, Library):
            return hit
        shipped = _shipped(catalogue_path.parent.parent, every, labels)
        if shipped is not None:
            return shipped
    lib = _load_files(catalogue_path, rule_paths, country_paths, checked)
    if checked:
        cache.put("library", key, lib)
    return lib


def _is_library(value: object) -> bool:
    return isinstance(value, Library) and isinstance(value.version, str)


def _shipped(root: Path, every: list[Path], labels: list[str]) -> Library | None:
    """The wheel's prebuilt library if it was made from exactly these files (under `root`), its files
    named by `labels` (as the caller names them); else None."""

    if not prebuilt.available():
        return None
    hit = prebuilt.get("library", prebuilt.files_key("library", root, every))
    if not _is_library(hit):
        return None
    return hit.relabelled({prebuilt.relative(p, root): label for p, label in zip(every, labels, strict=True)})


def origin_paths(catalogue_path: Path) -> list[Path]:
    """Country-of-origin guidance lives beside the rules, in rules/origins/."""
    return sorted((catalogue_path.parent / ORIGINS_DIR).glob("*.yaml"))


def _load_files(catalogue_path: Path, rule_paths: list[Path], country_paths: list[Path], checked: bool) -> Library:
    digest = hashlib.sha256()
    cat_text = _read(catalogue_path)
    digest.update(cat_text.encode())
    catalogue = _validate(Catalogue, yamlio.load(catalogue_path, text=cat_text, limits=RULES), catalogue_path,
                          "catalogue")

    rule_files: dict[str, RuleFile] = {}
    for p in rule_paths:
        text = _read(p)
        digest.update(p.name.encode() + b"\0" + text.encode())
        rule_files[display_path(p)] = _validate(RuleFile, yamlio.load(p, text=text, limits=RULES), p, "rules")

    country_files: dict[str, tuple[str, CountryFile]] = {}
    for p in country_paths:
        text = _read(p)
        digest.update(p.name.encode() + b"\0" + text.encode())
        cf = _validate(CountryFile, yamlio.load(p, text=text, limits=RULES), p, "country")
        if cf.country in country_files:
            raise InputError.of("rules.country_twice", p, cf.line, code=cf.country, other=country_files[cf.country][0])
        country_files[cf.country] = (display_path(p), cf)

    origins: dict[str, tuple[str, OriginFile]] = {}
    for p in origin_paths(catalogue_path):
        text = _read(p)
        digest.update(b"origins/" + p.name.encode() + b"\0" + text.encode())
        of = _validate(OriginFile, yamlio.load(p, text=text, limits=RULES), p, "origins")
        if of.country in origins:
            raise InputError.of("rules.origin_twice", p, of.line, code=of.country, other=origins[of.country][0])
        origins[of.country] = (display_path(p), of)

    lib = Library(catalogue, display_path(catalogue_path), rule_files, country_files,
                  "sha256:" + digest.hexdigest()[:16], origins=origins)
    errors = [e for e in check(lib) if not e.lint] if checked else []
    if errors:
        raise errors[0]
    return lib


def _read(path: Path) -> str:
    """A rule, country or guidance file's text; a folder, a file too large or not UTF-8 is one error."""
    return yamlio.read_text(path, RULES)



def all_problems(rules: Path | None = None, countries: Path | None = None, extra: Iterable[Path] = (),
                 files: tuple[Path, list[Path], list[Path]] | None = None) -> list[InputError]:
    """For `rules validate`: a parse error stops at that file; otherwise every check's findings."""
    try:
        lib = load_files(*files, checked=False) if files else load_library(rules, countries, extra, checked=False)
    except InputErrors as e:
        return list(e.errors)
    except InputError as e:
        return [e]
    return list(check(lib))
