"""Al-Jazirah's "other articles by the writer" list closing a column is not its text (new-user report
nu16 M8: 21 of 225 Al-Jazirah articles kept it as the last body paragraph). Rule:
``marsad.layout.boilerplate.author_list``; see docs/layout.md. Texts from SaudiNewsNet 2015-07-21
(Al-Jazirah records 951 and 953, ends shortened) and 2015-08-01 (record 300)."""

from __future__ import annotations

from marsad.layout.boilerplate import author_list
from test_layout_support import json_article, layout, texts

OWN = [
    "إن حجب مواقع التواصل الاجتماعي، واستبدالها بموقع تواصل محلية، سينأى ببلدنا عن داعش، سواء كانت "
    "صناعة أمريكية كما يرى البعض أو هي صناعة صحوية متأسلمة كما يرى آخرون.",
    "هل ستكون جاهزة مستقبلاً في مختلف مطارات المملكة والمنافذ الحدودية لتوفير البديل الاحتياطي، الذي "
    "يمكن استخدامه فوراً بمجرد حدوث عطل في شبكة المعلومات الخاصة بالجوازات؟",
]
LIST = (
    "مقالات أخرى للكاتبلو كنتُ رئيساً للهيئة!وقَّعت إيران أم لم توقِّع!من أين جاء هؤلاء السعوديون؟"
    "أسئلة حول: وظيفتك وبعثتكهنا تل أبيب !"
)


def jazirah(content: str):
    return layout(
        json_article(
            {
                "source": "aljazirah",
                "url": "http://www.al-jazirah.com/2015/20150721/ar1.htm",
                "date_extracted": "2015-07-21 12:31:33",
                "title": "من أين جاء هؤلاء السعوديون؟",
                "author": "",
                "content": content,
            }
        )
    )


def _removed(a):
    return [a.span_text(r) for r in a.removed if (r.kind, r.what) == ("boilerplate", "author-list")]


def test_the_list_on_its_own_line_leaves_the_body():
    a = jazirah(" \n".join(OWN) + " \n" + LIST)
    assert _removed(a) == [LIST]
    assert texts(a, "lead") + texts(a, "body") == OWN
    assert not any("للكاتب" in t for t in texts(a, "lead") + texts(a, "body"))


def test_the_list_glued_to_the_last_paragraph_is_cut_off_it():
    a = jazirah(OWN[0] + " \n" + OWN[1] + " " + LIST)
    assert _removed(a) == [LIST]
    assert texts(a, "lead") + texts(a, "body") == OWN
    # the text and its offsets are unchanged: the list is still in article.text
    assert a.text.endswith(LIST)


def test_a_one_paragraph_column_keeps_its_lead():
    a = jazirah(OWN[1] + " " + LIST)
    assert texts(a, "lead") == [OWN[1]]
    assert _removed(a) == [LIST]


def test_the_title_alone_and_a_womans_list():
    # "مقالات أخرى للكاتب" closing the text with no titles (4 of 389 records), and للكاتبة
    a = jazirah(OWN[0] + " \n" + OWN[1] + " مقالات أخرى للكاتب")
    assert _removed(a) == ["مقالات أخرى للكاتب"]
    a = jazirah(OWN[0] + " \nمقالات اخرى للكاتبة الشعب الذي يئن جراحاًثقافة الطفل")
    assert _removed(a) == ["مقالات اخرى للكاتبة الشعب الذي يئن جراحاًثقافة الطفل"]


def test_prose_that_mentions_other_articles_is_kept():
    # not in the last paragraph, inside a word, or a tail longer than any list: the article's text
    mid = "وقد نشرت الصحيفة مقالات أخرى للكاتب نفسه في الموضوع ذاته خلال الأسبوع الماضي."
    a = jazirah(mid + " \n" + OWN[1])
    assert author_list(a) is None and not _removed(a)
    long_tail = OWN[1] + " مقالات أخرى للكاتب نفسه تناولت الموضوع. " + "وهذا نص طويل من المقال. " * 40
    a = jazirah(OWN[0] + " \n" + long_tail)
    assert author_list(a) is None
    assert texts(a, "body") == [long_tail.strip()]
