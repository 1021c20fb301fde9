"""Round-2 speaker rules (docs/quotes.md, step 28): a name spelt with one long vowel letter more or
less is the fullest name of the article, and an office described without a name in the lead is the
person the next sentence names. Every test text is written for the test; none is copied from an
article."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.speakers import _vowel_variant
from marsad.quotes.stage import annotate_quotes


def speakers_of(text: str) -> list[str | None]:
    a = Article(text=text)
    annotate_quotes(a)
    return [q.speaker for q in a.quotes]


# -- spelling variants of one foreign name --------------------------------------------------------

def test_one_long_vowel_more_or_less_is_a_spelling_variant():
    assert _vowel_variant("كماتشو", "كاماتشو")
    assert _vowel_variant("نيبينزيا", "نيبنزيا")
    assert not _vowel_variant("كماتشو", "كماتشو")  # the same word
    assert not _vowel_variant("اماتشو", "ماتشو")  # the first letter is no vowel left out
    assert not _vowel_variant("كماتشو", "كماتشون")  # a consonant more
    assert not _vowel_variant("كماتشو", "كاماتشوا")  # two letters more


def test_a_family_name_spelt_without_a_long_vowel_takes_the_full_name():
    text = ("أكد الإسباني فرناندو غارسيانو، مدرب النادي السابق، أن الفريق قادر على المنافسة.\n"
            "وقال غرسيانو إن اللاعبين الشباب يحتاجون إلى الصبر.\n")
    assert speakers_of(text) == ["فرناندو غارسيانو", "فرناندو غارسيانو"]


def test_arabic_names_one_vowel_apart_stay_apart():
    # محمود is no spelling of محمد, حسين none of حسن: both are known names
    text = ("قال محمود العلي إن المشروع سينتهي قريبا.\n"
            "وقال محمد إن التمويل متوفر.\n")
    assert speakers_of(text)[1] != "محمود العلي"


# -- an office in the lead, its holder named in the next sentence ---------------------------------

def test_an_office_in_the_lead_is_the_person_the_next_sentence_names():
    text = ("أعلن وزير الزراعة الأردني أن موسم القمح سيبدأ مبكرا هذا العام.\n"
            "وقال خالد الحنيطي، خلال مؤتمر صحفي، إن الأمطار كانت وفيرة.\n")
    assert speakers_of(text) == ["خالد الحنيطي", "خالد الحنيطي"]


def test_an_office_is_not_a_person_named_next_with_another_office():
    text = ("أعلن وزير الزراعة الأردني أن موسم القمح سيبدأ مبكرا هذا العام.\n"
            "وقال وزير المالية سامر الخطيب إن الميزانية تكفي.\n")
    assert speakers_of(text)[0] == "وزير الزراعة الأردني"


def test_an_office_is_not_a_person_named_far_after_it():
    filler = "وشهدت المنطقة أمطارا غزيرة خلال الأسابيع الماضية أدت إلى ارتفاع منسوب المياه في السدود. " * 8
    text = ("أعلن وزير الزراعة الأردني أن موسم القمح سيبدأ مبكرا هذا العام.\n" + filler + "\n"
            "وقال خالد الحنيطي إن الأمطار كانت وفيرة.\n")
    assert speakers_of(text)[0] == "وزير الزراعة الأردني"


def test_an_office_is_not_the_person_named_next_with_a_role_of_their_own():
    text = ("وطلب محامي المتهم من المحكمة أن تؤجل الجلسة إلى الشهر المقبل.\n"
            "وقال القاضي سامر الخطيب إن القرار سيصدر لاحقا.\n")
    assert speakers_of(text)[0] != "سامر الخطيب"


# -- the end of a role before a name --------------------------------------------------------------

def test_a_country_or_its_nisba_before_a_name_is_the_role_s_end_not_the_name():
    from marsad.quotes.speakers import trim_name
    assert trim_name("المصري محمد عبد العاطي") == "محمد عبد العاطي"  # وزير الري المصري …
    assert trim_name("السودان عبد المحمود عبد الحليم") == "عبد المحمود عبد الحليم"  # سفير السودان …
    assert trim_name("العربي بن مهيدي") == "العربي بن مهيدي"  # a given name, not a nisba of a place
    assert trim_name("مدينة أوستن الأمريكية") == "مدينة أوستن الأمريكية"  # a place, not a name
    text = "وقال وزير الري المصري محمد عبد العاطي إن المفاوضات ستستمر.\n"
    assert speakers_of(text) == ["محمد عبد العاطي"]


# -- the definite document with its issuer ---------------------------------------------------------

def test_the_statement_issued_by_a_body_speaks_for_that_body():
    assert speakers_of("وأكد البيان الصادر عن وزارة الداخلية أن الوضع مستقر.\n") == ["وزارة الداخلية"]
    assert speakers_of("وأكد بيان صادر عن وزارة الداخلية أن الوضع مستقر.\n") == ["وزارة الداخلية"]
    # no issuer named: the document stays
    assert speakers_of("وقال البيان الصادر أمس إن القمة ستعقد غدا.\n") == ["البيان الصادر"]


def test_a_group_and_its_members_issue_a_statement_together():
    text = "وقال البيان الصادر عن مجموعة من الخبراء المستقلين في الأمم المتحدة إن الاحتجاز تعسفي.\n"
    assert speakers_of(text) == ["مجموعة من الخبراء المستقلين"]


# -- an unnamed source with its description -------------------------------------------------------

def test_an_unnamed_source_keeps_where_it_serves_and_whom_it_is_close_to():
    assert speakers_of("وقال قائد في الجيش النظامي إن الهجوم فشل.\n") == ["قائد في الجيش النظامي"]
    assert speakers_of("وقال عضو في البرلمان إن القانون سيمر.\n") == ["عضو في البرلمان"]
    assert speakers_of("وأكد مقربون من رئيس الحزب أنه سيترشح.\n") == ["مقربون من رئيس الحزب"]
    assert speakers_of("وأعلنت الشرطة في الهند أنها اعتقلت ثلاثة أشخاص.\n") == ["الشرطة في الهند"]


def test_the_event_of_a_statement_is_no_description_of_its_source():
    assert speakers_of("وقال قائد في مؤتمر صحفي إن الهجوم فشل.\n") == ["قائد"]
    assert speakers_of("وقالت الشرطة في بيان إن الهجوم فشل.\n") == ["الشرطة"]


def test_a_name_in_a_relative_clause_after_a_role_s_complement_is_not_its_holder():
    text = "وقال قائد في التحالف العسكري الذي يدعم الرئيس سامر الخطيب إن الهجوم فشل.\n"
    assert speakers_of(text) == ["قائد في التحالف العسكري"]


def test_a_name_after_a_role_s_complement_is_still_the_speaker():
    text = "وقالت عضو في الكونغرس البرازيلي ماريا دو روزاريو إن القانون سيمر.\n"
    assert speakers_of(text) == ["ماريا دو روزاريو"]
    text = "وقالت عضو في الكونغرس البرازيلي، ماريا دو روزاريو، إن القانون سيمر.\n"
    assert speakers_of(text) == ["ماريا دو روزاريو"]
