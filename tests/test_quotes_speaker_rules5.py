"""Article-level speaker repair (docs/quotes.md, step 13: `marsad.quotes.repair`), written for the
error classes that held-out sets 4 and 5 and the second new user's store share. Every test text is
written for the test; none is copied from an article."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    a = Article(text=text)
    annotate_quotes(a)
    return [(a.text[q.start : q.start + 12], q.speaker) for q in a.quotes]


def speakers_of(text: str) -> list[str | None]:
    return [s for _, s in quotes_of(text)]


def test_a_name_that_runs_on_into_the_object_is_cut_and_written_in_full():
    text = ("أكد الرئيس اللبناني ميشال عون في مقابلة الأحد أن العلاقات جيدة.\n"
            "ووصف عون أزمة استقالة رئيس الحكومة بأنها حادث عابر.\n")
    assert speakers_of(text) == ["ميشال عون", "ميشال عون"]


def test_a_family_name_that_is_a_name_of_its_own_is_not_cut():
    # منصور is the family name of one speaker and the first name of another
    text = ("وقال المندوب رياض منصور إن الجلسة مهمة.\n"
            "وقال السفير منصور العتيبي إن الكويت تدعم القرار.\n")
    assert speakers_of(text) == ["رياض منصور", "منصور العتيبي"]


def test_a_role_with_a_name_and_an_adjunct_gives_the_name_and_the_bare_role_goes_to_it():
    text = ("قالت قاضية أمريكية في بوسطن أمس إن الدعوى مقبولة.\n"
            "وقالت القاضية مارتا لوبيز بالمحكمة العليا في الولاية إن القرار نهائي.\n"
            "وأضافت لوبيز أن الاستئناف ممكن.\n")
    assert speakers_of(text) == ["مارتا لوبيز", "مارتا لوبيز", "مارتا لوبيز"]


def test_a_bare_role_goes_to_the_name_written_after_the_same_role():
    text = ('أعلن نائب رئيس حركة "النهضة" الوطنية محمود سالم، أن الحركة تعد لمبادرة جديدة، '
            "مشيرا إلى أن التفاصيل لم تحسم.\n")
    assert set(speakers_of(text)) == {"محمود سالم"}
    # a role of a named body is matched with its complement: رئيس اللجنة is not الرئيس أردوغان
    text = ("وقال الرئيس التركي رجب طيب أردوغان إن الشعب قال كلمته.\n"
            "وقبل ساعات، أعلن رئيس اللجنة العليا للانتخابات في تركيا، أن أردوغان فاز.\n")
    assert speakers_of(text) == ["رجب طيب أردوغان", "رئيس اللجنة العليا"]


def test_an_agency_after_a_role_is_not_the_holders_name():
    from marsad.pipeline import annotate

    a = annotate(Article(text="وقال مراسل وكالة فرانس برس في المدينة إن الطريق مغلق.\n"))
    assert [q.speaker for q in a.quotes] != ["فرانس برس"]


def test_a_report_speaks_for_its_issuer():
    text = ("ارتفعت العمليات بنسبة 5%، وأوضح التقرير الـ 40 لمؤسسة النقد العربي السعودي الصادر مؤخرا، "
            "أن عدد المستخدمين زاد.\n"
            "وأشار التقرير إلى أن القيمة ارتفعت.\n"
            "وتطرق تقرير مؤسسة النقد إلى نظام المدفوعات، مبينا أن عدد المفوترين بلغ 100.\n")
    assert set(speakers_of(text)) == {"مؤسسة النقد العربي السعودي"}
    text = "وذكر تقرير نشره الموقع الرسمي لوزارة العدل السعودية أن الدراسة انتهت.\n"
    assert speakers_of(text) == ["وزارة العدل السعودية"]


def test_a_medium_that_carried_a_statement_is_not_its_issuer():
    text = ("أعلنت المملكة في بيان أوردته وكالة الأنباء الرسمية الجمعة، أنها قدمت مساهمة.\n"
            "وأضاف البيان أن المساهمة هي الأكبر.\n")
    # not the agency that carried it; since step 24 (canonical.py) the statement's author, who gave
    # it "in a statement" (held-out 3, 5, 10 convention; the dev gold kept البيان)
    assert speakers_of(text)[1] == "المملكة"


def test_background_and_plans_are_no_statements():
    text = ("وقال الوزير إن الخطة جاهزة.\n"
            "ويذكر أن لجنة التحقيق وجهت اتهامات إلى 13 شخصا.\n"
            "وانطلق المعرض في الرياض وفقا لرؤية المملكة 2030 التي تهدف إلى التنويع.\n")
    assert speakers_of(text) == ["الوزير"]


def test_full_names_are_not_cut_nor_swapped():
    text = ("وقالت الباحثة سارة محمد إن النتائج أولية.\n"
            "وأشار محمد عبدالله الرشيد إلى أن الدراسة مستمرة.\n"
            "وأعلن الأمير مشعل بن ماجد بن عبدالعزيز أن المهرجان يبدأ غدا.\n")
    assert speakers_of(text) == ["سارة محمد", "محمد عبدالله الرشيد", "مشعل بن ماجد بن عبدالعزيز"]


def test_a_person_is_no_fragment_of_an_organisation():
    text = ("وأعلن وزير الخارجية التونسي الطيب البكوش عن تراجع الوزارة عن القرار.\n"
            "وقال الطيب البكوش إن القرار نهائي.\n")
    assert speakers_of(text)[-1] == "الطيب البكوش"


def test_a_preposition_object_is_no_holder_and_a_role_word_no_given_name():
    text = "وحذر رئيس منظمة التجارة من حرب تجارية بعد الإعلان عن الرسوم.\n"
    assert speakers_of(text) == ["رئيس منظمة التجارة"]


def test_a_medium_named_in_marks_and_no_junk_speakers():
    text = "وارتفعت الأسعار، وفقا لما نقلته وكالة \"رويترز\" عن مصادر في السوق.\n"
    # (the agency with its head, as the dev gold writes وكالة رويترز: step 20)
    assert speakers_of(text) in (["رويترز"], ["وكالة رويترز"], ["مصادر في السوق"])
    text = "وبلغ الدعم نحو 12 مليار ريال.\nوأشار إلى أن المشروعات ستكتمل العام المقبل.\n"
    assert "مليار ريال" not in speakers_of(text)
