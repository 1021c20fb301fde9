"""Step 46j (docs/quotes.md): speakers that are no party at all. Sentences written for the test, with
near misses that must not change.

Kind 1 — the object of a sentence's first verb read as a later cue's speaker: a circumstantial
participle or coordinated cue (``مشيرة``, ``لافتا``, ``معربا``) whose own subject is elided takes the
subject of the sentence's first verb; when that verb's subject is elided or written before its object,
the phrase reader returned the object (``بسط نفوذها``, ``لوجود خطة``, ``صورة``) as a "name".

Kind 2 — a headline's speaker part with the person or medium addressed glued after it by ``ل``
(``أمير قطر لروحاني:``, ``فواز جرجس لـCNN:``): the addressee is no part of the speaker."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate

_LEAD = "قال رئيس الحكومة سمير الجابري إن الموازنة الجديدة ستقر قبل نهاية الشهر. "


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.cue_text, q.speaker) for q in annotate(Article(text=_LEAD + text)).quotes]


def _second(text: str) -> str | None:
    """The speaker of the last quotation found after the lead sentence's."""
    found = _speakers(text)
    assert len(found) >= 2, found
    return found[-1][1]


def test_object_of_the_first_verb_is_no_speaker():
    # the verb's subject is elided: its prepositional or noun object is no party; the running speaker
    assert _second("وأشار لوجود خطة بديلة لتوزيع المساعدات على الأسر، لافتا إلى أن التنفيذ سيبدأ الشهر المقبل."
                   ) == "سمير الجابري"
    assert _second("ونشر صورة للفريق عبر حسابه على تويتر، معربا عن ثقته في أن الفوز قادم.") == "سمير الجابري"


def test_subject_before_a_verbal_noun_object():
    # the body written before the verbal noun object speaks, not the object
    assert _second("وأعلنت المعارضة المسلحة بسط نفوذها على البلدة، مشيرة إلى أن المعارك انتهت.") == "المعارضة المسلحة"


def test_near_misses_keep_their_speakers():
    # a name after the verb (a role before it) is the subject
    assert _second("وغرد وزير الخارجية حامد الكعبي على تويتر، قائلا إن البلاد لن تتراجع.") == "حامد الكعبي"
    # a body with its own verb: unchanged
    assert _second("وأعلنت الهيئة المستقلة فرض رقابتها على الصناديق، مشيرة إلى أن النتائج ستعلن غدا."
                   ) == "الهيئة المستقلة"
    # كان + subject: its own test (a medium named before its verb)
    assert _second("وكانت قناة الجزيرة قد بثت تقريرا الخميس قالت فيه إن الاتفاق انهار.") == "قناة الجزيرة"


# Kind 2 — a headline's speaker with the person or medium addressed glued after it by ``ل``.

def _headline_speaker(line: str) -> str | None:
    from marsad.quotes.headline import headline_quote

    found = headline_quote(line, "title")
    return line[found[0] : found[1]] if found else None


def test_headline_addressee_is_cut():
    assert _headline_speaker("رئيس الوزراء لأردوغان: لن نقبل بأي تسوية على حساب الأرض") == "رئيس الوزراء"
    assert _headline_speaker("سمير الجابري لـBBC: الموازنة الجديدة ستقر قبل نهاية الشهر") == "سمير الجابري"


def test_headline_near_misses_keep_their_speaker():
    # a family name opening with ل, a role's complement (ل + a body) are no addressee
    assert _headline_speaker("حامد لطفي: الموازنة الجديدة ستقر قبل نهاية الشهر") == "حامد لطفي"
    assert _headline_speaker("وزير الخارجية لقناة العربية: لن نسمح بأي عدوان على أرضنا") == "وزير الخارجية لقناة العربية"
