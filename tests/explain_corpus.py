"""A corpus of valid cases as a clinic's registry holds them: a few profiles (the bundled examples), each
row a profile with some answers changed, dropped, or given as "don't know" / "prefer not to say". One
seed names the corpus. Used to compare explanations with and without the memo (tests, bench)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ORIGINS = ["HN", "SV", "GT", "NI", "VE", "CO", "HT", "CU", "MX", "BR", "US", "AF"]


def _value(rng: random.Random, fact: Any) -> Any:
    if rng.random() < 0.1:
        return rng.choice(["unknown", "declined"])
    if fact.type == "boolean":
        return rng.random() < 0.5
    if fact.type == "choice":
        return rng.choice(fact.choice_ids())
    if fact.type == "set":
        ids = [c for c in fact.choice_ids() if c != "none"]
        return rng.sample(ids, rng.randrange(1, min(3, len(ids)) + 1)) if rng.random() < 0.85 else ["none"]
    if fact.type == "date":
        return dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    if fact.type == "country":
        return rng.choice(ORIGINS)
    return rng.randrange(0, 60)


def _profiles() -> list[dict[str, Any]]:
    from ruamel.yaml import YAML

    out = []
    for p in sorted((ROOT / "examples").glob("*.yaml")):
        doc = YAML(typ="safe", pure=True).load(p.read_text(encoding="utf-8"))
        out.append(dict(doc.get("facts") or {}))
    return out


def cases(lib: Any, n: int, seed: int = 26, as_of: dt.date = dt.date(2026, 11, 20)) -> Iterator[Any]:
    """`n` valid cases (read as `assess` reads a case file), a row of a registry each."""
    from screening.assess.screener import case_of
    from screening.base.errors import InputError

    rng = random.Random(seed)
    profiles = _profiles()
    facts = lib.catalogue.facts
    made = 0
    while made < n:
        known = dict(rng.choice(profiles))
        for f in rng.sample(facts, rng.randrange(0, 12)):
            if rng.random() < 0.25:
                known.pop(f.id, None)
            else:
                known[f.id] = _value(rng, f)
        for k, v in list(known.items()):  # no date after the assessment date (assess refuses it)
            if isinstance(v, dt.date) and v > as_of:
                known[k] = as_of
        try:
            yield case_of({"reference": f"R-{made}", "facts": known}, Path("corpus.yaml"), lib)
        except InputError:
            continue
        made += 1
