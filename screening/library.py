"""Load the fact catalogue, rule files and country files; check every reference; resolve a country.

Data flows one way: files -> validated models (here) -> compiled rules (compiler) -> assessment.
Every problem is an InputError with file and line. `check()` collects them all for
`screening rules validate`; loading for an assessment stops at the first structural error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import paths, yamlio
from .condition_limits import check_conditions
from .errors import InputError, InputErrors
from .limits import RULES, Refused
from .models.base import LANGS, Citation, Text
from .models.catalogue import Catalogue, Fact
from .models.country import CountryFile
from .models.origins import OriginFile
from .models.rules import (
    Criterion,
    Definition,
    Flag,
    RuleFile,
)

CATALOGUE_FILE = "facts.yaml"
ORIGINS_DIR = "origins"

M = TypeVar("M", bound=BaseModel)

# Which comparisons make sense for which fact type (anything else is a rule-file error).
OPS_BY_TYPE = {
    "boolean": {"is", "known"},
    "choice": {"is", "in", "known"},
    "country": {"is", "in", "known"},
    "set": {"includes", "includes_any", "known"},
    "number": {"at_least", "at_most", "more_than", "less_than", "is", "known"},
    "date": {"before", "on_or_after", "known"},
}
LIST_OPS = {"in", "includes_any"}


@dataclass
class Source:
    path: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class Param:
    id: str
    value: Any
    cite: list[Citation]
    source: Source


@dataclass
class ResolvedDefinition:
    id: str
    kind: str
    title: Text
    cite: list[Citation]  # national citation first, then the base definition's
    elements: list[str]
    base: str | None
    note: Text | None
    source: Source
    valid_from: Any = None
    valid_to: Any = None
    indication: Any = None  # models.rules.Indication: every element is raised only on indication
    never: str | None = None  # a status the screening never concludes for it (reported undetermined)
    own_cites: int = 0  # how many of `cite` are the country's own (they come first)
    counts_in_overall: bool = False  # a statelessness determination that is protection here (see models.country)
    discretionary: bool = False  # a pathway the authority grants at its discretion (never concluded met)


@dataclass
class ResolvedFlag:
    id: str
    title: Text
    explanation: Text
    cite: list[Citation]
    when: Any
    note: Text | None
    source: Source
    kind: str = "screening"  # "referral": a specific need, reported apart and never part of the result
    category: str | None = None
    referral: Text | None = None
    safeguards: list = field(default_factory=list)  # list[Text]
    bars: Text | None = None  # a filing period the law makes a bar: what it bars once passed (else never a bar)


@dataclass
class Jurisdiction:
    code: str
    name: Text
    definitions: list[ResolvedDefinition]
    exclusions: list[ResolvedDefinition]
    flags: list[ResolvedFlag]
    criteria: dict[str, Criterion]
    criterion_sources: dict[str, Source]
    params: dict[str, Param]
    note: Text | None
    source: Source
    as_of: Any = None  # the date whose law this is
    authorities: list = field(default_factory=list)  # models.rules.Authority in force on as_of
    signature: tuple = ()  # the dated versions chosen (same signature: same compiled program)


@dataclass
class Library:
    catalogue: Catalogue
    catalogue_path: str
    rule_files: dict[str, RuleFile]  # path -> file
    countries: dict[str, tuple[str, CountryFile]]  # code -> (path, file)
    version: str
    facts: dict[str, Fact] = field(default_factory=dict)
    origins: dict[str, tuple[str, OriginFile]] = field(default_factory=dict)  # country of origin -> guidance

    def __post_init__(self):
        self.facts = self.catalogue.by_id()

    def relabelled(self, names: dict[str, str]) -> Library:
        """The same files under other names (a shipped entry names them relative to its data folder);
        what was resolved from the old names is left behind."""
        def n(label: str) -> str:
            return names.get(label, label)

        return Library(self.catalogue, n(self.catalogue_path), {n(p): rf for p, rf in self.rule_files.items()},
                       {c: (n(p), cf) for c, (p, cf) in self.countries.items()}, self.version,
                       origins={c: (n(p), of) for c, (p, of) in self.origins.items()})

    # -- lookups ----------------------------------------------------------------------------
    def base_criteria(self) -> dict[str, tuple[str, Criterion]]:
        return {c.id: (p, c) for p, rf in self.rule_files.items() for c in rf.criteria}

    def base_definitions(self) -> dict[str, tuple[str, Definition]]:
        return {d.id: (p, d) for p, rf in self.rule_files.items() for d in rf.definitions}

    def base_flags(self) -> dict[str, tuple[str, Flag]]:
        return {f.id: (p, f) for p, rf in self.rule_files.items() for f in rf.flags}

    def base_params(self) -> dict[str, Param]:
        out = {}
        for p, rf in self.rule_files.items():
            for pid, prm in rf.parameters.items():
                out[pid] = Param(pid, prm.value, list(prm.cite), Source(p, prm.line))
        return out

    def country_codes(self) -> list[str]:
        return sorted(self.countries)

    def jurisdiction(self, code: str, as_of: dt.date | None = None, compare_with: tuple[str, ...] = ()) -> Jurisdiction:
        """The law of `code` in force on `as_of` (default: today), plus base definitions a trainer
        wants to compare on the same case (reported, never part of the result). Resolved once per
        (country, day, comparison) for this library (resolving took longer than the engine per case);
        callers read it and never change it."""
        code = code.strip().upper()
        key = (code, as_of or dt.date.today(), tuple(compare_with))
        cache = self.__dict__.setdefault("_jurisdictions", {})
        if key not in cache:
            cache[key] = self._jurisdiction(code, key[1], compare_with)
        return cache[key]

    def _jurisdiction(self, code: str, as_of: dt.date, compare_with: tuple[str, ...]) -> Jurisdiction:
        if code not in self.countries:
            known = ", ".join(self.country_codes())
            raise InputError.of("unknown_country", code=code, known=known)
        path, cf = self.countries[code]
        from .resolve import resolve

        jur = resolve(self, path, cf, as_of)
        if compare_with:
            defs = self.base_definitions()
            for did in compare_with:
                if did not in defs or defs[did][1].kind not in ("inclusion", "complementary"):
                    choices = ", ".join(i for i, (_, d) in defs.items() if d.kind == "inclusion")
                    raise InputError.of("rules.no_comparison", name=did, hint=_hint(did, defs), choices=choices)
                bp, d = defs[did]
                if any(x.id == did for x in jur.definitions):
                    continue
                jur.definitions.append(ResolvedDefinition(
                    id=d.id, kind="comparison", title=d.title, cite=list(d.cite), elements=list(d.elements),
                    base=d.id, note=d.note, source=Source(bp, d.line)))
            jur.signature = jur.signature + tuple(f"c:{x}" for x in compare_with)
        return jur


# --- loading ---------------------------------------------------------------------------------


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


def _display(path: Path) -> str:
    """Paths as a user would type them: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, RuntimeError, OSError):  # outside the folder, or a symlink loop (the loader says so)
        return str(path)


def load_library(rules: Path | None = None, countries: Path | None = None, extra: Iterable[Path] = (),
                 checked: bool = True) -> Library:
    """Load the rule and country folders (the shipped ones by default); raise the first structural error."""
    return load_files(*_library_paths(rules, countries, extra), checked=checked)


def _library_paths(rules: Path | None, countries: Path | None,
                   extra: Iterable[Path] = ()) -> tuple[Path, list[Path], list[Path]]:
    """(the catalogue, the rule files, the country files) of the given folders (the shipped ones by default)."""
    rules = Path(rules) if rules else paths.rules_dir()
    countries = Path(countries) if countries else paths.countries_dir()
    rule_paths = [p for p in sorted(rules.glob("*.yaml")) if p.name != CATALOGUE_FILE]
    country_paths = sorted(countries.glob("*.yaml")) + [Path(x) for x in extra]
    return rules / CATALOGUE_FILE, rule_paths, country_paths


def load_files(catalogue_path: Path, rule_paths: list[Path], country_paths: list[Path],
               checked: bool = True) -> Library:
    origin_paths = _origin_paths(catalogue_path)
    for p in [catalogue_path, *rule_paths, *country_paths, *origin_paths]:
        # a folder or a pipe named x.yaml, or a huge file: refused before the cache reads it
        yamlio.check_readable(p, RULES, regular_only=True)
    if checked:
        from . import cache

        every = [catalogue_path, *rule_paths, *country_paths, *origin_paths]
        labels = [_display(p) for p in every]
        key = cache.key_for(every, labels)
        hit = cache.get("library", key)
        if isinstance(hit, Library):
            return hit
        from . import prebuilt

        shipped = prebuilt.library(catalogue_path.parent.parent, every, labels)
        if shipped is not None:
            return shipped
    lib = _load_files(catalogue_path, rule_paths, country_paths, checked)
    if checked:
        cache.put("library", key, lib)
    return lib


def _origin_paths(catalogue_path: Path) -> list[Path]:
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
        rule_files[_display(p)] = _validate(RuleFile, yamlio.load(p, text=text, limits=RULES), p, "rules")

    country_files: dict[str, tuple[str, CountryFile]] = {}
    for p in country_paths:
        text = _read(p)
        digest.update(p.name.encode() + b"\0" + text.encode())
        cf = _validate(CountryFile, yamlio.load(p, text=text, limits=RULES), p, "country")
        if cf.country in country_files:
            raise InputError.of("rules.country_twice", p, cf.line, code=cf.country, other=country_files[cf.country][0])
        country_files[cf.country] = (_display(p), cf)

    origins: dict[str, tuple[str, OriginFile]] = {}
    for p in _origin_paths(catalogue_path):
        text = _read(p)
        digest.update(b"origins/" + p.name.encode() + b"\0" + text.encode())
        of = _validate(OriginFile, yamlio.load(p, text=text, limits=RULES), p, "origins")
        if of.country in origins:
            raise InputError.of("rules.origin_twice", p, of.line, code=of.country, other=origins[of.country][0])
        origins[of.country] = (_display(p), of)

    lib = Library(catalogue, _display(catalogue_path), rule_files, country_files, "sha256:" + digest.hexdigest()[:16],
                  origins=origins)
    from .checks import check

    errors = [e for e in check(lib) if not e.lint] if checked else []
    if errors:
        raise errors[0]
    return lib


def _read(path: Path) -> str:
    """A rule, country or guidance file's text; a folder, a file too large or not UTF-8 is one error."""
    return yamlio.read_text(path, RULES)



def _suggest(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _hint(name: str, known: Iterable[str]) -> tuple[str, dict[str, Any]] | str:
    """`_suggest` as a message parameter `hint`: the closest known name, worded in the error's language."""
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return ("rules.did_you_mean", {"close": close[0]}) if close else ""



def all_problems(rules: Path | None = None, countries: Path | None = None, extra: Iterable[Path] = (),
                 files: tuple[Path, list[Path], list[Path]] | None = None) -> list[InputError]:
    """For `rules validate`: a parse error stops at that file; otherwise every check's findings."""
    try:
        lib = load_files(*files, checked=False) if files else load_library(rules, countries, extra, checked=False)
    except InputErrors as e:
        return list(e.errors)
    except InputError as e:
        return [e]
    from .checks import check

    return list(check(lib))


LANG_CODES = LANGS

