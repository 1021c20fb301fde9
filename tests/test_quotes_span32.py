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
