"""What a clinic reads after a run: outcomes counted, the facts most often missing (what to ask next
across the case load), flags and referrals, and the deadlines due in the next days."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

KINDS = ("refugee_status", "complementary_protection", "statelessness", "humanitarian_pathway")


def tally(records: Iterable[dict[str, Any]], as_of: dt.date, horizon: int = 14) -> dict[str, Any]:
    overall: Counter = Counter()
    kinds: dict[str, Counter] = {k: Counter() for k in KINDS}
    missing: Counter = Counter()
    flags: Counter = Counter()
    referrals: Counter = Counter()
    due: list[dict[str, Any]] = []
    refused: list[str] = []
    n = 0
    for r in records:
        n += 1
        overall[r.get("overall") or "refused"] += 1
        if r.get("overall") == "refused":
            refused.append(str(r.get("error")))
            continue
        for k in KINDS:
            if r.get(k):
                kinds[k][r[k]] += 1
        missing.update(r.get("open_questions") or [])
        flags.update(r.get("flags") or [])
        referrals.update(r.get("referrals") or [])
        for d in r.get("deadlines") or []:
            when = d.get("due")
            if when and d.get("status") in ("open", "near"):
                left = (dt.date.fromisoformat(when) - as_of).days
                if 0 <= left <= horizon:
                    due.append({"row": r.get("row"), "reference": r.get("reference"), "due": when, "days_left": left})
    due.sort(key=lambda x: x["due"])
    return {"rows": n, "overall": dict(overall), "kinds": {k: dict(v) for k, v in kinds.items()},
            "missing": missing.most_common(10), "flags": flags.most_common(), "referrals": referrals.most_common(),
            "due": due, "horizon": horizon, "refused": refused[:20], "refused_count": overall.get("refused", 0)}


def lines(t: dict[str, Any], facts: dict[str, str]) -> list[str]:
    out = [f"rows: {t['rows']}  refused: {t['refused_count']}", "overall:"]
    out += [f"  {k}: {v}" for k, v in sorted(t["overall"].items())]
    for k, c in t["kinds"].items():
        out.append(f"{k}: " + ", ".join(f"{s} {n}" for s, n in sorted(c.items())))
    if t["missing"]:
        out.append("most often missing (what to ask next):")
        out += [f"  {n:>6}  {facts.get(f, f)}" for f, n in t["missing"]]
    if t["referrals"]:
        out.append("referrals: " + ", ".join(f"{r} {n}" for r, n in t["referrals"]))
    if t["flags"]:
        out.append("flags: " + ", ".join(f"{r} {n}" for r, n in t["flags"]))
    out.append(f"deadlines due in the next {t['horizon']} days: {len(t['due'])}")
    out += [f"  {d['due']}  row {d['row']}  {d['reference'] or ''}" for d in t["due"][:20]]
    return out
