"""Turn an Assessment into what a person reads (text) or a script reads (JSON)."""

from __future__ import annotations

from typing import Any

from . import messages
from .library import Library
from .models.assessment import Assessment


def render(result: Assessment, fmt: str, lib: Library) -> str:
    if fmt == "json":
        return result.model_dump_json(indent=2)
    if fmt == "text":
        return _template("text/assessment.txt.j2").render(a=result, **_helpers(result, lib)).rstrip() + "\n"
    raise ValueError(fmt)


def _template(name: str):
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from .paths import templates_dir

    env = Environment(loader=FileSystemLoader(str(templates_dir())), undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, autoescape=False)
    return env.get_template(name)


def _helpers(a: Assessment, lib: Library) -> dict[str, Any]:
    lang = a.language
    facts = lib.facts

    def t(key: str) -> str:
        return messages.t(key, lang)

    def fact_value(fid: str, value: Any) -> str:
        fact = facts.get(fid)
        if value is None:
            return t("label.unknown_value")
        if isinstance(value, bool):
            return t("value.yes") if value else t("value.no")
        if fact is not None and fact.choices:
            labels = {c.id: c.label.get(lang) for c in fact.choices}
            if isinstance(value, list):
                return ", ".join(labels.get(v, v) for v in value) if value else t("value.none")
            return labels.get(value, str(value))
        return str(value)

    def fact_question(fid: str) -> str:
        fact = facts.get(fid)
        return fact.question.get(lang) if fact else fid

    def status_word(status: str, kind: str = "status") -> str:
        return t(f"{kind}.{status}")

    return {"t": t, "fact_value": fact_value, "fact_question": fact_question, "status_word": status_word}
