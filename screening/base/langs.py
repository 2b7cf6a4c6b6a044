"""The languages every user-facing text exists in (a light module: the help of a Spanish
session must not import pydantic to know them)."""

import os

LANGS = ("en", "es", "pt")


def environment_lang() -> str:
    """The language of the environment (SCREENING_LANG, then the locale), if we speak it; else English."""
    for var in ("SCREENING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        v = os.environ.get(var, "")
        if v[:2] in LANGS:
            return v[:2]
    return "en"
