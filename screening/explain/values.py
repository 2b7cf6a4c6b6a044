"""Small value helpers the explanation's parts share (kept apart so those parts need not import the
Explainer that uses them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.models.assessment import CitationOut
from screening.models.rules import ParamRef


def dedupe(cites: list[CitationOut]) -> list[CitationOut]:
    seen, out = set(), []
    for c in cites:
        if c.label not in seen:
            seen.add(c.label)
            out.append(c)
    return out


def jsonable(v: Any) -> Any:
    if isinstance(v, ParamRef):
        return {"param": v.param}
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    return v
