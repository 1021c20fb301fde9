"""Site boilerplate (eighth new-user report, finding 1): share bars, contact blocks, disclaimers and
link lines leave the prose blocks for ``article.removed`` (kind ``boilerplate``); the raw text is
unchanged. Arabic test data written for these tests in the shape of the SaudiNewsNet records, plus
a real-corpus measure through ``shared_path``."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

import marsad
from conftest import shared_path
from marsad.layout.boilerplate import (
    KINDS,
    boilerplate_kind,
    boilerplate_opening,
    flexible_pattern,
    load_table,
)

OKAZ_BAR = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"
LEAD = (
    "أتمت المؤسسة العامة لصوامع الغلال ومطاحن الدقيق إجراءات ترسية الدفعة الثالثة من القمح "
    "المستورد لهذا العام بكمية إجمالية تبلغ 600 ألف طن."
)
BODY = "وأوضح مدير عام المؤسسة أن وصول الدفعة الثالثة سيكون خلال الأشهر المقبلة، وفق الجدول المعتمد."


def _record(content: str, source: str = "okaz") -> bytes:
    return json.dumps(
        [
            {
                "source": source,
                "title": "الصوامع تستلم القمح",
                "date_extracted": "2015-08-11 13:33:37",
                "author": "عكاظ (الرياض)",
                "content": content,
            }
        ],
        ensure_ascii=False,
    ).encode()


def _prose(a) -> list[str]:
    return [a.span_text(b) for b in a.blocks if b.kind in ("lead", "body", "subheading")]


def test_okaz_share_bar_is_cut_off_the_lead_and_recorded():
    raw = f" {OKAZ_BAR} {LEAD}\n {BODY} "
    a = marsad.parse(_record(raw))
    assert a.lead is not None and a.span_text(a.lead) == LEAD
    bp = [r for r in a.removed if r.kind == "boilerplate"]
    assert [(a.span_text(r), r.what, r.similarity) for r in bp] == [(OKAZ_BAR, "site", 1.0)]
    assert (bp[0].repeats.start, bp[0].repeats.end) == (0, 0)
    assert OKAZ_BAR in a.text  # raw text unchanged
    assert not any("فيسبوك" in p for p in _prose(a))


def test_share_bar_near_verbatim_and_another_site():
    # hamza seats, tatweel, double spaces: still the derived entry
    a = marsad.parse(_record(f"شارك  من خلال تويتـر فيسبوك جوجل بلس اكتب رايك {LEAD}\n{BODY}"))
    assert a.span_text(a.lead) == LEAD
    # a bar the corpora do not hold: the share kind (verbs + network names)
    assert boilerplate_kind("شارك الخبر على فيسبوك | تويتر | واتساب") == "share"
    assert boilerplate_opening("شارك عبر تويتر فيسبوك واتساب قال الوزير", 0, 39) == ("share", 28)


def test_almadina_sms_contact_block_leaves_the_body():
    column = (
        "• هذا الحديث هو إلى كل مواطن ومسؤول، ليرى كيف يعاني أبناؤنا الطلاب في التعليم.\n"
        "• والمصيبة هي أن يظل العقل في مكانه ويحرر قيودا إضافية.\n"
        "تويتر: @ibrahim__naseeb\nh_wssl@hotmail.com\nللتواصل مع الكاتب ارسل رسالة SMS\n"
        "تبدأ بالرمز (48) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n635031 - Mobily\n737221 - Zain "
    )
    a = marsad.parse(_record(column, "almadina"))
    assert len(_prose(a)) == 2
    kinds = [(a.span_text(r), r.what) for r in a.removed if r.kind == "boilerplate"]
    assert kinds == [
        ("تويتر: @ibrahim__naseeb", "contact"),
        ("h_wssl@hotmail.com", "contact"),
        ("للتواصل مع الكاتب ارسل رسالة SMS", "contact"),
        ("تبدأ بالرمز (48) ثم مسافة ثم نص الرسالة إلى", "site"),
        ("88591 - Stc", "site"),
        ("635031 - Mobily", "site"),
        ("737221 - Zain", "site"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("تابعونا على تويتر وفيسبوك", "follow"),
        ("اشترك في نشرتنا البريدية", "subscribe"),
        ("حمّل تطبيق العربية على هاتفك", "app"),
        ("جميع الحقوق محفوظة © 2024", "copyright"),
        ("© 2024 العربية", "copyright"),
        ("عن الوكالة: وكالة مستقلة تأسست عام 1990.", "about"),
        ("Next Previous", "site"),
        ("للتواصل (( فاكس 6721108 ))", "contact"),
        ("@T_algashgari", "contact"),
        ("إيميل: Arfaj555@yahoo.com", "contact"),
        ("738303 زين تبدأ بالرمز 165 مسافة ثم الرسالة", "contact"),
        ("بالرمز 134 مسافة ثم الرسالة", "contact"),
        (
            "تويتر: @ibrahim__naseebh_wssl@hotmail.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (48) "
            "ثم مسافة ثم نص الرسالة إلى88591 - Stc635031 - Mobily737221 - Zain",
            "contact",
        ),
        ("لمراسلة الكاتب: turki@alriyadh.net", "contact"),
        ("للتواصل أرسل رسالة نصية sms إلى 88548 الاتصالات أو 636250 موبايلي أو 738303 زين", "contact"),
        (
            "ويشار إلى أن موقع CNN بالعربية لا يمكنه التأكد بشكل مستقل من الأنباء والمعلومات التي يتم "
            "تناقلها عبر وسائل التواصل الاجتماعي.",
            "site",
        ),
    ],
)
def test_kinds(line, kind):
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        # prose that opens with the same verbs: content, kept
        "اشترك عشرات آلاف الأشخاص في خدمة جديدة تقدمها بعض البنوك، متوفرة عبر الانترنت فقط",
        "أرسل الرئيس برقية تهنئة إلى ملك المغرب بمناسبة ذكرى عيد العرش",
        "للتواصل مع المواطنين أطلقت الوزارة رقما موحدا 19999",
        "شارك وزير الخارجية في اجتماع وزراء الخارجية العرب في القاهرة",
        "تابع الوزير سير العمل في مشروعات الطرق بالمنطقة",
        "أداء الأسهم",  # a market report's sub-heading (REJECTED in bench/boilerplate.py)
        "وقال إن حقوق المستثمرين محفوظة بموجب النظام.",
        "@ مريم سالم: أنا اقول طبعا لأ وألف لأ وهذا يكفي.",  # a reader's question, Al Yaum
        "وقال الباحثون إن السلالة الجديدة التي يرمز لها بالرمز «إس يو إس» أدت إلى مساهمة أعلى",
    ],
)
def test_content_is_not_boilerplate(line):
    assert boilerplate_kind(line) is None
    assert boilerplate_opening(line, 0, len(line)) is None


def test_a_lead_that_is_boilerplate_passes_the_lead_on():
    a = marsad.parse(_record(f"تابعونا على تويتر وفيسبوك\n{LEAD}\n{BODY}"))
    assert a.span_text(a.lead) == LEAD
    assert [b.kind for b in a.blocks if b.kind in ("lead", "body")] == ["lead", "body"]


def test_hashtags_inside_removed_boilerplate_are_dropped():
    a = marsad.parse(_record(f"{LEAD} #القمح\n{BODY}\nتابعونا على تويتر #عكاظ"))
    assert [h.tag for h in a.hashtags] == ["القمح"]


def test_flexible_pattern_matches_spelling_variants():
    import re

    rx = re.compile(flexible_pattern("إلى اللقاء.. 2015"))
    assert rx.fullmatch("الى  اللقـاء.. ٢٠٢٤")
    assert not rx.fullmatch("إلى اللقاء 2015")


def test_shipped_table_has_sources_and_counts():
    table = load_table()
    assert table, "src/marsad/layout/boilerplate_table.json is missing"
    okaz = [e for e in table if e["text"] == OKAZ_BAR]
    assert okaz == [
        {
            "where": "opening",
            "text": OKAZ_BAR,
            "corpus": "saudinewsnet",
            "source": "okaz",
            "articles": 156,
            "days": 1,
            "share": 0.055,
        }
    ]
    assert all(e["articles"] >= 10 for e in table)
    assert set(KINDS) >= {"share", "follow", "contact", "copyright"}


def test_saudinewsnet_day_okaz_bar_and_facebook():
    """The report's day: 157 of 170 Okaz records opened with the bar; none keep it in a prose block,
    and the prose blocks that still say فيسبوك are the articles about Facebook (before: 162)."""
    path = shared_path("corpora", "saudinewsnet", "dataset", "2015-08-11.zip")
    with zipfile.ZipFile(path) as zf:
        data = zf.read(zf.namelist()[0])
    from marsad.io.readers import read_records
    from marsad.layout.dedup import remove_repeated_blocks
    from marsad.layout.segment import segment

    okaz = bar = removed_bar = facebook = 0
    for a in read_records(data, source="2015-08-11.json"):
        segment(a)
        remove_repeated_blocks(a)
        prose = _prose(a)
        if a.meta.get("source") == "okaz":
            okaz += 1
            bar += any(p.startswith("شارك من خلال") for p in prose)
            removed_bar += any(a.span_text(r) == OKAZ_BAR for r in a.removed)
        facebook += any("فيسبوك" in p for p in prose)
    assert (okaz, bar, removed_bar) == (170, 0, 157)
    assert facebook == 5  # all five mention Facebook (read 2026-11-30); 157 before


def test_folded_site_lines_match_as_the_flexible_pattern():
    """The derived table's lines are matched on the folded line (fold_line + folded_pattern, cheap
    to compile); the result is that of the flexible_pattern alternation on the raw line, for each
    entry with harakat, tatweel, hamza seats, ى/ة, case, digits and spaces changed at random."""
    import random

    from marsad.layout import boilerplate as bp

    texts = [e["text"] for e in bp.load_table() if e.get("where") == "line"]
    assert texts and all(bp._folds_exactly(t) for t in texts)
    slow = re.compile("|".join(flexible_pattern(t) for t in texts), re.I)
    fast = dict(bp._LINE_RULES)["site"]
    extra = ["\u064e", "\u0651", "\u0640", "\u0670", "\u0653", "أ", "إ", "آ", "ٱ", "ى", "ي", "ة", "ه", " ", "\t",
             "1", "٣", "۵", "K", "\u212a", "ſ", "s", "İ", "i", "."]
    rng = random.Random(8)
    matched = 0
    for _ in range(20000):
        chars = list(rng.choice(texts))
        for _ in range(rng.randint(0, 4)):
            op, i = rng.random(), rng.randrange(len(chars) + 1)
            if op < 0.5:
                chars.insert(i, rng.choice(extra))
            elif i < len(chars):
                chars[i] = rng.choice(extra) if op < 0.8 else chars[i].swapcase()
        line = "".join(chars)
        assert fast.fullmatch(line) == (slow.fullmatch(line) is not None), repr(line)
        matched += fast.fullmatch(line)
    assert matched > 2000  # the mutations keep many lines matching
    assert bp.fold_line("إلى اللقاءَ..") == "الي اللقاء.."
    assert bp.fold_line("ـَب") == "ـَب"  # marks that follow no letter stay (and match nothing)


def test_sponsor_line_is_boilerplate_and_prose_about_cooperation_is_not():
    # nu16 H2: CNN Arabic articles written with Bayt.com open with a sponsor line (ANT v2.1, 19 articles)
    from marsad.layout.boilerplate import boilerplate_kind

    assert boilerplate_kind('هذ المقال منشور بالتعاون مع موقع التوظيف الإلكتروني "بيت.كوم"') == "sponsor"
    assert boilerplate_kind("نشر هذا المقال بالتعاون مع موقع التوظيف الإلكتروني بيت.كوم") == "sponsor"
    assert boilerplate_kind("هذا المقال بالتعاون مع مجلة الصحة العربية.") == "sponsor"
    assert boilerplate_kind("هذا وقد نشرت الوزارة المقال بالتعاون مع جامعة الملك سعود في مجلتها العلمية.") is None
    assert boilerplate_kind("هذا المقال بقلم بشار جرار، والآراء الواردة أدناه تعبر عن رأي الكاتب.") is None


# --- site trailers (task trail23): a fixed prefix and a variable tail closing the article ---------

TAGS_LAST = "وأكد المتحدث أن الفرق الميدانية ستواصل أعمالها حتى نهاية الأسبوع المقبل."


def _site_trailers(a) -> list[tuple[str, str]]:
    return [(a.span_text(r), r.what) for r in a.removed if r.what == "site-trailer"]


def test_3alyoum_tags_glued_to_the_last_paragraph_are_removed():
    raw = f"{LEAD}\n {TAGS_LAST} سمات الأرصاد طقس جدة "
    a = marsad.parse(_record(raw, source="3alyoum"))
    assert _prose(a) == [LEAD, TAGS_LAST]
    assert _site_trailers(a) == [("سمات الأرصاد طقس جدة", "site-trailer")]
    assert a.text.endswith("سمات الأرصاد طقس جدة ")  # raw text unchanged


def test_tags_after_a_closing_quote_and_glued_without_a_full_stop():
    quoted = "وقال المتحدث “سنواصل العمل حتى النهاية.”"
    a = marsad.parse(_record(f"{LEAD}\n {quoted} سمات إيران كيري ", source="3alyoum"))
    assert _prose(a) == [LEAD, quoted]
    assert _site_trailers(a) == [("سمات إيران كيري", "site-trailer")]
    # glued to an unpunctuated sentence: the site's own articles only
    bare = "وذكر المكتب أن 251 شخصا اعتقلوا حتى الآن"
    a = marsad.parse(_record(f"{LEAD}\n {bare} سمات الأكراد تركيا", source="3alyoum"))
    assert _prose(a) == [LEAD, bare]
    a = marsad.parse(_record(f"{LEAD}\n {bare} سمات الأكراد تركيا", source="okaz"))
    assert _site_trailers(a) == []
    assert _prose(a) == [LEAD, f"{bare} سمات الأكراد تركيا"]


def test_alweeam_link_line_leaves_the_prose():
    link = "رابط الخبر بصحيفة الوئام: الصحة تعلن عن توفر 169 وظيفة شاغرة في محافظة جدة"
    a = marsad.parse(_record(f"{LEAD}\n{BODY}\n{link}", source="alweeam"))
    assert _prose(a) == [LEAD, BODY]
    assert _site_trailers(a) == [(link, "site-trailer")]


def test_a_closing_sentence_opening_with_the_prefix_stays():
    """``سمات`` (traits) opening sentences of the article, or a tail that goes on after a sentence
    end, is prose."""
    for last in (
        "سمات القائد الناجح كثيرة. وأهمها الصبر والقدرة على الاستماع.",
        "وأوضح أن للمدينة سمات خاصة تميزها عن غيرها من مدن المنطقة.",
    ):
        a = marsad.parse(_record(f"{LEAD}\n {last}", source="3alyoum"))
        assert _site_trailers(a) == [], last
        assert _prose(a)[-1] == last


def test_shipped_table_trailer_entries():
    trailers = sorted((e["source"], e["text"], e["articles"]) for e in load_table() if e["where"] == "trailer")
    assert trailers == [("3alyoum", "سمات", 1657), ("alweeam", "رابط الخبر بصحيفة الوئام:", 1849)]


def test_saudinewsnet_day_site_trailers_per_source():
    """2015-08-11: 79 of 86 3alyoum articles lose their tag list (the other 7 have none), 74 of 84
    Al Weeam articles their link line standing alone (the other 10 glue it to the last paragraph:
    the layout's inline ``trailer`` block); no other source loses anything. Before (base b590feb)
    the 79 tag lists were prose, and the link lines were prose or removed as a repeat of the title."""
    path = shared_path("corpora", "saudinewsnet", "dataset", "2015-08-11.zip")
    with zipfile.ZipFile(path) as zf:
        data = zf.read(zf.namelist()[0])
    from collections import Counter

    from marsad.io.readers import read_records
    from marsad.layout.dedup import remove_repeated_blocks
    from marsad.layout.segment import segment

    removed: Counter = Counter()
    for a in read_records(data, source="2015-08-11.json"):
        segment(a)
        remove_repeated_blocks(a)
        removed[a.meta.get("source")] += any(r.what == "site-trailer" for r in a.removed)
    assert +removed == Counter({"3alyoum": 79, "alweeam": 74})
