"""ent27: aliases a user can read, and no wrong merges. A form that is proclitics + another name of the
entity (``وإيران``, ``لترامب``) is a mention, not an alias; a role phrase is no registry alias; a role
phrase with another nationality (``وزير الخارجية التركي``) is no reference to a minister of another
country; a surname spelled otherwise joins the only full name of a small store. All test text is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import new_registry
from conftest import save_people as _save
from marsad.entities import registry
from marsad.entities.aliases import name_key
from marsad.entities.linking import clitic_form_of, nisba_skeleton, role_nisbas
from marsad.entities.tagger import MODEL_FILE
from marsad.model import Article, Entity, Mention

needs_model = pytest.mark.skipif(not MODEL_FILE.exists(), reason="NER model not built")


def _parse(body: str):
    import marsad

    return marsad.parse(f"خبر\n\n{body}\n")


def _entity(a, name: str):
    return next(e for e in a.entities if e.name == name)


# -- item 1: proclitic forms are mentions, not aliases ----------------------------------------------


@pytest.mark.parametrize(
    ("form", "names", "expected"),
    [
        ("لإيران", ["إيران"], "إيران"),
        ("وإيران", ["إيران"], "إيران"),
        ("وبترامب", ["دونالد ترامب", "ترامب"], "ترامب"),
        ("للاتحاد الأوروبي", ["الاتحاد الأوروبي"], "الاتحاد الأوروبي"),
        ("والصين", ["الصين"], "الصين"),
        ("وليد", ["وليد سعيد"], None),  # a name that starts with و: no other name of the entity
        ("بشار", ["بشار الأسد"], None),
    ],
)
def test_clitic_form_of(form, names, expected):
    assert clitic_form_of(form, {name_key(n) for n in names}) == expected


@needs_model
def test_clitic_forms_are_no_aliases():
    a = _parse(
        "وقالت إيران إن الاتفاق مهم، ودعت الصين وإيران إلى الحوار. وقال الرئيس دونالد ترامب إن لترامب "
        "رأيا مختلفا، ونقل عن ترامب قوله."
    )
    assert _entity(a, "إيران").aliases == []
    trump = _entity(a, "دونالد ترامب")
    assert trump.aliases == ["ترامب"]  # the surname alone is a name; لترامب is not
    assert [a.mentions[m].text for m in trump.mentions] == ["دونالد ترامب", "ترامب", "ترامب"]


# -- item 2: a role phrase is no name; another nationality is another person ----------------------


def test_role_phrase_mentions_are_no_registry_aliases():
    text = "جون كيري . كيري . وزير الخارجية الأمريكي . "
    a = Article(text=text)
    a.mentions = [
        Mention(0, 8, type="PER", text="جون كيري", entity=0),
        Mention(11, 15, type="PER", text="كيري", entity=0),
        Mention(18, 40, type="PER", text="وزير الخارجية الأمريكي", entity=0, score=0.6),
    ]
    a.entities = [Entity("جون كيري", "PER", ["كيري"], ["وزير الخارجية"], [0, 1, 2], "PER:جون كيري")]
    _aid, _links, reg, alias_rows = registry.article_rows(1, a)
    assert reg == [("PER:جون كيري", "جون كيري", "PER", 3)]
    assert sorted(alias_rows) == [("PER:جون كيري", "جون كيري", 1), ("PER:جون كيري", "كيري", 1)]


def test_role_nisbas():
    assert role_nisbas("وزير الخارجية السعودي") == {nisba_skeleton(name_key("السعودي"))}
    assert role_nisbas("رئيس اتحاد القدم السعودي") == {nisba_skeleton(name_key("السعودي"))}
    assert role_nisbas("وزير الخارجية") == frozenset()  # the office's own adjective is no nationality
    assert role_nisbas("وزير المالية") == frozenset()
    assert nisba_skeleton(name_key("الأميركي")) == nisba_skeleton(name_key("الأمريكية"))
    assert nisba_skeleton(name_key("التركي")) != nisba_skeleton(name_key("السعودي"))


@needs_model
@pytest.mark.parametrize(
    ("nisba", "linked"),
    [("التركي", False), ("السعودي", True)],
)
def test_role_phrase_of_another_nationality(nisba, linked):
    a = _parse(
        "والتقى الوفد وزير الخارجية عادل الجبير في الرياض. وكان وزير الخارجية السعودي عادل الجبير قد "
        f"زار أنقرة. وقال وزير الخارجية {nisba} إن بلاده تدرس العرض."
    )
    texts = [a.mentions[m].text for m in _entity(a, "عادل الجبير").mentions]
    assert (f"وزير الخارجية {nisba}" in texts) is linked


@needs_model
def test_role_phrase_in_another_spelling_of_the_same_nationality():
    a = _parse(
        "والتقى الوفد وزير الخارجية مايك بومبيو في واشنطن. وكان وزير الخارجية الأميركي مايك بومبيو قد "
        "زار أنقرة. وقال وزير الخارجية الأمريكي إن بلاده تدرس العرض."
    )
    texts = [a.mentions[m].text for m in _entity(a, "مايك بومبيو").mentions]
    assert "وزير الخارجية الأمريكي" in texts


# -- item 3: a surname spelled otherwise in a small store ------------------------------------------


def _mm(articles: list[list[tuple]]) -> dict[str, str]:
    c = new_registry()
    for i, people in enumerate(articles, 1):
        _save(c, i, people)
    return registry.merge_map(c, "PER")


def test_surname_variant_joins_the_only_full_name_of_a_small_store():
    mm = _mm([[("بنيامين نتانياهو", 2)], [("نتنياهو", 2)], [("دونالد ترمب", 1)]])
    assert mm == {"PER:نتنياهو": "PER:بنيامين نتانياهو"}


@pytest.mark.parametrize(
    "articles",
    [
        # another person carries the surname
        [[("بنيامين نتانياهو", 2)], [("نتنياهو", 2)], [("يائير نتنياهو", 1)]],
        # the surname alone is written more often than the full name: no evidence
        [[("بنيامين نتانياهو", 1)], [("نتنياهو", 3)]],
        # names of two articles start with the word (a given name)
        [[("بنيامين نتانياهو", 2)], [("نتنياهو", 2)], [("نتنياهو كوهين", 1)], [("نتنياهو كوهين", 1)]],
    ],
)
def test_surname_stays_apart_without_evidence(articles):
    assert "PER:نتنياهو" not in _mm(articles)


def test_surname_floor_grows_with_the_store():
    # 250 articles: the floor is 3 mentions, the full name has 2
    c = new_registry()
    _save(c, 1, [("بنيامين نتانياهو", 2)])
    _save(c, 2, [("نتنياهو", 2)])
    for i in range(3, 251):
        _save(c, i, [(f"شخص رقم{i} فلان", 1)])
    assert "PER:نتنياهو" not in registry.merge_map(c, "PER")


@needs_model
def test_a_title_right_before_a_name_is_that_persons():
    a = _parse(
        "وقال الملك حمد بن عيسى إن المنظومة الخليجية باقية. وأضاف أن البحرين لن تنسى مبادرة العاهل "
        "السعودي الراحل الملك عبدالله بن عبدالعزيز لمواجهة المخاطر."
    )
    texts = {e.name: [a.mentions[m].text for m in e.mentions] for e in a.entities if e.type == "PER"}
    assert texts["حمد بن عيسى"] == ["حمد بن عيسى"]
    assert texts["عبدالله بن عبدالعزيز"] == ["الملك", "عبدالله بن عبدالعزيز"]


@needs_model
def test_a_title_before_a_name_after_a_conjunction_stays_with_the_person_named_before():
    a = _parse(
        "وقال الرئيس دونالد ترامب إن مايكل كوهين لم يعد محاميه. وقال جولياني إن الرئيس وكوهين ناقشا الأمر."
    )
    texts = {e.name: [a.mentions[m].text for m in e.mentions] for e in a.entities if e.type == "PER"}
    assert texts["دونالد ترامب"] == ["دونالد ترامب", "الرئيس"]
    assert texts["مايكل كوهين"] == ["مايكل كوهين", "كوهين"]


# -- item 4: a place or club typed PER in a few articles is no person row ---------------------------


def _save_typed(conn, aid: int, name: str, typ: str) -> None:
    a = Article(text=name)
    a.mentions = [Mention(0, len(name), type=typ, text=name, entity=0)]
    a.entities = [Entity(name, typ, [], [], [0], f"{typ}:{name_key(name)}")]
    registry.save_article(conn, aid, a)


@pytest.mark.parametrize(("places", "listed"), [(3, False), (2, True)])
def test_person_row_of_a_place_name(places, listed):
    c = new_registry()
    _save_typed(c, 1, "بيونغ يانغ", "PER")
    for i in range(places):
        _save_typed(c, 2 + i, "بيونغ يانغ", "LOC")
    _save_typed(c, 9, "كيم جونغ أون", "PER")
    names = [r["name"] for r in registry.top_entities(c, "PER")]
    assert ("بيونغ يانغ" in names) is listed
    assert "كيم جونغ أون" in names
    assert "بيونغ يانغ" in [r["name"] for r in registry.top_entities(c, "LOC")]


# -- item 4: a short form of a foreign given name, with the evidence of one article ----------------


def test_nickname_joins_the_full_given_name_written_in_one_article():
    mm = _mm([[("جيمس ماتيس", 3), ("جيم ماتيس", 1)], [("جيم ماتيس", 2)], [("جيمس ماتيس", 2)]])
    assert mm == {"PER:جيم ماتيس": "PER:جيمس ماتيس"}


@pytest.mark.parametrize(
    "articles",
    [
        [[("جيم ماتيس", 2)], [("جيمس ماتيس", 2)]],  # no article writes both
        [[("مارين لوبان", 3), ("ماري لوبان", 1)], [("جان ماري لوبان", 1)]],  # a cut of a longer name
    ],
)
def test_nickname_stays_apart_without_evidence(articles):
    assert _mm(articles) == {}
