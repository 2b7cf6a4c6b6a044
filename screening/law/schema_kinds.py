"""The kinds of file and result a JSON Schema is written for: a light module, so the command line can
offer them without importing the models (schemas.py writes them)."""

from enum import StrEnum


class SchemaKind(StrEnum):
    case = "case"
    rules = "rules"
    country = "country"
    facts = "facts"
    scenario = "scenario"
    assessment = "assessment"
    route = "route"
