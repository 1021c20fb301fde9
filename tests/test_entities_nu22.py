"""Entity kinds from the eleventh new-user report (nu22, item 4), on our own sentences:

* common nouns of things, religious formulae and English prose are no persons
  (:mod:`marsad.entities.nonnames` rules 12–14);
* a proclitic glued to a spelled-out foreign acronym is no part of the name (``لبي بي سي``;
  :func:`marsad.entities.stage.is_spelled_acronym`, :func:`~marsad.entities.stage.split_glued_acronyms`);
* a surname with the article (``البوعزيز``) is the person named ``كمال بوعزيز``, and a one-word name
  that ends a longer name of another type is that entity (:mod:`marsad.entities.linking`);
* currencies and ``الله`` are left out of the default ``marsad entities`` listing
  (:func:`marsad.entities.nonnames.is_common_entity`).
"""

from __future__ import annotations

import sqlite3

import pytest

import marsad
from marsad.entities.linking import Cand, group_by_key, link_partial_names
from marsad.entities.nonnames import apply_rules, is_common_entity
from marsad.entities.registry import top_entities
from marsad.entities.stage import is_spelled_acronym, split_glued_acronyms


def entities(sentence: str) -> list[tuple[str, str]]:
    a = marsad.parse("عنوان الخبر\n\n" + sentence)
    return [(e.type, e.name) for e in a.entities]


def entity_aliases(sentence: str) -> dict[str, tuple[str, list[str]]]:
    a = marsad.parse("عنوان الخبر\n\n" + sentence)
    return {e.name: (e.type, list(e.aliases)) for e in a.entities}


# --- pipeline: sentences whose names the tagger got wrong before these rules -------------------


@pytest.mark.parametrize(
    ("sentence", "not_a_person"),
    [
        ("وأسس الطلاب راديو في المخيم، وكانوا يبثون الأخبار عبر الراديو كل ساعة.", ("راديو", "الراديو")),
        ("وكل سور القرآن تبدأ ببسم الله الرحمن الرحيم عدا سورة التوبة.", ("الرحمن الرحيم",)),
        ("وكتب المحلل في تغريدة بالإنجليزية: Demand is falling fast in Asia.", ("Demand is", "Demand")),
    ],
)
def test_non_names_are_no_persons(sentence, not_a_person):
    got = entities(sentence)
    assert not [n for t, n in got if t == "PER" and n in not_a_person], got


@pytest.mark.parametrize(
    "sentence",
    ["وقالت الممثلة سارة جونسون لبي بي سي إن التجربة كانت صعبة.", "وقال متحدث باسم الشرطة لبي بي سي إن التحقيق مستمر."],
)
def test_clitic_before_a_spelled_acronym_is_not_in_the_name(sentence):
    got = entity_aliases(sentence)
    assert got["بي بي سي"][0] == "ORG"
    assert "لبي بي سي" not in got


def test_surname_with_the_article_is_the_person():
    got = entity_aliases("وأعلن وزير الصحة كمال بوعزيز خطة جديدة. وقال البوعزيز إن الخطة ستنفذ خلال شهرين.")
    assert got == {"كمال بوعزيز": ("PER", ["البوعزيز"])}


# --- rules on hand-made candidates (independent of the tagger's choices) ----------------------


class _NoGaz:
    def token_types(self, word):
        return frozenset()


def _sent(words: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    toks, pos = [], 0
    for w in words:
        toks.append((pos, pos + len(w), w))
        pos += len(w) + 1
    return " ".join(words), toks


def _cand(text, toks, i, j, typ, clitic=0) -> Cand:
    s, e = toks[i][0] + clitic, toks[j - 1][1]
    return Cand(start=s, end=e, type=typ, text=text[s:e], surface=text[toks[i][0] : e], sent=0, tok_first=i, tok_end=j)


@pytest.mark.parametrize(
    ("words", "i", "j", "clitic", "expect"),
    [
        ("أسقط الجيش الطائرة بصواريخ باتريوت أمس".split(), 3, 5, 1, ("MISC", "صواريخ باتريوت")),
        ("وطرحت الشركة آيباد برو الجديد".split(), 2, 4, 0, ("MISC", "آيباد برو")),
        ("وبث البرنامج عبر الراديو أمس".split(), 3, 4, 0, None),
        ("وقالت إذاعة مونت كارلو الدولية".split(), 1, 4, 0, ("ORG", "إذاعة مونت كارلو")),
        ("وقال اللاعب الحمد لله على الفوز".split(), 2, 4, 0, None),
        ("وقال الإمام بالرحمن الرحيم نبدأ".split(), 2, 4, 1, None),
        ("وكان سعود رحمه الله فنانا".split(), 1, 4, 0, ("PER", "سعود")),
        ("وقال رامي الحمد الله إن الحكومة".split(), 1, 4, 0, ("PER", "رامي الحمد الله")),
        ("He said Trump and Putin met".split(), 2, 4, 0, None),
    ],
)
def test_rules_12_to_14(words, i, j, clitic, expect):
    text, toks = _sent(words)
    out = apply_rules([toks], [_cand(text, toks, i, j, "PER", clitic)], _NoGaz())
    assert [(c.type, c.text) for c in out] == ([expect] if expect else [])


def test_rules_12_to_14_leave_names_and_other_types():
    text, toks = _sent("وقال محمد صلاح إن راديو سوا بث المقابلة".split())
    cands = [_cand(text, toks, 1, 3, "PER"), _cand(text, toks, 4, 6, "ORG")]
    assert [(c.type, c.text) for c in apply_rules([toks], cands, _NoGaz())] == [
        ("PER", "محمد صلاح"),
        ("ORG", "راديو سوا"),
    ]


def test_spelled_acronyms():
    assert is_spelled_acronym(["بي", "بي", "سي"]) and is_spelled_acronym(["سي", "إن", "إن"])
    assert is_spelled_acronym(["إف", "بي", "آي"])
    assert not is_spelled_acronym(["في", "أو"])  # Arabic words only
    assert not is_spelled_acronym(["سي"])  # one letter is no acronym
    assert not is_spelled_acronym(["بي", "سلمان"])


def test_glued_acronym_is_cut_off_a_name():
    text, toks = _sent("إذ قالت سوجاثا لبي بي سي إن".split())
    out = split_glued_acronyms(text, [toks], [_cand(text, toks, 2, 6, "ORG")])
    assert [(c.type, c.text, c.surface) for c in out] == [
        ("ORG", "سوجاثا", "سوجاثا"),
        ("ORG", "بي بي سي", "لبي بي سي"),
    ]
    text, toks = _sent("نقلت قناة تي واي سي الخبر".split())  # 'واي' is the letter Y: one acronym
    out = split_glued_acronyms(text, [toks], [_cand(text, toks, 2, 5, "ORG")])
    assert [c.text for c in out] == ["تي واي سي"]
    text, toks = _sent("قالت سارة لبنى أمس".split())  # ل + no acronym: unchanged
    out = split_glued_acronyms(text, [toks], [_cand(text, toks, 1, 3, "PER")])
    assert [c.text for c in out] == ["سارة لبنى"]


def _linked(words, spans, person_tokens=frozenset()):
    text, toks = _sent(words)
    cands = [_cand(text, toks, i, j, t) for i, j, t in spans]
    groups = link_partial_names(cands, group_by_key(cands), _NoGaz(), set(person_tokens))
    return sorted((g.type, g.name, tuple(cands[m].text for m in g.members)) for g in groups)


def test_one_name_one_type_across_types():
    words = "فاز المرشح بنوا هامون بالانتخابات . وقال هامون إنه سعيد".split()
    assert _linked(words, [(2, 4, "ORG"), (7, 8, "MISC")]) == [("ORG", "بنوا هامون", ("بنوا هامون", "هامون"))]


def test_cross_type_person_with_a_given_name():
    words = "وقالت مارين لوبان إن فرنسا . وأضافت لوبان أن".split()
    spans = [(1, 3, "ORG"), (7, 8, "PER")]
    assert _linked(words, spans, {"مارين"}) == [("PER", "مارين لوبان", ("مارين لوبان", "لوبان"))]
    assert _linked(words, spans) == [("ORG", "مارين لوبان", ("مارين لوبان", "لوبان"))]  # no given name known


def test_no_cross_type_link_into_a_coordinated_span():
    words = "وقال ليبرمان وبانوس كامينوس إن . وأضاف كامينوس أن".split()
    got = _linked(words, [(1, 4, "ORG"), (7, 8, "PER")], {"ليبرمان"})
    assert ("PER", "كامينوس", ("كامينوس",)) in got


def test_cross_type_link_needs_one_longer_name():
    words = "شركة هارلي ديفيدسون و مؤسسة جون ديفيدسون و ديفيدسون".split()
    got = _linked(words, [(1, 3, "ORG"), (5, 7, "MISC"), (8, 9, "PER")])
    assert ("PER", "ديفيدسون", ("ديفيدسون",)) in got  # it ends two names: left alone


def test_no_cross_type_link_to_an_eponym():
    words = "وأعلنت مؤسسة الحريري برنامجا . وقال الحريري إنه سعيد".split()
    got = _linked(words, [(1, 3, "ORG"), (6, 7, "PER")])
    assert ("PER", "الحريري", ("الحريري",)) in got


def test_no_cross_type_link_for_a_definite_word():
    words = "وأصدرت دار الإسلام كتابا عن الإسلام أمس".split()
    got = _linked(words, [(1, 3, "ORG"), (5, 6, "MISC")])
    assert ("MISC", "الإسلام", ("الإسلام",)) in got


def test_product_lines_tagged_person_or_place_are_misc():
    text, toks = _sent("ويعمل التحديث على آيفون SE و آيفون أيضا".split())
    cands = [_cand(text, toks, 3, 5, "PER"), _cand(text, toks, 6, 7, "LOC")]
    assert [(c.type, c.text) for c in apply_rules([toks], cands, _NoGaz())] == [("MISC", "آيفون SE"), ("MISC", "آيفون")]
    text, toks = _sent("فاز برشلونة على جالاكسي أمس".split())  # LA Galaxy, a club: an ORG stays
    assert [c.type for c in apply_rules([toks], [_cand(text, toks, 3, 4, "ORG")], _NoGaz())] == ["ORG"]


def test_theophoric_given_name_is_no_formula():
    text, toks = _sent("وقال منتصر بالله بربيرو للإذاعة".split())
    out = apply_rules([toks], [_cand(text, toks, 2, 4, "PER")], _NoGaz())
    assert [(c.type, c.text) for c in out] == [("PER", "بالله بربيرو")]


def test_definite_surname_only_for_a_person_mention():
    words = "وتحدث يوسف إسلام عن الإسلام كثيرا".split()
    got = _linked(words, [(1, 3, "PER"), (4, 5, "MISC")])
    assert len(got) == 2 and ("MISC", "الإسلام", ("الإسلام",)) in got


def test_definite_surname_not_after_a_patronymic_marker():
    words = "وقال أحمد بن درويش أمس . وأكد الدرويش ذلك".split()
    got = _linked(words, [(1, 4, "PER"), (7, 8, "PER")])
    assert len(got) == 2  # 'بن درويش' names the father: no link


# --- listing -----------------------------------------------------------------------------------


def test_common_entities():
    for name in ("دولار", "يورو", "ريال سعودي", "الله", "جنيه مصري"):
        assert is_common_entity(name, "MISC"), name
    assert not is_common_entity("ريال مدريد", "ORG")
    assert not is_common_entity("المونديال", "MISC")
    assert not is_common_entity("عبد الله", "PER")


def test_listing_leaves_common_entities_out_unless_asked():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE entity_registry (key TEXT, name TEXT, type TEXT, articles INT, mentions INT)")
    conn.execute("CREATE TABLE entity_aliases (key TEXT, alias TEXT, count INT)")
    conn.execute("CREATE TABLE entity_links (key TEXT, article_id INT)")
    rows = [("MISC:دولار", "دولار", "MISC", 35, 131), ("MISC:الله", "الله", "MISC", 7, 12),
            ("LOC:مصر", "مصر", "LOC", 27, 61), ("MISC:المونديال", "المونديال", "MISC", 6, 12)]  # fmt: skip
    conn.executemany("INSERT INTO entity_registry VALUES (?,?,?,?,?)", rows)
    assert [r["name"] for r in top_entities(conn, "MISC")] == ["المونديال"]
    assert [r["name"] for r in top_entities(conn, "LOC")] == ["مصر"]
    assert [r["name"] for r in top_entities(conn, "MISC", include_common=True)] == ["دولار", "الله", "المونديال"]
