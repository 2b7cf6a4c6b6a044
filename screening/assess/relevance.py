"""Which questions still matter: read from the rules, never hard-coded.

A fact matters when it is unanswered and lies under an undetermined node of an undetermined
definition, exclusion or flag of the jurisdiction: some answer to it (with the other open facts)
could still settle that status. Once a definition is met or not met, nothing under it is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from screening.assess.screener import Screener
from screening.explain.explainer import Explainer
from screening.law.conditions import facts_used
from screening.models.case import Case
from screening.models.catalogue import TOPIC_ORDER

if TYPE_CHECKING:
    from screening.law.library import Library


@dataclass(frozen=True)
class Snapshot:
    """The statuses an interview shows: every criterion, definition, exclusion and flag."""

    statuses: dict[str, str]  # "definition:id" / "criterion:def/id" / "flag:id" -> met | not_met | undetermined
    open_facts: list[str]  # unanswered facts that can still change a status, in interview order
    overall: str


def snapshot(screener: Screener, case: Case, country: str, as_of: dt.date, answered: set[str]) -> Snapshot:
    jur, program, ev = screener.evaluate(case, country, as_of)
    ex = Explainer(screener.lib, jur, program, ev, case, "en")
    statuses: dict[str, str] = {}
    wanted: list[str] = []
    blocks = [(d, program.definitions[d.id]) for d in jur.definitions] + [
        (d, program.exclusions[d.id]) for d in jur.exclusions]
    for d, node in blocks:
        crits = {cid: ex.crit_status(cid) for cid in d.elements}
        status = ex.node_status(node)
        if d.indication is not None and status == "not_met" and "not_raised" in crits.values():
            status = "not_raised"
        statuses[f"definition:{d.id}"] = status
        for cid, st in crits.items():
            statuses[f"criterion:{d.id}/{cid}"] = st
            if st == "not_raised":  # an open check: its questions are still asked (exclusion comes last)
                wanted.extend(program.raised[f"r__{cid}"])
        if node not in ev.status:
            wanted.extend(ex.missing(node))
    for f in jur.flags:
        node = program.flags[f.id]
        statuses[f"flag:{f.id}"] = ex.node_status(node)
        if node not in ev.status:
            wanted.extend(ex.missing(node))
    overall = ex.node_status(program.overall)
    facts = screener.lib.facts
    # a question the catalogue drops once a flag is met (`not_asked_when`): no longer put, whatever it could settle
    moot = {f for f in wanted if f in facts and facts[f].not_asked_when
            and statuses.get(f"flag:{facts[f].not_asked_when}") == "met"}
    # a follow-up (`asked_if`) waits for its answers, even when a rule reads it
    moot |= {f for f in wanted if f in facts and not facts[f].opening
             and (cond := facts[f].asked_if) is not None and not cond.holds(case.known)}
    return Snapshot(statuses, order(screener, [f for f in dict.fromkeys(wanted) if f not in answered | moot]),
                    overall)


def order(screener: Screener, facts: list[str]) -> list[str]:
    """Interview order: by topic (who and where, what happened, who, why, protection, ... exclusion
    last), then as the catalogue lists them."""
    position = {f.id: i for i, f in enumerate(screener.lib.catalogue.facts)}
    topic = {f.id: TOPIC_ORDER.index(f.topic) for f in screener.lib.catalogue.facts}
    return sorted(facts, key=lambda f: (topic.get(f, 99), position.get(f, 10_000)))


def opening_questions(lib: Library, answers: Mapping[str, Any]) -> list[str]:
    """The catalogue's opening questions (`opening: true`) an interview asks before those the rules
    need: every one whose `asked_if` holds on the answers so far, in catalogue order, answered or not.

    They are needed because reports, deadlines or country-of-origin guidance use them, even where no
    definition turns on them; the catalogue marks them, so no list of fact ids lives in Python."""
    return [f.id for f in lib.catalogue.opening() if f.asked_if is None or f.asked_if.holds(answers)]


def follow_up_questions(lib: Library, answers: Mapping[str, Any]) -> list[str]:
    """Follow-ups whose `asked_if` holds on the answers so far (the kind of disaster once a disaster
    is named): asked in interview order with the rules' questions, though no rule reads them."""
    return [f.id for f in lib.catalogue.follow_ups() if f.asked_if is not None and f.asked_if.holds(answers)]


def relevant_answers(screener: Screener, case: Case, country: str, as_of: dt.date, answered: set[str]) -> set[str]:
    """Answered facts that still bear on some open or settled status: a fact is relevant when, were
    it not answered, it would be one of the open questions. Opening questions still asked (their
    `asked_if` holds) and follow-ups are always relevant: reports use them."""
    out = set(opening_questions(screener.lib, case.known) + follow_up_questions(screener.lib, case.known)) & answered
    for fid in answered - out:
        without = _without(case, fid)
        snap = snapshot(screener, without, country, as_of, answered - {fid})
        if fid in snap.open_facts:
            out.add(fid)
    return out


def _without(case: Case, fid: str) -> Case:
    return Case(reference=case.reference, narrative=case.narrative, language=case.language,
                known={k: v for k, v in case.known.items() if k != fid},
                unknown=[f for f in case.unknown if f != fid], declined=[f for f in case.declined if f != fid])


def criteria_reading(screener: Screener, country: str, fid: str, as_of: dt.date | None = None) -> list[str]:
    """The jurisdiction's criteria whose condition reads `fid` (for the question's help)."""

    jur, program, _ = screener.compiled(country, as_of)
    return [cid for cid, crit in jur.criteria.items() if cid in program.criteria and fid in facts_used(crit.when)]
