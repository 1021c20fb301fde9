"""Speakers that are no person (subj25): the subject reader and the article-level junk repair (step
42c) on texts written for the test — an accusative adverb, a verb, a prepositional phrase, an opinion
noun with its owner's suffix, ``كل`` + an indefinite noun or a phrase that runs into ``ولا`` is not a
speaker; the object after a subject is cut (``طمأن الزعيم محبيه``); a role in construct with a proper
noun (``مدير جوجل``) is a new speaker, not the last person quoted — with the near misses (names ending
in ``ا``, ``الأب``, a role's prefix before a name) that keep the old reading."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.plausible import junk_speaker, opinion_of_owner, prepositional
from marsad.quotes.repair import _common_word, _junk_kind
from marsad.quotes.speakers import is_person_token, is_place


def known(word: str) -> bool:
    return is_person_token(word) or is_place(word)


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    return [(q.cue_text, q.speaker) for q in annotate(Article(text=text)).quotes]


FIRST = "وقال وزير المالية سامي الحداد إن العجز سينخفض هذا العام بفضل الإصلاحات الجديدة في الميزانية.\n"


def test_junk_kinds_of_one_word():
    assert _junk_kind("آنفا", "") == ("adverb", 0)
    assert _junk_kind("سيئا", "") == ("adverb", 0)
    assert _junk_kind("بين", "") == ("adverb", 0)  # التي جرت بين …: a preposition alone
    assert _junk_kind("أشاد", "") == ("verb", 0)  # the hollow form IV perfect
    assert _junk_kind("ترفض", "") == ("verb", 0)  # a cue form read as the speaker
    assert _junk_kind("علمي", "") == ("possessed", 0)  # حسب علمي: "to my knowledge"
    assert _junk_kind("رأيه", "") == ("possessed", 0)
    assert _junk_kind("لأحمد", "") == ("prepositional", 0)  # قال لأحمد: the one addressed


def test_names_and_roles_are_no_junk():
    # names ending in ا are names (the adverbs are a closed list), الأب is the father, إمام an imam
    for s in (
        "كندا",
        "نوكيا",
        "موزا",
        "الأب",
        "إمام",
        "مدير جوجل",
        "مصدر أمني",
        "بسمة الخلفاوي",
        "بلدية الخرج",
        "بيان",
        "لجنة التحقيق المستقلة",
        "مراسلنا",
    ):
        assert _junk_kind(s, "") == (None, len(s.split())), s
    # a role's prefix glued to ب before a name the lists know: the reader's cut, not a prepositional phrase
    assert _junk_kind("بصحة عسير سعيد النقير", "")[0] is None


def test_prepositional_and_generic_phrases():
    assert _junk_kind("بملء الفم", "") == ("prepositional", 0)
    assert _junk_kind("بأي تفاصيل أخرى", "") == ("prepositional", 0)
    assert _junk_kind("بوكالة تونس إفريقيا", "") == ("prepositional", 0)
    assert _junk_kind("بانتظام", "") == ("prepositional", 0)  # ب + a verbal noun
    assert _junk_kind("كل شخص", "") == ("generic", 0)
    assert _junk_kind("كل من", "")[0] is None
    assert prepositional("بملء", _common_word)
    assert not prepositional("بالوما", _common_word)
    assert not prepositional("لسعد", _common_word, known_name=True)


def test_trailing_particle_is_cut():
    assert junk_speaker(["متمردة", "ولا"], known) == ("trailing", 1)
    assert junk_speaker(["سيئا", "ولا"], known) == ("adverb", 0)  # the rest judged again
    assert junk_speaker(["الوزير", "محمد"], known) == (None, 2)
    # one unknown word left (وحدات متمردة ولا يمكن …): an adjective, no one named; a role or a name stays
    assert _junk_kind("متمردة ولا", "") == ("trailing", 0)
    assert _junk_kind("المتحدثة ولا", "") == ("trailing", 1)
    assert _junk_kind("محمد ولا", "") == ("trailing", 1)


def test_opinion_of_owner():
    assert opinion_of_owner("علمي") and opinion_of_owner("تقديرها") and opinion_of_owner("تجربتي")
    assert not opinion_of_owner("علماء") and not opinion_of_owner("رأي") and not opinion_of_owner("محمد")


def test_adverb_after_the_verb_is_no_subject():
    assert quotes_of(FIRST + "وقال آنفا إن الخطة جاهزة للتنفيذ.\n") == [
        ("وقال", "سامي الحداد"),
        ("وقال", "سامي الحداد"),
    ]
    assert quotes_of(FIRST + "وقد كان الموسم سيئا، وأكد أن الخطة جاهزة للتنفيذ.\n") == [
        ("وقال", "سامي الحداد"),
        ("وأكد", "سامي الحداد"),
    ]


def test_opinion_owner_in_an_attribution():
    assert quotes_of(FIRST + "وبحسب رأيه فإن الخطة جاهزة للتنفيذ.\n") == [
        ("وقال", "سامي الحداد"),
        ("وبحسب", "سامي الحداد"),
    ]


def test_prepositional_adjunct_is_no_subject():
    text = FIRST + "وأضاف في تصريح هاتفي بوكالة الأنباء الرسمية اليوم أن الخطة جاهزة للتنفيذ.\n"
    assert quotes_of(text) == [("وقال", "سامي الحداد"), ("وأضاف", "سامي الحداد")]


def test_object_after_the_subject_is_cut():
    text = (
        "قال الفنان محمد صبحي في مداخلة هاتفية مع الإعلامي وائل الإبراشي إن صحته جيدة.\n"
        "وطمأن الزعيم محبيه بالوطن العربي، وقال إنه بخير ويعود إلى العمل قريبا.\n"
    )
    # not الزعيم محبيه بالوطن العربي (the object read into the subject), nor a speaker named وقال
    assert quotes_of(text) == [("قال", "محمد صبحي"), ("وقال", "محمد صبحي")]


def test_role_with_a_proper_noun_is_a_new_speaker():
    lead = (
        "قال جوزيه مورينيو إن الفريق جاهز للمباراة المقبلة أمام المنافس القوي في الدوري بعد أسبوع من "
        "الراحة والتدريب.\n"
    )
    assert quotes_of(lead + "وقال مدير جوجل إن الشركة ستطلق خدمة جديدة.\n") == [
        ("قال", "جوزيه مورينيو"),
        ("وقال", "مدير جوجل"),
    ]
    assert quotes_of(lead + "وقال مدير الشركة إن الشركة ستطلق خدمة جديدة.\n") == [
        ("قال", "جوزيه مورينيو"),
        ("وقال", "مدير الشركة"),
    ]


def test_first_person_answer_with_an_adverb_is_the_interviewees():
    title = "الحداد: لن نتراجع عن الإصلاح\n\n"
    lead = 'أكد وزير المالية سامي الحداد في حوار مع "الأيام" أن الحكومة ماضية في خطتها.\n'
    qa = (
        "كيف تقيم الوضع الاقتصادي اليوم؟\n"
        "ذكرت آنفا أن العجز سينخفض هذا العام.\n"
        "ما ردكم على منتقديكم؟\n"
        "أكدت مرارا أن الخطة لا تمس رواتب الموظفين.\n"
    )
    assert quotes_of(title + lead + qa) == [
        (":", "سامي الحداد"),
        ("أكد", "سامي الحداد"),
        ("ذكرت", "سامي الحداد"),
        ("أكدت", "سامي الحداد"),
    ]
