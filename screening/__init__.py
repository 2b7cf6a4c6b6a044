"""Asylum eligibility screening: refugee definitions as data, evaluated with three values."""

import sys

__version__ = "0.1.0"

# The Pythons this toolkit is tested on (keep in step with pyproject.toml's requires-python): durable-rules
# 2.0.28, the engine of record, runs on 3.11 and 3.12; on 3.13 its C extension does not load
# (PyEval_CallObject was removed) and the built-in Kleene evaluator runs (screening/engine/evaluators.py).
SUPPORTED_PYTHONS = ((3, 11), (3, 12), (3, 13))


def unsupported_python(version: tuple[int, ...] = tuple(sys.version_info[:2])) -> str | None:
    """The message for a Python this toolkit does not run on, or None."""
    if tuple(version[:2]) in SUPPORTED_PYTHONS:
        return None
    found = ".".join(str(x) for x in version[:2])
    wanted = ", ".join(".".join(str(x) for x in v) for v in SUPPORTED_PYTHONS[:-1])
    wanted += " or " + ".".join(str(x) for x in SUPPORTED_PYTHONS[-1])
    return (f"refugee-screening needs Python {wanted} (this is Python {found}); it is not tested on other "
            f"versions. Create the virtual environment with a supported Python, e.g. `python3.12 -m venv .venv`.")


if (_problem := unsupported_python()) is not None:
    # one clear line and exit 1, never an AttributeError or a C build log from deep inside
    raise SystemExit(_problem)
