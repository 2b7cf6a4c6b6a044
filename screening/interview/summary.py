"""The few lines an interview ends with: the result per kind of protection, the filing deadlines as
the report gives them, each definition's status, and what is still missing or open."""

from __future__ import annotations

from screening.base import messages
from screening.report.context import build
from screening.report.summary import neutral_outcome


def summary(a, lib) -> list[str]:
    """The assessment in a few lines for the screen: result, each definition, flags, what is missing."""
    lang = a.language
    m = lambda key: messages.t(key, lang)  # noqa: E731

    lines = [f"{m('label.result').upper()}: {m('overall.' + a.overall)}"]
    for kind, o in a.outcomes.items():  # refugee status and protection from return are different results
        # worded as the report words it: statelessness "does not apply" rather than "not eligible"
        status = (m("report.outcome.not_eligible_neutral." + kind) if neutral_outcome(a, kind, o)
                  else m("interview.outcome_status." + o.status))
        lines.append(f"  {m('interview.outcome.' + kind)}: {status}")
    # filing deadlines as the report gives them: the last day and the days left
    for d in build(a, lib)["deadlines"]:
        lines.append(f"  [{d['icon']}] {d['label']}: {d['status_text']} — {d['headline']}")
    lines.append("")
    for d in a.definitions:
        lines.append(f"  [{m('status.' + d.status)}] {d.title}")
    for d in a.exclusions:
        lines.append(f"  [{m('exclusion.' + d.status)}] {d.title}")
    for f in a.flags:
        if f.status != "not_met":
            lines.append(f"  [{m('flag.' + f.status)}] {f.title}")
    for r in a.referrals:  # specific needs: refer now, whatever the result
        lines.append(f"  [!] {m('report.referral.refer_to')}: {r.title} — {r.referral}")
    if a.overall_missing:
        names = [lib.facts[f].question.get(lang) if f in lib.facts else f for f in a.overall_missing]
        lines.append(f"  {m('label.missing')}:")
        lines += [f"    - {n}" for n in names]
    if a.open_checks:  # clauses nobody raised: they do not hold the result open, but must be examined
        lines.append(f"  {m('interview.open_checks')}:")
        lines += [f"    - {c.title}" for c in a.open_checks]
    lines.append("")
    lines.append(a.disclaimer)
    return lines
