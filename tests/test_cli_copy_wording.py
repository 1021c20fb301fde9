"""An exact copy in other bytes (``duplicate_of``) is called a copy, not "same story": that name is
``marsad stories``' near-duplicate link (new-user report nu24, item 6: ingest said "same story, other
record", stats ``same_story_as_an_earlier_article``, show "same story as article N")."""
from __future__ import annotations

import json

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app

TEXT = "اجتماع وزراء الخارجية العرب\n\nقال الوزير إن الاجتماع بحث الأوضاع في المنطقة وسبل دعم الاستقرار.\n"


def test_a_copy_in_other_bytes_is_called_a_copy(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    db = tmp_path / "c.db"
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if "copies in other bytes" in x)
    assert line.split()[4] == "1" and "same story" not in r.output
    stats = json.loads(CliRunner().invoke(app, ["stats", "--db", str(db)]).output)
    assert stats["copies_of_an_earlier_article"] == 1 and "same_story_as_an_earlier_article" not in stats
    shown = CliRunner().invoke(app, ["show", "2", "--db", str(db)]).output
    assert "copy of article 1" in shown and "same story as article" not in shown
