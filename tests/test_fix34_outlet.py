"""fix34 (new user nu33, item 3): one field for the outlet of an article. A JSON record names it in
``source`` (SaudiNewsNet), a TREC record in ``SRC`` (ANT), an HTML page in ``og:site_name``;
``Article.outlet`` gives it under one name, the export and ``marsad show`` print it, and ``outlet:``
searches it as ``source:`` does. Records written for these tests."""

from __future__ import annotations

import json
import sqlite3

import pytest

import marsad
from marsad.model import Article
from marsad.search import index
from marsad.search.query import parse

TREC = (
    "<DOC>\n<DOCNO>T-1</DOCNO>\n<SRC>alarabia</SRC>\n<TITLE>عنوان الخبر</TITLE>\n"
    "<TIME>Sun, 25 Feb 2018 01:07:50 +0400</TIME>\n<TEXT>\nنص الخبر الأول في هذا المثال القصير.\n</TEXT>\n</DOC>\n"
)
JSON = json.dumps(
    {"source": "sabq", "title": "عنوان الخبر", "content": "نص الخبر الثاني في هذا المثال القصير."},
    ensure_ascii=False,
)
HTML = (
    '<html lang="ar"><head><meta property="og:site_name" content="العربية">'
    "<title>عنوان الخبر</title></head><body><article><h1>عنوان الخبر</h1>"
    "<p>نص الخبر الثالث في هذا المثال القصير، وفيه جملة ثانية.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "name", "outlet"),
    [
        (TREC, "a.txt", "alarabia"),
        (JSON, "a.json", "sabq"),
        (HTML, "a.html", "العربية"),
        ("نص فقط.", "a.txt", ""),
    ],
)
def test_the_outlet_under_one_name(data, name, outlet):
    a = marsad.parse(data.encode("utf-8"), source=name)
    assert a.outlet == outlet
    assert a.to_dict()["outlet"] == (outlet or None)
    assert a.source == name  # where it was read from, not who published it


def test_outlet_prefers_source_and_collapses_space():
    assert Article(text="", meta={"SRC": "BBC", "source": "  bbc   arabic "}).outlet == "bbc arabic"
    assert Article(text="", meta={"src": "cnn"}).outlet == "cnn"
    assert Article(text="", meta={"url": "http://x"}).outlet == ""


def test_outlet_filter_is_the_source_filter():
    assert parse("outlet:sabq").filters == {"source": ["sabq"]}
    assert parse("-OUTLET:(bbc OR cnn) سوريا").filters == parse("-source:(bbc OR cnn) سوريا").filters


def test_outlet_search_finds_the_articles_of_the_outlet():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i, (data, name) in enumerate([(TREC, "a.txt"), (JSON, "b.json"), (HTML, "c.html")], 1):
        index.save_article(conn, i, marsad.parse(data.encode("utf-8"), source=name))
    assert {h["article_id"] for h in index.search(conn, "outlet:sabq", limit=10)} == {2}
    assert {h["article_id"] for h in index.search(conn, "outlet:alarabia", limit=10)} == {1}
    assert {h["article_id"] for h in index.search(conn, "-outlet:sabq", limit=10)} == {1, 3}


def test_show_prints_the_outlet_and_json_has_it(tmp_path):
    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    from marsad.cli.app import app
    from marsad.store.ingest import ingest

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(JSON, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([tmp_path / "in"], db)
    r = CliRunner().invoke(app, ["show", "1", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "  outlet: sabq" in r.output.splitlines()
    r = CliRunner().invoke(app, ["show", "1", "--db", str(db), "--json"])
    assert json.loads(r.stdout)["outlet"] == "sabq"
