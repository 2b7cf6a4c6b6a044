"""The package's own folder and the user's cache and state folders (each system's usual place), with
nothing of this package below them: the cache finds its folder here before any error can be worded."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # the package folder (this module is in screening/base/)
APP = "refugee-screening"


def user_cache_dir() -> Path:
    """Linux: $XDG_CACHE_HOME or ~/.cache, then refugee-screening; macOS: ~/Library/Caches/refugee-screening;
    Windows: %LOCALAPPDATA%\\refugee-screening\\Cache."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def user_state_dir() -> Path:
    """Linux: $XDG_STATE_HOME or ~/.local/state, then refugee-screening; macOS: ~/Library/Application
    Support/refugee-screening; Windows: %LOCALAPPDATA%\\refugee-screening."""
    import platformdirs

    return Path(platformdirs.user_state_dir(APP, appauthor=False))


def package_modules() -> list[Path]:
    """The package's own .py files, sorted; not the wheel's data (features/ holds step modules),
    which is most of an installed package's files: walking it took 20 ms of every run."""
    out = []
    for here, dirs, files in os.walk(PACKAGE):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))  # _data, _prebuilt, __pycache__
        out += [Path(here) / f for f in files if f.endswith(".py")]
    return sorted(out)
