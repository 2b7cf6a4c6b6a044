"""Write a generated document as YAML or JSON text, with room for hostile fragments.

A plain emitter rather than ruamel's: the fuzzer must be able to write what no dumper would
(unquoted impossible dates, alias bombs, tags, numbers with 5000 digits), and to choose per document
whether text is escaped (so a control character reaches the tool) or written raw (so the reader has
to refuse it).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from typing import Any


class Raw(str):
    """A fragment written exactly as it is, where a value (or a key) goes; one line, flow style."""


_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_ .-]*$")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


class Emitter:
    def __init__(self, rng: random.Random, ascii: bool | None = None):
        self.rng = rng
        self.ascii = rng.random() < 0.5 if ascii is None else ascii  # escape non-ASCII (and controls)

    # -- scalars ---------------------------------------------------------------------------------
    def string(self, s: str) -> str:
        if isinstance(s, Raw):
            return str(s)
        if _PLAIN.match(s) and s.lower() not in _RESERVED and not s.endswith(" ") and self.rng.random() < 0.7:
            return s
        return json.dumps(s, ensure_ascii=self.ascii)

    def scalar(self, v: Any) -> str:
        r = self.rng
        if isinstance(v, Raw):
            return str(v)
        if v is None:
            return r.choice(["null", "~", "null", "Null"])
        if v is True:
            return r.choice(["yes", "true", "True", "yes"])
        if v is False:
            return r.choice(["no", "false", "False", "no"])
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return ".nan" if v != v else ".inf" if v == float("inf") else "-.inf" if v == float("-inf") else repr(v)
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        if isinstance(v, str):
            return self.string(v)
        return self.string(str(v))

    def key(self, k: Any) -> str:
        if isinstance(k, str):
            return self.string(k) if not isinstance(k, Raw) else str(k)
        return self.scalar(k)

    # -- YAML ------------------------------------------------------------------------------------
    def yaml(self, doc: Any) -> str:
        if not isinstance(doc, (dict, list)):
            return self.scalar(doc) + "\n"
        return "\n".join(self._block(doc, 0)) + "\n"

    def _flow(self, v: Any) -> str:
        if isinstance(v, dict):
            return "{" + ", ".join(f"{self.key(k)}: {self._flow(x)}" for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(self._flow(x) for x in v) + "]"
        return self.scalar(v)

    def _block(self, v: Any, indent: int) -> list[str]:
        pad = " " * indent
        lines: list[str] = []
        if isinstance(v, dict):
            if not v:
                return [pad + "{}"]
            for k, x in v.items():
                if isinstance(x, dict) and x and self.rng.random() < 0.9:
                    lines.append(f"{pad}{self.key(k)}:")
                    lines.extend(self._block(x, indent + 2))
                elif isinstance(x, list) and x and len(x) < 50 and self.rng.random() < 0.3:
                    lines.append(f"{pad}{self.key(k)}:")
                    lines.extend(self._block(x, indent + 2))
                else:
                    lines.append(f"{pad}{self.key(k)}: {self._flow(x)}")
            return lines
        if isinstance(v, list):
            if not v:
                return [pad + "[]"]
            for x in v:
                lines.append(f"{pad}- {self._flow(x)}")
            return lines
        return [pad + self.scalar(v)]

    # -- JSON ------------------------------------------------------------------------------------
    def json(self, doc: Any) -> str:
        """JSON text; a Raw fragment is put in verbatim (so `1e999`, `NaN` or a bomb reach the reader)."""
        raws: list[str] = []

        def prep(v: Any) -> Any:
            if isinstance(v, Raw):
                raws.append(str(v))
                return f"\0RAW{len(raws) - 1}\0"
            if isinstance(v, dict):
                return {(str(k) if not isinstance(k, (str, int, float, bool)) and k is not None else k): prep(x)
                        for k, x in v.items()}
            if isinstance(v, list):
                return [prep(x) for x in v]
            if isinstance(v, (dt.date, dt.datetime)):
                return v.isoformat()
            return v

        text = json.dumps(prep(doc), ensure_ascii=self.ascii, indent=self.rng.choice([None, 2]))
        return re.sub(r'"\\u0000RAW(\d+)\\u0000"', lambda m: raws[int(m.group(1))], text)
