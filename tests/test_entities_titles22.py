"""A bare title belongs to one person at a time (fifth-user report nu22, item 3).

* a bare title (``الرئيس``, ``للرئيس``, ``الوزير``) is a mention of the person it refers to at that
  point, never an alias of an entity;
* a title with a nationality adjective that contradicts the person's role (``الرئيس الصيني`` after
  ``الرئيس المصري``) is not that person's mention;
* a role belongs to the name it is in apposition with (``X، مستشار الرئيس Y``: X is the adviser);
* a definite role noun governs no construct (``المبعوث نقل للرئيس``: نقل is a verb).

The sentences are written for these tests; none is from a corpus or a gold file.
"""
from __future__ import annotations

import pytest

from marsad.entities.linking import is_bare_title
from marsad.entities.roles import role_after, role_before
from marsad.entities.tagger import MODEL_FILE

needs_model = pytest.mark.skipif(not MODEL_FILE.exists(), reason="NER model not built")


def _parse(body: str):
    import marsad

    return marsad.parse("خبر\n\n" + body + "\n")


def _people(a):
    return {e.name: e for e in a.entities if e.type == "PER"}


def _mentions(a, e):
    return [a.text[a.mentions[m].start : a.mentions[m].end] for m in e.mentions]


# --- no model --------------------------------------------------------------------------------------
def test_bare_titles_are_recognised_with_proclitics():
    for w in ("الرئيس", "للرئيس", "والرئيس", "الوزير", "بالوزير", "الأمير", "السفير", "الملك", "الشيخ"):
        assert is_bare_title(w), w
    # near misses: names, titles with a complement, indefinite nouns, the adjective الرئيسي
    for w in ("السيسي", "الرئيس المصري", "رئيس", "الرئيسي", "لبوتين", "ترامب", "الرياض"):
        assert not is_bare_title(w), w


def test_definite_role_noun_governs_no_construct():
    toks = "وأوضح أن المبعوث نقل للرئيس هشام".split()
    # the role of هشام is the title right before him, not 'المبعوث نقل للرئيس'
    assert role_before(toks, 5, set()) == (4, 5)
    # near miss: an indefinite head does govern the next word ('مدير شرطة الشارقة')
    toks = "وقال مدير شرطة الشارقة هشام".split()
    assert role_before(toks, 4, set()) == (1, 4)


def test_construct_apposition_goes_to_the_name_before_the_comma():
    toks = "وقال سامر العلي ، مستشار الرئيس كمال ، إن".split()
    blocked_for_kamal = {1, 2}  # سامر العلي is another person
    # كمال holds the inner title only
    assert role_before(toks, 6, blocked_for_kamal) == (5, 6)
    # سامر العلي is the adviser: the apposition stops at the name of the president
    assert role_after(toks, 3, {6}) == (4, 6)
    # near miss: no comma before the phrase → the whole construct stays the role of the name after it
    toks = "وقال نائب الرئيس كمال إن".split()
    assert role_before(toks, 3, set()) == (1, 3)
    # near miss: a coordinated head starts a new conjunct, not an apposition ('، ونائب الرئيس كمال')
    toks = "التقى سامر العلي ، ونائب الرئيس كمال".split()
    assert role_before(toks, 6, {1, 2}) == (4, 6)
    # near miss: an apposition with no inner title still stops at the next person ('X، وزير الدفاع Y')
    toks = "وقال سامر العلي ، وزير الدفاع كمال".split()
    assert role_after(toks, 3, {6}) is None


# --- the whole stage -------------------------------------------------------------------------------
@needs_model
def test_one_bare_title_for_two_presidents_is_an_alias_of_neither():
    a = _parse(
        "قال الرئيس الأمريكي السابق باراك أوباما إن الاتفاق مهم. وأضاف الرئيس أن بلاده ستلتزم به. "
        "وفي واشنطن قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وأكد الرئيس أنه سينسحب منه."
    )
    people = _people(a)
    for name in ("باراك أوباما", "دونالد ترامب"):
        e = people[name]
        assert not any(is_bare_title(x) for x in e.aliases), e.aliases
    # each 'الرئيس' is still a mention of the person it refers to at that point
    assert _mentions(a, people["باراك أوباما"]).count("الرئيس") == 1
    assert _mentions(a, people["دونالد ترامب"]).count("الرئيس") == 1


@needs_model
def test_title_with_another_nationality_is_no_mention_of_the_person():
    a = _parse(
        "استقبل الرئيس المصري عبد الفتاح السيسي المبعوث الخاص في القاهرة. وقال الرئيس إن العلاقات قوية، "
        "وأكد أهمية زيارة الرئيس الصيني المقبلة إلى مصر."
    )
    sisi = _people(a)["عبد الفتاح السيسي"]
    texts = _mentions(a, sisi)
    assert texts.count("الرئيس") == 1  # 'وقال الرئيس' is Sisi; 'الرئيس الصيني' is not
    assert "الرئيس" not in sisi.aliases


@needs_model
def test_title_with_the_same_nationality_still_refers_back():
    # near miss: 'الرئيس المصري' after the Egyptian president is his mention
    a = _parse(
        "استقبل الرئيس المصري عبد الفتاح السيسي الوفد في القاهرة. وأكد الرئيس المصري دعم بلاده للحوار."
    )
    sisi = _people(a)["عبد الفتاح السيسي"]
    assert _mentions(a, sisi).count("الرئيس") == 1


def test_number_of_a_unit_continues_the_role():
    toks = "وقال قائد اللواء 143 ذياب".split()
    assert role_before(toks, 4, set()) == (1, 4)
    # near miss: a number after a word that is no role noun ends the phrase
    toks = "وقال في 2018 ذياب".split()
    assert role_before(toks, 3, set()) is None


@needs_model
def test_a_title_before_a_coordinated_name_is_the_previous_persons():
    a = _parse(
        "قال الرئيس الأمريكي دونالد ترامب إن المحادثات صعبة، وأكد الرئيس الفرنسي إيمانويل ماكرون ذلك. "
        "وكشف تقرير أن اتصالا بين الرئيس الفرنسي وترامب كان متوترا."
    )
    people = _people(a)
    assert "الرئيس الفرنسي" not in people["دونالد ترامب"].roles
    # near miss: the title of the name written without the conjunction stays
    assert "الرئيس الفرنسي" in people["إيمانويل ماكرون"].roles


@needs_model
def test_a_bare_title_before_a_coordinated_name_gives_it_no_title():
    a = _parse(
        "بحث الملك سلمان الأزمة في الرياض. وجرى اتصال بين الملك ودونالد ترامب أمس. وقال الملك إن الحل قريب."
    )
    trump = _people(a)["دونالد ترامب"]
    assert "الملك" not in _mentions(a, trump)  # 'وقال الملك' is the king, not Trump
