"""Make the cache entries a wheel ships (read by screening/base/prebuilt.py): the checked library of
the rule files it carries, the message catalogue and the country names. The build runs
`python -m screening.law.prebuild OUT` (hatch_build.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from screening.base import countrynames, messages, paths, prebuilt
from screening.law.load import display_path, library_paths, load_files, origin_paths


def _library_entry(root: Path) -> tuple[str, Any]:
    """(key, library) of the files under `root`, checked, its files named relative to `root`."""
    catalogue_path, rule_paths, country_paths = library_paths(root / "rules", root / "countries")
    every = [catalogue_path, *rule_paths, *country_paths, *origin_paths(catalogue_path)]
    lib = load_files(catalogue_path, rule_paths, country_paths)  # checked: no wheel ships rules with errors
    entry_key = prebuilt.files_key("library", root, every)
    assert entry_key is not None
    return entry_key, lib.relabelled({display_path(p): prebuilt.relative(p, root) for p in every})


def build(out: Path) -> list[str]:
    """Make the entries for the files in use (the build runs it on those the wheel ships, with
    SCREENING_NO_CACHE=1 so every file is read afresh); returns their names."""
    made = ["library"]
    prebuilt.write(out, "library", *_library_entry(paths.data_root()))
    messages_key = messages.prebuilt_key()
    assert messages_key is not None
    prebuilt.write(out, "messages", messages_key, messages.catalogue())
    made.append("messages")
    for lang in ("en", "es", "pt"):
        prebuilt.write(out, f"territories-{lang}", countrynames.prebuilt_key(lang), countrynames.territories(lang))
        made.append(f"territories-{lang}")
    return made


if __name__ == "__main__":
    os.environ["SCREENING_NO_CACHE"] = "1"  # read every file afresh; the builder's own cache is not touched
    names = build(Path(sys.argv[1]))
    print(f"prebuilt cache entries: {', '.join(names)}")
