"""Which catalogue question a trainee's typed line puts: fuzzy matching (rapidfuzz) of the line's words
against each fact's key phrases (training/language/synonyms.yaml, per language: the words trainees use)
and its catalogue question, tolerant of typos, missing accents and word order. When nothing fits well
enough, no question: the trainee is told to rephrase, rather than a wrong question being put."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from screening.base import yamlio
from screening.base.paths import shipped_training_dir
from screening.training.technique import fold

# a typed word and a key word are the same word from this similarity (0-100) on: "amenasado" is "amenazado"
WORD_CUTOFF = 82
# two words sharing their first letters this far are forms of one word ("amenazas", "amenazaron")
STEM = 6
# the whole catalogue question typed (or pasted) nearly as it is
QUESTION_CUTOFF = 92


def _tokens(text: str) -> list[str]:
    return fold(text).replace("?", " ").split()


@lru_cache(maxsize=2)
def _data(path: str) -> dict[str, Any]:
    return yamlio.plain(yamlio.load(Path(path))) or {}


def data_path() -> Path:

    return shipped_training_dir() / "language" / "synonyms.yaml"


def _word_score(key: str, typed: list[str]) -> float:
    best = 0.0
    for w in typed:
        if w == key:
            return 100.0
        common = len(os.path.commonprefix([key, w]))
        if common >= STEM and common >= 0.7 * min(len(key), len(w)):
            best = max(best, 96.0)
        elif len(key) > 4 and abs(len(w) - len(key)) <= 3:  # short words: a typo is another word
            best = max(best, fuzz.ratio(key, w))
    return best


class Matcher:
    def __init__(self, lib: Any, lang: str):
        data = _data(str(data_path()))
        self.lang = lang
        self.questions = {f.id: fold(f.question.get(lang)) for f in lib.catalogue.facts}
        self.phrases: dict[str, list[list[str]]] = {}
        for fid, by_lang in (data.get("facts") or {}).items():
            if fid not in self.questions:
                continue
            texts = list(by_lang.get(lang) or []) + [fid.replace("_", " ")]
            self.phrases[fid] = [t for t in (_tokens(x) for x in texts) if t]

    def ranked(self, text: str) -> list[tuple[float, str]]:
        """Facts the line could put, best first, each with its score (a key phrase's length in words, plus
        how closely its words were typed, plus how close the line is to the catalogue question)."""
        raw = text.strip()
        if raw in self.questions:  # a fact id
            return [(100.0, raw)]
        folded = fold(raw)
        exact = [(100.0, fid) for fid, q in self.questions.items()
                 if fuzz.ratio(folded, q) >= QUESTION_CUTOFF]
        if exact:
            return sorted(exact, reverse=True)[:1]
        typed = _tokens(raw)
        if not typed:
            return []
        out = []
        for fid, phrases in self.phrases.items():
            best = 0.0
            for words in phrases:
                scores = [_word_score(k, typed) for k in words]
                if min(scores) >= WORD_CUTOFF:
                    best = max(best, len(words) + sum(scores) / (100.0 * len(words)))
            if best:  # between phrases as long: the one whose catalogue question the line is closer to
                out.append((best + 0.5 * fuzz.token_set_ratio(folded, self.questions[fid]) / 100, fid))
        return sorted(out, reverse=True)

    def best(self, text: str) -> str | None:
        """The one question the line puts, or None when nothing fits."""
        ranked = self.ranked(text)
        return ranked[0][1] if ranked else None

    def candidates(self, text: str, n: int = 5) -> list[str]:
        """The best question, and those as close to it (a tie the trainee chooses between)."""
        ranked = self.ranked(text)
        if not ranked:
            return []
        top = ranked[0][0]
        return [fid for score, fid in ranked[:n] if score >= top - 0.02]
