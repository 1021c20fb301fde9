"""Third new-user report, finding 13: ``marsad export`` output ingested again round-trips."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app
from marsad.io.readers import read_records
from marsad.pipeline import annotate, parse_many

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner()

TREC = """<DOC>
<DOCNO>SKY-politics-1-20180412</DOCNO>
<URL>https://www.skynewsarabia.com/x</URL>
<SRC>skynews</SRC>
<TITLE>الرئيس يلتقي الوفد في العاصمة</TITLE>
<TIME>2018-04-12 10:30:00</TIME>
<AUTHOR>أبوظبي - سكاي نيوز عربية</AUTHOR>
<ABSTRACT>التقى الرئيس اليوم الوفد الزائر في العاصمة.</ABSTRACT>
<TEXT>
التقى الرئيس اليوم الوفد الزائر في العاصمة.
وقال المتحدث باسم الرئاسة: "اللقاء كان مثمرا".
وأضاف أن الجانبين بحثا التعاون الاقتصادي.
</TEXT>
</DOC>
"""


def _shape(d: dict) -> tuple:
    pub = d["published"] or {}
    return (
        d["title"],
        d["dateline"],
        d["hashtags"],
        [(b["kind"], b["display"]) for b in d["blocks"]],
        pub.get("local"),
        pub.get("utc"),
        pub.get("tz"),
        len(d["sentences"]),
    )


def test_export_records_read_back_with_the_same_structure() -> None:
    originals = [a.to_dict() for a in parse_many(TREC.encode(), source="sky.trec")]
    originals.append(
        next(
            parse_many(
                json.dumps(
                    {
                        "title": "عنوان",
                        "author": "كاتب",
                        "date": "2015-08-11 10:00",
                        "content": "الرياض - واس\n\nنص الخبر الأول.\n\nنص ثان.",
                    },
                    ensure_ascii=False,
                ).encode(),
                source="r.json",
            )
        ).to_dict()
    )
    line_data = "\n".join(json.dumps(d, ensure_ascii=False) for d in originals).encode()
    again = [annotate(a) for a in read_records(line_data, "export.jsonl")]
    assert [a.fmt for a in again] == ["trec", "json"]
    assert all(a.ok for a in again)
    assert [a.meta["exported_source"] for a in again] == ["sky.trec", "r.json"]
    assert [_shape(a.to_dict()) for a in again] == [_shape(d) for d in originals]
    # the TREC markup is not in the paragraphs
    assert not any("<DOCNO>" in b["display"] for b in again[0].to_dict()["blocks"])


def test_failed_record_in_an_export_is_a_clear_error() -> None:
    (orig,) = [a.to_dict() for a in parse_many(b"", source="empty.txt")]
    (a,) = read_records(json.dumps(orig).encode(), "export.jsonl")
    assert not a.ok and a.problems[-1].code == "export-failed"


def test_cli_export_then_ingest_round_trips(tmp_path: Path) -> None:
    db1, db2, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "export.jsonl"
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db1), "-q"]).exit_code == 0
    r = runner.invoke(app, ["export", "--db", str(db1), "--out", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["ingest", str(out), "--db", str(db2)])
    assert r.exit_code == 0, r.output
    assert "failed" not in r.output and "nothing could be read" not in r.output
    out2 = tmp_path / "export2.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db2), "--out", str(out2)]).exit_code == 0
    first = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    second = [json.loads(x) for x in out2.read_text(encoding="utf-8").splitlines()]
    assert len(first) == len(second) == 6
    assert [_shape(d) for d in second] == [_shape(d) for d in first]
    assert [d["format"] for d in second] == [d["format"] for d in first]
    assert [d["meta"]["exported_source"] for d in second] == [d["source"] for d in first]
