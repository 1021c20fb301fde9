"""A NUL character in an article's text before a quotation: ``marsad quotes`` lists the quotation's
text, not an empty string (hostile-tester report rob23 item 8: SQLite's ``substr`` stops at the NUL;
``quotes.store.query_quotes`` slices the text in Python when the lengths disagree)."""

from __future__ import annotations

import sqlite3

from marsad.quotes.store import query_quotes
from marsad.store.ingest import ingest

TEXT = "عنوان خبر فيه أصفار\n\nقال وزير الخارجية\x00 الأردني أيمن الصفدي يوم الأحد إن المحادثات مع الجانب المصري مستمرة في القاهرة.\n"


def test_a_nul_before_the_quote_keeps_its_text(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nul.txt").write_bytes(TEXT.encode("utf-8"))
    db = tmp_path / "s.db"
    ingest([tmp_path / "in"], db)
    conn = sqlite3.connect(db)
    rows = query_quotes(conn)
    assert [r.text for r in rows] == ["إن المحادثات مع الجانب المصري مستمرة في القاهرة"]
    # the --speaker path reads the linked entity's columns after the ones the NUL fix added
    rows = query_quotes(conn, speaker="الصفدي")
    assert [r.speaker for r in rows] == ["أيمن الصفدي"]
