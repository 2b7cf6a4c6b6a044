"""Which evaluator runs: durable-rules, the engine of record, wherever it installs and loads; the
built-in Kleene evaluator of the same compiled graph (kleene.py) only where it does not (Python
3.13: durable-rules 2.0.28 is not installed there, see pyproject.toml). Never chosen for speed.

SCREENING_ENGINE=durable-rules|kleene asks for one by name, to check the two agree on a machine
that has both; asking for durable-rules where it does not load is an error naming why, never a
silent switch.
"""

from __future__ import annotations

import os
from functools import lru_cache

from screening.base.errors import InputError
from screening.engine.compiler import Program
from screening.engine.evaluation import Evaluator
from screening.engine.kleene import Kleene

ENV = "SCREENING_ENGINE"
DURABLE, KLEENE = "durable-rules", "kleene"
CHOICES = (DURABLE, KLEENE)


@lru_cache(maxsize=1)
def durable_problem() -> str | None:
    """Why durable-rules cannot run here (its C extension missing or failing to load), or None."""
    try:
        import durable_rules_engine  # noqa: F401
    except Exception as e:  # noqa: BLE001 - an ImportError, or the extension failing as it loads
        return f"{type(e).__name__}: {e}"
    return None


def chosen() -> str:
    """The evaluator this process runs (see the module's docstring)."""
    wanted = os.environ.get(ENV, "").strip()
    if wanted and wanted not in CHOICES:
        raise InputError.of("engine_unknown", env=ENV, name=wanted, choices=", ".join(CHOICES))
    if wanted == DURABLE or not wanted:
        problem = durable_problem()
        if problem is None:
            return DURABLE
        if wanted:
            raise InputError.of("engine_unavailable", env=ENV, problem=problem)
    return KLEENE


def label(name: str | None = None) -> str:
    """The evaluator as the JSON's `engine`, `--version` and the reports name it."""
    name = name or chosen()
    if name == DURABLE:
        from screening.engine.durable import NAME  # only where durable-rules loads (see durable_problem)

        return NAME
    return KLEENE


def new_evaluator(program: Program, name: str | None = None) -> Evaluator:
    """`program` loaded into the chosen evaluator (or the one named)."""
    if (name or chosen()) == DURABLE:
        from screening.engine.durable import DurableRules  # its C extension is absent on Python 3.13

        return DurableRules(program)

    return Kleene(program)
