"""Text that reaches a terminal or a report, made safe to show.

Two uses, two treatments. A report shows what a person wrote, so `clean` drops what cannot be shown
(terminal escapes, C1 controls, bidi overrides) and turns the Unicode line breaks into plain ones.
An error message must let the user find the bad value, so `visible` shows those characters as
escapes (`\\x1b`, `\\u202e`) instead of dropping them, and cuts a value that would fill the
screen. Markdown escaping for the reports is here too: it is the same concern, for one format.

Last, the bounds on what a user's template may make (a number, a text, a list, the output, the
time), and the checks that refuse an operation before it runs; render.py's sandbox applies them.
"""

from __future__ import annotations

import math
import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls (U+0080-U+009F: U+009B is a terminal's CSI),
# zero-width characters and bidi marks, embeddings, overrides and isolates (they reorder what is shown).
# U+200C/U+200D (ZWNJ, ZWJ) stay: Persian and Dari spelling and emoji need them; they move nothing
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Line breaks that are not "\n" to a text report or to Markdown: CR, NEL, line and paragraph separator
_BREAKS = {"\r\n": "\n", "\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_BREAK = re.compile("|".join(map(re.escape, _BREAKS)))
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # a lone surrogate (JSON allows "\ud800") cannot be written out

VALUE_MAX = 300  # characters of one value quoted in an error (the longest legitimate one, a list of choices, is 225)
MESSAGE_MAX = 1000  # characters of a whole error message


def clean(value: Any) -> str:
    """Text as shown in a report: no control characters (terminal escapes, bidi overrides), every line
    break a "\\n" (a paragraph separator a blank line); tabs and newlines kept, as narratives need them."""
    s = _BREAK.sub(lambda m: _BREAKS[m.group()], str(value))
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", s))


_SHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(ch: str) -> str:
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def visible(value: Any, *, limit: int | None = VALUE_MAX, newlines: bool = False) -> str:
    """A value as an error quotes it: every control, bidi or invisible character shown as an escape
    (the user must be able to find the bad key), cut to `limit` characters with "…". `newlines`
    keeps line breaks (a message of several lines)."""
    s = str(value)
    if limit is not None and len(s) > limit:
        s = s[:limit]  # escapes only lengthen it: a huge value is never scanned whole
        cut = True
    else:
        cut = False
    out = _SHOWN.sub(lambda m: m.group() if newlines and m.group() == "\n" else _escape(m.group()), s)
    if limit is not None and (cut or len(out) > limit):
        out = out[: limit - 1]
        out = re.sub(r"\\(x[0-9a-f]?|u[0-9a-f]{0,3})?$", "", out) + "…"  # never half an escape
    return out


def json_text(text: str) -> str:
    """JSON with the characters a terminal would act on written as \\u escapes: the same data, since
    outside strings JSON has only ASCII."""
    return re.sub(r"[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]",
                  lambda m: f"\\u{ord(m.group()):04x}", text)


# --- Markdown -----------------------------------------------------------------------------------


class MdSafe(str):
    """Markdown already escaped (or deliberately raw, like a checked URL): `finalize` leaves it alone."""


# '(' and ')' are plain text once every '[' and ']' is escaped (no link can start): "Nicaragua (NI)" stays as
# written; ")" after a number at a line's start (a list item) is escaped by _MD_LINE_START
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


def md_escape(value: Any, block: bool = False) -> MdSafe:
    """Escape text for Markdown so it shows as written: no emphasis, links, images, HTML, headings,
    lists, tables or code. Inline (default) folds newlines into spaces."""
    if isinstance(value, MdSafe):
        return value
    if _is_markup(value):  # `| safe` (e.g. a macro's output, escaped inside the macro)
        return MdSafe(value)
    s = clean(value)
    if not block:
        s = " ".join(s.split())
    s = _MD_SPECIAL.sub(r"\\\1", s)
    s = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if len(m.group(2)) == 1
                           else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], s)
    # GFM would turn bare addresses into links; a backslash before ':' / '.' / '@' keeps them text
    s = re.sub(r"(?i)\b(https?|ftp|mailto|file|javascript|data):", r"\1\\:", s)
    s = re.sub(r"(?i)\bwww\.", r"www\\.", s)
    s = s.replace("@", "\\@")
    return MdSafe(s)


def _is_markup(value: Any) -> bool:
    from markupsafe import Markup

    return isinstance(value, Markup)


def md_quote(value: Any) -> MdSafe:
    """A block quote of applicant text, every line escaped and prefixed with '> '."""
    lines = [line.strip() for line in md_escape(value, block=True).strip().split("\n")]
    out = []
    for i, line in enumerate(lines):
        # a line followed by another keeps its break (a trailing backslash is a hard line break)
        hard = "\\" if line and i + 1 < len(lines) and lines[i + 1] else ""
        out.append(f"> {line}{hard}" if line else ">")
    return MdSafe("\n".join(out))


_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """Only plain http(s) addresses become links; anything else (javascript:, data:, spaces) stays text."""
    if url and _SAFE_URL.match(url.strip()):
        return url.strip()
    return None


def md_url(value: Any) -> MdSafe:
    """A checked http(s) URL for a Markdown link destination or autolink (unescaped on purpose)."""
    url = safe_url(str(value)) if value else None
    if not url:
        raise ValueError(f"not a safe http(s) URL: {value!r}")
    return MdSafe(url.replace("(", "%28").replace(")", "%29"))


def wrap(value: Any, width: int = 78, indent: str = "", first: str | None = None) -> str:
    """Wrap text for the plain-text report (paragraphs kept, long words such as URLs never broken)."""
    import textwrap

    first = indent if first is None else first
    out = []
    for i, para in enumerate(re.split(r"\n\s*\n", clean(value).strip())):
        lines = textwrap.wrap(" ".join(para.split()), width=width, initial_indent=first if i == 0 else indent,
                              subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
        out.append("\n".join(lines) or (first if i == 0 else indent).rstrip())
    return ("\n" + indent.rstrip() + "\n").join(out)


# --- limits on a user's template --------------------------------------------------------------
# A template from someone else must not take the machine down: `{{ 2**99999999999 }}`, `{{ 'a' * 10**10 }}`,
# loops inside loops. An operation that would pass a bound is refused before it runs (once running,
# Python cannot stop it); what it made is counted after. Each bound is a `Limit`, one message.

MAX_SECONDS = 5.0  # CPU seconds to compile and render (a full report takes a small fraction of one)
MAX_OUTPUT = 5_000_000  # characters of output (the full HTML report is some 100 000)
MAX_TEXT = MAX_OUTPUT  # characters of any one value made on the way
MAX_WORK = 10 * MAX_OUTPUT  # characters made in all, kept or not: what bounds memory
MAX_ITEMS = 100_000  # items of a list made on the way (Jinja's own bound on range(), MAX_RANGE)
MAX_DIGITS = 3000  # digits of a number (Python will not even print more than 4300)
MAX_SOURCE = 1_000_000  # bytes of the template file (a report template is some 25 000; a logo inline adds more)
MAX_COMPILED = 2_000_000  # characters of the Python a template compiles to (the HTML report's: some 72 000)


class Limit(Exception):
    """A limit reached: `error.<key>` words it."""

    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.key, self.params = key, params


def grouped(n: float) -> str:
    if n != int(n):
        return f"{n:g}"
    return f"{int(n):,}".replace(",", " ")  # 5 000 000 reads the same in English, Spanish and Portuguese


def too_long(n: int) -> None:
    if n > MAX_TEXT:
        raise Limit("template_text", limit=grouped(MAX_TEXT))


def too_many(n: int) -> None:
    if n > MAX_ITEMS:
        raise Limit("template_items", limit=grouped(MAX_ITEMS))


_LEAVE = object()


def weight(v: Any, budget: int | None = None) -> int:
    """About how many characters `v` makes as text: str() of a list shows every item, each time it
    is there (a list can hold one long text, or one list, many times over). Counted only until just
    past `budget`, so measuring a huge value costs no more than a small one."""
    from jinja2.utils import Namespace

    if isinstance(v, str | bytes):
        return len(v)
    budget = MAX_TEXT if budget is None else budget
    total, stack, inside = 0, [v], set()  # inside: the lists being counted (one inside itself shows as [...])
    while stack and total <= budget:
        x = stack.pop()
        if isinstance(x, tuple) and len(x) == 2 and x[0] is _LEAVE:
            inside.discard(x[1])
        elif isinstance(x, str | bytes):
            total += len(x) + 2
        elif isinstance(x, int):
            total += x.bit_length() * 3 // 10 + 1
        elif isinstance(x, list | tuple | set | frozenset | dict | Namespace):
            total += 2
            if id(x) not in inside:
                inside.add(id(x))
                stack.append((_LEAVE, id(x)))
                x = x._Namespace__attrs if isinstance(x, Namespace) else x  # type: ignore[attr-defined]
                stack.extend(x.items() if isinstance(x, dict) else x)
        else:
            total += 1
    return total


def items_of(it: Any) -> list:
    """An iterable as a list, refused as soon as it passes MAX_ITEMS (never built whole first)."""
    out = []
    for x in it:
        out.append(x)
        too_many(len(out))
    return out


def _arg(args: tuple, kwargs: dict, i: int, name: str, default: Any = None) -> Any:
    return args[i] if len(args) > i else kwargs.get(name, default)


def format_size(fmt: str, values: list, *, percent: bool) -> int:
    """The most characters a format can make: each field at its widest value or width."""
    import string

    widths: list[int] = []
    if percent:
        specs = re.findall(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]", fmt)
        fields = len(specs)
        dynamic = any("*" in w for spec in specs for w in spec)
        widths = [int(w) for spec in specs for w in spec if w.isdigit()]
    else:
        parsed = list(string.Formatter().parse(fmt))
        fields = sum(1 for _, field, _, _ in parsed if field is not None)
        dynamic = any("{" in (spec or "") for _, _, spec, _ in parsed)
        widths = [int(w) for _, _, spec, _ in parsed for w in re.findall(r"\d+", spec or "")]
    if dynamic:  # `%*s`, `{:{}}`: the width is one of the values
        widths += [abs(v) for v in values if isinstance(v, int)]
    widest = max([weight(v) for v in values] + widths + [0])
    return len(fmt) + fields * widest


def _percent(fmt: Any, operand: Any) -> None:
    values = list(operand.values() if isinstance(operand, dict) else operand if isinstance(operand, tuple)
                  else [operand])
    too_long(format_size(str(fmt), values, percent=True))


def check_binop(op: str, left: Any, right: Any) -> None:
    num = (int, float)
    if op == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
        if right * math.log10(abs(left)) > MAX_DIGITS:
            raise Limit("template_number", limit=grouped(MAX_DIGITS))
    elif op == "*" and isinstance(left, int) and isinstance(right, int):
        if (left.bit_length() + right.bit_length()) * 0.302 > MAX_DIGITS + 1:
            raise Limit("template_number", limit=grouped(MAX_DIGITS))
    elif op == "*" and (isinstance(left, int) != isinstance(right, int)) and not isinstance(left, float):
        seq, n = (right, left) if isinstance(left, int) else (left, right)
        if not isinstance(seq, num) and n > 0:
            if isinstance(seq, list | tuple):
                too_many(len(seq) * n)
            too_long(weight(seq) * n)
    elif op == "+" and not isinstance(left, num):
        if isinstance(left, list | tuple) and isinstance(right, list | tuple):
            too_many(len(left) + len(right))
        too_long(weight(left) + weight(right))
    elif op == "%" and isinstance(left, str):
        _percent(left, right)


def check_call(obj: Any, args: tuple, kwargs: dict) -> tuple:
    """Refuse a method call that would make something too large before it runs (it cannot be stopped
    once it does): the few of str, int and the containers whose result can outgrow their input."""
    from jinja2.utils import generate_lorem_ipsum

    owner, name = getattr(obj, "__self__", None), getattr(obj, "__name__", "")
    if obj is generate_lorem_ipsum:  # lipsum(n): n paragraphs of up to `max` words
        too_long(_arg(args, kwargs, 0, "n", 5) * _arg(args, kwargs, 3, "max", 100) * 12)
    elif isinstance(owner, str | bytes):
        size = len(owner)
        if name in ("center", "ljust", "rjust", "zfill"):
            size = _arg(args, kwargs, 0, "width", 0)
        elif name == "expandtabs":
            tabs = owner.count(b"\t") if isinstance(owner, bytes) else owner.count("\t")
            size += tabs * _arg(args, kwargs, 0, "tabsize", 8)
        elif name == "replace" and len(args) >= 2:
            count = owner.count(args[0]) if args[0] else size + 1
            count = min(count, args[2]) if len(args) > 2 and args[2] >= 0 else count
            size += count * max(0, len(args[1]) - len(args[0]))
        elif name == "join" and args:
            args = (items_of(args[0]),)
            size = sum(weight(x) for x in args[0]) + size * len(args[0])
        elif name == "translate" and args and isinstance(args[0], dict):
            size *= max([len(v) for v in args[0].values() if isinstance(v, str)] + [1])
        too_long(size if isinstance(size, int) else 0)
    elif isinstance(owner, int) and name == "to_bytes":
        too_long(_arg(args, kwargs, 0, "length", 1))
    elif isinstance(owner, list | dict | set) and name in ("append", "insert", "add", "extend", "update"):
        added = args[-1] if args else kwargs
        if name in ("extend", "update") and not isinstance(added, dict):
            added = items_of(added)
            args = (*args[:-1], added)
        too_many(len(owner) + (len(added) if name in ("extend", "update") else 1))
    return args


def check_filter(name: str, args: tuple, kwargs: dict) -> tuple:
    """The filters whose result can outgrow their input: refused before they run. `args` starts
    with the value filtered."""
    value, rest = args[0], args[1:]
    if name == "center":
        too_long(max(len(str(value)), _arg(rest, kwargs, 0, "width", 80)))
    elif name == "indent":
        width = _arg(rest, kwargs, 0, "width", 4)
        width = len(width) if isinstance(width, str) else width
        too_long(len(str(value)) + (str(value).count("\n") + 1) * width)
    elif name == "format":
        too_long(format_size(str(value), [*rest, *kwargs.values()], percent=True))
    elif name == "replace":
        s, old, new = str(value), str(_arg(rest, kwargs, 0, "old", "")), str(_arg(rest, kwargs, 1, "new", ""))
        too_long(len(s) + (s.count(old) if old else len(s) + 1) * max(0, len(new) - len(old)))
    elif name == "join":
        items = items_of(value)
        too_long(sum(weight(x) for x in items) + len(str(_arg(rest, kwargs, 0, "d", ""))) * len(items))
        args = (items, *rest)
    elif name in ("wordwrap", "wrap", "urlize"):
        # at most a line (or a link) per word, each with its wrapstring, indent or link markup
        extra = sum(len(v) for v in (*rest, *kwargs.values()) if isinstance(v, str)) + (40 if name == "urlize" else 1)
        size = len(str(value))
        too_long(size + (size // 2 + 1) * extra)
    elif name in ("batch", "slice"):
        too_many(_arg(rest, kwargs, 0, "linecount" if name == "batch" else "slices", 0))
    elif name == "tojson":
        indent = _arg(rest, kwargs, 0, "indent", 0) or 0
        too_long(weight(value) * (2 + (len(indent) if isinstance(indent, str) else indent)))
    elif name == "sum" and not isinstance(_arg(rest, kwargs, 1, "start", 0), int | float):
        items = items_of(value)  # adding lists or texts copies the total so far at every step
        too_long(len(items) * weight(items) // 4)
        args = (items, *rest)
    return args
