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


def words(lib: Any, code: str, as_of: dt.date, lang: str) -> dict[str, Any]:
    """What the summary names, in the reader's language: statuses, kinds of protection, flags and
    referrals by their titles, facts by their questions, and the summary's own words."""
    from .. import messages

    t = messages.t
    status = {s: t(f"report.outcome.{s}", lang) for s in ("eligible", "not_eligible", "needs_more_information",
                                                            "not_screened")}
    status["refused"] = t("batch.status.refused", lang)
    # a kind a case does not meet reads neutrally where the reports say so (a pathway: "none met")
    neutral = {k: messages.catalogue().get(f"report.outcome.not_eligible_neutral.{k}") for k in KINDS}
    by_kind = {k: {**status, **({"not_eligible": t(f"report.outcome.not_eligible_neutral.{k}", lang)}
                                if neutral[k] else {})} for k in KINDS}
    jur = lib.jurisdiction(code, as_of)
    from ..evaluators import KLEENE, chosen, label

    engine = t("engine.kleene", lang) if chosen() == KLEENE else label()
    return {
        "engine": f'{t("label.engine", lang)}: {engine}',  # the workers run where the command runs
        "status": status,
        "kind_status": by_kind,
        "kind": {k: t(f"report.kind.{k}", lang) for k in KINDS},
        "flag": {f.id: f.title.get(lang) for f in jur.flags},
        "fact": {f.id: f.question.get(lang) for f in lib.catalogue.facts},
        "t": {k.split(".", 1)[1]: t(k, lang) for k in messages.catalogue() if k.startswith("batch.")},
        "lang": lang,
    }


def lines(t: dict[str, Any], w: dict[str, Any]) -> list[str]:
    say, name = w["t"], lambda kind, x: w[kind].get(x, x)
    out = [say["lines.rows"].format(rows=t["rows"], refused=t["refused_count"]), say["lines.overall"]]
    out += [f"  {name('status', k)}: {v}" for k, v in sorted(t["overall"].items())]
    for k, c in t["kinds"].items():
        said = w["kind_status"][k]
        out.append(f"{name('kind', k)}: " + ", ".join(f"{said.get(s, s)} {n}" for s, n in sorted(c.items())))
    if t["missing"]:
        out.append(say["lines.missing"])
        out += [f"  {n:>6}  {name('fact', f)}" for f, n in t["missing"]]
    if t["referrals"]:
        out.append(f"{say['lines.referrals']} " + ", ".join(f"{name('flag', r)} {n}" for r, n in t["referrals"]))
    if t["flags"]:
        out.append(f"{say['lines.flags']} " + ", ".join(f"{name('flag', r)} {n}" for r, n in t["flags"]))
    out.append(say["lines.due"].format(days=t["horizon"], n=len(t["due"])))
    out += [f"  {d['due']}  {say['summary.row'].format(n=d['row'])}  {d['reference'] or ''}" for d in t["due"][:20]]
    return out
