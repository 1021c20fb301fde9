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
