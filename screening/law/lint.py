"""Lint findings on loaded rule files: not structural errors that stop loading, but what a trainer
should fix (a missing translation, an unfinished TODO, a fact no rule uses). Each carries a stable
code, a severity, file and line, and one sentence on how to fix it (docs/lint-codes.md lists them).

`screening rules validate` reports the error findings through `lint_texts` (called by checks.check)
and the unused facts through `lint_unused_facts`; `screening rules lint` reports every finding."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from screening.base.errors import InputError, Problem, quoted_param, shown_message, word_message
from screening.law.conditions import facts_used, params_used
from screening.law.library import Library
from screening.models.base import LANGS, Citation, Located, Text
from screening.models.country import CountryFile, CountryFlag

# code -> (severity, what it finds). Codes are stable: a code is never renumbered nor reused.
CODES: dict[str, tuple[str, str]] = {
    "SCR100": ("error", "the files do not pass `screening rules validate`"),
    "SCR101": ("error", "a jurisdiction without an exclusion set or without a cessation set"),
    "SCR102": ("error", "a text missing one of its translations (en, es, pt)"),
    "SCR103": ("error", "an unfinished part: a text or value holding the marker TODO"),
    "SCR201": ("warning", "a fact declared in the catalogue that no rule reads"),
    "SCR202": ("warning", "a parameter no condition reads and no country overrides"),
    "SCR203": ("warning", "two criteria with the same title in one jurisdiction"),
    "SCR204": ("warning", "a citation with confidence high and neither url nor note"),
    "SCR205": ("warning", "dated versions of one clause with a gap or an overlap"),
    "SCR301": ("info", "a citation with no url"),
}
SEVERITIES = ("error", "warning", "info")
BARS = ("exclusion", "cessation")
TODO = re.compile(r"\bTODO\b")


class Finding(Problem):
    """A lint finding: a Problem (so `rules validate` prints it as before) with a code, a severity and a
    fix. Message and fix are catalogue keys (messages/rules.yaml, `rules.lint.*`), worded in the reader's
    language; `message` and `fix` hold their English. A finding made of another problem (`of`) keeps its
    wording."""

    def __init__(self, code: str, key: str, path: str | None, line: int | None, fix: str,
                 given: dict[str, Any] | None = None, **params: Any):
        params = given if given is not None else {k: quoted_param(v) for k, v in params.items()}
        super().__init__(word_message(key, params, "en"), path, line, lint=True)
        self.key, self.params = key, params
        self.fix_key = fix
        self.code = code
        self.severity = CODES[code][0]
        self.fix = self.fix_text("en")

    @classmethod
    def of(cls, code: str, p: Exception, fix: str) -> Finding:  # type: ignore[override]
        """A finding that says what another problem says (worded from its own key when it has one)."""
        if isinstance(p, InputError) and p.key:
            return cls(code, p.key, p.path, p.line, fix, given=p.params)
        return cls(code, "rules.lint.as_is", getattr(p, "path", None), getattr(p, "line", None), fix,
                   text=str(p))

    def fix_text(self, lang: str) -> str:
        return shown_message(word_message(self.fix_key, self.params, lang))

    def said(self, lang: str) -> str:
        """The message alone, in `lang`."""
        return shown_message(word_message(self.key, self.params, lang)) if self.key else self.message

    def shown(self, lang: str = "en") -> str:
        """`file:line: SEVERITY CODE message (fix: ...)`, as `rules lint` prints it."""
        return (f"{self.where()}{self.severity.upper()} {self.code} {self.said(lang)} "
                f"({word_message('rules.lint.fix_label', {}, lang)}: {self.fix_text(lang)})")

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "file": self.path, "line": self.line,
                "message": self.said(lang), "fix": self.fix_text(lang)}


# --- one walk over a file's models ---------------------------------------------------------------------


def _nodes(obj: Any, trail: str = "", line: int | None = None) -> Iterator[tuple[str, Any, int | None]]:
    """Every value inside a model (models, texts, strings, numbers), with a readable trail and its line
    for messages (a value with no line of its own, such as a note written as a plain string, gets the
    line of its key)."""
    if isinstance(obj, Located):
        line = obj.line or line
        yield trail, obj, line
        for name, field in type(obj).model_fields.items():
            key = field.alias or name
            yield from _nodes(getattr(obj, name), f"{trail}.{name}" if trail else name, obj.line_at(key) or line)
    elif isinstance(obj, list):
        yield trail, obj, line
        for i, x in enumerate(obj):
            label = getattr(x, "id", None) or i
            yield from _nodes(x, f"{trail}[{label}]", line)
    elif isinstance(obj, dict):
        yield trail, obj, line
        for k, x in obj.items():
            yield from _nodes(x, f"{trail}.{k}", line)
    else:
        yield trail, obj, line


def _files(lib: Library) -> list[tuple[str, Located]]:
    """The catalogue, the rule files, the country files and the country-of-origin guidance."""
    files: list[tuple[str, Located]] = [(lib.catalogue_path, lib.catalogue)]
    files += list(lib.rule_files.items())
    files += [(p, cf) for p, cf in lib.countries.values()]
    files += [(p, of) for p, of in lib.origins.values()]
    return files


# --- errors: `rules validate` reports them too ---------------------------------------------------------

_FILLS = ("instrument", "provision", "year", "url", "set", "add", "value")


def _fill(trail: str) -> tuple[str, dict[str, Any]]:
    """What a TODO at `trail` stands for, in a few words (a catalogue message)."""
    keys = re.sub(r"\[[^\]]*\]", "", trail).split(".")
    last, parent = keys[-1], keys[-2] if len(keys) > 1 else ""
    if last in LANGS:
        return "rules.lint.fill.text", {"language": (f"rules.lint.language.{last}", {}), "field": parent or "text"}
    if last in _FILLS:
        return f"rules.lint.fill.{last}", {}
    return "rules.lint.fill.other", {"field": last or "value"}


def lint_texts(lib: Library) -> list[Finding]:
    """The error findings, which fail `screening rules validate` (checks.check calls this): texts missing a
    translation, unfinished TODO parts, and jurisdictions that never look at exclusion or cessation."""
    out: list[Finding] = []
    for path, model in _files(lib):
        for trail, value, line in _nodes(model):
            if isinstance(value, Text):
                missing = value.missing()
                if missing:
                    langs = ", ".join(missing)
                    out.append(Finding("SCR102", "rules.lint.missing_translation", path, line,
                                       "rules.lint.fix.missing_translation", trail=trail, langs=langs))
            elif isinstance(value, str) and TODO.search(value):
                out.append(Finding("SCR103", "rules.lint.todo", path, line, "rules.lint.fix.todo", trail=trail,
                                   fill=_fill(trail)))
    out += _lint_bars(lib)
    return out


def _lint_bars(lib: Library) -> list[Finding]:
    """A country whose law has no exclusion (or no cessation) set: its screening would never look at them.
    Only kinds the rule files define a base set for are required (a miniature rule set may have none)."""
    bases: dict[str, list[str]] = {}
    for rf in lib.rule_files.values():
        for d in rf.definitions:
            if d.kind in BARS:
                bases.setdefault(d.kind, []).append(d.id)
    kind_of = {d: k for k, ids in bases.items() for d in ids}
    today = dt.date.today()
    out = []
    for code, (path, cf) in lib.countries.items():
        for kind, ids in bases.items():
            versions = [v for v in cf.exclusions if kind_of.get(v.extends) == kind]
            if not versions:
                out.append(Finding("SCR101", "rules.lint.no_bar_set", path, cf.line_at("exclusions"),
                                   "rules.lint.fix.no_bar_set", country=code, kind=kind, ids=", ".join(ids),
                                   first=ids[0]))
            elif not any(v.in_force(today) for v in versions):
                out.append(Finding("SCR101", "rules.lint.no_bar_in_force", path, versions[-1].line,
                                   "rules.lint.fix.no_bar_in_force", country=code, kind=kind, today=str(today)))
    return out


# --- warnings and info: `rules lint` only (the unused facts also in `rules validate`) ------------------


def _criteria_and_flags(lib: Library) -> Iterator[Any]:
    """Every criterion and flag that has a condition, base and national."""
    for rf in lib.rule_files.values():
        yield from rf.criteria
        yield from rf.flags
    for _, cf in lib.countries.values():
        yield from cf.criteria
        yield from (fl for fl in cf.flags if isinstance(fl, CountryFlag))


def lint_unused_facts(lib: Library) -> list[Finding]:
    used: set[str] = set()
    for c in _criteria_and_flags(lib):
        used |= facts_used(c.when)
    out: list[Finding] = []
    for fact in lib.catalogue.facts:
        # asked at every interview's opening, or read by reports and guidance (a role): both are uses;
        # so is the identity topic, kept for catalogues written before 'opening' existed
        if fact.id not in used and not fact.opening and not fact.role and fact.topic != "identity":
            out.append(Finding("SCR201", "rules.lint.unused_fact", lib.catalogue_path, fact.line,
                               "rules.lint.fix.unused_fact", id=fact.id))
    return out


def lint_unused_params(lib: Library) -> list[Finding]:
    used: set[str] = set()
    for c in _criteria_and_flags(lib):
        used.update(params_used(c.when))
    overridden = {pid for _, cf in lib.countries.values() for pid in cf.parameters}
    return [Finding("SCR202", "rules.lint.unused_param", path, prm.line, "rules.lint.fix.unused_param", id=pid)
            for path, rf in lib.rule_files.items() for pid, prm in rf.parameters.items()
            if pid not in used and pid not in overridden]


def lint_titles(lib: Library) -> list[Finding]:
    """Two criteria of one jurisdiction (the base ones and the country's own) with the same title."""
    out: list[Finding] = []

    def same(seen: dict, path: str, crit: Any, where: Any) -> None:
        for lang in LANGS:
            title = " ".join((getattr(crit.title, lang) or "").split()).casefold()
            if title and (lang, title) in seen:
                out.append(Finding("SCR203", "rules.lint.same_title", path, crit.line_at("title"),
                                   "rules.lint.fix.same_title", a=seen[lang, title], b=crit.id, lang=lang,
                                   title=getattr(crit.title, lang).strip(), where=where))
                break
        for lang in LANGS:
            title = " ".join((getattr(crit.title, lang) or "").split()).casefold()
            if title:
                seen.setdefault((lang, title), crit.id)

    base: dict[tuple[str, str], str] = {}
    for path, rf in lib.rule_files.items():
        for c in rf.criteria:
            same(base, path, c, ("rules.lint.in_every_jurisdiction", {}))
    for code, (path, cf) in lib.countries.items():
        national = dict(base)
        for c in cf.criteria:
            same(national, path, c, ("rules.lint.in_jurisdiction", {"code": code}))
    return out


def lint_citations(lib: Library) -> list[Finding]:
    """Citations a reader cannot check; one written once and used in several places (a YAML alias) once."""
    out: list[Finding] = []
    seen: set[tuple[str, int | None, str]] = set()
    for path, model in _files(lib):
        for trail, cite, line in _nodes(model):
            if not isinstance(cite, Citation) or cite.url or (path, line, cite.label()) in seen:
                continue
            seen.add((path, line, cite.label()))
            noted = cite.note is not None and len(cite.note.missing()) < len(LANGS)
            if cite.confidence == "high" and not noted:
                out.append(Finding("SCR204", "rules.lint.high_unsourced", path, line, "rules.lint.fix.high_unsourced",
                                   trail=trail, label=cite.label()))
            else:
                out.append(Finding("SCR301", "rules.lint.no_url", path, line, "rules.lint.fix.no_url", trail=trail,
                                   label=cite.label()))
    return out


def lint_dates(lib: Library) -> list[Finding]:
    """Dated versions of one parameter, definition, pathway or flag that leave a gap or overlap."""
    out: list[Finding] = []
    for _, (path, cf) in lib.countries.items():
        for group, what in _dated_groups(cf):
            for p in date_ranges(group, what, path):
                out.append(Finding.of("SCR205", p, "rules.lint.fix.dates"))
    return out


def date_ranges(items: list, what: Any, path: str) -> list[Problem]:
    """Versions of one clause: their date ranges may neither overlap nor leave a gap. `what` names the
    clause: a message (key, {params}) such as _what("parameter", id), or English text."""
    if len(items) < 2:
        return []
    out = []
    lo = dt.date.min
    hi = dt.date.max
    ordered = sorted(items, key=lambda v: v.valid_from or lo)
    for a, b in zip(ordered, ordered[1:], strict=False):
        a_end = a.valid_to or hi
        b_start = b.valid_from or lo
        if b_start <= a_end:
            out.append(Problem.of("rules.dates_overlap", path, b.line, what=what, a_from=str(a.valid_from or "…"),
                                  a_to=str(a.valid_to or "…"), b_from=str(b.valid_from or "…"),
                                  b_to=str(b.valid_to or "…")))
        elif a_end != hi and (b_start - a_end).days > 1:
            out.append(Problem.of("rules.dates_gap", path, b.line, what=what, end=str(a_end), start=str(b_start)))
    return out


def _dated_groups(cf: CountryFile) -> Iterator[tuple[list, str]]:
    """The versions of each clause, grouped as checks.check groups them."""
    for pid, ovs in cf.parameters.items():
        if isinstance(ovs, list):
            yield ovs, f"parameter '{pid}'"
    ids: dict[str, list] = {}
    for v in cf.definitions + cf.exclusions:
        ids.setdefault(v.id, []).append(v)
    for vid, vs in ids.items():
        if len({v.extends for v in vs}) == 1 and not any(v.valid_from is None and v.valid_to is None for v in vs):
            yield vs, f"definition '{vid}'"
    ways: dict[str, list] = {}
    for w in cf.pathways:
        ways.setdefault(w.id, []).append(w)
    for wid, ws in ways.items():
        yield ws, f"pathway '{wid}'"
    flags: dict[str, list] = {}
    for fv in cf.flags:
        flags.setdefault(fv.id if isinstance(fv, CountryFlag) else fv.extends, []).append(fv)
    for fid, fvs in flags.items():
        yield fvs, f"flag '{fid}'"


def sort(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path or "", f.line or 0, f.code, f.message))


def counts(findings: list[Finding]) -> dict[str, int]:
    return {sev: sum(f.severity == sev for f in findings) for sev in SEVERITIES}
