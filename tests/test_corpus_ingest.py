"""Real-corpus ingest (issue 2): 600 ANT v2.1 articles (120 from each of its five sources) and 300
SaudiNewsNet records. Zero crashes, every article with a publication instant, no lead twice.

Skipped with a visible reason when ``../shared`` is absent (see ``tests/conftest.py``).
"""

from __future__ import annotations

import json
import sqlite3
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from conftest import shared_path
from marsad.store.db import Store
from marsad.store.ingest import ingest
from marsad.store.verify import verify

pytestmark = pytest.mark.corpus

#: ANT v2.1 source folders (Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia).
ANT_SOURCES = ("Alarabia", "BBC", "CNN", "France24", "SkyNews")
PER_SOURCE = 120
SAUDI_RECORDS = 300
#: Error codes that mean a stage crashed or ran out of time: never acceptable.
CRASH_CODES = {"stage-failed", "timeout"}


def _sample_ant(dest: Path) -> int:
    """Copy the first ``PER_SOURCE`` article files of every source folder (archive order) to ``dest``."""
    taken: Counter[str] = Counter()
    with tarfile.open(shared_path("corpora", "ant-multisource-v2.1.tar.gz"), "r:gz") as tar:
        for m in tar:
            parts = m.name.split("/")
            if not m.isfile() or len(parts) < 4 or parts[1] not in ANT_SOURCES or not m.name.endswith(".txt"):
                continue
            if taken[parts[1]] >= PER_SOURCE:
                if all(taken[s] >= PER_SOURCE for s in ANT_SOURCES):
                    break
                continue
            f = tar.extractfile(m)
            assert f is not None
            out = dest / parts[1] / parts[-1]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(f.read())
            taken[parts[1]] += 1
    assert all(taken[s] == PER_SOURCE for s in ANT_SOURCES), taken
    return sum(taken.values())


def _sample_saudi(dest: Path) -> int:
    """Write ``SAUDI_RECORDS`` records of one SaudiNewsNet day file as a JSON array (its own shape)."""
    zpath = shared_path("corpora", "saudinewsnet", "dataset", "2015-07-21.zip")
    with zipfile.ZipFile(zpath) as z:
        records = json.loads(z.read(z.namelist()[0]).decode("utf-8"))
    # spread over the sources of the day file: every 3rd record
    picked = records[::3][:SAUDI_RECORDS]
    assert len(picked) == SAUDI_RECORDS
    dest.write_text(json.dumps(picked, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(picked)


def _fold(s: str) -> str:
    from marsad.text.normalize import search_key

    return " ".join(search_key(s).split())


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    n_ant = _sample_ant(root / "ant")
    n_saudi = _sample_saudi(root / "saudinewsnet-2015-07-21.json")
    db = root / "m.db"
    summary = ingest([root / "ant", root / "saudinewsnet-2015-07-21.json"], db)
    return db, summary, n_ant, n_saudi


def test_every_record_read_and_none_crashed(corpus_db):
    db, s, n_ant, n_saudi = corpus_db
    assert s.read == n_ant + n_saudi == 900
    assert s.stored + s.duplicates == s.read
    crashes = {c: n for c, n in s.failures.items() if c in CRASH_CODES}
    assert crashes == {}
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT a.source, p.message FROM problems p JOIN articles a ON a.id = p.article_id "
            "WHERE p.code IN ('stage-failed', 'timeout') LIMIT 5"
        ).fetchall()
    assert rows == []


def test_every_article_has_a_publication_instant(corpus_db):
    db = corpus_db[0]
    with sqlite3.connect(db) as con:
        missing = con.execute(
            "SELECT source, published_raw, published_local FROM articles WHERE failed = 0 AND published_utc IS NULL"
        ).fetchall()
        total = con.execute("SELECT count(*) FROM articles WHERE failed = 0").fetchone()[0]
    assert total > 800
    assert missing == [], f"{len(missing)} of {total} without a UTC instant, e.g. {missing[:3]}"


def test_no_article_has_its_lead_twice(corpus_db):
    db = corpus_db[0]
    twice = []
    with Store(db, create=False) as store:
        for aid in store.ids():
            a = store.load_article(aid)
            prose = a.paragraphs
            if not prose:
                continue
            lead = a.lead or prose[0]
            probe = _fold(a.span_text(lead))[:80]
            if len(probe) < 20:
                continue
            hits = sum(probe in _fold(a.span_text(b)) for b in prose)
            if hits > 1:
                twice.append(a.source)
    assert twice == [], f"{len(twice)} articles show their lead twice, e.g. {twice[:3]}"


def test_store_verifies(corpus_db):
    with Store(corpus_db[0], create=False) as store:
        report = verify(store)
    assert report.ok, report.to_dict()
