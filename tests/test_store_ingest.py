"""The ingest loop: nothing added twice, duplicates recorded, failures kept, resumable after SIGKILL,
and an ingest while another process searches the same store (WAL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.model import Article
from marsad.store.db import Store
from marsad.store.ingest import Summary, ingest
from marsad.store.verify import verify

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

#: Small Arabic paragraphs combined into distinct generated articles.
_SENTENCES = [
    "أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة النقل العام في العاصمة.",
    "وقال المتحدث باسم الحكومة إن العمل سيبدأ مطلع الشهر المقبل.",
    "وأضاف أن الخطة تشمل مكافحة الارهاب وتأمين المنشآت الحيوية.",
    "من جهتها، رحبت الغرفة التجارية بالقرار ودعت إلى تسريع التنفيذ.",
    "ويتوقع الخبراء أن تنخفض الازدحامات المرورية بنسبة كبيرة.",
]


def make_corpus(folder: Path, n: int) -> Path:
    """Write ``n`` distinct small plain-text articles into ``folder`` (in 10 sub-folders)."""
    for i in range(n):
        sub = folder / f"part{i % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        s = _SENTENCES
        text = f"خبر رقم {i}: {s[i % 5][:30]}\n\n{s[i % 5]} ({i})\n\n{s[(i + 1) % 5]}\n\n{s[(i + 2) % 5]} {i * 7}\n"
        (sub / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_ingest_examples_then_again_adds_nothing(tmp_path):
    db = tmp_path / "m.db"
    first = ingest([EXAMPLES], db)
    assert first.read >= 5 and first.stored == first.read and first.already_present == 0
    counts = {t: _count(db, t) for t in ("articles", "sources", "blocks", "problems")}
    second = ingest([EXAMPLES], db)
    assert second.read == first.read
    assert (second.stored, second.duplicates, second.already_present) == (0, 0, first.read)
    assert {t: _count(db, t) for t in counts} == counts


def test_byte_copy_under_another_path_is_a_duplicate_not_a_second_article(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = "الرياض - واس\n\nأعلنت الهيئة العامة للإحصاء نتائج المسح السنوي.\n".encode()
    (src / "a.txt").write_bytes(body)
    (src / "copy_of_a.txt").write_bytes(body)
    (src / "b.txt").write_bytes(body + "وقال المتحدث إن النتائج إيجابية.\n".encode())
    db = tmp_path / "m.db"
    s = ingest([src], db)
    assert (s.read, s.stored, s.duplicates) == (3, 2, 1)
    with Store(db, create=False) as store:
        rows = store.conn.execute("SELECT source, duplicate FROM sources ORDER BY source").fetchall()
        assert [Path(r[0]).name for r in rows] == ["a.txt", "b.txt", "copy_of_a.txt"]
        assert [r[1] for r in rows] == [0, 0, 1]
        assert store.count() == 2
        sources = store.article_sources(1)
    assert [Path(x[0]).name for x in sources] == ["a.txt", "copy_of_a.txt"]


def _fake_reader(articles):
    def iter_articles(paths, fmt=None, exclude=frozenset(), skipped=None):
        yield from articles

    return iter_articles


def test_failed_records_are_stored_raw_and_counted(tmp_path, monkeypatch):
    empty = Article(text="", raw=b"", source="empty.txt")
    empty.error("empty", "the file is empty")
    binary = Article(text="", raw=b"\x00\x01\xfe", source="bin.txt")
    binary.error("binary", "binary content")
    good = Article(text="خبر سليم\n\nفقرة أولى.", raw="خبر سليم\n\nفقرة أولى.".encode(), source="ok.txt")
    monkeypatch.setattr("marsad.io.sources.iter_articles", _fake_reader([empty, binary, good]))
    s = ingest(["ignored"], tmp_path / "m.db")
    assert (s.read, s.stored, s.failed) == (3, 3, 2)
    assert s.failures == {"empty": 1, "binary": 1}
    assert not s.nothing_read
    with Store(tmp_path / "m.db", create=False) as store:
        assert (
            store.conn.execute("SELECT raw FROM articles WHERE source = 'bin.txt'").fetchone()[0]
            == b"\x00\x01\xfe"
        )
        assert store.stats()["failed"] == 2


def test_nothing_read_when_every_record_failed(tmp_path, monkeypatch):
    bad = Article(text="", raw=b"\xff\xfe\x00", source="x.bin")
    bad.error("binary", "binary content")
    monkeypatch.setattr("marsad.io.sources.iter_articles", _fake_reader([bad]))
    assert ingest(["x"], tmp_path / "m.db").nothing_read
    monkeypatch.setattr("marsad.io.sources.iter_articles", _fake_reader([]))
    assert ingest(["x"], tmp_path / "m2.db").nothing_read


def test_several_records_with_one_source_string_are_told_apart_by_ordinal(tmp_path, monkeypatch):
    recs = [Article(text=f"سجل {i}", raw=f"سجل {i}".encode(), source="day.json") for i in range(3)]
    monkeypatch.setattr("marsad.io.sources.iter_articles", _fake_reader(recs))
    db = tmp_path / "m.db"
    assert ingest(["x"], db).stored == 3
    assert _count(db, "sources") == 3
    again = ingest(["x"], db)
    assert (again.stored, again.already_present) == (0, 3)


def test_stage_selection_only_core(tmp_path, monkeypatch):
    seen = []

    def fake_annotate(article, only=None):
        seen.append(only)
        return article

    monkeypatch.setattr("marsad.pipeline.annotate", fake_annotate)
    from marsad.pipeline import CORE_STAGES

    ingest([EXAMPLES / "000_146a293be66b7c19.txt"], tmp_path / "m.db", only=CORE_STAGES)
    assert seen == [CORE_STAGES]


def test_batches_commit_as_they_go(tmp_path):
    corpus = make_corpus(tmp_path / "c", 25)
    db = tmp_path / "m.db"
    seen_counts = []

    def progress(s):
        if s.read in (11, 21):
            seen_counts.append(_count(db, "articles"))

    s = ingest([corpus], db, batch_size=10, progress=progress)
    assert s.stored == 25
    assert seen_counts == [10, 20]  # committed batches are visible to another connection
    assert Summary().rate == 0.0


def _marsad(*args: str) -> list[str]:
    return [sys.executable, "-m", "marsad", *args]


def test_sigkill_mid_ingest_then_rerun_stores_every_article_exactly_once(tmp_path):
    n = 2000
    corpus = make_corpus(tmp_path / "c", n)
    db = tmp_path / "m.db"
    proc = subprocess.Popen(
        _marsad("ingest", str(corpus), "--db", str(db), "--batch-size", "100", "--batch-seconds", "3600", "-q", "--core"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    killed_at = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            c = _count(db, "articles")
        except sqlite3.Error:
            c = 0
        if c >= 300:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = c
            break
        time.sleep(0.01)
    proc.wait(timeout=30)
    if killed_at is None:
        pytest.fail(f"ingest ended (rc={proc.returncode}) before it could be killed: {proc.stderr.read()!r}")
    assert proc.returncode == -signal.SIGKILL
    after_kill = _count(db, "articles")
    assert 300 <= after_kill < n and after_kill % 100 == 0  # whole batches only
    rerun = subprocess.run(
        _marsad("ingest", str(corpus), "--db", str(db), "--json", "-q"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == n
        assert con.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == n
        assert con.execute("SELECT count(*), count(DISTINCT source) FROM sources").fetchone() == (n, n)
        names = {Path(r[0]).name for r in con.execute("SELECT source FROM articles")}
    finally:
        con.close()
    assert names == {f"a{i:05d}.txt" for i in range(n)}
    import json

    summary = json.loads(rerun.stdout)
    assert summary["already_present"] == after_kill and summary["stored"] == n - after_kill
    with Store(db, create=False) as store:
        assert verify(store).ok


def test_ingest_while_another_process_searches(tmp_path):
    from marsad.search.index import search

    corpus = make_corpus(tmp_path / "c", 800)
    db = tmp_path / "m.db"
    proc = subprocess.Popen(
        _marsad("ingest", str(corpus), "--db", str(db), "--batch-size", "50", "-q", "--core"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    queries = hits_seen = 0
    errors = []
    while proc.poll() is None:
        if not db.exists():
            time.sleep(0.01)
            continue
        try:
            with Store(db, create=False, timeout_s=10) as store:
                hits = search(store.conn, "الارهاب", limit=5)
                queries += 1
                hits_seen = max(hits_seen, len(hits))
        except Exception as exc:  # noqa: BLE001
            if "no store" in str(exc) or "not a Marsad store" in str(exc):  # schema not yet created
                continue
            errors.append(repr(exc))
        time.sleep(0.005)
    stderr = proc.stderr.read().decode()
    assert proc.returncode == 0, stderr
    assert errors == []
    assert queries > 3
    with Store(db, create=False) as store:
        assert store.count() == 800
        assert len(search(store.conn, "الارهاب", limit=5)) == 5
        assert verify(store).ok


def test_text_with_lone_surrogates_is_kept_as_a_failed_copy(tmp_path, monkeypatch):
    raw = "خبر ".encode() + b"\xff\xfe" + " عاجل".encode()
    bad = Article(text=raw.decode("utf-8", "surrogateescape"), raw=raw, source="esc.txt")
    good = Article(text="خبر سليم", raw="خبر سليم".encode(), source="ok.txt")
    monkeypatch.setattr("marsad.io.sources.iter_articles", _fake_reader([bad, good]))
    db = tmp_path / "m.db"
    s = ingest(["x"], db)
    assert (s.stored, s.failed) == (2, 1)
    assert s.failures["store-failed"] == 1
    with Store(db, create=False) as store:
        a = store.load_article(1)
        assert a.text == "خبر \ufffd\ufffd عاجل" and a.raw == raw and not a.ok
        assert a.content_hash == bad.content_hash
        assert verify(store).ok


def test_a_reader_that_raises_ends_its_input_cleanly_keeping_what_was_read(tmp_path, monkeypatch):
    """The input whose reader raised gets one failed record naming it (fifth new-user report,
    finding 2: a bare problem row named no file, and the inputs after it were never read)."""

    def broken_reader(paths, fmt=None, exclude=frozenset(), skipped=None):
        yield Article(text="الأول", raw="الأول".encode(), source="1.txt")
        yield Article(text="الثاني", raw="الثاني".encode(), source="2.txt")
        raise OSError("disk went away")

    monkeypatch.setattr("marsad.io.sources.iter_articles", broken_reader)
    db = tmp_path / "m.db"
    s = ingest(["x"], db)
    assert (s.read, s.stored, s.failed) == (3, 3, 1)
    assert s.failures == {"read-failed": 1}
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert con.execute(
            "SELECT p.article_id, a.source, p.code, p.message FROM problems p JOIN articles a ON a.id = p.article_id "
            "WHERE p.code = 'read-failed'"
        ).fetchall() == [
            (3, "x", "read-failed", "reading stopped after 2 record(s): OSError: disk went away; the next input is read")
        ]


def test_estimate_total_counts_one_record_files_and_gives_up_on_json(tmp_path):
    from marsad.store.ingest import estimate_total

    corpus = make_corpus(tmp_path / "c", 12)
    (corpus / "README.md").write_text("about this corpus", encoding="utf-8")
    assert estimate_total([corpus]) == 12
    import tarfile

    tgz = tmp_path / "c.tar.gz"
    with tarfile.open(tgz, "w:gz") as tar:
        tar.add(corpus, arcname="c")
    assert estimate_total([tgz]) == 12
    assert estimate_total([EXAMPLES]) is None  # a JSON Lines file: records unknown up front
    assert estimate_total([EXAMPLES / "000_146a293be66b7c19.txt", corpus]) == 13


#: Issue 7's odd inputs, by file name.
HOSTILE_FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 20,
    "bad-utf8.txt": "خبر ".encode() + b"\xff\xfe\xfd" + " عاجل".encode(),
    "unclosed.txt": "<DOC>\n<DOCNO>X-1</DOCNO>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص بلا نهاية\n".encode(),
    "title-only.txt": "عنوان فقط بلا نص".encode(),
    "diacritics.txt": ("\u064e\u064f\u0650\u0651" * 200).encode(),
    "bidi.txt": ("\u200f\u200e\u202b\u202c" * 200).encode(),
    "hashtags.txt": " ".join(f"#وسم_{i}" for i in range(10_000)).encode(),
    "quotes.txt": ('وقال: "' * 5_000).encode(),
    "long-line.txt": ("كلمة " * 400_000).encode(),  # 2 M characters on one line: over MAX_ARTICLE_CHARS
}
_GOOD = (
    "الرياض - واس\n\nأعلنت الهيئة العامة للإحصاء نتائج المسح السنوي.\n\nوقال المتحدث إن النتائج إيجابية.\n"
)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    src = tmp_path_factory.mktemp("hostile") / "in"
    src.mkdir()
    files = dict(HOSTILE_FILES, **{"good.txt": _GOOD.encode(), "cp1256.txt": _GOOD.encode("cp1256")})
    for name, data in files.items():
        (src / name).write_bytes(data)
    db = src.parent / "m.db"
    t0 = time.perf_counter()
    s = ingest([src], db)
    return db, s, files, time.perf_counter() - t0


def test_hostile_inputs_never_stop_the_batch_and_everything_is_kept(hostile_db):
    """Each odd input is stored (failed or with warnings) with its raw bytes; the good articles next to
    them are stored normally; the store verifies."""
    db, s, files, elapsed = hostile_db
    assert elapsed < 60
    assert s.read == s.stored == len(files)
    assert not s.nothing_read
    assert not {"read-failed", "store-failed"} & set(s.failures)
    assert s.failures["empty"] == 1 and s.failures["too-large"] == 1
    with Store(db, create=False) as store:
        by_name = {Path(a.source.split("#")[0]).name: a for a in map(store.load_article, store.ids())}
        assert set(by_name) == set(files)
        for name, data in files.items():
            a = by_name[name]
            kept = a.raw if a.raw is not None else a.text.encode("utf-8")
            assert kept == data, name
        assert by_name["good.txt"].ok and len(by_name["good.txt"].paragraphs) >= 2
        assert by_name["cp1256.txt"].ok and by_name["cp1256.txt"].text == _GOOD
        assert verify(store).ok


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_no_stage_crashes_or_times_out_on_a_hostile_input(hostile_db, name):
    db = hostile_db[0]
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT p.code, p.message FROM problems p JOIN articles a ON a.id = p.article_id "
            "WHERE a.source LIKE ? AND p.code IN ('stage-failed', 'timeout')",
            (f"%{name}%",),
        ).fetchall()
    assert rows == []


def test_worker_processes_give_the_same_store(tmp_path):
    corpus = make_corpus(tmp_path / "c", 300)
    (corpus / "copy.txt").write_bytes((corpus / "part0" / "a00000.txt").read_bytes())
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    s1 = ingest([corpus, EXAMPLES], one, only=("layout.segment", "layout.dedup", "text"))
    s2 = ingest([corpus, EXAMPLES], two, only=("layout.segment", "layout.dedup", "text"), workers=2)
    assert (s1.read, s1.stored, s1.duplicates) == (s2.read, s2.stored, s2.duplicates)
    assert s2.duplicates == 1
    with Store(one, create=False) as a, Store(two, create=False) as b:
        assert a.ids() == b.ids()
        for aid in a.ids():
            assert a.load_article(aid).to_dict() == b.load_article(aid).to_dict()
        assert (
            a.conn.execute("SELECT * FROM sources ORDER BY source").fetchall()
            == b.conn.execute("SELECT * FROM sources ORDER BY source").fetchall()
        )


def test_two_ingests_of_the_same_input_at_once_store_each_article_once(tmp_path):
    corpus = make_corpus(tmp_path / "c", 400)
    db = tmp_path / "m.db"
    n_examples = ingest([EXAMPLES], db).stored  # create the store first
    cmd = _marsad("ingest", str(corpus), "--db", str(db), "--batch-size", "20", "-q", "--core", "--json")
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-500:] for o in outs]
    import json

    sums = [json.loads(o[0]) for o in outs]
    assert sum(s["stored"] for s in sums) == 400
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 400 + n_examples
        assert (
            con.execute("SELECT count(*) FROM sources WHERE duplicate = 0").fetchone()[0] == 400 + n_examples
        )


def test_same_story_in_records_whose_bytes_differ_is_stored_and_marked(tmp_path):
    """ANT v2.1 files the same article under two DOCNOs (or categories): both records are kept, the
    later one points to the first through ``duplicate_of``."""
    src = tmp_path / "in"
    src.mkdir()
    doc = (
        "<DOC>\n<DOCNO>{no}</DOCNO>\n<CAT>{cat}</CAT>\n<TITLE>عنوان الخبر المكرر</TITLE>\n"
        "<TIME>Thu, 12 Apr 2018 14:05:00 GMT</TIME>\n<TEXT>\nأعلنت الوزارة اليوم عن خطة جديدة لتطوير النقل.\n"
        "وقال المتحدث إن العمل سيبدأ الشهر المقبل.\n</TEXT>\n</DOC>\n"
    )
    (src / "AL-economy-1.txt").write_text(doc.format(no="AL-economy-1", cat="economy"), encoding="utf-8")
    (src / "AL-technology-9.txt").write_text(
        doc.format(no="AL-technology-9", cat="technology"), encoding="utf-8"
    )
    db = tmp_path / "m.db"
    s = ingest([src], db)
    assert (s.stored, s.duplicates, s.same_story) == (2, 0, 1)
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT id, duplicate_of, body_hash IS NOT NULL FROM articles ORDER BY id"
        ).fetchall()
    assert rows == [(1, None, 1), (2, 1, 1)]
