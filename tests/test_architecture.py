"""The package's shape, as docs/architecture.md draws it: imports run one way (the import-linter
contracts in pyproject.toml), no import cycle, no module or function past its size, nothing importing
another module's private names. (Complexity is ruff's C901, configured in pyproject.toml.)"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

PKG = Path(__file__).resolve().parents[1] / "screening"
MAX_LINES = 410  # the guide's ~400
MAX_FUNCTION_LINES = 80  # the guide's ~80, from the `def` line to the last line


def _modules() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if "_data" not in p.parts and "_prebuilt" not in p.parts)


def test_the_import_contracts_hold():
    """`lint-imports` with pyproject.toml's contracts: each stage imports only the stages below it."""
    exe = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(exe)], capture_output=True, text=True, cwd=PKG.parent)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.find_modules_directly_imported_by(w)))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return out


def test_no_import_cycle():
    graph = grimp.build_graph("screening", exclude_type_checking_imports=True)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path, monkeypatch):
    """The check above can fail: two modules importing each other are found."""
    pkg = tmp_path / "loopy"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from loopy import b\n")
    (pkg / "b.py").write_text("from loopy import a\n")
    (pkg / "c.py").write_text("from loopy import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(grimp.build_graph("loopy", cache_dir=None)) == [["loopy.a", "loopy.b"]]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_no_module_past_its_size(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def test_nothing_imports_another_modules_private_names():
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("screening"):
                found += [f"{path.relative_to(PKG)}:{node.lineno} {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert found == []


def _long_functions(path: Path, root: Path) -> list[str]:
    """Every function or method in `path` (nested ones too) longer than MAX_FUNCTION_LINES."""
    return [f"{path.relative_to(root)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]


def test_no_function_past_its_size():
    found = [f for path in _modules() for f in _long_functions(path, PKG)]
    assert found == []


def test_the_size_check_finds_a_long_function(tmp_path):
    """The check above can fail: a method of 81 lines is found, one of 80 is not."""
    body = "\n".join(f"        x{i} = {i}" for i in range(79))
    (tmp_path / "m.py").write_text(f"class C:\n    def long(self):\n{body}\n        return 1\n\n"
                                   f"    def fits(self):\n{body}\n")
    assert _long_functions(tmp_path / "m.py", tmp_path) == ["m.py:2 long (81 lines)"]
