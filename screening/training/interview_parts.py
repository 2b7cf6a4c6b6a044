"""The parts of a training score that read how the trainee interviewed, not what they found: order and
safeguards (account first, exclusion last, sensitive questions after rapport, a child's guardian),
technique (open questions first, closed ones to confirm, no leading or multiple questions, contradictions
put back with `clarify`) and the interview's stages (the opening and the closing, from the trainee's words).
An interview that asked nothing gets none of these points."""

from __future__ import annotations

from typing import Any

from screening.base.messages import t
from screening.training.session import TrainingSession
from screening.training.technique import OPEN, elements_of, stage_elements

# catalogue topics read by the order checks (data names, not legal rules)
_EXCLUSION_TOPIC = "exclusion"
_GBV_FACTS = ("survivor_of_sexual_violence", "route_harms")


def _line(ok: bool, text: str, detail: str = "") -> dict:
    return {"ok": ok, "text": text, "detail": detail}


def nothing_asked(lang: str) -> list[dict]:
    return [_line(False, t("training.score.nothing_asked", lang))]


def order(s: TrainingSession, w: dict, engine: Any) -> tuple[float, list[dict]]:
    lib, lang = s.screener.lib, s.lang
    if not s.heard_anything():
        return 0.0, nothing_asked(lang)
    steps = s.steps
    lines, lost = [], 0.0
    heard = next((i for i, st in enumerate(steps) if st.kind == "account"), None)
    opening = {f.id for f in lib.catalogue.opening()}
    specific = [i for i, st in enumerate(steps) if st.kind == "ask" and st.fact not in opening]
    if heard is None:
        lost += w.get("no_account", 0)
    elif specific and heard > specific[0]:
        lost += w.get("account_late", 0)
    lines.append(_line(heard is not None and not (specific and heard > specific[0]),
                       t("training.score.account_first", lang)))
    topics = [(i, lib.facts[st.fact].topic) for i, st in enumerate(steps) if st.kind == "ask" and st.fact in lib.facts]
    early = [i for i, tp in topics
             if tp == _EXCLUSION_TOPIC and any(j > i and tq != _EXCLUSION_TOPIC for j, tq in topics)]
    if early:
        lost += w.get("exclusion_early", 0) * len(early)
        lines.append(_line(False, t("training.score.exclusion_early", lang).format(n=len(early))))
    sensitive = [i for i in specific if lib.facts[steps[i].fact].sensitive and (heard is None or i < heard)]
    if sensitive:
        lost += w.get("sensitive_before_account", 0) * len(sensitive)
        lines.append(_line(False, t("training.score.sensitive_early", lang).format(n=len(sensitive))))
    if any(r.id == "child_applicant" for r in engine.referrals):
        guardian = next((i for i, st in enumerate(steps) if st.kind == "safeguard" and st.fact == "guardian"), None)
        claim = [i for i in specific if lib.facts[steps[i].fact].topic not in ("identity",)]
        ok = guardian is not None and (not claim or guardian < claim[0])
        if not ok:
            lost += w.get("no_guardian_for_child", 0)
        lines.append(_line(ok, t("training.score.guardian", lang)))
    gbv = [st for st in steps if st.kind in ("follow_up", "clarify") and st.fact in _GBV_FACTS]
    if gbv:
        lost += w.get("gbv_follow_up", 0) * len(gbv)
        lines.append(_line(False, t("training.score.gbv_follow_up", lang)))
    return max(0.0, w["points"] - lost), lines


def technique(s: TrainingSession, w: dict) -> tuple[float, list[dict]]:
    """Half for opening each topic with an open question (the person tells it first), half for asking
    openly at least `open_share` of the time; leading and multiple questions cost points each, and so
    does a contradiction settled without putting it back to the person. A sensitive fact asked as one
    closed question counts neither way."""
    lib, lang = s.screener.lib, s.lang
    asks = [st for st in s.steps if st.kind == "ask" and st.fact in lib.facts]
    if not asks:
        return 0.0, nothing_asked(lang)
    # a sensitive fact is rightly asked as one yes-or-no question (trauma-informed): neither open nor closed
    asks = [st for st in asks if not (lib.facts[st.fact].sensitive and st.technique == "closed")] or asks
    first: dict[str, str] = {}
    for st in asks:
        first.setdefault(lib.facts[st.fact].topic, st.technique)
    # no free narrative invited at all (neither the account nor an open invitation): nothing was opened
    invited = any(st.kind == "account" or st.technique == "open_invitation" for st in s.steps)
    opened = sum(1 for k in first.values() if k in OPEN) / len(first) if invited else 0.0
    share = sum(1 for st in asks if st.technique in OPEN) / len(asks)
    target = w.get("open_share", 0.5)
    got = w["points"] * (0.5 * opened + 0.5 * min(1.0, share / target))
    lines = [_line(opened == 1, t("training.score.open_first", lang).format(n=round(100 * opened))),
             _line(share >= target, t("training.score.open_share", lang).format(n=round(100 * share),
                                                                                 want=round(100 * target)))]
    for kind in ("leading", "multiple"):
        bad = [st for st in asks if st.technique == kind]
        got -= w.get(f"per_{kind}", 0) * len(bad)
        lines += [_line(False, t(f"training.score.{kind}", lang), f"«{st.text}»") for st in bad]
    unclarified = [st.fact for st in s.steps if st.kind == "follow_up" and st.fact in s.sc.facts
                   and s.sc.facts[st.fact].first_kind == "contradiction"]
    got -= w.get("contradiction_not_clarified", 0) * len(unclarified)
    lines += [_line(False, t("training.score.not_clarified", lang), lib.facts[f].question.get(lang))
              for f in unclarified]
    return max(0.0, got), lines


def stages(s: TrainingSession, w: dict) -> tuple[float, list[dict]]:
    """The opening (words said before the first question) and the closing (after the last), each
    element found in the trainee's own words."""

    lang = s.lang
    if not s.heard_anything():
        return 0.0, nothing_asked(lang)
    asks = [i for i, st in enumerate(s.steps) if st.kind in ("ask", "account")]
    said = {"opening": [st.text for st in s.steps[:asks[0]] if st.kind == "say"],
            "closing": [st.text for st in s.steps[asks[-1] + 1:] if st.kind == "say"]}
    got, lines = 0.0, []
    for stage in ("opening", "closing"):
        wanted = elements_of(stage)
        found = {el for text in said[stage] for el in stage_elements(text, lang, stage)}
        got += w["points"] / 2 * len(found & set(wanted)) / max(1, len(wanted))
        lines += [_line(el in found, t(f"training.stage.{stage}.{el}", lang)) for el in wanted]
    return got, lines
