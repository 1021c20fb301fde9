"""Speakers (span27, issue 6) on texts written for the test: the verb's object read into the subject's
name (``واتهم نتانياهو عباس بـ…`` → نتانياهو; ``وهاجم ترامب غوغل`` and a tagger's entity named
``ترامب غوغل`` whose lone mentions are ``غوغل``), and a bare family name shared by two people of the
article (``دونالد ترامب``, ``إيفانكا ترامب``: ``وأضاف ترامب``) — with the near misses that keep one name
(a given name before a shared family name, a pair the article writes twice, ``جونيور``)."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate

LEAD = "وصل الوفد إلى العاصمة صباح أمس في زيارة رسمية تستمر يومين.\n"
NETANYAHU = "قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إن الوضع خطير، بينما دعا الرئيس الفلسطيني محمود عباس إلى التهدئة. "


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    return [(q.cue_text, q.speaker) for q in annotate(Article(text=LEAD + text)).quotes]


# -- 1. the object read into the subject's name ------------------------------------------------------


def test_family_name_then_object_name():
    got = quotes_of(NETANYAHU + "واتهم نتانياهو عباس بالتحريض على العنف ضد الإسرائيليين.")
    assert got == [("قال", "بنيامين نتانياهو"), ("دعا", "محمود عباس"), ("واتهم", "بنيامين نتانياهو")]


def test_glued_entity_is_the_object_party():
    # the tagger's mention ترامب غوغل names an entity whose other mentions are غوغل alone
    text = (
        "وقال الرئيس الأمريكي دونالد ترامب إن غوغل منحازة. وهاجم ترامب غوغل قائلا إنها تخفي الأخبار الجيدة عنه. "
        "وردت غوغل بأنها محايدة."
    )
    assert quotes_of(text) == [("وقال", "دونالد ترامب"), ("قائلا", "دونالد ترامب"), ("وردت", "غوغل")]


def test_one_name_kept():
    # a given name before the family name of another person of the article is her own name
    text = "وقال الرئيس الأمريكي دونالد ترامب إن الاقتصاد قوي. وقالت إيفانكا ترامب إنها فخورة بوالدها."
    assert quotes_of(text)[1] == ("وقالت", "إيفانكا ترامب")
    # a pair the article writes twice is one name (غارسيا ماركيز after غابرييل غارسيا ماركيز)
    text = (
        "وقال الكاتب غابرييل غارسيا ماركيز إن الرواية لم تنته. وكان غارسيا ماركيز قد زار المدينة. "
        "وأكد غارسيا ماركيز أن الكتابة شاقة."
    )
    assert quotes_of(text)[-1] == ("وأكد", "غابرييل غارسيا ماركيز")


# -- 2. a family name shared by two people ----------------------------------------------------------


def test_shared_family_name_follows_the_verb_gender():
    text = (
        "وقال الرئيس الأمريكي دونالد ترامب إن الاقتصاد قوي. وقالت إيفانكا ترامب إنها فخورة بوالدها. "
        "وأضاف ترامب أن الانتخابات ستكون سهلة."
    )
    assert quotes_of(text) == [
        ("وقال", "دونالد ترامب"),
        ("وقالت", "إيفانكا ترامب"),
        ("وأضاف", "دونالد ترامب"),
    ]


def test_shared_family_name_feminine_verb_and_role():
    text = (
        "قال الرئيس الأمريكي دونالد ترامب إن الاقتصاد قوي. وقالت إيفانكا ترامب إنها فخورة بوالدها. "
        "وقال الرئيس ترامب إن الانتخابات ستكون سهلة. وقالت ترامب إنها ستدعمه."
    )
    got = quotes_of(text)
    assert [sp for _, sp in got][2:] == ["دونالد ترامب", got[1][1]]
    assert got[1][1].endswith("إيفانكا ترامب")


# -- 3. the subject of a sentence whose verb follows a fronted adjunct --------------------------------


def test_fronted_adjunct_before_the_clause_verb():
    # the coordinated cue with no subject of its own continues the subject of تحدث, not the last speaker
    text = (
        "وقال المتحدث باسم الحكومة أحمد سالم إن الخطة جاهزة.\n"
        "ففي عام 2015 تحدث كريم الناصري، أمام جمع من المهندسين في العاصمة، وقال لهم إن المشروع سيكتمل قريبا."
    )
    assert quotes_of(text)[-1] == ("وقال", "كريم الناصري")


def test_proclitic_noun_is_no_clause_verb():
    # وبغياب is a preposition and a noun, not the verb: the coordinated cue keeps its old reading
    text = (
        "وقال المتحدث باسم الحكومة أحمد سالم إن الخطة جاهزة.\n"
        "وخلال الجلسة وبغياب كريم الناصري تطرق الدفاع إلى وضعه الصحي وندد بالتناقضات في روايات الشهود."
    )
    assert ("وندد", "كريم الناصري") not in quotes_of(text)
