"""What would settle each open result, as a report shows it (the assessment's `would_settle`).

    r.would_settle [{result, label, same_as_overall, ways: [way]}]   # the overall result first
        way {side, heading, sets: [[answer]], more (text or None), none (text or None)}
        answer {id, question, answer, declined, n}   # answer: in words ("yes", "any of: ..."); n: see below
    r.settle_first [way]   # the brief's: the one or two answers that matter most, each way, first; each
                           # answer's `n` says its number among r.questions ("question 8": the next steps cite it)
    r.settle_rest [question]   # the brief's: the other open questions after them, each with its `n`

A result of one kind whose sets are those of the overall result says so in one line, never twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from screening.explain.settle import OVERALL
from screening.models.assessment import SettlingAnswer, WouldSettle
from screening.report.summary import plural

if TYPE_CHECKING:
    from screening.report.context import ReportBuilder

_SIDES = (("eligible", "eligible_sets"), ("not_eligible", "not_eligible_sets"))
_NEUTRAL = ("statelessness", "humanitarian_pathway")


def answer(b: ReportBuilder, x: SettlingAnswer) -> dict[str, Any]:
    q = b.question(x.fact)
    fact = b.lib.facts.get(x.fact)
    words = [b.answer_words(x.fact, v) for v in x.answers]
    if fact is not None and fact.type == "number":
        text = b.t("report.settle.for_example", answer=words[0])
    elif len(words) > 1:
        text = b.t("report.settle.any_of", answers=", ".join(words))
    else:
        text = words[0]
    return {"id": x.fact, "question": q["question"], "answer": text, "declined": q["declined"], "n": None}


def heading(b: ReportBuilder, w: WouldSettle, side: str) -> str:
    """'Likely eligible if' / 'Not eligible if'; a kind whose 'not met' alarms nobody (statelessness, a
    humanitarian pathway) reads 'Does not apply if', as its summary line does (report_summary.py)."""
    if side == "not_eligible" and w.result in _NEUTRAL:
        return b.t("report.settle.not_eligible_neutral")
    return b.t(f"report.settle.{side}")


def way(b: ReportBuilder, w: WouldSettle, side: str, count: str) -> dict[str, Any]:
    sets = [[answer(b, x) for x in s] for s in getattr(w, side)]
    more = getattr(w, count) - len(sets)
    every = w.searched >= len(w.decisive)  # every combination of its open answers was tried
    none = b.t("report.settle.none_at_all") if every else plural(b, "report.settle.none", w.searched)
    return {"side": side, "heading": heading(b, w, side), "sets": sets,
            "more": plural(b, "report.settle.more", more) if more > 0 else None, "none": None if sets else none}


def would_settle(b: ReportBuilder) -> list[dict[str, Any]]:
    overall = next((w for w in b.a.would_settle if w.result == OVERALL), None)
    out = []
    for w in b.a.would_settle:
        label = b.t("report.overall") if w.result == OVERALL else b.t(f"report.kind.{w.result}")
        same = overall is not None and w is not overall and (w.eligible, w.not_eligible) == (
            overall.eligible, overall.not_eligible)
        out.append({"result": w.result, "label": label, "same_as_overall": same,
                    "same_text": b.t("report.settle.same_as_overall", kind=label) if same else None,
                    "ways": [] if same else [way(b, w, side, count) for side, count in _SIDES]})
    return out


def first(b: ReportBuilder, questions: list[dict]) -> tuple[list[dict[str, Any]], list[dict]]:
    """The brief's: the first set each way of the first open result that some set settles (the overall
    one where it does), then the other open questions. Each answer keeps its question's number in
    `questions` (`n`), which the next steps cite ("question 3"), so the brief's numbers still point
    somewhere."""
    w = next((x for x in b.a.would_settle if x.eligible or x.not_eligible), None)
    if w is None:
        return [], []
    number = {q["id"]: n for n, q in enumerate(questions, 1)}
    ways = []
    for side, _ in _SIDES:
        sets = getattr(w, side)
        if sets:
            shown = [answer(b, x) | {"n": b.t("report.settle.question_n", n=number[x.fact])
                                     if x.fact in number else None} for x in sets[0]]
            words = heading(b, w, side)
            if w.result != OVERALL:  # the brief says which result it settles when it is not the overall one
                words = b.t("report.settle.of_kind", kind=b.t(f"report.kind.{w.result}"), heading=words)
            ways.append({"side": side, "heading": words, "sets": [shown],
                         "more": None, "none": None})
    said = {a["id"] for x in ways for s in x["sets"] for a in s}
    return ways, [q | {"n": n} for n, q in enumerate(questions, 1) if q["id"] not in said]
