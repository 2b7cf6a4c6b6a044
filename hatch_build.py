"""Wheel build hook: ship the cache entries a first run would otherwise make (screening/base/prebuilt.py).

It runs the package from the source tree on the files the wheel ships, in the build environment
(the hook asks for the runtime dependencies, see pyproject.toml). An editable install reads the
checkout, which a trainer may edit at any time, so it gets none: its first run fills the user cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._out = tempfile.mkdtemp(prefix="screening-prebuilt-")
        env = {k: v for k, v in os.environ.items() if k not in ("SCREENING_DATA", "SCREENING_CACHE")}
        # the source root first, then whatever the frontend put there: pip reaches its isolated build
        # environment (where the runtime dependencies were installed) through PYTHONPATH
        env["PYTHONPATH"] = os.pathsep.join(p for p in (self.root, os.environ.get("PYTHONPATH")) if p)
        # a failure stops the build: a wheel whose rule files do not load must not ship
        subprocess.run([sys.executable, "-m", "screening.law.prebuild", self._out], cwd=self.root, env=env, check=True)
        if not os.path.exists(os.path.join(self._out, "library.pickle")):  # a renamed module builds nothing
            raise RuntimeError("screening.law.prebuild made no library entry: the wheel would start slowly")
        build_data["force_include"][self._out] = "screening/_prebuilt"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out:
            shutil.rmtree(out, ignore_errors=True)
