"""Task fix33 (new-user report nu32, items 3 to 5): a person is shown by the spelling the texts use,
a table is not read as one article, and a JSON Lines error names its line and record each with how
it counts. All test strings are written for these tests."""

from __future__ import annotations

import io
import json
import zipfile

import marsad
from conftest import new_registry
from conftest import save_people as _save
from marsad.entities import registry
from marsad.io.readers import read_records
from marsad.io.sources import iter_articles

# -- item 3: the name a registry key is shown by ---------------------------------------------------


def test_key_names_give_the_commonest_spelling_with_merged_keys():
    conn = new_registry()
    # the curated key is written دونالد ترمب; the texts write ترامب more, and ترمب alone merges in
    _save(conn, 1, [("دونالد ترامب", 4), ("ترمب", 1)])
    _save(conn, 2, [("دونالد ترمب", 1)])
    _save(conn, 3, [("دونالد ترامب", 2)])
    _save(conn, 4, [("خالد الفيصل", 1)])
    names = registry.key_names(conn, ["PER:دونالد ترمب", "PER:خالد الفيصل", "PER:لا أحد"])
    assert names == {"PER:دونالد ترمب": "دونالد ترامب", "PER:خالد الفيصل": "خالد الفيصل"}
    # the same name `marsad entities` lists
    top = registry.top_entities(conn, "PER", 5)
    assert top[0]["key"] == "PER:دونالد ترمب" and top[0]["name"] == names["PER:دونالد ترمب"]


# -- item 4: tables -------------------------------------------------------------------------------

CSV = 'title,date,content\n"خبر أول","2024-01-01","نص الخبر الأول."\n"خبر ثان","2024-01-02","نص الخبر الثاني."\n'


def _errors(articles):
    return [
        (a.source.rsplit("/", 1)[-1], [p.code for p in a.problems if p.level == "error"]) for a in articles
    ]


def test_a_csv_is_recorded_with_its_reason_loose_or_in_an_archive(tmp_path):
    loose = tmp_path / "news.csv"
    loose.write_text(CSV, encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("news.csv", CSV)
        z.writestr("feed.TSV", "title\tcontent\nخبر\tنص الخبر.\n")  # the name decides, any case
    (tmp_path / "a.zip").write_bytes(buf.getvalue())
    got = list(iter_articles([loose, tmp_path / "a.zip"]))
    assert _errors(got) == [
        ("news.csv", ["unsupported-format"]),
        ("a.zip::news.csv", ["unsupported-format"]),
        ("a.zip::feed.TSV", ["unsupported-format"]),
    ]
    assert got[0].raw == CSV.encode()  # kept raw
    assert got[0].problems[0].message.startswith("a .csv table: Marsad reads no tables")
    # the user's own choice is read: --format text
    (plain,) = read_records(CSV.encode(), "news.csv", fmt="text")
    assert plain.ok and "خبر أول" in plain.text


# -- item 5: JSON Lines errors ---------------------------------------------------------------------


def _jsonl() -> bytes:
    lines = [
        json.dumps({"title": f"خبر {i}", "content": f"نص الخبر رقم {i}."}, ensure_ascii=False)
        for i in range(3)
    ]
    # line 4 is blank; line 5 (record #3) broken; line 6 a one-line array of two records (#4, #5);
    # line 7 (record #6) broken
    lines += ["", '{"title": "مكسور", ', lines[0].join("[]").replace("]", ", " + lines[1] + "]"), "[1, 2"]
    return ("\n".join(lines) + "\n").encode()


def test_jsonl_errors_name_line_and_record_as_the_source_does(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_jsonl())
    for got in (list(iter_articles([path])), list(marsad.parse_many(_jsonl(), fmt="jsonl"))):
        bad = [(a.source.rsplit("#", 1)[-1], a.problems[0].message.split(":", 1)[0]) for a in got if not a.ok]
        assert bad == [
            ("3", "invalid JSON on line 5 (record #3"),
            ("6", "invalid JSON on line 7 (record #6"),
        ]
        assert len(got) == 7


def test_jsonl_stream_errors_count_the_same(tmp_path):
    from marsad.io.sources import iter_jsonl_stream

    got = list(iter_jsonl_stream(io.BytesIO(_jsonl()), "feed.jsonl"))
    bad = [(a.source, a.problems[0].message) for a in got if not a.ok]
    assert [s for s, _ in bad] == ["feed.jsonl#3", "feed.jsonl#6"]
    assert bad[0][1] == (
        "invalid JSON on line 5 (record #3: lines count from 1, records from 0 as in source names): "
        "Expecting property name enclosed in double quotes (char 19)"
    )


def test_quotes_count_shows_the_entity_by_its_commonest_spelling(tmp_path):
    import sqlite3

    from typer.testing import CliRunner

    import marsad.cli.quotes  # noqa: F401 - registers the command
    from marsad.cli.app import app
    from marsad.store.ingest import ingest

    src = tmp_path / "in"
    src.mkdir()
    for i, name in enumerate(("دونالد ترامب", "دونالد ترامب", "دونالد ترمب")):
        (src / f"{i}.txt").write_text(
            f"خبر {i}\n\nقال الرئيس الأمريكي {name} يوم الأحد إن المحادثات ستستمر حتى نهاية الأسبوع.\n",
            encoding="utf-8",
        )
    db = tmp_path / "s.db"
    ingest([src], db)
    keys = {k for (k,) in sqlite3.connect(db).execute("SELECT key FROM entity_registry WHERE type = 'PER'")}
    assert keys == {"PER:دونالد ترمب"}  # the curated key, a spelling of one article of three
    r = CliRunner().invoke(app, ["quotes", "--db", str(db), "--count"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].split() == [
        "3", "دونالد", "ترامب", "[PER:", "دونالد", "ترامب]", "(also:", "دونالد", "ترمب", "×1)"
    ]  # fmt: skip
    r = CliRunner().invoke(app, ["quotes", "--db", str(db), "--count", "--json"])
    (group,) = [json.loads(line) for line in r.output.splitlines()]
    assert (group["key"], group["entity"], group["quotes"]) == ("PER:دونالد ترمب", "دونالد ترامب", 3)
