"""JSON read with the standard library's parser into ruamel's commented structures, so errors can name
the line of a value, with the limits of limits.py checked as it parses.

json's pure-Python scanner calls back for every object and array with the offset where it starts; the
C scanner would be faster but tells nothing of positions. yamlio imports this module only to read JSON."""

from __future__ import annotations

import bisect
import json
from json import decoder as json_decoder
from json import scanner as json_scanner
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from screening.base.limits import Limits, Refused, count_digits, number_too_long, too_deep, too_many, whole_characters

__all__ = ["load_json"]

_parse_pairs: Any = json_decoder.JSONObject  # type: ignore[attr-defined]  # undeclared in typeshed
_parse_items: Any = json_decoder.JSONArray  # type: ignore[attr-defined]


def load_json(text: str, limits: Limits) -> Any:
    """Parse JSON into ruamel's commented structures, so errors can name the line of a value."""
    return _JsonReader(text, limits).read()


class _Number(Exception):
    def __init__(self, digits: int):
        self.digits = digits


class _Constant(Exception):
    def __init__(self, name: str):
        self.name = name


class _JsonReader:
    """One text being parsed: where its lines start, how deep it is, what its limits are."""

    def __init__(self, text: str, limits: Limits) -> None:
        self.text, self.limits = text, limits
        self.newlines: list[int] = []
        i = text.find("\n")
        while i >= 0:
            self.newlines.append(i)
            i = text.find("\n", i + 1)
        self.depth = 0

    def read(self) -> Any:
        decoder = json.JSONDecoder(parse_int=self.number(int), parse_float=self.number(float),
                                   parse_constant=self.constant)
        # the scanner calls back through these (typeshed does not declare them)
        decoder.parse_object = self.parse_object  # type: ignore[attr-defined]
        decoder.parse_array = self.parse_array  # type: ignore[attr-defined]
        decoder.scan_once = json_scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
        value = self.scan_value(lambda s, idx: decoder.decode(s), self.text, 0)
        return whole_characters(value, 1) if isinstance(value, str) else value

    def pos(self, idx: int) -> tuple[int, int]:  # 0-based line and column, as ruamel keeps them
        line = bisect.bisect_left(self.newlines, idx)
        return line, idx - (self.newlines[line - 1] + 1 if line else 0)

    def number(self, kind: type) -> Any:
        def parse(s: str) -> Any:
            if count_digits(s) > self.limits.max_digits:
                raise _Number(count_digits(s))
            return kind(s)
        return parse

    def constant(self, name: str) -> Any:
        raise _Constant(name)  # NaN and Infinity are not JSON, though Python's parser takes them

    def scan_value(self, scan_once: Any, s: str, idx: int) -> Any:
        try:
            return scan_once(s, idx)
        except _Number as e:
            raise number_too_long(self.pos(idx)[0] + 1, e.digits, self.limits) from None
        except _Constant as e:
            raise Refused("malformed_json", self.pos(idx)[0] + 1, what=f"{e.name} is not a JSON value") from None

    def counted(self, scan_once: Any, starts: list[int], line: int) -> Any:
        def scan(s: str, idx: int) -> Any:
            starts.append(idx)
            if len(starts) > self.limits.max_items:
                raise too_many(line, self.limits)
            return self.scan_value(scan_once, s, idx)
        return scan

    def enter(self, idx: int) -> tuple[int, int]:
        at = self.pos(idx)
        self.depth += 1
        if self.depth > self.limits.max_depth:
            raise too_deep(at[0] + 1, self.limits)
        return at

    def parse_object(self, s_and_end: tuple[str, int], strict: bool, scan_once: Any, object_hook: Any,
                     object_pairs_hook: Any, memo: dict) -> tuple[Any, int]:
        line, col = self.enter(s_and_end[1] - 1)
        starts: list[int] = []
        pairs, end = _parse_pairs(s_and_end, strict, self.counted(scan_once, starts, line + 1), None, list, memo)
        self.depth -= 1
        out = CommentedMap()
        out._yaml_set_line_col(line, col)
        for (key, value), start in zip(pairs, starts, strict=True):
            vline, vcol = self.pos(start)
            key = whole_characters(key, vline + 1)
            if isinstance(value, str):
                value = whole_characters(value, vline + 1)
            if key in out:
                raise Refused("malformed_json", vline + 1, what=f"duplicate key '{key}'")
            out[key] = value
            out._yaml_set_kv_line_col(key, [vline, vcol, vline, vcol])  # a key and its value share a line
        return out, end

    def parse_array(self, s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        line, col = self.enter(s_and_end[1] - 1)
        starts: list[int] = []
        items, end = _parse_items(s_and_end, self.counted(scan_once, starts, line + 1))
        self.depth -= 1
        out = CommentedSeq(items)
        out._yaml_set_line_col(line, col)
        for n, start in enumerate(starts):
            out._yaml_set_idx_line_col(n, list(self.pos(start)))
            if isinstance(items[n], str):
                out[n] = whole_characters(items[n], self.pos(start)[0] + 1)
        return out, end
