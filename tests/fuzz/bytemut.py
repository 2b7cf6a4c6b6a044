"""Byte-level damage to a file, shared by the case and the rule-folder fuzzers: what editors,
encodings, copy-paste and interrupted copies do to YAML."""

from __future__ import annotations

import random
from collections.abc import Callable

# control characters as a paste or a hostile file carries them: C0, escape sequences, C1 (NEL, CSI),
# the Unicode line/paragraph separators, bidi overrides and isolates, zero-width and BOM
CONTROLS = ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1b[31m", "\x1b]0;pwned\x07", "\x7f",
            "\x85", "\x9b", "\x9b2J", "\u2028", "\u2029", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b",
            "\ufeff", "\u061c"]
BAD_UTF8 = [b"\xff", b"\xfe", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80", b"\xe2\x82",
            b"\xf8\x88\x80\x80\x80"]


def _pos(rng: random.Random, data: bytes) -> int:
    """A random offset, nudged back to a character boundary (UTF-8 continuation bytes skipped)."""
    if not data:
        return 0
    i = rng.randrange(len(data) + 1)
    while 0 < i < len(data) and 0x80 <= data[i] < 0xC0:
        i -= 1
    return i


def truncate(rng, data):
    return data[: rng.randrange(len(data) + 1)] if data else data


def invalid_utf8(rng, data):
    i = _pos(rng, data)
    return data[:i] + rng.choice(BAD_UTF8) + data[i:]


def bom(rng, data):
    kind = rng.randrange(6)
    if kind == 0:
        return b"\xef\xbb\xbf" + data
    if kind == 1:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    if kind == 2:
        i = _pos(rng, data)
        return data[:i] + b"\xef\xbb\xbf" + data[i:]
    text = data.decode("utf-8", "replace")
    return text.encode(["utf-16", "utf-16-be", "utf-32"][kind - 3])


def legacy_encoding(rng, data):
    return data.decode("utf-8", "replace").encode(rng.choice(["latin-1", "cp1252", "mac_roman"]), "replace")


def raw_control(rng, data):
    i = _pos(rng, data)
    return data[:i] + rng.choice(CONTROLS).encode("utf-8") + data[i:]


def line_endings(rng, data):
    if rng.random() < 0.5:
        return data.replace(b"\n", b"\r\n")
    return data.replace(b"\n", b"\r")


def tabs(rng, data):
    return b"\n".join(b"\t" + line.lstrip(b" ") if line.startswith(b"  ") and rng.random() < 0.5 else line
                      for line in data.split(b"\n"))


def _lines(data):
    return data.split(b"\n")


def duplicate_line(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return b"\n".join(lines)


def delete_line(rng, data):
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def swap_lines(rng, data):
    lines = _lines(data)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def reindent(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines[i] = b" " * rng.choice([0, 1, 3, 7, 40]) + lines[i].lstrip(b" ")
    return b"\n".join(lines)


def documents(rng, data):
    return rng.choice([b"---\n" + data + b"\n---\n" + data, data + b"\n...\n", b"%YAML 1.1\n---\n" + data,
                       b"%YAML 9.9\n---\n" + data, b"%TAG ! tag:x,2000:\n---\n" + data])


def replace_all(rng, data):
    return rng.choice([b"", b" ", b"\n\n", b"# only a comment\n", b"---\n", b"...\n", b"\x00", b"\xef\xbb\xbf",
                       b"null\n", b"[]\n", b"{}\n", b"facts:\n", b"facts: {}\n", b"facts: []\n", b"- facts: {}\n",
                       b"\"facts\"\n", b"0\n", b"facts: *x\n", b"&a facts: 1\n", b"? [a, b]\n: c\n"])


def random_bytes(rng, data):
    i = _pos(rng, data)
    return data[:i] + rng.randbytes(rng.choice([1, 4, 64, 1024])) + data[i:]


def nul_padding(rng, data):
    return data + b"\x00" * rng.choice([1, 100, 100_000])


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncate": truncate, "invalid_utf8": invalid_utf8, "bom": bom, "legacy_encoding": legacy_encoding,
    "raw_control": raw_control, "line_endings": line_endings, "tabs": tabs, "duplicate_line": duplicate_line,
    "delete_line": delete_line, "swap_lines": swap_lines, "reindent": reindent, "documents": documents,
    "replace_all": replace_all, "random_bytes": random_bytes, "nul_padding": nul_padding,
}


def mutate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    name = rng.choice(list(MUTATIONS))
    return MUTATIONS[name](rng, data), name
