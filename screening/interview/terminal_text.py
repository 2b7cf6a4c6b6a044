"""Text laid out for a terminal: broken at word boundaries to its width, lists hanging under their text."""

from __future__ import annotations

import re
import textwrap

# A line's hanging indent: its leading spaces plus a bullet, a number or an arrow, so wrapped text
# lines up under the words and not under the bullet.
_HANG = re.compile(r"^(\s*)(- |→ |\| |\d+\.\s+|\d+\s{2}|\[[^\]]{0,40}\]\s)?")


def wrap(text: str, width: int) -> list[str]:
    """`text` broken at word boundaries to `width` columns, keeping each line's indent and hanging
    list items under their text; words longer than a line (a path) are left whole."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = _HANG.match(line)
        lead = m.group(1) if m else ""
        hang = len(m.group(0)) if m else 0
        if hang > width // 2:
            hang = len(lead)
        out.extend(textwrap.wrap(line, width=width, initial_indent="", subsequent_indent=" " * hang,
                                 break_long_words=False, break_on_hyphens=False, drop_whitespace=True)
                   or [line])
    return out
