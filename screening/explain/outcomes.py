"""Outcomes per kind of protection, open checks, and the low-confidence sources a result rests on.

Refugee status and protection from return are different results: exclusion and cessation end
refugee status, while CAT Art. 3 and national complementary protection still bar return. Each kind
is reported apart, with what decided it; the engine has already decided each one (the compiled
program has one node per outcome), this module only says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from screening.models.assessment import CitationOut, DefinitionResult, OpenCheck, Outcome, OutcomeReason, OutcomeStatus

if TYPE_CHECKING:
    from screening.explain.explainer import Explainer

KINDS = {"refugee_status": ("inclusion",), "complementary_protection": ("complementary",),
         "statelessness": ("statelessness",), "humanitarian_pathway": ("humanitarian",)}
_RESULT: dict[str, OutcomeStatus] = {"met": "eligible", "not_met": "not_eligible",
                                     "undetermined": "needs_more_information"}


def open_checks(ex: Explainer, blocks: list[DefinitionResult]) -> list[OpenCheck]:
    """Every clause examined only on indication that nothing raised, once, with the sets it belongs to."""
    out: dict[str, OpenCheck] = {}
    for d in blocks:
        if d.kind == "comparison":
            continue
        for c in d.criteria:
            if c.status != "not_raised":
                continue
            if c.id in out:
                out[c.id].definitions.append(d.id)
                continue
            ind = ex.p.indicated[c.id]
            questions = ex.lib_order(list(ex.p.raised.get(f"r__{c.id}", ())))
            doubts: dict[str, Literal["unknown", "declined"]] = {
                f: ("unknown" if f in ex.case.unknown else "declined") for f in questions
                if f in ex.case.unknown or f in ex.case.declined}
            out[c.id] = OpenCheck(
                clause=c.id, title=c.title, kind=d.kind, definitions=[d.id], counts_as=ind.if_silent,
                questions=questions, doubts=doubts, citations=c.citations,
            )
    # a doubt is no indication, but the adviser returns to it first, with care
    return sorted(out.values(), key=lambda c: not c.doubts)


def outcomes(ex: Explainer, defs: list[DefinitionResult], bars: list[DefinitionResult],
             checks: list[OpenCheck]) -> dict[str, Outcome]:
    out: dict[str, Outcome] = {}
    for name, kinds in KINDS.items():
        members = [d for d in defs if d.kind in kinds]
        node = ex.p.outcomes.get(name)
        if node is None or not members:
            out[name] = Outcome(status="not_screened", because=[], missing=[])
            continue
        status = _RESULT[ex.node_status(node)]
        because: list[OutcomeReason] = []
        rests_on: list[DefinitionResult] = []
        met = [d for d in members if d.status == "met"]
        open_ = [d for d in members if d.status == "undetermined"]
        applying = [b for b in bars if b.status == "met"] if name == "refugee_status" else []
        if status == "eligible":
            rests_on = met
        elif status == "not_eligible":
            rests_on = applying or members
        else:
            rests_on = open_ + [b for b in bars if b.status == "undetermined"] if name == "refugee_status" else open_
            rests_on = rests_on or members
        for d in (met or rests_on):
            if name == "refugee_status" and d.kind in ("exclusion", "cessation"):
                continue  # every set that matters is named once, with its grounds, just below
            because.append(OutcomeReason(kind=d.kind, id=d.id, status=d.status))
        if name == "refugee_status":
            for b in bars:
                if b.status != "not_met":  # applies, open, or not raised: each matters to the reader
                    grounds = [c.id for c in b.criteria if c.status == "met"]
                    because.append(OutcomeReason(kind=b.kind, id=b.id, status=b.status, grounds=grounds))
        missing = ex.missing(node)
        indicated = [b.id for b in bars if b.held_open] if name == "refugee_status" and status != "eligible" else []
        out[name] = Outcome(
            status=status, because=because, missing=missing,
            open_checks=relevant_checks(status, members, bars if name == "refugee_status" else [], checks),
            low_confidence=low_confidence(rests_on),
            held_open=status == "needs_more_information" and not missing and any(d.held_open for d in open_),
            indicated=indicated,
        )
    return out


def relevant_checks(status: str, members: list[DefinitionResult], bars: list[DefinitionResult],
                    checks: list[OpenCheck]) -> list[str]:
    """The open checks whose examination could still change a result. A ground of exclusion or
    cessation, once raised, can only take refugee status away; an inclusion element counted as met
    (the internal flight alternative) can only take its own definition away, which changes an
    eligible result only if every definition that carries it has it, and an open one only if it sits
    in a definition still open."""
    bar_ids = {b.id for b in bars}
    member_ids = {d.id for d in members}
    met = [d for d in members if d.status == "met"]
    open_ = {d.id for d in members if d.status == "undetermined"}
    out = []
    for c in checks:
        defs = set(c.definitions)
        if status == "not_eligible":
            # only a clause counted as not met while silent could turn it (none ships today)
            hit = c.counts_as == "not_met" and bool(defs & member_ids)
        elif defs & bar_ids:
            hit = True
        elif status == "eligible":
            hit = bool(met) and all(d.id in defs for d in met)
        else:
            hit = bool(defs & open_)
        if hit:
            out.append(c.clause)
    return out


def overall_checks_and_sources(overall: str, outs: dict[str, Outcome]) -> tuple[list[str], list[CitationOut]]:
    """What the overall result (the better of refugee status and protection from return) could lose
    to an open check, and the low-confidence sources it rests on. An eligible result survives unless
    every eligible route is taken away, so only what all of them share counts."""
    routes = [outs[k] for k in ("refugee_status", "complementary_protection") if k in outs]
    status = overall if overall in ("eligible", "not_eligible") else "needs_more_information"
    same = [o for o in routes if o.status == status]
    if not same:
        return [], []
    if status == "eligible":
        checks = set(same[0].open_checks).intersection(*(o.open_checks for o in same[1:]))
        shared = all(o.low_confidence for o in same)
        cites = {c.label: c for o in same for c in o.low_confidence} if shared else {}
    else:
        checks = {c for o in same for c in o.open_checks}
        cites = {c.label: c for o in same for c in o.low_confidence}
    order = [c for o in same for c in o.open_checks]
    return [c for c in dict.fromkeys(order) if c in checks], list(cites.values())


def low_confidence(blocks: list[DefinitionResult]) -> list[CitationOut]:
    """Low-confidence citations of the definitions a result rests on, and of their criteria that
    sided with them (for a set that applies: the grounds that apply). A definition that is not met
    fails on its criteria, whatever doubt there is about the clause itself (a procedure not
    confirmed, a text not read): only the criteria that failed count then."""
    seen: dict[str, CitationOut] = {}
    for d in blocks:
        side = d.status if d.status in ("met", "not_met") else "undetermined"
        cites = list(d.citations) if not (d.status == "not_met" and d.kind not in ("exclusion", "cessation")) else []
        for c in d.criteria:
            if c.status == side:
                cites += c.citations
        for cite in cites:
            if cite.confidence == "low":
                seen.setdefault(cite.label, cite)
    return list(seen.values())
