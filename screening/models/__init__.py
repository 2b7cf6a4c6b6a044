"""Validated models of every file the toolkit reads and every result it writes."""

__all__ = ["assessment", "base", "case", "catalogue", "country", "origins", "route", "rules", "scenario", "script"]
