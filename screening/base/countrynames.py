"""Country codes and names in three languages, from babel's CLDR data (no hand-kept list)."""

from __future__ import annotations

from functools import lru_cache

from screening.base import cache, prebuilt, yamlio
from screening.base.langs import LANGS


@lru_cache(maxsize=4)
def territories(lang: str) -> dict[str, str]:
    import babel

    # the names are babel's CLDR data: a babel upgrade (or another Python) is a miss (key_for adds Python's)
    key = cache.key_for([], ["territories", lang, babel.__version__])
    hit = cache.get("territories", key)  # loading babel's locale data costs more than the rest of a case
    if isinstance(hit, dict) and hit:
        return hit
    hit = prebuilt.get(f"territories-{lang}", prebuilt_key(lang)) if prebuilt.available() else None
    if isinstance(hit, dict) and cache.shape_ok("territories", hit):
        return hit
    from babel import Locale

    out = {k: v for k, v in Locale.parse(lang).territories.items()
           if len(k) == 2 and k.isalpha() and k not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB")}
    cache.put("territories", key, out)
    return out


def prebuilt_key(lang: str) -> str:
    """The key of the wheel's prebuilt names in `lang` (prebuilt.py): babel's version decides them."""
    import babel

    return prebuilt.key("territories", [lang, babel.__version__])


def is_country_code(code: str) -> bool:
    return code in territories("en")


def country_name(code: str, lang: str = "en") -> str:
    return territories(lang).get(code, code)


def fold(s: str) -> str:
    """Lower case without accents: 'Colômbia' and 'colombia' are the same name."""
    import unicodedata

    s = unicodedata.normalize("NFKD", s.strip().lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:

    return {fold(name): code for lang in LANGS for code, name in territories(lang).items()}


def code_for_name(name: str) -> str | None:
    """The code of a country named in English, Spanish or Portuguese, as CLDR writes it."""
    return _by_name().get(fold(name))


@lru_cache(maxsize=1)
def _articles() -> dict:
    from pathlib import Path

    return yamlio.plain(yamlio.load(Path(__file__).with_name("country_articles.yaml"))) or {}


def in_sentence(code: str, lang: str, name: str | None = None) -> str:
    """The name as a sentence says it, with its article ('a Colômbia', 'los Estados Unidos'); pair it with
    `contract` on the finished sentence ('em a Colômbia' -> 'na Colômbia')."""
    name = name or country_name(code, lang)
    article = (_articles().get("articles", {}).get(lang) or {}).get(code.upper())
    return f"{article} {name}" if article else name


def contract(text: str, lang: str) -> str:
    """A preposition and the article after it as the one word the language writes ('em a ' -> 'na ')."""
    import re

    table = (_articles().get("contractions") or {}).get(lang) or {}
    if not table:
        return text
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + ")")
    return pattern.sub(lambda m: table[m.group(1)], text)


def names_in_sentence(template: str, placeholder: str, names: list[tuple[str, str]], lang: str) -> list[str]:
    """Each (code, name) of a list as `template` says it around `{placeholder}`: with its article, and
    where the language repeats a preposition (Portuguese), the template's preposition before each name
    after the first ('em {countries}' -> 'a Colômbia', 'em o Panamá'; `contract` then makes 'no Panamá')."""
    import re

    out = [in_sentence(code, lang, name) for code, name in names]
    m = re.search(r"(\w+) \{" + re.escape(placeholder) + r"\}", template)
    if m and lang in (_articles().get("repeat_preposition") or []):
        out = out[:1] + [f"{m.group(1)} {x}" for x in out[1:]]
    return out
