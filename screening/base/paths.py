"""Where things are: the rule, country and template folders (inside an installed wheel, or in the
checkout), and the user's own cache and state folders (each system's usual place)."""

from __future__ import annotations

import os
from pathlib import Path

from screening.base.errors import InputError
from screening.base.places import PACKAGE


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
            raise InputError.of("data_without_rules", root)
        return root
    packaged = PACKAGE / "_data"
    if (packaged / "rules").is_dir():
        return packaged
    checkout = PACKAGE.parent
    if (checkout / "rules").is_dir():
        return checkout
    raise FileNotFoundError("rule files not found: the package is incomplete (no screening/_data/rules)")


def rules_dir() -> Path:
    return data_root() / "rules"


def countries_dir() -> Path:
    return data_root() / "countries"


def _shipped(name: str) -> Path:
    """The package's own folder `name`: in the wheel's data, else the checkout's."""
    packaged = PACKAGE / "_data" / name
    return packaged if packaged.is_dir() else PACKAGE.parent / name


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
