"""Step 39a (docs/quotes.md): a statement speaks for its issuer — the issuer named across an adjective,
``صدر`` or time words before ``عن`` (``بيان مشترك صادر عن``, ``بيان صدر عن``, ``بيان صادر السبت عن``),
in idafa or after ``لل``/``من`` (``بيان الشرطة``, ``بيان للمركز الإعلامي الأمني``, ``بيان من الرئاسة``),
and ``البيان``/``البلاغ`` named again taking up who spoke in the statement mentioned last
(``أعلن الكرملين في بيان … وأشار البيان``) — on sentences written for the test, with the near misses
that must keep their speaker."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    a = annotate(Article(text=text))
    return [(q.cue_text, q.speaker) for q in a.quotes]


def test_issuer_across_time_words_adjective_and_past_verb():
    assert speakers_of("وأفاد بيان صادر السبت عن القيادة الوطنية الطلابية الموحدة، انه تم تشكيل لجنة للدفاع عن الطلبة.") == [
        ("وأفاد", "القيادة الوطنية الطلابية الموحدة")]
    assert speakers_of("وقال بيان رسمي صادر عن وزارة الخارجية اليوم إن الوزير سيزور باريس.") == [
        ("وقال", "وزارة الخارجية")]
    assert speakers_of("وقال تقرير صدر اليوم عن الاتحاد الدولي لصناعة التسجيلات الصوتية إن إيرادات البث ارتفعت.") == [
        ("وقال", "الاتحاد الدولي لصناعة التسجيلات الصوتية")]
    # a quoted title after the issuer is no statement, and بعنوان is no part of the issuer's name
    assert speakers_of('وقال بيان صدر عن الاتحاد بعنوان "صلاح في كأس العالم"، الأربعاء، إن رئيسه التقى صلاح.') == [
        ("وقال", "الاتحاد")]


def test_issuer_in_idafa_or_after_lam_or_min():
    assert speakers_of("قالت الشرطة الأمريكية إن الأم اعتقلت. وقال بيان الشرطة إن الأم خبأت مسدسين في المنزل.") == [
        ("قالت", "الشرطة الأمريكية"), ("وقال", "الشرطة الأمريكية")]
    assert speakers_of("وقال بيان للمركز الإعلامي الأمني إن طائرات عراقية نفذت غارات.") == [
        ("وقال", "المركز الإعلامي الأمني")]
    assert speakers_of("وقال بيان من الرئاسة المصرية إن الرئيس سيزور باريس.") == [("وقال", "الرئاسة المصرية")]
    assert speakers_of("وقال بيان الحكومة السورية إن الرئيس سيزور باريس.") == [("وقال", "الحكومة السورية")]
    # near misses: a time word or a common noun after the document names no issuer
    assert speakers_of("وقال بيان الخميس إن الرئيس سيزور باريس.") == [("وقال", "بيان")]


def test_the_statement_named_again_takes_up_who_spoke_in_it():
    assert speakers_of("أعلن الكرملين في بيان، الخميس، أن الرئيس الروسي سيجتمع مع ولي عهد أبوظبي. "
                       "وأشار البيان إلى أن ولي عهد أبوظبي سيصل إلى روسيا الجمعة.") == [
        ("أعلن", "الكرملين"), ("وأشار", "الكرملين")]
    assert speakers_of("أعلنت وزارة الداخلية في بلاغ لها اليوم أن وحدات الحرس الوطني داهمت منازل. "
                       "وأضاف البلاغ أنه تم العثور على مقاطع فيديو.") == [
        ("أعلنت", "وزارة الداخلية"), ("وأضاف", "وزارة الداخلية")]


def test_statement_anaphor_near_misses():
    # a statement inside another one's quotation is not the one named again (the ministry's own words
    # name another body): the attribution's cue before the mention decides
    assert speakers_of("وردت الشركة في بيان قائلة إنها فحصت المزاعم. وأضاف البيان أن الشركة لا تتساهل مع التحرش.") == [
        ("قائلة", "الشركة"), ("وأضاف", "الشركة")]
    # an issuer's comma ends it
    assert speakers_of("وأعلن بيان للمجلس السياسي للانقلابيين، تعيين مهدي المشاط خلفا للصماد.") == [
        ("وأعلن", "المجلس السياسي للانقلابيين")]
