"""Country codes and names in three languages, from babel's CLDR data (no hand-kept list)."""

from __future__ import annotations

from functools import lru_cache

from screening.base import cache, prebuilt


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
