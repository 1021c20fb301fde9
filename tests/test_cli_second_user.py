"""Faults found by a second new user (fresh clone, 2026-11-29 evening), in the CLI's reading
commands. One test per finding, with the value a user has the right to expect."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.cli.main import _load

DATA = Path(__file__).parent / "data"
SEED = DATA / "000_146a293be66b7c19.txt"

_load()
runner = CliRunner()

TRUMP = """واشنطن - وكالات

وقال الرئيس الأمريكي دونالد ترمب إن بلاده ستفرض رسوما جديدة على واردات الصلب من الصين خلال الأسبوع المقبل.
وأضاف ترمب أن المفاوضات التجارية مع بكين لم تحقق أي تقدم يذكر حتى الآن.
"""

CRAWLED = [
    {
        "source": "okaz",
        "url": "http://example.org/1",
        "date_extracted": "2015-07-23 10:12:00",
        "title": "افتتاح مشروع جديد في جدة",
        "author": "",
        "content": "افتتح أمير منطقة مكة المكرمة مشروعا جديدا للإسكان في جدة بحضور عدد من المسؤولين. "
        "وأكد الأمير أن المشروع يخدم آلاف الأسر.",
    }
]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "trump.txt").write_text(TRUMP, encoding="utf-8")
    (folder / "okaz.json").write_text(json.dumps(CRAWLED, ensure_ascii=False), encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "m.db"
    res = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    return db


def _quotes(db: Path, speaker: str) -> list[dict]:
    res = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", speaker, "--json"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]


def test_quotes_speaker_filter_folds_transliterated_spellings(store):
    """``--speaker ترامب`` finds the quotes of ``دونالد ترمب`` (found: 3 quotes against 128 for
    ``ترمب`` on the user's store), as search folds the two spellings."""
    by_variant, by_written = _quotes(store, "ترامب"), _quotes(store, "ترمب")
    assert len(by_written) == 2 and {q["speaker"] for q in by_written} == {"دونالد ترمب"}
    assert by_variant == by_written
    assert _quotes(store, "دونالد ترامب") == by_written
    assert _quotes(store, "بوتين") == []


def test_core_store_says_why_quotes_and_entities_are_empty(tmp_path):
    """On a ``--core`` store, ``quotes`` and ``entities`` said only "no quotes found" / "no
    entities": they now say that the stage did not run and how to add it."""
    db = tmp_path / "core.db"
    assert runner.invoke(app, ["ingest", str(SEED), "--db", str(db), "--core", "--quiet"]).exit_code == 0
    q = runner.invoke(app, ["quotes", "--db", str(db)])
    assert q.exit_code == 0 and "none of the 1 stored articles went through the quotes stage" in q.output
    assert "without --core" in q.output
    e = runner.invoke(app, ["entities", "--db", str(db)])
    assert e.exit_code == 0 and "went through the entities stage" in e.output


def test_full_store_gives_no_missing_stage_note(store):
    res = runner.invoke(app, ["quotes", "--db", str(store), "--speaker", "أوباما"])
    assert res.exit_code == 0 and "no quotes found" in res.output and "--core" not in res.output


def _id_of(db: Path, name: str) -> int:
    res = runner.invoke(app, ["export", "--db", str(db)])
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    return next(r["id"] for r in rows if r["source"].endswith(name))


def test_show_marks_a_crawl_time(store):
    """A SaudiNewsNet-style record dated only by its crawl time: ``show`` said "Published" as for a
    real publication time; the heading now says it is the crawl time, with the value's warnings."""
    out = runner.invoke(app, ["show", str(_id_of(store, "okaz.json")), "--db", str(store)]).output
    assert "Published (crawl time: when the page was fetched, not published)" in out
    assert "assumed" in out  # the zone came from the source's convention, and show says so
    seed = runner.invoke(app, ["show", str(_id_of(store, "seed.txt")), "--db", str(store)]).output
    assert "crawl time" not in seed and "\nPublished\n" in seed


def test_show_and_export_carry_duplicate_of(store):
    """``duplicate_of`` (announced by the ingest summary) is in ``show --json`` and ``export``."""
    aid = _id_of(store, "seed.txt")
    d = json.loads(runner.invoke(app, ["show", str(aid), "--json", "--db", str(store)]).stdout)
    assert "duplicate_of" in d and d["duplicate_of"] is None
    res = runner.invoke(app, ["export", "--db", str(store)])
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 3 and all("duplicate_of" in r for r in rows)


def test_one_hit_is_singular(store):
    res = runner.invoke(app, ["search", "الحزم", "--db", str(store)])
    assert res.exit_code == 0 and "1 hit for" in res.output and "1 hits" not in res.output


def test_ingesting_the_folder_that_holds_the_store_skips_the_store(tmp_path):
    """``marsad ingest . --db a.db`` read its own store file (being written) and its ``-wal`` /
    ``-shm`` companions as articles; the SQLite file was even decoded as UTF-16-BE text. The
    store's files are left out of the walk, and a rerun finds everything already present."""
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "trump.txt").write_text(TRUMP, encoding="utf-8")
    db = tmp_path / "a.db"
    for already in (0, 2):
        res = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--json"])
        assert res.exit_code == 0, res.output
        s = json.loads(res.stdout[res.stdout.index("{") :])
        assert (s["read"], s["already_present"], s["failed"]) == (2, already, 0), s


def test_a_zero_filled_binary_is_not_utf16():
    """A SQLite page (mostly NUL) looked like BOM-less UTF-16-BE: both halves of the code units
    were 0x00. UTF-16 text has (almost) no U+0000, so such data is binary."""
    from marsad.io.encoding import decode

    page = b"SQLite format 3\x00" + b"\x10\x00\x02\x02" + bytes(4096 - 20)
    d = decode(page)
    assert d.encoding is None and [p.code for p in d.problems] == ["binary"]
    arabic = "خبر عاجل من الرياض\nقال المتحدث إن الوفد وصل." * 20
    assert decode(arabic.encode("utf-16-le")).encoding == "utf-16-le"
    assert decode(arabic.encode("utf-16-be")).encoding == "utf-16-be"


def test_date_filters_use_the_local_calendar_day(tmp_path):
    """``from:2016-09-09 to:2016-09-09`` missed an article of 09/09/2016 in Tunis (00:30+01:00 =
    2016-09-08T23:30Z): the filter compared the UTC day. A date is the local calendar day of the
    article; a full instant with an offset still compares instants. Search results show local time."""
    from marsad.search.index import run_query
    from marsad.store.db import Store
    from marsad.store.ingest import ingest

    records = [
        {"title": "سباق الدراجات في تونس", "content": "انطلق سباق الدراجات الدولي في العاصمة التونسية.",
         "date": "2016-09-09T00:30:00+01:00"},
        {"title": "سباق الدراجات في الرياض", "content": "انطلق سباق آخر للدراجات في الرياض مساء.",
         "date": "2016-09-08T23:30:00+03:00"},
    ]
    src = tmp_path / "in.json"
    src.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "m.db"
    ingest([src], db)

    def titles(q: str) -> set[str]:
        with Store(db) as store:
            return {h["title"] for h in run_query(store.conn, q).hits}

    assert titles("الدراجات from:2016-09-09 to:2016-09-09") == {"سباق الدراجات في تونس"}
    assert titles("الدراجات from:2016-09-08 to:2016-09-08") == {"سباق الدراجات في الرياض"}
    # an instant with an offset is an instant: 2016-09-08T23:00Z lies between the two articles
    assert titles("الدراجات from:2016-09-08T23:00:00+00:00") == {"سباق الدراجات في تونس"}
    with Store(db) as store:
        hit = next(h for h in run_query(store.conn, "تونس").hits)
    assert hit["published"] == "2016-09-09T00:30:00+01:00"


def test_an_unknown_source_gets_a_note(store):
    """``source:okz`` (a misspelling) gave 0 hits and no hint; the note names the sources there are."""
    from marsad.search.index import run_query
    from marsad.store.db import Store

    with Store(store) as s:
        bad = run_query(s.conn, "مشروع source:okz")
        good = run_query(s.conn, "مشروع source:okaz")
    assert bad.hits == [] and any("no stored article's source contains 'okz'" in n and "okaz" in n for n in bad.notes)
    assert good.hits and not any("source contains" in n for n in good.notes)


def test_a_record_of_the_wrong_json_type_is_named_in_json_words():
    """``record is a JSON NoneType`` spoke Python; the reason now uses JSON's names."""
    from marsad.io.readers import read_records

    reasons = [a.problems[0].message for a in read_records(b'[null, 3, "x", [1], true]', source="x.json")]
    assert reasons == [
        f"record is {kind}, not an object; not read"
        for kind in ("null", "a number", "a string", "an array", "true/false")
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2018-03-08TEV", "2018-03-08 evening (2018-03-08TEV)"),
        ("2018-03-08TMO", "2018-03-08 morning (2018-03-08TMO)"),
        ("2018-SU", "2018 summer (2018-SU)"),
        ("2018-03-08", "2018-03-08"),
        ("2018-03-08T10:00", "2018-03-08T10:00"),
        ("2018-W16", "2018-W16"),
        (None, "?"),
    ],
)
def test_show_reads_timex_part_of_day_codes_as_words(value, shown):
    """``show`` printed ``2018-03-08TEV`` (TIMEX3 jargon); the code is glossed, the value kept."""
    from marsad.cli.ingest import _readable_timex

    assert _readable_timex(value) == shown


def test_quotes_from_uses_the_local_calendar_day(tmp_path):
    """``quotes --from 2016-09-09`` compared the UTC time: a statement published in Tunis at
    00:30+01:00 on the 9th (23:30Z on the 8th) was left out."""
    records = [{"title": "تصريح في تونس", "date": "2016-09-09T00:30:00+01:00",
                "content": "وقال وزير الداخلية التونسي إن الوضع الأمني مستقر في جميع الولايات."}]
    src = tmp_path / "in.json"
    src.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "m.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--quiet"]).exit_code == 0
    res = runner.invoke(app, ["quotes", "--db", str(db), "--from", "2016-09-09", "--json"])
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 1 and rows[0]["published"].startswith("2016-09-09T00:30:00+01:00")
    res = runner.invoke(app, ["quotes", "--db", str(db), "--from", "2016-09-10", "--json"])
    assert not [line for line in res.stdout.splitlines() if line.startswith("{")]


def test_quotes_to_ends_a_period_on_the_local_calendar(tmp_path):
    """nu26 G1: ``quotes`` had ``--from`` and no ``--to``; "who said what in July" needed a search and
    Python. ``--to`` takes the whole period (a month, a day) as search's ``to:``, on the local day."""
    records = [
        {"title": "تصريح أول", "date": "2018-07-31T23:30:00+03:00",
         "content": "وقال وزير الخارجية إن المحادثات مستمرة في جنيف."},
        {"title": "تصريح ثان", "date": "2018-08-01T00:30:00+03:00",
         "content": "وقال وزير الداخلية إن الوضع الأمني مستقر."},
        {"title": "تصريح ثالث", "date": "2018-06-30T10:00:00+03:00",
         "content": "وقال وزير المالية إن الميزانية جاهزة."},
    ]
    src = tmp_path / "in.json"
    src.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "m.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--quiet"]).exit_code == 0

    def titles(*args: str) -> list[str]:
        res = runner.invoke(app, ["quotes", "--db", str(db), "--json", *args])
        assert res.exit_code == 0, res.output
        return sorted(json.loads(x)["title"] for x in res.stdout.splitlines() if x.startswith("{"))

    assert titles("--from", "2018-07", "--to", "2018-07") == ["تصريح أول"]  # 23:30 local on the 31st
    assert titles("--to", "2018-07-31") == ["تصريح أول", "تصريح ثالث"]
    # an instant: the first is 20:30Z, the second 21:30Z
    assert titles("--to", "2018-07-31T21:00:00+00:00") == ["تصريح أول", "تصريح ثالث"]
    assert titles("--to", "2018-07-31T20:00:00+00:00") == ["تصريح ثالث"]
    res = runner.invoke(app, ["quotes", "--db", str(db), "--from", "2018-08", "--to", "2018-07"])
    assert res.exit_code == 2 and "--from 2018-08 is after --to 2018-07" in res.output
