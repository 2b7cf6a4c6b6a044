"""Read YAML/JSON files keeping line numbers, so every error can point at file:line."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from screening.base.errors import InputError, InputErrors
from screening.base.limits import CASE, Limits, Refused, too_large


def _yaml(limits: Limits):
    from ruamel.yaml import YAML

    from screening.base.yaml_composer import LimitedComposer

    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    y.Constructor = _constructor()
    y.Composer = LimitedComposer
    y.screening_limits = limits  # type: ignore[attr-defined]  # read by the composer
    return y


@lru_cache(maxsize=1)
def _constructor():
    """ruamel's round-trip constructor, except that a date-like scalar that is no date (2025-13-01,
    2025-02-30) stays the text it is: validation then reports it with its line and what was
    expected, instead of ruamel's bare ValueError (an internal error)."""
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.error import YAMLError

    class Constructor(RoundTripConstructor):
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return str(node.value)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            """An explicit tag on a value it does not fit (`!!bool maybe`, `!!int x`) makes ruamel
            raise a bare KeyError or ValueError: it is the file's mistake, said with its line."""
            try:
                return super().construct_object(node, deep)
            except (YAMLError, Refused, RecursionError, MemoryError):
                raise
            except Exception as e:  # noqa: BLE001 - only ruamel's constructors run here
                tag = str(node.tag).rsplit(":", 1)[-1]
                what = (f"'{node.value}' is not a valid !!{tag}" if isinstance(node.value, str)
                        else f"cannot read this !!{tag} ({type(e).__name__})")
                raise Refused("malformed_yaml", node.start_mark.line + 1, what=what) from None

    Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_timestamp)
    return Constructor


STDIN = "<stdin>"  # how a case read from standard input (`screening assess -`) is named in errors


def is_stdin(path: str | Path) -> bool:
    return str(path) == "-"


def read_text(path: str | Path, limits: Limits = CASE) -> str:
    """The text of a file (or of standard input for "-"), or one InputError saying what is wrong:
    missing, a folder, unreadable, too large, or not UTF-8 (with the line of the first bad byte and
    a hint)."""
    import sys

    shown: str | Path = STDIN if is_stdin(path) else path
    if is_stdin(path):
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a stdin replaced by a text-only stream (embedding)
            text = sys.stdin.read(limits.max_bytes + 1)
            if len(text.encode("utf-8")) > limits.max_bytes:
                raise _refused(too_large(limits), shown)
            return text
        if sys.stdin.isatty():
            sys.stderr.write("reading the case from standard input (end with Ctrl-D)\n")
        data = stream.read(limits.max_bytes + 1)  # never more than the limit into memory
        if len(data) > limits.max_bytes:
            raise _refused(too_large(limits), shown)
    else:
        check_readable(Path(path), limits)
        try:
            with open(path, "rb") as f:  # at most the limit: /dev/zero or a pipe has no size to check first
                data = f.read(limits.max_bytes + 1)
            if len(data) > limits.max_bytes:
                raise _refused(too_large(limits), path)
        except FileNotFoundError:
            raise InputError.of("file_not_found", path) from None
        except IsADirectoryError:
            raise InputError.of("is_directory", path) from None
        except PermissionError as e:
            raise InputError.of("cannot_read", path, reason=e.strerror) from None
        except OSError as e:  # a symlink loop, a name too long, an I/O error: the system's own words
            raise InputError.of("cannot_read", path, reason=e.strerror or type(e).__name__) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise not_utf8(shown, data, e) from None
    return text[1:] if text.startswith("\ufeff") else text


def check_readable(path: Path, limits: Limits, *, regular_only: bool = False) -> None:
    """Refuse a folder where a file is expected, or a file over the size limit, without reading it.
    A missing file is left to the reader, which says so. `regular_only`: also refuse a pipe or a
    device (files found by globbing a folder; a case may come from `<(…)` on purpose)."""
    try:
        st = path.stat()
    except OSError:
        return
    import stat

    if stat.S_ISDIR(st.st_mode):
        raise InputError.of("is_directory", path)
    if regular_only and not stat.S_ISREG(st.st_mode):  # a FIFO named x.yaml in a folder could block for ever
        raise InputError.of("not_regular_file", path)
    if st.st_size > limits.max_bytes and stat.S_ISREG(st.st_mode):
        raise _refused(too_large(limits), path)


def _refused(e: Refused, path: str | Path) -> InputError:
    return InputError.of(e.key, path, e.line, **e.params)


def not_utf8(path: str | Path, data: bytes, e: UnicodeDecodeError) -> InputError:
    """A file saved in another encoding: the line of the first byte that is not UTF-8, a guess at the
    encoding (Windows-1252 is what Notepad and Excel write by default), and how to fix it."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return InputError.of("not_utf8", path, 1, reason=("encoding.utf16", {}))
    line = data[: e.start].count(b"\n") + 1
    byte = f"0x{data[e.start]:02X}"
    try:
        data.decode("cp1252")
        legacy = True
    except UnicodeDecodeError:
        legacy = False
    return InputError.of("not_utf8", path, line,
                         reason=("encoding.legacy" if legacy else "encoding.other", {"byte": byte}))


_YAML_DIRECTIVE = re.compile(r"^%YAML[ \t]+(\S*)", re.MULTILINE)


def _check_yaml_versions(text: str) -> None:
    """ruamel knows YAML 1.1 and 1.2 only, and fails on any other `%YAML` with an AssertionError or a
    KeyError: refuse it first, with its line."""
    for m in _YAML_DIRECTIVE.finditer(text):
        if m.group(1) not in ("1.1", "1.2"):
            raise Refused("yaml_version", text.count("\n", 0, m.start()) + 1, version=m.group(1)[:20] or "?")


def load(path: str | Path, *, text: str | None = None, limits: Limits = CASE) -> Any:
    """Parse a YAML or JSON file into ruamel's commented structures (which remember lines).
    "-" reads standard input. `limits` bound what the file may make the parser do (a case file's
    by default; library.py passes the rule files' own); each is refused with file:line."""
    if text is None:
        text = read_text(path, limits)
    elif len(text) > limits.max_bytes and len(text.encode("utf-8")) > limits.max_bytes:
        raise _refused(too_large(limits), path)
    path = Path(STDIN if is_stdin(path) else path)
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    json_like = text.lstrip()[:1] in ("{", "[")
    try:
        if json_like and (path.suffix.lower() == ".json" or str(path) == STDIN):
            return _load_json(path, text, limits)
        _check_yaml_versions(text)
        if limits.fast_scanner:
            data = _load_fast(text, limits)
            if data is not _FALLBACK:
                return data
        return _yaml(limits).load(text)
    except Refused as e:
        raise _refused(e, path) from None
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        what = yaml_problem(e.problem or e.context or "malformed YAML")
        if path.suffix.lower() == ".json":  # not even starting like JSON: say what JSON expected
            try:
                json.loads(text)
            except json.JSONDecodeError as je:
                raise InputError.of("malformed_json", path, je.lineno, what=je.msg) from None
        raise InputError.of("malformed_yaml", path, line, what=what) from None
    except YAMLError as e:  # errors without a position (rare)
        raise InputError.of("malformed_yaml", path, what=e) from None
    except NotImplementedError as e:
        # valid YAML that ruamel cannot read: a comment after `key:` whose value is on the next line
        # with a blank line after it ("overlap in comment"); name the comment's line and the way out
        m = re.search(r"line: (\d+)", str(e))
        raise InputError.of("yaml_comment_overlap", path, int(m.group(1)) + 1 if m else None) from None
    except (RecursionError, MemoryError, ValueError, OverflowError) as e:
        # The limits above should leave nothing of this kind; if a file still finds a way, it is a
        # bad file (exit 1, named), not a crash of the tool.
        raise InputError.of("malformed_yaml", path, what=f"{type(e).__name__}: {e}"[:200]) from None


_FALLBACK = object()

# Texts libyaml (YAML 1.1, in ruamel.yaml.clib) and ruamel's scanner both take but read differently, or
# libyaml takes and ruamel refuses (tests/test_yaml_scanners.py, CORNERS, shows each): a tab (a space to
# libyaml after `:`, in a plain value, before a comment); NEL, LS, PS (U+0085, U+2028, U+2029: line
# breaks to libyaml, which shift every later line and split keys); a BOM past the start; `|#` opening a
# block scalar; a line of spaces only (ruamel refuses some in a block scalar); `...` (libyaml takes it
# twice); a directive (`%`). Such a text is read by ruamel's scanner alone. What only parsing shows (a
# tag, an empty value, a value on the line after its key) the composer refuses: yaml_composer.LimitedComposer.
_UNLIKE_CHARS = "\t\x85\u2028\u2029\ufeff"
_UNLIKE_BLOCK = (re.compile(r"\|[-+0-9]*#"), re.compile(r">[-+0-9]*#"))
_SPACES_LINE = re.compile(r"(?:^|[\r\n]) +(?:[\r\n]|\Z)")


def _unlike(text: str) -> bool:
    """Whether the text holds what libyaml could read unlike ruamel's scanner (above). A few searches
    for a character or a literal, not one pattern tried at every character: 3 ms over the 700 KB of
    rule files, which libyaml reads in 300."""
    if any(ch in text for ch in _UNLIKE_CHARS):
        return True
    breaks = "\n\r" if "\r" in text else "\n"
    if text.startswith(("%", "...")) or any(br + mark in text for br in breaks for mark in ("%", "...")):
        return True
    if (text.endswith(" ") or any(" " + br in text for br in breaks)) and _SPACES_LINE.search(text):
        return True
    return any(pattern.search(text) for pattern in _UNLIKE_BLOCK)


def _load_fast(text: str, limits: Limits) -> Any:
    """The same load with libyaml's scanner and parser feeding our composer and constructor (the
    limits, line numbers and values are the same: compared on every shipped file and example, and on
    generated cases). A text the two scanners could read differently (_unlike, or what the composer
    refuses as NotAlike) and anything that is not a clean load — no C extension, an error of any kind —
    is left to the pure loader, so what a file means, and what a problem says and where, never depend
    on which scanner ran."""
    if _unlike(text):
        return _FALLBACK
    try:
        from ruamel.yaml.cyaml import CParser
    except ImportError:
        return _FALLBACK
    y = _yaml(limits)
    y.screening_fast = True  # type: ignore[attr-defined]  # the composer refuses what libyaml reads otherwise
    try:
        y._parser = CParser(text)  # the composer pulls its events from here
        return y.constructor.get_single_data()
    except Exception:  # noqa: BLE001 - the pure loader reports it in the words the tests pin
        return _FALLBACK
    finally:
        parser = getattr(y, "_parser", None)
        if parser is not None and hasattr(parser, "dispose"):
            parser.dispose()


def _load_json(path: Path, text: str, limits: Limits) -> Any:
    from screening.base.json_lines import load_json

    try:
        return load_json(text, limits)
    except json.JSONDecodeError as e:
        raise InputError.of("malformed_json", path, e.lineno, what=e.msg) from None


def line_of(node: Any, loc: tuple | list = ()) -> int | None:
    """Best line number for the path `loc` inside a ruamel structure (1-based)."""
    best = None
    cur = node
    for key in loc:
        lc = getattr(cur, "lc", None)
        if lc is not None and best is None and lc.line is not None:  # a tagged scalar has no line
            best = lc.line + 1
        try:
            if isinstance(cur, dict) and key in cur:
                if lc is not None:
                    try:
                        best = lc.key(key)[0] + 1
                    except (KeyError, TypeError):
                        pass
                cur = cur[key]
            elif isinstance(cur, list) and isinstance(key, int) and 0 <= key < len(cur):
                if lc is not None:
                    try:
                        best = lc.item(key)[0] + 1
                    except (KeyError, TypeError, IndexError):
                        pass
                cur = cur[key]
            else:
                break
        except Exception:  # noqa: BLE001 - a line number is a courtesy, never a crash
            break
    else:
        lc = getattr(cur, "lc", None)
        if best is None and lc is not None and lc.line is not None:
            best = lc.line + 1
    return best


def plain(node: Any) -> Any:
    """ruamel structures to plain dicts/lists (pydantic and json want plain data)."""
    if isinstance(node, dict):
        return {str(k) if not isinstance(k, (str, int, bool)) else k: plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    from ruamel.yaml.scalarstring import ScalarString

    if isinstance(node, ScalarString):
        return str(node)
    if type(node).__module__.startswith("ruamel"):
        # ScalarFloat, ScalarInt, ScalarBoolean, TimeStamp...
        for base in (bool, int, float):
            if isinstance(node, base):
                return base(node)
        import datetime as _dt

        if isinstance(node, _dt.datetime):
            return _dt.datetime(*node.timetuple()[:6]) if node.hour or node.minute else node.date()
    return node


# ruamel's words for what it could not read (English, and a parser's): each kind a clinic worker meets
# is said in their language by an `error.yaml.*` message; ruamel's own text only in English
_YAML_PROBLEMS = (
    ("expected <block end>", "indent"),
    ("mapping values are not allowed", "colon"),
    ("could not find expected ':'", "no_colon"),
    ("cannot start any token", "tab"),
    ("found unexpected end of stream", "unclosed_quote"),
    ("while scanning a quoted scalar", "unclosed_quote"),
    ("expected ',' or ']'", "unclosed_bracket"),
    ("expected ',' or '}'", "unclosed_bracket"),
    ("found duplicate key", "duplicate_key"),
)


def yaml_problem(what: Any) -> tuple[str, dict[str, Any]]:
    """ruamel's problem as a catalogue message (error.yaml.*): `detail` keeps its words for English."""
    text = str(what)
    key = next((k for pattern, k in _YAML_PROBLEMS if pattern in text), "other")
    return f"yaml.{key}", {"detail": text}


def pydantic_error(exc, path: str | Path, root: Any, prefix: tuple = ()) -> InputError:
    """Turn a pydantic ValidationError into one InputError with file:line and what was expected."""
    errors = exc.errors(include_url=False)
    errs = []
    for err in errors:
        loc = tuple(prefix) + tuple(x for x in err["loc"] if not (isinstance(x, str) and x.startswith("function-")))
        # pydantic adds union/tag names to loc; drop names that are not keys of the data
        clean = clean_loc(root, loc)
        where = ".".join(str(x) for x in clean) or "(top level)"
        msg = err["msg"]
        if err["type"] == "missing":
            msg = f"missing required field '{clean[-1] if clean else where}'" if len(loc) else msg
            where = ".".join(str(x) for x in clean[:-1]) or "(top level)"
        elif err["type"] == "extra_forbidden":
            msg = f"unknown field '{clean[-1]}'"
            where = ".".join(str(x) for x in clean[:-1]) or "(top level)"
        errs.append(InputError(f"{where}: {msg}", path, line_of(root, clean)))
    if len(errs) == 1:
        return errs[0]

    return InputErrors(errs)


def clean_loc(root: Any, loc: tuple) -> tuple:
    out = []
    cur = root
    for key in loc:
        if isinstance(cur, dict) and key in cur:
            out.append(key)
            cur = cur[key]
        elif isinstance(cur, list) and isinstance(key, int) and 0 <= key < len(cur):
            out.append(key)
            cur = cur[key]
        elif isinstance(cur, dict) or isinstance(cur, list):
            # a pydantic union branch name or a missing key: keep a missing key for the message
            if not isinstance(cur, list) and isinstance(key, str) and not any(c in key for c in "[]()'"):
                out.append(key)
                cur = None
            continue
        else:
            break
    return tuple(out)
