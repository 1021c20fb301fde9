"""Same story must rest on the articles' content, not on a shared footer (eighth new-user report,
finding 2 and its Appendix A: an oil-price brief and a football result sharing a 75-word agency
footer were linked at Jaccard 0.70, and search then hid the football result)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.search  # noqa: F401
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app
from marsad.stories import open_store, update_stories
from marsad.stories.shingles import body_shingles, shared_outside_last, shingle_hashes, words_of

runner = CliRunner()

BASE = (
    "وقال وزير الخارجية السعودي الأمير فيصل بن فرحان في مؤتمر صحفي في الرياض إن المملكة تدعم كل "
    "الجهود الرامية إلى وقف إطلاق النار في غزة وإيصال المساعدات الإنسانية إلى السكان المدنيين دون "
    "قيود. وأضاف أن الاجتماع الوزاري العربي الإسلامي ناقش الخطوات المقبلة للتحرك الدبلوماسي في مجلس "
    "الأمن الدولي والجمعية العامة للأمم المتحدة. وأشار إلى أن الوفد سيزور عددا من العواصم الأوروبية "
    "خلال الأسبوع المقبل لشرح الموقف العربي."
)
FOOTER_TEXT = (
    "وكالة الأنباء الدولية هي وكالة مستقلة تأسست عام 1990 وتقدم خدماتها الإخبارية باللغات العربية "
    "والإنجليزية والفرنسية إلى أكثر من خمسمئة مشترك حول العالم، وتلتزم بمعايير المهنية والدقة والحياد "
    "في نقل الأخبار والمعلومات، ولها مكاتب في أكثر من ثلاثين عاصمة عربية وأجنبية، ويعمل فيها أكثر من "
    "ألف صحفي ومصور ومحرر. جميع الحقوق محفوظة ولا يجوز إعادة النشر دون إذن مكتوب من الوكالة."
)
HEAD = "12-11-2023 {} بتوقيت الرياض\n\n"
OIL = "ارتفاع أسعار النفط\n\nارتفعت أسعار النفط اليوم بنسبة اثنين في المئة بعد قرار أوبك خفض الإنتاج."
FOOTBALL = "فوز الهلال على النصر\n\nفاز فريق الهلال على النصر بثلاثة أهداف مقابل هدف في الدوري السعودي."


def _files(footer: str) -> dict[str, str]:
    return {
        "s1.txt": HEAD.format("10:00") + "فيصل بن فرحان: ندعم وقف إطلاق النار في غزة\n\n" + BASE + "\n",
        "s2.txt": HEAD.format("10:05")
        + "فيصل بن فرحان: ندعم وقف إطلاق النار في غزة\n\n"
        + BASE.replace("عددا من", "عدة")
        + "\n",
        "s3.txt": HEAD.format("11:00")
        + "وزير الخارجية: المملكة تدعم وقف النار\n\n"
        + BASE.replace("السعودي", "")
        + "\n",
        "b1.txt": HEAD.format("10:00") + OIL + "\n\n" + footer + "\n",
        "b2.txt": HEAD.format("12:00") + FOOTBALL + "\n\n" + footer + "\n",
    }


def _store(tmp_path: Path, footer: str) -> tuple[Path, dict[str, int]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _files(footer).items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--core"])
    assert r.exit_code == 0, r.output
    conn = sqlite3.connect(db)
    ids = {Path(s.split("::")[-1]).name: i for s, i in conn.execute("SELECT source, id FROM articles")}
    conn.close()
    conn = open_store(db)
    try:
        update_stories(conn)
        pairs = {
            (a, b): j for a, b, j in conn.execute("SELECT article_id, other_id, jaccard FROM story_pairs")
        }
    finally:
        conn.close()
    names = {v: k for k, v in ids.items()}
    return db, {
        (names[a], names[b]) if names[a] < names[b] else (names[b], names[a]): j
        for (a, b), j in pairs.items()
    }


@pytest.mark.parametrize(
    "footer",
    [
        "عن الوكالة: " + FOOTER_TEXT,  # the report's footer: boilerplate ("about"), out of the prose
        FOOTER_TEXT,  # the same without its label: no rule knows it; the body-share test stops it
    ],
    ids=["labelled", "unlabelled"],
)
def test_shared_footer_does_not_link_unrelated_briefs(tmp_path, footer):
    db, pairs = _store(tmp_path, footer)
    assert ("b1.txt", "b2.txt") not in pairs
    # the three versions of the minister's story are still one story
    assert set(pairs) == {("s1.txt", "s2.txt"), ("s1.txt", "s3.txt"), ("s2.txt", "s3.txt")}
    r = runner.invoke(app, ["search", "النفط OR الهلال", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    hits = json.loads(r.output)
    assert hits["total"] == 2
    assert sorted(h["title"] for h in hits["hits"]) == ["ارتفاع أسعار النفط", "فوز الهلال على النصر"]


def test_labelled_footer_is_recorded_as_boilerplate():
    import marsad

    a = marsad.parse((HEAD.format("10:00") + OIL + "\n\nعن الوكالة: " + FOOTER_TEXT + "\n").encode())
    assert [(r.kind, r.what) for r in a.removed] == [("boilerplate", "about")]
    assert [a.span_text(b) for b in a.blocks if b.kind in ("lead", "body")] == [OIL.split("\n\n")[1]]


def test_shared_outside_last_values():
    text = "ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.\n" + FOOTER_TEXT
    cut = text.index("\n")
    blocks = [(0, cut, "lead"), (cut + 1, len(text), "body")]
    other = "فاز فريق الهلال على النصر بثلاثة أهداف مقابل هدف.\n" + FOOTER_TEXT
    ocut = other.index("\n")
    oblocks = [(0, ocut, "lead"), (ocut + 1, len(other), "body")]
    a = shingle_hashes(words_of(text.replace("\n", " ")), 5)
    b = shingle_hashes(words_of(other.replace("\n", " ")), 5)
    share = shared_outside_last(a, body_shingles(text, blocks, 5), b, body_shingles(other, oblocks, 5))
    assert share == 0  # the two leads share no 5-word run
    # one block: the whole prose is the body
    assert np.array_equal(body_shingles(text, blocks[:1], 5), shingle_hashes(words_of(text[:cut]), 5))
    assert shared_outside_last(a, a, a, a) == len(a)
    empty = np.zeros(0, dtype=np.uint64)
    assert shared_outside_last(a, a, empty, empty) == 0
