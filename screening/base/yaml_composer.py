"""ruamel's composer, checking every limit of limits.py as each node is composed. The composer is the first
recursive step of loading (scanner and parser are iterative), so nothing recurses past a limit, and an
alias is counted at its expanded size before anything expands it. yamlio imports this module only when
it reads YAML (a cached catalogue needs no YAML reader)."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.composer import Composer
from ruamel.yaml.events import AliasEvent, ScalarEvent, SequenceStartEvent
from ruamel.yaml.nodes import MappingNode

from screening.base.limits import (
    CASE,
    Limits,
    NotAlike,
    Refused,
    count_digits,
    number_too_long,
    too_deep,
    too_many,
    whole_characters,
)

__all__ = ["LimitedComposer"]


class LimitedComposer(Composer):
    """ruamel's Composer, counting depth, entries, digits and aliases (the loader sets `screening_limits`)."""

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
                raise too_many(frame[3], lim)
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
            raise too_deep(line, lim)
        # a key (index None under a mapping) is a word or text: `{}: 1` or `[]: 1` is no field name
        if isinstance(parent, MappingNode) and index is None and not isinstance(event, ScalarEvent):
            raise Refused("key_not_text", line)
        if isinstance(event, ScalarEvent):
            node = super().compose_node(parent, index)
            if self._fast and node.style == "":
                node.style = None  # libyaml's plain style: None as ruamel's (a tagged value's repr shows it)
            node.value = whole_characters(node.value, line)
            if str(node.tag).endswith((":int", ":float")) and count_digits(node.value) > lim.max_digits:
                raise number_too_long(line, count_digits(node.value), lim)
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

