"""Step 51a of the quotes work (docs/quotes.md): a person's office read as the place it serves → the
person the article names in that office (issue 6, the "another party" class of wrong speakers).
Sentences written for the test (after held-out 12, 17 and 39): ``رئيس بلدية هيروشيما`` read as
``هيروشيما``, ``رئيس وزراء كندا`` as ``كندا``, ``السفير الأميركي`` resolved to the headline's
``واشنطن``; and near misses that must keep the place: no holder named, two holders, a holder of another
nationality."""

from __future__ import annotations

import marsad


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in marsad.parse(text).quotes]


def test_the_mayor_of_a_city_is_the_mayor_the_article_names() -> None:
    # held-out 39 (BBC): was "هيروشيما" ×2; the mayor named in the next sentence
    text = (
        "ذكرى القنبلة\n\n"
        "وفي حفل أقيم الإثنين، حذر رئيس بلدية هيروشيما في كلمة من تصاعد المد القومي على نطاق العالم.\n"
        "وطالب رئيس البلدية كازومي ماتسوي الحكومة بالتوقيع على المعاهدة.\n"
    )
    assert speakers(text) == ["كازومي ماتسوي", "كازومي ماتسوي"]


def test_the_prime_minister_of_a_country_is_the_one_named_with_its_nationality() -> None:
    # held-out 17 (France 24): was "كندا" ×2 for "رئيس وزراء كندا، الخاضعة …، اعتبر"
    text = (
        "قمة متوترة\n\n"
        "حمل المستشار لاري كادلو رئيس الوزراء الكندي جاستن ترودو مسؤولية فشل القمة.\n"
        "وكان رئيس وزراء كندا، الخاضعة كغيرها للرسوم، اعتبر السبت أن الرسوم مهينة نظرا لتاريخ العلاقات.\n"
    )
    assert speakers(text)[-1] == "جاستن ترودو"


def test_an_ambassador_is_not_the_capital_of_the_headline() -> None:
    # held-out 12 (Al Arabiya): "السفير الأميركي" was resolved to the headline's "واشنطن"; the headline
    # keeps its own speaker
    text = (
        "واشنطن تصعد: نشكك في شرعية عضوية الصين\n\n"
        "وكان السفير الأميركي لدى المنظمة دانيال هاريس أول من ألقى كلمة خلال هذا الاجتماع.\n"
        "واعتبر السفير الأميركي أن الصين تستفيد من وضعها كعضو في المنظمة.\n"
    )
    got = speakers(text)
    assert got[0] == "واشنطن"
    assert got[1:] == ["دانيال هاريس"]


def test_no_holder_named_keeps_the_place() -> None:
    text = (
        "ذكرى القنبلة\n\n"
        "وفي حفل أقيم الإثنين، حذر رئيس بلدية هيروشيما في كلمة من تصاعد المد القومي على نطاق العالم.\n"
    )
    assert speakers(text) == ["هيروشيما"]


def test_two_holders_keep_the_place() -> None:
    # two mayors named: the office does not tell which one spoke
    text = (
        "ذكرى القنبلة\n\n"
        "وفي حفل أقيم الإثنين، حذر رئيس بلدية هيروشيما في كلمة من تصاعد المد القومي على نطاق العالم.\n"
        "وحضر رئيس البلدية محمد العلي الحفل، وحضره أيضا رئيس البلدية السابق خالد الحسن.\n"
    )
    assert speakers(text) == ["هيروشيما"]


def test_an_ambassador_of_another_nationality_is_not_the_holder() -> None:
    text = (
        "واشنطن تصعد: نشكك في شرعية عضوية الصين\n\n"
        "وكان السفير الصيني لدى المنظمة دانيال هاريس أول من ألقى كلمة خلال هذا الاجتماع.\n"
        "واعتبر السفير الأميركي أن الصين تستفيد من وضعها كعضو في المنظمة.\n"
    )
    assert "دانيال هاريس" not in speakers(text)


def test_the_owner_of_the_statements_that_open_the_sentence_speaks() -> None:
    # held-out 24 (Al Arabiya): the cue has no subject; was the earlier speaker "الأمم المتحدة" ×2
    text = (
        "تقرير أممي\n\n"
        "قال تقرير جديد للأمم المتحدة إن النمو العالمي تحسن هذا العام.\n"
        "وفي تصريحات لإليوت هاريس، مساعد الأمين العام للتنمية الاقتصادية، أكد أن آفاق الاقتصاد العالمي استمرت في التحسن.\n"
    )
    assert speakers(text)[-1] == "إليوت هاريس"


def test_a_described_speaker_is_the_owner_of_the_interview_named_next() -> None:
    # held-out 41 (BBC): was "المبعوث الخاص"; "وجاء ذلك في حوار لمارتن غريفيث" names him
    text = (
        "اليمن\n\n"
        "دعا المبعوث الخاص للأمم المتحدة إلى اليمن إلى اتخاذ إجراءات دولية عاجلة لوقف تدهور الأزمة.\n"
        "وجاء ذلك في حوار لمارتن غريفيث، مع بي بي سي خلال وجوده في نيويورك.\n"
    )
    assert speakers(text)[-1] == "مارتن غريفيث"


def test_a_named_speaker_keeps_its_name_before_an_interview_of_another() -> None:
    # the speaker is a name, not a description: the interview named next does not replace it
    text = (
        "اليمن\n\n"
        "دعا أحمد العلي إلى اتخاذ إجراءات دولية عاجلة لوقف تدهور الأزمة.\n"
        "وجاء ذلك في حوار لمارتن غريفيث، مع بي بي سي خلال وجوده في نيويورك.\n"
    )
    assert speakers(text)[-1] == "أحمد العلي"


def test_a_subject_written_after_the_cue_stays() -> None:
    # the sentence writes its own subject after the cue: the interview's owner is not read
    text = (
        "اليمن\n\nوفي حوار لمارتن غريفيث مع بي بي سي، قال وزير الخارجية اليمني خالد اليماني إن الحل سياسي.\n"
    )
    assert speakers(text)[-1] != "مارتن غريفيث"


def test_the_prime_minister_of_another_country_is_not_the_holder() -> None:
    # ANT v2.1 (Al Arabiya 1579, fresh text): "رئيس وزراء اليونان" was given Macedonia's prime minister
    text = (
        "اتفاق الاسم\n\n"
        "قال رئيس وزراء اليونان، الثلاثاء، إن بلاده توصلت لاتفاق مع جارتها الشمالية.\n"
        "وقال حزب معارض إن رئيس وزراء مقدونيا زوران زئيف خان البلاد.\n"
    )
    assert speakers(text)[0] != "زوران زئيف"
