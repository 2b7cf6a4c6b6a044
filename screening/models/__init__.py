"""Validated models of every file the toolkit reads and every result it writes."""
