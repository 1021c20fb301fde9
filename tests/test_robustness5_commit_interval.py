"""Fifth new-user report, finding 10: an ingest commits every ``batch_size`` records or every
``settings.INGEST_COMMIT_INTERVAL_S`` seconds, whichever comes first, and an interrupted ingest says
what the store holds."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad import settings
from marsad.cli.app import app
from marsad.store.db import Store
from marsad.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]


def _count_transactions(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = Store.transaction

    def counting(self, **kw):
        calls.append(1)
        return real(self, **kw)

    monkeypatch.setattr(Store, "transaction", counting)
    return calls


def _folder(tmp_path: Path, n: int) -> Path:
    """A folder of ``n`` one-paragraph articles."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(f"خبر رقم {i}\n\nنص الخبر رقم {i} كاملا.", encoding="utf-8")
    return folder


def test_a_batch_is_committed_when_its_time_is_up(tmp_path, monkeypatch):
    folder = _folder(tmp_path, 5)
    calls = _count_transactions(monkeypatch)
    monkeypatch.setattr(settings, "INGEST_COMMIT_INTERVAL_S", 3600.0)
    assert ingest([folder], tmp_path / "a.db", only=("layout.segment",), batch_size=500).stored == 5
    by_size = len(calls)  # the batch of 5 records (and the store's own transactions)
    calls.clear()
    monkeypatch.setattr(settings, "INGEST_COMMIT_INTERVAL_S", 0.0)
    assert ingest([folder], tmp_path / "b.db", only=("layout.segment",), batch_size=500).stored == 5
    # one commit per record (the time is always up) instead of one for the 5; no empty one at the end
    # (rel27: a batch is read and annotated before its transaction opens, so none opens for nothing)
    assert len(calls) == by_size - 1 + 5


def test_an_interrupted_ingest_says_what_the_store_holds(tmp_path, monkeypatch):
    db = tmp_path / "m.db"
    r = CliRunner().invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output
    with Store(db, create=False) as store:
        n = store.count()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("marsad.store.ingest.ingest", interrupted)
    r = CliRunner().invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(db), "-q"])
    assert r.exit_code == 130
    assert f"interrupted; the store holds {n:,} articles committed (a batch is committed every 500" in r.output
    assert "rerun the same command to resume" in r.output


def test_an_interrupted_reindex_says_the_index_was_kept(tmp_path, monkeypatch):
    import marsad.cli.search  # noqa: F401 - registers reindex

    db = tmp_path / "m.db"
    r = CliRunner().invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output

    def interrupted(conn, progress=None):
        raise KeyboardInterrupt

    monkeypatch.setattr("marsad.search.index.rebuild", interrupted)
    r = CliRunner().invoke(app, ["reindex", "--db", str(db), "-q"])
    assert r.exit_code == 130
    assert "interrupted; the search index was not changed (the previous one is kept)" in r.output


def test_batch_seconds_is_an_option_of_ingest(tmp_path, monkeypatch):
    folder = _folder(tmp_path, 3)
    calls = _count_transactions(monkeypatch)
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "a.db"), "--core", "-q", "--batch-seconds", "3600"])
    assert r.exit_code == 0, r.output
    by_size = len(calls)
    calls.clear()
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "b.db"), "--core", "-q", "--batch-seconds", "0"])
    assert r.exit_code == 0, r.output
    assert len(calls) == by_size - 1 + 3  # one per record, none empty at the end (rel27)


def test_show_gives_the_last_update_of_an_al_arabiya_date_line(tmp_path):
    src = tmp_path / "d08.txt"
    src.write_text(
        "عنوان الخبر\n\nنشر في: 24 مارس ,2024: 09:30 ص بتوقيت مكة المكرمة آخر تحديث: 24 مارس ,2024: 11:00 ص "
        "بتوقيت مكة المكرمة\n\nقال الوزير إن الخطة جاهزة.\n",
        encoding="utf-8",
    )
    db = tmp_path / "m.db"
    assert CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), "--core", "-q"]).exit_code == 0
    r = CliRunner().invoke(app, ["show", "1", "--db", str(db)])
    assert "local 2024-03-24T09:30:00+03:00" in r.output
    assert "last updated 2024-03-24T11:00:00+03:00" in r.output
