"""The languages every user-facing text exists in (a light module: the help of a Spanish
session must not import pydantic to know them)."""

LANGS = ("en", "es", "pt")
