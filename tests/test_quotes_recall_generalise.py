"""Recall rules that generalise (docs/quotes.md, step 17): kinds of statements missed on the blind
held-out set 7 and on a fresh sample of 15 unannotated articles (seed 20261135), each on text
written for the test, with the near misses that must stay unreported."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.cues import is_feeling_noun
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str | None, str, str]]:
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.speaker, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def test_feeling_nouns():
    assert is_feeling_noun("فرحتها", possessed=True) and is_feeling_noun("دهشته", possessed=True)
    assert is_feeling_noun("قلقهم", possessed=True) and is_feeling_noun("الارتياح")
    assert not is_feeling_noun("فرحة", possessed=True)  # not the subject's own: no pronoun
    assert not is_feeling_noun("كتابها", possessed=True) and not is_feeling_noun("حماس")


def test_a_feeling_shown_is_a_statement():
    assert quotes_of("أظهرت المغنية سميرة سعيد فرحتها الكبيرة بالغناء في الرياض.") == [
        ("indirect", "سميرة سعيد", "أظهرت", "فرحتها الكبيرة بالغناء في الرياض")]
    # the subject read over the feeling ends before it
    assert quotes_of("وأبدى المدير الفني لمنتخب فرنسا دهشته لما يحدث مع اللاعب.") == [
        ("indirect", "المدير الفني لمنتخب فرنسا", "وأبدى", "دهشته لما يحدث مع اللاعب")]
    assert quotes_of("وقال المدرب إن الفريق جاهز، مبديا سعادته بالتكامل بين اللاعبين.")[1] == (
        "indirect", "المدرب", "مبديا", "سعادته بالتكامل بين اللاعبين")
    # findings and images are not feelings of a speaker
    assert quotes_of("أظهرت الصور دمار المباني في المدينة.") == []
    assert quotes_of("وأظهرت النتائج أن الشركة حققت أرباحا.") == []


def test_bare_abbara_with_a_feeling_is_the_verb():
    assert quotes_of("عبر رئيس نادي الزمالك مرتضى منصور عن أسفه بسبب ما حدث.") == [
        ("indirect", "مرتضى منصور", "عبر", "عن أسفه بسبب ما حدث")]
    assert quotes_of("وعند الساعة (18,01 بتوقيت غرينتش) عبر آلاف الأشخاص عن فرحهم بمواطنتهم الجديدة.") == [
        ("indirect", "آلاف الأشخاص", "عبر", "عن فرحهم بمواطنتهم الجديدة")]
    # عبر "via"
    assert quotes_of("وصلت الرسالة عبر البريد عن طريق الخطأ.") == []
    assert quotes_of("عبر الحدود عن طريق تركيا دخل آلاف اللاجئين.") == []


def test_a_demonstrative_after_the_preposition_reports_nothing():
    # the statement is the quotation that follows, not "that"
    text = 'وعبرت عن ذلك بكلمات شاعرية في تغريدة قائلة: "في الرياض تتجدد روحي دائما وهناك عائلتي الكبيرة".'
    assert [q[0] for q in quotes_of(text)] == ["direct"]
    assert quotes_of("وأشار الوزير أحمد سالم إلى ذلك التقرير الذي نشرته الوزارة.") == [
        ("indirect", "أحمد سالم", "وأشار", "إلى ذلك التقرير الذي نشرته الوزارة")]


def test_a_cue_with_a_resumptive_pronoun_opens_its_own_statement():
    text = ("عبر رئيس النادي مرتضى منصور عن أسفه بسبب ما حدث، ووجه كلمة للجمهور أكد فيها أن لديهم رئيسا"
            " نظيفا.")
    assert [q[2] for q in quotes_of(text)] == ["عبر", "أكد"]
    # but inside a relative clause it stays part of the statement around it
    text = "وقال الرئيس إن الواقعة التي أعلنت فيها بريطانيا أن العميل تعرض لهجوم مصطنعة."
    assert [q[2] for q in quotes_of(text)] == ["وقال"]


def test_a_conjunction_written_apart_opens_a_clause():
    text = "وأبدى المدرب ناصيف البياوي رضاه عن أداء فريقه و أكد بأن الاستفادة كبيرة."
    # the detached و is the cue's proclitic (step 37, nu14 #2), as the gold writes it (``و أضاف``)
    assert [(q[2], q[3]) for q in quotes_of(text)] == [
        ("وأبدى", "رضاه عن أداء فريقه"), ("و أكد", "بأن الاستفادة كبيرة")]


def test_condemning_with_bi():
    assert quotes_of("ندد الكرملين الخميس بتصريحات وزير الخارجية البريطاني.")[0][2:] == (
        "ندد", "بتصريحات وزير الخارجية البريطاني")
    assert quotes_of("كما نددت الهيئة بأوجه القصور في عمل الوزارة.") == [
        ("indirect", "الهيئة", "نددت", "بأوجه القصور في عمل الوزارة")]
    # criticising with a bare noun object (انتقد) is read since step 41c (8 of 13 in the bodies of the
    # 37 sets annotated), but not when a later cue of its sentence carries the statement: the dev-set
    # case that left it out in step 17 ("tried")
    got = quotes_of("وانتقد أردوغان الموقف الأميركي والوعود التي قطعتها الإدارة، مبيناً أن واشنطن خدعت تركيا.")
    assert [q[2] for q in got] == ["مبيناً"]


def test_participles_of_condemning_are_adjectives_after_a_noun():
    assert quotes_of("وتوالت بيانات منظمات غير حكومية منددة بوحشية القصف.") == []
    assert quotes_of("واعتمدت الجمعية العامة قرارا يندد بالخطوة الأمريكية.") == []  # a resolution's content
    assert quotes_of("وقال الوزير أحمد سالم إن الهجوم جبان، منددا بالاعتداء على المدنيين.")[1][2:] == (
        "منددا", "بالاعتداء على المدنيين")


def test_accusing():
    assert quotes_of("ويوم الاثنين، اتهم التحالف الأمم المتحدة بالتحامل لإدانتها هجومين جويين.")[0][2:] == (
        "اتهم", "بالتحامل لإدانتها هجومين جويين")
    assert quotes_of("وتتهم دول غربية موسكو بالوقوف وراء الهجوم.")[0][2:] == ("وتتهم", "بالوقوف وراء الهجوم")
    # one noun and its charge: the passive (اُتهم، تُتهم), no statement
    assert quotes_of("وقد اتهم أرنو بالتحرش بولية العهد.") == []
    assert quotes_of("بعض الدول تتهم بأنها تستغل الاختلاف في اللغة.") == []


def test_a_whole_quotation_right_after_the_verb_has_no_subject_inside_it():
    text = ('وقال الوزير ريك بيري إن الأمر مهم. وأضاف "أن سعة "سايت" في الحوسبة قوية بدرجة فائقة، بحيث'
            ' يستطيع معها حساب البيانات خلال ساعة واحدة".')
    assert quotes_of(text)[1] == (
        "direct", "ريك بيري", "وأضاف",
        'أن سعة "سايت" في الحوسبة قوية بدرجة فائقة، بحيث يستطيع معها حساب البيانات خلال ساعة واحدة')
    # a short quoted name after the verb is still its subject
    assert quotes_of('وقالت "بلومبيرغ" إن الشركة ستخفض الوظائف.')[0][1:3] == ("بلومبيرغ", "وقالت")


def test_a_noun_object_before_a_quotation_keeps_the_statement_indirect():
    text = ('وأعلنت الحكومة الفلسطينية تعطيل كافة المؤسسات والمدارس "التزاما بقرار الرئيس إعلان الحداد'
            ' الوطني العام على أرواح الشهداء".')
    assert quotes_of(text) == [("indirect", "الحكومة الفلسطينية", "وأعلنت", text[len("وأعلنت الحكومة الفلسطينية "):-1])]


def test_an_imperfect_cue_after_a_subjunctive_particle_reports_nothing():
    assert quotes_of("ومن الطبيعي أن يصرح مثل هذه التصريحات ولكن نود أن نؤكد للمالكي بأن المملكة أكبر.") == []
    assert quotes_of("ومن المنتظر أن يعلن الاتحاد الأوروبي عن الفائز بالجائزة.") == []
    assert quotes_of("ولن يقول الوزير إن الأزمة انتهت.") == []
    # بعد أن / قبل أن + an imperfect tells a past event
    assert quotes_of("وألغى القمة قبل أن يعلن الرئيس مجددا أن القمة ستعقد في موعدها.")[0][2:] == (
        "يعلن", "أن القمة ستعقد في موعدها")


def test_headline_speaker_with_a_role_complement_or_a_time_adjunct():
    from marsad.quotes.headline import headline_quote

    def read(title: str) -> tuple[str, str] | None:
        h = headline_quote(title, "title")
        return None if h is None else (title[h[0] : h[1]], title[h[3] : h[4]])

    # a role or source and the preposition of its complement
    assert read("نائب عن الجبهة الشعبية : تبين بالكاشف أن حكومة الوحدة الوطنية دون سند") == (
        "نائب عن الجبهة الشعبية", "تبين بالكاشف أن حكومة الوحدة الوطنية دون سند")
    assert read("مسؤول في الشرطة: تصرفات الجماهير الإنجليزية مروعة") == (
        "مسؤول في الشرطة", "تصرفات الجماهير الإنجليزية مروعة")
    # a place or a topic after the role, a time adjunct after a name: the speaker ends before it
    assert read("ملك المغرب من الحسيمة: على الحكومة الإسراع في مواجهة المشاكل")[0] == "ملك المغرب"
    assert read("مفتي السعودية عن صواريخ الحوثي: فئة ضالة تنفذ مراد الأعداء")[0] == "مفتي السعودية"
    assert read("رونالدو بعد الهدف الجدلي: سألحق بصلاح في سباق الهدافين")[0] == "رونالدو"
    # a sentence with an adverb or a preposition before the colon stays no headline
    assert read("تنطلق غدا : فعاليات المهرجان الوطني للمسرح") is None
    assert read("وفاة حامل ثانية في تطاوين : وزارة الصحة تنفي علاقة نقص الأطباء بالقضية") is None


def test_judging_an_object_with_its_predicate():
    # the object and its predicate (a small clause) are the statement
    assert quotes_of("واعتبرت الوزارة تطبيق الدليل الوطني بمنزلة بنية تحتية لعمليات الربط.") == [
        ("indirect", "الوزارة", "واعتبرت", "تطبيق الدليل الوطني بمنزلة بنية تحتية لعمليات الربط")]
    assert quotes_of("وقال أحمد إن التمثال بيع بمبلغ كبير، معتبرا بيع التمثال سلوكا «غير أخلاقي».")[1] == (
        "indirect", "أحمد", "معتبرا", "بيع التمثال سلوكا «غير أخلاقي»")
    # the present is as often the passive يُعتبر (is considered): nothing
    assert quotes_of("ويعتبر المشروع الأكبر من نوعه في المنطقة.") == []
    assert quotes_of("وتعتبر الزيارة نجاحا كبيرا للدبلوماسية.") == []
    # no predicate, no statement
    assert quotes_of("واعتبر الرئيس انعقاد القمة في الرياض.") == []


def test_rejecting_a_claim():
    from marsad.quotes.cues import is_claim_noun

    assert is_claim_noun("ادعاءات") and is_claim_noun("الاتهامات") and is_claim_noun("مزاعمها")
    assert not is_claim_noun("دعوة") and not is_claim_noun("المشاركة") and not is_claim_noun("اتهام")
    text = "ورفض المدير التنفيذي للمعمل، غاري أيتكينهيد، ادعاءات روسيا بأن مصدر العنصر معمل بريطاني."
    assert quotes_of(text) == [
        ("indirect", "غاري أيتكينهيد", "ورفض", "ادعاءات روسيا بأن مصدر العنصر معمل بريطاني")]
    assert quotes_of("رفضت وزارة الخارجية في جمهورية التشيك اتهامات أنقرة لها برعاية الإرهاب.")[0][2:] == (
        "رفضت", "اتهامات أنقرة لها برعاية الإرهاب")
    # refusing an act, a call, or to indict is no statement
    assert quotes_of("ورفض اللاعب المشاركة في المباراة.") == []
    assert quotes_of("ورفض الرئيس، الاثنين، دعوة مرشح معارض إلى مناظرة.") == []
    assert quotes_of("رفض قضاة التحقيق الثلاثاء اتهام المفكر باغتصاب امرأة ثالثة.") == []
    # the claim noun of the next verb is not the object
    assert [q[2] for q in quotes_of("ورفض الانتقال لنادي تشيلسي وتشير تقارير إلى احتمال انتقاله.")] == ["وتشير"]


def test_ruling_out_with_a_verbal_noun_object():
    text = "استبعد رئيس الصومال محمد عبدالله فرماجو، احتمالية إقامة الانتخابات الرئاسية العام المقبل."
    assert quotes_of(text) == [
        ("indirect", "محمد عبدالله فرماجو", "استبعد", "احتمالية إقامة الانتخابات الرئاسية العام المقبل")]
    # excluding a player is no statement
    assert quotes_of("استبعد المدرب اللاعب من قائمة المنتخب.") == []


def test_a_time_adverb_before_a_bare_verb_keeps_it_clause_initial_and_explaining_is_a_cue():
    text = ("مؤخراً وصف الوزير الحكومة بأنها فاشلة وطالب بوضعها تحت الرقابة وعلل ذلك بعدم قدرتها على ضبط"
            " الأمن.")
    assert [(q[2], q[3]) for q in quotes_of(text)] == [
        ("وصف", "بأنها فاشلة"), ("وطالب", "بوضعها تحت الرقابة"), ("وعلل", "بعدم قدرتها على ضبط الأمن")]
    # علل the noun (ailments)
    assert quotes_of("وتعاني المدينة من علل كثيرة بأن يصعب علاجها.") == []


def test_a_quotation_followed_by_a_comma_and_a_cue_participle_is_owned_by_the_cue():
    text = ('وقال ترامب للصحافيين "هناك فرصة كبيرة لحل مشكلة عالمية"، مضيفا "لقد أجرينا محادثات على مستويات'
            ' رفيعة جدا".')
    assert [(q[0], q[2], q[3]) for q in quotes_of(text)] == [
        ("direct", "وقال", "هناك فرصة كبيرة لحل مشكلة عالمية"),
        ("direct", "مضيفا", "لقد أجرينا محادثات على مستويات رفيعة جدا")]
    # a short quoted name in an adjunct stays part of the clause
    text = 'وقال الوزير لصحيفة "الحياة"، مضيفا أن المفاوضات مستمرة.'
    assert [(q[0], q[2]) for q in quotes_of(text)] == [("indirect", "مضيفا")]


def test_a_describing_participle_reaches_its_bi_over_the_object():
    text = ("أعرب الأمين العام عبداللطيف الزياني عن استغرابه من تناقض التصريحات، واصفا تلك التصريحات بأنها لا"
            " تساعد على بناء الثقة.")
    assert [(q[2], q[3]) for q in quotes_of(text)] == [
        ("أعرب", "عن استغرابه من تناقض التصريحات"),
        ("واصفا", "تلك التصريحات بأنها لا تساعد على بناء الثقة")]
    assert quotes_of("وقال الوزير إن الهجوم جبان، واصفا إياه بالعمل الإرهابي.")[1][2:] == (
        "واصفا", "إياه بالعمل الإرهابي")
    # no بـ after a short object: the participle continues the statement
    assert len(quotes_of("وقال الوزير إن الهجوم جبان، واصفا الوضع في المدينة وما حولها.")) == 1


def test_a_chant_in_marks_is_a_direct_quotation():
    text = 'وتحدى السكان المطر وهم يرددون النشيد الوطني ويهتفون "بلدي، بلدك بنغلادش!" ، وصرح أحدهم للصحافيين.'
    assert [(q[0], q[2], q[3]) for q in quotes_of(text)] == [("direct", "ويهتفون", "بلدي، بلدك بنغلادش")]
    # chanting slogans (no marks, no colon) reports no words
    assert quotes_of("وهتف المتظاهرون بشعارات مناهضة للحكومة.") == []


def test_a_verbal_noun_object_before_a_later_clause():
    # found on the blind fresh sample B (so fitted to it): the clause belongs to the object's noun phrase
    text = ("نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين بصواريخ، وذلك بعد الاتهامات التي وجهتها"
            " السعودية لطهران بأنها زودت الحوثي بصواريخ.")
    assert quotes_of(text)[0][2:] == ("نفى", text[text.index("تزويد") : -1])
    # a possessed word read as the object before the clause is not (أكد ديديه ديشان … أن)
    text = "ورغم هذا ، أكد ديديه ديشان المدير الفني للفريق أن مبابي يستطيع المشاركة."
    assert quotes_of(text)[0][3] == "أن مبابي يستطيع المشاركة"


def test_a_resumptive_pronoun_before_the_object():
    assert quotes_of("وأعدت الدوريات تقريرا فنيا، أكدت فيه عدم مراعاة متطلبات السلامة.")[0][2:] == (
        "أكدت", "عدم مراعاة متطلبات السلامة")


def test_more_reporting_verbs_and_via_ala_lisan():
    assert quotes_of('وأوردت قناة "سي سي تي في" الرسمية أن 25 شخصا لا يزالون عالقين.')[0][2:] == (
        "وأوردت", "أن 25 شخصا لا يزالون عالقين")
    assert quotes_of("وأورد التقرير أرقاما كثيرة.") == []  # listing, no clause
    assert quotes_of("حضت روسيا الدول الكبرى أمام مجلس الأمن على المساهمة في إعادة الإعمار.") == [
        ("indirect", "روسيا", "حضت", "على المساهمة في إعادة الإعمار")]
    text = 'ونقلت وكالة أنباء تسنيم على لسان اللواء جادالله جواني قوله "إن الجميع يعلم أن الطرق كلها محظورة".'
    assert quotes_of(text)[0][:3] == ("direct", "جادالله جواني", "ونقلت")


def test_a_place_shaped_like_a_verbal_noun_is_the_subject():
    from marsad.quotes.cues import is_verbal_noun

    assert is_verbal_noun("تعيين") and not is_verbal_noun("تركيا")
    # (at the session start: speaker None, تركيا read as the verb's object)
    assert quotes_of("وأعلنت تركيا أن العلاقات مستمرة.") == [("indirect", "تركيا", "وأعلنت", "أن العلاقات مستمرة")]
    assert quotes_of("واستبعدت تركيا أن تنهار العلاقات.")[0][1] == "تركيا"


def test_a_participle_before_a_time_clause_reports_nothing():
    # found on the blind fresh sample C (so fitted to it): متوقعا is the predicate "expected" here
    assert quotes_of("وكان اعتماد القرار متوقعا بعد أن منح مجلس الاتحاد الدولي الضوء الأخضر.") == []
    assert quotes_of("وقال الوزير إن الخطة جاهزة، مضيفا بعد الاجتماع أن التنفيذ سيبدأ قريبا.")[1][2:] == (
        "مضيفا", "أن التنفيذ سيبدأ قريبا")


def test_quotations_after_verbs_that_take_a_clause():
    # found on the blind sample C and the 800-article check (so fitted): a colon and a mark, or a
    # whole quotation after an adjunct, is a direct quotation for ذكر/أورد/رأى … too; a complementizer
    # inside a quoted name (سي أن أن) is not the cue's
    text = 'وذكر أردوغان في تغريدة تالية: "لن نسمح أبدا لأحد أن يغرق هذه الأرض بالدم والنار."'
    assert quotes_of(text) == [
        ("direct", "أردوغان", "وذكر", "لن نسمح أبدا لأحد أن يغرق هذه الأرض بالدم والنار")]
    text = 'وذكرت الوكالة "حري بالمهتمين بالاستقرار في المنطقة أن يبذلوا ما في وسعهم لمساعدة البلدين".'
    assert [q[:3] for q in quotes_of(text)] == [("direct", "الوكالة", "وذكرت")]
    text = 'وقالت بعدها في مقابلة مع شبكة "سي أن أن" الأميركية: "كدت أموت بعد إنجاب طفلتي".'
    assert [(q[0], q[3]) for q in quotes_of(text)] == [("direct", "كدت أموت بعد إنجاب طفلتي")]
    # a bare colon after a verb that takes no colon gives nothing; a mark after a preposition stays
    # inside an indirect statement
    assert quotes_of("وذكر الوزير: الوضع مستقر في المدينة.") == []
    text = "واتهمت السفارة الروسية الحكومة البريطانية بـ «محاولة الحط من عملهم بإجبار أربعة ديبلوماسيين على الرحيل»."
    assert [q[0] for q in quotes_of(text)] == ["indirect"]
