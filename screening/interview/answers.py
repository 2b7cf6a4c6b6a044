"""Reading what a person types at a question: an answer, or a command (help, back, review...).

Pure functions, so the rules of what is understood are tested without a terminal. Numbers pick
listed options; words are understood in English, Spanish and Portuguese.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from screening.base import messages
from screening.base.countrynames import is_country_code, territories
from screening.models.case import DECLINED, UNKNOWN, bool_words, normalise_missing
from screening.models.catalogue import Fact
from screening.report.answer_text import answer_text

COMMANDS = {
    "?": "help", "help": "help", "ayuda": "help", "ajuda": "help",
    "<": "back", "back": "back", "atrás": "back", "atras": "back", "voltar": "back",
    "=": "review", "review": "review", "revisar": "review",
    "!": "changes",
    "q": "stop", "quit": "stop", "salir": "stop", "sair": "stop",
}


class NotUnderstood(ValueError):
    """What was typed is not an answer to this question; the message says what is expected."""


@dataclass(frozen=True)
class Option:
    key: str  # what to type: "1", "2"...
    value: Any  # the answer it gives
    label: str


def t(key: str, lang: str, **kw: Any) -> str:
    text = messages.t(key, lang)
    return text.format(**kw) if kw else text


def tn(key: str, n: int, lang: str, **kw: Any) -> str:
    """A message whose words agree with the number `n`: the key `KEY.one`, `KEY.many` or `KEY.other`
    chosen by the language's plural rules (babel's CLDR data), `KEY.other` when a form is not written."""
    from babel import Locale

    form = Locale.parse(lang).plural_form(n)
    chosen = f"{key}.{form}" if f"{key}.{form}" in messages.catalogue() else f"{key}.other"
    return t(chosen, lang, n=n, **kw)


def options(fact: Fact, lang: str) -> list[Option]:
    """The numbered options shown for yes/no, one-of and set questions (empty for free answers)."""
    base: list[tuple[Any, str]]  # (the answer it gives, its label)
    if fact.type == "boolean":
        base = [(True, messages.t("value.yes", lang)), (False, messages.t("value.no", lang))]
    elif fact.type in ("choice", "set"):
        base = [(c.id, c.label.get(lang)) for c in fact.choices or []]
    else:
        return []
    base += [(UNKNOWN, t("interview.option.unknown", lang)), (DECLINED, t("interview.option.declined", lang))]
    return [Option(str(i), v, label) for i, (v, label) in enumerate(base, 1)]


def display(fact: Fact, value: Any, lang: str) -> str:
    """An answer as the person chose it ("don't know", not the report's "unknown")."""
    if value == UNKNOWN:
        return t("interview.option.unknown", lang)
    if value == DECLINED:
        return t("interview.option.declined", lang)
    return answer_text(fact, value, lang)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.strip().lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def command(text: str) -> str | None:
    w = text.strip().lower()
    return COMMANDS.get(w)


def parse(fact: Fact, text: str, lang: str, today: dt.date | None = None) -> Any:
    """The answer `text` gives to `fact`, or NotUnderstood with what is expected."""
    raw = text.strip()
    if not raw:
        raise NotUnderstood(t("interview.err.empty", lang))
    missing = _missing_word(raw, lang)
    if missing:
        return missing
    opts = options(fact, lang)
    if fact.type in ("boolean", "choice"):
        return _pick_one(fact, raw, opts, lang)
    if fact.type == "set":
        return _pick_many(fact, raw, opts, lang)
    if fact.type == "date":
        return _date(raw, lang, today or dt.date.today())
    if fact.type == "country":
        return _country(raw, lang)
    if fact.type == "number":
        return _number(fact, raw, lang)
    raise AssertionError(fact.type)


def _missing_word(raw: str, lang: str) -> str | None:
    w = raw.strip().lower()
    if w in (t("interview.key.unknown", lang), "dk", "ns"):
        return UNKNOWN
    if w in (t("interview.key.declined", lang), "pn"):
        return DECLINED
    v = normalise_missing(w)
    return v if v in (UNKNOWN, DECLINED) else None


def _pick_one(fact: Fact, raw: str, opts: list[Option], lang: str) -> Any:
    for o in opts:
        if raw == o.key or _fold(raw) == _fold(o.label) or (isinstance(o.value, str) and raw.lower() == o.value):
            return o.value
    if fact.type == "boolean":

        v = bool_words(raw)
        if isinstance(v, bool):
            return v
    raise NotUnderstood(t("interview.err.number_range", lang, n=len(opts)))


def _pick_many(fact: Fact, raw: str, opts: list[Option], lang: str) -> Any:
    parts = [p for p in re.split(r"[,\s;]+", raw) if p]
    if parts == ["0"]:
        return []
    picked: list[Any] = []
    for p in parts:
        match = [o for o in opts if p == o.key or p.lower() == str(o.value) or _fold(p) == _fold(o.label)]
        if not match:
            raise NotUnderstood(t("interview.err.number_range", lang, n=len(opts)) + " "
                                + t("interview.hint.set", lang))
        picked.append(match[0].value)
    if any(v in (UNKNOWN, DECLINED) for v in picked):
        if len(picked) > 1:
            raise NotUnderstood(t("interview.err.set_alone", lang))
        return picked[0]
    if "none" in picked and len(set(picked)) > 1:  # "none of these" beside a choice contradicts it
        raise NotUnderstood(t("interview.err.none_alone", lang))
    return list(dict.fromkeys(picked))


def _date(raw: str, lang: str, today: dt.date) -> dt.date:
    d = None
    try:
        d = dt.date.fromisoformat(raw)
    except ValueError:
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
        if m:  # day/month/year, as written across Latin America
            try:
                d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                d = None
    if d is None:
        raise NotUnderstood(t("interview.err.date", lang))
    if d > today:
        raise NotUnderstood(t("interview.err.future_date", lang))
    return d


def country_names(lang: str) -> dict[str, str]:
    """Name (folded) -> code, in the language asked and in English."""

    out: dict[str, str] = {}
    for lg in ("en", lang):
        for code, name in territories(lg).items():
            out[_fold(name)] = code
    return out


def _country(raw: str, lang: str) -> str:

    if len(raw) == 2 and is_country_code(raw.upper()):
        return raw.upper()
    m = re.search(r"\(([A-Za-z]{2})\)\s*$", raw)  # "Venezuela (VE)", as completion offers it
    if m and is_country_code(m.group(1).upper()):
        return m.group(1).upper()
    code = country_names(lang).get(_fold(raw))
    if code:
        return code
    raise NotUnderstood(t("interview.err.country", lang))


def _number(fact: Fact, raw: str, lang: str) -> float:
    try:
        v = float(raw.replace(",", "."))
    except ValueError:
        raise NotUnderstood(t("interview.err.number", lang)) from None
    lo, hi = fact.minimum, fact.maximum
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        fmt = lambda x: "—" if x is None else (str(int(x)) if float(x).is_integer() else str(x))  # noqa: E731
        raise NotUnderstood(t("interview.err.number_bounds", lang, lo=fmt(lo), hi=fmt(hi)))
    return v
