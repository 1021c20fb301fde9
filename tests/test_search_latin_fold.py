"""Search folds Latin accents (``Café`` finds ``cafe``, ``Zurich`` finds ``Zürich``: third new-user
report), highlights the accented word, and an index of an older analysis is rebuilt (``LAYOUT``
6) with the stored hashtag and entity keys keyed again."""

from __future__ import annotations

import sqlite3

from marsad.model import Entity, Hashtag
from marsad.search import index
from marsad.search.query import compile_query, parse
from marsad.search.snippets import highlight, make_snippet
from marsad.store.db import Store
from test_search_variants import make_article


def _ids(conn, q: str) -> set[int]:
    return {h["article_id"] for h in index.search(conn, q, limit=50)}


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    index.save_article(conn, 1, make_article("لقاء في Café de Flore", "قال المصدر إن اللقاء في Zürich كان مثمرا."))
    index.save_article(conn, 2, make_article("لقاء في cafe", "قال المصدر إن الاجتماع في Zu\u0308rich تأجل."))
    index.save_article(conn, 3, make_article("خبر آخر", "قال المصدر إن Łódź و São Paulo مدينتان."))
    return conn


def test_accented_and_plain_spellings_find_each_other():
    conn = _conn()
    for q in ("Café", "cafe", "CAFE", "café"):
        assert _ids(conn, q) == {1, 2}, q
    for q in ("Zurich", "Zürich", "zurich", "Zu\u0308rich"):
        assert _ids(conn, q) == {1, 2}, q
    assert _ids(conn, "Lodz") == {3} and _ids(conn, "sao paulo") == {3}
    assert _ids(conn, '"cafe de flore"') == {1}


def test_the_accented_word_is_highlighted():
    terms = compile_query(parse("zurich"))
    text = "قال إن اللقاء في Zürich و Zu\u0308rich كان مثمرا."
    _, hl = make_snippet(text, terms)
    assert [text[h["start"] : h["end"]] for h in hl] == ["Zürich", "Zu\u0308rich"]
    title = "لقاء في Café de Flore"
    assert [title[h["start"] : h["end"]] for h in highlight(title, compile_query(parse("cafe")))] == ["Café"]


def test_arabic_search_is_unchanged():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    index.save_article(conn, 1, make_article("خبر", "ذهب الوزير إلى القاهرة."))
    index.save_article(conn, 2, make_article("خبر", "لم يبق إلا القليل."))
    assert _ids(conn, '"إلى"') == {1} and _ids(conn, '"إلا"') == {2}
    assert _ids(conn, "الى") == {1} and _ids(conn, "الا") == {2}


def test_an_index_of_an_older_analysis_is_rebuilt_with_the_stored_keys_keyed_again(tmp_path, monkeypatch):
    """A store written before the Latin folds: its index directory has the old LAYOUT and its
    ``search_hashtag``/``search_entity`` rows the old keys (``café``). The first search builds the
    v6 index from ``search_doc``, keys them again, and removes the old directory."""
    db = tmp_path / "m.db"
    article = make_article("لقاء في Café", "قال المصدر إن اللقاء في Zürich كان مثمرا.")
    article.hashtags = [Hashtag(0, 0, "Café_Zürich")]
    article.entities = [Entity(name="Zürich", type="LOC")]
    monkeypatch.setattr(index, "LAYOUT", 5)
    with Store(db) as store:
        with store.transaction():
            store.add(article, ordinal=0)
        old = index.index_path(store.conn)
        assert old is not None and old.name.startswith("v5-") and (old / "meta.json").exists()
        # the keys an older search key stored (no Latin fold)
        store.conn.execute("UPDATE search_hashtag SET tag = 'café_zürich'")
        store.conn.execute("UPDATE search_entity SET name = 'zürich'")
        store.conn.commit()
    monkeypatch.setattr(index, "LAYOUT", 6)
    index._SIDES.clear()
    with Store(db, create=False) as store:
        new = index.index_path(store.conn)
        assert new is not None and new.name.startswith("v6-")
        assert _ids(store.conn, "cafe") == {1}
        hits = index.search(store.conn, "لقاء", hashtag="cafe_zurich")
        assert [h["article_id"] for h in hits] == [1]
        hits = index.search(store.conn, "لقاء", place="Zurich")
        assert [h["article_id"] for h in hits] == [1]
        assert not old.exists() and (new / "meta.json").exists()
        assert index.verify(store.conn) == []
