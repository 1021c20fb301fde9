"""Speaker attribution rules written for generalisation (issue 6, docs/quotes.md step 17): the
subject of a cue verb that opens a relative clause is its antecedent, and a written work speaks for
the authors named in its relative clause. Kinds of error from blind held-out set 7 and fresh samples
of unannotated ANT / SaudiNewsNet articles; every test text is written for the test, none is copied
from an article."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes import speakers as S
from marsad.quotes.stage import annotate_quotes


def speakers_of(text: str) -> list[str | None]:
    a = Article(text=text)
    annotate_quotes(a)
    return [q.speaker for q in a.quotes]


# -- a cue verb in a relative clause: the antecedent is the subject ---------------------------------
def test_a_feminine_verb_after_allati_is_said_by_the_antecedent_named_in_apposition():
    text = ("وسيشهد الحفل مشاركة المطربة الشابة، سلمى حداد، التي أكدت أنها سعيدة بالغناء في جدة، "
            "وقالت: \"سأغني أغنيات جديدة للجمهور للمرة الأولى هذا العام\".\n")
    assert speakers_of(text) == ["سلمى حداد", "سلمى حداد"]


def test_an_organisation_before_allati_is_the_speaker_not_the_earlier_subject():
    text = ("وتعتبر المطربة إحدى أشهر الأصوات في المنطقة. وجاء الحفل بدعم من هيئة الفنون الوطنية، التي "
            "أعلنت قبل شهرين عن إقامة 50 حفلة داخل البلاد.\n")
    assert speakers_of(text) == ["هيئة الفنون الوطنية"]


def test_a_name_before_alladhi_after_an_attribution_phrase():
    text = ("وتواصل القوات تقدمها في الريف الغربي، بحسب العقيد سامر الخطيب، الذي أكد أن المعارك "
            "ستنتهي قريبا.\n")
    assert speakers_of(text)[-1] == "سامر الخطيب"


def test_a_role_apposition_before_alladhi_gives_the_name_before_it():
    text = ("ويوافق على ذلك وكيل وزارة الصحة، مازن العتيبي، الذي أكد أن المستشفيات جاهزة لاستقبال "
            "المرضى.\n")
    assert speakers_of(text) == ["مازن العتيبي"]


def test_a_verb_that_does_not_agree_with_the_relative_keeps_the_other_rules():
    # التي + a masculine verb: the relative is the object (the songs he announced), not the subject
    phrase = S.relative_antecedent("أصدر المغني الأغاني التي أعلن", 0, len("أصدر المغني الأغاني التي "),
                                   "m", False)
    assert phrase is None
    # a thing is no antecedent that speaks (the targets that it said were Iranian)
    phrase = S.relative_antecedent("وضربت الطائرات عشرات الأهداف العسكرية التي قالت", 0,
                                   len("وضربت الطائرات عشرات الأهداف العسكرية التي "), "f", False)
    assert phrase is None


def test_relative_antecedent_reads_the_noun_phrase_before_the_pronoun():
    text = "وقال المرصد السوري، الذي أشار"
    phrase = S.relative_antecedent(text, 0, text.index("أشار"), "m", False)
    assert phrase is not None and phrase.text == "المرصد السوري"
    text = "بحسب تصريحات المسؤول الذي قال"
    phrase = S.relative_antecedent(text, 0, text.index("قال"), "m", False)
    assert phrase is not None and phrase.text == "المسؤول" and phrase.kind == "nominal"
    text = "تقدمت الشركة في السوق، وكان مصرف ليبيا المركزي في طرابلس، الذي يقول"
    assert S.relative_antecedent(text, 0, text.index("يقول"), "m", False) is None  # a place after في
    text = "وقضت المحكمة بالإفراج عنه، بعدما أثار ترامب الذي كان يطالب"
    phrase = S.relative_antecedent(text, 0, text.index("يطالب"), "m", False)
    assert phrase is not None and phrase.name == "ترامب"
    # a definite person-name token alone is as often an ordinal or a nisba
    text = "ولجأ الحكم إلى الحكم الرابع، الذي قال"
    assert S.relative_antecedent(text, 0, text.index("قال"), "m", False) is None


# -- a written work speaks for its authors ----------------------------------------------------------
def test_a_report_made_by_experts_speaks_for_the_experts_also_when_named_again():
    text = ("خلص تقرير أعده خبراء المناخ في جامعة أوسلو إلى أن الجليد يذوب بسرعة. وأوضح التقرير أن "
            "درجات الحرارة ارتفعت. وأشار التقرير أيضا إلى أن البحار تتغير.\n")
    assert speakers_of(text) == ["خبراء المناخ"] * 3


def test_a_study_carried_out_by_a_newspaper_and_a_statement_only_published_by_one():
    text = "وأظهر تحليل أجرته صحيفة الغد أن الأسعار سترتفع. وأضاف التحليل أن الطلب يزداد.\n"
    assert speakers_of(text)[-1] == "صحيفة الغد"
    # a medium that published a statement is not its author: the statement keeps its own issuer rules
    text = "ونشرت صحيفة الأمة بيانا للحركة. وقال بيان نشرته صحيفة الأمة إن الحركة ستحل نفسها.\n"
    assert speakers_of(text)[-1] != "صحيفة الأمة"


def test_a_study_made_by_a_magazine_named_in_marks_after_the_statement():
    text = ("تصدر اللاعب ترتيب الأكثر دخلا هذا العام بمبلغ 126 مليون يورو، وفقا لدراسة أجرتها مجلة "
            "\"الملاعب الذهبية\" الفرنسية.\n")
    assert speakers_of(text) == ["مجلة الملاعب الذهبية"]
    text = "ارتفعت أصول العائلة إلى 700 مليون دولار، وفقا لتحليل أجرته صحيفة النهار اللبنانية.\n"
    assert speakers_of(text) == ["صحيفة النهار اللبنانية"]


# -- a sentence that opens with a name and its apposition ---------------------------------------------
def test_a_participle_after_a_name_and_its_apposition_is_that_persons_not_a_namesakes():
    text = ("ويرى خالد الطيب أن هناك مهنا للرجال فقط.\n"
            "أحمد خالد، وهو شاب آخر، يتفق مع هذا الرأي، قائلا \"لا ينبغي على أحد أن يفرض عملا على غيره "
            "في هذه المجالات\".\n")
    assert speakers_of(text) == ["خالد الطيب", "أحمد خالد"]


# -- a sentence-initial verb read as a first name (repair) ------------------------------------------
def test_a_verb_read_as_the_first_word_of_a_name_is_cut_when_the_name_stands_alone_elsewhere():
    from marsad.quotes.repair import SpeakerRepair

    text = ("وترأس الجبوري أمس جلسة البرلمان. وقال الجبوري إن الإصلاح يحتاج وقتا. ولفت الجبوري إلى "
            "أن الكتل متفقة.")
    assert SpeakerRepair(text, []).verb_before_name("ترأس الجبوري") == "الجبوري"
    text = "يتطلع سوق عكاظ إلى التوسع. ويؤكد سوق عكاظ على أهمية العلم. وأعلن سوق عكاظ برنامجه."
    assert SpeakerRepair(text, []).verb_before_name("يتطلع سوق عكاظ") == "سوق عكاظ"
    # a given name that starts like a verb goes with its family name: kept
    text = "وقال توماس ماركل إنه لن يحضر. ونقلت الصحيفة عن ماركل أنه مريض. وأضاف ماركل أنه حزين."
    assert SpeakerRepair(text, []).verb_before_name("توماس ماركل") is None
    # nouns that start with ت or و: a report, details, a father
    text = "وقالت تقارير أمريكية إن الخطة جاهزة. وذكرت مصادر أمريكية أن أمريكية أخرى قالت ذلك."
    assert SpeakerRepair(text, []).verb_before_name("تقارير أمريكية") is None
    text = "قال والد الشهيد إن ابنه بطل. وقد ودع الشهيد أهله. ودفن الشهيد أمس."
    assert SpeakerRepair(text, []).verb_before_name("والد الشهيد") is None


def test_a_statement_of_a_ministry_named_in_idafa_speaks_for_the_ministry():
    text = ("أعلنت وزارة التجارة بدء تطبيق الدليل الجديد. ويهدف الدليل إلى توحيد الأنشطة، بحسب بيان وزارة "
            "التجارة الصادر أمس.\n")
    assert speakers_of(text) == ["وزارة التجارة", "وزارة التجارة"]


# -- where a subject ends -----------------------------------------------------------------------------
def test_a_partitive_or_an_elative_after_a_name_ends_the_subject():
    text = "وتعتبر ريم إحدى أهم الأصوات في المنطقة. وقالت ريم: \"الغناء في مدينتي حلم تحقق أخيرا\".\n"
    a = Article(text=text)
    annotate_quotes(a)
    assert all(q.speaker == "ريم" for q in a.quotes)
    # after a role the partitive is the role's idafa complement, not a new phrase
    text = "سفير إحدى الدول إن"
    phrase, _ = S.subject_phrase(text, 0, 0)
    assert phrase.text == "سفير إحدى الدول"


def test_an_institution_before_a_quoted_name_is_named_with_its_head():
    text = "وقال معمل \"ليفربول للأبحاث\" البريطاني أمس إنه لا يستطيع تأكيد المصدر الدقيق للغاز.\n"
    assert speakers_of(text) == ["معمل ليفربول للأبحاث"]
    # an organisation head of ORG_HEADS keeps its head too (the held-out 5, 7 and 8 convention, step
    # 20: منظمة يوروكنترول, وكالة تاس); so does a newspaper since step 39b (canonical.medium_head: 96
    # gold speakers of the 33 sets keep a medium's head, 6 do not; صحيفة "النهار الجديد" → صحيفة النهار
    # الجديد, held-out 47)
    assert speakers_of("وقالت شركة \"نجمة الشمال\" إنها ستفتتح فرعا جديدا.\n") == ["شركة نجمة الشمال"]
    assert speakers_of("وقالت صحيفة \"نجمة الشمال\" إن الشركة ستفتتح فرعا جديدا.\n") == ["صحيفة نجمة الشمال"]


def test_a_demonstrative_subject_refers_back_like_its_definite_noun():
    text = ("وكشفت مصادر محلية أن القصف استهدف السوق. وأكدت هذه المصادر أن عدد القتلى ارتفع إلى عشرة.\n")
    assert speakers_of(text) == ["مصادر محلية", "مصادر محلية"]


def test_an_organisation_subject_is_cut_at_the_entity_mention_that_opens_the_object():
    from marsad.pipeline import annotate

    text = ("قضت محكمة العدل الدولية بأن العقوبات غير قانونية. وطالبت محكمة العدل الدولية الولايات "
            "المتحدة الأمريكية بأن ترفع العقوبات عن السلع الإنسانية.\n")
    speakers = [q.speaker for q in annotate(Article(text=text)).quotes]
    assert "محكمة العدل الدولية" in speakers
    assert not any(s and "الولايات" in s for s in speakers)


def test_figures_speak_for_the_body_that_publishes_them():
    text = "ويقع نحو 40 في المئة من المدينة تحت مستوى البحر، حسب تقديرات البنك الدولي.\n"
    assert speakers_of(text) == ["البنك الدولي"]
    text = "وارتفع عدد المهاجرين إلى 3 آلاف، وفقا لأرقام الحكومة التركية.\n"
    assert speakers_of(text) == ["الحكومة التركية"]


def test_a_share_of_those_polled_is_the_source():
    text = "وبينما قال 70 في المئة إنهم لا يثقون بالرئيس، قال 31 في المئة منهم إنهم يثقون بها.\n"
    assert speakers_of(text) == ["70 في المئة", "31 في المئة"]
    assert speakers_of("وقال 40 بالمئة من المشاركين إنهم سيصوتون.\n") == ["40 بالمئة"]


def test_a_role_of_an_organisation_then_the_person_in_apposition():
    text = "وفي حديث لشبكة إخبارية، قال رئيس شرطة مقاطعة تاوس، جيري هوجريف، إن الأطفال كانوا جائعين.\n"
    assert speakers_of(text) == ["جيري هوجريف"]
    # an organisation's office before a place of unknown words names no person
    text = "وقال مكتب الشرطة في كاونتي كولدواتر، إن الحادث ليس عملا إرهابيا.\n"
    assert speakers_of(text)[0] != "كاونتي كولدواتر"


def test_authorities_of_a_place_and_a_magazine_with_an_adjective_of_praise():
    text = "وقالت السلطات في جمهورية الشيشان إن الفتيات الثلاث قيد الإقامة الجبرية.\n"
    assert speakers_of(text) == ["السلطات في جمهورية الشيشان"]
    text = "وأعلنت السلطات في وقت سابق من هذا الأسبوع أن الأسماك نفقت.\n"
    assert speakers_of(text) == ["السلطات"]
    text = ("ذكرت مجلة \"النجوم الذهبية\" الفرنسية أن ناديين يسعيان إلى ضم اللاعب. وأشارت المجلة العريقة "
            "إلى أن المسؤولين أجروا اتصالات بالنادي.\n")
    assert speakers_of(text)[-1] == "مجلة النجوم الذهبية"


def test_one_of_a_group_named_in_apposition_is_that_person():
    text = "وقال أحد الأعضاء البارزين في البرلمان، هانز بيتر بارتلز، إن الاستعداد القتالي تدهور.\n"
    assert speakers_of(text) == ["هانز بيتر بارتلز"]
    text = "وقال أحد شهود العيان في الحادثة، ويدعى كريس داويس، إنه رأى الحافلة تنقلب.\n"
    assert speakers_of(text) == ["كريس داويس"]


def test_a_clause_opener_read_as_a_subject_gives_the_running_speaker():
    from marsad.model import Quote, Span
    from marsad.quotes.repair import _elided_openers

    def q(speaker, cue):
        return Quote(0, 1, kind="indirect", cue=Span(0, 1), cue_text=cue, speaker=speaker)

    quotes = [q("كريستين لاغارد", "وقالت"), q("وإذ", "اعتبرت"), q("وعن شعوره وقت الحادث", "أوضح"),
              q("وذلك قبيل ساعات", "بحسب ما أوردت")]
    _elided_openers(quotes)
    assert [x.speaker for x in quotes] == ["كريستين لاغارد", "كريستين لاغارد", "كريستين لاغارد", None]


def test_a_dative_adjunct_naming_the_medium_before_the_subject():
    text = "وأوضح لـ\"الاقتصادية\" حسن مغربي مدير فرع مصرفي أن القروض بلغت 400 مليار ريال.\n"
    assert speakers_of(text) == ["حسن مغربي"]
    text = "وقال لـ«الشرق الأوسط» المحلل الاقتصادي حجاج بوخضور: «كان التراجع متوقعا منذ عامين».\n"
    assert speakers_of(text) == ["حجاج بوخضور"]


def test_a_persons_office_or_campaign_speaks_not_the_person():
    from marsad.pipeline import annotate

    text = ("رفع الحزب دعوى ضد الرئيس الأمريكي دونالد ترامب. وقالت حملة ترامب إن الدعوى غير مستوفية للشروط "
            "القانونية.\n")
    speakers = [q.speaker for q in annotate(Article(text=text)).quotes]
    assert speakers[-1] == "حملة ترامب"
