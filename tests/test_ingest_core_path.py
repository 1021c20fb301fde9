"""The issue-2 core path (`marsad ingest --core`): what it loads, which files it writes to, and
layout rules found while measuring it on ANT v2.1."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app
from marsad.pipeline import CORE_STAGES, parse
from marsad.store.db import Store, StoreError
from marsad.store.ingest import ingest

runner = CliRunner()

#: A France 24 style record written for this test: related-story links ("for more: <title>")
#: between paragraphs, with the separators France 24 uses (``:``, ``-``, ``،``, ``..``), one closing
#: the text, and a prose line that starts with the same word but is a sentence.
FRANCE24_RECORD = """<DOC>
<DOCNO>FR-test-1-20180520</DOCNO>
<URL>http://www.france24.com/ar/test</URL>
<SRC>france24</SRC>
<CAT>culture</CAT>
<TITLE>مهرجان السينما يختتم دورته بجائزة لفيلم عربي</TITLE>
<TIME>Sun, 20 May 2018 05:42:43 GMT</TIME>
<AUTHOR>فرانس 24</AUTHOR>
<TEXT>
اختتم مهرجان السينما مساء السبت دورته الحادية والسبعين بمنح جائزة لجنة التحكيم لفيلم عربي طويل.
للمزيد: المهرجان يفتتح دورته بفيلم عن الهجرة
وقالت المخرجة في مؤتمر صحافي إنها تأمل أن يفتح الفيلم نقاشا واسعا حول أطفال الشوارع.
للمزيد - هل تفوز السينما العربية بالسعفة الذهبية هذا العام
وأضافت أن الفيلم صور في ستة أشهر بمشاركة ممثلين غير محترفين من لبنان وسوريا.
للمزيد، مدينة القدس من أسطحها
للمزيد من التفاصيل عن الفيلم عاد فريق العمل إلى بيروت صباح الأحد بعد الحفل.
ويعرض الفيلم في الصالات الفرنسية اعتبارا من الشهر المقبل بحسب الموزع.
للمزيد.. المخرجة تهدي جائزتها إلى بلدها
</TEXT>
</DOC>
"""


def test_core_ingest_does_not_import_the_entities_or_quotes_modules(tmp_path):
    code = (
        "import sys\n"
        "from marsad.pipeline import CORE_STAGES, annotate, stages\n"
        "from marsad.model import Article\n"
        "assert [n for n, _ in stages(CORE_STAGES)] == list(CORE_STAGES)\n"
        "annotate(Article(text='الرياض - واس\\n\\nأعلن الوزير اليوم عن خطة جديدة.'), only=CORE_STAGES)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('marsad.entities', 'marsad.quotes'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_stages_in_pipeline_order_and_filtered():
    from marsad.pipeline import stages

    assert [n for n, _ in stages()] == [
        "layout.segment", "layout.dedup", "text", "time", "entities", "quotes",
    ]  # fmt: skip
    assert [n for n, _ in stages(("time", "layout.segment"))] == ["layout.segment", "time"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_refuses_another_applications_sqlite_file_and_leaves_it_untouched(tmp_path):
    other = tmp_path / "contacts.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE people (name TEXT, phone TEXT)")
    con.execute("INSERT INTO people VALUES ('Salma', '0100')")
    con.commit()
    con.close()
    before = _sha(other)
    with pytest.raises(
        StoreError, match=r"contacts\.db is an SQLite database but not a Marsad store \(its tables: people\)"
    ):
        Store(other)
    with pytest.raises(StoreError, match="not a Marsad store"):
        Store(other, create=False)
    assert _sha(other) == before  # not even switched to WAL
    assert not (tmp_path / "contacts.db-wal").exists()
    # a table named like Marsad's is not enough
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a Marsad store"):
        Store(other)


def test_ingest_command_refuses_an_unrelated_sqlite_file_with_one_line(tmp_path):
    other = tmp_path / "app.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE settings (k TEXT, v TEXT)")
    con.commit()
    con.close()
    src = tmp_path / "fr.txt"
    src.write_text(FRANCE24_RECORD, encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(src), "--db", str(other), "--core"])
    assert r.exit_code != 0
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert (
        len(lines) == 1 and "is an SQLite database but not a Marsad store (its tables: settings)" in lines[0]
    )
    assert {r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")} == {"settings"}


def test_empty_file_and_existing_store_are_accepted(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    src = tmp_path / "fr.txt"
    src.write_text(FRANCE24_RECORD, encoding="utf-8")
    assert ingest([src], empty, only=CORE_STAGES).stored == 1
    again = ingest([src], empty, only=CORE_STAGES)  # a Marsad store now: opened, nothing added
    assert (again.stored, again.already_present) == (0, 1)


def test_france24_related_story_lines_are_meta_not_subheadings():
    a = parse(FRANCE24_RECORD.encode("utf-8"), source="FR-test-1.txt")
    kinds = {a.text[b.start : b.end]: b.kind for b in a.blocks}
    related = [t for t in kinds if t.startswith("للمزيد") and "التفاصيل" not in t]
    assert len(related) == 4
    assert {kinds[t] for t in related} == {"meta"}  # like 'اقرأ أيضا: …': a link, not prose
    prose = "للمزيد من التفاصيل عن الفيلم عاد فريق العمل إلى بيروت صباح الأحد بعد الحفل."
    assert kinds[prose] == "body"
    assert [b.kind for b in a.blocks if b.kind in ("lead", "body", "subheading")] == ["lead"] + ["body"] * 4
    assert not any(
        "للمزيد" in a.text[s.start : s.end] and "التفاصيل" not in a.text[s.start : s.end] for s in a.sentences
    )


def test_generated_row_builders_give_the_generic_rows(seed_article):
    from marsad.store import db as store_db

    article = seed_article  # marsad.parse: every stage ran
    compared = 0
    for mapper in store_db._MAPPERS:
        items = getattr(article, mapper.table.attr)
        fast = mapper.fast
        assert fast is not None  # no table has extra fields today
        try:
            mapper.fast = None
            generic = mapper.rows(3, items)
        finally:
            mapper.fast = fast
        # the generated rows leave out ``extra`` (always NULL without extra fields), and so does
        # the mapper's INSERT: the same values stored
        assert all(row[-1] is None for row in generic)
        assert mapper.rows(3, items) == [row[:-1] for row in generic]
        assert mapper.insert_sql.count("?") == len(generic[0]) - 1 if generic else True
        assert '"extra"' not in mapper.insert_sql
        compared += len(items)
    assert compared > 40
    assert store_db._fields_json({"TITLE": article.title, "date_x": article.title}) == (
        f'{{"TITLE":[{article.title.start},{article.title.end}],"date_x":[{article.title.start},{article.title.end}]}}'
    )
    assert store_db._fields_json({"عنوان": article.title}) == store_db._to_json(
        {"عنوان": [article.title.start, article.title.end]}
    )


def test_every_inline_trailer_pattern_contains_one_of_its_prefilter_words():
    from marsad.layout.rules import INLINE_TRAILER_PATTERNS, INLINE_TRAILER_WORDS

    assert all(any(w in p for w in INLINE_TRAILER_WORDS) for p in INLINE_TRAILER_PATTERNS)


def test_matches_at_gives_finditer_matches():
    import re

    from marsad.text.scan import char_positions, literal_positions, matches_at

    text = "قال #وزير_النقل اليوم: ١٢ 1234567 و#سوريا، C#x &#39; ＃مصر 11:07 و12:3:45"
    for pattern, starts in (
        (re.compile(r"[0-9][0-9]{0,3}"), char_positions(text, "0123456789")),
        (re.compile(r"(?<![\w&/#＃])[#＃]\w+"), char_positions(text, "#＃")),
        (re.compile(r"اليوم|قال"), literal_positions(text, ("اليوم", "قال"))),
    ):
        assert [m.span() for m in matches_at(pattern, text, starts)] == [
            m.span() for m in pattern.finditer(text)
        ]
    assert [m.group() for m in matches_at(re.compile(r"[0-9]{1,4}"), text, char_positions(text, "0123456789"))] == [
        "1234", "567", "39", "11", "07", "12", "3", "45",
    ]  # fmt: skip
