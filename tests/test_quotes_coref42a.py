"""Step 42a of the quotes work (docs/quotes.md): a described speaker and the named person it may
refer to — coreference by compatibility, not by recency (issue 6).

Sentences written for these tests in the news style of the held-out sets (none copied from a set):
a described office with its own complement (``باسم …``, ``في …``) or an indefinite official is a
source of its own unless the person quoted before is known with a word of that complement; near
misses that must keep the older reading (the same complement written beside the name, a bare role)."""
from __future__ import annotations

import marsad
from marsad.quotes.speakers import indefinite_official, own_complement


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in marsad.parse(text).quotes]


# a rights researcher quoted first; then a prosecutor described by his city: someone else
OTHER_OFFICE = """ترحيل مسؤول سابق

وقال سامر الحلبي الباحث في منظمة العفو الدولية إن المحاكمة لم تكن عادلة.
وقال المدعي العام في بنغازي في بيان إن المتهم سيمثل أمام القضاء الأسبوع المقبل.
"""

# the same spokesman, introduced by his name and his office, then described by the office
SAME_OFFICE = """معارك الساحل

أعلن العقيد رامي الشهري المتحدث باسم المقاومة الشعبية في تعز أن القوات تقدمت نحو المدينة.
وقال المتحدث باسم المقاومة إن أكثر من عشرين مسلحا سلموا أنفسهم.
"""

# an indefinite official after a named union leader: an unnamed source
INDEFINITE = """حادث بحري

وقال فادي النجار رئيس نقابة الصيادين إن القارب كان داخل المنطقة المسموح بها.
وقال قائد كبير بالبحرية المصرية إن الزورق تجاوز الحد البحري.
"""


def test_a_described_office_with_another_complement_is_not_the_last_person():
    sp = speakers(OTHER_OFFICE)
    assert sp[0] == "سامر الحلبي"
    assert sp[1].startswith("المدعي العام")  # the phrase reader stops before في بنغازي


def test_a_described_office_whose_complement_the_last_person_holds_is_that_person():
    sp = speakers(SAME_OFFICE)
    assert sp[-1] == "رامي الشهري"


def test_an_indefinite_official_is_not_the_last_person():
    assert speakers(INDEFINITE)[-1] == "قائد كبير بالبحرية المصرية"


def test_own_complement_reads_the_words_after_the_preposition():
    assert own_complement("المتحدث باسم الخارجية".split())
    assert own_complement("قائد رفيع بالبحرية".split())
    assert not own_complement("وزير الخارجية الأمريكي".split())
    assert not own_complement("الوزير".split())


def test_indefinite_official_tells_an_adjective_from_a_construct():
    assert indefinite_official("مسؤول فلسطيني".split())
    assert indefinite_official("مسؤول في الوزارة".split())
    assert not indefinite_official("رئيس وزراء الحكومة المحلية".split())
    assert not indefinite_official("وزير الخارجية".split())
    assert not indefinite_official("المتحدث باسم الجيش".split())
