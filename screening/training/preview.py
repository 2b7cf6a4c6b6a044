"""What a trainer sees before running a scenario (`screening train ID --preview`): the engine's outcome on
the hidden facts, the decisive facts (those a trainee must obtain) and the referrals this persona calls for."""

from __future__ import annotations

from typing import Any

from screening.assess.relevance import order
from screening.base.messages import t
from screening.models.scenario import hidden_case
from screening.training.scorecard import word
from screening.training.scoring import bar_conclusion, decisive_facts
from screening.training.session import TrainingSession


def build(s: TrainingSession) -> dict[str, Any]:

    lib, lang = s.screener.lib, s.lang
    a = s.screener.assess(hidden_case(s.sc, lib), s.country, s.as_of, lang)
    return {
        "scenario": s.sc.id, "country": s.country, "overall": a.overall,
        "definitions": [{"id": d.id, "title": d.title, "status": d.status} for d in a.definitions],
        "exclusions": [{"id": d.id, "title": d.title, "conclusion": bar_conclusion(d)} for d in a.exclusions],
        "decisive": [{"fact": f, "question": lib.facts[f].question.get(lang)}
                     for f in order(s.screener, decisive_facts(s))],
        "referrals": [{"id": r.id, "title": r.title} for r in a.referrals],
    }


def text(p: dict[str, Any], title: str, lang: str) -> list[str]:

    out = [f"{t('training.preview.heading', lang).upper()}: {title} ({p['country']})",
           f"  {t('label.result', lang)}: {word(p['overall'], lang)}"]
    out += [f"  {d['title']}: {word(d['status'], lang)}" for d in p["definitions"]]
    out += [f"  {d['title']}: {word(d['conclusion'], lang)}" for d in p["exclusions"]]
    out += ["", t("training.preview.decisive", lang)]
    out += [f"  - {d['question']} ({d['fact']})" for d in p["decisive"]]
    out += ["", t("training.preview.referrals", lang)]
    out += [f"  - {r['title']}" for r in p["referrals"]] or [f"  {t('training.preview.none', lang)}"]
    return out
