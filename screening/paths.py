"""Where things are: the rule, country and template folders (inside an installed wheel, or in the
checkout), and the user's own cache and state folders (each system's usual place)."""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent
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
    for here, dirs, files in os.walk(_PKG):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))  # _data, _prebuilt, __pycache__
        out += [Path(here) / f for f in files if f.endswith(".py")]
    return sorted(out)


def data_root() -> Path:
    """The folder holding rules/, countries/ and templates/.

    A built wheel carries them in screening/_data; a checkout (or editable install) uses the
    top-level folders, which are the single source of truth.
    """
    override = os.environ.get("SCREENING_DATA")
    if override:
        # a trainer's working copy (or a test fixture) holding rules/ and countries/
        root = Path(override)
        if not (root / "rules").is_dir():
            from .errors import InputError

            raise InputError.of("data_without_rules", root)
        return root
    packaged = _PKG / "_data"
    if (packaged / "rules").is_dir():
        return packaged
    checkout = _PKG.parent
    if (checkout / "rules").is_dir():
        return checkout
    raise FileNotFoundError("rule files not found: the package is incomplete (no screening/_data/rules)")


def rules_dir() -> Path:
    return data_root() / "rules"


def countries_dir() -> Path:
    return data_root() / "countries"


def _shipped(name: str) -> Path:
    """The package's own folder `name`: in the wheel's data, else the checkout's."""
    packaged = _PKG / "_data" / name
    return packaged if packaged.is_dir() else _PKG.parent / name


def _beside_rules(name: str) -> Path:
    """`name` beside the rules in use, else the shipped one (a rules-only working copy still renders
    with the shipped templates and tests with the shipped features)."""
    here = data_root() / name
    return here if here.is_dir() else _shipped(name)


def templates_dir() -> Path:
    return _beside_rules("templates")


def training_dir() -> Path:
    """The training scenarios beside rules/ (the shipped ones, or a trainer's data folder's own: the
    shipped scenarios are written for the shipped catalogue, so another data folder does not get them)."""
    return data_root() / "training"


def shipped_training_dir() -> Path:
    """The package's own training folder (for the default scoring weights under any data folder)."""
    return _shipped("training")


def features_dir() -> Path:
    """The shipped Gherkin features (beside rules/ in a checkout, or in the wheel's data)."""
    return _beside_rules("features")
