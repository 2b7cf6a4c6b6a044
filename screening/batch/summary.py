"""What a clinic reads after a run: outcomes counted, the facts most often missing (what to ask next
across the case load), flags and referrals, the deadlines that have passed and those due in the next
days, and the rows refused: every count matches a list, given in full in the HTML page."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from screening.base import messages
from screening.base.safe_text import visible
from screening.engine.evaluators import KLEENE, chosen, label

KINDS = ("refugee_status", "complementary_protection", "statelessness", "humanitarian_pathway")
SHOWN = 20  # rows of each list the terminal shows; the rest are counted ("and N more") and in the HTML


class Listed(NamedTuple):
    """A deadline listed in the summary: a tuple (a dict per row held 30 MB over 100,000 rows)."""

    row: Any
    reference: str | None
    due: str
    days_left: int


def tally(records: Iterable[dict[str, Any]], as_of: dt.date, horizon: int = 14) -> dict[str, Any]:
    overall: Counter = Counter()
    kinds: dict[str, Counter] = {k: Counter() for k in KINDS}
    missing: Counter = Counter()
    flags: Counter = Counter()
    referrals: Counter = Counter()
    due: list[Listed] = []
    passed: list[Listed] = []
    refused: list[dict[str, Any]] = []
    n = 0
    for r in records:
        n += 1
        overall[r.get("overall") or "refused"] += 1
        if (r.get("overall") or "refused") == "refused":
            refused.append({"row": r.get("row"), "reference": r.get("reference"), "error": str(r.get("error"))})
            continue
        for k in KINDS:
            if r.get(k):
                kinds[k][r[k]] += 1
        missing.update(r.get("open_questions") or [])
        flags.update(r.get("flags") or [])
        referrals.update(r.get("referrals") or [])
        for d in r.get("deadlines") or []:
            when = d.get("due")
            if not when:
                continue
            left = (dt.date.fromisoformat(when) - as_of).days
            entry = Listed(r.get("row"), r.get("reference"), sys.intern(when), left)  # rows share their dates
            if d.get("status") == "passed" or (d.get("status") in ("open", "near") and left < 0):
                passed.append(entry)
            elif d.get("status") in ("open", "near") and left <= horizon:
                due.append(entry)
    due.sort(key=lambda x: (x.due, int(x.row or 0)))
    passed.sort(key=lambda x: (x.due, int(x.row or 0)))
    return {"rows": n, "overall": dict(overall), "kinds": {k: dict(v) for k, v in kinds.items()},
            "missing": missing.most_common(10), "flags": flags.most_common(), "referrals": referrals.most_common(),
            "due": due, "passed": passed, "horizon": horizon, "refused": refused,
            "refused_count": overall.get("refused", 0)}


def words(lib: Any, code: str, as_of: dt.date, lang: str) -> dict[str, Any]:
    """What the summary names, in the reader's language: statuses, kinds of protection, flags and
    referrals by their titles, facts by their questions, and the summary's own words."""
    t = messages.t
    status = {s: t(f"report.outcome.{s}", lang) for s in ("eligible", "not_eligible", "needs_more_information",
                                                            "not_screened")}
    status["refused"] = t("batch.status.refused", lang)
    # a kind a case does not meet reads neutrally where the reports say so (a pathway: "none met")
    neutral = {k: messages.catalogue().get(f"report.outcome.not_eligible_neutral.{k}") for k in KINDS}
    by_kind = {k: {**status, **({"not_eligible": t(f"report.outcome.not_eligible_neutral.{k}", lang)}
                                if neutral[k] else {})} for k in KINDS}
    jur = lib.jurisdiction(code, as_of)

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

    row = say["summary.row"]
    listed = lambda d: f"  {d.due}  {row.format(n=d.row)}  {visible(d.reference or '')}"  # noqa: E731
    out.append(say["lines.due"].format(days=t["horizon"], n=len(t["due"])))
    out += _some([listed(d) for d in t["due"][: SHOWN + 1]], say, len(t["due"]))
    out.append(say["lines.passed"].format(n=len(t["passed"])))
    out += _some([listed(d) for d in t["passed"][: SHOWN + 1]], say, len(t["passed"]))
    if t["refused"]:
        out.append(say["lines.refused"].format(n=len(t["refused"])))
        out += _some([f"  {r['error']}" for r in t["refused"]], say)
    return out


def _some(items: list[str], say: dict[str, str], total: int | None = None) -> list[str]:
    """The first SHOWN lines of a list of `total` (all are in the HTML page), then how many more there are."""
    total = len(items) if total is None else total
    if total <= SHOWN:
        return items
    return items[:SHOWN] + ["  " + say["lines.more"].format(n=total - SHOWN)]
