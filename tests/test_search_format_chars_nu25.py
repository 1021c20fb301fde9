"""A format character the search key deletes (soft hyphen, ZWSP, word joiner, BOM, NUL) inside a word
does not split it for search (hostile tester nu25: ``محمد الع<U+00AD>مري`` was two words, so
``العمري`` found nothing while ``person:العمري`` and ``quotes --speaker العمري`` found it)."""
from __future__ import annotations

import sqlite3

import pytest

from marsad.search.analyzer import analyze_text_compiled, analyze_text_python
from marsad.store.ingest import ingest

HIDDEN = ["\u00ad", "\u200b", "\u2060", "\ufeff", "\x00"]


@pytest.mark.parametrize("ch", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_one_word_in_both_analysis_paths(ch):
    text = f"قال محمد الع{ch}مري إن الاجتماع انتهى"
    assert analyze_text_python(text)[0] == "قال محمد العمري ان الاجتماع انتهى"
    assert analyze_text_compiled(text) == analyze_text_python(text)


def test_search_finds_the_word(tmp_path):
    from marsad.search.index import run_query

    (tmp_path / "a.txt").write_text("اجتماع الوزراء\n\nقال محمد الع\u00adمري إن الاجتماع انتهى بنجاح كبير.\n",
                                    encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([tmp_path / "a.txt"], db)
    conn = sqlite3.connect(db)
    try:
        assert run_query(conn, "العمري").total == 1
        assert run_query(conn, '"محمد العمري"').total == 1
    finally:
        conn.close()
