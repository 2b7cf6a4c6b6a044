"""Text that reaches a terminal or a report, made safe to show.

Two uses, two treatments. A report shows what a person wrote, so `clean` drops what cannot be shown
(terminal escapes, C1 controls, bidi overrides) and turns the Unicode line breaks into plain ones.
An error message must let the user find the bad value, so `visible` shows those characters as
escapes (`\\x1b`, `\\u202e`) instead of dropping them, and `cut` keeps one value from filling
the screen. Markdown escaping for the reports is here too: it is the same concern, for one format.
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls (U+0080-U+009F: U+009B is a terminal's CSI),
# zero-width characters and bidi marks, embeddings, overrides and isolates (they reorder what is shown).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
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


_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>#|~&])")
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


def md_url(value: Any) -> MdSafe:
    """A checked http(s) URL for a Markdown link destination or autolink (unescaped on purpose)."""
    from .report_context import safe_url

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
