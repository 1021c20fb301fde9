"""Wrong speakers of issue 6, task coref31 (docs/quotes.md step 52a): the gender a kinship noun or a
form of address gives the name after it (a pronoun of the other gender passes that person over, both
ways), a relation noun in construct with a name (``خطيبة خاشقجي``: the relative speaks, not the name),
the relative named in a second apposition, and a paragraph's subject continued only by a verb of its
gender and never by the listener after ``ل`` — on texts written for the test."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.coref import spelling_key
from marsad.quotes.cues import fold
from marsad.quotes.speakers import _relative_form, kin_gender, subject_phrase


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in annotate(Article(text=text)).quotes]


def test_kin_gender_reads_possessed_kinship_nouns_and_address() -> None:
    for word in ("ابنته", "زوجته", "وزوجته", "لابنته", "شقيقتها", "والدته", "خطيبته", "أخته", "السيدة"):
        assert kin_gender(word) == "f", word
    for word in ("ابنه", "زوجها", "شقيقه", "نجله", "والسيد"):
        assert kin_gender(word) == "m", word
    # a construct (زوجة ترامب: the name is the husband), a possessed noun of no kinship, a plain word
    for word in ("زوجة", "ابنة", "مسؤوليته", "الرئيس", "قال"):
        assert kin_gender(word) == "", word


def test_masculine_pronoun_skips_a_woman_named_after_a_kinship_noun() -> None:
    text = (
        "ترامب وابنته\n"
        "رأى الرئيس الأمريكي دونالد ترامب أن ابنته إيفانكا ترامب قد تكون رائعة في المنصب، "
        "إلا أنه قال إنه سيتهم بالمحسوبية في حال عينها.\n"
    )
    assert speakers_of(text) == ["دونالد ترامب", "دونالد ترامب"]


def test_feminine_pronoun_skips_a_man_named_after_a_kinship_noun() -> None:
    text = (
        "عنوان\nتحدثت الكاتبة سلمى الحسيني عن زوجها أحمد الخطيب طويلا، لكنها قالت إن الكتاب لم يكتمل بعد.\n"
    )
    assert speakers_of(text) == ["سلمى الحسيني"]


def test_relation_noun_in_construct_with_a_name_is_no_name() -> None:
    for text, role in (("خطيبة خاشقجي إن", "خطيبة خاشقجي"), ("ابنة ترامب إن", "ابنة ترامب")):
        phrase, _ = subject_phrase(text, 0, 0)
        assert (phrase.kind, phrase.name, phrase.role) == ("source", "", role)


def test_relative_named_in_the_second_apposition_speaks() -> None:
    sentence = "خطيبة الصحفي والكاتب السعودي المختفي، جمال خاشقجي، خديجة جنكيز، عن حزنها"
    phrase, _ = subject_phrase(sentence, 0, 0)
    assert (phrase.kind, phrase.name) == ("name", "خديجة جنكيز")
    # one apposition after the relation's complement still names the relative (the wife)
    phrase, _ = subject_phrase("زوجة الرئيس الأمريكي، ميلانيا ترامب، إن", 0, 0)
    assert (phrase.kind, phrase.name) == ("name", "ميلانيا ترامب")
    text = (
        "عنوان\n"
        "أكد ترامب أن هناك عقوبات.\n"
        "عبرت خطيبة الصحفي والكاتب السعودي المختفي، جمال خاشقجي، خديجة جنكيز، عن حزنها بسبب اختفاء "
        "خطيبها، وكشفت عن خطتها لذكرى ميلاده الـ60، والتي تصادف السبت.\n"
    )
    assert speakers_of(text) == ["ترامب", "خديجة جنكيز"]


def test_previous_paragraph_subject_needs_the_verb_gender_and_is_no_listener() -> None:
    # a masculine verb opened the paragraph before: its subject is no subject of وقالت
    text = (
        "عنوان\n"
        "وصل رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى برلين يوم الاثنين.\n"
        "وقالت لنتنياهو إن ألمانيا تدعم الاتفاق النووي.\n"
    )
    assert speakers_of(text) == [None]
    # a feminine verb there: its subject continues (the listener named in the same paragraph is not it)
    text = (
        "ميركل ونتنياهو\n"
        "استقبلت المستشارة الألمانية أنغيلا ميركل رئيس الوزراء الإسرائيلي بنيامين نتنياهو في برلين يوم الاثنين.\n"
        "وقالت لنتنياهو إن ألمانيا تدعم الاتفاق النووي.\n"
    )
    assert speakers_of(text) == ["أنغيلا ميركل"]


def test_a_relative_is_no_fuller_name_and_ng_spellings_meet() -> None:
    # the tagger's mention ابن بليسينغ (her son) is no fuller form of بليسينغ, and بليسينغ / بليسيغ are
    # one name spelt with and without the n of an English -ng
    assert spelling_key("بليسينغ") == spelling_key("بليسيغ")
    assert _relative_form("ابن بليسينغ", (fold("بليسينغ"),))
    assert not _relative_form(
        "ابن كيران", (fold("ابن"), fold("كيران"))
    )  # a family name with ابن, written whole
    text = (
        "عنوان\n"
        "اتهمت الشرطة الأمريكية المسنة آنا ماي بليسيغ بقتل ابنها في منزلها.\n"
        "ونقل ابن بليسينغ الآخر إلى المستشفى بعد الحادث.\n"
        "ووجدت الشرطة بليسينغ في غرفتها. وقالت بليسينغ للشرطة إنها كانت تنوي قتل نفسها أيضا.\n"
    )
    assert speakers_of(text)[-1] == "آنا ماي بليسيغ"


def test_possessed_collective_before_the_complementizer_is_the_subject() -> None:
    text = "عنوان\nتوفيت الشابة مريم سالم في حادث سير أمس. وقالت أسرتها إن السائق فر من المكان.\n"
    assert speakers_of(text) == ["أسرتها"]
    # not before إن: the object of the verb (اتهمت عائلتها بإرغامها), the subject elided
    phrase, _ = subject_phrase("عائلتها بإرغامها على الزواج", 0, 0)
    assert phrase.kind == "elided"
