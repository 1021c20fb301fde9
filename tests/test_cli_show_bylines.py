"""``marsad show`` prints every byline block: the writer's credit and an agency credit after the
dateline (new-user report nu23 item 9: ``(رويترز)`` was stored as a second byline block but not shown)."""

from __future__ import annotations

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app
from marsad.store.ingest import ingest

TEXT = (
    "بقلم: سامي الخطيب\n"
    "وزير الطاقة يعلن خطة جديدة لخفض الاستهلاك\n"
    "الرياض - 12 مارس 2019 (رويترز)\n"
    "أعلن وزير الطاقة السعودي، خالد الفالح، اليوم الثلاثاء، خطة جديدة لخفض استهلاك الكهرباء بنسبة عشرة في المئة.\n"
)


def test_show_lists_the_writer_and_the_agency(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([tmp_path / "in"], db)
    r = CliRunner().invoke(app, ["show", "1", "--db", str(db)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    at = lines.index("Byline")
    assert [x.strip() for x in lines[at + 1 : at + 3]] == ["سامي الخطيب", "رويترز"]
