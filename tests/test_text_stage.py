"""marsad.text.stage: fixes and sentences on real articles (the seed)."""

from __future__ import annotations

from marsad.model import Article, Block
from marsad.text.orthography import find_fixes
from marsad.text.stage import annotate_text


def test_seed_fix_mazidan(seed_article, seed_gold):
    fixes = [(f.before, f.after) for f in seed_article.fixes]
    assert fixes == [tuple(p) for p in seed_gold["layout"]["orthography_fixed"]]
    fix = seed_article.fixes[0]
    assert fix.rule == "misplaced-tanween"
    assert seed_article.text[fix.start : fix.end] == "مزيداُ"
    # the removed repeat of the lead holds 'رابطاُ': not reported, it is not in a kept block
    assert "رابطاُ" not in [f.before for f in seed_article.fixes]


def test_seed_display_applies_fix(seed_article):
    assert "مزيداً من الاتصالات" in seed_article.display()


def test_seed_sentences(seed_article):
    a = seed_article
    texts = [a.span_text(s) for s in a.sentences]
    # every sentence lies inside its block, trimmed
    for s in a.sentences:
        b = a.blocks[s.block]
        assert b.start <= s.start < s.end <= b.end
        assert b.kind in ("title", "lead", "body", "subheading")
        assert a.text[s.start] not in " \n" and a.text[s.end - 1] not in " \n"
    # the quotation introduced by a cue verb stays one sentence
    assert any(t.startswith('وتابع: "أن آفاق تعاوننا') and t.endswith('مكافحة الإرهاب".') for t in texts)
    # the paragraph with two sentences is split after 'الإرهاب.'
    assert any(t.endswith("لأبعاد خطر الإرهاب.") for t in texts)
    assert any(t.startswith("وأردف قائلا:") for t in texts)
    # the sub-heading is one sentence
    sub = [a.span_text(s) for s in a.sentences if a.blocks[s.block].kind == "subheading"]
    assert sub == ['لافروف: مستعدون للتنسيق مع التحالف الدولي والتعاون مع "الجيش الحر" في مكافحة الإرهاب']
    # no sentence from a removed repeat
    for r in a.removed:
        assert not any(r.start <= s.start < r.end for s in a.sentences)


def test_annotate_text_blocks_and_fixes():
    text = 'العنوان\n\nوقال د. أحمد: "لا تعليق". وأضاف مزيداُ من التفاصيل.\n\n<meta>مزيداُ</meta>'
    body_start = text.index("وقال")
    body_end = text.index("\n\n<meta>")
    a = Article(
        text=text,
        blocks=[
            Block(0, 7, kind="title"),
            Block(body_start, body_end, kind="body"),
            Block(body_end + 2, len(text), kind="meta"),
        ],
    )
    annotate_text(a)
    assert [(a.span_text(s), s.block) for s in a.sentences] == [
        ("العنوان", 0),
        ('وقال د. أحمد: "لا تعليق".', 1),
        ("وأضاف مزيداُ من التفاصيل.", 1),
    ]
    assert [(f.before, f.after, f.rule) for f in a.fixes] == [("مزيداُ", "مزيداً", "misplaced-tanween")]
    annotate_text(a)  # idempotent
    assert len(a.sentences) == 3 and len(a.fixes) == 1


def test_annotate_text_without_blocks():
    a = Article(text="ستجري مزيداُ من الاتصالات.")
    annotate_text(a)
    assert a.sentences == []
    assert [f.before for f in a.fixes] == ["مزيداُ"]


def test_find_fixes_through_controls_and_tatweel():
    raw = "ستجري مزيـداُ\u200f من"
    fixes = find_fixes(raw)
    assert len(fixes) == 1
    f = fixes[0]
    assert raw[f.start : f.end] == f.before == "مزيـداُ"
    assert f.after == "مزيداً"
