"""Step 34 of the quotes work (docs/quotes.md): speakers in their fullest form (issue 6).

The gold convention of every annotated set: "the speaker is the fullest name in the article or else the
core noun phrase of the source". Sentences written for these tests, one or two per kind: a short form
while the article writes the full one, a name cut at a hyphen or dot, a title or description in front
of a name, a phrase run on into an apposition or an emphatic after the name; and the cases each rule
must leave alone.
"""
from __future__ import annotations

import marsad
from marsad.quotes.canonical import SpeakerCanon, glued_rests
from marsad.quotes.repair import SpeakerRepair
from marsad.quotes.speakers import SpeakerBook


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in marsad.parse(text).quotes]


def canon(text: str) -> SpeakerCanon:
    article = marsad.parse(text)
    return SpeakerCanon(article, article.quotes)


# -- padded: an apposition or an emphatic after the name ------------------------------------------

MILAN = """حادث دهس في ميلانو

أعلنت شرطة ميلانو العاصمة الاقتصادية لإيطاليا الأحد عن توقيف سائق الشاحنة.
"""

SINGER = """مغنية تلغي حفلها

تراجعت المطربة نوال عن قرار الاعتزال. وقد ردت نوال بنفسها على الشائعات مساء الأحد.
وقالت إنها بخير وإن الحفل أجل فقط.
"""


def test_an_organisation_named_in_the_text_ends_before_the_apposition_of_its_place():
    # العاصمة الاقتصادية لإيطاليا describes Milan; it is no part of the police's name
    assert SpeakerRepair(MILAN, []).organisations() == ["شرطة ميلانو"]


def test_an_emphatic_reflexive_is_no_part_of_the_name():
    # ردت نوال بنفسها: "Nawal herself"; the elided subject of وقالت is Nawal
    assert speakers(SINGER) == ["نوال"]


# -- a place noun before a name ----------------------------------------------------------------

FISHERMEN = """شكوى

وتحدث رئيس جمعية الصيادين بمنطقة عسفان حمد الشهري، عن معاناة الصيادين. وأوضح الشهري أن الأسعار ارتفعت.
"""


def test_the_name_after_a_place_noun_is_the_place_not_a_first_name():
    # بمنطقة عسفان: عسفان names the region; the person is حمد الشهري
    assert speakers(FISHERMEN) == ["حمد الشهري"]
    assert SpeakerBook(marsad.parse(FISHERMEN))._expansions("الشهري") == ["حمد الشهري"]


# -- a short form while the article writes the full one ---------------------------------------------

PLAYER = """رياضة

نشرت لاعبة التنس الأمريكية السابقة جيسيكا ماريانو، صورة قديمة لها على حسابها.
وقالت جيسيكا إن الرياضة تغيرت كثيرا. وجيسيكا ستعود إلى الملاعب قريبا.
"""

MINISTER = """وزارة العدل

أكد وزير العدل الشيخ الدكتور وليد بن محمد الصمعاني أن القضاء مستقل.
"""

SINGER_GOES_ON = """فن

قالت المطربة أحلام إنها ستعود إلى المسرح. وأحلام ستعود إلى الغناء في الشتاء.
"""

FAMILY = """عائلة

حضرت إيفانكا ترامب الحفل مع زوجها. وقال دونالد ترامب إن الحفل كان رائعا.
"""


def test_a_first_name_takes_the_family_name_written_where_the_person_is_introduced():
    # introduced after a description and before a comma; the sentence after the later mention
    # (وجيسيكا ستعود) is no name
    assert canon(PLAYER).fullest_name("جيسيكا") == "جيسيكا ماريانو"


def test_a_shorter_name_takes_the_entity_written_in_full():
    c = canon(MINISTER)
    assert c.fullest_name("محمد الصمعاني") == "وليد بن محمد الصمعاني"
    assert c.fullest_name("الصمعاني") == "وليد بن محمد الصمعاني"


def test_the_words_after_a_name_in_a_sentence_are_not_its_family_name():
    assert canon(SINGER_GOES_ON).fullest_name("أحلام") is None


def test_a_family_name_shared_by_two_people_is_left():
    assert canon(FAMILY).fullest_name("ترامب") is None


# -- a title or description in front of the name --------------------------------------------------

SQUADRON = """عرض جوي

قدم الفريق عرضا بقيادة قائد السرب سامي العتيبي.
وأكد المقدم العتيبي أن الفريق جاهز.
"""


def test_a_rank_before_a_family_name_gives_the_full_name():
    assert speakers(SQUADRON) == ["سامي العتيبي"]


def test_a_relation_noun_before_a_name_is_another_person():
    assert canon(SQUADRON).titled_name("الزوجة سامي العتيبي") is None


# -- an unnamed source written bare ----------------------------------------------------------

OFFICIAL = """سوريا

مسؤول: القوات الأمريكية باقية في سوريا

قال مسؤول أمريكي مطلع إن القوات ستبقى في المنطقة. ووصف المسؤول الانسحاب بأنه غير مطروح الآن.
"""

TWO_OFFICIALS = """محادثات

قال مسؤول أمريكي إن المحادثات مستمرة. وقال مسؤول روسي إن موسكو مستعدة. وأضاف المسؤول أن الموعد لم يحدد.
"""


def test_a_bare_source_takes_the_description_the_article_gives_it():
    # the headline مسؤول: and the anaphor المسؤول are the official described in the body
    assert speakers(OFFICIAL) == ["مسؤول أمريكي مطلع"] * 3


def test_a_bare_source_with_two_descriptions_is_left():
    article = marsad.parse(TWO_OFFICIALS)
    last = article.quotes[-1]
    assert SpeakerCanon(article, article.quotes).described_source(last) is None


# -- names cut at a hyphen or dot -------------------------------------------------------------

KOREA = """كوريا

وقال وزير الخارجية الكوري الجنوبي كانغ كيونغ-وا إن المحادثات ستستمر الأسبوع المقبل.
"""

STATION = """إطلاق نار

وذكرت محطة (دبليو.بي.إكس-6) التلفزيونية المحلية إن شخصين أصيبا في الحادث.
"""


def test_a_name_is_not_cut_at_its_hyphen():
    assert speakers(KOREA) == ["كانغ كيونغ-وا"]


def test_a_station_takes_its_dotted_name_in_parentheses():
    assert speakers(STATION) == ["محطة دبليو.بي.إكس-6"]


def test_a_full_stop_glued_to_the_next_sentence_is_no_part_of_a_name():
    from marsad.model import Quote, Span

    text = "وقال كيم جونغ.وأضاف أن الاجتماع انتهى"
    q = Quote(30, 38, kind="indirect")
    q.speaker, q.speaker_span = "كيم جونغ", Span(5, 13)
    assert glued_rests(text, [q]) == {}
