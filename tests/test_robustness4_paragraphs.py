"""Third new-user report, finding 15: paragraphs separated by runs of spaces, not newlines (ALA 108)."""

from __future__ import annotations

from marsad import settings
from marsad.pipeline import parse

GAP = "\xa0" * 12 + " \xa0 "  # ALA 108's separator: 16 characters, no-break spaces and spaces
PARAS = [
    "لوس أنجلوس - رويترز",
    "أقامت الممثلة الأميركية دعوى قضائية ضد المنتج السينمائي في محكمة المدينة يوم الاثنين.",
    "وتتهم الدعوى المدنية المنتج بالإضرار بمسيرتها الفنية بعد أن رفضت طلباته.",
    "وقالت الدعوى إن المنتج استغل سلطته في صناعة الترفيه للإضرار بسمعتها.",
    "ولم يتناول البيان الادعاءات الواردة في الدعوى.",
]


def _trec(text: str) -> str:
    return (
        "<DOC>\n<DOCNO>AL-culture-1-20180501</DOCNO>\n<TITLE>ممثلة تقاضي منتجا سينمائيا</TITLE>\n"
        f"<TIME>Tue, 01 May 2018 10:23:10 +0400</TIME>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n"
    )


def test_setting_is_ten() -> None:
    assert settings.PARAGRAPH_SPACE_RUN == 10


def test_space_runs_separate_paragraphs() -> None:
    a = parse(_trec(GAP.join(PARAS)), fmt="trec")
    kinds = [(b.kind, a.text[b.start : b.end]) for b in a.blocks if b.kind not in ("title", "header")]
    assert kinds == [
        ("dateline", "لوس أنجلوس - رويترز"),
        ("lead", PARAS[1]),
        ("body", PARAS[2]),
        ("body", PARAS[3]),
        ("body", PARAS[4]),
    ]
    assert [a.text[x.start : x.end] for x in a.sentences] == [
        "ممثلة تقاضي منتجا سينمائيا",
        *PARAS[1:],
    ]


def test_shorter_runs_in_lists_and_tables_stay_inside_the_paragraph() -> None:
    table = (
        "قائمة الترتيب: 1- الرومانية سيمونا هاليب"
        + "\xa0" * 7
        + "7965 نقطة 2- الدنماركية كارولين فوزنياكي"
        + "\xa0" * 6
        + " 6790 نقطة."
    )
    bullet = "•\xa0\xa0 \xa0تأكد من حصولك على آخر تحديث للمنصة."
    a = parse(_trec(table + "\n" + bullet), fmt="trec")
    assert [(b.kind, a.text[b.start : b.end]) for b in a.blocks if b.kind in ("lead", "body")] == [
        ("lead", table),
        ("body", bullet),
    ]


def test_plain_text_and_core_stages() -> None:
    text = "عنوان الخبر هنا\n\n" + GAP.join(PARAS[1:])
    a = parse(text)
    assert [a.text[b.start : b.end] for b in a.blocks if b.kind in ("lead", "body")] == PARAS[1:]
