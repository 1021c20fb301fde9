"""nu28: failed records out of search listings, stale story groups said, export counts apart."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.cli.main import _load

_load()

_BODY = "قال الوزير إن الحكومة ستعمل على تحسين الاقتصاد في العام المقبل. وأضاف أن الخطة جاهزة."


def _record(i: int, source: str) -> str:
    return json.dumps(
        {
            "title": f"عنوان الخبر رقم {i}",
            "content": _BODY,
            "source": source,
            "date_published": f"2020-01-0{i} 10:00:00",
        },
        ensure_ascii=False,
    )


def _ingest(runner, tmp_path, name, lines):
    src = tmp_path / name
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--core", "-q"])
    assert res.exit_code == 0, res.output
    return db


def _search(runner, db, query):
    res = runner.invoke(app, ["search", query, "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    return out["total"], [h["article_id"] for h in out["hits"]]


def test_failed_records_are_never_hits_and_export_counts_them_apart(tmp_path):
    """Items 1 and 3: a broken JSON line and an empty record (ids 3, 4) were listed by queries of
    exclusions alone as blank rows, and counted as "exported articles"."""
    runner = CliRunner()
    db = _ingest(
        runner, tmp_path, "a.jsonl", [_record(1, "bbc"), _record(2, "okaz"), "{broken", '{"title": ""}']
    )
    assert runner.invoke(app, ["stats", "--db", str(db)]).stdout.count('"failed": 2') == 1
    assert _search(runner, db, "-source:bbc") == (1, [2])
    assert _search(runner, db, "-الطقس") == (2, [2, 1])
    assert _search(runner, db, "source:okaz") == (1, [2])
    assert _search(runner, db, "from:2019-01-01") == (2, [2, 1])
    assert _search(runner, db, "الوزير") == (2, [1, 2])
    # a second ingest (the index's after-commit path, not the catch-up from search_doc)
    _ingest(runner, tmp_path, "b.jsonl", ["[1,", _record(3, "cnn")])
    assert _search(runner, db, "-source:bbc") == (2, [6, 2])
    out = tmp_path / "e.jsonl"
    res = runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6
    assert res.stderr.strip() == (
        f"exported 3 articles and 3 failed records (could not be read: marsad stats --failed) to {out}"
    )


def test_stories_list_says_how_many_articles_are_not_linked(tmp_path):
    """Item 2: after a new ingest `stories --list` listed the old groups without a word."""
    runner = CliRunner()
    db = _ingest(runner, tmp_path, "a.jsonl", [_record(1, "bbc"), _record(2, "okaz")])
    assert runner.invoke(app, ["stories", "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["stories", "--db", str(db), "--list"])
    assert "not in these groups" not in res.stdout
    _ingest(runner, tmp_path, "b.jsonl", [_record(3, "cnn"), "{broken"])  # (a failed record is never linked)
    res = runner.invoke(app, ["stories", "--db", str(db), "--list"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0] == (
        f"1 article ingested since the last `marsad stories` is not in these groups: "
        f"run `marsad stories --db {db}` to link them"
    )
    res = runner.invoke(app, ["stories", "--db", str(db), "--list", "--json"])
    assert json.loads(res.stdout) is not None
    assert "1 article ingested since" in res.stderr
    assert runner.invoke(app, ["stories", "--db", str(db)]).exit_code == 0
    assert "not in these groups" not in runner.invoke(app, ["stories", "--db", str(db), "--list"]).stdout
