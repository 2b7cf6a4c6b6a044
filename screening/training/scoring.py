"""Scoring a training session against the engine's result on the scenario's hidden facts. The rules
are the rubric: what is decisive, what could change a result, which referrals apply, all come from the
same compiled rules that screen real cases. Weights are data (training/weights.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screening.assess.relevance import criteria_reading
from screening.base import yamlio
from screening.base.errors import InputError
from screening.base.messages import t
from screening.base.paths import shipped_training_dir
from screening.models.case import DECLINED, UNKNOWN, Case
from screening.models.scenario import hidden_case, scenario_dirs
from screening.training import interview_parts as ip
from screening.training.interview_parts import nothing_asked
from screening.training.session import TrainingSession

PARTS = ("coverage", "economy", "order", "technique", "stages", "conclusions", "referrals")


def bar_conclusion(d) -> str:
    """An exclusion or cessation set as the trainee states it: clear (not raised, or does not apply), indicated
    (only the authority can decide it: refer), applies (a plain fact), or undetermined (ask more)."""
    if d.status in ("not_met", "not_raised"):
        return "bar_clear"
    if d.status == "met":
        return "bar_applies"
    return "bar_indicated" if d.held_open else "undetermined"


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


def statuses(a: Any) -> dict[str, str]:
    """What a result settles; "not raised" and "not met" are one answer here (nothing there either way),
    so a clause raised only on indication is decisive only where the scenario points to it."""
    out = {f"d:{d.id}": _plain(d.status) for d in a.definitions + a.exclusions}
    out.update({f"o:{k}": _plain(o.status) for k, o in a.outcomes.items()})
    out.update({f"r:{r.id}": "raised" for r in a.referrals})
    return out


def _plain(status: str) -> str:
    return "not_met" if status == "not_raised" else status


def decisive_facts(s: TrainingSession) -> list[str]:
    """Hidden facts whose answer settles something for this persona: without it, some definition,
    outcome or referral would come out differently."""

    case = hidden_case(s.sc, s.screener.lib)
    full = statuses(s.screener.assess(case, s.country, s.as_of, s.lang))
    out = []
    for fid in s.sc.facts:
        without = Case(reference=case.reference, known={k: v for k, v in case.known.items() if k != fid},
                       unknown=[x for x in case.unknown if x != fid], declined=[x for x in case.declined if x != fid])
        if statuses(s.screener.assess(without, s.country, s.as_of, s.lang)) != full:
            out.append(fid)
    return out


def score(s: TrainingSession, weights: dict[str, dict[str, float]]) -> Scorecard:

    lib, lang = s.screener.lib, s.lang
    engine = s.screener.assess(hidden_case(s.sc, lib), s.country, s.as_of, lang)
    elicited = s.screener.assess(s.recorded_case(), s.country, s.as_of, lang)
    decisive = decisive_facts(s)
    parts = [_coverage(s, weights["coverage"], decisive), _economy(s, weights["economy"], decisive)]
    for name, (got, lines) in (("order", ip.order(s, weights["order"], engine)),
                               ("technique", ip.technique(s, weights["technique"])),
                               ("stages", ip.stages(s, weights["stages"]))):
        parts.append(Part(name, weights[name]["points"], got, lines))
    parts += [_conclusions(s, weights["conclusions"], engine, elicited),
              _referrals(s, weights["referrals"], engine, elicited)]
    total = max(0.0, sum(p.got for p in parts))
    return Scorecard(s.sc.id, s.country, lang, parts, round(total, 1), sum(p.points for p in parts), engine)


def _coverage(s: TrainingSession, w: dict, decisive: list[str]) -> Part:
    """The decisive facts the trainee obtained a clear answer to."""

    lib, lang = s.screener.lib, s.lang
    jur = lib.jurisdiction(s.country, s.as_of)
    clear = {k for k, v in s.recorded.items() if k in s.sc.facts and v == s.sc.facts[k].value}
    lines = []
    for fid in decisive:
        serves = criteria_reading(s.screener, s.country, fid, s.as_of)
        cites = [c.label() for cid in serves[:1] for c in jur.criteria[cid].cite[:1]]
        detail = "; ".join([jur.criteria[c].title.get(lang) if c in jur.criteria else c for c in serves[:2]] + cites)
        lines.append({"ok": fid in clear, "text": lib.facts[fid].question.get(lang), "detail": detail, "fact": fid})
    if not lines:
        got = w["points"] if s.heard_anything() else 0.0
    else:
        got = w["points"] * sum(x["ok"] for x in lines) / len(lines)
    return Part("coverage", w["points"], got, lines)


def _points_there(s: TrainingSession, fid: str) -> bool:
    """Does the scenario point to this fact (a hidden answer that is not a plain no)?"""

    hf = s.sc.facts.get(fid)
    return hf is not None and hf.value not in (False, None, UNKNOWN, DECLINED, [], "none")


def irrelevant_sensitive(s: TrainingSession, fid: str, decisive: list[str], also: list[str]) -> bool:
    """A sensitive question nothing pointed to (pregnancy, sexual orientation, crimes asked of a survivor):
    not decisive for this persona, and the scenario's answer is no or nothing."""
    fact = s.screener.lib.facts[fid]
    return (fact.sensitive or fid in also) and fid not in decisive and not _points_there(s, fid)


def _economy(s: TrainingSession, w: dict, decisive: list[str]) -> Part:
    """The share of questions that could not change anything, an irrelevant sensitive question counting
    `sensitive_factor` times; the loss is not capped at the part's points (down to -`max_loss`), so
    asking everything costs more than it finds."""

    lib, lang = s.screener.lib, s.lang
    asks = [st for st in s.steps if st.kind == "ask" and st.fact in lib.facts]
    if not asks:

        return Part("economy", w["points"], 0.0, nothing_asked(lang))
    lines, waste = [], 0.0
    also = list(w.get("also_sensitive") or [])
    for st in asks:
        sensitive = irrelevant_sensitive(s, st.fact, decisive, also)
        if sensitive or not st.could_change:
            waste += w.get("sensitive_factor", 2) if sensitive else 1
            key = "training.score.sensitive_irrelevant" if sensitive else "training.score.could_not_change"
            lines.append({"ok": False, "text": lib.facts[st.fact].question.get(lang), "detail": t(key, lang),
                          "fact": st.fact})
    share = waste / len(asks)
    got = max(-w.get("max_loss", 20), w["points"] * (1 - w.get("scale", 3) * share))
    return Part("economy", w["points"], got, lines)


def _conclusions(s: TrainingSession, w: dict, engine: Any, elicited: Any) -> Part:
    """Each definition, exclusion and cessation set, and the overall result, marked against what the
    trainee elicited: where a question was not asked, "undetermined" is the right answer, and a
    conclusion the interview could not reach is not credited. A legally right answer is never wrong:
    "not met" for a definition nothing raised (statelessness for a national) is "not raised"."""

    lang, c = s.lang, s.conclusions
    if not s.heard_anything():

        return Part("conclusions", w["points"], 0.0, nothing_asked(lang))
    lines = []
    truth = {d.id: d for d in engine.definitions + engine.exclusions}
    for d in elicited.definitions:
        said = (c.definitions.get(d.id) if c else None) or "—"
        right = _plain(d.status)
        why = "; ".join(f"{x.title}: {t('status.' + x.status, lang)}" for x in d.criteria
                        if x.status in ("not_met", "undetermined"))[:400]
        lines.append({"ok": said == right, "text": d.title, "detail": why, "said": said, "engine": right, "id": d.id,
                      "truth": _plain(truth[d.id].status) if d.id in truth else right})
    for d in elicited.exclusions:  # what a screening may conclude: conduct-based grounds at most "indicated"
        said = (c.exclusions.get(d.id) if c else None) or "—"
        right = bar_conclusion(d)
        lines.append({"ok": said == right, "text": d.title, "detail": "", "said": said, "engine": right, "id": d.id,
                      "truth": bar_conclusion(truth[d.id]) if d.id in truth else right})
    said = c.overall if c else "—"
    lines.append({"ok": said == elicited.overall, "text": t("label.result", lang), "detail": "", "said": said,
                  "engine": elicited.overall, "id": "overall", "truth": engine.overall})
    return Part("conclusions", w["points"], w["points"] * sum(x["ok"] for x in lines) / len(lines), lines)


def _referrals(s: TrainingSession, w: dict, engine: Any, elicited: Any) -> Part:
    """Those this persona calls for, found (named, and raised by what the trainee asked: a referral not
    looked for is not found) and missed; those named that do not apply."""

    lang, c = s.lang, s.conclusions
    jur = s.screener.lib.jurisdiction(s.country, s.as_of)
    want = {r.id: r.title for r in engine.referrals}
    looked = {r.id for r in elicited.referrals}
    named = set(c.referrals) if c else set()
    not_looked = t("training.score.not_looked_for", lang)
    lines = [{"ok": rid in named and rid in looked, "text": title,
              "detail": not_looked if rid in named and rid not in looked else ""} for rid, title in want.items()]
    wrong = sorted(named - set(want))
    titles = {f.id: f.title.get(lang) for f in jur.flags if f.kind == "referral"}
    not_called = t("training.score.not_called_for", lang)
    lines += [{"ok": False, "text": titles.get(r, r), "detail": not_called} for r in wrong]
    if not s.heard_anything():
        share = 0.0
    else:
        share = (sum(1 for x in lines[:len(want)] if x["ok"]) / len(want)) if want else 1.0
    return Part("referrals", w["points"], max(0.0, w["points"] * share - w.get("per_wrong", 0) * len(wrong)), lines)
