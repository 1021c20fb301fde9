"""Parallel sentences about different things are not near-duplicates (new-user report nu16 H1:
ticket-office lines for different towns, the king's and the crown prince's cables, a quotation
the title shortens were removed at similarity 0.61–0.80). Rule:
``marsad.layout.dedup.differing_identity``; see docs/layout.md. Spans from ANT v1.1
(JA-culture-56-20160701), SaudiNewsNet 2015-08-01 (#603, #732) and ANT v2.1 (BB-sport-198)."""

from __future__ import annotations

from marsad.layout.dedup import differing_identity
from marsad.model import Article
from test_layout_support import json_article, layout, texts

LEAD = "أعلنت إدارة المهرجان أن التذاكر ستباع في الفروع التالية بداية من يوم الغد."
TOWNS = ["البحيرة 1", "البحيرة 2", "بنزرت", "سوسة", "لافايات", "المرسى"]


def plain(text: str) -> Article:
    return layout(Article(text=text))


def test_list_items_for_different_towns_are_all_kept():
    lines = [f"*{t} من الساعة العاشرة صباحا إلى الساعة الثانية بعد الزوال" for t in TOWNS]
    a = plain("مواعيد بيع التذاكر\n\n" + LEAD + "\n\n" + "\n\n".join(lines))
    assert a.removed == []
    assert texts(a, "body") == lines


def test_cables_of_the_king_and_the_crown_prince_are_kept():
    king = "وبعث الملك برقية تهنئة إلى رئيس جمهورية بنين بمناسبة ذكرى اليوم الوطني لبلاده."
    prince = "وبعث ولي العهد برقية تهنئة إلى رئيس جمهورية بنين بمناسبة ذكرى اليوم الوطني لبلاده."
    a = plain(f"القيادة تهنئ\n\n{LEAD}\n\n{king}\n\n{prince}")
    assert a.removed == [] and prince in texts(a, "body")


def test_same_cable_to_another_country_is_kept():
    swiss = (
        "أعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني وأطيب "
        "التمنيات بالصحة والسعادة لفخامتها، ولحكومة وشعب الاتحاد السويسري الصديق اطراد التقدم والازدهار."
    )
    benin = (
        "وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني وأطيب "
        "التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية بنين الصديق اطراد التقدم والازدهار ."
    )
    a = plain(f"القيادة تهنئ\n\n{LEAD}\n\n{swiss}\n\n{benin}")
    assert a.removed == []


def test_rows_with_other_numbers_are_kept():
    row = "الطقس: بالمعدل، درجة الحرارة العليا {} مئوية والصغرى {} مئوية، واحتمال هطول الأمطار {} في المئة."
    rows = [row.format(23, 18, 50), row.format(26, 16, 40), row.format(21, 13, 60)]
    a = plain("المجموعة الأولى\n\n" + LEAD + "\n\n" + "\n\n".join(rows))
    assert a.removed == []


def test_quotation_that_the_title_shortens_is_kept():
    title = "العلاقات والروابط المتينة بين المملكة ومصر ستبقى ركيزة العمل العربي المشترك وضمانة للأمن والاستقرار في المنطقة"
    quote = (
        "وقال العربي: إن العلاقات والروابط المتينة بين مصر والمملكة كانت وستبقى ركيزة العمل العربي "
        "المشترك وضمانة للأمن والاستقرار في المنطقة."
    )
    lead = "رحب الأمين العام لجامعة الدول العربية بإعلان القاهرة الصادر في ختام الزيارة."
    a = layout(json_article({"title": title, "content": f"{lead}\n {quote}"}))
    assert a.removed == []
    assert quote in texts(a, "body")


def test_copies_that_lose_nothing_are_still_removed():
    # a scraper's repeat with a conjunction and one verb form changed (CNN, ANT v2.1)
    first = (
        "أعلنت السلطات السعودية، السبت، موت الصحفي جمال خاشقجي داخل قنصلية البلاد بإسطنبول في تركيا "
        "بتاريخ 2 أكتوبر/ تشرين الأول الجاري."
    )
    again = first.replace("أعلنت السلطات السعودية، السبت، موت", "وأعلنت السلطات السعودية، السبت، بموت")
    a = plain(f"العنوان\n\n{LEAD}\n\n{first}\n\n{again}")
    (r,) = a.removed
    assert r.kind == "near" and a.span_text(r) == again
    # Al Weeam's link label before a copy of the title stays removed: since trail23 as the site's
    # trailer (layout.boilerplate.site_trailer runs first), before as a near copy of the title
    title = "وزير الخارجية السعودي: نرحب بأي اتفاق يمنع ايران من امتلاك السلاح النووي"
    a = layout(json_article({"title": title, "content": f"{LEAD}\n رابط الخبر بصحيفة الوئام: {title}"}))
    assert [(r.kind, r.what) for r in a.removed] == [("boilerplate", "site-trailer")]


def test_differing_identity_rule():
    base = "وقدم نائب خادم الحرمين الشريفين شكره وتقديره لولي عهد مملكة البحرين على مشاعره النبيلة."
    assert differing_identity(base.replace("لولي عهد", "لوزير الداخلية في"), base) is not None
    assert differing_identity(base.replace("البحرين", "الكويت"), base) == "الكويت"
    # a rewording of common words, or words only the kept block has, make no difference
    assert differing_identity(base.replace("النبيلة", "الصادقة"), base) is None
    assert differing_identity(base.replace("خادم الحرمين الشريفين ", ""), base) is None
    # a number only this block has is lost with it
    assert differing_identity(base[:-1] + " في 3 مناسبات.", base) == "3"
    # known limit: the gazetteer also lists common words (الطيبة, a town) as names
    assert differing_identity(base.replace("النبيلة", "الطيبة"), base) == "الطيبه"
