"""Store schema 2: ``search_doc.text`` (the display lead + body) is not written when it follows from
the article's stored text and blocks, and is made again when read (snippets, index rebuilds); and
the compiled one-pass checks that replaced class scans on the ingest's path answer as the regexes."""

from __future__ import annotations

import sqlite3

import pytest

from marsad import parse
from marsad.layout import dateline
from marsad.model import Article, Block, Span
from marsad.search import index
from marsad.store import db as store_db
from marsad.store.db import Store, StoreError
from marsad.store.schema import SCHEMA_VERSION
from marsad.text import normalize

SEED_LIKE = (
    "#لافروف: مستعدون للحوار مع واشنطن في #سوريا\n\n"
    "موسكو - العربية.نت\n\n"
    "قال وزير الخارجية الروسي سيرغي لافروف، اليوم الجمعة، إن بلاده مستعدة للحوار.\n\n"
    "وأضاف لافروف أن الوضع في سوريا يتطلب حلاً سياسياً، مشيراً إلى أهمية الحوار.\n\n"
    "لافروف: لا بديل عن الحل السياسي\n\n"
    "وتابع أن المحادثات ستستمر الأسبوع المقبل في جنيف بمشاركة الأطراف كلها.\n\n"
    "// انتهى //"
)


def _articles() -> list[Article]:
    out = [parse(SEED_LIKE)]
    # a paragraph with tatweel, BiDi marks and a misplaced tanween: display edits in lead and body
    out.append(parse("عنوان الخبر\n\nالرياض - \u200fقال المتحدث إن الاجتماع كان مفيداُ جداً.\n\nوأكد أن الحوار سيستمر."))
    # no blocks at all: a readable text without layout (kept as it is: the text is stored)
    bare = Article(text="نص بلا كتل")
    out.append(bare)
    # a title only (no paragraphs): stored as before
    t = Article(text="عنوان وحيد")
    t.title = Span(0, len(t.text))
    out.append(t)
    return out


def test_text_not_stored_when_it_follows_from_the_blocks_and_made_again_equal(tmp_path):
    articles = _articles()
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            ids = [store.add(a, ordinal=i) for i, a in enumerate(articles)]
        rows = dict(store.conn.execute("SELECT article_id, text FROM search_doc"))
        made = index._derived_texts(store.conn, ids)
        made_range = index._derived_texts(store.conn, lo=0, hi=max(ids))
    for aid, a in zip(ids, articles, strict=True):
        _, lead, body, from_blocks = index._article_fields(a)
        expected = index._join(lead, body)
        if from_blocks:
            assert rows[aid] is None
            assert made[aid] == made_range[aid] == expected
        else:
            assert rows[aid] == expected
    assert [rows[i] is None for i in ids] == [True, True, False, False]
    # the display edits were made: the BiDi mark gone, the tanween fixed; lead and body both there
    # (`الرياض - ` is the dateline block since the dash-dateline reader of the sixth session, nu16 M7:
    # the lead starts after it)
    assert made[ids[1]] == "قال المتحدث إن الاجتماع كان مفيداً جداً.\n\nوأكد أن الحوار سيستمر."
    assert [b.kind for b in articles[1].blocks][:2] == ["title", "dateline"]


def test_snippets_and_rebuild_from_a_store_equal_the_bare_search_tables(tmp_path):
    articles = _articles()[:2]
    bare = sqlite3.connect(":memory:")
    index.create_schema(bare)
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            ids = [store.add(a, ordinal=i) for i, a in enumerate(articles)]
        for aid, a in zip(ids, articles, strict=True):
            index.save_article(bare, aid, a)
        assert [r[0] for r in bare.execute("SELECT text FROM search_doc")] != [None, None]
        for q in ("لافروف", "الحوار", "الاجتماع", '"الحل السياسي"'):
            mine = index.search(store.conn, q, limit=10)
            theirs = index.search(bare, q, limit=10)
            assert [(h["article_id"], h["snippet"], h["highlights"]) for h in mine] == [
                (h["article_id"], h["snippet"], h["highlights"]) for h in theirs
            ]
            assert any(h["snippet"] for h in mine)
        before = [(h["article_id"], h["snippet"]) for h in index.search(store.conn, "لافروف")]
        index.rebuild(store.conn)  # analyzed again from the texts made again
        assert [(h["article_id"], h["snippet"]) for h in index.search(store.conn, "لافروف")] == before
        assert index.verify(store.conn) == []


def test_schema_version_new_store_migrated_old_store_refused_newer(tmp_path):
    assert SCHEMA_VERSION == 2
    path = tmp_path / "s.db"
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        with store.transaction():
            store.add(parse(SEED_LIKE))
        # a schema-1 store: its rows keep their text; opened for writing it becomes schema 2
        store.conn.execute("UPDATE search_doc SET text = 'نص قديم'")
        store.conn.execute("PRAGMA user_version=1")
    with Store(path, readonly=True) as store:  # read only: nothing written
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert store.conn.execute("SELECT text FROM search_doc").fetchone()[0] == "نص قديم"
        store.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer Marsad"):
        Store(path)


def _contexts(c: str) -> list[str]:
    return ["ab" + c, "بب" + c + "ب", c]


@pytest.mark.parametrize("ranges", [(0, 0x3000), (0xD700, 0xE100), (0xFE00, 0x10000), (0x1F600, 0x1F610)])
def test_compiled_checks_equal_the_regex_scans(ranges):
    for cp in range(*ranges):
        for s in _contexts(chr(cp)):
            assert normalize.has_display_trigger(s) == (normalize.DISPLAY_TRIGGER_RE.search(s) is not None)
            assert normalize._delete_display_chars(s) == normalize._DISPLAY_DELETE_RE.sub("", s)
            assert store_db.has_lone_surrogate(s) == (store_db.LONE_SURROGATE.search(s) is not None)
            assert dateline._has_digit(s) == (dateline._HAS_DIGIT.search(s) is not None)


def test_display_text_of_lead_and_body_unchanged_by_the_compiled_checks():
    text = "\u200fقال ـــ المتحدث\u0640 &amp; إن الاجتماع كان مفيداُ\x0b جداً"
    lead, body, _ = index._lead_and_body(text, [Block(0, len(text), "lead")])
    assert lead == normalize.display_layer(text).text
    assert body == ""
