"""A name's taa-marbuta and nisba words that are another word get a stem of their own (time25):
``رياضة``, ``رياضي``, ``الرياضيين`` (sport) were stemmed to ``رياض`` with ``الرياض`` (Riyadh) and
the name Riyad, so 2,681 ANT articles met. The names are ``names.NAME_FAMILIES`` (picked from
the candidates ``bench/search_taa_words.py`` prints); the family stem is ``N`` + ``ه``.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.search import analyzer, index, names, stemmer
from marsad.search.index import search
from marsad.text.normalize import search_key
from test_search_variants import index_of


def _stem(word: str) -> tuple[str, ...]:
    return stemmer.stems(search_key(word))


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        # the sport family: noun, adjective, plurals, with the article, a proclitic, a possessive
        ("رياضة", ("رياضه",)),
        ("الرياضة", ("رياضه",)),
        ("للرياضة", ("رياضه",)),
        ("لرياضة", ("رياضه",)),
        ("رياضي", ("رياضه",)),
        ("الرياضية", ("رياضه",)),
        ("الرياضيين", ("رياضه",)),
        ("بالرياضيين", ("رياضه",)),
        ("الرياضيون", ("رياضه",)),
        ("رياضات", ("رياضه",)),
        ("رياضته", ("رياضه",)),
        ("ورياضي", ("ورياض", "رياضه")),
        # the city and the name keep the name's stem
        ("الرياض", ("رياض",)),
        ("رياض", ("رياض",)),
        ("بالرياض", ("رياض",)),
        ("والرياض", ("رياض",)),
        # the other families
        ("صلاحية", ("صلاحه",)),
        ("الصلاحيات", ("صلاحه",)),
        ("صلاح", ("صلاح",)),
        ("الطائفية", ("طائفه",)),
        ("طائفة", ("طائفه",)),
        ("الطائف", ("طائف",)),
        ("حماسة", ("حماسه",)),
        ("الحماسي", ("حماسه",)),
        ("حماس", ("حماس",)),
        ("السيولة", ("سيوله",)),
        ("سيول", ("سيول",)),
        ("العمرانية", ("عمرانه",)),
        ("عمران", ("عمران",)),
        ("المكرمة", ("مكرمه",)),
        ("الجاني", ("جانه",)),
        ("رامي", ("رامه",)),
        ("رام", ("رام",)),
        # ordinary and emotional meet the kept-whole عادة and عاطفة
        ("العادية", ("عاده",)),
        ("عادي", ("عاده",)),
        ("عادة", ("عاده",)),
        ("عاد", ("عاد",)),
        ("العاطفية", ("عاطفه",)),
        ("عاطفة", ("عاطفه",)),
        ("عاطف", ("عاطف",)),
        # a name's nisba that is its adjective still meets it (light10)
        ("القطرية", ("قطر",)),
        ("المصريين", ("مصر",)),
        # a pronoun other than a family ending does not make a family word
        ("رياضها", ("رياض",)),
    ],
)
def test_family_stem(word, stem):
    assert _stem(word) == stem


def test_family_tables():
    assert names.NAME_FAMILIES <= stemmer.PROTECTED_NAMES
    assert not any(n[0] in stemmer.SINGLE_PROCLITICS for n in names.NAME_FAMILIES)
    assert "رياضيين" in names.NAME_FAMILY_WORDS and "رياض" not in names.NAME_FAMILY_WORDS


def test_compiled_and_python_analysis_agree_on_families():
    text = (
        "وزارة الرياضة في الرياض كرمت الرياضيين، ورياضي سعودي قال لرياضته إن صلاحيات صلاح "
        "والطائفية في الطائف وحماسة حماس وسيولة سيول، العادية عادة والعاطفية عاطفة، وعمرانية عمران"
    )
    assert analyzer.analyze_text_python(text) == analyzer.analyze_text(text)


def test_search_for_the_city_does_not_find_sport():
    conn = index_of(
        "افتتح وزير الرياضة البطولة الرياضية",  # 1: sport
        "وصل الوفد إلى الرياض مساء",  # 2: Riyadh
        "قال رياض إن الاجتماع انتهى",  # 3: Riyad
        "كرمت الوزارة الرياضيين",  # 4: athletes
    )
    assert {h["article_id"] for h in search(conn, "الرياض")} == {2, 3}
    assert {h["article_id"] for h in search(conn, "رياض")} == {2, 3}
    assert {h["article_id"] for h in search(conn, "رياضة")} == {1, 4}
    assert {h["article_id"] for h in search(conn, "الرياضيين")} == {1, 4}


def test_layout_bumped_for_the_family_stems():
    assert index.LAYOUT >= 13
