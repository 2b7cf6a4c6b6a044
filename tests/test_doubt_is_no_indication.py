"""Honesty never costs more than silence (issue 22 §2): on every shipped jurisdiction, answering "don't know" or
"prefer not to say" to a question that only raises a clause examined on indication (exclusion, cessation,
internal flight, a second nationality, statelessness once a nationality is recorded) gives exactly the results of
leaving it unasked. Random cases, as in test_reference_countries; a failure prints the case and the fact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.assess.screener import Screener
from screening.models.case import Case
from tests.test_reference_countries import AS_OF, COUNTRIES, EXAMPLES, LIB, cases


def _results(screener: Screener, case: Case, country: str) -> dict:
    a = screener.assess(case, country, AS_OF)
    out = {"overall": a.overall, **{k: o.status for k, o in a.outcomes.items()}}
    out |= {d.id: d.status for d in a.definitions + a.exclusions}
    out |= {f"{d.id}/{c.id}": c.status for d in a.definitions + a.exclusions for c in d.criteria}
    out |= {r.id: "referred" for r in a.referrals}
    return out


_SCREENER = Screener(LIB)
# the facts that only raise a clause, in each country: their answer points to it, their doubt never does
_ONLY_RAISING = {}
for _code in COUNTRIES:
    _, _program, _ = _SCREENER.compiled(_code, AS_OF)
    _raising = {f for facts in _program.raised.values() for f in facts}
    # a fact some other test reads (an inclusion element, a flag) may rightly leave that result open
    _read_elsewhere = {f for leaf in _program.leaves.values() if leaf.op != "raised" for f in leaf.facts
                       if not any(f in facts for facts in _program.raised.values())}
    _ONLY_RAISING[_code] = sorted(_raising - _read_elsewhere)


@settings(max_examples=EXAMPLES * 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), country=st.sampled_from(COUNTRIES), data=st.data())
def test_a_doubt_about_a_clause_raised_on_indication_gives_the_results_of_silence(case, country, data):
    candidates = [f for f in _ONLY_RAISING[country] if f not in case.known]
    if not candidates:
        return
    fid = data.draw(st.sampled_from(candidates), label="fact")
    silent = Case(reference=case.reference, known=dict(case.known),
                  unknown=[f for f in case.unknown if f != fid], declined=[f for f in case.declined if f != fid])
    for doubt in ("unknown", "declined"):
        doubtful = Case(reference=case.reference, known=dict(case.known),
                        unknown=silent.unknown + ([fid] if doubt == "unknown" else []),
                        declined=silent.declined + ([fid] if doubt == "declined" else []))
        assert _results(_SCREENER, doubtful, country) == _results(_SCREENER, silent, country), (
            f"{country}: '{fid}' answered {doubt} changed a result; case {case}")


def test_every_country_has_clauses_only_an_answer_raises():
    """The property above is not empty: crimes and cessation questions raise clauses in every jurisdiction."""
    for code in COUNTRIES:
        assert {"international_crimes", "reavailed_protection_voluntarily"} <= set(_ONLY_RAISING[code]), code
