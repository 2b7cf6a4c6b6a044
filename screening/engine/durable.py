"""The durable-rules adapter: build a ruleset from a compiled Program, evaluate one case.

durable-rules 2.0.28 is the engine of record wherever it installs and loads (Python 3.11 and 3.12:
its C extension calls PyEval_CallObject, removed in Python 3.13); evaluators.py chooses it.

Each evaluation gets its own state (session id), asserted with `assert_fact` and deleted when the
evaluation ends, so the engine holds nothing between cases and memory stays flat (durable-rules
keeps at most 1024 live states per ruleset). The low-level `durable_rules_engine` calls are used
instead of `durable.engine.Host`: the Host runs actions through Python closures that swallow
exceptions into the state and cost several times more per firing; here a firing is only
"which rule matched", and the derived node fact is asserted straight back.
"""

from __future__ import annotations

import itertools
import json
import weakref
from typing import Any

import durable_rules_engine as _dre

from screening.engine.compiler import START_RULE, Program
from screening.engine.evaluation import EngineError, Evaluation

NAME = "durable-rules 2.0.28"
_names = itertools.count()


class DurableRules:
    """A compiled country ruleset loaded into durable-rules. Stateless between cases.

    The ruleset lives in the C extension's memory (about 2 MiB for a country) until deleted:
    `close()` (or `with Engine(...)`) frees it; an engine dropped unclosed is freed when collected."""

    name = NAME

    def __init__(self, program: Program):
        self.program = program
        text = json.dumps(program.ruleset)
        self._name = f"screening_{program.country}_{program.digest}_{next(_names)}"
        try:
            self._handle = _dre.create_ruleset(self._name, text)
        except Exception as e:  # noqa: BLE001 - the C extension raises plain Exception
            raise EngineError(f"durable-rules refused the compiled ruleset for {program.country}: {e}") from e
        self._free = weakref.finalize(self, _delete_ruleset, self._handle)
        self._free.atexit = False  # at exit the process's memory goes anyway: no work on the way out
        self._index = program.rule_index
        # the node facts parent rules read, pre-written: only the session id and status vary
        self._node_facts = {nid: f'","t":"n","g":{program.groups[nid]},"id":"{nid}","s":"'
                            for nid in program.parents}
        self._sids = itertools.count()

    def evaluate(self, fields: dict[str, Any]) -> Evaluation:
        sid = f"s{next(self._sids)}"
        status: dict[str, str] = {}
        reasons: dict[str, list[int | None]] = {}
        firings = 0
        handle = self._handle
        node_facts = self._node_facts
        if handle is None:  # a deleted ruleset's handle points at freed memory: never pass it to C
            raise EngineError("this engine was closed")
        fact = dict(fields)
        fact["sid"] = sid
        fact["t"] = "c"
        acted = False  # delete_state frees a garbage pointer (and aborts) for a state no action ran in
        try:
            result = _dre.assert_fact(handle, json.dumps(fact))
            if result[0] != 0:  # the start rule matches every case: anything else is a bug
                raise EngineError(f"durable-rules did not take the case fact (code {result[0]})")
            state = result[1]
            first = _dre.start_action_for_state(handle, state)
            acted = bool(first)
            msg = first[1] if first else None
            while msg:
                name = msg[2 : msg.index('"', 2)]
                if name == START_RULE:
                    msg = _dre.complete_and_start_action(handle, state)
                    continue
                firings += 1
                node, st, child = self._index[name]
                prev = status.get(node)
                if prev is None:
                    status[node] = st
                    reasons[node] = [child]
                    tail = node_facts.get(node)
                    if tail is not None:
                        _dre.assert_fact(handle, f'{{"sid":"{sid}{tail}{st}"}}')
                elif prev == st:
                    reasons[node].append(child)
                else:  # pragma: no cover - consistent facts cannot make a node both met and not met
                    raise EngineError(f"node {node} was found both met and not met")
                msg = _dre.complete_and_start_action(handle, state)
        except EngineError:
            raise
        except Exception as e:  # noqa: BLE001
            raise EngineError(f"durable-rules failed while evaluating a case: {e}") from e
        finally:
            if acted:  # otherwise the failed state is left behind: a leak beats a crash
                try:
                    _dre.delete_state(handle, sid)
                except Exception:  # noqa: BLE001 - a state that was never created has nothing to delete
                    pass
        return Evaluation(status, reasons, fields, firings, NAME)

    def close(self) -> None:
        """Free the ruleset; closing twice is harmless (a second delete would free freed memory)."""
        self._handle = None
        self._free()  # runs _delete_ruleset once, then never again

    def __enter__(self) -> DurableRules:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _delete_ruleset(handle: Any) -> None:
    try:
        _dre.delete_ruleset(handle)
    except Exception:  # noqa: BLE001 - nothing a caller could do; the memory is at worst kept
        pass
