"""Fifth new-user report, finding 3: a record whose bytes changed since it was ingested (a file
rewritten in place, a feed rewritten, standard input) is stored as a new article, and the earlier
version keeps its article under ``<source>@<hash>``; unchanged records are still skipped."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from marsad.store.db import Store
from marsad.store.ingest import ingest
from marsad.store.verify import verify

A = "عنوان الخبر الأول\n\nقال الوزير إن الخطة جاهزة للتنفيذ.\n"
B = "عنوان الخبر الثاني\n\nأعلنت الوزارة عن مشروع جديد للنقل.\n"


def _rows(db):
    with Store(db, create=False) as store:
        rows = sorted(store.conn.execute("SELECT source, ordinal, article_id FROM sources"))
        titles = {i: store.load_article(i).text.split("\n")[0] for i in store.ids()}
        ok = verify(store).ok
    return rows, titles, ok


def test_a_file_rewritten_in_place_is_read_again_and_the_old_version_kept(tmp_path):
    path = tmp_path / "latest.txt"
    db = tmp_path / "m.db"
    path.write_text(A, encoding="utf-8")
    assert ingest([path], db, only=("layout.segment",)).stored == 1
    path.write_text(B, encoding="utf-8")
    s = ingest([path], db, only=("layout.segment",))
    assert (s.stored, s.changed, s.already_present) == (1, 1, 0)
    rows, titles, ok = _rows(db)
    old = hashlib.sha256(A.encode()).hexdigest()[:12]
    assert rows == [(f"{path}", 0, 2), (f"{path}@{old}", 0, 1)]
    assert titles == {1: "عنوان الخبر الأول", 2: "عنوان الخبر الثاني"} and ok
    # unchanged now: skipped
    s = ingest([path], db, only=("layout.segment",))
    assert (s.stored, s.changed, s.already_present) == (0, 0, 1)
    # back to the first version: nothing new is stored; the first version's article takes the
    # live name again (it was a copy row beside its own version row before Store.revive_source)
    path.write_text(A, encoding="utf-8")
    s = ingest([path], db, only=("layout.segment",))
    assert (s.stored, s.duplicates, s.changed, s.moved) == (0, 0, 1, 1)
    rows, titles, ok = _rows(db)
    new = hashlib.sha256(B.encode()).hexdigest()[:12]
    assert rows == [(f"{path}", 0, 1), (f"{path}@{new}", 0, 2)] and ok


def test_a_rewritten_feed_stores_its_new_records(tmp_path):
    feed = tmp_path / "feed.jsonl"
    db = tmp_path / "m.db"

    def write(titles):
        feed.write_text(
            "".join(json.dumps({"title": t, "content": f"نص {t} الكامل."}, ensure_ascii=False) + "\n" for t in titles),
            encoding="utf-8",
        )

    write(["يوم1 أ", "يوم1 ب", "يوم1 ج"])
    assert ingest([feed], db, only=("layout.segment",)).stored == 3
    write(["يوم2 أ", "يوم2 ب", "يوم2 ج", "يوم2 د", "يوم2 هـ"])
    s = ingest([feed], db, only=("layout.segment",))
    assert (s.stored, s.changed, s.already_present) == (5, 3, 0)
    rows, titles, ok = _rows(db)
    assert len(titles) == 8 and ok
    assert sorted(titles.values())[:3] == ["يوم1 أ", "يوم1 ب", "يوم1 ج"]


def test_every_standard_input_ingest_is_stored(tmp_path):
    db = tmp_path / "m.db"
    for text in (A, B):
        r = subprocess.run(
            [sys.executable, "-m", "marsad.cli.main", "ingest", "-", "--db", str(db), "--core", "-q"],
            input=text.encode(), capture_output=True, timeout=120,
        )
        assert r.returncode == 0, r.stderr.decode()
    rows, titles, ok = _rows(db)
    assert sorted(titles.values()) == ["عنوان الخبر الأول", "عنوان الخبر الثاني"] and ok
    assert "changed since ingested           1" in r.stdout.decode()


def test_the_earlier_version_shows_its_version_name(tmp_path):
    path = tmp_path / "latest.txt"
    db = tmp_path / "m.db"
    path.write_text(A, encoding="utf-8")
    ingest([path], db, only=("layout.segment",))
    path.write_text(B, encoding="utf-8")
    ingest([path], db, only=("layout.segment",))
    old = hashlib.sha256(A.encode()).hexdigest()[:12]
    with Store(db, create=False) as store:
        assert [store.load_article(i).source for i in store.ids()] == [f"{path}@{old}", str(path)]


def test_a_key_taken_meanwhile_by_other_bytes_makes_that_record_the_earlier_version(tmp_path):
    """Two ingests of standard input at once, with other bytes: the one that commits second finds
    the key taken (its INSERT OR IGNORE of the source row left out); its article must not be left
    without a source row (sixth new-user report, finding 3: verify found 'article 2 has no source
    row')."""
    from marsad.model import Article

    db = tmp_path / "m.db"
    with Store(db) as store:
        for text in (A, B):  # both planned as new records under the same key
            with store.transaction(defer_rows=True):
                store.add(Article(text=text, raw=text.encode(), source="/dev/stdin"), ordinal=0)
    rows, titles, ok = _rows(db)
    first = hashlib.sha256(A.encode()).hexdigest()[:12]
    assert rows == [("/dev/stdin", 0, 2), (f"/dev/stdin@{first}", 0, 1)]
    assert ok


def _feed(feed, records):
    feed.write_text(
        "".join(json.dumps({"title": t, "content": f"نص {t} الكامل للخبر."}, ensure_ascii=False) + "\n" for t in records),
        encoding="utf-8",
    )


def _articles(db):
    with Store(db, create=False) as store:
        arts = {
            store.load_article(i).text.split("\n")[0]: src
            for i, src in store.conn.execute("SELECT id, source FROM articles")
        }
        ok = verify(store).ok
    return arts, ok


def test_a_record_put_before_the_others_moves_them_and_changes_nothing(tmp_path):
    # a feed with its newest record first (seventh new-user run): every earlier record moved one
    # place; they were all counted "changed" and kept under <source>@<hash> names
    feed, db = tmp_path / "feed.jsonl", tmp_path / "m.db"
    _feed(feed, ["خبر أ", "خبر ب", "خبر ج"])
    assert ingest([feed], db, only=("layout.segment",)).stored == 3
    _feed(feed, ["خبر جديد", "خبر أ", "خبر ب", "خبر ج"])
    s = ingest([feed], db, only=("layout.segment",))
    assert (s.stored, s.changed, s.moved, s.duplicates) == (1, 0, 3, 0)
    arts, ok = _articles(db)
    assert arts == {
        "خبر جديد": f"{feed}#0", "خبر أ": f"{feed}#1", "خبر ب": f"{feed}#2", "خبر ج": f"{feed}#3"
    } and ok
    s = ingest([feed], db, only=("layout.segment",))
    assert (s.stored, s.already_present, s.changed, s.moved) == (0, 4, 0, 0)


def test_records_dropped_from_the_top_of_a_feed(tmp_path):
    # a rolling feed that lost its first two records: the records that moved up keep their
    # articles (no copy stored); the dropped ones are the changed ones, kept as earlier versions
    feed, db = tmp_path / "feed.jsonl", tmp_path / "m.db"
    _feed(feed, ["خبر أ", "خبر ب", "خبر ج", "خبر د"])
    assert ingest([feed], db, only=("layout.segment",)).stored == 4
    _feed(feed, ["خبر ج", "خبر د"])
    s = ingest([feed], db, only=("layout.segment",))
    assert (s.stored, s.changed) == (0, 2)
    arts, ok = _articles(db)
    assert "@" in arts["خبر أ"] and "@" in arts["خبر ب"] and ok
    # known limit: a moved record whose old position is not met again (the feed got shorter)
    # keeps its old name, with its new position recorded as a copy row; a later run that meets
    # the old position with other bytes retires it there and promote_moved gives it the new one
    assert arts["خبر ج"] == f"{feed}#2"
    with Store(db, create=False) as store:
        assert store.count() == 4
    s = ingest([feed], db, only=("layout.segment",))
    assert (s.stored, s.already_present) == (0, 2)
