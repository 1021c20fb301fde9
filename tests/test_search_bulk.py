"""An ingest in bulk mode (``Store.bulk``): the search index is committed every
``settings.SEARCH_INDEX_COMMIT_DOCS`` documents and at the end, not after each store batch; rows
not yet indexed when the process stops are added by the next sync, once."""

from __future__ import annotations

from marsad import settings
from marsad.search import index
from marsad.store.db import Store
from test_search_sidecar import _add, _articles, _ids


def _indexed(conn) -> int:
    side = index._side(conn)
    index._reload(side)
    return side.searcher.num_docs


def test_bulk_commits_the_index_every_n_documents_and_at_the_end(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "SEARCH_INDEX_COMMIT_DOCS", 7)
    with Store(tmp_path / "m.db") as store:
        with store.bulk():
            first = _add(store, _articles(5))
            assert _indexed(store.conn) == 0  # 5 < 7: waiting
            second = _add(store, _articles(5, start=5))
            assert _indexed(store.conn) == 10  # 10 ≥ 7: committed
            third = _add(store, _articles(3, start=10))
            assert _indexed(store.conn) == 10
        assert _indexed(store.conn) == 13  # the end of the bulk commits the rest
        assert _ids(store.conn, "اقتصاد", limit=100) == set(first + second + third)
        assert index.verify(store.conn) == []
        assert index.status(store.conn)["indexed"] == 13


def test_a_search_inside_a_bulk_finds_the_waiting_rows_and_adds_them_once(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "SEARCH_INDEX_COMMIT_DOCS", 100)
    with Store(tmp_path / "m.db") as store:
        with store.bulk():
            ids = _add(store, _articles(4))
            assert _ids(store.conn, "اقتصاد") == set(ids)  # the search's sync indexes them
            more = _add(store, _articles(2, start=4))
        assert _indexed(store.conn) == 6 and index.verify(store.conn) == []
        assert _ids(store.conn, "اقتصاد") == set(ids + more)


def test_rows_waiting_when_the_process_stops_are_added_by_the_next_sync(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "SEARCH_INDEX_COMMIT_DOCS", 100)
    db = tmp_path / "m.db"
    with Store(db) as store:
        monkeypatch.setattr(index, "end_bulk", lambda conn: None)  # killed before the end
        with store.bulk():
            ids = _add(store, _articles(6))
        monkeypatch.undo()
        index._side(store.conn).pending.clear()
        index._side(store.conn).bulk = False
        assert "behind" in index.verify(store.conn)[0]
    with Store(db, create=False) as store:
        assert _ids(store.conn, "اقتصاد") == set(ids)
        assert _indexed(store.conn) == 6 and index.verify(store.conn) == []


def test_a_bulk_with_its_own_commit_interval_uses_it_and_forgets_it_at_the_end(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "SEARCH_INDEX_COMMIT_DOCS", 3)
    with Store(tmp_path / "m.db") as store:
        with store.bulk(commit_docs=8):
            _add(store, _articles(5))
            assert _indexed(store.conn) == 0  # 5 < 8 although 5 ≥ the setting's 3
            _add(store, _articles(4, start=5))
            assert _indexed(store.conn) == 9
        assert index._side(store.conn).commit_docs is None
        with store.bulk():  # the setting again
            _add(store, _articles(3, start=9))
            assert _indexed(store.conn) == 12
        assert index.verify(store.conn) == []


def test_an_ingest_without_entities_commits_the_index_every_core_interval(tmp_path, monkeypatch):
    from marsad.pipeline import CORE_STAGES
    from marsad.store import ingest as store_ingest

    seen: list[int | None] = []
    begin = index.begin_bulk

    def spy(conn, commit_docs=None):
        seen.append(commit_docs)
        begin(conn, commit_docs=commit_docs)

    monkeypatch.setattr(index, "begin_bulk", spy)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان الخبر\n\nالرياض - قال الوزير إن الاقتصاد ينمو.\n", encoding="utf-8")
    store_ingest.ingest([folder], tmp_path / "core.db", only=CORE_STAGES)
    store_ingest.ingest([folder], tmp_path / "all.db")
    assert seen == [settings.SEARCH_INDEX_COMMIT_DOCS_CORE, None]
