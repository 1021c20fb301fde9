"""The nineteenth session's new-user findings outside the quotes rules (nu31 leftovers and nu32,
2026-12-02)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.quotes  # noqa: F401
from marsad.cli.app import app

runner = CliRunner()

MINISTRY = (
    "الرياض - واس\nأعلنت وزارة الداخلية أنها ألقت القبض على خلية إرهابية في المنطقة الشرقية. "
    "وقالت الوزارة إن التحقيقات مستمرة مع الموقوفين."
)


def _store(tmp_path: Path) -> Path:
    src = tmp_path / "2015-08-11.json"
    rec = {"source": "spa", "url": "http://spa.gov.sa/1", "date_extracted": "2015-08-11 18:43:53",
           "title": "القبض على خلية إرهابية", "author": "", "content": MINISTRY}
    src.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    return db


def test_speaker_with_a_country_the_article_leaves_implicit_gets_a_hint(tmp_path):
    # nu31: --speaker "وزارة الداخلية السعودية" found nothing, silently, beside 18 quotes of
    # "وزارة الداخلية"; the stored speaker is what the article writes
    db = _store(tmp_path)
    for extra in ([], ["--count"]):
        r = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "وزارة الداخلية السعودية", *extra])
        assert r.exit_code == 0
        assert "no quotes found for 'وزارة الداخلية السعودية'; 2 by 'وزارة الداخلية'" in r.output
        assert "try --speaker 'وزارة الداخلية'" in r.output
    r = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "وزارة الداخلية"])
    assert r.output.count("وزارة الداخلية (indirect") == 2


def test_no_hint_when_the_last_word_is_no_nisba_or_nothing_is_found(tmp_path):
    db = _store(tmp_path)
    r = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "وزارة الخارجية الأمريكية"])
    assert r.output.strip() == "no quotes found"
    r = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "وزارة الداخلية وزيرها"])
    assert r.output.strip() == "no quotes found"


def test_verify_after_a_kill_with_entities_not_yet_indexed_is_a_note(tmp_path, monkeypatch):
    """nu32: after a killed ingest, `verify` noted the index behind the store and then printed BROKEN
    for the entity filters (their rows of the unindexed articles) and exited 1; one search later
    all was ok. The filters of the articles the index holds are what must agree."""
    from marsad.search import index

    seed = Path(__file__).parent / "data" / "000_146a293be66b7c19.txt"
    db = tmp_path / "k.db"
    assert runner.invoke(app, ["ingest", str(seed), "--db", str(db), "-q"]).exit_code == 0
    monkeypatch.setattr(index, "after_commit", lambda conn, rows: None)  # the "kill"
    src = tmp_path / "new.txt"
    src.write_text("لقاء في دمشق\nقال الرئيس السوري بشار الأسد في دمشق إن الحل في سوريا سياسي.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "-q"]).exit_code == 0
    monkeypatch.undo()
    r = runner.invoke(app, ["verify", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "BROKEN" not in r.output
    assert "ok     search entity filters (person:/org:/place:) in sync" in r.output
    assert "entity rows of articles the index does not hold yet" in r.output
    assert r.output.rstrip().endswith("all checks passed")


def test_a_foreign_name_shaped_like_a_future_verb_is_no_tense_word():
    """nu32: ``ونبه … ستافان دي ميستورا المجتمع الدولي الثلاثاء`` in an article of Wednesday
    2018-04-25 gave the coming Tuesday: ``ستافان`` was read as ``س`` + an imperfect. A person-name
    token of the gazetteer is no future verb; a real one still is."""
    from datetime import date

    from marsad.time.expressions import find_time_expressions

    def day(text: str) -> str:
        return [x.value for x in find_time_expressions(text, date(2018, 4, 25)) if x.text == "الثلاثاء"][0]

    assert day("ونبه مبعوث الأمم المتحدة الخاص إلى سوريا ستافان دي ميستورا المجتمع الدولي الثلاثاء إلى كارثة.") == "2018-04-24"
    assert day("ونبه المبعوث الخاص ستيفان دي ميستورا المجتمع الدولي الثلاثاء إلى كارثة.") == "2018-04-24"
    assert day("وسيعقد المبعوث الخاص اجتماعا مع الوفود المعنية الثلاثاء في جنيف.") == "2018-05-01"


def test_the_three_spellings_of_chemical_find_each_other():
    """nu32: ``الكيماوي`` found 29 articles of a store where 183 wrote one of ``الكيماوي``,
    ``الكيميائي``, ``الكيمياوي`` (and their feminine forms): a journalist searches one word."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_search_variants import found, index_of

    conn = index_of("هجوم بالسلاح الكيماوي في الغوطة", "الأسلحة الكيميائية المحظورة", "استخدام غاز كيمياوي",
                    "منظمة حظر الأسلحة الكيماوية", "تقرير عن الاقتصاد")
    for query in ("الكيماوي", "الكيميائي", "الكيمياوي", "الكيماوية", "الكيميائية", "كيمياوية"):
        assert found(conn, query) == {1, 2, 3, 4}, query
    assert found(conn, "الاقتصاد") == {5}


def test_a_date_in_unix_milliseconds_gets_no_read_as_text_warning():
    """nu32: ``'date' is a number (1520244000000); read as text`` beside the correct reading as
    Unix milliseconds; the time stage's own warning says what was read."""
    import marsad

    rec = {"title": "عنوان الخبر", "date": 1520244000000, "content": "قال الوزير إن الاجتماع كان مثمرا."}
    art = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    assert art.published.value.utc == "2018-03-05T10:00:00+00:00"
    assert not [p for p in art.problems if p.code == "field-type"]
    assert "date field is a Unix time (milliseconds since 1970-01-01 UTC)" in art.published.value.warnings
    rec["author"] = 12
    art = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    assert [p.message for p in art.problems if p.code == "field-type"] == ["'author' is a number (12); read as text"]


def test_quotes_oldest_first_for_a_timeline(tmp_path):
    """nu32: a journalist building a timeline had only newest-first listings."""
    recs = [
        {"title": f"خبر {d}", "date": f"2018-04-{d:02d}T10:00:00+03:00",
         "content": f"قال وزير الخارجية إن المحادثات في اليوم {d} كانت بناءة ومثمرة."}
        for d in (12, 3, 25)
    ] + [{"title": "خبر بلا تاريخ", "content": "قال وزير الخارجية إن المحادثات بلا تاريخ كانت مفيدة."}]
    src = tmp_path / "t.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "-q"]).exit_code == 0

    def days(*extra):
        r = runner.invoke(app, ["quotes", "--db", str(db), "--json", *extra])
        return [(json.loads(x)["published"] or "-")[:10] for x in r.stdout.splitlines()]

    assert days() == ["2018-04-25", "2018-04-12", "2018-04-03", "-"]
    assert days("--oldest-first") == ["2018-04-03", "2018-04-12", "2018-04-25", "-"]
    assert days("--oldest-first", "--limit", "2") == ["2018-04-03", "2018-04-12"]


def test_a_format_control_after_the_cue_hides_no_speaker():
    """nu32: ``قال\\u200f الرئيس السوري بشار الأسد إن …`` gave no speaker (the mark glued to the cue);
    the zero-width non-joiner did the same. The quotes stage reads the controls as spaces, one for
    one, so every offset is still the raw text's; a span no longer starts with a mark."""
    import marsad

    for mark in ("\u200f", "\u200c", "\u200e", "\u202b", "\u2067", "\u061c", "\ufeff"):
        body = f"قال{mark} الرئيس السوري بشار الأسد إن الحل في سوريا سياسي ولا بديل عنه."
        art = marsad.parse("عنوان الخبر\n\n" + body + "\n")
        assert [(q.kind, q.speaker, q.cue_text) for q in art.quotes] == [("indirect", "بشار الأسد", "قال")], repr(mark)
        assert art.text[art.quotes[0].start : art.quotes[0].end] == "إن الحل في سوريا سياسي ولا بديل عنه"
    art = marsad.parse('عنوان الخبر\n\nوقال الوزير في تغريدة: "\u200fنشكر الأشقاء على وقوفهم معنا".\n')
    q = art.quotes[0]
    assert art.text[q.start : q.end] == "نشكر الأشقاء على وقوفهم معنا"
    assert "\u200f" in art.text  # the raw text is kept as it was


def test_the_envoy_word_mufid_is_a_role_before_a_name():
    """nu32: ``وقال موفد الأمم المتحدة إلى سوريا ستيفان دي ميستورا إن …`` kept the title as the
    speaker (France 24 writes ``موفد`` for the UN envoy), so ``--speaker 'دي ميستورا'`` missed his
    statements; ``مبعوث`` in the same place gave the name."""
    import marsad

    for role in ("موفد", "مبعوث"):
        art = marsad.parse(f"عنوان الخبر\n\nوقال {role} الأمم المتحدة إلى سوريا ستيفان دي ميستورا إن الوضع في إدلب خطير جدا.\n")
        assert [q.speaker for q in art.quotes] == ["ستيفان دي ميستورا"], role


def test_a_name_particle_alone_in_an_entity_filter_gets_a_note():
    """nu32: ``person:دي ميستورا`` silently became ``person:"دي"`` AND ``ميستورا``."""
    from marsad.search.query import parse

    assert parse("person:دي ميستورا").notes == [
        'person:دي takes one word: for a name of several words write person:"دي ميستورا"'
    ]
    assert parse("person:أبو مازن").notes == ['person:أبو takes one word: for a name of several words write person:"أبو مازن"']
    assert parse('person:"دي ميستورا"').notes == []
    assert parse("person:بوتين روسيا").notes == []  # a name and a word: as asked


def test_a_redirected_ingest_prints_plain_progress_lines(tmp_path, monkeypatch):
    """nu32: with stderr redirected no bar is drawn and a ten-minute ingest said nothing until its
    summary; it now prints one plain line a minute (here every call), none with --quiet."""
    import marsad.cli.ingest as ingest_cli

    monkeypatch.setattr(ingest_cli, "PROGRESS_LINE_S", -1.0)
    recs = [{"title": f"خبر رقم {i}", "content": f"قال الوزير إن الخبر رقم {i} مهم جدا للمنطقة."} for i in range(3)]
    src = tmp_path / "p.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "p.db")])
    assert r.exit_code == 0, r.output
    assert "ingest: 1 records read" in r.stderr and "ingest: 3 records read" in r.stderr
    r = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "q.db"), "-q"])
    assert "records read," not in r.stderr
