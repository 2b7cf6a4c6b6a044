"""The JSON Schemas in schemas/: current with the models, named by every shipped YAML file, and
matched by every shipped file when checked by an independent validator (jsonschema), the way an
editor checks them (YAML 1.2, dates as ISO strings)."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from screening.cli import app
from screening.law.schemas import KINDS

runner = CliRunner()

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
REGENERATE = "run `screening schema --write schemas` and commit the files in schemas/"


def _shipped() -> list[tuple[Path, str]]:
    """Every shipped YAML file that has a schema, with its kind. rules/origins/*.yaml (country-of-origin
    guidance) and training/weights.yaml have none."""
    files = [(p, "facts" if p.name == "facts.yaml" else "rules") for p in sorted((ROOT / "rules").glob("*.yaml"))]
    files += [(p, "country") for p in sorted((ROOT / "countries").glob("*.yaml"))]
    files += [(p, "scenario") for p in sorted((ROOT / "training").glob("*.yaml")) if p.name != "weights.yaml"]
    files += [(p, "case") for p in sorted((ROOT / "examples").glob("*.yaml"))]
    return files


SHIPPED = _shipped()
IDS = [str(p.relative_to(ROOT)) for p, _ in SHIPPED]


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch):
    # the case schema lists the shipped catalogue's facts
    monkeypatch.delenv("SCREENING_DATA", raising=False)


def _schema(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))


def _load(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _as_editor_reads(v: Any) -> Any:
    """pydantic renders a date field as {"type": "string", "format": "date"}, and an editor's YAML
    (1.2, JSON schema) reads `2025-03-03` as that string; ruamel's safe loader makes it a date."""
    if isinstance(v, dict):
        return {str(k): _as_editor_reads(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_as_editor_reads(x) for x in v]
    if isinstance(v, dt.date):  # datetime included
        return v.isoformat()
    return v


def _errors(kind: str, data: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(_schema(kind), format_checker=jsonschema.FormatChecker())
    return [f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}"
            for e in sorted(validator.iter_errors(_as_editor_reads(data)), key=lambda e: list(map(str, e.path)))]


# --- the committed schemas ------------------------------------------------------------------------


def test_committed_schemas_match_the_models(tmp_path):
    out = tmp_path / "schemas"
    r = runner.invoke(app, ["schema", "--write", str(out)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.splitlines() == [str(out / f"{k}.schema.json") for k in KINDS]
    committed = sorted(p.name for p in SCHEMAS.glob("*.schema.json"))
    generated = sorted(p.name for p in out.iterdir())
    assert committed == generated, f"schemas/ holds {committed}, the models give {generated}: {REGENERATE}"
    stale = [n for n in generated if (out / n).read_bytes() != (SCHEMAS / n).read_bytes()]
    assert not stale, f"out of date with the models or the fact catalogue: {', '.join(stale)}; {REGENERATE}"


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schemas_are_valid_json_schema(kind):
    jsonschema.Draft202012Validator.check_schema(_schema(kind))


def test_dates_are_iso_strings_in_the_schema():
    """Why the validation below turns YAML dates into strings."""
    as_of = _schema("scenario")["properties"]["as_of"]["anyOf"]
    assert {"type": "string", "format": "date"} in as_of


# --- the `schema` command -------------------------------------------------------------------------


def test_write_one_kind(tmp_path):
    r = runner.invoke(app, ["schema", "scenario", "--write", str(tmp_path / "a" / "b")])
    assert r.exit_code == 0, r.stderr
    path = tmp_path / "a" / "b" / "scenario.schema.json"
    assert r.stdout == f"{path}\n"
    assert [p.name for p in path.parent.iterdir()] == ["scenario.schema.json"]
    mode = path.lstat().st_mode
    assert stat.S_ISREG(mode) and mode & stat.S_IRUSR and mode & stat.S_IWUSR
    # the same bytes as printed
    assert path.read_text(encoding="utf-8") == runner.invoke(app, ["schema", "scenario"]).stdout


def test_write_replaces_a_link_never_follows_it(tmp_path):
    target = tmp_path / "elsewhere.json"
    target.write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / "facts.schema.json").symlink_to(target)
    r = runner.invoke(app, ["schema", "facts", "--write", str(out)])
    assert r.exit_code == 0, r.stderr
    assert target.read_text() == "keep"
    assert stat.S_ISREG((out / "facts.schema.json").lstat().st_mode)


def test_write_to_a_file_is_refused(tmp_path):
    f = tmp_path / "schemas"
    f.write_text("x")
    r = runner.invoke(app, ["schema", "--write", str(f)])
    assert r.exit_code == 1 and "not a folder" in r.stderr
    assert f.read_text() == "x"


def test_kind_or_write_is_required():
    r = runner.invoke(app, ["schema"])
    assert r.exit_code == 2 and "--write" in r.stderr


def test_case_schema_still_printed():
    r = runner.invoke(app, ["schema", "case"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.encode() == (SCHEMAS / "case.schema.json").read_bytes()


# --- the shipped files ----------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "kind"), SHIPPED, ids=IDS)
def test_shipped_file_names_its_schema(path, kind):
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    target = f"../schemas/{kind}.schema.json"
    assert first == f"# yaml-language-server: $schema={target}", f"{path.name}: first line is {first!r}"
    assert (path.parent / target).resolve() == SCHEMAS / f"{kind}.schema.json"


@pytest.mark.parametrize(("path", "kind"), SHIPPED, ids=IDS)
def test_shipped_file_matches_its_schema(path, kind):
    errors = _errors(kind, _load(path))
    assert not errors, f"{path.relative_to(ROOT)} against schemas/{kind}.schema.json:\n" + "\n".join(errors)


def test_every_kind_of_shipped_file_is_checked():
    assert {k for _, k in SHIPPED} == set(KINDS) - {"assessment", "route"}  # outputs, checked where made
    assert len(SHIPPED) == len(list(ROOT.glob("rules/*.yaml"))) + len(list(ROOT.glob("countries/*.yaml"))) \
        + len(list(ROOT.glob("training/*.yaml"))) - 1 + len(list(ROOT.glob("examples/*.yaml")))


def test_unknown_key_in_a_country_file_fails():
    data = _load(ROOT / "countries" / "mx.yaml")
    assert not _errors("country", data)
    data["definitons"] = []
    errors = _errors("country", data)
    assert errors and "definitons" in errors[0]


def test_case_schema_takes_the_yes_no_words_and_nothing_else():
    data = _load(ROOT / "examples" / "economic-migrant.yaml")
    assert data["facts"]["fears_return"] == "no"  # YAML 1.2: a string, as the loader reads it
    data["facts"]["fears_return"] = "sim"
    assert not _errors("case", data)
    data["facts"]["fears_return"] = "maybe"
    assert _errors("case", data)
