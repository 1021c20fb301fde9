"""Crash safety on a large run (issue 7), beyond ``tests/test_store_ingest.py`` (which kills a
2,000-file folder ingest once, core stages only, and searches from the test process):

* a generated ``.tar.gz`` of 5,000 full-size articles, ingested with every stage, is SIGKILLed
  three times — before the first commit, after a few batches, and in the middle of the resumed
  run — and run to the end; the store then holds every article exactly once, passes
  ``PRAGMA integrity_check`` and ``marsad verify``;
* while that ingest runs, a separate reader process searches the same store (WAL) in a loop; neither
  sees an error, and the reader only ever sees whole batches appear (the count never drops).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
from io import BytesIO
from pathlib import Path

import pytest

N_ARTICLES = 5_000
BATCH = 250

_TITLES = ["وزير {n} يعلن خطة جديدة للنقل", "#عاجل: انفجار في مدينة {n}", "قمة {n} تبحث الأزمة في #سوريا"]
_PARAS = [
    "أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة النقل العام في العاصمة، وتشمل الخطة {n} مشروعا.",
    'وقال المتحدث باسم الحكومة محمد الأحمد: "سنبدأ العمل مطلع الشهر المقبل بالتعاون مع الأمم المتحدة".',
    "وأضاف أن الخطة تشمل مكافحة الارهاب وتأمين المنشآت الحيوية في {n} محافظة.",
    "من جهتها، رحبت الغرفة التجارية بالقرار ودعت إلى تسريع التنفيذ قبل نهاية عام {y}.",
    "ويتوقع الخبراء أن تنخفض الازدحامات المرورية بنسبة {p} في المئة خلال السنوات المقبلة.",
    "وأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده مستعدة للحوار مع جميع الأطراف.",
]
_DATELINES = ["الرياض - واس", "دبي - العربية.نت", "القاهرة - رويترز", "لندن:"]


def article_text(i: int) -> str:
    """A distinct article in the house style (~1,000 characters): title, date line, dateline,
    five to eight paragraphs, a trailer."""
    rnd = random.Random(i)
    fill = {"n": i, "y": 2000 + i % 30, "p": i % 97}
    paras = [rnd.choice(_PARAS).format(**fill) for _ in range(rnd.randint(5, 8))]
    date = f"{1 + i % 28:02d}-{1 + i % 12:02d}-20{10 + i % 15} {1 + i % 12:02d}:{i % 60:02d} AM بتوقيت مكة المكرمة"
    return "\n".join(
        [
            rnd.choice(_TITLES).format(n=i),
            date,
            "",
            rnd.choice(_DATELINES),
            "",
            "\n\n".join(paras),
            "",
            "// انتهى //",
        ]
    )


def make_tar(path: Path, n: int) -> Path:
    """Write ``n`` generated articles as ``news/NNNNN.txt`` members of the gzipped tar ``path``."""
    with tarfile.open(path, "w:gz", compresslevel=1) as tar:
        for i in range(n):
            data = article_text(i).encode("utf-8")
            info = tarfile.TarInfo(f"news/{i:05d}.txt")
            info.size = len(data)
            tar.addfile(info, BytesIO(data))
    return path


def _marsad(*args: str) -> list[str]:
    return [sys.executable, "-m", "marsad", *args]


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return 0
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # schema not created yet
        return 0
    finally:
        con.close()


def _ingest(tar: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        # batches by size only (--batch-seconds: a slow machine would also commit every 5 s)
        _marsad("ingest", str(tar), "--db", str(db), "--batch-size", str(BATCH), "--batch-seconds", "3600", "-q", "--json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_when(proc: subprocess.Popen, ready, timeout_s: float = 240) -> None:
    """SIGKILL ``proc`` as soon as ``ready()`` holds; fail if it ends first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and proc.poll() is None:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait(timeout=30)
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"ingest ended (rc={proc.returncode}) before it could be killed: {proc.stderr.read()!r}")


#: The reader process: searches the store in a loop until the stop file appears; prints a JSON
#: report (queries, errors, the article counts it saw, whether they ever dropped).
_READER = r"""
import json, sys, time
from pathlib import Path
from marsad.store.db import Store
from marsad.search.index import search
db, stop = Path(sys.argv[1]), Path(sys.argv[2])
queries, errors, counts = 0, [], []
while not stop.exists():
    try:
        with Store(db, create=False, timeout_s=10) as store:
            hits = search(store.conn, "الإرهاب", limit=5)
            counts.append(store.count())
            queries += 1
    except Exception as exc:
        if "no store" not in str(exc) and "not a Marsad store" not in str(exc):
            errors.append(repr(exc))
    time.sleep(0.1)
print(json.dumps({"queries": queries, "errors": errors[:5], "n_errors": len(errors),
                  "dropped": any(b < a for a, b in zip(counts, counts[1:])),
                  "last": counts[-1] if counts else None}))
"""


@pytest.fixture(scope="module")
def killed_three_times(tmp_path_factory):
    """Run the kill/resume sequence once; return what every test below checks."""
    work = tmp_path_factory.mktemp("crash")
    tar = make_tar(work / "news.tar.gz", N_ARTICLES)
    db = work / "m.db"
    stop = work / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(db), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    counts = {}
    # 1. killed before its first commit (the store may be created, nothing committed yet)
    _kill_when(_ingest(tar, db), lambda: db.exists())
    counts["after kill 1"] = _count(db)
    # 2. killed after a few whole batches
    _kill_when(_ingest(tar, db), lambda: _count(db) >= 3 * BATCH)
    counts["after kill 2"] = _count(db)
    # 3. the resumed run, killed half-way through the corpus
    _kill_when(_ingest(tar, db), lambda: _count(db) >= N_ARTICLES // 2)
    counts["after kill 3"] = _count(db)
    # 4. run to the end
    final = _ingest(tar, db)
    out, err = final.communicate(timeout=600)
    stop.touch()
    r_out, r_err = reader.communicate(timeout=60)
    print(f"articles in the store after each kill: {counts}")  # shown with pytest -s
    return {
        "tar": tar,
        "db": db,
        "counts": counts,
        "final_rc": final.returncode,
        "final_stderr": err,
        "summary": json.loads(out) if final.returncode == 0 else None,
        "reader": json.loads(r_out) if reader.returncode == 0 else {"crashed": r_err},
    }


def test_the_final_run_resumes_and_ends_well(killed_three_times):
    r = killed_three_times
    assert r["final_rc"] == 0, r["final_stderr"]
    c = r["counts"]
    assert c["after kill 1"] < BATCH
    assert 3 * BATCH <= c["after kill 2"] < N_ARTICLES and c["after kill 2"] % BATCH == 0  # whole batches
    assert c["after kill 2"] <= c["after kill 3"] < N_ARTICLES
    s = r["summary"]
    assert s["already_present"] == c["after kill 3"]
    assert s["stored"] == N_ARTICLES - c["after kill 3"]
    assert s["failed"] == 0 and s["failures"] == {}


def test_every_article_is_stored_exactly_once(killed_three_times):
    db = killed_three_times["db"]
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (
            N_ARTICLES,
            N_ARTICLES,
        )
        assert con.execute("SELECT count(*), count(DISTINCT source) FROM sources").fetchone() == (
            N_ARTICLES,
            N_ARTICLES,
        )
        members = sorted(src.rsplit("::", 1)[-1] for (src,) in con.execute("SELECT source FROM articles"))
        stages_failed = con.execute(
            "SELECT count(*) FROM problems WHERE code IN ('stage-failed', 'timeout', 'store-failed')"
        ).fetchone()[0]
    finally:
        con.close()
    assert members == [f"news/{i:05d}.txt" for i in range(N_ARTICLES)]
    assert stages_failed == 0


def test_marsad_verify_passes_after_the_kills(killed_three_times):
    run = subprocess.run(
        _marsad("verify", "--db", str(killed_three_times["db"]), "--json"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["ok"]
    assert all(c["broken"] == 0 for c in report["checks"])


def test_a_reader_process_searched_throughout_without_an_error(killed_three_times):
    reader = killed_three_times["reader"]
    assert "crashed" not in reader, reader
    assert reader["n_errors"] == 0, reader["errors"]
    assert reader["queries"] >= 10
    assert not reader["dropped"]  # committed batches never disappear, kills included
    assert reader["last"] == N_ARTICLES


def test_a_rerun_after_the_end_adds_nothing(killed_three_times):
    db = killed_three_times["db"]
    run = subprocess.run(
        _marsad("ingest", str(killed_three_times["tar"]), "--db", str(db), "--json", "-q", "--core"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    s = json.loads(run.stdout)
    assert (s["read"], s["stored"], s["already_present"]) == (N_ARTICLES, 0, N_ARTICLES)
    assert _count(db) == N_ARTICLES


def _children(pid: int) -> list[int]:
    run = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True)
    return [int(x) for x in run.stdout.split()]


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie left to an init that does not reap counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_do_not_outlive_a_killed_ingest(tmp_path):
    """``marsad ingest --workers 2`` killed with SIGKILL cannot shut its pool down; its worker
    processes must notice and exit instead of waiting forever on their task queue."""
    tar = make_tar(tmp_path / "news.tar.gz", 1_500)
    db = tmp_path / "m.db"
    proc = subprocess.Popen(
        _marsad("ingest", str(tar), "--db", str(db), "--batch-size", "100", "-q", "--workers", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    workers: list[int] = []
    _kill_when(proc, lambda: _count(db) >= 200 and bool(workers.extend(_children(proc.pid)) or workers))
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(_alive, workers)):
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:  # do not leave them running
        os.kill(w, signal.SIGKILL)
    assert survivors == []
    rerun = subprocess.run(
        _marsad("ingest", str(tar), "--db", str(db), "-q", "--json", "--workers", "2"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db) == 1_500
