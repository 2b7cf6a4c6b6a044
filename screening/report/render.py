"""Turn an Assessment into what a script reads (JSON) or what a person reads (a report in text,
Markdown or HTML), from the shipped templates or from a user's own `--template`.

Every template, shipped or not, runs in Jinja2's SandboxedEnvironment with StrictUndefined:
a typo is an error, and a template cannot reach Python internals. HTML is autoescaped;
Markdown output is escaped by `finalize` (every `{{ … }}` goes through `md_escape` unless a
filter already made it safe), so applicant text and rule text can never become links, HTML or
formatting. Any template problem is an InputError naming the template file and line.

A user's template also runs with limits (safe_text.py has the bounds): every operator, call,
filter, comparison, loop and output is measured, so a template that would compute a huge number,
text or list, print without end or loop for ever stops with one message. The shipped templates run
without them (they are ours, and their work grows only with the case), so they render as always.
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path
from typing import Any

from screening.base import messages, safe_text
from screening.base.errors import InputError
from screening.base.paths import templates_dir
from screening.base.safe_text import Limit, MdSafe, clean, grouped, json_text, md_escape, md_quote, md_url, wrap
from screening.law.library import Library
from screening.models.assessment import Assessment
from screening.report import context as report_context

__all__ = ["FORMATS", "MdSafe", "clean", "make_env", "md_escape", "md_quote", "md_url", "render", "wrap"]

FORMATS = ("json", "text", "md", "html")
TEMPLATES = {"text": "text/report.txt.j2", "md": "md/report.md.j2", "html": "html/report.html.j2"}
_EXT_KIND = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "md", ".markdown": "md",
             ".txt": "text", ".text": "text"}


def render(result: Assessment, fmt: str, lib: Library, *, narrative: str | None = None,
           template: str | Path | None = None, produced: dt.date | None = None, brief: bool = False) -> str:
    """Render `result` as json, text, md or html; `template` replaces the shipped template.

    `brief` gives the short form a clinic files from (one page: the summary with the outcomes and the
    warnings, the deadlines, the next steps and the questions still open, with only the sources they
    cite); the full report is the default. JSON is the assessment itself, brief or not. A template of
    your own sees `r.brief` and decides what to leave out."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    if template is None and fmt == "json":
        return json_text(result.model_dump_json(indent=2))
    view = report_context.build(result, lib, narrative=narrative, produced=produced, brief=brief)
    if template is not None:
        return _render_custom(Path(template), fmt, view)
    name = TEMPLATES[fmt]
    env = make_env(fmt)
    return finish_output(render_view(env, name, view, name), fmt)


def template_kind(path: Path, fmt: str) -> str:
    """html, md or text for a user's template: from its extension (ignoring .j2/.jinja), else from --format."""
    suffixes = [s.lower() for s in path.suffixes if s.lower() not in (".j2", ".jinja", ".jinja2")]
    if suffixes and suffixes[-1] in _EXT_KIND:
        return _EXT_KIND[suffixes[-1]]
    if fmt == "json":
        raise InputError("a template produces md, html or text, not JSON: use --format md, html or text, "
                         "or name the template *.md, *.html or *.txt", path)
    return fmt


def _render_custom(path: Path, fmt: str, view: dict) -> str:
    try:
        if path.stat().st_size > safe_text.MAX_SOURCE:  # before reading it: it could be anything
            raise InputError.of("template_file_too_big", path, limit=grouped(safe_text.MAX_SOURCE))
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("template not found", path) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a template file", path) from None
    except UnicodeDecodeError as e:
        raise InputError(f"template is not UTF-8 text ({e.reason})", path) from None
    kind = template_kind(path, fmt)
    name = str(path)
    env = make_env(kind, custom=(name, source))
    return finish_output(render_view(env, name, view, name), kind)


def finish_output(text: str, kind: str) -> str:
    return text.rstrip() + "\n"


def render_view(env, name: str, view: dict, shown_as: str) -> str:
    from jinja2 import TemplateError

    lang = view["lang"]

    def t(key: str, **fmt: Any) -> str:
        try:
            text = messages.t(str(key), lang)
        except KeyError:
            raise InputError(f"no message '{key}' in messages.yaml") from None
        return text.format(**fmt) if fmt else text

    try:
        tpl = env.get_template(name)
        limited = getattr(env, "render_limited", None)
        return limited(tpl, r=view, t=t) if limited else tpl.render(r=view, t=t)
    except Limit as e:
        path, line = _template_frame(e.__traceback__)
        raise InputError.of(e.key, path or shown_as, line, **e.params) from None
    except MemoryError:
        raise InputError.of("template_memory", shown_as) from None
    except InputError as e:
        path, line = _template_frame(e.__traceback__)
        raise InputError(e.message, path or shown_as, line) from None
    except TemplateError as e:
        raise _template_error(e, shown_as) from None
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, ZeroDivisionError, OverflowError,
            RecursionError) as e:
        path, line = _template_frame(e.__traceback__)
        raise InputError(f"template error: {type(e).__name__}: {e}", path or shown_as, line) from None


def _template_error(e, shown_as: str) -> InputError:
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    if isinstance(e, TemplateSyntaxError):
        return InputError(f"template syntax error: {e.message}", e.filename or e.name or shown_as, e.lineno)
    path, line = _template_frame(e.__traceback__)
    if isinstance(e, TemplateNotFound):
        return InputError(f"template not found: '{e.name}' (a template may include or extend only the shipped "
                          "templates, e.g. \"html/report.html.j2\")", path or shown_as, line)
    if isinstance(e, SecurityError):
        return InputError(f"not allowed in a template (sandboxed): {e}", path or shown_as, line)
    if isinstance(e, UndefinedError):
        return InputError(f"undefined in template: {e.message}", path or shown_as, line)
    return InputError(f"template error: {e}", path or shown_as, line)


def _template_frame(tb) -> tuple[str | None, int | None]:
    """The innermost template frame of a traceback (Jinja rewrites frames to template file and line)."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(tb):
        if not frame.filename.endswith(".py") and not frame.filename.startswith("<"):
            found = (frame.filename, frame.lineno)
    return found


# --- environments ------------------------------------------------------------------------------

def _finalize_for(kind: str):
    if kind == "md":
        return md_escape
    if kind == "html":
        from markupsafe import Markup

        # leave Markup to autoescape; strip control characters from everything else
        return lambda v: v if isinstance(v, Markup) else clean(v) if v is not None else v
    return lambda v: clean(v) if v is not None else v


def make_env(kind: str, custom: tuple[str, str] | None = None):
    """The sandboxed environment for one kind of output; `custom` is (name, source) of a user template,
    which may extend or include the shipped templates but read no other file."""
    from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, FunctionLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment


    loaders: list[BaseLoader] = [FileSystemLoader(str(templates_dir()))]
    if custom is not None:
        cname, csource = custom
        loaders.insert(0, FunctionLoader(lambda n: (csource, cname, lambda: True) if n == cname else None))
    env = (SandboxedEnvironment if custom is None else _limited_sandbox())(
        loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=(kind == "html"),
        finalize=_finalize_for(kind), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters.update(md=md_escape, mdquote=md_quote, mdurl=md_url, wrap=wrap, clean=clean)
    env.globals["kind"] = kind
    if custom is not None:
        env.limit_all()
    return env


def _limited_sandbox() -> type:
    """The sandbox for a user's template (imported on first use: Jinja is imported only to render)."""
    from screening.report.sandbox import LimitedSandbox

    return LimitedSandbox
