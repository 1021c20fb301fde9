"""Speaker rules written for the error classes of the speaker audit (docs/quotes.md, "Speaker audit"):
a seeded sample of 180 quotes from ANT v2.1 (five sites) and SaudiNewsNet, each speaker judged by
reading its sentence. Every test text is written for the test; none is copied from an article."""
from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def speakers_of(text: str) -> list[str | None]:
    a = Article(text=text)
    annotate_quotes(a)
    return [q.speaker for q in a.quotes]


# -- trailing words: where a speaker's name ends ---------------------------------------------------
def test_a_role_word_after_the_name_ends_it_even_when_it_is_the_last_word_read():
    assert speakers_of("وقال أحمد سالم القيادي في الحركة إن المفاوضات متوقفة.") == ["أحمد سالم"]


def test_a_role_shaped_word_after_a_name_link_is_part_of_the_name():
    # مساعد is also the noun "assistant"; after بن it is a name
    assert speakers_of("وأكد أمير المنطقة الأمير جلوي بن عبدالعزيز بن مساعد أن رجال الأمن يقومون بواجبهم.") == [
        "جلوي بن عبدالعزيز بن مساعد"]


def test_manner_and_time_adverbs_end_the_subject():
    assert speakers_of("ونفت الحركة فورا أنها تخطط لأي عملية.") == ["الحركة"]
    assert speakers_of("وأكدت الأمم المتحدة عام 2017 أن البلد رابع منتج للقمح.") == ["الأمم المتحدة"]
    # بهدوء after the verb is a manner adverb, the subject is elided: the last speaker
    text = "وقال الرئيس أحمد سالم إن الحوار مستمر. وسئل عن الانتخابات فأجاب بهدوء إن موعدها لم يحدد."
    assert speakers_of(text) == ["أحمد سالم", "أحمد سالم"]


def test_a_preposition_with_a_pronoun_is_no_subject():
    text = "وكان الرئيس أحمد سالم قد ألقى كلمة مساء الأحد قال خلالها إن الحوار مستمر."
    assert speakers_of(text) == ["أحمد سالم"]


def test_lam_glued_to_a_name_opens_a_dative_adjunct():
    text = (
        "وقال متحدث باسم الخارجية الأمريكية إن الوفد سيصل.\n"
        'وقال المتحدث لفوكس نيوز: "يجب أن يصنفوا الحزب منظمة إرهابية".\n'
    )
    assert speakers_of(text) == ["متحدث باسم الخارجية الأمريكية"] * 2


def test_a_document_in_the_accusative_is_the_object_not_part_of_the_subject():
    assert speakers_of("وأصدر نادي تشيلسي بيانا، قال فيه إن العنصرية ليس لها مكان في النادي.") == ["نادي تشيلسي"]


# -- junk subjects --------------------------------------------------------------------------------
def test_a_subject_before_the_verb_is_a_noun_phrase_not_a_clause():
    # not "أحمد سالم قد ألقى", not "وسئل عن الانتخابات", not "نادي تشيلسي بيانا" (covered above)
    text = "وقال الرئيس أحمد سالم إن الحوار مستمر. وسئل عن الانتخابات فأجاب إن موعدها لم يحدد."
    assert speakers_of(text) == ["أحمد سالم", "أحمد سالم"]


def test_a_cue_without_a_statement_records_no_junk_name():
    # يعتبر X Y ("X is considered Y") has no statement; its phrase ran on to "لعب دوراً حاسماً", which
    # must never become a speaker that later subjects resolve to
    text = (
        "وقال متحدث باسم الخارجية الأمريكية إن الوفد سيصل.\n"
        "ويعتبر الحزب الذراع العسكري لإيران في المنطقة والذي لعب دوراً حاسماً في الحرب.\n"
        'وقال المتحدث لفوكس نيوز: "يجب أن يصنفوا الحزب منظمة إرهابية".\n'
        'وتابع: "إننا نعمل عن كثب مع شركائنا".\n'
    )
    assert speakers_of(text) == ["متحدث باسم الخارجية الأمريكية"] * 3


def test_a_singular_role_never_refers_to_an_organisation_or_a_plural_source():
    text = (
        "وقال مصدران مطلعان إن المحادثات متعثرة.\n"
        "ويعتبر الحزب الذراع العسكري لإيران في المنطقة.\n"
        "وقال المتحدث إن الوفد سيصل غدا.\n"
    )
    assert speakers_of(text) == ["مصدران مطلعان", "المتحدث"]


def test_the_speaker_resolved_last_is_the_speaker_of_a_following_elided_subject():
    text = (
        "وقال وزير الخارجية أحمد سالم إن المحادثات مستمرة.\n"
        "وقال مسؤول أمريكي إن الوفد سيصل.\n"
        "وأضاف الوزير أن الاتفاق قريب.\n"
        "وتابع: \"لن نتراجع عن هذا الطريق أبدا\".\n"
    )
    assert speakers_of(text) == ["أحمد سالم", "مسؤول أمريكي", "أحمد سالم", "أحمد سالم"]


# -- canonical names: fuller forms must be names ----------------------------------------------------
def test_a_fuller_form_ends_at_the_family_name_the_article_writes():
    # an entity or a scan may run on past the name (غوتيريس غاضب in a title); the speaker does not
    from marsad.quotes.speakers import _fitted_fuller, _tokens

    name = "أنطونيو غوتيريس غاضب"
    assert _fitted_fuller(name, _tokens(name), _tokens("غوتيريس")) == "أنطونيو غوتيريس"
    assert _fitted_fuller(name, _tokens(name), _tokens("أنطونيو غوتيريس")) == "أنطونيو غوتيريس"
    # a given name written alone still gets its family name (مارسيلو → مارسيلو بالفي)
    assert _fitted_fuller("مارسيلو بالفي", _tokens("مارسيلو بالفي"), _tokens("مارسيلو")) == "مارسيلو بالفي"
    # ordinals are no names: منصور أول (from أول من أمس)
    assert _fitted_fuller("منصور أول", _tokens("منصور أول"), _tokens("منصور")) is None


def test_trim_name_cuts_ordinals_dangling_links_and_verbal_nouns_but_keeps_regnal_numbers():
    from marsad.quotes.speakers import trim_name

    assert trim_name("جلوي بن عبدالعزيز بن") == "جلوي بن عبدالعزيز"
    assert trim_name("إيموان كينشاسا الاستمرار") == "إيموان كينشاسا"
    assert trim_name("منصور أول") == "منصور"
    assert trim_name("عبد الله الثاني") == "عبد الله الثاني"
    assert trim_name("لينكد إن") == "لينكد إن"


def test_the_word_after_a_name_link_belongs_to_the_name():
    assert speakers_of("وقال العاهل الأردني الملك عبد الله الثاني إن الحل سياسي.") == ["عبد الله الثاني"]


def test_unknown_first_names_are_not_read_over_an_organisation_or_a_relative_clause():
    text = (
        "وقال الخبير ديفيد لويد الأستاذ في جامعة كارديف متروبوليتان ديفيد لويد إن الآلات قادمة.\n"
        "وأضاف لويد أن الشركات تتغير.\n"
    )
    assert speakers_of(text) == ["ديفيد لويد", "ديفيد لويد"]
    text = 'وقالت شركة "فيرجن غلاكتيك" التي يملكها ريتشارد برانسون إن الرحلة نجحت. وقال برانسون إن الفضاء قريب.'
    # (the company keeps its head with the quoted name: the held-out 5, 7 and 8 convention, step 20)
    assert speakers_of(text) == ["شركة فيرجن غلاكتيك", "ريتشارد برانسون"]


def test_a_place_speaks_as_itself():
    text = "ورفضت محاكم يونانية طلبات تركيا تسليم الجنود. وطالبت تركيا بتسليمها الجنود الثمانية."
    assert speakers_of(text)[-1:] == ["تركيا"]


def test_a_name_the_tagger_split_after_its_first_letter_keeps_that_letter():
    from marsad.model import Entity, Mention

    text = "وقال كاليانا سيفانيانام، نائب الرئيس للتسويق: «نفتخر ببلوغنا هذا المعلم المهم»."
    s = text.index("اليانا")
    a = Article(text=text, mentions=[Mention(s, s + len("اليانا سيفانيانام"), type="PER",
                                             text="اليانا سيفانيانام", entity=0)],
                entities=[Entity(name="اليانا سيفانيانام", type="PER")])
    annotate_quotes(a)
    assert [q.speaker for q in a.quotes] == ["كاليانا سيفانيانام"]
    # without the tagger the subject reading keeps the word whole too (ك + ال is no preposition here)
    assert speakers_of(text) == ["كاليانا سيفانيانام"]


def test_an_entity_name_that_ran_on_is_cut_at_the_mention_written_in_the_subject():
    from marsad.model import Entity, Mention

    text = "وقال الأمين العام أنطونيو غوتيريس إن الهجوم بغيض."
    s = text.index("أنطونيو")
    a = Article(text=text, mentions=[Mention(s, s + len("أنطونيو غوتيريس"), type="PER", text="أنطونيو غوتيريس",
                                             entity=0)],
                entities=[Entity(name="أنطونيو غوتيريس غاضب", type="PER")])
    annotate_quotes(a)
    assert [q.speaker for q in a.quotes] == ["أنطونيو غوتيريس"]


# -- where a name starts -----------------------------------------------------------------------------
def test_a_name_may_start_with_waw_right_after_the_verb():
    text = "أعلن وست هام يونايتد، أحد أندية الدوري الإنجليزي، الثلاثاء تعيين مانويل بيليغريني مدربا لفريقه."
    assert speakers_of(text) == ["وست هام يونايتد"]


def test_a_verbal_noun_after_an_organisation_or_a_role_is_its_complement_not_a_name():
    assert speakers_of("من جهتها، أعلنت هيئة تطوير مكة والمشاعر المقدسة عن تهيئة قطار المشاعر.") == [
        "هيئة تطوير مكة والمشاعر المقدسة"]


# -- nominal subjects ----------------------------------------------------------------------------------
def test_a_definite_organisation_noun_takes_the_quoted_name_written_earlier():
    text = (
        'كشفت الشرطة الإسبانية في تحقيقاتها التي نشرتها صحيفة "كونفيدينشال" أن قطر دفعت أموالا.\n'
        "وكشفت الصحيفة أن روسيل وقع العقد.\n"
    )
    assert speakers_of(text) == ["الشرطة الإسبانية", "صحيفة كونفيدينشال"]


def test_a_role_of_a_named_body_is_not_the_last_person():
    text = (
        "وقال الرئيس التركي رجب طيب أردوغان إن الشعب قال كلمته.\n"
        "وقبل ساعات، أعلن رئيس اللجنة العليا للانتخابات في تركيا، أن أردوغان فاز بأكثر من نصف الأصوات.\n"
    )
    assert speakers_of(text) == ["رجب طيب أردوغان", "رئيس اللجنة العليا"]


def test_a_relative_or_agent_of_a_named_person_is_a_speaker_of_its_own():
    text = "وقال رئيس الوزراء السابق نجيب رزاق إنه بريء. في المقابل، قال محامي نجيب إن المداهمات جاءت من باب التضييق."
    assert speakers_of(text) == ["نجيب رزاق", "محامي نجيب"]
    assert speakers_of("وقال مدير أعمال الفنانة سهير محمد إن الحفل تأجل.") == ["مدير أعمال الفنانة سهير محمد"]
    # a plain title with a name is still the person (مدير عام الامتحانات أحمد سالم)
    assert speakers_of("وقال مدير عام الامتحانات أحمد سالم إن النتائج جاهزة.") == ["أحمد سالم"]


# -- objects right after the verb, resumptive clauses, parentheses -------------------------------------
def test_a_thing_or_an_addressed_plural_right_after_the_verb_is_its_object():
    text = 'وقال الرئيس دونالد ترامب إن الصحفي اختفى. ووصف الأمر بأنه "وضع رهيب".'
    assert speakers_of(text) == ["دونالد ترامب", "دونالد ترامب"]
    text = "وقال الشيخ أحمد سالم إن التعدد حل. كما دعا النساء إلى إعانة أزواجهن."
    assert speakers_of(text) == ["أحمد سالم", "أحمد سالم"]
    # reports do speak: وأفادت التقارير
    assert speakers_of("وأفادت التقارير بأن الطائرة سقطت.") == ["التقارير"]


def test_a_cue_with_a_resumptive_pronoun_belongs_to_the_author_named_before_it():
    text = ("وكان الرئيس أحمد سالم قد أعلن أن الحرب انتهت، مؤكدا أن السلام قريب، وتتطابق تصريحات سالم مع أخرى "
            "أطلقها المتحدث باسم قوات التحالف، العميد أحمد عسيري، قال فيها إن التحالف مستعد.")
    assert speakers_of(text)[-1] == "أحمد عسيري"
    text = ('وجاءت تصريحات المتحدث باسم الرئيس الإيراني بعد أقل من 24 ساعة من تصريحات مماثلة لروحاني الأحد '
            'قال خلالها: "لدينا خطط لمواجهة أي قرار".')
    assert speakers_of(text) == ["روحاني"]


def test_a_parenthesis_between_a_preposed_subject_and_its_verb_is_skipped():
    text = "يستعد الحارس جيانلويجي بوفون للعودة إلى المنتخب. وكان بوفون (40 عاما) أعلن اعتزاله الدولي في نوفمبر الماضي."
    assert speakers_of(text) == ["جيانلويجي بوفون"]


# -- recall --------------------------------------------------------------------------------------------
def test_a_quotation_right_after_a_cued_one_continues_it():
    text = ('وقال رئيس الهيئة أحمد سالم قائلا إنه "يتمثل هدفنا في تعزيز مهنة المحاسبة". '
            '"وفي هذا الصدد فإن اختيار المركز لتنفيذ الاختبارات خطوة مهمة".')
    a = Article(text=text)
    annotate_quotes(a)
    assert [(q.kind, q.speaker, a.text[q.start : q.end][:12]) for q in a.quotes] == [
        ("direct", "أحمد سالم", "يتمثل هدفنا "), ("direct", "أحمد سالم", "وفي هذا الصد")]


def test_verbs_of_judging_and_urging():
    assert speakers_of("واستبعدت تركيا أن تنهار العلاقات الثنائية.") == ["تركيا"]
    assert speakers_of("ورجح الخبير أحمد سالم أن يكون الجهاز جاهزا العام المقبل.") == ["أحمد سالم"]
    assert speakers_of("وحث الوزير أحمد سالم الشباب على التطوع.") == ["أحمد سالم"]
    assert speakers_of('وتساءل الكاتب أحمد سالم: "هل يحتاج العالم إلى مزيد من الحروب؟"') == ["أحمد سالم"]
    # present يرجح is impersonal ("it is likely"): no statement
    assert speakers_of("ويرجح أن يكون الجهاز جاهزا العام المقبل.") == []


# -- found on a second, fresh sample of 90 quotes (docs/quotes.md) ---------------------------------
def test_an_adverb_of_frequency_is_no_subject():
    text = "لكن إيران تعد بالفعل عدو إسرائيل اللدود، ودعت غير مرة إلى القضاء على الدولة."
    assert speakers_of(text) == ["إيران"]


def test_a_prepositional_adjunct_between_commas_is_no_apposition():
    text = "وأعلنت قوات المقاومة اليمنية المشتركة، بإسناد من التحالف العربي، الثلاثاء، أن المعارك دخلت آخر مراحلها."
    assert speakers_of(text) == ["قوات المقاومة اليمنية المشتركة"]


def test_a_role_with_a_pronoun_suffix_is_a_role():
    text = 'وقال زعيمه كيرياكوس ميتسوتاكيس في البرلمان: "لن نقسم اليونانيين من أجل توحيد البلاد".'
    assert speakers_of(text) == ["كيرياكوس ميتسوتاكيس"]


def test_the_name_after_a_role_of_a_named_body_with_lam():
    assert speakers_of("وأكد الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي أن الشاب مريض نفسيا.") == [
        "محمد الحربي"]
    text = "وبين المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي، أن الحادثة حريق محدود."
    assert speakers_of(text) == ["محمد العاصمي"]


def test_time_conjunctions_and_auxiliaries_are_no_names():
    from marsad.quotes.speakers import _could_be_first_name

    assert not _could_be_first_name("أصبح") and not _could_be_first_name("يبدو")
    assert _could_be_first_name("أفيغدور")
    text = "والإسلام حين يحث على شعيرة فذلك لحكمة، كما جاء في الحديث حيث قال: كان لأهل الجاهلية يومان."
    assert "حين" not in speakers_of(text)


def test_a_possessed_noun_after_a_preposition_or_a_manner_participle_is_no_subject():
    assert speakers_of("وكانت جدته سارة تقول لأحفادها مازحة أنها تزوجت أول شخص قبلته.") == ["جدته سارة"]
    text = "أشعل النيران بتصريحه بعد المباراة عندما قال «إن هناك أشياء خاصة، ولا أريد الحديث عنها»."
    assert speakers_of(text) != ["بتصريحه"]
    # a place that starts with ب is a place, not ب + a word
    assert speakers_of("وتقول باريس إنها تهدف إلى تعزيز حضور فرنسا الثقافي.") == ["باريس"]


def test_a_name_starting_with_fa_before_its_verb_is_a_subject():
    assert speakers_of("ويقول الوالدان إن المحادثات رسائل. لكن فيسبوك ترى أن كشفها ينتهك الخصوصية.") == [
        "الوالدان", "فيسبوك"]


# -- the audit samples themselves (corpus test) ------------------------------------------------------
AUDIT = __import__("pathlib").Path(__file__).parent / "data" / "quotes" / "speaker_audit.json"


def _audit_accuracy(items: list[dict], articles: dict) -> float:
    from marsad.quotes.cues import fold
    from marsad.quotes.evaluate import same_speaker

    ok = n = 0
    for it in items:
        quotes = articles[_key(it["source"])]
        q = next((q for q in quotes if q.cue is not None and q.cue.start == it["cue_start"]), None) or next(
            (q for q in quotes if q.start == it["start"]), None)
        n += 1
        if q is None:
            continue
        if it["error"] is None and it["sample"] == 1:
            ok += any(same_speaker(q.speaker, s) for s in it["speakers"])
        else:
            ok += any(fold(q.speaker or "") == fold(s) for s in it["speakers"])
    return ok / n


def _key(source: dict) -> tuple:
    return (source["archive"], source["member"], source.get("record"))


@pytest.mark.corpus
def test_speaker_accuracy_on_the_audit_samples(shared):
    import json
    import tarfile

    from marsad.io.readers import read_records
    from marsad.pipeline import annotate
    from marsad.quotes.evaluate import fetch_source

    shared("corpora", "ant-multisource-v2.1.tar.gz")
    root = shared()
    items = json.loads(AUDIT.read_text(encoding="utf-8"))["items"]
    sources = {_key(it["source"]): it["source"] for it in items}
    raw: dict = {}
    members = {s["member"]: k for k, s in sources.items() if s["archive"].endswith(".tar.gz")}
    with tarfile.open(root / "corpora" / "ant-multisource-v2.1.tar.gz") as tf:
        for ti in tf:
            if ti.name in members:
                raw[members[ti.name]] = tf.extractfile(ti).read()
    for k, s in sources.items():
        if k not in raw:
            raw[k] = fetch_source(root, s)[0]
    articles = {k: annotate(next(read_records(b))).quotes for k, b in raw.items()}
    first = [it for it in items if it["sample"] == 1]
    fresh = [it for it in items if it["sample"] == 2]
    assert len(first) == 174 and len(fresh) == 88
    # measured (docs/quotes.md "Speaker audit"): sample 1 0.684 at the session start -> 0.868 (fitted);
    # sample 2 0.759 -> 0.807 with the rules frozen, 0.852 after the rules written for its errors
    # step 13 (article-level repair) moves three audit items away from the audit's answers by the
    # held-out 3/5 conventions: a role whose holder the article names is that name (سفير الاتحاد
    # الأوروبي → جون أورورك, sample 1) and a report speaks for its issuer (تقرير المركز, التقرير الحادي
    # والخمسون → the centre, the Saudi central bank; sample 2): 0.868 -> 0.862 and 0.852 -> 0.830
    # step 24 (canonical.py: a statement speaks for the body that issued it, the held-out 10/11
    # convention) moves sample 1 item 126 (البيان → وزارة الداخلية الأردنية) away from the audit's
    # answer, and the phrase-boundary fixes (يدعى is no part of a name) item شخص يدعى طاهر: 0.851 -> 0.845;
    # step 28 (an office in the lead is the person named next, the held-out convention) one more,
    # رئيس اللجنة العليا … → سعدي جوفن: 0.839
    assert _audit_accuracy(first, articles) >= 0.83
    # step 39b (canonical.medium_head: a medium keeps the head the article writes it with, the held-out
    # convention — 96 gold speakers of the 33 sets with the head, 6 without) moves sample 2's
    # "أتلانتيك" to "مجلة أتلانتيك", away from the audit's answer: 0.830 -> 0.818
    assert _audit_accuracy(fresh, articles) >= 0.81


def test_a_role_with_lam_and_a_pronoun_is_still_a_subject_and_illa_is_never_one():
    text = "ورغم الخسارة، إلا أن المنتخب المصري أثبت أنه فريق قوي، وأكد لاعبوه أنهم قادرون على المنافسة."
    assert speakers_of(text)[-1] == "لاعبوه"


# -- found on 300 articles of the first user's store ---------------------------------------------
def test_an_abbreviated_title_is_one_token_of_the_role():
    assert speakers_of("وقال وزير المالية د. نايف الحجرف عند إعلان الميزانية، إن العجز سينخفض.") == ["نايف الحجرف"]


def test_a_noun_with_the_pronoun_ha_is_no_name():
    text = "من جهته، قال مؤلف العمل ومخرجه، ابراهيم بن محمد، إن الجزء الثاني يمزج الكوميديا بالدراما."
    assert speakers_of(text) == ["ابراهيم بن محمد"]
    # عبر "via" + حسابه: no speaker is recorded for the participle to take
    text = 'وعبر حسابه على "تويتر" علق الممثل على غيابه قائلا "بقالي سبع سنين زي اليومين دول".'
    assert speakers_of(text) == [None]


def test_ba_with_tatweel_is_no_subject():
    text = 'ودعا الوزير أحمد سالم الشركات إلى العمل، وطالب بـ"التعامل بشكل عادل" مع الشركات.'
    assert speakers_of(text) == ["أحمد سالم", "أحمد سالم"]
