"""The SQLite store: exact round trip of every annotation, raw bytes kept, failures kept, errors."""

from __future__ import annotations

import json
import sqlite3

import pytest

from marsad.model import (
    Article,
    Block,
    Entity,
    Fix,
    Hashtag,
    Mention,
    Published,
    Quote,
    RemovedBlock,
    Sentence,
    Span,
    TimeExpression,
    TimeValue,
)
from marsad.store.db import Store, StoreError
from marsad.store.verify import verify


def _find(text: str, s: str, start: int = 0) -> Span:
    i = text.index(s, start)
    return Span(i, i + len(s))


def annotated_article() -> Article:
    """A small article with every kind of annotation filled in by hand (independent of the stages)."""
    text = (
        "20-04-2024 01:18 AM بتوقيت القدس المحتلة\n\n"
        "#لافروف: الجهود في #سوريا مرتبطة بمكافحة الإرهاب\n\n"
        "موسكو - وكالات\n\n"
        "شدد لافروف، اليوم الاثنين، على ضرورة إطلاق العملية السياسية، مؤكدا مزيداُ من الاتصالات.\n\n"
        "شدد لافروف اليوم الاثنين على ضرورة إطلاق العملية السياسية، مؤكدا مزيداُ من الاتصالات.\n\n"
        'وقال لافروف: "نحن مستعدون للتعاون".\n\n'
        "لافروف: مستعدون للتنسيق\n\n"
        "// انتهى //"
    )
    a = Article(text=text, source="mem/seed.txt", fmt="text", encoding="utf-8", raw=text.encode("utf-8"))
    a.meta = {"url": "http://example.org/1", "cat": "politics"}
    a.fields = {"TEXT": Span(0, len(text))}
    head = _find(text, "20-04-2024 01:18 AM بتوقيت القدس المحتلة")
    title = _find(text, "#لافروف: الجهود في #سوريا مرتبطة بمكافحة الإرهاب")
    dateline = _find(text, "موسكو - وكالات")
    lead = _find(text, "شدد لافروف، اليوم")
    lead = Span(lead.start, text.index("\n", lead.start))
    rep = _find(text, "شدد لافروف اليوم")
    rep = Span(rep.start, text.index("\n", rep.start))
    body = _find(text, 'وقال لافروف: "نحن مستعدون للتعاون".')
    sub = _find(text, "لافروف: مستعدون للتنسيق")
    trailer = _find(text, "// انتهى //")
    a.title = title
    a.dateline = dateline
    a.hashtags = [
        Hashtag(title.start, title.start + 7, tag="لافروف"),
        Hashtag(*_spanpair(_find(text, "#سوريا")), tag="سوريا"),
    ]
    a.published = Published(
        head.start,
        head.start + 19,
        raw="20-04-2024 01:18 AM",
        source="header",
        value=TimeValue(
            local="2024-04-20T01:18:00+03:00",
            utc="2024-04-19T22:18:00+00:00",
            tz="Asia/Jerusalem",
            precision="minute",
            confidence=0.95,
            warnings=["zone from phrase"],
        ),
    )
    a.blocks = [
        Block(head.start, head.end, kind="header"),
        Block(title.start, title.end, kind="title"),
        Block(dateline.start, dateline.end, kind="dateline"),
        Block(lead.start, lead.end, kind="lead", field="TEXT"),
        Block(body.start, body.end, kind="body"),
        Block(sub.start, sub.end, kind="subheading"),
        Block(trailer.start, trailer.end, kind="trailer"),
    ]
    a.removed = [RemovedBlock(rep.start, rep.end, repeats=lead, kind="near", similarity=0.83, what="lead")]
    a.sentences = [Sentence(lead.start, lead.end, block=3), Sentence(body.start, body.end, block=4)]
    fix = _find(text, "مزيداُ")
    a.fixes = [Fix(fix.start, fix.end, before="مزيداُ", after="مزيداً", rule="misplaced-tanween")]
    monday = _find(text, "اليوم الاثنين")
    a.timexes = [
        TimeExpression(monday.start, monday.end, text="اليوم الاثنين", value="2024-04-22", type="DATE"),
        TimeExpression(monday.start + 6, monday.end, text="الاثنين", value=None, warning="ambiguous"),
    ]
    m1 = _find(text, "لافروف", title.end)
    m2 = _find(text, "لافروف", body.start)
    a.mentions = [
        Mention(m1.start, m1.end, type="PER", text="لافروف", entity=0, score=0.9),
        Mention(m2.start, m2.end, type="PER", text="لافروف", entity=0),
        Mention(*_spanpair(_find(text, "موسكو")), type="LOC", text="موسكو", entity=None),
    ]
    a.entities = [
        Entity(
            name="سيرغي لافروف",
            type="PER",
            aliases=["لافروف"],
            roles=["وزير الخارجية الروسي"],
            mentions=[0, 1],
            key="Q80137",
        ),
    ]
    content = _find(text, "نحن مستعدون للتعاون")
    cue = _find(text, "وقال", body.start)
    a.quotes = [
        Quote(
            content.start,
            content.end,
            kind="direct",
            cue=cue,
            cue_text="وقال",
            speaker="سيرغي لافروف",
            speaker_span=m2,
            entity=0,
        ),
        Quote(sub.start + 8, sub.end, kind="headline", cue=None, speaker="لافروف", speaker_span=None),
    ]
    a.warn("no-date", "a warning kept in order")
    a.warn("decode", "second warning")
    return a


def _spanpair(s: Span) -> tuple[int, int]:
    return s.start, s.end


def test_round_trip_restores_every_annotation(tmp_path):
    a = annotated_article()
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            aid = store.add(a)
        b = store.load_article(aid)
    assert aid == 1
    assert b.to_dict() == a.to_dict()
    # dataclass equality too: the same objects, not only the same JSON
    assert b.blocks == a.blocks and b.removed == a.removed and b.quotes == a.quotes
    assert b.entities == a.entities and b.timexes == a.timexes and b.published == a.published
    assert b.raw == a.raw and b.fields == a.fields and b.meta == a.meta
    assert [p.code for p in b.problems] == ["no-date", "decode"]
    assert b.quotes[1].cue is None and b.quotes[0].cue == a.quotes[0].cue


def test_round_trip_through_a_reopened_file(tmp_path):
    a = annotated_article()
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.add(a)
    with Store(tmp_path / "s.db", create=False) as store:
        assert store.load_article(1).to_dict() == a.to_dict()
        assert verify(store).ok


def test_raw_bytes_kept_verbatim_in_each_storage_kind(tmp_path):
    text = "مرحبا بالعالم"
    utf8 = Article(text=text, raw=text.encode("utf-8"), source="a")
    cp1256 = Article(text=text, raw=text.encode("cp1256"), source="b", encoding="windows-1256")
    bom = Article(text=text + " ", raw=b"\xef\xbb\xbf" + (text + " ").encode("utf-8"), source="c")
    none = Article(text=text + "!", raw=None, source="d")
    # a one-record TREC file: the record is the <DOC> element, the file ends with a newline after it
    doc = "<DOC>" + text + "</DOC>"
    tail = Article(text=doc, raw=(doc + "\n").encode("utf-8"), source="e")
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            ids = [store.add(x) for x in (utf8, cp1256, bom, none, tail)]
        rows = store.conn.execute("SELECT raw_storage, raw FROM articles ORDER BY id").fetchall()
        assert [r[0] for r in rows] == ["text", "blob", "blob", "none", "text+tail"]
        assert rows[4][1] == b"\n"  # only the bytes after the text's UTF-8 are stored
        loaded = [store.load_article(i) for i in ids]
        assert verify(store).ok
    assert [x.raw for x in loaded] == [utf8.raw, cp1256.raw, bom.raw, None, tail.raw]
    assert [x.content_hash for x in loaded] == [x.content_hash for x in (utf8, cp1256, bom, none, tail)]


def test_failed_article_is_kept_with_raw_bytes_and_reasons(tmp_path):
    raw = b"\x00\x01\x02\xff binary"
    a = Article(text="", raw=raw, source="bad.txt", encoding=None)
    a.error("binary", "binary file: 4 control bytes in the first 8")
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            aid = store.add(a)
        row = store.conn.execute("SELECT failed, raw FROM articles WHERE id = ?", (aid,)).fetchone()
        assert row == (1, raw)
        assert store.conn.execute("SELECT level, code, source FROM problems").fetchall() == [
            ("error", "binary", "bad.txt")
        ]
        assert store.stats()["failed"] == 1


def test_same_content_twice_is_refused_by_the_unique_hash(tmp_path):
    a = Article(text="نص واحد", raw="نص واحد".encode(), source="x")
    b = Article(text="نص واحد", raw="نص واحد".encode(), source="y")
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add(a)
        with pytest.raises(sqlite3.IntegrityError), store.transaction():
            store.add(b)
        assert store.count() == 1


def test_store_uses_wal_and_foreign_keys(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_opening_errors_are_store_errors(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Marsad store"):
        Store(junk, create=False)
    with Store(tmp_path / "s.db") as store, pytest.raises(StoreError, match="no article with id 7"):
        store.load_article(7)


def test_add_outside_a_transaction_is_refused(tmp_path):
    with Store(tmp_path / "s.db") as store, pytest.raises(RuntimeError):
        store.add(Article(text="x"))


def test_a_failing_transaction_leaves_nothing(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(ZeroDivisionError), store.transaction():
            store.add(annotated_article())
            1 / 0  # noqa: B018
        assert store.count() == 0
        assert store.conn.execute("SELECT count(*) FROM blocks").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0


def test_verify_finds_a_tampered_text_and_an_offset_out_of_range(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add(annotated_article())
        assert verify(store).ok
        store.conn.execute("UPDATE articles SET text = text || 'x' WHERE id = 1")
        store.conn.execute('UPDATE blocks SET "end" = 100000 WHERE article_id = 1 AND idx = 0')
        report = verify(store)
    broken = {c.name: c.broken for c in report.checks}
    assert not report.ok
    assert broken["raw bytes hash to content_hash"] == 1
    assert broken["offsets inside the text"] == 1
    assert broken["sqlite integrity"] == 0


def test_a_field_appended_to_an_annotation_class_survives_the_round_trip():
    """A later model version may append fields (with defaults); they go to the ``extra`` column."""
    from dataclasses import dataclass, field

    from marsad.store.db import _RowMapper
    from marsad.store.schema import AnnotationTable

    @dataclass(slots=True)
    class MentionV2(Mention):
        key: str | None = None
        lemmas: list[str] = field(default_factory=list)

    mapper = _RowMapper(
        AnnotationTable(
            "mentions", "mentions", MentionV2, ("start", "end", "type", "text", "entity", "score")
        )
    )
    items = [
        MentionV2(0, 5, type="PER", text="لافروف", entity=0, key="Q80137", lemmas=["لافروف"]),
        MentionV2(7, 12, type="LOC", text="سوريا"),
    ]
    rows = mapper.rows(3, items)
    assert rows[1][-1] is None  # defaults only: no extra JSON written
    assert json.loads(rows[0][-1]) == {"key": "Q80137", "lemmas": ["لافروف"]}
    assert [mapper.build(r) for r in rows] == items


def test_a_store_from_a_newer_schema_is_refused(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.conn.execute("PRAGMA user_version=99")
    with pytest.raises(StoreError, match="newer Marsad"):
        Store(tmp_path / "s.db", create=False)


def test_the_schema_appears_all_at_once_to_another_connection(tmp_path, monkeypatch):
    """Core and extension tables are created in one transaction: while an extension creates its
    tables, a second connection (a concurrent search, WAL) sees no schema at all, never `articles`
    without the search tables (a search in that window failed: "vtable constructor failed: search_fts")."""
    import marsad.search.index as search_index

    db = tmp_path / "m.db"
    seen = []
    real = search_index.create_schema

    def spying_create_schema(conn):
        real(conn)
        other = sqlite3.connect(str(db))
        seen.append(
            other.execute(
                "SELECT name FROM sqlite_master WHERE name IN ('articles', 'search_doc')"
            ).fetchall()
        )
        other.close()

    monkeypatch.setattr(search_index, "create_schema", spying_create_schema)
    with Store(db) as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert seen == [[]]
    assert {"articles", "search_doc", "entity_registry"} <= names


def test_bulk_checks_no_foreign_keys_in_between_and_the_ingest_leaves_none_broken(tmp_path, seed_text):
    """Store.bulk (the ingest) turns the foreign-key checks off on its connection and on again
    afterwards; what an ingest writes (a failed record replaced, a byte copy, a same story)
    still passes SQLite's own foreign_key_check."""
    from marsad.store.ingest import ingest

    with Store(tmp_path / "s.db") as store:
        with store.bulk():
            assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(RuntimeError), store.bulk():
            raise RuntimeError("the ingest stopped")
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(seed_text, encoding="utf-8")
    (inp / "b.txt").write_text(seed_text, encoding="utf-8")  # a byte copy
    (inp / "c.txt").write_text(seed_text + "\n", encoding="utf-8")  # the same story
    (inp / "d.txt").write_bytes(b"")  # a failed record
    s = ingest([inp], tmp_path / "s.db")
    assert (s.stored, s.duplicates, s.failed) == (3, 1, 1)
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("SELECT count(*) FROM blocks").fetchone()[0] > 10
