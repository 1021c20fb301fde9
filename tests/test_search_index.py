"""The search index: snippets and highlights, duplicates, the store contract, the CLI."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from marsad.search import index
from marsad.search.query import compile_query, parse
from marsad.search.snippets import make_snippet
from test_search_variants import make_article


def _terms(q: str):
    return compile_query(parse(q))


def test_highlight_through_normalization_and_stemming():
    text = "قالت الحكومة إن الحرب على الإِرهاب مستمرة، وإن والإرهاب ليس له دين ولا بالإرهاب."
    snippet, hl = make_snippet(text, _terms("الإرهاب"))
    assert snippet == text
    assert [snippet[h["start"] : h["end"]] for h in hl] == ["الإِرهاب", "والإرهاب", "بالإرهاب"]


def test_highlight_offsets_in_a_cut_snippet():
    text = "مقدمة طويلة لا تتعلق بالموضوع " * 20 + "ثم ذكر الخبر أن مستشفى الرياض افتتح. " + "خاتمة " * 60
    snippet, hl = make_snippet(text, _terms("مستشفي"), width=120)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) <= 120 + 45
    assert [snippet[h["start"] : h["end"]] for h in hl] == ["مستشفى"]


def test_exact_query_highlights_only_exact_forms():
    text = "التقى علي بالوزير، وأكد على أهمية اللقاء."
    _, hl = make_snippet(text, _terms('"علي"'))
    assert [text[h["start"] : h["end"]] for h in hl] == ["علي"]


def test_snippet_without_match_is_the_opening():
    snippet, hl = make_snippet("نص قصير.", _terms("غائب"))
    assert snippet == "نص قصير." and hl == []


def test_duplicates_collapse_to_one_hit():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i in (1, 2, 3):
        index.save_article(conn, i, make_article("اجتماع وزراء الخارجية", "عقد الوزراء اجتماعا في القاهرة."))
    index.save_article(conn, 4, make_article("اجتماع آخر", "عقد الوزراء اجتماعا في عمان."))
    hits = index.search(conn, "الوزراء")
    assert len(hits) == 2
    first = next(h for h in hits if h["article_id"] in (1, 2, 3))
    assert sorted([first["article_id"], *first["duplicates"]]) == [1, 2, 3]


def test_hit_shape():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    index.save_article(
        conn, 7, make_article("لافروف في دمشق", "وصل لافروف إلى دمشق.", SRC="BBC", DOCNO="BBC-1")
    )
    (hit,) = index.search(conn, "لافروف")
    assert set(hit) >= {
        "article_id",
        "score",
        "title",
        "title_highlights",
        "published",
        "source",
        "ref",
        "url",
        "snippet",
        "highlights",
        "duplicates",
    }
    assert hit["article_id"] == 7 and hit["source"] == "BBC" and hit["ref"] == "BBC-1" and hit["score"] > 0
    assert hit["title_highlights"] == [{"start": 0, "end": 6}]
    json.dumps(hit, ensure_ascii=False)


def test_store_contract_with_the_seed(tmp_path, seed_article):
    from marsad.store.db import Store
    from marsad.store.verify import verify as verify_store

    with Store(tmp_path / "m.db") as store:
        with store.transaction():
            aid = store.add(seed_article)
        hits = index.search(store.conn, "الارهاب")  # the seed writes الإرهاب
        assert [h["article_id"] for h in hits] == [aid]
        assert index.search(store.conn, "hashtag:سوريا لافروف")[0]["article_id"] == aid
        assert index.verify(store.conn) == []
        assert verify_store(store).ok


def test_cli_search(tmp_path, seed_article):
    from marsad.cli.main import _load, app
    from marsad.store.db import Store

    db = tmp_path / "m.db"
    with Store(db) as store, store.transaction():
        store.add(seed_article)
    _load()
    runner = CliRunner()
    r = runner.invoke(app, ["search", "الارهاب", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert len(out["hits"]) == 1 and out["hits"][0]["highlights"]
    r = runner.invoke(app, ["search", "لافروف", "--db", str(db)])
    assert r.exit_code == 0 and "لافروف" in r.output
    r = runner.invoke(app, ["search", "x", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code != 0 and "no store" in r.output


def test_unreadable_and_blockless_articles():
    from marsad.model import Article

    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    bad = Article(text="\x00\x01 بيانات ثنائية")
    bad.error("binary", "not text")
    index.save_article(conn, 1, bad)
    index.save_article(conn, 2, Article(text="نص بلا كتل عن الاقتصاد"))
    index.save_article(conn, 3, Article(text="ا" * 900))  # one enormous word
    assert index.verify(conn) == []
    assert [h["article_id"] for h in index.search(conn, "الاقتصاد")] == [2]
    assert index.search(conn, "ثنائية") == []
    assert [h["article_id"] for h in index.search(conn, "ا" * 900)] == [3]
    long = index.run_query(conn, "ا" * 100_000)
    assert long.hits == [] and "cut" in long.notes[0]
