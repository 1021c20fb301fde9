"""Name boundaries from the rob23 report (item 13), on our own sentences:

* a subject pronoun after a name with a predicate after it is no part of the name (``بيليه هو أكثر``;
  :func:`marsad.entities.stage.cut_subject_pronouns`);
* a definite nisba adjective alone is no person (``المبعوث الدولي``;
  :func:`~marsad.entities.stage.drop_adjective_persons`);
* a double surname written with a hyphen is one name (``غودفري-غولدشتاين``;
  :func:`~marsad.entities.stage.join_hyphenated_surnames`);
* the conjunction of a place list is no part of the next place (``والصين ونيجريا``;
  :func:`~marsad.entities.stage.strip_list_conjunctions`);
* a given name followed by a rare word is a second person sharing the given name, not a short form
  of the first (``أناستازيا سيفاتسوفا``; :func:`~marsad.entities.stage._run_on_surname`).
"""

from __future__ import annotations

import pytest

import marsad
from marsad.entities.linking import Cand
from marsad.entities.stage import _resources, _run_on_surname, drop_adjective_persons


def entities(sentence: str) -> list[tuple[str, str, int]]:
    a = marsad.parse("عنوان الخبر\n\n" + sentence)
    return [(e.type, e.name, len(e.mentions)) for e in a.entities]


def test_a_subject_pronoun_before_a_predicate_is_cut_off_the_name():
    assert entities("- البرازيلي بيليه هو أكثر اللاعبين تتويجا بكأس العالم.") == [("PER", "بيليه", 1)]
    assert entities("وقال الفنان فضل شاكر هو المطرب الذي اعتزل الغناء ثم عاد إليه.") == [("PER", "فضل شاكر", 1)]


def test_a_pronoun_like_last_syllable_of_an_east_asian_name_stays():
    assert entities("وحضر الحفل المخرج الكوري بونغ جون هو، وفاز فيلمه بالجائزة.") == [("PER", "بونغ جون هو", 1)]


def test_a_hyphenated_double_surname_is_one_name():
    s = ("وقالت الناشطة الإسرائيلية أنجيلا غودفري-غولدشتاين إن الحصار يجب أن ينتهي، وأضافت "
         "غودفري-غولدشتاين أن المنظمة ستواصل عملها.")  # fmt: skip
    assert entities(s) == [("PER", "أنجيلا غودفري-غولدشتاين", 2)]


def test_a_hyphen_between_two_named_people_joins_nothing():
    s = "وسجل محمد صلاح هدفا، وقاد ثلاثي صلاح-ماني-فيرمينو الهجوم، وقال ساديو ماني إن الفريق قوي."
    names = [n for _t, n, _m in entities(s)]
    assert "محمد صلاح" in names and "ساديو ماني" in names
    assert not any("-" in n for n in names)


def test_the_conjunction_of_a_place_list_is_cut():
    s = "وشارك في البطولة لاعبون من البرازيل والأرجنتين والصين ونيجريا وغانا."
    assert [n for _t, n, _m in entities(s)] == ["البرازيل", "الأرجنتين", "الصين", "نيجريا", "غانا"]


@pytest.fixture(scope="module")
def res():
    _tagger, freq, gaz, person_tokens, _d = _resources()
    return freq, gaz, person_tokens


def _cand(text: str, typ: str = "PER", sent: int = 0, first: int = 0) -> Cand:
    return Cand(start=0, end=len(text), type=typ, text=text, surface=text, sent=sent, tok_first=first,
                tok_end=first + len(text.split()))  # fmt: skip


def test_a_definite_adjective_after_a_definite_noun_is_no_person_but_a_family_name_is(res):
    freq, gaz, person_tokens = res
    sents = [_sent(f"وقال المبعوث {w} إن") for w in ("الدولي", "الإرهابي", "الحريري", "السبسي")]
    sents.append(_sent("وندد بالوضع المأساوي"))
    cands = [_cand(w, sent=i, first=2) for i, w in enumerate(("الدولي", "الإرهابي", "الحريري", "السبسي"))]
    cands.append(_cand("المأساوي", sent=4, first=2))
    kept = drop_adjective_persons(sents, cands, freq, gaz, person_tokens)
    assert [c.text for c in kept] == ["الحريري", "السبسي"]


def test_an_adjective_word_opening_a_sentence_or_ending_a_longer_name_stays(res):
    freq, gaz, person_tokens = res
    sents = [_sent("الدولي قال إن"), _sent("وقال المبعوث الدولي إن"), _sent("وقال أحمد الدولي إن")]
    cands = [_cand("الدولي", sent=0, first=0), _cand("الدولي", sent=1, first=2), _cand("أحمد الدولي", sent=2, first=1)]
    kept = drop_adjective_persons(sents, cands, freq, gaz, person_tokens)
    assert [c.text for c in kept] == ["الدولي", "الدولي", "أحمد الدولي"]


def _sent(words: str):
    out, pos = [], 0
    for w in words.split():
        out.append((pos, pos + len(w), w))
        pos += len(w) + 1
    return out


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("اللاتفية أناستازيا سيفاتسوفا الفائزة", True),  # a rare surname: a second Anastasia
        ("اللاتفية أناستازيا فازت بالمباراة", False),  # a verb
        ("اللاتفية أناستازيا بافليوتشينكوفا الفائزة", False),  # the owner's own surname
        ("اللاتفية أناستازيا بافليوتشنكوفا الفائزة", False),  # a spelling of it
        ("اللاتفية أناستازيا وسيفاتسوفا", False),  # a conjunction: two people
        ("اللاتفية أناستازيا المصنفة", False),  # a definite word
        ("اللاتفية أناستازيا أمس", False),  # a common word
    ],
)
def test_a_rare_word_after_a_given_name_is_a_second_persons_surname(words, expected):
    freq = _resources()[1]
    owner = _cand("أناستازيا بافليوتشينكوفا")
    assert _run_on_surname(_sent(words), 2, owner, freq) is expected


def test_a_definite_first_word_is_no_given_name_to_run_on():
    freq = _resources()[1]
    assert _run_on_surname(_sent("قال القاضي كافانوه أمس"), 2, _cand("القاضي كافانو"), freq) is False


def test_two_people_sharing_a_given_name_are_two_entities():
    s = ("هزمت الروسية أناستازيا بافليوتشينكوفا منافستها بسهولة، وتلعب في نصف النهائي اللاتفية "
         "أناستازيا سيفاتسوفا المصنفة ثامنة.")  # fmt: skip
    assert entities(s) == [("PER", "أناستازيا بافليوتشينكوفا", 1), ("PER", "أناستازيا سيفاتسوفا", 1)]


def test_a_double_surname_written_with_a_spaced_hyphen_is_the_same_name():
    s = ('لعب "تشوبو- موتنغ" مع ماينز. ويعرف محبو الكرة اسم "إريك ماكسيم تشوبو-موتنغ" جيدا، '
         "وقال تشوبو-موتنغ إنه سعيد.")  # fmt: skip
    assert ("PER", "إريك ماكسيم تشوبو-موتنغ", 3) in entities(s)


def test_two_people_of_a_summit_written_with_a_hyphen_stay_two():
    s = "وعقدت قمة ترامب-كيم في سنغافورة بين الرئيس دونالد ترامب والزعيم كيم جونغ أون."
    names = [n for t, n, _m in entities(s) if t == "PER"]
    assert "دونالد ترامب" in names and not any("-" in n for n in names)


def test_clean_name_closes_a_spaced_hyphen_between_letters_only():
    from marsad.entities.aliases import clean_name

    assert clean_name("تشوبو- موتنغ") == "تشوبو-موتنغ"
    assert clean_name("2018 - 2019") == "2018 - 2019"


def test_a_verb_run_into_a_name_written_without_it_elsewhere_is_cut():
    s = "وقال المبعوث جمال بنعمر إن الاتفاق ممكن. وأضاف أن جمال بنعمر بارك ذلك العرض في حينه."
    assert [(t, n) for t, n, _m in entities(s)] == [("PER", "جمال بنعمر")]
    s = "وقالت المندوبة الأمريكية نيكي هايلي إن بلادها لن تسكت. وفي جلسة أمس، هايلي توبخ المندوب الروسي بشدة."
    assert entities(s) == [("PER", "نيكي هايلي", 2)]


def test_a_family_name_that_is_also_a_verb_stays_in_the_name():
    s = "وقال أحمد علي إن الحزب قوي. وأضاف أحمد علي صالح أن الانتخابات مهمة."
    assert ("PER", "أحمد علي صالح") in [(t, n) for t, n, _m in entities(s)]


@pytest.mark.parametrize(("word", "verb"), [("بارك", True), ("توبخ", True), ("تقول", True), ("عادل", False), ("حمد", False)])
def test_verb_evidence(res, word, verb):
    from marsad.entities.features import ner_norm
    from marsad.entities.stage import _verb_evidence

    freq, gaz, person_tokens = res
    assert _verb_evidence(ner_norm(word), freq, gaz, person_tokens) is verb


def test_a_name_the_tagger_split_at_a_rare_surname_is_one_person():
    s = "وتلعب هاليب لاحقا لمواجهة الأميركية المخضرمة فينوس وليامس (38 عاما)، الفائزة على الرومانية."
    assert ("PER", "فينوس وليامس", 1) in entities(s)


def test_two_people_named_in_a_row_stay_two():
    from marsad.entities.stage import join_split_person_pairs

    freq, _gaz, person_tokens = (lambda r: (r[1], r[2], r[3]))(_resources())
    text = "واستقبل عون الحريري ثم قال الحريري إن"
    sent = _sent(text)
    a, b = _cand("عون", first=1), _cand("الحريري", first=2)
    a.start, a.end, b.start, b.end = sent[1][0], sent[1][1], sent[2][0], sent[2][1]
    c = _cand("الحريري", first=5)
    c.start, c.end = sent[5][0], sent[5][1]
    assert len(join_split_person_pairs(text, [sent], [a, b, c], freq, person_tokens)) == 3
    text = "التقى ترامب ماكرون أمس"
    sent = _sent(text)
    a, b = _cand("ترامب", first=1), _cand("ماكرون", first=2)
    a.start, a.end, b.start, b.end = sent[1][0], sent[1][1], sent[2][0], sent[2][1]
    assert len(join_split_person_pairs(text, [sent], [a, b], freq, person_tokens)) == 2


def test_a_web_site_name_is_one_organisation_not_its_domain():
    s = "وأظهر استطلاع أجراه موقع بيت.كوم أن معظم الموظفين راضون. وقال موقع ممزورلد.كوم إن المبيعات زادت."
    assert entities(s) == [("ORG", "بيت.كوم", 1), ("ORG", "ممزورلد.كوم", 1)]


def test_a_pronoun_or_particle_after_a_name_written_elsewhere_is_cut():
    s = 'وقالت عن زميلتها نادين نجيم إن العمل مع نادين هي "شراكة حقيقية".'
    assert entities(s) == [("PER", "نادين نجيم", 2)]


def test_a_name_in_a_list_keeps_a_last_word_that_could_be_a_verb():
    from marsad.entities.stage import cut_trailing_verbs

    _tagger, freq, gaz, person_tokens, _d = _resources()
    text = "وفاز أكرم شهيب هنري ونزيه نجم وهنري شديد . وقال"
    sent = _sent(text)
    a, b = _cand("أكرم شهيب هنري", first=1), _cand("هنري شديد", first=6)
    b.start, b.end = sent[6][0] + 1, sent[7][1]
    b.text = text[b.start : b.end]
    cut_trailing_verbs(text, [sent], [a, b], freq, gaz, person_tokens)
    assert b.text == "هنري شديد"


def test_a_name_after_a_conjunction_is_a_second_person_not_a_surname():
    s = "وقالت جيني وكوستنر في مقابلة إن التجربة كانت إيجابية."
    got = entities(s)
    assert len(got) == 2 and got[0] == ("PER", "جيني", 1)  # two people (the second keeps its و here)


def test_east_asian_names_ending_in_a_pronoun_like_syllable_or_a_verb_like_word_stay():
    s = ("وقال نائب رئيس الوزراء الصيني ليو هي إن المحادثات جيدة. وذكرت الصحيفة أن ليو هي أبلغ وزير "
         "التجارة بالعرض.")  # fmt: skip
    assert entities(s) == [("PER", "ليو هي", 2)]
    s = "قال وزير التجارة الصيني تشونغ شان اليوم إن الحرب التجارية ستضر الجميع. وأضاف تشونغ أن بلاده مستعدة."
    assert entities(s) == [("PER", "تشونغ شان", 2)]
