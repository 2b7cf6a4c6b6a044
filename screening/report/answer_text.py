"""An answer in words, as the applicant would say it: one wording for the interview and reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from screening.base import messages
from screening.base.countrynames import country_name
from screening.models.case import DECLINED, UNKNOWN
from screening.models.catalogue import Fact


def answer_text(fact: Fact | None, value: Any, lang: str,
                date_text: Callable[[dt.date], str] = dt.date.isoformat) -> str:
    if value is None or value == UNKNOWN:
        return messages.t("label.unknown_value", lang)
    if value == DECLINED:
        return messages.t("label.declined_value", lang)
    if isinstance(value, bool):
        return messages.t("value.yes" if value else "value.no", lang)
    if fact is not None and fact.choices:
        labels = {c.id: c.label.get(lang) for c in fact.choices}
        if isinstance(value, list):
            return ", ".join(labels.get(v, str(v)) for v in value) if value else messages.t("value.none", lang)
        return labels.get(value, str(value))
    if fact is not None and fact.type == "country" and isinstance(value, str):

        return f"{country_name(value, lang)} ({value})"
    if fact is not None and fact.type == "date":
        try:
            return date_text(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
