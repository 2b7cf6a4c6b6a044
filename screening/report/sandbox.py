"""The sandbox a user's own `--template` runs in: Jinja's SandboxedEnvironment, with every operator,
call, filter, comparison, loop and output measured against safe_text.py's bounds and the clock.

Jinja lets a sandbox intercept operators and calls; the rest is measured by compiling templates a
little differently: a loop's iterable goes through `limited_loop` (it ticks the clock), the parts
of `a ~ b` and the sides of a comparison are measured before str() or == walks them. render.py imports
this module only when a user's template is rendered (Jinja is imported only to render)."""

from __future__ import annotations

import functools
import time
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.compiler import CodeGenerator, operators, optimizeconst
from jinja2.lexer import TokenStream
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import _PassArg

from screening.base import safe_text
from screening.base.safe_text import Limit, grouped

__all__ = ["LimitedSandbox"]


class _Generator(CodeGenerator):
    """Jinja's code generator, compiling loops, `~` and comparisons so that they are measured."""

    def visit(self, node, *args, **kwargs):
        self.environment.tick()  # compiling a template of many thousand tags takes long too
        return super().visit(node, *args, **kwargs)

    def visit_Template(self, node, frame=None):
        for loop in node.find_all(nodes.For):  # every loop ticks the clock
            loop.iter = nodes.Filter(loop.iter, "limited_loop", [], [], None, None, lineno=loop.iter.lineno)
        super().visit_Template(node, frame)

    @optimizeconst
    def visit_Concat(self, node, frame):
        # `a ~ b`: each part is measured before str() makes it text (as Jinja's own visit_Concat, else)
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.built({join}(environment.parts((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))))")

    @optimizeconst
    def visit_Compare(self, node, frame):
        # comparing two lists compares every item: each side is measured first
        self.write("(environment.light(")
        self.visit(node.expr, frame)
        self.write(")")
        for op in node.ops:
            self.write(f" {operators[op.op]} environment.light(")
            self.visit(op.expr, frame)
            self.write(")")
        self.write(")")


class LimitedSandbox(SandboxedEnvironment):
    """A user's template environment: limited in time, size and work (make_env calls limit_all)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _Generator

    def __init__(self, **options: Any):
        super().__init__(**options)
        self.deadline = time.process_time() + safe_text.MAX_SECONDS
        self.work = 0
        self.globals["range"] = self._range
        self.filters["limited_loop"] = pass_context(lambda _, it: self._loop(it))

    def limit_all(self) -> None:
        """Measure every filter, test and output (after make_env has added its own)."""
        loop = self.filters.pop("limited_loop")
        self.filters = {k: self._measured(k, f) for k, f in self.filters.items()} | {"limited_loop": loop}
        self.tests = {k: self._measured("", f) for k, f in self.tests.items()}
        inner = self.finalize

        def finalize(v: Any) -> Any:
            return self.built(inner(self.light(v)))  # type: ignore[misc]

        self.finalize = finalize

    def _tokenize(self, source, name, filename=None, state=None):
        stream = super()._tokenize(source, name, filename, state)

        def ticking():
            for i, token in enumerate(stream):
                if not i % 256:
                    self.tick()
                yield token

        return TokenStream(ticking(), name, filename)

    def _compile(self, source, filename):
        if len(source) > safe_text.MAX_COMPILED:  # Python's compile() cannot be stopped once started
            raise Limit("template_complex")
        return super()._compile(source, filename)

    def tick(self) -> None:
        if time.process_time() > self.deadline:
            raise Limit("template_time", seconds=grouped(safe_text.MAX_SECONDS))

    def light(self, v: Any) -> Any:
        self.tick()
        if not isinstance(v, str | int | float | type(None)):
            safe_text.too_long(safe_text.weight(v))
        return v

    def parts(self, seq: tuple) -> tuple:
        self.tick()
        safe_text.too_long(sum(safe_text.weight(x) for x in seq))
        return seq

    def built(self, v: Any) -> Any:
        """Count what an operation made: one value too large, or too much made in all, stops it."""
        if isinstance(v, str | bytes):
            safe_text.too_long(len(v))
            self.work += len(v)
        elif isinstance(v, list | tuple | dict | set):
            safe_text.too_many(len(v))
            self.work += len(v)
        elif isinstance(v, int) and v.bit_length() * 0.302 > safe_text.MAX_DIGITS + 1:
            raise Limit("template_number", limit=grouped(safe_text.MAX_DIGITS))
        if self.work > safe_text.MAX_WORK:
            raise Limit("template_work", limit=grouped(safe_text.MAX_WORK))
        return v

    def concat(self, parts: Any) -> str:  # type: ignore[override]
        """The text of a block, a macro or a `{% set %}`."""
        parts = list(parts)
        safe_text.too_long(sum(len(p) for p in parts))
        return self.built("".join(parts))

    def _loop(self, it: Any) -> Any:
        for i, x in enumerate(it):
            if not i % 64:
                self.tick()
            yield x

    def _range(self, *args: int) -> range:
        r = range(*args)
        try:
            safe_text.too_many(len(r))
        except OverflowError:  # more than the machine can count
            safe_text.too_many(safe_text.MAX_ITEMS + 1)
        return r

    def _measured(self, name: str, f: Any) -> Any:
        """`f` (the filter `name`, or a test) with what it takes and makes measured."""
        skip = 1 if _PassArg.from_obj(f) else 0  # the context or environment Jinja passes first

        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            self.tick()
            for v in (*args[skip:], *kwargs.values()):
                self.light(v)
            if len(args) > skip:
                args = (*args[:skip], *safe_text.check_filter(name, args[skip:], kwargs))
            return self.built(f(*args, **kwargs))

        return run

    def call_binop(self, context, operator, left, right):
        self.tick()
        safe_text.check_binop(operator, left, right)
        return self.built(super().call_binop(context, operator, left, right))

    def call(self, context, obj, /, *args: Any, **kwargs: Any) -> Any:
        self.tick()  # a macro calling itself twice, with no arguments, is exponential too
        for v in (*args, *kwargs.values()):
            self.light(v)
        args = safe_text.check_call(obj, args, kwargs)
        return self.built(super().call(context, obj, *args, **kwargs))

    def getitem(self, obj, argument):
        rv = super().getitem(obj, argument)
        return self.built(rv) if isinstance(argument, slice) else rv

    def wrap_str_format(self, value):
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        @functools.wraps(wrapped)
        def checked(*args: Any, **kwargs: Any) -> str:
            values = [*args, *kwargs.values()] + (list(args[0].values()) if args and isinstance(args[0], dict)
                                                  else [])
            safe_text.too_long(safe_text.format_size(fmt, values, percent=False))
            return wrapped(*args, **kwargs)

        return checked

    def render_limited(self, tpl, **context: Any) -> str:
        """Render through generate(), so the output is counted as it comes."""
        out, size = [], 0
        for chunk in tpl.generate(**context):
            size += len(chunk)
            if size > safe_text.MAX_OUTPUT:
                raise Limit("template_output", limit=grouped(safe_text.MAX_OUTPUT))
            self.tick()
            out.append(chunk)
        return "".join(out)

