"""Step 54a (docs/quotes.md): wrong speakers that remain (issue 6) — a person named inside a role's
complement before the holder's honorific and name (``رئيس بلدية أبو عجرم المهندس مشعل الحسن``), and a
role subject read into the verb's object before a participle (``وناقش الوزراء خطة العمل بمزيد …،
مؤكدين``) — on sentences written for the test, with the near misses that must not change."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate

#: the first line of a plain-text article is its title (a unit of its own)
TITLE = "أخبار اليوم\n\n"


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    a = annotate(Article(text=TITLE + text))
    return [(q.cue_text, q.speaker) for q in a.quotes]


def test_the_holder_named_after_an_honorific_not_the_person_inside_the_role():
    # a kunya place name inside the role (tagged as a person) and the participle after it
    assert speakers_of(
        "من جهته، أبدى رئيس بلدية أبو عجرم المهندس مشعل الحسن دهشته من التعليقات، مؤكدا أنها لا تمثل الأهالي."
    ) == [("أبدى", "مشعل الحسن"), ("مؤكدا", "مشعل الحسن")]
    # a body named after a king inside the role
    assert speakers_of("وقال مدير عام مستشفى الملك فهد الدكتور سعد الغامدي إن المشروع جاهز.") == [
        ("وقال", "سعد الغامدي")
    ]
    assert speakers_of("وقال رئيس بلدية أبو ظبي المهندس سعد الغامدي إن المشروع جاهز.") == [
        ("وقال", "سعد الغامدي")
    ]
    # near misses: the honorific opens the phrase, or no name inside the role
    assert speakers_of("وقال الدكتور سعد الغامدي إن المشروع جاهز.") == [("وقال", "سعد الغامدي")]
    assert speakers_of("وقال مدير عام الشركة المهندس سعد الغامدي إن المشروع جاهز.") == [
        ("وقال", "سعد الغامدي")
    ]


def test_a_role_subject_is_not_read_into_the_object_of_its_verb():
    # verb – definite role – indefinite object noun – a junk "name" (بمزيد), then a participle
    assert speakers_of("وناقش الوزراء خطة العمل بمزيد من التفصيل في الاجتماع، مؤكدين أن التعاون ضروري.") == [
        ("مؤكدين", "الوزراء")
    ]
    # the same without the junk name: the role was kept with its object
    assert speakers_of("وناقش الوزراء خطة العمل في الاجتماع، مؤكدين أن التعاون ضروري.") == [
        ("مؤكدين", "الوزراء")
    ]
    assert speakers_of("واستعرضت الوزارة خطة العمل بمزيد من التفصيل، مؤكدة أن التعاون ضروري.") == [
        ("مؤكدة", "الوزارة")
    ]
    # near misses: a named subject, a definite role and its adjective, a preposition after the role
    assert speakers_of("وناقش الوزير أحمد الزهراني خطة العمل، مؤكدا أن التعاون ضروري.") == [
        ("مؤكدا", "أحمد الزهراني")
    ]
    assert speakers_of("وتحدث الوزير السعودي عن الأزمة، مضيفا أن الحل قريب.") == [("مضيفا", "الوزير السعودي")]


def test_a_preposition_in_a_role_is_no_given_name_and_an_envoys_destination_is_crossed():
    # بين before a definite word in a role's complement is "between", not the given name Ben
    assert speakers_of("وقالت وزيرة شؤون المساواة بين الجنسين مارلين شيابا إن الحكومة ستدعم المشروع.") == [
        ("وقالت", "مارلين شيابا")
    ]
    assert speakers_of("وقال المدرب بين ستانتون إن الاتفاق جاهز.") == [("وقال", "بين ستانتون")]
    # an envoy's destination after إلى, then the holder's name (not the envoy named before)
    assert speakers_of(
        "وقال موفد الأمم المتحدة إلى سوريا ستافان دي ميستورا إن المحادثات ستستأنف. "
        "وقال المبعوث الأمريكي إلى اليمن تيم ليندركينغ إن الحل قريب."
    ) == [("وقال", "دي ميستورا"), ("وقال", "تيم ليندركينغ")]


def test_a_reply_with_its_own_named_subject_after_an_earlier_statement():
    # the participle after ليرد عليه / ورد عليه + a named person: the one who replies
    assert speakers_of(
        'وقال نجيب ساويرس إن النادي للبيع، ليرد عليه محمد صلاح قائلا: "النادي ليس للبيع".'
    ) == [
        ("وقال", "نجيب ساويرس"),
        ("قائلا", "محمد صلاح"),
    ]
    # near misses: a relative clause with its own subject inside the earlier statement; no verb between
    text = (
        "وقال جيرمي كوربين إن المنازل قد تصادر. وأضاف أن الحي الذي يقع فيه برج جرينفيل، كان أشبه"
        ' بـ"مدينتين، في الجنوب للأغنياء"، متابعا "يجب إيجاد منازل لهم". وقال "كيف نقبل بهذا الوضع في لندن؟".'
    )
    assert [s for _, s in speakers_of(text)] == ["جيرمي كوربين"] * 4
    # the apposition after the replier's name ends right before the participle
    assert speakers_of("وتطرق لها عبدالملك الحوثي، زعيم الحوثيين متوعدا بالرد على التحالف.") == [
        ("متوعدا", "عبدالملك الحوثي")
    ]
    assert speakers_of("وقال نجيب ساويرس إن النادي للبيع، مضيفا أن السعر مناسب.") == [
        ("وقال", "نجيب ساويرس"),
        ("مضيفا", "نجيب ساويرس"),
    ]


def test_a_reply_by_a_role_and_its_holders_name():
    assert speakers_of(
        "وهدد ترامب بعقوبات على طهران، متوعدا بالرد، وهو الأمر الذي رد عليه الرئيس الإيراني، حسن روحاني"
        " قائلا إن بلاده لن تتفاوض."
    ) == [("وهدد", "ترامب"), ("متوعدا", "ترامب"), ("قائلا", "حسن روحاني")]
    # near miss: a bare role after the verb (no name read there)
    assert speakers_of("وهو الأمر الذي رد عليه الرئيس قائلا إن بلاده لن تتفاوض.") == [("قائلا", None)]


def test_the_subject_of_a_fronted_when_clause_speaks_in_the_main_clause():
    assert speakers_of(
        "عندما أطلقت هيلاري كلينتون حملتها الانتخابية عام 2015، دعت إلى إصلاح نظام العدالة. "
        "وقالت إن النظام يحتاج إلى تغيير."
    ) == [("دعت", "هيلاري كلينتون"), ("وقالت", "هيلاري كلينتون")]
    # near misses: the main clause has its own subject
    assert speakers_of("وعندما وصل محمد صلاح إلى الملعب، قالت الصحيفة إن الفريق جاهز.") == [
        ("قالت", "الصحيفة")
    ]
    assert speakers_of("وعندما وصلت الشرطة إلى المكان، قال شهود إن المهاجم فر.") == [("قال", "شهود")]
