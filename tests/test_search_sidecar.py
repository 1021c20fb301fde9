"""The tantivy index beside the store: written after each commit, repaired after a crash, shared by
processes, rebuilt from SQLite, checked by verify; filters, duplicates and scores through it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import tantivy

from marsad.model import Entity, Hashtag, Published, TimeValue
from marsad.search import index
from marsad.store.db import Store
from marsad.store.verify import VerifyNote
from marsad.store.verify import verify as verify_store
from test_search_variants import make_article

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _articles(n: int, word: str = "الاقتصاد", start: int = 0):
    return [
        make_article(f"خبر رقم {i} عن {word}", f"قال الوزير إن {word} في المدينة {i} يتحسن.", DOCNO=f"D{i}")
        for i in range(start, start + n)
    ]


def _add(store: Store, articles) -> list[int]:
    with store.transaction():
        return [store.add(a, ordinal=i) for i, a in enumerate(articles)]


def _ids(conn, q: str, limit: int = 100, **kw) -> set[int]:
    return {h["article_id"] for h in index.search(conn, q, limit=limit, **kw)}


def _num_docs(conn) -> int:
    return index.status(conn)["indexed"]


def test_ingest_writes_the_index_beside_the_store(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as store:
        ids = _add(store, _articles(5))
        path = index.index_path(store.conn)
        assert path is not None and path.parent == tmp_path / "m.db.search" and (path / "meta.json").exists()
        assert index.status(store.conn) == {"path": path, "stored": 5, "indexed": 5, "behind": 0}
        assert _ids(store.conn, "اقتصاد") == set(ids)
        assert index.verify(store.conn) == [] and verify_store(store).ok
        # the report counts the articles the search check covered (it said "0 checked" once FTS5 went)
        search_check = next(c for c in verify_store(store).checks if c.name == "search index in sync")
        assert (search_check.checked, search_check.broken) == (5, 0)


def test_commit_without_index_update_is_reported_then_repaired(tmp_path, monkeypatch):
    """A process killed between the SQLite commit and the index commit leaves rows above the mark:
    verify reports them; the next search (or ingest) adds them once, without duplicates."""
    db = tmp_path / "m.db"
    with Store(db) as store:
        first = _add(store, _articles(3))
        monkeypatch.setattr(index, "after_commit", lambda conn, rows: None)  # the "crash"
        second = _add(store, _articles(4, start=3))
        monkeypatch.undo()
        problems = index.verify(store.conn)
        assert len(problems) == 1 and "behind" in problems[0] and "4 of 7" in problems[0]
        # behind is a note, not a fault: the next search or ingest mends it (nu30: `verify` said
        # BROKEN and exited 1 after a kill -9 that lost nothing)
        assert isinstance(problems[0], VerifyNote)
        search_check = next(c for c in verify_store(store).checks if c.name == "search index in sync")
        assert search_check.ok and search_check.broken == 0
        assert len(search_check.notes) == 1 and "4 of 7 articles not indexed" in search_check.notes[0]
        assert _ids(store.conn, "اقتصاد") == set(first + second)  # the search caught up
        assert index.verify(store.conn) == [] and _num_docs(store.conn) == 7
        third = _add(store, _articles(2, start=7))  # and the next batch goes on from there
        assert _num_docs(store.conn) == 9 and _ids(store.conn, "اقتصاد") == set(first + second + third)


def test_a_hole_below_the_index_mark_is_a_fault_not_a_note(tmp_path):
    """An article missing from the index below its high-water mark is never added by a sync
    (it adds the rows above the mark): verify reports it as broken, not as "behind"."""
    db = tmp_path / "m.db"
    with Store(db) as store:
        ids = _add(store, _articles(4))
        side = index._side(store.conn)
        writer = index._writer(side, 50)
        writer.delete_documents_by_query(
            tantivy.Query.range_query(
                index._TANTIVY_SCHEMA, "article_id", tantivy.FieldType.Unsigned, ids[1], ids[1], use_inverted_index=True
            )
        )
        writer.commit()
        writer.wait_merging_threads()
        problems = index.verify(store.conn)
        assert len(problems) == 1 and not isinstance(problems[0], VerifyNote)
        assert "does not hold the store's articles (3 documents" in problems[0]
        search_check = next(c for c in verify_store(store).checks if c.name == "search index in sync")
        assert not search_check.ok and search_check.notes == []


_KILLED_AFTER_SQLITE_COMMIT = r"""
import os, sys
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, sys.argv[3])
from marsad.search import index
from marsad.store.db import Store
from test_search_variants import make_article
index.after_commit = lambda conn, rows: os._exit(9) if rows else None  # killed after the SQLite commit
with Store(sys.argv[1]) as store, store.transaction():
    for i in range(3):
        store.add(make_article(f"خبر {i} عن النفط", f"ارتفع سعر النفط {i}"), ordinal=i)
"""


def test_a_process_killed_after_its_sqlite_commit(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(2))
    tests = str(Path(__file__).parent)
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_SQLITE_COMMIT, str(db), SRC, tests], timeout=120
    )
    assert run.returncode == 9
    with Store(db, create=False) as store:
        assert "behind" in index.verify(store.conn)[0]
        _add(store, _articles(1, start=10))  # the next ingest's commit catches up first
        assert index.verify(store.conn) == []
        assert _num_docs(store.conn) == 6 and len(_ids(store.conn, "النفط")) == 3


def test_a_search_while_another_writer_holds_the_index(tmp_path, monkeypatch):
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(2))
        monkeypatch.setattr(index, "after_commit", lambda conn, rows: None)
        late = _add(store, _articles(2, start=2))
        monkeypatch.undo()
        holder = tantivy.Index.open(str(index.index_path(store.conn)))
        writer = holder.writer(15_000_000, 1)  # another process's ingest, say
        result = index.run_query(store.conn, "اقتصاد")
        assert len(result.hits) == 2 and any("not searchable yet" in n for n in result.notes)
        writer.rollback()
        writer.wait_merging_threads()  # released
        assert set(late) <= _ids(store.conn, "اقتصاد")


_INGEST = r"""
import sys
sys.path.insert(0, sys.argv[3])
from marsad.store.ingest import ingest
from marsad.pipeline import CORE_STAGES
s = ingest([sys.argv[2]], sys.argv[1], only=CORE_STAGES, batch_size=5)
print(s.stored)
"""


def test_two_processes_ingest_into_one_store_at_once(tmp_path):
    from test_reliability_crash import article_text

    folders = []
    for name, start in (("a", 0), ("b", 1000)):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(start, start + 30):
            (folder / f"{i}.txt").write_text(article_text(i), encoding="utf-8")
        folders.append(folder)
    db = tmp_path / "m.db"
    with Store(db):
        pass
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _INGEST, str(db), str(f), SRC], stdout=subprocess.PIPE, text=True
        )
        for f in folders
    ]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert sum(int(o.split()[-1]) for o in outs) == 60
    with Store(db, create=False) as store:
        assert index.verify(store.conn) == []
        assert _num_docs(store.conn) == 60
        for n in (0, 29, 1000, 1029):  # every title carries its number
            assert len(_ids(store.conn, str(n))) >= 1


def test_a_new_store_at_the_same_path_gets_a_new_index(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(3, word="النفط"))
        old = index.index_path(store.conn)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with Store(db) as store:
        _add(store, _articles(2, word="الذهب"))
        assert index.index_path(store.conn) != old
        assert _ids(store.conn, "النفط") == set() and len(_ids(store.conn, "الذهب")) == 2
        assert not old.exists() and index.verify(store.conn) == []


def test_rebuild_gives_the_same_answers(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(6))
        before = index.search(store.conn, "الاقتصاد")
        assert index.rebuild(store.conn).added == 6
        assert index.search(store.conn, "الاقتصاد") == before and index.verify(store.conn) == []


def test_verify_reports_an_index_that_holds_other_articles(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(3))
        side = index._side(store.conn)
        w = side.index.writer(15_000_000, 1)
        w.delete_documents_by_query(tantivy.Query.term_query(index._TANTIVY_SCHEMA, "article_id", 1))
        w.commit()
        w.wait_merging_threads()
        problems = index.verify(store.conn)
        assert len(problems) == 1 and "reindex" in problems[0]
        index.rebuild(store.conn)
        assert index.verify(store.conn) == []


def test_missing_index_directory_is_reported_and_rebuilt_by_a_search(tmp_path):
    import shutil

    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(3))
        path = index.index_path(store.conn)
    index._SIDES.clear()
    shutil.rmtree(path.parent)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert "missing" in index.verify(conn)[0]
    assert len(_ids(conn, "الاقتصاد")) == 3 and index.verify(conn) == []


def test_a_store_of_the_fts5_era_is_searched_and_migrated(tmp_path):
    """Search tables written by the FTS5 version (no lead_len, no search_meta, a search_fts table):
    read-only, the index is built from search_doc; opened for writing, the store is migrated."""
    db = tmp_path / "old.db"
    with Store(db):
        pass
    conn = sqlite3.connect(db)  # take the search tables back to their FTS5-era shape
    conn.execute("ALTER TABLE search_doc DROP COLUMN lead_len")
    conn.execute("DROP TABLE search_meta")
    conn.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(kt, kl, kb, st, sl, sb, content='', tokenize='ascii')"
    )
    text = zlib.compress("وصل الوفد إلى القاهرة.\n\nوناقش ملف الإرهاب.".encode())
    conn.execute("INSERT INTO search_doc VALUES (1, 'زيارة الوفد', ?, 'BBC', NULL, 'R1', NULL, 7)", (text,))
    conn.execute("INSERT INTO search_hashtag VALUES (1, 'مصر')")
    conn.commit()
    conn.close()
    index._SIDES.clear()
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    (hit,) = index.search(ro, "الارهاب hashtag:مصر")
    assert hit["article_id"] == 1 and hit["snippet"][hit["highlights"][0]["start"] :].startswith("الإرهاب")
    ro.close()
    with Store(db) as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "search_fts" not in names and "search_meta" in names
        assert [h["article_id"] for h in index.search(store.conn, "القاهرة")] == [1]


def test_copies_crowding_the_candidates_still_fill_the_page():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i in range(1, 61):  # 60 copies of one story, then 12 other stories, all about oil
        index.save_article(conn, i, make_article("النفط النفط يرتفع", "ارتفع النفط النفط اليوم"))
    for i in range(61, 73):
        index.save_article(conn, i, make_article(f"خبر {i}", f"تحدث التقرير {i} عن النفط"))
    hits = index.search(conn, "النفط", limit=10)
    assert len(hits) == 10 and hits[0]["article_id"] == 1 and len(hits[0]["duplicates"]) == 59


def test_scores_are_meaningful_on_a_tiny_store(tmp_path):
    """FTS5's BM25 printed 0.00 on a one- or two-article store (IDF ≈ 0); tantivy's BM25 IDF
    ln(1 + (N − n + 0.5)/(n + 0.5)) stays positive, so the printed score tells the ranking."""
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    index.save_article(conn, 1, make_article("الاقتصاد يتحسن", "قال الوزير إن الاقتصاد يتحسن"))
    (hit,) = index.search(conn, "الاقتصاد")
    assert hit["score"] >= 1.0 and f"{hit['score']:.2f}" != "0.00"
    index.save_article(conn, 2, make_article("زيارة", "تحدث عن الاقتصاد"))
    a, b = index.search(conn, "الاقتصاد")
    assert a["article_id"] == 1 and a["score"] > b["score"] > 0.1


def test_filters_are_index_clauses_and_keep_the_top_k():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i in range(1, 41):  # 40 strong matches from CNN, then 3 weak ones from BBC
        index.save_article(conn, i, make_article("الاقتصاد الاقتصاد", f"الاقتصاد {i}", SRC="CNN"))
    for i in range(41, 44):
        a = make_article(f"خبر {i}", "ذكر التقرير الاقتصاد مرة", SRC="BBC World")
        a.published = Published(0, 0, value=TimeValue(local="2018-03-05T23:30:00", naive=True))
        a.hashtags.append(Hashtag(0, 0, tag="#الاقتصاد_العالمي"))
        a.entities.append(Entity("محمد بن سلمان", "PER"))
        index.save_article(conn, i, a)
    want = {41, 42, 43}
    assert _ids(conn, "الاقتصاد source:bbc", limit=3) == want
    assert _ids(conn, 'الاقتصاد source:"bbc world"', limit=3) == want
    assert _ids(conn, "الاقتصاد hashtag:الاقتصاد_العالمي", limit=3) == want
    assert _ids(conn, "الاقتصاد from:2018-03-05 to:2018-03-05", limit=3) == want
    assert _ids(conn, "الاقتصاد from:2018-03-06", limit=3) == set()
    assert _ids(conn, 'الاقتصاد person:"بن سلمان"', limit=3) == want
    assert _ids(conn, 'الاقتصاد person:"سلمان بن"', limit=3) == set()
    for hostile in ("source:.*", "source:a(b", "source:\\x{41}", 'person:"("', "hashtag:*", "from:2018-99"):
        index.run_query(conn, "الاقتصاد " + hostile)  # never raises


def test_cli_reindex_and_search_table_score(tmp_path, seed_article):
    from typer.testing import CliRunner

    from marsad.cli.main import _load, app

    db = tmp_path / "m.db"
    with Store(db) as store, store.transaction():
        store.add(seed_article)
    _load()
    runner = CliRunner()
    r = runner.invoke(app, ["reindex", "--db", str(db), "-q"])
    assert r.exit_code == 0 and "1 articles indexed" in r.output, r.output
    r = runner.invoke(app, ["search", "لافروف", "--db", str(db), "--json"])
    out = json.loads(r.output)
    assert out["hits"][0]["score"] > 1.0
    r = runner.invoke(app, ["search", "لافروف", "--db", str(db)])
    assert r.exit_code == 0 and "0.00" not in r.output


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a:b", ")", "-", '"علي', "ارهاب*", "ا*", "((("])
def test_hostile_queries_on_a_store(tmp_path, query):
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(2))
        assert isinstance(index.run_query(store.conn, query).hits, list)


def test_a_commit_waits_for_a_stuck_writer_once_then_goes_on(tmp_path, monkeypatch):
    import time

    from marsad import settings

    monkeypatch.setattr(settings, "SEARCH_SYNC_WAIT_S", 0.3)
    db = tmp_path / "m.db"
    with Store(db) as store:
        _add(store, _articles(1))
        holder = tantivy.Index.open(str(index.index_path(store.conn)))
        writer = holder.writer(15_000_000, 1)  # another process's writer, stuck
        with pytest.warns(UserWarning, match="holds its writer"):
            _add(store, _articles(1, start=1))  # waits 0.3 s, then gives up
        t0 = time.monotonic()
        with pytest.warns(UserWarning, match="holds its writer"):
            _add(store, _articles(1, start=2))  # does not wait again
        assert time.monotonic() - t0 < 0.25
        assert "behind" in index.verify(store.conn)[0]
        writer.rollback()
        writer.wait_merging_threads()
        _add(store, _articles(1, start=3))  # the writer is free: everything is indexed
        assert index.verify(store.conn) == [] and _num_docs(store.conn) == 4
        assert not index._side(store.conn).gave_up
