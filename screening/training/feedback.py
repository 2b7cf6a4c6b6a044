"""Feedback that teaches, after the scorecard: the trainer's note, for each decisive fact missed (or asked
in a leading or multiple way) a better question and the practice it rests on, and the scenario's model
interview played move by move (training/language/model_questions.yaml holds the better questions)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from screening.base import yamlio
from screening.base.messages import t
from screening.base.paths import shipped_training_dir
from screening.models.script import parse_moves
from screening.training import script
from screening.training.scoring import Scorecard
from screening.training.session import TrainingSession


@lru_cache(maxsize=2)
def _model_questions(path: str) -> dict[str, Any]:
    return yamlio.plain(yamlio.load(Path(path))) or {}


def model_questions() -> dict[str, Any]:

    return _model_questions(str(shipped_training_dir() / "language" / "model_questions.yaml"))


def better_questions(s: TrainingSession, card: Scorecard) -> list[dict[str, str]]:
    """For each decisive fact not obtained, and each leading or multiple question: the question a trainer
    would ask instead, and its source."""
    data, lang = model_questions(), s.lang
    missed = [x["fact"] for p in card.parts if p.name == "coverage" for x in p.lines if not x["ok"]]
    badly = [st.fact for st in s.steps if st.kind == "ask" and st.technique in ("leading", "multiple")]
    out = []
    for fid in dict.fromkeys(missed + badly):
        q = (data.get("facts") or {}).get(fid)
        if not q:
            continue
        source = (data.get("sources") or {}).get(q.get("source", ""), {})
        out.append({"fact": fid, "asked": s.screener.lib.facts[fid].question.get(lang), "better": q[lang],
                    "source": source.get(lang, "")})
    return out


def model_transcript(s: TrainingSession, path: Path | None) -> list[dict[str, str]]:
    """The scenario's model interview, played in a fresh session: who says what."""
    if path is None or not s.sc.model_interview:
        return []

    fresh = TrainingSession(s.sc, s.screener, s.lang, s.country, s.as_of)
    played = script.play(fresh, parse_moves(yamlio.load(path)["model_interview"], path))
    out = []
    for p in played:
        if p.text:
            out.append({"who": "trainee", "text": p.text, "kind": p.technique})
        elif p.move in ("account", "follow", "clarify", "guardian"):
            out.append({"who": "trainee", "text": t(f"training.feedback.{p.move}", s.lang), "kind": ""})
        if p.said:
            out.append({"who": s.sc.persona.name, "text": p.said, "kind": ""})
    return out


def build(s: TrainingSession, card: Scorecard, path: Path | None) -> dict[str, Any]:
    note = s.sc.note.get(s.lang) if s.sc.note is not None else ""
    return {"note": note, "better": better_questions(s, card), "model": model_transcript(s, path)}


def text(fb: dict[str, Any], lang: str) -> list[str]:

    out: list[str] = []
    if fb["better"]:
        out += ["", t("training.feedback.better", lang).upper()]
        for b in fb["better"]:
            out.append(f"  ✗ {b['asked']}")
            out.append(f"    → «{b['better']}»" + (f" ({b['source']})" if b["source"] else ""))
    if fb["note"]:
        out += ["", t("training.feedback.note", lang).upper(), f"  {fb['note']}"]
    if fb["model"]:
        out += ["", t("training.feedback.model", lang).upper()]
        you = t("training.feedback.you", lang)
        for line in fb["model"]:
            who = you if line["who"] == "trainee" else line["who"]
            kind = f"  [{t('training.technique.' + line['kind'], lang)}]" if line["kind"] else ""
            out.append(f"  {who}: {line['text']}{kind}")
    return out
