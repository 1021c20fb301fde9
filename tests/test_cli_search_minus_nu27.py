"""nu27: a search query that starts with "-" is query, not options."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.cli.main import _load

_load()


def test_query_starting_with_minus_is_query_not_options(tmp_path):
    """nu27 item 1: Click read ``-source:cnn`` as short options (``-n`` took ``cnn``'s tail as --limit)."""
    db = tmp_path / "m.db"
    runner = CliRunner()
    src = tmp_path / "a.txt"
    src.write_text("وقال لافروف إن الحل سياسي في سوريا.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    for query, fts in [
        ("-source:cnn", '(ALL NOT (source:"cnn"))'),
        ("-person:بوتين لافروف", '("لافروف" NOT (person:"بوتين"))'),
    ]:
        res = runner.invoke(app, ["search", query, "--db", str(db), "--json"])
        assert res.exit_code == 0, res.output
        out = json.loads(res.stdout)
        assert out["query"] == query
        assert out["fts"] == fts
    res = runner.invoke(app, ["search", "-n1", "-source:cnn", "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["fts"] == '(ALL NOT (source:"cnn"))'
