"""Step 50r (rec26): verbs of blaming and of naming a cause — ``حمّل X (ال)مسؤولية``, ``أرجع X إلى Y``,
``ألقى/أنحى باللوم|باللائمة على`` — whose object and what follows are the statement
(``marsad.quotes.reported.blame_verbs``). Sentences of our own, with near misses that must stay out:
the same verbs meaning "carried", "bore", "returned" and "gave (a speech)"."""

from __future__ import annotations

import marsad


def _quotes(body: str) -> list[tuple[str, str | None]]:
    a = marsad.parse(("لندن - 12-03-2018\n" + body).encode())
    return [(a.text[q.start : q.end], q.speaker) for q in a.quotes]


def test_holding_responsible_is_a_statement_from_the_object():
    assert _quotes("وحملت بريطانيا الاثنين روسيا مسؤولية الهجوم بغاز الأعصاب في سالزبري.") == [
        ("روسيا مسؤولية الهجوم بغاز الأعصاب في سالزبري", "بريطانيا")
    ]
    # the object read into the subject starts at the last party's name (an organisation head)
    assert _quotes("وكانت قد حملت الرئاسة الفلسطينية حركة حماس المسؤولية الكاملة عن التفجير.") == [
        ("حركة حماس المسؤولية الكاملة عن التفجير", "الرئاسة الفلسطينية")
    ]
    # an adjunct between commas stands between the subject and the object
    assert _quotes("حملت الحكومة، على لسان وزير الإعلام، المعارضة مسؤولية أعمال الشغب.") == [
        ("المعارضة مسؤولية أعمال الشغب", "الحكومة")
    ]


def test_participle_after_a_quotation_is_a_statement_of_its_own():
    got = _quotes('وأكد النواب "التزامهم بالحلول السلمية للأزمة"، محملين الحكومة مسؤولية العنف في البلاد.')
    assert ("الحكومة مسؤولية العنف في البلاد", "النواب") in got


def test_naming_a_cause_is_a_statement_from_the_object():
    assert _quotes("وأرجعت السلطات الحادث إلى سوء الأحوال الجوية.") == [
        ("الحادث إلى سوء الأحوال الجوية", "السلطات")
    ]
    assert _quotes("وأرجع الباحثون ذلك إلى احتواء الطماطم على مادة مضادة للأكسدة.") == [
        ("ذلك إلى احتواء الطماطم على مادة مضادة للأكسدة", "الباحثون")
    ]
    # a prepositional adjunct without commas before the object
    assert _quotes("كما أرجعت فرق التحقيق في الموقع سبب الحريق إلى تماس كهربائي.") == [
        ("سبب الحريق إلى تماس كهربائي", "فرق التحقيق")
    ]


def test_laying_the_blame_is_a_statement_from_ala():
    assert _quotes("ويلقي الأردن باللائمة على الاضطرابات في المنطقة.") == [
        ("على الاضطرابات في المنطقة", "الأردن")
    ]
    assert _quotes("وأنحت كتائب القسام، الجناح العسكري لحركة حماس، باللائمة على إسرائيل في الانفجار.") == [
        ("على إسرائيل في الانفجار", "كتائب القسام")
    ]


def test_the_same_verbs_in_other_senses_give_nothing():
    assert _quotes("وحمل اللاعب الكأس أمام الجماهير في الملعب.") == []
    assert _quotes("وأرجع الحارس الكرة إلى منتصف الملعب.") == []
    assert _quotes("وألقى الرئيس كلمة أمام البرلمان.") == []
    assert _quotes("وتحمل الحكومة مسؤولية حماية المواطنين.") == []  # (bears: present forms are left out)
    assert _quotes("وحمل هذه المسؤولية طوال عشر سنوات.") == []  # (bore it: a demonstrative before the key)
    assert _quotes("ولم يحمل أحد الحكومة المسؤولية عن الحادث.") == []  # (negated, and a present)


def test_participle_after_on_the_tongue_of_is_that_persons():
    # a statement read before it must not take the participle from the person named as its sayer
    got = _quotes(
        "حملت بريطانيا الاثنين روسيا مسؤولية الهجوم. وجاء هذا الاتهام على لسان وزير الدفاع البريطاني"
        ' جافين وليامسون مضيفا أن "هذا أمر ينبغي أن يتحد العالم معنا في التنديد به".'
    )
    assert got[-1] == ("هذا أمر ينبغي أن يتحد العالم معنا في التنديد به", "جافين وليامسون")
