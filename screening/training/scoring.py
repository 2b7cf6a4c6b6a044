"""Scoring a training session against the engine's result on the scenario's hidden facts. The rules
are the rubric: what is decisive, what could change a result, which referrals apply, all come from the
same compiled rules that screen real cases. Weights are data (training/weights.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screening.models.scenario import hidden_case
from screening.training.session import TrainingSession

PARTS = ("coverage", "economy", "order", "conclusions", "referrals")


def bar_conclusion(d) -> str:
    """An exclusion or cessation set as the trainee states it: clear (not raised, or does not apply), indicated
    (only the authority can decide it: refer), applies (a plain fact), or undetermined (ask more)."""
    if d.status in ("not_met", "not_raised"):
        return "bar_clear"
    if d.status == "met":
        return "bar_applies"
    return "bar_indicated" if d.held_open else "undetermined"
# catalogue topics read by the order checks (data names, not legal rules)
_EXCLUSION_TOPIC = "exclusion"


@dataclass
class Part:
    name: str
    points: float
    got: float
    lines: list[dict] = field(default_factory=list)  # {ok: bool, text: str, detail: str}


@dataclass
class Scorecard:
    scenario: str
    country: str
    lang: str
    parts: list[Part]
    total: float
    out_of: float
    engine: Any  # the Assessment on the hidden facts


def load_weights(path: Path | None = None) -> dict[str, dict[str, float]]:
    from screening.base import yamlio
    from screening.base.errors import InputError
    from screening.base.paths import shipped_training_dir
    from screening.models.scenario import scenario_dirs

    dirs = [shipped_training_dir(), *scenario_dirs()]
    p = path or next((d / "weights.yaml" for d in reversed(dirs) if (d / "weights.yaml").is_file()), None)
    if p is None:
        raise InputError("no training/weights.yaml found")
    raw = yamlio.plain(yamlio.load(p)) or {}
    for part in PARTS:
        if not isinstance(raw.get(part), dict) or not isinstance(raw[part].get("points"), (int, float)):
            raise InputError(f"{part}: expected a mapping with 'points' (a number)", p,
                             yamlio.line_of(yamlio.load(p), (part,)))
    return raw


def _statuses(a: Any) -> dict[str, str]:
    out = {f"d:{d.id}": d.status for d in a.definitions + a.exclusions}
    out.update({f"o:{k}": o.status for k, o in a.outcomes.items()})
    out.update({f"r:{r.id}": "raised" for r in a.referrals})
    return out


def decisive_facts(s: TrainingSession) -> list[str]:
    """Hidden facts whose answer settles something for this persona: without it, some definition,
    outcome or referral would come out differently."""
    from screening.models.case import Case

    case = hidden_case(s.sc, s.screener.lib)
    full = _statuses(s.screener.assess(case, s.country, s.as_of, s.lang))
    out = []
    for fid in s.sc.facts:
        without = Case(reference=case.reference, known={k: v for k, v in case.known.items() if k != fid},
                       unknown=[x for x in case.unknown if x != fid], declined=[x for x in case.declined if x != fid])
        if _statuses(s.screener.assess(without, s.country, s.as_of, s.lang)) != full:
            out.append(fid)
    return out


def score(s: TrainingSession, weights: dict[str, dict[str, float]]) -> Scorecard:
    from screening.assess.relevance import criteria_reading
    from screening.base.messages import t

    lib, lang = s.screener.lib, s.lang
    engine = s.screener.assess(hidden_case(s.sc, lib), s.country, s.as_of, lang)
    jur = lib.jurisdiction(s.country, s.as_of)
    crit_title = {cid: c.title.get(lang) for cid, c in jur.criteria.items()}
    parts: list[Part] = []

    # coverage: the decisive facts the trainee obtained a clear answer to
    decisive = decisive_facts(s)
    w = weights["coverage"]
    clear = {k for k, v in s.recorded.items() if k in s.sc.facts and v == s.sc.facts[k].value}
    lines = []
    for fid in decisive:
        serves = criteria_reading(s.screener, s.country, fid, s.as_of)
        cites = [c.label(lang) for cid in serves[:1] for c in jur.criteria[cid].cite[:1]]
        detail = "; ".join([crit_title.get(c, c) for c in serves[:2]] + cites)
        lines.append({"ok": fid in clear, "text": lib.facts[fid].question.get(lang), "detail": detail, "fact": fid})
    got = w["points"] * (sum(x["ok"] for x in lines) / len(lines)) if lines else w["points"]
    parts.append(Part("coverage", w["points"], got, lines))

    # economy: questions that could not change any result when asked
    w = weights["economy"]
    wasted = [st for st in s.steps if st.kind == "ask" and not st.could_change]
    why = t("training.score.could_not_change", lang)
    lines = [{"ok": False, "text": lib.facts[st.fact].question.get(lang), "detail": why, "fact": st.fact}
             for st in wasted if st.fact in lib.facts]
    parts.append(Part("economy", w["points"], max(0.0, w["points"] - w.get("per_question", 1) * len(wasted)), lines))

    # order: account first, exclusion last, sensitive after rapport, child and GBV safeguards
    w = weights["order"]
    lines, lost = [], 0.0
    kinds = [st for st in s.steps]
    heard = next((i for i, st in enumerate(kinds) if st.kind == "account"), None)
    opening = {f.id for f in lib.catalogue.opening()}
    specific = [i for i, st in enumerate(kinds) if st.kind == "ask" and st.fact not in opening]
    if specific and (heard is None or heard > specific[0]):
        lost += w.get("account_late", 0)
        lines.append({"ok": False, "text": t("training.score.account_late", lang), "detail": ""})
    topics = [(i, lib.facts[st.fact].topic) for i, st in enumerate(kinds) if st.kind == "ask" and st.fact in lib.facts]
    early = [i for i, tp in topics
             if tp == _EXCLUSION_TOPIC and any(j > i and tq != _EXCLUSION_TOPIC for j, tq in topics)]
    if early:
        lost += w.get("exclusion_early", 0) * len(early)
        msg = t("training.score.exclusion_early", lang).format(n=len(early))
        lines.append({"ok": False, "text": msg, "detail": ""})
    sensitive = [i for i in specific if lib.facts[kinds[i].fact].sensitive and (heard is None or i < heard)]
    if sensitive:
        lost += w.get("sensitive_before_account", 0) * len(sensitive)
        msg = t("training.score.sensitive_early", lang).format(n=len(sensitive))
        lines.append({"ok": False, "text": msg, "detail": ""})
    child = any(r.id == "child_applicant" for r in engine.referrals)
    if child:
        guardian = next((i for i, st in enumerate(kinds) if st.kind == "safeguard" and st.fact == "guardian"), None)
        claim = [i for i in specific if lib.facts[kinds[i].fact].topic not in ("identity",)]
        ok = guardian is not None and (not claim or guardian < claim[0])
        if not ok:
            lost += w.get("no_guardian_for_child", 0)
        lines.append({"ok": ok, "text": t("training.score.guardian", lang), "detail": ""})
    gbv = [st for st in kinds if st.kind == "follow_up" and st.fact in ("survivor_of_sexual_violence", "route_harms")]
    if gbv:
        lost += w.get("gbv_follow_up", 0) * len(gbv)
        lines.append({"ok": False, "text": t("training.score.gbv_follow_up", lang), "detail": ""})
    parts.append(Part("order", w["points"], max(0.0, w["points"] - lost), lines))

    # conclusions: each definition screened and the overall result, against the engine's
    w = weights["conclusions"]
    c = s.conclusions
    lines = []
    for d in engine.definitions:
        said = (c.definitions.get(d.id) if c else None) or "—"
        why = "; ".join(f"{x.title}: {t('status.' + x.status, lang)}" for x in d.criteria
                        if x.status in ("not_met", "undetermined"))[:400]
        lines.append({"ok": said == d.status, "text": d.title, "detail": why, "said": said, "engine": d.status,
                      "id": d.id})
    for d in engine.exclusions:  # what a screening may conclude: conduct-based grounds at most "indicated"
        said = (c.exclusions.get(d.id) if c else None) or "—"
        right = bar_conclusion(d)
        lines.append({"ok": said == right, "text": d.title, "detail": "", "said": said, "engine": right, "id": d.id})
    said = c.overall if c else "—"
    lines.append({"ok": said == engine.overall, "text": t("label.result", lang), "detail": "", "said": said,
                  "engine": engine.overall, "id": "overall"})
    parts.append(Part("conclusions", w["points"], w["points"] * sum(x["ok"] for x in lines) / len(lines), lines))

    # referrals: those this persona calls for, found and missed; those named wrongly
    w = weights["referrals"]
    want = {r.id: r.title for r in engine.referrals}
    named = set(c.referrals) if c else set()
    lines = [{"ok": rid in named, "text": title, "detail": ""} for rid, title in want.items()]
    wrong = sorted(named - set(want))
    titles = {f.id: f.title.get(lang) for f in jur.flags if f.kind == "referral"}
    not_called = t("training.score.not_called_for", lang)
    lines += [{"ok": False, "text": titles.get(r, r), "detail": not_called} for r in wrong]
    share = (sum(1 for r in want if r in named) / len(want)) if want else 1.0
    parts.append(Part("referrals", w["points"], max(0.0, w["points"] * share - w.get("per_wrong", 0) * len(wrong)),
                      lines))

    total = sum(p.got for p in parts)
    return Scorecard(s.sc.id, s.country, lang, parts, round(total, 1), sum(p.points for p in parts), engine)
