"""Asylum eligibility screening: refugee definitions as data, evaluated with three values."""

__version__ = "0.1.0"
