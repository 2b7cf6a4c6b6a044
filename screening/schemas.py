"""JSON Schemas generated from the pydantic models (never written by hand)."""

from __future__ import annotations

from typing import Any


def schema_for(kind: str) -> dict[str, Any]:
    if kind == "case":
        from .library import load_library
        from .models.case import case_model

        return case_model(load_library().catalogue).model_json_schema()
    if kind == "rules":
        from .models.rules import RuleFile

        return RuleFile.model_json_schema(by_alias=True)
    if kind == "country":
        from .models.country import CountryFile

        return CountryFile.model_json_schema(by_alias=True)
    if kind == "facts":
        from .models.catalogue import Catalogue

        return Catalogue.model_json_schema()
    if kind == "assessment":
        from .models.assessment import Assessment

        return Assessment.model_json_schema()
    raise ValueError(kind)
