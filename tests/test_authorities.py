"""Issue 27 §2: every jurisdiction names who receives a claim and who decides it, with how to reach them,
each cited; the report's next steps and the JSON carry it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from screening.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch):
    monkeypatch.delenv("SCREENING_DATA", raising=False)


def test_every_jurisdiction_names_an_authority_each_cited(shipped_lib):
    empty = [code for code, (_, cf) in shipped_lib.countries.items() if not cf.authorities]
    assert not empty, f"no authority recorded for {empty}"
    for code, (_, cf) in shipped_lib.countries.items():
        for a in cf.authorities:
            assert a.cite and not a.name.missing() and not a.role.missing(), code


def test_every_jurisdiction_says_how_to_reach_an_authority(shipped_lib):
    for code, (_, cf) in shipped_lib.countries.items():
        contacts = [a.contact for a in cf.authorities if a.contact is not None]
        assert contacts and all(not c.missing() for c in contacts), code


def test_costa_ricas_deciding_body_is_named(shipped_lib):
    names = [a.name.get("es") for a in shipped_lib.countries["CR"][1].authorities]
    assert any("Comisión de Visas y Refugio" in n for n in names), names


def _assess(tmp_path, code, *args):
    p = tmp_path / "c.yaml"
    p.write_text("facts:\n  outside_country_of_nationality: yes\n", encoding="utf-8")
    r = runner.invoke(app, ["assess", str(p), "--country", code, "--as-of", "2026-11-23", *args])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def test_the_report_says_where_to_file_and_how(tmp_path):
    md = _assess(tmp_path, "BO", "--format", "md", "--lang", "es")
    assert "Comisión Nacional del Refugiado" in md and "Cómo contactarla:" in md
    assert "no tiene registrada ninguna autoridad" not in md
    text = _assess(tmp_path, "UY", "--format", "text", "--lang", "pt")
    assert "Secretaría Permanente" in text and "Como contatá-la:" in text


def test_the_json_gives_the_contact(tmp_path):
    out = json.loads(_assess(tmp_path, "EC", "--format", "json"))
    assert any("dpin@cancilleria.gob.ec" in (a["contact"] or "") for a in out["authorities"])
    assert all(a["citations"] for a in out["authorities"])
