"""``marsad date``: JSON out, exit status, clear errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import marsad.cli.time  # noqa: F401  (registers the command)
from marsad.cli.app import app

runner = CliRunner()


def test_date_command_prints_the_value():
    r = runner.invoke(app, ["date", "20-04-2024 01:18 AM بتوقيت القدس المحتلة"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["value"]["utc"] == "2024-04-19T22:18:00+00:00" and out["value"]["tz"] == "Asia/Jerusalem"


def test_date_command_with_ref_resolves_expressions():
    r = runner.invoke(
        app, ["date", "قال اليوم الاثنين إن الأسبوع الماضي", "--ref", "2024-04-20T01:18:00+03:00"]
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["value"] is None
    assert [(e["text"], e["value"]) for e in out["expressions"]] == [
        ("اليوم الاثنين", None),
        ("الأسبوع الماضي", "2024-W15"),
    ]


def test_date_command_convention_and_errors():
    r = runner.invoke(app, ["date", "02/05/2016", "--source", "ant-v1.1"])
    assert json.loads(r.output)["value"]["tz"] == "Africa/Tunis"
    # cli28: no date is a one-line error on stderr; the JSON object (value null) with --json
    r = runner.invoke(app, ["date", "مرحبا"])
    assert (r.exit_code, r.stdout) == (1, "")
    assert r.stderr == "marsad: error: no date read in 'مرحبا': no digits: no day or year to read\n"
    r = runner.invoke(app, ["date", "مرحبا", "--json"])
    assert r.exit_code == 1 and json.loads(r.stdout)["value"] is None
    r = runner.invoke(app, ["date", "x", "--ref", "2024-99"])
    assert r.exit_code == 2 and "not an ISO 8601" in r.output
    r = runner.invoke(app, ["date", "x", "--source", "nope"])
    assert r.exit_code == 2 and "unknown source convention" in r.output
