"""New-user report nu27 on search (task search27): a prefix finds at least what the word finds, a
quoted name keeps its other spellings (``="…"`` keeps the one typed), groups inside a filter,
notes for unbalanced parentheses and an unclosed filter quote, excluded words alone, a readable
``fts``. Our own sentences."""

from __future__ import annotations

import pytest

from marsad.search import index
from marsad.search.analyzer import analyze_text, analyze_text_python
from marsad.search.query import Filter, Not, Or, compile_query, parse
from test_search_name_spellings_spell25 import _found, _store
from test_search_variants import found, index_of


@pytest.fixture(scope="module")
def names():
    return index_of("التقى نتنياهو الوفد", "قال نتانياهو للصحفيين", "اتصل ترمب بالرئيس", "غادر ترامب البيت")


# -- item 1: a prefix finds at least what the word finds --------------------------------------------
@pytest.mark.parametrize(("word", "ids"), [("نتنياهو", {1, 2}), ("نتانياهو", {1, 2}), ("ترامب", {3, 4})])
def test_a_prefix_takes_the_names_other_spellings(names, word, ids):
    assert found(names, word) == ids
    assert found(names, word + "*") == ids  # before: only the spelling typed ({1}, {2}, {4})


def test_a_prefix_takes_the_words_stems():
    # cli29: the word's stems come when the letters typed are a word of the index (وزارة, article 4);
    # a part-word's stem is never searched (مورين* → مور: tests/test_cli29.py)
    conn = index_of("افتتحت الوزارات مكاتبها", "زار الوزير المدينة", "نص آخر", "أعلنت وزارة الصحة")
    assert found(conn, "وزارة") == {1, 4}
    assert found(conn, "وزارة*") == {1, 4}  # the stem وزار, which the prefix وزاره does not cover
    assert compile_query(parse("وزارة*")).match == '"وزاره"*'
    assert compile_query(parse("نتنياهو*")).match == '("نتنياهو"* OR "نتانياهو"*)'


# -- item 2: a quoted name keeps its other spellings; ="…" is the spelling typed ---------------------
@pytest.fixture(scope="module")
def spelled():
    return _store(["بيل غيتس", "بيل جيتس", "غيتس وحده", "الرئيس ترامب", "الرئيس ترمب"])


def test_a_quoted_name_finds_its_other_letters(spelled):
    assert _found(spelled, '"بيل جيتس"') == {1, 2}  # before: {2}
    assert _found(spelled, '"بيل غيتس"') == {1, 2}  # before: {1}
    assert _found(spelled, '"الرئيس ترمب"') == {4, 5}
    (hit,) = [h for h in index.search(spelled, '"بيل جيتس"') if h["article_id"] == 1]
    assert [hit["snippet"][x["start"] : x["end"]] for x in hit["highlights"]] == ["بيل", "غيتس"]


def test_an_exact_phrase_keeps_the_spelling_typed(spelled):
    assert _found(spelled, '="بيل جيتس"') == {2}
    assert _found(spelled, '="الرئيس ترمب"') == {5}
    assert compile_query(parse('="بيل جيتس"')).match == '="بيل جيتس"'
    assert _found(spelled, '-="بيل جيتس" بيل') == {1}


# -- item 3: groups inside a filter, unclosed quote and parentheses --------------------------------
def test_a_group_inside_a_filter():
    assert parse("person:(ترامب OR بوتين)").tree == Or([Filter("person", "ترامب"), Filter("person", "بوتين")])
    q = parse('-person:(ترامب OR "فلاديمير بوتين")')
    assert q.tree == Not(Or([Filter("person", "ترامب"), Filter("person", "فلاديمير بوتين")]))
    assert q.notes == [] and q.filters == {"person": ["ترامب", "فلاديمير بوتين"]}
    q = parse("person:(ترامب")
    assert q.tree == Filter("person", "ترامب")
    assert q.notes == ["person:( was not closed: read as closed at the end of the query"]
    q = parse("سوريا person:()")
    assert q.notes == ["person:( ) has no value: ignored"]


def test_an_unclosed_filter_quote_runs_to_the_end():
    q = parse('سوريا person:"دونالد ترامب')
    assert q.tree is not None and q.filters == {"person": ["دونالد ترامب"]}
    assert q.notes == [
        "person:\"دونالد ترامب: the '\"' was not closed: read as closed at the end of the query"
    ]


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("(ترامب", "a '(' was not closed: read as closed at the end of the query"),
        ("ترامب)", "an unmatched ')' was ignored"),
        ("(ترامب OR بوتين", "a '(' was not closed: read as closed at the end of the query"),
    ],
)
def test_unbalanced_parentheses_get_a_note(query, note):
    assert parse(query).notes == [note]
    assert parse("(ترامب OR بوتين)").notes == []


# -- item 4: exclusions alone, words as filters ---------------------------------------------------
def test_excluded_words_alone_list_every_other_article(names):
    r = index.run_query(names, "-ترامب")
    assert sorted(h["article_id"] for h in r.hits) == [1, 2]  # ترمب is ترامب too
    assert r.sort == "published" and r.notes == []
    assert {h["article_id"] for h in index.run_query(names, "ترامب OR -نتنياهو").hits} == {3, 4}


# -- item 5: a readable fts -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "fts"),
    [
        ('"بيل غيتس"', '"بيل غيتس"'),
        ("الإرهاب*", '("الارهاب"* OR "ارهاب"*)'),
        ("الإرهاب", '("الارهاب" OR "ارهاب")'),
        ("person:(ترامب OR بوتين)", '(person:"ترامب" OR person:"بوتين")'),
    ],
)
def test_fts_is_readable(query, fts):
    assert compile_query(parse(query)).match == fts


# -- item 6: stems of own-ال words, surnames, the particle أنّ after a proclitic -------------------
@pytest.mark.parametrize(
    ("word", "stems"),
    [
        ("ألمان", ("المان",)),  # Germans; light10's ان made الم "pain"
        ("الألمان", ("المان",)),
        ("بالألمان", ("المان",)),
        ("ألوان", ("الوان",)),  # colours; was الو
        ("الألوان", ("الوان",)),
        ("ألوية", ("الوي",)),  # brigades; was الو
        ("أليفة", ("اليف",)),  # a feminine still meets its masculine أليف
        ("آليات", ("اليات",)),  # mechanisms; was الي, met by والي
        ("ألحان", ("الحان",)),
        ("التزامات", ("التزام",)),  # a longer own-ال word still loses its suffix
        ("الألماني", ("المانيا",)),
        ("الزياني", ("زياني",)),  # a surname: not the given name زيان
        ("للزياني", ("زياني",)),
        ("اليوسفي", ("يوسفي",)),
        ("الأرجنتيني", ("ارجنتين",)),  # a place's nisba still meets the place
        ("بأن", ("بأن",)),  # the particle keeps its hamza: not بان (Ban Ki-moon)
        ("كأنّ", ("كأن",)),  # not كان "was"
        ("فإن", ("فإن",)),
        ("بان", ("بان",)),
        ("كان", ("كان",)),
    ],
)
def test_stems(word, stems):
    from marsad.search.analyzer import _entry

    _key, got, _ = _entry(word)
    assert got == stems
    assert analyze_text(word) == analyze_text_python(word)  # the compiled analysis agrees


def test_particle_with_hamza_is_not_the_name():
    conn = index_of("أكد بأن الاتفاق قائم", "قال بان كي مون", "كأن شيئا لم يكن", "كان الوزير هناك")
    assert found(conn, "بان") == {2}  # before: {1, 2}
    assert found(conn, "بأن") == {1}
    assert found(conn, "كأن") == {3}  # (كان: index_of writes it in every body)
