"""Kinds of missed quotations of the six sets annotated on 2026-11-30 (held-out 45–50; docs/quotes.md,
step 36), each counted across the 25 earlier sets: a participle of asserting or denying with a
verbal-noun object (``، مؤكدا عدم تهاون الوزارة``), announced objects the noun list lacked (``طرد``,
``فوز``, ``رفع``, a possessed feminine one: ``شراكتها``), findings of studies and data (``أظهرت بيانات
البنك المركزي أن``, ``أثبتت دراسة جديدة، أن``) and a call of ``دعا`` after a long addressee or adjunct —
on sentences written for the test, with the near misses that must stay unreported. A participle
right after a statement of its sentence still continues it (the seed and dev gold)."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    """``(kind, cue, content)`` of every quote of ``text`` (speakers are another work's)."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def test_a_participle_with_a_verbal_noun_object():
    assert quotes_of("وأشاد الوزير بجهود الموظفين، مؤكدا عدم تهاون الوزارة في تطبيق النظام.") == [
        ("indirect", "مؤكدا", "عدم تهاون الوزارة في تطبيق النظام")]
    assert quotes_of("ورحبت الشرطة بتعاون السكان، مؤكدة سقوط قتلى وجرحى في الحادث.") == [
        ("indirect", "مؤكدة", "سقوط قتلى وجرحى في الحادث")]
    # after an adjunct of the participle
    assert quotes_of("وأشاد المدير بالحملة، مؤكداً في الوقت نفسه استمرار جهود التوعية.") == [
        ("indirect", "مؤكداً", "استمرار جهود التوعية")]
    assert quotes_of("وتحدث الوزير عن المشروع، نافيا أي نية لتأجيله.") == [
        ("indirect", "نافيا", "أي نية لتأجيله")]
    assert quotes_of("ورفع البنك توقعاته للنمو، متوقعا استمرار الزيادة في الأسعار.") == [
        ("indirect", "متوقعا", "استمرار الزيادة في الأسعار")]


def test_a_participle_after_a_statement_continues_it():
    # the seed's gold: ``وقال إن …، مؤكداً استمرار الاتصالات …`` (a clause) is one statement
    assert quotes_of("وقال المتحدث إن الشرطة طلبت من السكان تجنب وسط المدينة، مؤكدا سقوط قتلى وجرحى في الحادث.") == [
        ("indirect", "وقال", "إن الشرطة طلبت من السكان تجنب وسط المدينة، مؤكدا سقوط قتلى وجرحى في الحادث")]
    # after a prepositional or object complement it is a statement of its own (step 52d: held-out 28's gold
    # splits ``وطالبت الشرطة … بتجنب التواجد في وسط مدينة مونستر، مؤكدة سقوط قتلى ومصابين``)
    assert quotes_of("وطالبت الشرطة السكان بتجنب وسط المدينة، مؤكدة سقوط قتلى وجرحى في الحادث.") == [
        ("indirect", "وطالبت", "بتجنب وسط المدينة"), ("indirect", "مؤكدة", "سقوط قتلى وجرحى في الحادث")]


def test_a_participle_without_such_an_object():
    # no object, an adjective, and أعلن's participle (a ball "announcing" a goal in a match report)
    assert quotes_of("وأشاد الوزير بجهود الموظفين، مؤكدا للصحفيين ذلك.") == []
    assert quotes_of("ووصلت أنباء مؤكدة عن وقوع انفجار في الميناء.") == []
    assert quotes_of("وارتدت الكرة من القائم إلى داخل الشباك، معلنة تسجيل الهدف الثالث.") == []


def test_an_announced_object_after_an_apposition_or_a_comma():
    assert quotes_of("أعلنت الأكاديمية الخميس، طرد الممثل من عضويتها.") == [
        ("indirect", "أعلنت", "طرد الممثل من عضويتها")]
    assert quotes_of("أعلن زعيم المعارضة، الذي يقود التحالف، فوز تحالفه بالانتخابات.") == [
        ("indirect", "أعلن", "فوز تحالفه بالانتخابات")]
    assert quotes_of("أعلنت الحكومة رفع أسعار تذاكر المترو بنسب كبيرة.") == [
        ("indirect", "أعلنت", "رفع أسعار تذاكر المترو بنسب كبيرة")]
    # a feminine verbal noun with its pronoun: the ة written ت (شراكتها)
    assert quotes_of("وأعلنت الشركة شراكتها مع تطبيق لسيارات الأجرة.") == [
        ("indirect", "وأعلنت", "شراكتها مع تطبيق لسيارات الأجرة")]


def test_a_win_is_announced_not_confirmed():
    # فوز only after أعلن; a goal "confirms" a win; جدد فوزه is a second win
    assert quotes_of("وأدرك الفريق التعادل قبل أن يؤكد المهاجم فوز فريقه بهدف ثان.") == []
    assert quotes_of("ثم جدد الفريق يوم الخميس فوزه على ضيفه بهدف.") == []


def test_a_finding_of_a_study_or_of_data():
    assert quotes_of("أثبتت دراسة جديدة، أن الأطفال الأكبر سنا أكثر ذكاء من إخوتهم.") == [
        ("indirect", "أثبتت", "أن الأطفال الأكبر سنا أكثر ذكاء من إخوتهم")]
    assert quotes_of("وأظهرت بيانات البنك المركزي أن الودائع انخفضت نحو 6 في المائة.") == [
        ("indirect", "وأظهرت", "أن الودائع انخفضت نحو 6 في المائة")]
    assert quotes_of("أظهر استطلاع جديد للرأي، انخفاض نسب تأييد الحكومة.") == [
        ("indirect", "أظهر", "انخفاض نسب تأييد الحكومة")]


def test_no_finding_of_images_replays_or_people():
    assert quotes_of("وأظهرت صور بثها التلفزيون الطلبة مجتمعين قرب المدخل.") == []
    assert quotes_of("حيث أظهرت الإعادة أن المهاجم لم يلمس الكرة.") == []
    assert quotes_of("وقد أثبتت المقاطعة صحة ما قيل.") == []
    # inside a speaker's statement (after حيث or a complementizer) the finding is part of it
    assert quotes_of("وقال الوزير إن البيانات أظهرت أن الودائع انخفضت.") == [
        ("indirect", "وقال", "إن البيانات أظهرت أن الودائع انخفضت")]
    assert [q[1] for q in quotes_of(
        "وأشاد بالحملة، مضيفا أن الإعلان مهم لكل حملة حيث أثبتت الدراسات أن الإنفاق مرتفع.")] == ["مضيفا"]
    # a feeling is still shown by anybody
    assert quotes_of("وأظهرت المطربة فرحتها الكبيرة بالغناء في العاصمة.") == [
        ("indirect", "وأظهرت", "فرحتها الكبيرة بالغناء في العاصمة")]


def test_a_call_after_a_long_addressee_or_adjunct():
    assert quotes_of("ودعا الأمين العام للأمم المتحدة، الأطراف الموقعة على الاتفاق إلى الالتزام بتعهداتها.") == [
        ("indirect", "ودعا", "إلى الالتزام بتعهداتها")]
    assert quotes_of("ودعا النائب، في وقت سابق من هذا الشهر، إلى إنهاء التحقيق.") == [
        ("indirect", "ودعا", "إلى إنهاء التحقيق")]


def test_no_far_call_over_a_motion_or_a_place():
    # إلى after a word of motion or an envoy, or before a place, belongs to that word
    from marsad.quotes.reported import far_call

    text = "، في زيارته إلى دمشق أمس"
    assert far_call(text, 0, len(text)) is None
    text = "، المبعوث الخاص إلى البلاد"
    assert far_call(text, 0, len(text)) is None
    text = "، في ختام الاجتماع، الأطراف إلى ضبط النفس"
    assert far_call(text, 0, len(text)) == ("prep", text.index("إلى"), None)
    # a colon or another cue ends the search
    text = "، في ختام الاجتماع: الأطراف إلى ضبط النفس"
    assert far_call(text, 0, len(text)) is None
