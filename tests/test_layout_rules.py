"""Unit tests, one rule at a time: hashtags, header lines, titles, sub-headings, trailers,
datelines and bylines (ANT AUTHOR values of each source, SaudiNewsNet authors and text
datelines), repeated blocks, the ANT ABSTRACT, title-only articles."""

from __future__ import annotations

import pytest

from marsad.layout.dateline import find_lead_dateline, parse_credit
from marsad.layout.dedup import jaccard, remove_repeated_blocks, shingles
from marsad.layout.hashtags import find_hashtags, remove_hashtag_marks, unique_hashtags
from marsad.layout.header import is_header_line
from marsad.layout.segment import segment
from marsad.model import Article
from test_layout_support import json_article, layout, lead_repeated, texts, trec_article

P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بسعة مئتي سرير لخدمة السكان."
P2 = "وقال الوزير في مؤتمر صحفي إن المشروع كلف نحو خمسين مليون دولار وسيفتح أبوابه الشهر المقبل."
P3 = "وأضاف أن الوزارة تعمل على توظيف ثلاثمئة طبيب وممرض من خريجي الجامعات المحلية هذا العام."
P4 = "ويأتي ذلك ضمن خطة حكومية لتحسين الخدمات الصحية في المحافظات البعيدة عن العاصمة."


def plain(text: str) -> Article:
    return layout(Article(text=text))


# --- hashtags -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, tags",
    [
        ("#لافروف: الجهود في #سوريا", ["لافروف", "سوريا"]),
        ("بعد #الاتفاق_النووي_الإيراني مباشرة", ["الاتفاق_النووي_الإيراني"]),
        ("مشهد من #سوريّا اليوم", ["سوريّا"]),
        ("افتتاح #مهرجان_كان السينمائي", ["مهرجان_كان"]),
        ("افتتاح #مهرجان\u200cكان السينمائي", ["مهرجان\u200cكان"]),
        ("فاز #الهلال_ على #النصر", ["الهلال", "النصر"]),  # trailing underscore is not the tag's
        ("برنامج #رامز_جلال2018 الجديد", ["رامز_جلال2018"]),
        ("الرقم #1 في العالم", []),  # a number sign, not a hashtag
        ("لغة C# والرمز &#39; والرابط page.html#top", []),
        ("#BBC_Arabic تقول", ["BBC_Arabic"]),
    ],
)
def test_hashtag_forms(text, tags):
    assert [h.tag for h in find_hashtags(text)] == tags


def test_hashtag_span_covers_mark_and_tag():
    text = "قال #لافروف اليوم"
    (h,) = find_hashtags(text)
    assert text[h.start : h.end] == "#لافروف"


def test_remove_hashtag_marks_keeps_underscores_and_other_hashes():
    assert remove_hashtag_marks("#لافروف: في #سوريا") == "لافروف: في سوريا"
    assert remove_hashtag_marks("#الاتفاق_النووي رقم #1") == "الاتفاق_النووي رقم #1"


def test_hashtags_from_title_and_body_all_occurrences_unique_in_order():
    a = plain(
        "#مصر تفوز على #تونس\n\nفي مباراة #كرة_القدم فازت #مصر على #تونس بهدفين مقابل هدف.\n\nوتأهل المنتخب."
    )
    assert [h.tag for h in a.hashtags] == ["مصر", "تونس", "كرة_القدم", "مصر", "تونس"]
    assert unique_hashtags(a) == ["مصر", "تونس", "كرة_القدم"]
    assert a.title_text == "مصر تفوز على تونس"


def test_unique_hashtags_compares_through_folding():
    a = plain("#سوريا اليوم\n\nصور من #سوريّا نشرت أمس على الشبكات.\n\nوانتشرت الصور.")
    assert unique_hashtags(a) == ["سوريا"]


# --- header lines and title -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "20-04-2024 01:18 AM بتوقيت القدس المحتلة",
        "20-04-2024 01:18 م بتوقيت مكة المكرمة",
        "Wed, 16 May 2018 15:25:37 +0400",
        "2017-01-20T21:43:00+01:00",
        "17/08/2016",
        "٢٠-٠٤-٢٠٢٤ ٠١:١٨ ص",
        "الأحد 20 أبريل 2024",
        "السبت، 20 أبريل 2024 - 01:18 م",
    ],
)
def test_header_lines(line):
    assert is_header_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "مقتل 7 جنود أمريكيين بتحطم مروحيتهم غرب العراق",
        "لافروف: الجهود الدولية السياسية في سوريا",
        "في 20 أبريل 2024 أعلنت الحكومة عن خطة جديدة لتطوير التعليم في البلاد كلها.",
    ],
)
def test_not_header_lines(line):
    assert not is_header_line(line)


def test_plain_text_without_header_line():
    a = plain(f"عنوان الخبر هنا\n\n{P1}\n\n{P2}")
    assert a.span_text(a.title) == "عنوان الخبر هنا"
    assert texts(a, "lead") == [P1] and texts(a, "body") == [P2]
    assert not any(b.kind == "header" for b in a.blocks)


@pytest.mark.parametrize("credit", ["الرياض - واس", "القاهرة – رويترز"])
def test_plain_wire_story_opening_with_an_agency_dateline_has_no_title(credit):
    # found by the first-user test: "الرياض - واس" was taken as the title and the lead as well
    lead = "أعلن وزير الخارجية أن المملكة ستستضيف قمة عربية طارئة الأسبوع المقبل."
    a = plain(f"{credit}\nالثلاثاء 23 أبريل 2024 - 10:30 م بتوقيت مكة المكرمة\n{lead}\n{P2}")
    assert a.title is None
    assert [b.kind for b in a.blocks] == ["dateline", "header", "lead", "body"]
    assert a.span_text(a.dateline) == credit
    assert texts(a, "lead") == [lead]


def test_plain_title_that_names_a_place_is_still_a_title():
    a = plain(f"الرياض تستضيف قمة عربية طارئة\n{P1}\n{P2}")
    assert a.span_text(a.title) == "الرياض تستضيف قمة عربية طارئة"


def test_plain_text_single_newlines_are_paragraphs():
    a = plain(f"عنوان الخبر هنا\n{P1}\n{P2}\n{P3}")
    assert len(a.body) == 3 and len(a.paragraphs) == 3


def test_plain_text_nbsp_only_lines_are_not_blocks():
    a = plain(f"عنوان الخبر هنا\n{P1}\n\u00a0\n.\n{P2}\n \u00a0 ")
    assert [b.kind for b in a.blocks] == ["title", "lead", "body"]


def test_spa_title_category_prefix_is_not_title():
    a = layout(json_article({"title": "عام / مهرجان تمور بريدة يواصل فعالياته", "content": P1}))
    assert a.span_text(a.title) == "مهرجان تمور بريدة يواصل فعالياته"


# --- sub-headings ---------------------------------------------------------------------------------


def test_subheading_is_short_line_without_final_punctuation_between_paragraphs():
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\nخطة لتوظيف الأطباء\n\n{P3}\n\n{P4}")
    assert texts(a, "subheading") == ["خطة لتوظيف الأطباء"]
    assert len(a.body) == 4


@pytest.mark.parametrize(
    "line",
    [
        "وتأهل المنتخب إلى الدور الثاني.",  # final period: a paragraph
        "وقال الوزير:",  # introduces what follows
        "- 2018: الرومانية سيمونا هاليب",  # list item
        "1- تحسين الخدمات الصحية",
        "ويأتي ذلك ضمن خطة حكومية واسعة لتحسين الخدمات الصحية في المحافظات البعيدة عن العاصمة بعد سنوات طويلة من الإهمال",
    ],
)
def test_not_subheading(line):
    a = plain(f"العنوان\n\n{P1}\n\n{line}\n\n{P3}")
    assert texts(a, "subheading") == []
    assert line in texts(a, "body")


def test_last_short_line_is_not_a_subheading():
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\nوالله الموفق")
    assert texts(a, "subheading") == []


def test_short_first_line_is_a_kicker_not_the_lead():
    a = layout(
        json_article(
            {"title": "عباس: منفتحون على الأفكار", "content": f" الرئيس الفلسطيني، محمود عباس\n{P1}\n {P2}"}
        )
    )
    assert texts(a, "subheading") == ["الرئيس الفلسطيني، محمود عباس"]
    assert texts(a, "lead") == [P1]


# --- trailers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "trailer",
    [
        "// انتهى //",
        "//انتهى//",
        "// يتبع //",
        "انتهى",
        "(رويترز)",
        "(أ ف ب)",
        "المصدر: وكالة الأنباء الألمانية",
        "فرانس24/ أ ف ب",
        "** جميع المقالات المنشورة تمثل رأي كتابها فقط.",
        "*نقلا عن الرياضية السعودية",
        "* خدمة «نيويورك تايمز»",
        "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي",
        "لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا...",
        "tariq@asharqalawsat.com",
        "رويترز",
    ],
)
def test_trailers(trailer):
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\n{trailer}")
    assert texts(a, "trailer") == [trailer]
    assert trailer not in texts(a, "body")


def test_spa_trailer_and_send_time():
    content = (
        f" الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n {P1}\n {P2}\n // انتهى //\n 20:26 ت م \n "
    )
    a = layout(json_article({"source": "was", "title": "عام / خبر", "content": content}))
    assert texts(a, "trailer") == ["// انتهى //", "20:26 ت م"]
    assert texts(a, "lead") == [P1] and texts(a, "body") == [P2]


def test_inline_trailer_split_from_last_paragraph():
    content = f" {P1}\n {P2} رابط الخبر بصحيفة الوئام: عنوان الخبر "
    a = layout(json_article({"title": "عنوان الخبر", "author": "الرياض - الوئام :", "content": content}))
    assert texts(a, "body") == [P2]
    assert texts(a, "trailer") == ["رابط الخبر بصحيفة الوئام: عنوان الخبر"]


def test_author_repeated_at_end_is_a_trailer():
    a = layout(trec_article("عنوان", f"{P1}\n{P2}\nطاهر هاني", author="طاهر هاني", src="france24"))
    assert texts(a, "trailer") == ["طاهر هاني"]


def test_trailer_in_the_middle_is_body():
    a = plain(f"العنوان\n\n{P1}\n\nالمصدر: رويترز\n\n{P2}")
    assert texts(a, "trailer") == []


def test_related_links_are_meta():
    a = layout(
        trec_article(
            "عنوان",
            f"{P1}\nقد يهمك| عبدالخالق عبدالله يكتب لـCNN: جمال خاشقجي الذي أعرفه\n{P2}\n-------------------",
            src="CNN",
        )
    )
    assert texts(a, "meta") == ["قد يهمك| عبدالخالق عبدالله يكتب لـCNN: جمال خاشقجي الذي أعرفه"]
    assert texts(a, "body") == [P2]
    assert not any("---" in a.span_text(b) for b in a.blocks)  # a separator line is no block


# --- datelines and bylines from credit fields -------------------------------------------------------


def credit(s: str) -> tuple[str | None, str | None]:
    c = parse_credit(s, 0, len(s))
    if c is None:
        return None, None
    dl = s[c.dateline.start : c.dateline.end] if c.dateline else None
    by = s[c.byline.start : c.byline.end] if c.byline else None
    return dl, by


@pytest.mark.parametrize(
    "author, dateline, byline",
    [
        # Al Arabiya
        ("دبي - العربية.نت", "دبي - العربية.نت", None),
        ("دبي ـ العربية.نت", "دبي ـ العربية.نت", None),
        # an agency or outlet with no place is the credit, the byline (first-user finding)
        ("العربية.نت", None, "العربية.نت"),
        ("القاهرة - أحمد الريدي", "القاهرة", "أحمد الريدي"),
        ("القاهرة- أحمد الريدي", "القاهرة", "أحمد الريدي"),
        ("القاهرة – خالد حسني", "القاهرة", "خالد حسني"),
        ("العربية.نت - إسلام سيف", None, "العربية.نت - إسلام سيف"),
        ("اليمن-إسلام سيف", "اليمن", "إسلام سيف"),
        ("لندن - رويترز", "لندن - رويترز", None),
        ("موسكو - د ب أ", "موسكو - د ب أ", None),
        ("ريو دي جانيرو - د ب أ", "ريو دي جانيرو - د ب أ", None),
        ("العربية.نت، وكالات", None, "العربية.نت، وكالات"),
        ("30174026-20d9-40a2-9e04-5b63346a78a6", None, None),
        # France 24
        ("فرانس 24", None, "فرانس 24"),
        ("علاوة مزياني", None, "علاوة مزياني"),
        # Sky News Arabia
        ("أبوظبي - سكاي نيوز عربية", "أبوظبي - سكاي نيوز عربية", None),
        # SaudiNewsNet
        ("سبق- أبها:", "سبق- أبها", None),
        ("واس", None, "واس"),
        ("رويترز", None, "رويترز"),
        ("سبق- وكالات:", None, "سبق- وكالات"),
        ("الوئام - رويترز:", None, "الوئام - رويترز"),
        ("الرياضي", None, "الرياضي"),
        ("واس - الرياض", "واس - الرياض", None),
        ("عبدالله البرقاوي- سبق- الرياض:", "سبق- الرياض", "عبدالله البرقاوي"),
        ("&nbsp;واس (الرياض)", "واس (الرياض)", None),
        ("\u00a0أحمد الشميري (صنعاء)", "صنعاء", "أحمد الشميري"),
        ("لندن: «الشرق الأوسط»", "لندن: «الشرق الأوسط»", None),
        ("بغداد: حمزة مصطفى", "بغداد", "حمزة مصطفى"),
        ("«الاقتصادية» من الرياض", "«الاقتصادية» من الرياض", None),
        ("عادل الخنين من الرياض", "الرياض", "عادل الخنين"),
        (
            "صنعاء، ظهران الجنوب: محمد عبدالعظيم، عوض فرحان",
            "صنعاء، ظهران الجنوب",
            "محمد عبدالعظيم، عوض فرحان",
        ),
        ("القاهرة - مكتب الجزيرة - طارق محيي:", "القاهرة - مكتب الجزيرة", "طارق محيي"),
        ("محمد سعيد الشريف -جدة", "جدة", "محمد سعيد الشريف"),
        ("بقلم: علي الزهراني | Mon, 2015-08-10 22:22", None, "علي الزهراني"),
    ],
)
def test_credit_fields(author, dateline, byline):
    assert credit(author) == (dateline, byline)


def test_credit_date_after_bar_is_a_header_block():
    author = "لندن - الرياضية | Tuesday, 11 August 2015 - 16:10 pm"
    a = layout(json_article({"title": "عنوان", "author": author, "content": f"{P1}\n{P2}"}))
    assert a.span_text(a.dateline) == "لندن - الرياضية"
    heads = [a.span_text(b) for b in a.blocks if b.kind == "header" and b.field == "author"]
    assert heads == ["Tuesday, 11 August 2015 - 16:10 pm"]


def test_ant_author_gives_dateline_and_byline_blocks():
    a = layout(trec_article("عنوان", f"{P1}\n{P2}", author="القاهرة - أحمد الريدي"))
    assert a.span_text(a.dateline) == "القاهرة"
    assert a.span_text(a.byline) == "أحمد الريدي"
    kinds = [(b.kind, b.field) for b in a.blocks if b.field == "AUTHOR"]
    assert kinds == [("dateline", "AUTHOR"), ("byline", "AUTHOR")]


def test_empty_author_no_dateline():
    a = layout(trec_article("عنوان", f"{P1}\n{P2}", author="", src="BBC"))
    assert a.dateline is None and a.byline is None


# --- datelines at the start of the text -----------------------------------------------------------


def test_cnn_dateline_in_lead():
    a = layout(
        trec_article("عنوان", f"دبي، الإمارات العربية المتحدة (CNN)-- {P1}\n{P2}", author="", src="CNN")
    )
    assert a.span_text(a.dateline) == "دبي، الإمارات العربية المتحدة (CNN)"
    assert texts(a, "dateline") == ["دبي، الإمارات العربية المتحدة (CNN)"]
    assert texts(a, "lead") == [P1]


def test_cnn_dateline_with_lost_bracket_and_no_place():
    a = layout(trec_article("عنوان", f"(CNN-- {P1}\n{P2}", author="", src="CNN"))
    assert a.span_text(a.dateline) == "(CNN"
    assert texts(a, "lead") == [P1]


def test_sabq_colon_dateline_in_lead():
    a = layout(
        json_article({"title": "عنوان", "author": "سبق- أبها:", "content": f" سبق- أبها: {P1}\n {P2}"})
    )
    assert a.span_text(a.dateline) == "سبق- أبها"  # from the author field, first in the text
    assert texts(a, "dateline")[-1] == "سبق- أبها"
    assert texts(a, "lead") == [P1]


def test_speaker_colon_is_not_a_dateline():
    a = layout(trec_article("عنوان", f"وقال الوزير: {P1}\n{P2}", author=""))
    assert a.dateline is None
    assert texts(a, "lead") == [f"وقال الوزير: {P1}"]


def test_place_colon_is_a_dateline():
    a = layout(trec_article("عنوان", f"الرياض: {P1}\n{P2}", author=""))
    assert a.span_text(a.dateline) == "الرياض"


def test_spa_hijri_dateline_line():
    content = f" الخليل 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n {P1}\n {P2}"
    a = layout(json_article({"source": "was", "title": "سياسي / خبر من الخليل", "content": content}))
    assert a.span_text(a.dateline) == "الخليل"
    heads = [a.span_text(b) for b in a.blocks if b.kind == "header" and b.field == "content"]
    assert heads == ["26 شوال 1436 هـ الموافق 11 أغسطس 2015 م"]
    assert texts(a, "dateline") == ["الخليل", "واس"]
    assert texts(a, "lead") == [P1]


def test_own_line_credit_dateline():
    a = layout(json_article({"title": "عنوان", "content": f" عين اليوم – نيويورك\n{P1}\n {P2}"}))
    assert a.span_text(a.dateline) == "عين اليوم – نيويورك"
    assert texts(a, "lead") == [P1]


def test_own_line_byline_and_place():
    a = layout(
        json_article(
            {"title": "كبير يا نور", "author": "الرياضي", "content": f"عبدالعزيز الشيخ ـ جدة\n\n{P1}\n\n{P2}"}
        )
    )
    assert a.span_text(a.byline) == "عبدالعزيز الشيخ"
    assert texts(a, "lead") == [P1]


def test_find_lead_dateline_rejects_prose():
    text = P1
    assert find_lead_dateline(text, 0, len(text), whole_line=True) is None


# --- repeated blocks ------------------------------------------------------------------------------


def test_exact_repeat_after_normalization():
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\n{P2.replace('أ', 'ا')}\n\n{P3}")
    (r,) = a.removed
    assert (r.kind, r.what, r.similarity) == ("exact", "body", 1.0)
    assert a.span_text(r.repeats) == P2


def test_exact_repeat_ignores_harakat_and_spacing():
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\n{P2.replace('الوزير', 'الوَزِير').replace(' في ', '  في ')}")
    assert [r.kind for r in a.removed] == ["exact"]


def test_near_duplicate_one_word_changed():
    p2b = P2.replace("نحو خمسين", "قرابة خمسين")
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\n{p2b}\n\n{P3}")
    (r,) = a.removed
    assert r.kind == "near" and r.similarity >= 0.6
    assert a.span_text(r) == p2b


def test_distinct_paragraphs_are_kept():
    a = plain(f"العنوان\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}")
    assert a.removed == [] and len(a.body) == 4


def test_short_repeated_lines_only_exact():
    s1, s2 = "الأهلي يفوز على الزمالك", "الأهلي يفوز على الإسماعيلي"
    a = plain(f"العنوان\n\n{P1}\n\n{s1}\n\n{P2}\n\n{s2}\n\n{P3}")
    assert a.removed == []


def test_repeated_title_at_start_of_text_is_removed():
    a = layout(
        trec_article("افتتاح مستشفى جديد في المدينة", f"افتتاح مستشفى جديد في المدينة\n{P1}\n{P2}", author="")
    )
    (r,) = a.removed
    assert (r.kind, r.what) == ("exact", "title")
    assert texts(a, "lead") == [P1]


def test_shingles_and_jaccard():
    assert shingles("abcdef", 5) == {"abcde", "bcdef"}
    assert shingles("abc", 5) == {"abc"}
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)


def test_hashtags_of_removed_blocks_are_dropped():
    a = plain(f"عنوان\n\n{P1} #وسم_أول\n\n{P2}\n\n{P1} #وسم_أول")
    assert [h.tag for h in a.hashtags] == ["وسم_أول"]


# --- the ANT ABSTRACT -------------------------------------------------------------------------------


def test_abstract_prefix_of_text_is_removed_and_lead_kept_whole():
    text = f"{P1}\n{P2}\n{P3}"
    abstract = (P1 + P2)[:120]  # ~200 characters in ANT, cut mid-word, across the paragraph break
    a = layout(trec_article("عنوان", text, abstract=abstract, author="دبي - العربية.نت"))
    (r,) = a.removed
    assert (r.kind, r.what, r.similarity) == ("prefix", "abstract", 1.0)
    assert a.span_text(r) == abstract
    assert texts(a, "lead") == [P1]
    assert a.lead.field == "TEXT"
    assert len(a.body) == 3
    assert not lead_repeated(a)


def test_abstract_equal_to_first_paragraph():
    a = layout(trec_article("عنوان", f"{P1}\n{P2}", abstract=P1, author="فرانس 24", src="france24"))
    assert [r.kind for r in a.removed] == ["prefix"]
    assert texts(a, "lead") == [P1]


def test_abstract_after_cnn_dateline():
    a = layout(
        trec_article(
            "عنوان", f"دبي، الإمارات العربية المتحدة (CNN)-- {P1}\n{P2}", abstract=P1, author="", src="CNN"
        )
    )
    assert [r.kind for r in a.removed] == ["prefix"]
    assert texts(a, "lead") == [P1]


def test_abstract_contained_in_text():
    a = layout(trec_article("عنوان", f"{P1}\n{P2} {P3}", abstract=P3, author="", src="CNN"))
    (r,) = a.removed
    assert (r.kind, r.what) == ("contained", "abstract")
    assert texts(a, "lead") == [P1]


def test_abstract_rewrite_of_lead_is_near():
    rewrite = "وزارة الصحة تعلن افتتاح مستشفى جديد في المدينة بسعة مئتي سرير لخدمة السكان."
    a = layout(trec_article("عنوان", f"{P1}\n{P2}", abstract=rewrite, author="", src="BBC"))
    (r,) = a.removed
    assert (r.kind, r.what) == ("near", "abstract")
    assert 0.5 <= r.similarity < 1.0
    assert texts(a, "lead") == [P1]


def test_independent_abstract_stays_the_lead():
    teaser = "تعرف على أكبر مشروع صحي في تاريخ البلاد."
    a = layout(trec_article("عنوان", f"{P1}\n{P2}", abstract=teaser, author="", src="BBC"))
    assert a.removed == []
    assert texts(a, "lead") == [teaser] and a.lead.field == "ABSTRACT"
    assert len(a.body) == 3


def test_empty_abstract_jawhara():
    a = layout(
        trec_article("عنوان", f"{P1}\n{P2}", abstract="\n", author=None, src="Jawhara FM", time="17/08/2016")
    )
    assert texts(a, "lead") == [P1]
    assert [a.span_text(b) for b in a.blocks if b.kind == "header"] == ["17/08/2016"]


# --- title-only and missing parts -----------------------------------------------------------------


def test_title_only_trec():
    a = layout(trec_article("عنوان بلا نص", "", author=""))
    assert a.span_text(a.title) == "عنوان بلا نص"
    assert a.paragraphs == []
    assert [p.code for p in a.problems] == ["title-only"]


def test_title_only_json_not_warned_twice():
    a = json_article({"title": "هدف خرافي من مسافة 100 ياردة", "content": ""})
    a.warn("title-only", "from the reader")
    layout(a)
    assert [p.code for p in a.problems] == ["title-only"]


def test_title_only_plain_text():
    a = plain("20-04-2024 01:18 AM بتوقيت القدس المحتلة\n\nعنوان فقط")
    assert a.span_text(a.title) == "عنوان فقط"
    assert [p.code for p in a.problems] == ["title-only"]


def test_no_title_field_uses_short_first_paragraph():
    a = layout(json_article({"content": f"عنوان قصير\n{P1}\n{P2}"}))
    assert a.span_text(a.title) == "عنوان قصير"
    assert "title-from-text" in [p.code for p in a.problems]


def test_empty_and_odd_input_never_crash():
    for text in ["", " \n\n ", "#", "((((", "\u200f\u200e", "-- : --", "<DOC></DOC>"]:
        a = Article(text=text)
        segment(a)
        remove_repeated_blocks(a)
        assert a.text == text
    a = Article(text="abc", fields={"TEXT": __import__("marsad.model").model.Span(0, 99)})
    layout(a)


def test_layout_is_idempotent():
    a = plain(f"العنوان\n\n{P1}\n\n{P1}\n\n{P2}")
    first = [(b.start, b.end, b.kind) for b in a.blocks]
    a.removed.clear()
    layout(a)
    assert [(b.start, b.end, b.kind) for b in a.blocks] == first


def test_lead_cut_copy_of_a_later_paragraph_is_removed():
    long = f"{P3} {P4} {P2}"
    cut = long[:150].rstrip()  # SaudiNewsNet book reviews open with the start of a later paragraph
    a = layout(json_article({"title": "عنوان", "content": f" {cut}\n{P1}\n{long}"}))
    (r,) = a.removed
    assert (r.kind, r.similarity) == ("prefix", 1.0)
    assert a.span_text(r) == cut and a.span_text(r.repeats) == long
    assert texts(a, "lead") == [P1]
    assert not lead_repeated(a)


def test_later_paragraph_inside_the_lead_is_removed():
    a = plain(f"العنوان\n\n{P1} {P2}\n\n{P2}\n\n{P3}")
    (r,) = a.removed
    assert (r.kind, r.what) == ("contained", "lead")
    assert a.span_text(r) == P2


def test_plain_text_dateline_line_after_title():
    a = plain(f"عنوان الخبر\n\nدبي - العربية.نت\n\n{P1}\n\n{P2}")
    assert a.span_text(a.dateline) == "دبي - العربية.نت"
    assert texts(a, "dateline") == ["دبي - العربية.نت"]
    assert texts(a, "lead") == [P1]


def test_plain_text_date_line_under_title():
    a = plain(f"عنوان الخبر\n20/04/2024 - 01:18 م\n{P1}\n{P2}")
    assert [a.span_text(b) for b in a.blocks if b.kind == "header"] == ["20/04/2024 - 01:18 م"]
    assert texts(a, "lead") == [P1]


def test_byline_line_with_role_word():
    a = plain(f"عنوان الخبر\n\nبقلم: أحمد علي\n\n{P1}\n\n{P2}")
    assert a.span_text(a.byline) == "أحمد علي"
    assert a.dateline is None
    assert texts(a, "byline") == ["بقلم: أحمد علي"]
    assert texts(a, "lead") == [P1]


def test_run_of_short_lines_is_a_list_not_subheadings():
    fixtures = [
        "الاتحاد المنستيري - سبورتينغ بن عروس/ أمير العيادي",
        "قوافل قفصة - الملعب الافريقي / مجدي بالحاج علي",
    ]
    a = plain(f"العنوان\n\n{P1}\n\n" + "\n\n".join(fixtures) + f"\n\n{P2}")
    assert texts(a, "subheading") == []
    assert texts(a, "body") == [*fixtures, P2]


def test_hard_wrapped_plain_text_paragraph_is_one_block():
    wrapped = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد\nفي المدينة بسعة مئتي سرير لخدمة السكان في\nالأحياء الجنوبية."
    a = plain(f"العنوان\n\n{wrapped}\n\nخطة التوظيف\n{P2}\n\n{P3}")
    assert texts(a, "lead") == [wrapped]
    # a short line above a paragraph in the same chunk is not wrapped text
    assert texts(a, "subheading") == ["خطة التوظيف"]
    assert texts(a, "body") == [P2, P3]


def test_near_duplicate_search_is_capped_on_hostile_input():
    import random

    rng = random.Random(1)
    words = [f"كلمة{i}" for i in range(3000)]
    lines = [" ".join(rng.choice(words) for _ in range(12)) + "." for _ in range(3000)]
    lines.append(lines[10])  # an exact repeat is still found after the cap
    a = plain("عنوان\n\n" + "\n".join(lines))
    assert "near-duplicates-capped" in [p.code for p in a.problems]
    assert [(r.kind, a.span_text(r)) for r in a.removed] == [("exact", lines[10])]
