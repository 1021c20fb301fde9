"""Publication time (marsad.time.publication.detect) and the time stage on whole articles."""

from __future__ import annotations

import json

import marsad
from marsad.model import Article, Block, Span
from marsad.time.publication import detect
from marsad.time.stage import annotate_time


def test_seed_against_gold(seed_article, seed_gold):
    pub = seed_article.published
    gold = seed_gold["published"]
    assert pub.raw == gold["raw"]
    assert (pub.value.local, pub.value.utc, pub.value.tz) == (gold["local"], gold["utc"], gold["tz"])
    assert seed_article.text[pub.start : pub.end] == gold["raw"]
    assert pub.source == "header"


def test_seed_time_expressions_against_gold(seed_article, seed_gold):
    got = [(t.text, t.value) for t in seed_article.timexes]
    want = [(g["text"], g["resolved"]) for g in seed_gold["time_expressions"]]
    assert got == want
    assert "weekday mismatch" in seed_article.timexes[0].warning


def test_plain_text_without_blocks_finds_its_header_line(seed_text):
    a = Article(text=seed_text)  # no layout stage: the time stage finds the header line itself
    annotate_time(a)
    assert a.published.value.local == "2024-04-20T01:18:00+03:00"
    assert [t.text for t in a.timexes] == ["اليوم الاثنين"]  # the repeated lead is not read twice


def test_trec_time_field_with_convention():
    text = "<DOC>\n<SRC>Jawhara FM</SRC>\n<TIME>02/05/2016</TIME>\n<TEXT>\nقال أمس إن الاتفاق صامد.\n</TEXT>\n</DOC>"
    a = Article(text=text, fmt="trec", meta={"SRC": "Jawhara FM"})
    a.fields["TIME"] = Span(text.index("02/05"), text.index("</TIME>"))
    a.fields["TEXT"] = Span(text.index("قال"), text.index("\n</TEXT>"))
    pub = detect(a)
    assert (pub.source, pub.raw, pub.value.local, pub.value.tz) == (
        "TIME",
        "02/05/2016",
        "2016-05-02",
        "Africa/Tunis",
    )


def test_trec_rfc822_through_the_pipeline():
    doc = (
        "<DOC>\n<DOCNO>AL-x-1-20180218</DOCNO>\n<URL>u</URL>\n<SRC>alarabia</SRC>\n<CAT>culture</CAT>\n"
        "<TITLE>عنوان</TITLE>\n<TIME>Sun, 18 Feb 2018 21:35:43 +0400</TIME>\n<AUTHOR>دبي - العربية.نت</AUTHOR>\n"
        "<ABSTRACT>\nأعلنت الحكومة الأحد خطة جديدة.\n</ABSTRACT>\n<TEXT>\nأعلنت الحكومة الأحد خطة جديدة.\n"
        "وكانت قد أعلنت الأسبوع الماضي عن خطة أخرى.\n</TEXT>\n</DOC>"
    )
    a = marsad.parse(doc)
    assert a.published.value.utc == "2018-02-18T17:35:43+00:00"
    assert a.published.source == "TIME"
    assert ("الأسبوع الماضي", "2018-W06") in [(t.text, t.value) for t in a.timexes]


def test_saudinewsnet_record_field_and_dateline_cross_check():
    rec = {
        "source": "was",
        "url": "u",
        "date_extracted": "2015-08-10 20:27:03",
        "title": "عام / مهرجان",
        "author": "",
        "content": " بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n يواصل المهرجان فعالياته اليوم الاثنين.\n"
        " // انتهى //\n 20:26 ت م \n ",
    }
    a = marsad.parse(json.dumps([rec], ensure_ascii=False))
    v = a.published.value
    # date_extracted is the crawl time: the SPA dateline and its "20:26 ت م" trailer date the
    # article (first-user finding: the crawl time 20:27:03 was published as the publication time)
    assert a.published.source == "dateline+trailer"
    assert (v.local, v.tz) == ("2015-08-10T20:26:00+03:00", "Asia/Riyadh")
    assert not any(p.code == "crawl-time" for p in a.problems)
    assert [(t.text, t.value) for t in a.timexes] == [("اليوم الاثنين", "2015-08-10")]
    rec["date_extracted"] = "2015-08-01 10:00:00"  # crawled before it was published: doubtful
    a = marsad.parse(json.dumps([rec], ensure_ascii=False))
    assert any("after the page was crawled" in w for w in a.published.value.warnings)
    assert a.published.value.confidence <= 0.7


def test_crawl_time_alone_is_flagged():
    rec = {
        "source": "okaz",
        "url": "u",
        "date_extracted": "2015-08-10 20:27:03",
        "title": "عنوان الخبر",
        "author": "عكاظ (جدة)",
        "content": " يواصل المهرجان فعالياته في جدة بحضور كبير من الزوار.\n ويستمر حتى نهاية الشهر.",
    }
    a = marsad.parse(json.dumps([rec], ensure_ascii=False))
    pub, v = a.published, a.published.value
    assert pub.source == "date_extracted" and pub.raw == "2015-08-10 20:27:03"
    assert (v.local, v.tz, v.confidence) == ("2015-08-10T20:27:03+03:00", "Asia/Riyadh", 0.5)
    assert any("crawled, not when it was published" in w for w in v.warnings)
    assert [p.code for p in a.problems if p.code == "crawl-time"] == ["crawl-time"]
    assert a.to_dict()["published"]["source"] == "date_extracted"


def test_dateline_with_spa_trailer_time_when_no_date_field():
    content = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nنص الخبر.\n// انتهى //\n19:59 ت م\n"
    a = Article(text=content, fmt="json", meta={"source": "was"})
    a.fields["content"] = Span(0, len(content))
    pub = detect(a)
    assert pub.source == "dateline+trailer"
    assert (pub.value.local, pub.value.utc) == ("2015-08-10T19:59:00+03:00", "2015-08-10T16:59:00+00:00")
    assert pub.value.calendar == "gregorian+hijri"


def test_header_block_from_layout_is_used():
    text = "نص قبل\nالسبت 20 أبريل 2024 الساعة 10:30 صباحاً بتوقيت مكة المكرمة\nنص"
    s = text.index("السبت")
    a = Article(text=text, blocks=[Block(0, 6, kind="body"), Block(s, text.index("\nنص", s), kind="header")])
    pub = detect(a)
    assert (pub.source, pub.value.utc) == ("header", "2024-04-20T07:30:00+00:00")


def test_first_date_in_text_as_last_resort():
    text = "وقع الحادث في 12 مارس 2024 في المدينة، وقال الشهود إن النيران اندلعت."
    a = Article(text=text)
    annotate_time(a)
    assert a.published.source == "text" and a.published.value.local == "2024-03-12"
    assert a.published.value.confidence <= 0.5


def test_no_date_is_a_warning_not_a_crash():
    a = Article(text="خبر بلا تاريخ.\n\nوقال المتحدث إن الأمور جيدة.")
    annotate_time(a)
    assert a.published is None
    assert [p.code for p in a.problems] == ["no-date"]


def test_bad_date_field_is_reported_then_other_sources_tried():
    text = "<TIME>غير معروف</TIME>\n20-04-2024 01:18 AM بتوقيت القدس"
    a = Article(text=text, fmt="trec")
    a.fields["TIME"] = Span(6, text.index("</TIME>"))
    s = text.index("20-04")
    a.blocks = [Block(s, len(text), kind="header")]
    pub = detect(a)
    assert pub.value.tz == "Asia/Jerusalem"
    assert [p.code for p in a.problems] == ["bad-date"]
