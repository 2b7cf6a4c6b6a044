"""The explanation memo (screening/explain/memo.py) changes no output: every case of a registry-like
corpus, in several countries and languages, gives byte-identical JSON with the memo and without it,
including cases explained from the memo's entries (each case is explained after others like it)."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.assess.screener import Screener
from screening.explain import memo as explain_memo
from screening.law.load import load_library
from tests.explain_corpus import cases

AS_OF = dt.date(2026, 11, 20)
RUNS = [("MX", "en"), ("MX", "es"), ("BR", "pt"), ("US", "en"), ("CO", "es"), ("CR", "es"), ("EC", "pt")]


@pytest.fixture(scope="module")
def lib():
    return load_library()


@pytest.mark.parametrize(("country", "lang"), RUNS)
def test_memo_gives_the_same_explanation(lib, country, lang):
    corpus = list(cases(lib, 150, seed=sum(map(ord, country + lang))))
    with Screener(lib) as s:
        with explain_memo.disabled():
            plain = [s.assess(c, country, AS_OF, lang).model_dump_json() for c in corpus]
        memo = [s.assess(c, country, AS_OF, lang).model_dump_json() for c in corpus]
        again = [s.assess(c, country, AS_OF, lang).model_dump_json() for c in corpus]  # every definition a hit
        entries = sum(len(t) for t in s.compiled(country, AS_OF)[1].__dict__["_explain_memo"].values())
    assert entries < 12 * len(corpus)  # rows did share results (else the memo is only overhead)
    for i, (a, b, c) in enumerate(zip(plain, memo, again, strict=True)):
        assert a == b == c, f"case {i} ({country}, {lang}) explained differently with the memo"


def test_memo_stays_bounded(lib, monkeypatch):
    monkeypatch.setattr(explain_memo, "LIMIT", 8)
    with Screener(lib) as s:
        corpus = list(cases(lib, 120, seed=7))
        for c in corpus:
            s.assess(c, "MX", AS_OF, "en")
        tables = s.compiled("MX", AS_OF)[1].__dict__["_explain_memo"]
        assert tables and all(len(t) <= 4 for t in tables.values()) and sum(map(len, tables.values())) <= 8
        with explain_memo.disabled():
            plain = [s.assess(c, "MX", AS_OF, "en").model_dump_json() for c in corpus[-20:]]
        assert plain == [s.assess(c, "MX", AS_OF, "en").model_dump_json() for c in corpus[-20:]]


def test_a_case_reads_the_same_whether_it_is_explained_first_or_later(lib):
    """The sources below high confidence a report lists once depended on whether the case was the first a
    process explained (a source hidden from a criterion's list by another of the same label was noted only
    then): `assess` of one case and a batch row differed, and so could `--jobs 2` from one job."""
    corpus = list(cases(lib, 3, seed=11))
    with Screener(lib) as s, explain_memo.disabled():
        first = s.assess(corpus[0], "CO", AS_OF, "es")
        s.assess(corpus[1], "CO", AS_OF, "es")
        later = s.assess(corpus[0], "CO", AS_OF, "es")
    assert [c.label for c in first.uncertain_sources] == [c.label for c in later.uncertain_sources]
    assert first.model_dump_json() == later.model_dump_json()
    # the Cartagena Declaration's sur place note (medium confidence) is listed, in every case
    # (the label is in the report's language: the instrument keeps its English name)
    assert any(c.instrument.startswith("Cartagena Declaration") and c.confidence == "medium"
               for c in later.uncertain_sources)
