"""Step 53b of the quotes work (docs/quotes.md): a name cut, padded or split by the text (issue 6,
overlap class).

The gold convention: the fullest name the article gives the person, nothing before or after it.
Sentences written for these tests: a first name and a surname split by a comma, a time word glued to a
name, a stop word or the verb's object run on after a name; and what the rules must leave alone (a
list of people, a family name with the article, a nisba, a name written in full more than once).
"""

from __future__ import annotations

import marsad
from marsad.model import Article
from marsad.quotes.canonical import quoted_medium_head
from marsad.quotes.namespan import NameEdges, comma_split_name, run_on_cut

# -- a first name and a surname split by a comma ---------------------------------------------------

_SPLIT = (
    "كشف كريستوفان، بالدور رئيس الاتحاد الوطني للسباحة، أمس، أن البطولة ستقام في الصيف. "
    "وأضاف بالدور أن الفرق كلها جاهزة. واعتبر بالدور أن الحدث شرف كبير."
)


def test_a_first_name_split_from_its_surname_by_a_comma_is_joined():
    assert comma_split_name(_SPLIT, "كريستوفان") == "كريستوفان بالدور"
    assert comma_split_name(_SPLIT, "بالدور") == "كريستوفان بالدور"
    assert comma_split_name(_SPLIT.replace("،", ",", 1), "كريستوفان") == "كريستوفان بالدور"


def test_the_split_name_reaches_every_quotation_of_the_person():
    speakers = [q.speaker for q in marsad.parse(_SPLIT).quotes]
    assert speakers and all(s == "كريستوفان بالدور" for s in speakers), speakers


def test_a_list_of_people_or_a_surname_never_used_alone_is_left():
    # the first word written alone elsewhere: two people of a list
    text = _SPLIT + " وقال كريستوفان إن الفريق سيفوز."
    assert comma_split_name(text, "كريستوفان") is None
    assert comma_split_name(text, "بالدور") is None
    # the second word never written alone: nothing says it is the surname the article goes on with
    once = "كشف كريستوفان، بالدور رئيس الاتحاد الوطني، أن البطولة ستقام. وأضاف كريستوفان أن الفرق جاهزة."
    assert comma_split_name(once, "كريستوفان") is None
    # no title word after the pair: no apposition of news style
    bare = "كشف كريستوفان، بالدور أن البطولة ستقام. وأضاف بالدور أن الفرق جاهزة."
    assert comma_split_name(bare, "كريستوفان") is None
    # a word of two or more, a definite word, a stop word: no first name
    assert comma_split_name(_SPLIT, "الاتحاد") is None
    assert comma_split_name(_SPLIT, "كريستوفان بالدور") is None


# -- a word the text runs on into the name ------------------------------------------------------------


def test_a_time_word_glued_to_the_name_is_cut():
    text = "اكد السويسري جوزيف بلاترأمس الاثنين أنه لن يترشح. وتمنى بلاتر التوفيق للجميع."
    assert run_on_cut(text, "جوزيف بلاترأمس") == "جوزيف بلاتر"
    assert run_on_cut(text.replace("وتمنى بلاتر", "وتمنى الرئيس"), "جوزيف بلاترأمس") is None  # never alone


def test_a_preposition_or_adverb_after_a_name_is_cut():
    assert run_on_cut("", "بنيامين نتنياهو خلال") == "بنيامين نتنياهو"
    assert run_on_cut("", "بنيامين نتنياهو أثناء") == "بنيامين نتنياهو"
    assert run_on_cut("", "رئيس الوزراء خلال") is None  # a role phrase: left to the role rules
    assert run_on_cut("", "لينكد إن") is None  # a particle ends a company's name


def test_a_definite_word_after_a_name_is_left():
    # a common noun run on (the verb's object) and a family name with the article look alike
    text = "ويثير سلوك الأمير ماكسيميليان النقاش. وقال ماكسيميليان إنه سيستأنف. وقال ماكسيميليان أيضا."
    assert run_on_cut(text, "ماكسيميليان النقاش") is None
    family = "ورصد سعد بن عبدالله المخالفات. وأكد عبدالله العليان مدير الفرع أن الجولات مستمرة."
    assert run_on_cut(family, "عبدالله العليان") is None
    assert run_on_cut(family, "بعض المتعاملين") is None


def test_name_edges_memoise_the_cut_per_speaker():
    text = "اكد السويسري جوزيف بلاترأمس الاثنين أنه لن يترشح. وتمنى بلاتر التوفيق للجميع."
    edges = NameEdges(Article(text=text), quoted_medium_head)
    assert edges.run_on("جوزيف بلاترأمس") == "جوزيف بلاتر"
    assert edges.run_on("جوزيف بلاترأمس") == "جوزيف بلاتر"
    assert edges.run_on("بلاتر") is None


# -- a head before a name in quotation marks -------------------------------------------------------------


def _quote_after(text: str, speaker: str, quote_from: str):
    from marsad.model import Quote, Span

    start = text.index(speaker)
    return Quote(
        start=text.index(quote_from),
        end=len(text),
        kind="indirect",
        cue=Span(0, text.index(" ")),
        speaker=speaker,
        speaker_span=Span(start, start + len(speaker)),
    )


def test_a_head_before_a_name_in_marks_takes_the_name():
    from marsad.quotes.namespan import marked_name_after_head

    text = 'أعلنت جائزة "غولدن بن" الأدبية عن تقديمها جائزة خاصة هذا العام.'
    q = _quote_after(text, "جائزة", "عن تقديمها")
    assert marked_name_after_head(Article(text=text), q) == "جائزة غولدن بن"
    text = "أعلن مهرجان «أيام الفيلم» عن برنامجه الجديد."
    q = _quote_after(text, "مهرجان", "عن برنامجه")
    assert marked_name_after_head(Article(text=text), q) == "مهرجان أيام الفيلم"


def test_a_quotation_in_marks_a_definite_head_or_a_sentence_is_no_name():
    from marsad.quotes.namespan import marked_name_after_head

    text = 'وقال مصدر "الوضع مستقر تماما" للصحفيين.'
    q = _quote_after(text, "مصدر", '"الوضع')
    assert marked_name_after_head(Article(text=text), q) is None  # the marks hold the quotation
    text = 'أعلنت الجائزة "غولدن بن" عن تقديمها جائزة خاصة.'
    q = _quote_after(text, "الجائزة", "عن تقديمها")
    assert marked_name_after_head(Article(text=text), q) is None  # a definite head: the name is apposed
    text = 'أعلنت جائزة "لن نتراجع عن" عن تقديمها جائزة خاصة.'
    q = _quote_after(text, "جائزة", "عن تقديمها جائزة")
    assert marked_name_after_head(Article(text=text), q) is None  # stop words: a sentence, no name
    text = 'وقالت سارة "غولدن بن" عن الجائزة.'
    q = _quote_after(text, "سارة", "عن الجائزة")
    assert marked_name_after_head(Article(text=text), q) is None  # a person's name is no head


# -- a coordinated subject cut to one conjunct -------------------------------------------------------------


def _quote_with_cue(text: str, cue: str, speaker: str, quote_from: str):
    from marsad.model import Quote, Span

    c = text.index(cue)
    start = text.index(speaker, c + len(cue))
    return Quote(
        start=text.index(quote_from, start),
        end=len(text),
        kind="indirect",
        cue=Span(c, c + len(cue)),
        speaker=speaker,
        speaker_span=Span(start, start + len(speaker)),
    )


def test_the_conjunct_after_the_speaker_is_kept_with_it():
    from marsad.quotes.namespan import joint_subject

    text = "ويدعو المتظاهرون والنقابات إلى سحب مشروع القانون."
    q = _quote_with_cue(text, "ويدعو", "المتظاهرون", "إلى سحب")
    assert joint_subject(Article(text=text), q) == "المتظاهرون والنقابات"
    text = "وقالت الشرطة والنيابة العامة إن التحقيق مستمر."
    q = _quote_with_cue(text, "وقالت", "الشرطة", "إن التحقيق")
    assert joint_subject(Article(text=text), q) == "الشرطة والنيابة العامة"


def test_the_conjunct_before_the_speaker_is_kept_with_it():
    from marsad.quotes.namespan import joint_subject

    text = "وندد سياسيون ونشطاء حقوقيون بتعليقات الوزير."
    q = _quote_with_cue(text, "وندد", "ونشطاء حقوقيون", "بتعليقات")
    assert joint_subject(Article(text=text), q) == "سياسيون ونشطاء حقوقيون"


def test_no_parallel_conjunct_leaves_the_speaker():
    from marsad.quotes.namespan import joint_subject

    text = "وقال الوزير وهو يبتسم إن الاتفاق قريب."
    q = _quote_with_cue(text, "وقال", "الوزير", "إن الاتفاق")
    assert joint_subject(Article(text=text), q) is None  # a pronoun: a circumstantial clause
    text = "وقال الوزير أمس إن الاتفاق قريب."
    q = _quote_with_cue(text, "وقال", "الوزير", "إن الاتفاق")
    assert joint_subject(Article(text=text), q) is None  # no و
    text = "وقال الوزير وزيرة إن الاتفاق قريب."
    q = _quote_with_cue(text, "وقال", "الوزير", "إن الاتفاق")
    assert joint_subject(Article(text=text), q) is None  # a definite speaker, an indefinite word
    text = "وقال الوزير وأضاف إن الاتفاق قريب."
    q = _quote_with_cue(text, "وقال", "الوزير", "إن الاتفاق")
    assert joint_subject(Article(text=text), q) is None  # a cue verb


def test_the_verb_s_object_after_the_conjunct_is_left_out():
    from marsad.model import Entity
    from marsad.quotes.namespan import joint_subject

    text = "وتتهم دمشق وموسكو مقاتلي المعارضة بإطلاق النار على المدنيين."
    art = Article(text=text, entities=[Entity(name="دمشق", type="LOC"), Entity(name="موسكو", type="LOC")])
    q = _quote_with_cue(text, "وتتهم", "دمشق", "بإطلاق")
    assert joint_subject(art, q) == "دمشق وموسكو"
    q = _quote_with_cue(text, "وتتهم", "دمشق", "بإطلاق")
    assert joint_subject(Article(text=text), q) is None  # موسكو named nowhere: no parallel conjunct


def test_another_quotation_in_marks_after_the_speaker_is_no_name():
    # a list of chants: the marks after the speaker hold the first quotation, not a name
    text = 'وهتف متظاهرون "الشعب يريد إسقاط الفساد" و"ارحل" أمام مبنى البرلمان.'
    assert [q.speaker for q in marsad.parse(text).quotes] == ["متظاهرون", "متظاهرون"]
