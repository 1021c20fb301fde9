"""A typed phrase matches its words with proclitics, as a single word does (new-user report nu16 M2:
``"مكافحة الإرهاب"`` found 7 of the 13 articles of its store that write the phrase, missing the six
that write ``لمكافحة الإرهاب``). Rule: :func:`marsad.search.query.phrase_forms` (and
:func:`~marsad.search.query.phrase_core`); see docs/search.md ("Phrases")."""

from __future__ import annotations

from marsad.search import index
from marsad.search.analyzer import analyze_word
from marsad.search.query import compile_query, parse, phrase_core, phrase_forms
from test_search_variants import index_of


def ids(conn, q):
    return {h["article_id"] for h in index.search(conn, q, limit=50)}


def test_proclitics_on_each_word_of_the_phrase():
    conn = index_of(
        "أكد الوزير أهمية مكافحة الإرهاب في المنطقة",  # 1 as typed
        "دعا إلى التعاون لمكافحة الإرهاب والتطرف",  # 2 ل
        "وقال إن جهود ومكافحة الإرهاب مستمرة",  # 3 و
        "أشاد بالتعاون الدولي لمكافحة للإرهاب",  # 4 ل on both words
        "مكافحة الفساد لا تقل أهمية عن الإرهاب",  # 5 both words, not adjacent
        "الإرهاب مكافحة",  # 6 wrong order
        "تمت مكافحات الإرهاب",  # 7 another word (a plural), not a proclitic
    )
    assert ids(conn, '"مكافحة الإرهاب"') == {1, 2, 3, 4}
    assert ids(conn, '"لمكافحة الإرهاب"') == {1, 2, 3, 4}  # the typed clitic is folded too
    assert ids(conn, '"مكافحة إرهاب"') == {1, 2, 3, 4}  # the article ال is a proclitic


def test_article_combinations_and_letters_of_the_word():
    conn = index_of(
        "زار الوفد مقر الأمم المتحدة",  # 1
        "رسالة للأمم المتحدة",  # 2 لل = ل + ال
        "التزام بالأمم المتحدة وبالأمم المتحدة",  # 3 بال, وبال
        "وزارة الداخلية أعلنت",  # 4
        "زاره الوزير في الداخلية",  # 5 the verb زار + ه: not وزارة
        "قال وزير خارجية لبنان",  # 6
        "قال وزير خارجية بنان",  # 7 بنان is not لبنان
    )
    assert ids(conn, '"الأمم المتحدة"') == {1, 2, 3}
    assert ids(conn, '"وزارة الداخلية"') == {4}
    assert ids(conn, '"خارجية لبنان"') == {6}
    assert ids(conn, '"لبنان"') == {6}


def test_alef_maqsura_stays_distinct_in_phrases():
    conn = index_of("علي عبد الله صالح", "صالح عبد الله علي", "على عبد الله", "وعلي عبد الله")
    assert ids(conn, '"علي عبد الله"') == {1, 4}
    assert ids(conn, '"على عبد الله"') == {3}


def test_phrase_core_and_plan():
    def core(w):
        return phrase_core(*analyze_word(w))

    assert [core(w) for w in ("لمكافحة", "الإرهاب", "للإرهاب", "وبالإرهاب", "وحكومة", "كرئيس")] == [
        "مكافحه",
        "ارهاب",
        "ارهاب",
        "ارهاب",
        "حكومه",
        "رئيس",
    ]
    # letters the stemmer keeps stay: a و of the stem, names
    assert [core(w) for w in ("وزارة", "لبنان", "بريطانيا", "على")] == ["وزاره", "لبنان", "بريطانيا", "على"]
    plan = compile_query(parse('"مكافحة الإرهاب"')).plan
    assert plan[:2] == ("phrase", ("مكافحه", "الارهاب"))
    assert plan[2][0][:4] == ("مكافحه", "بمكافحه", "لمكافحه", "كمكافحه")
    assert {"الارهاب", "للارهاب", "وبالارهاب", "ارهاب"} <= set(plan[2][1])


def test_forms_are_what_the_single_word_search_cuts():
    # فعلي "actual": the stemmer keeps its ف, so "علي" does not match it (a bare regex of
    # proclitics + core would); وعلي, لعلي, العلي are Ali with a proclitic
    forms = phrase_forms(*analyze_word("علي"))
    assert {"علي", "وعلي", "لعلي", "العلي", "بعلي"} <= set(forms)
    assert "فعلي" not in forms
    conn = index_of("قال علي إن", "وقال وعلي إن", "الأثر الفعلي للقرار", "وجوده فعلي الآن")
    assert ids(conn, '"علي"') == {1, 2}
    assert ids(conn, "علي") >= {1, 2}
