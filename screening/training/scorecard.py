"""The scorecard in words: printed lines for the terminal, Markdown and HTML files (Jinja templates in
templates/training/, autoescaped in HTML: answers quote what the trainee typed), and the history of
attempts in an owner-only file."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from screening.base.files import make_private_dirs, write_private
from screening.base.messages import t
from screening.base.places import user_state_dir
from screening.report.render import make_env
from screening.training.scoring import Scorecard


def word(value: str, lang: str) -> str:
    """A status or result in the reader's words (a conclusion left blank stays a dash)."""
    for key in (f"status.{value}", f"report.outcome.{value}"):
        try:
            return t(key, lang)
        except KeyError:
            continue
    return value


def view(card: Scorecard, title: str) -> dict[str, Any]:
    lang = card.lang
    parts = [{"name": p.name, "label": t(f"training.score.part.{p.name}", lang), "points": _n(p.points),
              "got": _n(p.got),
              "lines": [dict(x, said=word(x["said"], lang), engine=word(x["engine"], lang)) if "said" in x else x
                        for x in p.lines]} for p in card.parts]
    return {"title": title, "total": _n(card.total), "out_of": _n(card.out_of), "parts": parts}


def as_json(card: Scorecard) -> dict[str, Any]:
    """The scorecard for a program: `total` (0-100), `out_of`, and each part with its lines."""
    return {"scenario": card.scenario, "country": card.country, "lang": card.lang, "total": card.total,
            "out_of": card.out_of,
            "parts": {p.name: {"points": p.points, "got": round(p.got, 1), "lines": p.lines} for p in card.parts}}


def _n(x: float) -> str:
    """A score as people write it: 40, 13.3 (one decimal, none when whole)."""
    return f"{round(float(x), 1):g}"


def text(card: Scorecard, title: str) -> list[str]:
    v, lang = view(card, title), card.lang
    out = ["", f"{t('training.score.heading', lang).upper()}: {title}", t("training.score.disclaimer", lang),
           t("training.score.total", lang).format(got=v["total"], out_of=v["out_of"])]
    for p in v["parts"]:
        out.append(f"  {p['label']}: {p['got']} / {p['points']}")
        for x in p["lines"]:
            said = (f" ({t('training.score.you_said', lang)}: {x['said']}; {t('training.score.engine_says', lang)}: "
                    f"{x['engine']})") if "said" in x else ""
            detail = f" — {x['detail']}" if x.get("detail") else ""
            out.append(f"    [{'✓' if x['ok'] else '✗'}] {x['text']}{said}{detail}")
    return out


def write(card: Scorecard, title: str, path: Path, fb: dict[str, Any] | None = None) -> None:

    kind = "html" if path.suffix.lower() in (".html", ".htm") else "md"
    env = make_env(kind)
    env.globals["t"] = lambda key: t(key, card.lang)
    env.globals["lang"] = card.lang
    write_private(path, env.get_template(f"training/scorecard.{kind}.j2").render(c=view(card, title), fb=fb))


def history_path() -> Path:
    override = os.environ.get("SCREENING_TRAINING_HISTORY")
    if override:
        return Path(override)

    return user_state_dir() / "training-history.jsonl"


def record(card: Scorecard, path: Path | None = None) -> None:
    """Append this attempt to the history (owner-only; rewritten whole, atomically)."""

    path = path or history_path()
    make_private_dirs(path.parent)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    entry = {"scenario": card.scenario, "country": card.country, "lang": card.lang,
             "when": dt.datetime.now().isoformat(timespec="seconds"), "total": card.total, "out_of": card.out_of,
             "parts": {p.name: round(p.got, 1) for p in card.parts}}
    write_private(path, old + json.dumps(entry, ensure_ascii=False) + "\n")


def history(path: Path | None = None) -> list[dict]:
    path = path or history_path()
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a torn line from an older crash: skip it, keep the rest
    return out
