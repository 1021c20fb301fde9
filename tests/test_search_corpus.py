"""Search over real ANT articles ingested by the real pipeline and store (skipped without ../shared).

The full-corpus relevance evaluation (59 queries, judged hits in tests/data/search/relevance.json)
runs in ``bench/search.py bench``; here a 600-article ingest checks the same properties quickly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.search import index
from marsad.search.analyzer import analyze_word

DATA = Path(__file__).parent / "data" / "search"
pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def ant_store(tmp_path_factory, shared):
    from marsad.pipeline import CORE_STAGES
    from marsad.store.db import Store
    from marsad.store.ingest import ingest

    tar = shared("corpora", "ant-multisource-v2.1.tar.gz")
    db = tmp_path_factory.mktemp("ant") / "ant.db"
    ingest([tar], db, only=CORE_STAGES, limit=600)
    store = Store(db, create=False)
    yield store
    store.close()


def test_spellings_find_the_same_articles(ant_store):
    conn = ant_store.conn
    a = index.search(conn, "الإرهاب", limit=1000)
    b = index.search(conn, "الارهاب", limit=1000)
    assert a and {h["article_id"] for h in a} == {h["article_id"] for h in b}


def test_every_highlight_is_a_form_of_the_query(ant_store):
    stems = set(analyze_word("الإرهاب")[1])
    hits = index.search(ant_store.conn, "الإرهاب", limit=20)
    seen = set()
    for h in hits:
        for x in h["highlights"]:
            word = h["snippet"][x["start"] : x["end"]]
            seen.add(word)
            assert stems & set(analyze_word(word)[1]), word
    assert seen


def test_ali_is_not_the_preposition(ant_store):
    conn = ant_store.conn
    n_ala = len(index.search(conn, "على", limit=1000))
    for h in index.search(conn, "علي", limit=50):
        words = [h["snippet"][x["start"] : x["end"]] for x in h["highlights"]]
        assert "على" not in words
    assert len(index.search(conn, "علي", limit=1000)) < n_ala / 2


def test_store_and_index_in_sync(ant_store):
    assert index.verify(ant_store.conn) == []


def test_relevance_set_shape():
    rel = json.loads((DATA / "relevance.json").read_text(encoding="utf-8"))
    queries = rel["queries"]
    assert len(queries) >= 40
    for q in queries:
        assert q["judged"] and set(q["judged"].values()) <= {0, 1} and q["n_relevant"] >= 1
