"""Missed statements of the recall18 work (docs/quotes.md, step 42d), on sentences of our own shaped like
those of the repository sets and of fresh news, with the near misses that must stay no quotation:

* the object of a denial (``نفى``) that the subject phrase read over or that follows it — a charge, a
  claim, a report (``الاتهامات``, ``مزاعم``, ``التقارير``) or a verbal noun (held-out 9, 17, 28, 64):
  ``لكنه نفى الاتهامات الموجهة إليه`` was read as the statement ``إليه``; not in a relative clause nor
  inside another statement;
* the possessed verbal noun of the fifth form (تفعّل: ``ترشّحه``, ``تعرّضهم``) as an announced object
  (held-out 9, 66); a place of that shape stays no object;
* the nominalised cue ``إعلان`` after ``بعيد``, ``في أعقاب``, ``وبعد``/``فبعد`` and ``بعد ساعات من``
  (held-out 13, 50, 66); not after ``بدلا من`` / ``منعه من``; a fronted ``وبعد إعلان X أن …،`` ends
  at the comma before its main clause (the held-out 9 gold);
* a toll noun before a number as an announced object (``مقتل 11 جنديا``, held-out 47)."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    """``(kind, cue, content)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def speakers_of(text: str) -> list[str | None]:
    a = Article(text=text)
    annotate_quotes(a)
    return [q.speaker for q in a.quotes]


def test_denied_object_read_into_the_subject():
    # the subject elided after لكنه: the whole charge, not the word after it
    assert quotes_of("واستقال وزير النقل الأربعاء، لكنه نفى الاتهامات الموجهة إليه.") == [
        ("indirect", "نفى", "الاتهامات الموجهة إليه")]
    # the subject before قد (the pluperfect), the report denied right after the verb
    assert quotes_of("وكانت وزارة الداخلية قد نفت التقارير عن اعتقال الصحفي.") == [
        ("indirect", "نفت", "التقارير عن اعتقال الصحفي")]
    # a claim noun after a named subject, and one right after an organisation
    assert quotes_of("ونفى رئيس البلدية مزاعم الفساد في صفقة الطرق.") == [
        ("indirect", "ونفى", "مزاعم الفساد في صفقة الطرق")]
    assert speakers_of("ونفى رئيس البلدية مزاعم الفساد في صفقة الطرق.") == ["رئيس البلدية"]
    assert quotes_of("ونفت الشركة الشائعات حول إفلاسها.") == [("indirect", "ونفت", "الشائعات حول إفلاسها")]


def test_denied_object_near_misses():
    # inside another speaker's statement: the statement is the lawyer's, whole
    assert quotes_of("وقال المحامي إن موكله نفى الاتهامات الموجهة إليه.") == [
        ("indirect", "وقال", "إن موكله نفى الاتهامات الموجهة إليه")]
    # a relative clause describing the man: no statement
    assert quotes_of("وأفرجت الشرطة عن المتهم الذي نفى الاتهامات الموجهة إليه.") == []
    # a clause after the subject stays the clause
    assert quotes_of("ونفى المتحدث أن تكون القوات قد انسحبت.") == [
        ("indirect", "ونفى", "أن تكون القوات قد انسحبت")]


def test_possessed_fifth_form_verbal_noun_as_announced_object():
    assert quotes_of("أعلن المغني اللبناني سامي نادر ترشّحه للانتخابات البلدية المقبلة.") == [
        ("indirect", "أعلن", "ترشّحه للانتخابات البلدية المقبلة")]
    assert quotes_of("أكد عدد من سكان الحي الشرقي تعرّضهم للسرقة خلال العطلة.") == [
        ("indirect", "أكد", "تعرّضهم للسرقة خلال العطلة")]
    # a place of the same letters is no verbal noun
    assert quotes_of("وأعلن الاتحاد تونس مقرا للبطولة.") == []


def test_nominal_announcement_after_more_governors():
    assert quotes_of("وتراجعت الأسهم في أعقاب إعلان الشركة عن خسائر فادحة.") == [
        ("indirect", "إعلان", "عن خسائر فادحة")]
    assert quotes_of("وجاء القرار بعيد إعلان الرئيس الأمريكي دونالد ترامب أنه سيعقد قمة جديدة.") == [
        ("indirect", "إعلان", "أنه سيعقد قمة جديدة")]
    assert quotes_of("وجاء ذلك بعد يوم من إعلان الجيش مقتل 71 مسلحا في المنطقة.") == [
        ("indirect", "إعلان", "مقتل 71 مسلحا في المنطقة")]
    # من with no time span before it: no statement
    assert quotes_of("وبدلا من إعلان الحكومة استقالتها، قرر الرئيس البقاء.") == []
    assert quotes_of("ومنعت الشرطة المنظمين من إعلان الإضراب العام.") == []


def test_fronted_announcement_ends_at_its_comma():
    assert quotes_of("وبعد إعلان كوريا الشمالية أنها اختبرت قنبلة جديدة في يناير، قامت طائرات أمريكية"
                     " برحلة فوق شبه الجزيرة.") == [
        ("indirect", "إعلان", "أنها اختبرت قنبلة جديدة في يناير")]
    # an apposition's comma (before a name) is no end of the adjunct: the comma before the main clause is
    assert quotes_of("بعد إعلان رئيس المجلس الأوروبي، دونالد تسك، عن طرد دبلوماسيين روس بعد قضية تسميم"
                     " الجاسوس السابق، سيرغي سكريبال، نستعرض لكم هذه الدول.") == [
        ("indirect", "إعلان", "عن طرد دبلوماسيين روس بعد قضية تسميم الجاسوس السابق، سيرغي سكريبال")]
    # not fronted: inside another statement it stays part of it
    assert quotes_of("وقال الوزير إن الحكومة ستجتمع بعد إعلان الرئيس أنه سيترشح، وذلك الأسبوع المقبل.") == [
        ("indirect", "وقال", "إن الحكومة ستجتمع بعد إعلان الرئيس أنه سيترشح، وذلك الأسبوع المقبل")]


def test_toll_noun_before_a_number_as_announced_object():
    assert quotes_of("وأعلنت الوزارة على موقعها الإلكتروني مقتل 11 جنديا في الهجوم.") == [
        ("indirect", "وأعلنت", "مقتل 11 جنديا في الهجوم")]
    assert quotes_of("وأكدت المديرية في بيان لها إصابة 4 أشخاص بجروح طفيفة.") == [
        ("indirect", "وأكدت", "إصابة 4 أشخاص بجروح طفيفة")]
    # a noun that is no toll before a number: no object
    assert quotes_of("وأعلنت الشركة على موقعها الإلكتروني أرباح 2018 كاملة.") == []
