"""Asylum eligibility screening: refugee definitions as data, evaluated with three values."""

import sys

__version__ = "0.1.0"

# durable-rules 2.0.28, the rule engine, imports on CPython 3.11 and 3.12 only: on 3.13 its C
# extension fails to load (PyEval_CallObject was removed). Keep in step with pyproject.toml.
SUPPORTED_PYTHONS = ((3, 11), (3, 12))


def unsupported_python(version: tuple[int, ...] = tuple(sys.version_info[:2])) -> str | None:
    """The message for a Python this toolkit does not run on, or None."""
    if tuple(version[:2]) in SUPPORTED_PYTHONS:
        return None
    found = ".".join(str(x) for x in version[:2])
    wanted = " or ".join(".".join(str(x) for x in v) for v in SUPPORTED_PYTHONS)
    return (f"refugee-screening needs Python {wanted} (this is Python {found}): its rule engine, durable-rules "
            f"2.0.28, does not run on other versions. Create the virtual environment with a supported Python, "
            f"e.g. `python3.11 -m venv .venv`.")


if (_problem := unsupported_python()) is not None:
    # one clear line and exit 1, never an AttributeError or a C build log from deep inside
    raise SystemExit(_problem)
