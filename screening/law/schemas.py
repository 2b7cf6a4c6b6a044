"""JSON Schemas generated from the pydantic models (never written by hand).

`screening schema KIND` prints one; `screening schema --write schemas` regenerates the committed
copies in schemas/, which the shipped YAML files name on their first line
(`# yaml-language-server: $schema=../schemas/KIND.schema.json`) for editor completion and hover.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from screening.base.errors import InputError
from screening.base.files import replace_atomically
from screening.law.load import load_library
from screening.law.schema_kinds import SchemaKind
from screening.models.assessment import Assessment
from screening.models.case import NO_WORDS, YES_WORDS, case_model
from screening.models.catalogue import Catalogue
from screening.models.country import CountryFile
from screening.models.route import RouteJSON
from screening.models.rules import RuleFile
from screening.models.scenario import Scenario

KINDS: tuple[str, ...] = tuple(k.value for k in SchemaKind)


def schema_for(kind: str) -> dict[str, Any]:
    if kind == "case":
        return _case_schema()
    if kind == "rules":

        return RuleFile.model_json_schema(by_alias=True)
    if kind == "country":

        return CountryFile.model_json_schema(by_alias=True)
    if kind == "facts":

        return Catalogue.model_json_schema()
    if kind == "scenario":

        return Scenario.model_json_schema(by_alias=True)
    if kind == "assessment":

        return Assessment.model_json_schema()
    if kind == "route":

        return RouteJSON.model_json_schema()
    raise ValueError(kind)


def _case_schema() -> dict[str, Any]:
    """The case model's schema, with the yes/no words a case file may use for a boolean fact.

    The loader reads YAML 1.2, where `yes` and `no` are strings, and turns the words of the three
    languages into true/false before validating (README: "yes/no, sí/no, sim/não"); the model's
    schema shows only the validated type, so an editor would flag every `yes` in a correct file.
    """

    catalogue = load_library().catalogue
    schema = case_model(catalogue).model_json_schema()
    words = {"type": "string", "enum": sorted(YES_WORDS) + sorted(NO_WORDS),
             "description": "yes or no, in English, Spanish or Portuguese (read as true or false)"}
    props = schema["$defs"]["CaseFacts"]["properties"]
    for fact in catalogue.facts:
        options = props.get(fact.id, {}).get("anyOf")
        if fact.type == "boolean" and options and {"type": "boolean"} in options:
            options.insert(options.index({"type": "boolean"}) + 1, dict(words))
    return schema


def schema_text(kind: str) -> str:
    """One schema as printed and as written to KIND.schema.json (the same bytes)."""
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2) + "\n"


def write_schemas(folder: str | Path, kinds: Iterable[str] = KINDS) -> list[Path]:
    """Write each kind's schema to `folder`/KIND.schema.json; return the paths written.

    Every schema is built before any file is written (broken rules leave the folder untouched).
    The files are ordinary ones, meant to be committed and read by editors: default permissions
    (the umask's), each replaced atomically, never written through a link.
    """

    folder = Path(folder)
    texts = {kind: schema_text(kind) for kind in kinds}
    if folder.exists() and not folder.is_dir():
        raise InputError("is not a folder: --write takes the folder the schema files go in", folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError.of("cannot_write", folder, reason=e.strerror or str(e)) from None
    written = []
    for kind, text in texts.items():
        path = folder / f"{kind}.schema.json"
        _write_plain(path, text.encode("utf-8"))
        written.append(path)
    return written


def _write_plain(path: Path, data: bytes) -> None:
    """A schema is public (0644): editors read it; written atomically like every output."""

    if path.is_dir() and not path.is_symlink():
        raise InputError("is a folder where the schema file goes: move it away or choose another folder", path)
    replace_atomically(path, data, 0o644)
