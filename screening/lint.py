"""Lint findings on loaded rule files: not errors that stop a command, but what a trainer should fix
(a missing translation, a fact no rule uses). Each carries file and line."""

from __future__ import annotations

from typing import Any

from .conditions import facts_used
from .errors import Problem
from .library import Library
from .models.base import Located, Text
from .models.country import CountryFlag


def _texts(obj: Any, trail: str, line: int | None = None):
    """Every Text inside a model, with a readable trail and its line for messages (a text written as a
    plain string has no line of its own: the line of its key is used)."""
    if isinstance(obj, Text):
        yield trail, obj, obj.line or line
    elif isinstance(obj, Located):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name), f"{trail}.{name}" if trail else name, obj.line_at(name))
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            label = getattr(x, "id", None) or i
            yield from _texts(x, f"{trail}[{label}]", line)
    elif isinstance(obj, dict):
        for k, x in obj.items():
            yield from _texts(x, f"{trail}.{k}", line)


def lint_texts(lib: Library) -> list[Problem]:
    out = []
    files: list[tuple[str, Located]] = [(lib.catalogue_path, lib.catalogue)]
    files += list(lib.rule_files.items())
    files += [(p, cf) for p, cf in lib.countries.values()]
    files += [(p, of) for p, of in lib.origins.values()]
    for path, model in files:
        for trail, text, line in _texts(model, ""):
            missing = text.missing()
            if missing:
                out.append(Problem(f"{trail}: missing translation ({', '.join(missing)})", path, line, lint=True))
    return out


def lint_unused_facts(lib: Library) -> list[Problem]:
    used: set[str] = set()
    for rf in lib.rule_files.values():
        for c in rf.criteria:
            used |= facts_used(c.when)
        for f in rf.flags:
            used |= facts_used(f.when)
    for _, cf in lib.countries.values():
        for c in cf.criteria:
            used |= facts_used(c.when)
        for fl in cf.flags:
            if isinstance(fl, CountryFlag):
                used |= facts_used(fl.when)
    out = []
    for fact in lib.catalogue.facts:
        # asked at every interview's opening, or read by reports and guidance (a role): both are uses;
        # so is the identity topic, kept for catalogues written before 'opening' existed
        if fact.id not in used and not fact.opening and not fact.role and fact.topic != "identity":
            out.append(Problem(f"fact '{fact.id}' is declared but no rule uses it", lib.catalogue_path, fact.line,
                               lint=True))
    return out


