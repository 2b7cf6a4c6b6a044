"""Limits on what a file may make the tool do: its size, nesting, list length, number length and
YAML aliases.

A case file may come from anyone (a form, a script, a mistake) and a rule file from a trainer;
either way a file must not be able to exhaust the stack, the memory or the clock. The limits are
checked while the file is parsed (the YAML composer, or the JSON scanner), before anything walks
the data recursively, and each is refused as one error naming the file and line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Limits:
    kind: str  # which file the limits are for, as the catalogue names it: error.kind.<kind>
    max_bytes: int
    max_depth: int  # nested mappings/lists, counting the top level as 1
    max_items: int  # entries of one list or mapping
    max_digits: int  # of one number (Python refuses ints over 4,300 digits with a bare ValueError)
    anchors: bool  # may the file use anchors and aliases (&name, *name)?
    max_alias_nodes: int  # values the aliases may add to the data once expanded
    # Scan with libyaml (ruamel.yaml.clib), 4 to 5 times faster, composing with the same limited
    # composer. libyaml (YAML 1.1) reads a few texts unlike ruamel's scanner (tabs, NEL/LS/PS, empty
    # values...): yamlio._load_fast leaves those, and any error, to ruamel's, so what a file means and
    # what a problem says never depend on the scanner (tests/test_yaml_scanners.py).
    fast_scanner: bool = False


# A case holds about 80 facts of a few words each: 1 MB, 50 levels and 1,000 items are far beyond
# any real case and far below what takes time. Aliases have no use in a case, and an alias bomb
# of a few hundred bytes expands to millions of values when validated, so a case refuses them.
# Scanned by libyaml too: with ruamel's scanner, reading a 2 KB case was most of a warm `screening
# assess` (12 to 19 ms the first time in a process; about 4 with libyaml's).
CASE = Limits("case", 1_000_000, 50, 1_000, 30, anchors=False, max_alias_nodes=0, fast_scanner=True)
# The shipped rule files are under 100 KB, nest at most 11 levels, hold at most 223 entries in one
# list or mapping and their aliases (citations reused as *art1a2) add at most 310 values: every
# bound has more than 5 times that headroom. 64 levels keep ruamel's recursive constructor (about
# 5 frames a level) far from Python's limit of 1,000 frames.
RULES = Limits("rules", 5_000_000, 64, 10_000, 30, anchors=True, max_alias_nodes=20_000, fast_scanner=True)


class Refused(Exception):
    """A limit passed while parsing: the loader names the file (`key` is error.<key>)."""

    def __init__(self, key: str, line: int | None, **params: Any):
        super().__init__(key)
        self.key, self.line, self.params = key, line, params


class NotAlike(Exception):
    """What libyaml's events give unlike ruamel's scanner would (see _alike below): the loader reads the
    file with ruamel's scanner instead (yamlio._load_fast)."""


def too_large(limits: Limits) -> Refused:
    return Refused("file_too_large", None, limit=f"{limits.max_bytes / 1_000_000:g} MB",
                   kind=(f"kind.{limits.kind}", {}))


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def whole_characters(text: str, line: int | None) -> str:
    """YAML's "\\ud83d\\ude00" escapes are read as two halves of one character: join them; a half
    left alone is no character at all (it cannot be printed or written as UTF-8), so refuse it."""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise Refused("lone_surrogate", line) from None


def _digits(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _too_deep(line: int | None, limits: Limits) -> Refused:
    return Refused("too_deep", line, limit=limits.max_depth, kind=(f"kind.{limits.kind}", {}))


def _too_many(line: int | None, limits: Limits) -> Refused:
    return Refused("too_many_items", line, limit=limits.max_items, kind=(f"kind.{limits.kind}", {}))


def _number(line: int | None, digits: int, limits: Limits) -> Refused:
    return Refused("number_too_long", line, digits=digits, limit=limits.max_digits)


# --- YAML: a composer that counts as it builds the node tree -----------------------------------


@lru_cache(maxsize=1)
def composer_class() -> Any:
    """ruamel's composer, checking every limit as each node is composed. The composer is the first
    recursive step of loading (scanner and parser are iterative), so nothing recurses past a limit,
    and an alias is counted at its expanded size before anything expands it."""
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.events import AliasEvent, ScalarEvent, SequenceStartEvent
    from ruamel.yaml.nodes import MappingNode

    class LimitedComposer(Composer):
        def __init__(self, loader: Any = None) -> None:
            super().__init__(loader)
            self.limits: Limits = getattr(loader, "screening_limits", CASE)
            self._fast: bool = getattr(loader, "screening_fast", False)  # libyaml's events (yamlio._load_fast)
            self._open: list[list[Any]] = []  # per collection being composed: [children, size, is_list, line]
            self._sizes: dict[Any, int] = {}  # anchor -> expanded size of its finished node
            self._added = 0  # values the aliases add once expanded
            self._parser: Any = None
            self._resolver: Any = None

        # ruamel looks the parser and the resolver up through the loader on every event (a third of
        # the composing time); within one load they never change, so each is looked up once
        @property
        def parser(self) -> Any:
            if self._parser is None:
                self._parser = Composer.parser.fget(self)  # type: ignore[attr-defined]
            return self._parser

        @property
        def resolver(self) -> Any:
            if self._resolver is None:
                self._resolver = Composer.resolver.fget(self)  # type: ignore[attr-defined]
            return self._resolver

        def _alike(self, event: Any, parent: Any, index: Any) -> None:
            """Refuse what libyaml's events give unlike ruamel's scanner (the loader then reads the file
            with ruamel's, yamlio._load_fast). An explicit tag (`!!str 1`: a str to one, a tagged value
            to the other). An empty plain value (`a:`, `{a: }`): libyaml places it after the `:` and
            its spaces, ruamel right after the `:` or at the next token (alike only for a key alone in
            braces, `{a, b}`). A plain value on a line after its key: where ruamel's comment handling
            can fail (`a: # note`, then `  text`, then a blank line: NotImplementedError)."""
            start = event.start_mark
            if event.tag is not None:
                raise NotAlike(start.line + 1)
            if not isinstance(event, ScalarEvent) or event.style:
                return
            value = isinstance(parent, MappingNode) and index is not None
            if event.value:
                if value and start.line > index.start_mark.line:
                    raise NotAlike(start.line + 1)
            elif not (value and (start.line, start.column) == (index.end_mark.line, index.end_mark.column)):
                raise NotAlike(start.line + 1)

        def compose_node(self, parent: Any, index: Any) -> Any:
            lim = self.limits
            event = self.parser.peek_event()
            line = event.start_mark.line + 1
            if self._open:
                frame = self._open[-1]
                frame[0] += 1
                entries = frame[0] if frame[2] else (frame[0] + 1) // 2  # a mapping's children are key, value
                if entries > lim.max_items:
                    raise _too_many(frame[3], lim)
            if isinstance(event, AliasEvent):
                if not lim.anchors:
                    raise Refused("case_alias", line)
                size = self._sizes.get(event.anchor)
                if size is None and event.anchor in self.anchors:
                    raise Refused("alias_cycle", line, name=event.anchor)
                node = super().compose_node(parent, index)  # an undefined alias: ruamel's own error
                self._added += size or 0
                if self._added > lim.max_alias_nodes:
                    raise Refused("alias_expansion", line, limit=lim.max_alias_nodes)
                if self._open:
                    self._open[-1][1] += size or 0
                return node
            if self._fast:
                self._alike(event, parent, index)
            if event.anchor is not None:
                if not lim.anchors:
                    raise Refused("case_alias", line)
                self._sizes.pop(event.anchor, None)  # unfinished: an alias to it from inside is a cycle
            if len(self._open) + 1 > lim.max_depth:
                raise _too_deep(line, lim)
            # a key (index None under a mapping) is a word or text: `{}: 1` or `[]: 1` is no field name
            if isinstance(parent, MappingNode) and index is None and not isinstance(event, ScalarEvent):
                raise Refused("key_not_text", line)
            if isinstance(event, ScalarEvent):
                node = super().compose_node(parent, index)
                if self._fast and node.style == "":
                    node.style = None  # libyaml's plain style: None as ruamel's (a tagged value's repr shows it)
                node.value = whole_characters(node.value, line)
                if str(node.tag).endswith((":int", ":float")) and _digits(node.value) > lim.max_digits:
                    raise _number(line, _digits(node.value), lim)
                size = 1
            else:
                self._open.append([0, 0, isinstance(event, SequenceStartEvent), line])
                node = super().compose_node(parent, index)
                size = 1 + self._open.pop()[1]
            if event.anchor is not None:
                self._sizes[event.anchor] = size
            if self._open:
                self._open[-1][1] += size
            return node

    return LimitedComposer


# --- JSON: the standard library's parser, with positions and the same limits -----------------


def load_json(text: str, limits: Limits) -> Any:
    """Parse JSON into ruamel's commented structures, so errors can name the line of a value.

    json's pure-Python scanner calls back for every object and array with the offset where it
    starts; the C scanner would be faster but tells nothing of positions."""
    import json
    from json import decoder as json_decoder
    from json import scanner as json_scanner

    parse_pairs: Any = json_decoder.JSONObject  # type: ignore[attr-defined]  # undeclared in typeshed
    parse_items: Any = json_decoder.JSONArray  # type: ignore[attr-defined]

    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    newlines: list[int] = []
    i = text.find("\n")
    while i >= 0:
        newlines.append(i)
        i = text.find("\n", i + 1)

    def pos(idx: int) -> tuple[int, int]:  # 0-based line and column, as ruamel keeps them
        line = bisect.bisect_left(newlines, idx)
        return line, idx - (newlines[line - 1] + 1 if line else 0)

    depth = [0]

    class _Number(Exception):
        def __init__(self, digits: int):
            self.digits = digits

    class _Constant(Exception):
        def __init__(self, name: str):
            self.name = name

    def number(kind: type) -> Any:
        def parse(s: str) -> Any:
            if _digits(s) > limits.max_digits:
                raise _Number(_digits(s))
            return kind(s)
        return parse

    def constant(name: str) -> Any:
        raise _Constant(name)  # NaN and Infinity are not JSON, though Python's parser takes them

    def scan_value(scan_once: Any, s: str, idx: int) -> Any:
        try:
            return scan_once(s, idx)
        except _Number as e:
            raise _number(pos(idx)[0] + 1, e.digits, limits) from None
        except _Constant as e:
            raise Refused("malformed_json", pos(idx)[0] + 1, what=f"{e.name} is not a JSON value") from None

    def counted(scan_once: Any, starts: list[int], line: int) -> Any:
        def scan(s: str, idx: int) -> Any:
            starts.append(idx)
            if len(starts) > limits.max_items:
                raise _too_many(line, limits)
            return scan_value(scan_once, s, idx)
        return scan

    def enter(idx: int) -> tuple[int, int]:
        at = pos(idx)
        depth[0] += 1
        if depth[0] > limits.max_depth:
            raise _too_deep(at[0] + 1, limits)
        return at

    def parse_object(s_and_end: tuple[str, int], strict: bool, scan_once: Any, object_hook: Any,
                     object_pairs_hook: Any, memo: dict) -> tuple[Any, int]:
        line, col = enter(s_and_end[1] - 1)
        starts: list[int] = []
        pairs, end = parse_pairs(s_and_end, strict, counted(scan_once, starts, line + 1), None, list, memo)
        depth[0] -= 1
        out = CommentedMap()
        out._yaml_set_line_col(line, col)
        for (key, value), start in zip(pairs, starts, strict=True):
            vline, vcol = pos(start)
            key = whole_characters(key, vline + 1)
            if isinstance(value, str):
                value = whole_characters(value, vline + 1)
            if key in out:
                raise Refused("malformed_json", vline + 1, what=f"duplicate key '{key}'")
            out[key] = value
            out._yaml_set_kv_line_col(key, [vline, vcol, vline, vcol])  # a key and its value share a line
        return out, end

    def parse_array(s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        line, col = enter(s_and_end[1] - 1)
        starts: list[int] = []
        items, end = parse_items(s_and_end, counted(scan_once, starts, line + 1))
        depth[0] -= 1
        out = CommentedSeq(items)
        out._yaml_set_line_col(line, col)
        for n, start in enumerate(starts):
            out._yaml_set_idx_line_col(n, list(pos(start)))
            if isinstance(items[n], str):
                out[n] = whole_characters(items[n], pos(start)[0] + 1)
        return out, end

    decoder = json.JSONDecoder(parse_int=number(int), parse_float=number(float), parse_constant=constant)
    # the scanner calls back through these (typeshed does not declare them)
    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.parse_array = parse_array  # type: ignore[attr-defined]
    decoder.scan_once = json_scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    value = scan_value(lambda s, idx: decoder.decode(s), text, 0)
    return whole_characters(value, 1) if isinstance(value, str) else value
