"""Rule files and case files are scanned by libyaml (yamlio._load_fast), about 5 times faster than
ruamel's pure scanner; the result must be what ruamel's own scanner gives: the same data, types and
line numbers, and a broken file reported in the same words at the same line. libyaml (YAML 1.1) reads
a few texts otherwise (CORNERS below): those are refused before or while parsing and read by the pure
scanner, as is anything libyaml cannot read. Checked on every shipped file, on every file read as a
case, on generated cases and on each corner found."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.base import yamlio
from screening.base.errors import InputError
from screening.base.limits import CASE, RULES

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted([*ROOT.glob("rules/**/*.yaml"), *ROOT.glob("countries/*.yaml"), *ROOT.glob("training/*.yaml"),
                  *ROOT.glob("screening/messages/*.yaml"), *ROOT.glob("screening/base/*.yaml"),
                  ROOT / "screening" / "law" / "compare.yaml",
                  *ROOT.glob("screening/bdd/*.yaml")])
# read with the CASE limits: case files, training scenarios and their weights, the comparison columns
# and the BDD phrases (a case or session file under tests/ would belong here too; there is none)
AS_CASES = sorted([*ROOT.glob("examples/*.yaml"), *ROOT.glob("training/*.yaml"),
                   ROOT / "screening" / "law" / "compare.yaml", ROOT / "screening" / "bdd" / "phrases.yaml",
                   *ROOT.glob("tests/**/case*.yaml"),
                   *ROOT.glob("tests/**/session*.yaml")])


def same(a, b, where: str) -> None:
    from ruamel.yaml.comments import TaggedScalar

    assert type(a) is type(b), where
    if isinstance(a, dict):
        assert list(a) == list(b), where
        assert (a.lc.line, a.lc.col) == (b.lc.line, b.lc.col), where
        for k in a:
            assert a.lc.key(k) == b.lc.key(k) and a.lc.value(k) == b.lc.value(k), f"{where}.{k}"
            same(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        assert (a.lc.line, a.lc.col) == (b.lc.line, b.lc.col), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert a.lc.item(i) == b.lc.item(i), f"{where}[{i}]"
            same(x, y, f"{where}[{i}]")
    elif isinstance(a, TaggedScalar):  # `a: =` or `a: <<`: no == of its own
        assert (a.value, a.style, str(a.tag)) == (b.value, b.style, str(b.tag)), where
    else:
        assert a == b or (a != a and b != b), where  # nan is not nan


def pure(text: str, limits=CASE):
    """ruamel's pure scanner alone, as yamlio.load falls back to it: the data, or the exception."""
    try:
        return yamlio._yaml(limits).load(text)
    except Exception as e:  # noqa: BLE001 - compared, whatever it is
        return e


def unguarded(text: str, limits=CASE):
    """libyaml's events into the same composer and constructor, without _load_fast's checks."""
    from ruamel.yaml.cyaml import CParser

    y = yamlio._yaml(limits)
    parser = y._parser = CParser(text)
    try:
        return y.constructor.get_single_data()
    finally:
        parser.dispose()


def outcome(path: Path, limits=CASE):
    """What yamlio.load makes of a file: its data, or its error's words and line, or a crash's."""
    try:
        return "data", yamlio.load(path, limits=limits)
    except InputError as e:
        return "error", str(e), e.line
    except Exception as e:  # noqa: BLE001 - ruamel's pure scanner can fail with NotImplementedError
        return type(e).__name__, str(e)


def same_outcome(a, b, where: str) -> None:
    assert a[0] == b[0], f"{where}: {a} vs {b}"
    if a[0] == "data":
        same(a[1], b[1], where)
    else:
        assert a == b, where


def only_pure(monkeypatch) -> None:
    monkeypatch.setattr(yamlio, "_load_fast", lambda text, limits: yamlio._FALLBACK)


def test_the_c_extension_is_installed():
    from ruamel.yaml.cyaml import CParser  # noqa: F401 - a dependency: without it every first run is slow


@pytest.mark.parametrize(("path", "limits"), [(p, RULES) for p in SHIPPED] + [(p, CASE) for p in AS_CASES],
                         ids=lambda x: str(x.relative_to(ROOT)) if isinstance(x, Path) else x.kind)
def test_both_scanners_read_every_shipped_file_alike(path, limits):
    """Rule files under the rules' limits; examples, scenarios and the like under a case's."""
    text = path.read_text(encoding="utf-8")
    fast = yamlio._load_fast(text, limits)
    assert fast is not yamlio._FALLBACK, "a shipped file fell back to the slow scanner"
    same(fast, yamlio._yaml(limits).load(text), path.name)


def test_a_saved_interview_session_is_read_fast_and_alike(mini_lib, tmp_path):
    from screening.interview.session import new_session

    s = new_session(tmp_path / "s.yaml", "XA", "es", "T-1 Peña", mini_lib, dt.date(2026, 3, 2))
    s.set_narrative("Mujer de 27 años.\n\nLa pandilla le exigió ser \"novia\" — ¡no! #1\n  (sangría)\n")
    s.answer("outside", True)
    s.answer("reasons", ["gender"])
    s.answer("entry", dt.date(2026, 1, 5))
    s.answer("crime", "unknown")
    s.put_aside("crime")
    s.save()
    text = s.path.read_text(encoding="utf-8")
    fast = yamlio._load_fast(text, CASE)
    assert fast is not yamlio._FALLBACK, text
    same(fast, yamlio._yaml(CASE).load(text), "session")


# --- what libyaml reads otherwise -------------------------------------------------------------------

# Each of these libyaml takes (unguarded()) and ruamel's scanner refuses or reads otherwise: other data,
# types or lines. _load_fast must leave them to ruamel's scanner.
CORNERS = {
    # a tab: a space to libyaml, an error to ruamel (`found character '\t' that cannot start any token`)
    "tab after a colon": "facts:\n  fears_return:\tyes\n",
    "tab inside a narrative": "narrative: ella\tdijo que no\n",
    "tab before a comment": "facts:\n  fears_return: yes\t# she said so\n",
    # NEL, LS, PS: line breaks to libyaml (YAML 1.1), which count every later line one more ...
    "line separator in a narrative": 'narrative: "Ella dijo\u2028que no"\nfacts:\n  fears_return: yes\n',
    "paragraph separator in a block": "narrative: |\n  Ella dijo\u2029\n  que no\nfacts:\n  fears_return: yes\n",
    # ... and split a key in two (libyaml reads `facts: {fears: }` and `_return: yes`)
    "next line in a fact id": "facts:\n  fears\x85_return: yes\n",
    # a BOM past the start: one column more to libyaml; at the end, nothing to libyaml, an error to ruamel
    "BOM inside a key": "facts:\n  fears_return\ufeff: yes\n",
    "BOM at the end": "facts:\n  fears_return: yes\n\ufeff",
    # a comment glued to a block scalar's header: libyaml takes it, ruamel does not
    "comment glued to a block header": "narrative: |#note\n  Ella dijo que no\n",
    # a line of spaces opening a block scalar, less indented than its text: ruamel refuses it
    "line of spaces before a block": "narrative: |\n  \n    Ella dijo que no\n",
    # `...` twice: libyaml ends the one document twice, ruamel finds a second document
    "document end twice": "facts:\n  fears_return: yes\n...\n...\n",
    # an empty value: libyaml places it after the `:` (and its spaces), ruamel at the next token
    "empty value": "facts:\n  fears_return:\n  harmed_before: yes\n",
    "empty value in braces": "facts: {fears_return: , harmed_before: yes}\n",
    # an explicit tag: a plain str to libyaml's events, a TaggedScalar to ruamel's round trip
    "explicit tag": "facts:\n  fears_return: !!str yes\n",
    # a comment after the key, the value on the next line, a blank line: ruamel's comment handling
    # fails (NotImplementedError: overlap in comment) where libyaml reads `yes`
    "comment then value on the next line": "facts:\n  fears_return: # she hesitated\n    yes\n\n  harmed_before: no\n",
}


@pytest.mark.parametrize("name", list(CORNERS))
def test_each_corner_is_read_otherwise_by_libyaml(name):
    """Why each corner is guarded; if one fails, the libyaml in ruamel.yaml.clib now reads it as ruamel
    does, and its guard in _load_fast (or the composer) may go."""
    text = CORNERS[name]
    fast = unguarded(text)
    slow = pure(text)
    if isinstance(slow, Exception):
        return
    with pytest.raises(AssertionError):
        same(fast, slow, name)


@pytest.mark.parametrize("name", list(CORNERS))
def test_a_corner_falls_back_and_reads_as_the_pure_scanner(tmp_path, monkeypatch, name):
    text = CORNERS[name]
    assert yamlio._load_fast(text, CASE) is yamlio._FALLBACK
    assert yamlio._load_fast(text, RULES) is yamlio._FALLBACK
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    read = outcome(path)
    only_pure(monkeypatch)
    same_outcome(read, outcome(path), name)


# read alike once libyaml's plain style is named as ruamel names it, or alike as they are: fast
ALIKE = {
    "value word": "facts:\n  fears_return: =\n  x: <<\n",
    "key alone in braces": "title: {en: Confidential, contains personal data}\n",
    "windows line ends": "facts:\r\n  fears_return: yes\r\nnarrative: |\r\n  Ella\r\n\r\n  dijo\r\n",
    "old mac line ends": "facts:\r  fears_return: yes\rnarrative: >-\r  Ella\r  dijo\r",
    "escapes": 'narrative: "a\\/b \\N \\_ \\L \\P \\x41 \\e \\0 \\u00e9 \\U0001F600 \\t\\\n  c"\n',
    "comment after a key holding a mapping": "facts:  # she said\n  fears_return: yes\n\n  harmed_before: no\n",
    "document start": "--- # a case\nfacts: {fears_return: yes}\n",
    "non-ASCII keys and text": "país: São Paulo 😀\nniño: [ñandú, 日本語]\n",
    "multi-line plain and quoted": "a: Ella dijo\n  que no\n\n  nunca\nb: 'x\n\n  y'\nc: \"x\n  y\"\n",
    "block scalars": "a: |+\n  x\n\nb: >2\n   y\n  z\nc: |-\n  w\n",
}


@pytest.mark.parametrize("name", list(ALIKE))
def test_libyaml_reads_these_as_ruamel_does(name):
    text = ALIKE[name]
    fast = yamlio._load_fast(text, CASE)
    assert fast is not yamlio._FALLBACK
    same(fast, pure(text), name)


# --- generated cases ---------------------------------------------------------------------------------

FACT_IDS = ["fears_return", "harmed_before", "country_of_nationality", "date_of_entry", "persecutors",
            "risk_to_life_on_return", "state_would_protect", "país_de_origen", "niño_solo"]
WORDS = ["yes", "no", "unknown", "declined", "true", "False", "~", "null", "HN", "MX", "1", "2.5", "0o17",
         "1_000", "=", "<<", ".inf", "sí", "não", "talvez"]
LETTERS = "abcdefghijklmnopqrstuvwxyzABCXYZáéíóúñüçãõÁÉÑ¿¡.,;()0123456789 日本😀"
text_st = st.text(alphabet=LETTERS, min_size=1, max_size=40).map(str.strip).filter(bool)
# what could make libyaml read a text otherwise, or make it no YAML at all
HOSTILE = ["\t", "\u2028", "\x85", "\u2029", "\ufeff", "\n...\n", "\n...\n...\n", "!!str ", "!x ", " # c\n    x\n\n",
           "|#", "\n   \n", "\n  \n", "{b: }", "[b: ]", ":", ": ", " #", "-", "? ", "&a ", "*a", "%YAML 1.2\n---\n",
           "\r", "\n", "'", '"', "\\", "[", "{", "}", ",", "\x00", "\x1b", "é", "   "]


@st.composite
def scalars(draw, indent: int) -> str:
    kind = draw(st.sampled_from(["word", "date", "plain", "double", "single", "flow", "block"]))
    if kind == "word":
        return draw(st.sampled_from(WORDS))
    if kind == "date":
        day = draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31))).isoformat()
        return draw(st.sampled_from([day, f"'{day}'", f'"{day}"']))
    if kind == "plain":  # a plain scalar cannot start with an indicator: "," is no YAML at all
        return draw(text_st.filter(lambda s: s[0] != ","))
    if kind == "double":
        text = json.dumps(draw(text_st), ensure_ascii=False)
        return text[:-1] + draw(st.sampled_from(["", "\\/", "\\N", "\\_", "\\L", "\\P", "\\x41", "\\e"])) + '"'
    if kind == "single":
        return "'" + draw(text_st).replace("'", "''") + "'"
    if kind == "flow":
        quoted = text_st.map(lambda s: json.dumps(s, ensure_ascii=False))
        items = draw(st.lists(st.one_of(st.sampled_from(WORDS), quoted), max_size=4))
        return "[" + ", ".join(items) + "]"
    header = draw(st.sampled_from(["|", "|-", "|+", ">", ">-", ">+"]))
    more = st.one_of(text_st, text_st.map(lambda s: "  " + s), st.just(""))  # a line, more indented, or empty
    lines = [draw(text_st)] + draw(st.lists(more, max_size=4))
    pad = " " * (indent + 2)
    return header + "".join("\n" + (pad + line if line else "") for line in lines)


@st.composite
def case_texts(draw) -> tuple[str, bool]:
    """A case file as people write one, or with something unusual in it (then it may fall back): an empty
    value, a tag, a comment with the value on the next line, something hostile put anywhere."""
    odd_forms = draw(st.integers(0, 3)) == 0
    unusual = False
    out = []
    if draw(st.booleans()):
        out.append("# " + draw(text_st))
    if draw(st.booleans()):
        out.append("---")
    out.append("reference: " + draw(st.sampled_from(["EX-1", "'CR-2026-031'", '"Peña, Ana"'])))
    out.append("language: " + draw(st.sampled_from(["es", "en", "pt"])))
    if draw(st.booleans()):
        out.append("narrative: " + draw(scalars(0)))
    out.append("facts:" + draw(st.sampled_from(["", "  # what she said"])))
    for fid in draw(st.lists(st.sampled_from(FACT_IDS), min_size=1, max_size=8, unique=True)):
        if draw(st.integers(0, 9)) == 0:
            out.append("  # " + draw(text_st))
        form = draw(st.sampled_from(["value"] * 4 + ["list"] + (["empty", "tagged", "next line"] if odd_forms else [])))
        if form == "list":
            out.append(f"  {fid}:")
            out.extend(f"    - {draw(st.sampled_from(WORDS))}" for _ in range(draw(st.integers(1, 3))))
            continue
        if form != "value":
            unusual = True
            word = draw(st.sampled_from(WORDS))
            out.append({"empty": f"  {fid}:", "tagged": f"  {fid}: !!str {word}",
                        "next line": f"  {fid}: # {draw(text_st)}\n    {word}\n"}[form])
            continue
        value = draw(scalars(2))
        comment = "" if "\n" in value else draw(st.sampled_from(["", "", " # " + draw(text_st)]))
        out.append(f"  {fid}: {value}{comment}")
    text = "\n".join(out) + "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.integers(0, 4)) == 0:
        unusual = True
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(HOSTILE)) + text[at:]
    return text, unusual


@settings(derandomize=True, database=None, deadline=None, max_examples=200)
@given(case_texts())
def test_libyaml_reads_generated_cases_as_ruamel_or_falls_back(doc):
    text, unusual = doc
    fast = yamlio._load_fast(text, CASE)
    if fast is yamlio._FALLBACK:
        assert unusual, f"a case with nothing unusual fell back to the slow scanner:\n{text}"
        return
    slow = pure(text)
    assert not isinstance(slow, Exception), f"libyaml read what ruamel refuses ({slow!r}):\n{text}"
    same(fast, slow, "case")


# --- broken files -------------------------------------------------------------------------------------

BROKEN = {
    "unclosed": "criteria:\n  - id: a\n    title: {en: 'x\n",
    "tab": "criteria:\n\t- id: a\n",
    "bad indent": "a:\n  b: 1\n c: 2\n",
    "duplicate key": "a: 1\na: 2\n",
    "alias bomb": "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)),
    "too deep": "a: " + "[" * 100 + "]" * 100 + "\n",
    # libyaml takes these, ruamel refuses them (CORNERS): still an error, in ruamel's words
    "tab after a colon": "facts:\n  fears_return:\tyes\n",
    "comment glued to a block header": "narrative: |#note\n  Ella dijo que no\n",
    "line of spaces before a block": "narrative: |\n  \n    Ella dijo que no\n",
    "document end twice": "facts:\n  fears_return: yes\n...\n...\n",
    "BOM at the end": "facts:\n  fears_return: yes\n\ufeff",
}
BROKEN_CASE = {
    **BROKEN,
    "alias in a case": "facts:\n  fears_return: &a yes\n  harmed_before: *a\n",
    "anchor in a case": "facts: &f\n  fears_return: yes\n",
    "too many facts": "facts:\n" + "".join(f"  f{i}: yes\n" for i in range(1_001)),
    "number too long": "facts:\n  age: " + "9" * 40 + "\n",
    "key not text": "facts:\n  [a, b]: yes\n",
    "lone surrogate": 'narrative: "\\ud800"\n',
    "two documents": "facts: {a: yes}\n---\nfacts: {b: no}\n",
    "undefined alias": "facts:\n  a: *nowhere\n",
    "tag it does not fit": "facts:\n  age: !!int x\n",
}


@pytest.mark.parametrize(("limits", "name"), [(RULES, n) for n in BROKEN] + [(CASE, n) for n in BROKEN_CASE],
                         ids=lambda x: x if isinstance(x, str) else x.kind)
def test_a_broken_file_is_reported_as_the_pure_scanner_reports_it(tmp_path, monkeypatch, limits, name):
    text = (BROKEN_CASE if limits is CASE else BROKEN)[name]
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as fast:
        yamlio.load(path, limits=limits)
    only_pure(monkeypatch)
    with pytest.raises(InputError) as slow:
        yamlio.load(path, limits=limits)
    assert (str(fast.value), fast.value.line) == (str(slow.value), slow.value.line)
    monkeypatch.undo()
    monkeypatch.setitem(sys.modules, "ruamel.yaml.cyaml", None)  # as if the C extension were missing
    with pytest.raises(InputError) as missing:
        yamlio.load(path, limits=limits)
    assert (str(fast.value), fast.value.line) == (str(missing.value), missing.value.line)
