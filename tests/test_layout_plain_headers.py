"""Plain-text header lines above the title (new-user report nu22, item 2): a relative time, a
byline, an outlet's name or a writer's credit is no title; a title closed by ``- DATE`` keeps its
words and gives the date; a first paragraph is no title. Sentences are our own."""

from __future__ import annotations

import pytest

import marsad
from marsad.layout.dateline import (
    find_byline_line,
    find_place_date_line,
    find_writer_credit_line,
    is_outlet_line,
)
from marsad.layout.header import is_relative_time_line, split_title_date
from marsad.layout.segment import segment
from marsad.model import Article

TITLE = "وزارة الصحة تطلق حملة تطعيم في المدارس"
LEAD = "أطلقت وزارة الصحة صباح الأحد حملة تطعيم واسعة في المدارس الحكومية بمشاركة مئات الأطباء."
BODY = "وقال المتحدث باسم الوزارة إن الحملة ستستمر أسبوعين."


def seg(text: str) -> Article:
    a = Article(text=text, source="t.txt", fmt="text")
    segment(a)
    return a


def kinds(a: Article) -> list[tuple[str, str]]:
    return [(b.kind, a.text[b.start : b.end]) for b in a.blocks]


RELATIVE = ["منذ ساعتين", "قبل 5 دقائق", "منذ 3 أيام", "اليوم 10:30 ص", "أمس الساعة 9 مساء", "2 hours ago", "قبل ساعة"]


@pytest.mark.parametrize("line", RELATIVE)
def test_relative_time_line_above_the_title_is_no_title(line):
    a = marsad.parse(f"{line}\n{TITLE}\n{LEAD}\n{BODY}\n", fmt="text")
    assert a.span_text(a.title) == TITLE
    assert kinds(a)[:2] == [("meta", line), ("title", TITLE)]
    assert a.meta["date_relative"] == line
    assert "relative-date" in {p.code for p in a.problems}
    # relative to when the page was shown or saved, which the text does not say: no publication time
    assert a.published is None


def test_relative_time_line_under_the_title():
    a = seg(f"{TITLE}\nمنذ ساعتين\n{LEAD}\n{BODY}\n")
    assert kinds(a)[:3] == [("title", TITLE), ("meta", "منذ ساعتين"), ("lead", LEAD)]
    assert [p.code for p in a.problems].count("relative-date") == 1
    segment(a)  # segmenting again adds no second warning
    assert [p.code for p in a.problems].count("relative-date") == 1


@pytest.mark.parametrize(
    "line",
    ["منذ ساعتين", "قبل 5 دقائق", "اليوم 10:30 ص", "أمس الساعة 9 مساء", "اليوم", "5 minutes ago", "yesterday at 10:30"],
)
def test_is_relative_time_line(line):
    assert is_relative_time_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "اليوم العالمي للمرأة",  # a headline that opens with اليوم
        "منذ عام 2011",  # an explicit year: a date, not a relative stamp
        "الأحد 20 أبريل 2024",  # a header line (a date), read by is_header_line
        "منذ ساعتين وزير الخارجية يصل",
        "قال اليوم",
        "الجزيرة نت",
    ],
)
def test_is_not_relative_time_line(line):
    assert not is_relative_time_line(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("كتب: محمد علي", "محمد علي"),
        ("بقلم أحمد سالم", "أحمد سالم"),
        ("كتبت - منى خليل", "منى خليل"),
        ("ترجمة: سامي الحسن", "سامي الحسن"),
        ("By John Smith", "John Smith"),
    ],
)
def test_byline_line_above_the_title(line, names):
    a = seg(f"{line}\n{TITLE}\n{LEAD}\n")
    assert a.span_text(a.title) == TITLE
    assert a.span_text(a.byline) == names
    assert kinds(a)[0] == ("byline", line)


def test_byline_line_near_misses():
    for line in [
        "كتب الوزير رسالة إلى البرلمان.",
        "كتب الوزير رسالة إلى البرلمان",
        "By the way this is not a name",
        "تقرير عن الحملة",
        "تقرير: العراق يواجه أزمة مياه",  # a headline after a role word and a colon
        "حوار: وزير الخارجية",
    ]:
        assert find_byline_line(line, 0, len(line)) is None, line


def test_outlet_line_above_the_title():
    a = seg(f"الجزيرة نت\n{TITLE}\n{LEAD}\n")
    assert a.span_text(a.title) == TITLE
    assert kinds(a)[0] == ("byline", "الجزيرة نت")
    assert a.span_text(a.byline) == "الجزيرة نت"
    # an unknown name has the shape of a short headline: not an outlet line
    assert not is_outlet_line("زلزال في تركيا", 0, len("زلزال في تركيا"))


def test_outlet_then_writer_byline_keeps_the_writer():
    a = seg(f"الجزيرة نت\nكتب: محمد علي\n{TITLE}\n{LEAD}\n")
    assert a.span_text(a.title) == TITLE
    assert a.span_text(a.byline) == "محمد علي"


def test_place_and_writer_credit_above_the_title():
    a = seg(f"القاهرة- أحمد سالم\n{TITLE}\n{LEAD}\n")
    assert a.span_text(a.title) == TITLE
    assert a.span_text(a.dateline) == "القاهرة"
    assert a.span_text(a.byline) == "أحمد سالم"
    assert kinds(a)[0] == ("dateline", "القاهرة- أحمد سالم")


def test_place_and_headline_is_no_writer_credit():
    line = "بيروت - انفجار ضخم"  # a place, then two words that open with no given name
    assert find_writer_credit_line(line, 0, len(line)) is None
    a = seg(f"{line}\n{LEAD}\n{BODY}\n")
    assert a.span_text(a.title) == line


def test_title_closed_by_its_date():
    text = "الأمم المتحدة تحذر من مجاعة في اليمن - 12 مارس 2019\nحذرت الأمم المتحدة اليوم من مجاعة وشيكة في اليمن.\n"
    a = marsad.parse(text, fmt="text")
    assert a.span_text(a.title) == "الأمم المتحدة تحذر من مجاعة في اليمن"
    assert ("header", "12 مارس 2019") in kinds(a)
    assert a.dateline is None
    assert a.published is not None and a.published.value.local == "2019-03-12"


def test_split_title_date_near_misses():
    for line in [
        "الرياض - 12 مارس 2019",  # one word before the dash: a dateline line's job
        "قمة الرياض - نتائج وتوقعات",  # no date after the dash
        "الأمم المتحدة تحذر من مجاعة في اليمن 12 مارس 2019",  # no separator
    ]:
        assert split_title_date(line, 0, len(line)) is None, line
    line = "انتخابات البلدية | 2024-03-24T10:15:00+01:00"
    assert split_title_date(line, 0, len(line)) == (len("انتخابات البلدية"), split_title_date(line, 0, len(line))[1])


def test_place_then_headline_then_date_is_no_dated_dateline():
    line = "الأمم المتحدة تحذر من مجاعة في اليمن - 12 مارس 2019"
    assert find_place_date_line(line, 0, len(line)) is None
    ok = "بيروت، 24 آذار 2024، الساعة 11:05 مساءً بتوقيت بيروت"
    found = find_place_date_line(ok, 0, len(ok))
    assert found is not None and ok[found.dateline.start : found.dateline.end] == "بيروت"


def test_body_only_text_has_no_title():
    first = (
        "أعلنت وزارة الصحة صباح الأحد إطلاق حملة تطعيم واسعة في المدارس الحكومية بمشاركة مئات "
        "الأطباء والممرضين في مختلف المحافظات."
    )
    a = seg(f"{first}\n{BODY}\n")
    assert a.title is None
    assert kinds(a)[0] == ("lead", first)
    assert "no-title" in {p.code for p in a.problems}


@pytest.mark.parametrize(
    "title",
    [
        "اليوم العالمي للمرأة: احتفالات في العواصم العربية",  # opens with اليوم
        # a long question title (16 words, ending ؟) and a teaser ending with ...: still titles
        "هل تنجح الحكومة الجديدة في إقناع البرلمان بخطة الإصلاح الاقتصادي قبل نهاية العام الحالي أم لا؟",
        "الحكومة تعلن خطة جديدة للإصلاح الاقتصادي وتعد المواطنين بتحسن الأوضاع المعيشية قبل نهاية العام الحالي...",
        "زلزال في تركيا",
    ],
)
def test_real_titles_stay_titles(title):
    a = seg(f"{title}\n{LEAD}\n{BODY}\n")
    assert a.span_text(a.title) == title
    assert kinds(a)[0] == ("title", title)


def test_header_date_line_then_title_unchanged():
    a = seg(f"20-04-2024 01:18 AM بتوقيت القدس المحتلة\n{TITLE}\n{LEAD}\n")
    assert kinds(a)[:2] == [("header", "20-04-2024 01:18 AM بتوقيت القدس المحتلة"), ("title", TITLE)]
    assert a.byline is None and a.dateline is None


@pytest.mark.parametrize(
    "line,dateline,byline",
    [
        # given names the entities gazetteer lacks, tokens of Wikidata person names (task trail23)
        ("العربية.نت - إسلام سيف", None, "العربية.نت - إسلام سيف"),  # outlet and writer: one byline
        ("القاهرة - أشرف عبدالحميد", "القاهرة", "أشرف عبدالحميد"),
        ("دبي - رانيا منصور", "دبي", "رانيا منصور"),
    ],
)
def test_writer_credit_with_a_wikidata_given_name(line, dateline, byline):
    a = seg(f"{line}\n{TITLE}\n{LEAD}\n")
    assert a.span_text(a.title) == TITLE
    assert (a.span_text(a.dateline) if a.dateline else None) == dateline
    assert a.span_text(a.byline) == byline


@pytest.mark.parametrize(
    "line",
    [
        "كاراسكو لـ\"العربية\": ريال مدريد سرق حلمي",  # ريال is a name token, سرق a verb
        "بيروت - مايا تفوز بالجائزة",  # a name token, then a verb: a headline
    ],
)
def test_headline_opening_with_a_wikidata_name_token_is_no_credit(line):
    assert find_writer_credit_line(line, 0, len(line)) is None
    a = seg(f"{line}\n{LEAD}\n{BODY}\n")
    assert a.span_text(a.title) == line


def test_identifier_line_above_the_title_is_meta():
    uid = "8f3c6211-7e64-4bd6-9d15-e0c3280c1d9e"  # a record id saved above a column's title
    a = seg(f"{uid}\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert kinds(a)[:2] == [("meta", uid), ("title", TITLE)]
    # a hexadecimal id of 24+ digits too; a short number or a word of Latin letters is no identifier
    a = seg(f"5b1e9f0c2a7d4e3f8a6b9c0d\n{TITLE}\n{LEAD}\n")
    assert a.span_text(a.title) == TITLE
    a = seg(f"2024\n{LEAD}\n{BODY}\n")
    assert kinds(a)[0] != ("meta", "2024")


@pytest.mark.parametrize(
    "title",
    [
        "هل تنجح خطة الحكومة في خفض الأسعار؟",
        "مصنع صغير يهزم شركة عملاقة في المحكمة!",
        "انخفاض مفاجئ في أسعار النفط.. ما السبب؟",
    ],
)
def test_question_or_exclamation_title_after_an_agency_dateline(title):
    a = seg(f"باريس - رويترز\n{title}\n{LEAD}\n{BODY}\n")
    assert kinds(a)[0] == ("dateline", "باريس - رويترز")
    assert a.span_text(a.title) == title
    # a wire story without a title: the line closed by a full stop is the lead, as before
    a = seg(f"باريس - رويترز\n{LEAD}\n{BODY}\n")
    assert a.title is None
    assert ("lead", LEAD) in kinds(a)


def test_one_sentence_lead_of_eight_words_or_more_is_no_title():
    """ANT v2.1 + SaudiNewsNet: 5 of 62,555 titles end with a single full stop, 1 after more than
    7 words; a body-only text's first sentence of 8–15 words is its lead."""
    first = "أحرق مسلحون مجهولون مساء الجمعة مطابع صحيفة محلية في مدينة عدن."  # 10 words
    a = seg(f"{first}\n{BODY}\n")
    assert a.title is None
    assert kinds(a)[0] == ("lead", first)
    short = "لا أنت إلا أنت."  # a title of four words closed by a full stop stays a title
    a = seg(f"{short}\n{LEAD}\n{BODY}\n")
    assert a.span_text(a.title) == short


def test_associated_press_spellings_are_agencies():
    for line in ("القاهرة - الأسوشيتد برس", "ستوكهولم - أسوشييتد برس"):
        a = seg(f"{line}\n{TITLE}\n{LEAD}\n")
        assert a.span_text(a.title) == TITLE, line
        assert kinds(a)[0] == ("dateline", line)
