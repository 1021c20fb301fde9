"""The store writes the search index in batches (rows computed per article, written before COMMIT):
the same index as article by article, and an article or transaction rolled back leaves no rows."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.model import Hashtag
from marsad.search import index
from marsad.store.db import Store
from test_search_variants import make_article

TITLES_BODIES = [
    ("لافروف في دمشق", "وصل وزير الخارجية الروسي إلى دمشق اليوم."),
    ("اجتماع وزراء الخارجية", "عقد الوزراء اجتماعا في القاهرة لبحث الإرهاب."),
    ("الاقتصاد يتحسن", "قال الوزير إن الاقتصاد والتجارة في تحسن مستمر."),
]


def _articles():
    out = []
    for i, (t, b) in enumerate(TITLES_BODIES):
        a = make_article(t, b, SRC="BBC", DOCNO=f"BBC-{i}")
        a.hashtags.append(Hashtag(0, 3, tag="سوريا"))
        out.append(a)
    return out


def _index_dump(conn: sqlite3.Connection) -> tuple:
    """The search rows; a ``text`` that a store of schema 2 leaves NULL (made again when read from
    the article's text and blocks) is replaced by the text made again."""
    docs = conn.execute("SELECT * FROM search_doc ORDER BY article_id").fetchall()
    derived = index._derived_texts(conn, [d[0] for d in docs if d[2] is None])
    docs = [(*d[:2], derived[d[0]], *d[3:]) if d[2] is None else d for d in docs]
    tags = conn.execute("SELECT article_id, tag FROM search_hashtag ORDER BY article_id, tag").fetchall()
    return docs, tags, index.terms(conn)


def test_batched_index_equals_article_by_article(tmp_path):
    one = sqlite3.connect(":memory:")
    index.create_schema(one)
    with Store(tmp_path / "b.db") as store:
        with store.transaction():
            ids = [store.add(a, ordinal=i) for i, a in enumerate(_articles())]
        for aid, a in zip(ids, _articles(), strict=True):
            index.save_article(one, aid, a)
        assert _index_dump(store.conn) == _index_dump(one)
        assert len(_index_dump(one)[0]) == 3
        # in the store the display text is not written (schema 2); the bare search tables keep it
        assert [r[0] for r in store.conn.execute("SELECT text FROM search_doc")] == [None, None, None]
        assert [r[0] for r in one.execute("SELECT text FROM search_doc ORDER BY article_id")] == [
            b for _, b in TITLES_BODIES
        ]
        assert [h["article_id"] for h in index.search(store.conn, "الارهاب")] == [ids[1]]
        assert index.verify(store.conn) == []


def test_rolled_back_transaction_leaves_no_index_rows_for_the_next(tmp_path):
    a, b, c = _articles()
    with Store(tmp_path / "r.db") as store:
        with pytest.raises(ZeroDivisionError), store.transaction():
            store.add(a, ordinal=0)
            1 / 0  # noqa: B018
        with store.transaction():
            bid = store.add(b, ordinal=1)
        assert store.conn.execute("SELECT article_id FROM search_doc").fetchall() == [(bid,)]
        assert index.search(store.conn, "لافروف") == []
        assert index.verify(store.conn) == []


def test_article_whose_index_rows_fail_is_rolled_back_alone(tmp_path, monkeypatch):
    a, b, c = _articles()
    real = index.article_rows

    def failing(article_id, article):
        if article is b:
            raise ValueError("analysis broke")
        return real(article_id, article)

    monkeypatch.setattr(index, "article_rows", failing)
    with Store(tmp_path / "f.db") as store:
        with store.transaction():
            aid = store.add(a, ordinal=0)
            with pytest.raises(ValueError):
                store.add(b, ordinal=1)
            cid = store.add(c, ordinal=2)
        assert [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")] == [aid, cid]
        assert [r[0] for r in store.conn.execute("SELECT article_id FROM search_doc ORDER BY 1")] == [
            aid,
            cid,
        ]
        assert index.verify(store.conn) == []


def test_unstorable_meta_value_fails_its_article_not_the_batch(tmp_path):
    a, b, c = _articles()
    b.meta["SRC"] = ["not", "a", "string"]  # e.g. a caller's Article with a list in meta
    with Store(tmp_path / "m.db") as store:
        with store.transaction():
            store.add(a, ordinal=0)
            with pytest.raises(TypeError):
                store.add(b, ordinal=1)
            store.add(c, ordinal=2)
        assert store.count() == 2
        assert index.verify(store.conn) == []
