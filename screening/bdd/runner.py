"""`screening rules test`: run Gherkin features with pytest-bdd against the shipped rules or a trainer's
data folder, from anywhere (an installed wheel included), and say per scenario what passed and, for a
failure, the check that differed with its explanation."""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from screening.base import paths as where
from screening.base.errors import InputError


@dataclass
class Outcome:
    feature: str
    name: str
    line: int | None
    passed: bool
    message: str = ""


@dataclass
class RunResult:
    outcomes: list[Outcome] = field(default_factory=list)
    problem: str | None = None  # a feature that could not be collected (a step with no definition...)

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if not o.passed)


def feature_files(paths: list[Path], data: Path | None) -> list[Path]:
    """The .feature files named (folders searched), else the data folder's features/, else the shipped ones."""
    if not paths:
        if data is not None and not (data / "features").is_dir():
            raise InputError("no features/ folder here: name the .feature files to run", data)
        paths = [data / "features" if data is not None else where.features_dir()]
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(p.rglob("*.feature"))
        elif p.is_file() and p.suffix == ".feature":
            out.append(p)
        else:
            raise InputError("not a .feature file or a folder of them", p)
    if not out:
        raise InputError("no .feature files found", paths[0])
    return [p.resolve() for p in out]


class _Collector:
    """A pytest plugin that keeps one outcome per scenario, with the first line of a failure."""

    def __init__(self) -> None:
        self.result = RunResult()

    def pytest_runtest_logreport(self, report):  # noqa: ANN001 - pytest's hook signature
        if report.when != "call" and not (report.when == "setup" and report.failed):
            return
        try:  # pytest-bdd 8+: kept beside the report; older versions set report.scenario
            from pytest_bdd.reporting import test_report_context_registry

            ctx = test_report_context_registry.get(report)
            sc = ctx.scenario if ctx is not None else {}
        except ImportError:
            sc = getattr(report, "scenario", None) or {}
        feature = (sc.get("feature") or {}).get("filename") or report.nodeid
        name = sc.get("name") or report.nodeid.split("::")[-1]
        msg = ""
        if report.failed:
            crash = getattr(report.longrepr, "reprcrash", None)
            msg = crash.message if crash is not None else str(report.longrepr).splitlines()[-1]
            msg = msg.removeprefix("AssertionError: ").split("\nassert ")[0].strip()
            # a bad file or value met in a step says what is wrong, never its Python class
            msg = re.sub(r"^screening\.[\w.]+: ", "", msg)
        self.result.outcomes.append(Outcome(feature, name, sc.get("line_number"), report.passed, msg))

    def pytest_collectreport(self, report):  # noqa: ANN001
        if report.failed:
            self.result.problem = str(report.longrepr).strip().splitlines()[-1]


def run(features: list[Path], data: Path | None) -> RunResult:
    """Run the features in this process (so coverage sees every assessment); pytest's own output is
    kept out of the way: the command prints its own plain lines."""
    import pytest

    if data is not None:
        if not (data / "rules").is_dir():
            raise InputError("a data folder holds rules/ (and countries/)", data)
        os.environ["SCREENING_DATA"] = str(data.resolve())
    with tempfile.TemporaryDirectory(prefix="screening-rules-test-") as tmp:
        t = Path(tmp)
        (t / "pytest.ini").write_text("[pytest]\nbdd_features_base_dir = /\n", encoding="utf-8")
        listed = ", ".join(repr(str(f)) for f in features)
        (t / "test_rule_features.py").write_text(
            "from pytest_bdd import scenarios\n\nfrom screening.bdd.steps import *  # noqa: F401,F403\n\n"
            f"scenarios({listed})\n", encoding="utf-8")
        collector = _Collector()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            pytest.main([str(t), "-c", str(t / "pytest.ini"), "--rootdir", str(t), "-p", "no:cacheprovider",
                         "-q", "-o", "addopts=", "--tb=short"], plugins=[collector])
        if not collector.result.outcomes and collector.result.problem is None:
            collector.result.problem = sink.getvalue().strip().splitlines()[-1] if sink.getvalue().strip() else \
                "no scenario ran"
        return collector.result
