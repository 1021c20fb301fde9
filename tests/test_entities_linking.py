"""Linking inside an article, roles, nominal references, curated aliases (model-independent parts)."""
from __future__ import annotations

from marsad.entities.aliases import alias_table, canonical, name_key, strip_titles
from marsad.entities.linking import Cand, choose_name, group_by_key, link_partial_names, role_mentions_key
from marsad.entities.roles import noun_of_nominal, role_after, role_before, role_split


def _cand(text, typ, start, surface=None):
    return Cand(start=start, end=start + len(text), type=typ, text=text, surface=surface or text,
                sent=0, tok_first=0, tok_end=len(text.split()))


# --- aliases --------------------------------------------------------------------------------
def test_curated_aliases_link_to_one_key():
    k = canonical("تنظيم الدولة الإسلامية", "ORG")[1]
    assert canonical("داعش", "ORG")[1] == k
    assert canonical("الدولة الإسلامية", "ORG")[1] == k
    assert canonical("الجيش الحر", "ORG")[1] == canonical("الجيش السوري الحر", "ORG")[1]
    assert canonical("المملكة العربية السعودية", "LOC")[:2] == ("السعودية", canonical("السعودية", "LOC")[1])
    uae = {canonical(n, "LOC")[1] for n in ("الإمارات", "الامارات", "الإمارات العربية المتحدة")}
    assert len(uae) == 1


def test_lookalikes_are_not_merged():
    assert canonical("الجيش السوري", "ORG")[1] != canonical("الجيش السوري الحر", "ORG")[1]
    assert canonical("الدولة", "ORG")[1] != canonical("الدولة الإسلامية", "ORG")[1]


def test_spelling_key_and_title_stripping():
    assert name_key("الإمارات") == name_key("الامارات") == "الامارات"
    assert strip_titles("الشيخ محمد بن زايد") == "محمد بن زايد"
    assert strip_titles("الرئيس") == "الرئيس"  # a title alone is kept
    assert canonical("الرئيس بشار الأسد", "PER")[1] == canonical("بشار الأسد", "PER")[1]


def test_alias_table_rows_have_known_types():
    assert alias_table()
    assert {t for _, t in alias_table().values()} <= {"PER", "ORG", "LOC", "MISC"}


# --- linking ----------------------------------------------------------------------------------
def test_surname_links_to_full_name_and_stray_type_is_fixed():
    cands = [_cand("لافروف", "LOC", 0), _cand("سيرغي لافروف", "PER", 20), _cand("لافروف", "PER", 50),
             _cand("موسكو", "LOC", 70)]
    groups = link_partial_names(cands, group_by_key(cands))
    assert len(groups) == 2
    per = next(g for g in groups if g.type == "PER")
    assert sorted(per.members) == [0, 1, 2]
    assert all(cands[m].type == "PER" for m in per.members)
    assert choose_name(per, cands) == "سيرغي لافروف"


def test_partial_name_goes_to_the_nearest_preceding_person():
    cands = [_cand("محمد علي", "PER", 0), _cand("محمد حسن", "PER", 30), _cand("محمد", "PER", 60)]
    groups = link_partial_names(cands, group_by_key(cands))
    assert len(groups) == 2
    assert cands[2].entity == cands[1].entity != cands[0].entity


def test_organisations_are_not_merged_by_substring():
    cands = [_cand("الجيش السوري الحر", "ORG", 0), _cand("الجيش السوري", "ORG", 40)]
    groups = link_partial_names(cands, group_by_key(cands))
    assert len(groups) == 2


def test_curated_alias_merges_and_canonical_spelling_is_the_name():
    cands = [_cand("تنظيم الدولة الإسلامية", "ORG", 0), _cand("داعش", "ORG", 40), _cand("الامارات", "LOC", 60)]
    groups = group_by_key(cands)
    assert len(groups) == 2
    assert choose_name(groups[0], cands) == "تنظيم الدولة الإسلامية"
    assert choose_name(groups[1], cands) == "الإمارات"  # written الامارات: canonical spelling of the same name


def test_curated_group_keeps_name_as_written_when_article_uses_another_form():
    cands = [_cand("منظمة الأمن والتعاون الأوروبي", "ORG", 0)]
    g = group_by_key(cands)[0]
    assert choose_name(g, cands) == "منظمة الأمن والتعاون الأوروبي"
    assert g.key == canonical("منظمة الأمن والتعاون في أوروبا", "ORG")[1]


# --- roles --------------------------------------------------------------------------------------
def test_role_before_name_title_phrase():
    toks = "شدد وزير الخارجية الروسي سيرغي لافروف ، اليوم".split()
    assert role_before(toks, 4, set()) == (1, 4)


def test_role_before_name_with_apposition_comma_and_organisation():
    toks = "مؤتمر مشترك مع أمين عام منظمة الأمن والتعاون الأوروبي ، لامبرتو زافيير ،".split()
    a, b = role_before(toks, 10, set())
    assert " ".join(toks[a:b]) == "أمين عام منظمة الأمن والتعاون الأوروبي"


def test_role_after_name_apposition():
    toks = "التقى لامبرتو زافيير ، الأمين العام للمنظمة ، في فيينا".split()
    a, b = role_after(toks, 3, set())
    assert " ".join(toks[a:b]) == "الأمين العام للمنظمة"


def test_no_role_without_role_noun_or_across_another_person():
    assert role_before("قال الكاتب المصري أحمد".split(), 3, set()) == (1, 3)
    assert role_before("وقال بلده إن أحمد".split(), 3, set()) is None
    assert role_before("وزير الخارجية سامح شكري و أحمد".split(), 5, {2, 3}) is None


def test_role_nouns_with_proclitics_and_nominals():
    assert role_split("ووزير") == (1, "وزير")
    assert role_split("وزير") == (0, "وزير")
    assert noun_of_nominal("الوزير") == "وزير"
    assert noun_of_nominal("والوزير") == "وزير"
    assert noun_of_nominal("للوزير") == "وزير"
    assert noun_of_nominal("وزارة") is None
    assert role_mentions_key("وزير الخارجية الروسي") == {"وزير"}


def test_role_stops_at_indefinite_words_and_leaves_titles_out():
    toks = "أردوغان ، وزير الدفاع التركي يطالب بوقف الدعم".split()
    assert role_after(toks, 1, set()) == (2, 5)
    toks = "وقال أمير الكويت الشيخ صباح الأحمد".split()
    a, b = role_before(toks, 4, set())
    assert " ".join(toks[a:b]) == "أمير الكويت"
    toks = "رئيس جنوب السودان سلفا كير".split()
    assert role_before(toks, 4, set()) is None  # سلفا (untagged first name) is not a complement
    assert role_before(toks, 3, set(), ok={1, 2}) == (0, 3)


def test_apposition_followed_by_another_person_is_not_this_persons_role():
    toks = "أردوغان ، وزير الدفاع نور الدين جانيكلي".split()
    assert role_after(toks, 1, {4, 5, 6}) is None


def test_lam_lam_nominal_keeps_the_whole_token():
    assert role_split("للرئيس", frozenset({"الرئيس"})) == (0, "الرئيس")
    assert role_split("وللرئيس", frozenset({"الرئيس"})) == (1, "الرئيس")


def test_nisba_adjectives_are_not_place_names():
    from marsad.entities.gazetteer import Gazetteer
    from marsad.entities.stage import is_nisba_adjective

    gaz = Gazetteer({("سوريا",): {"LOC"}, ("امريكا",): {"LOC"}, ("مصر",): {"LOC"}, ("المغرب",): {"LOC"}})
    for adj in ("السورية", "الأمريكي", "المصرية", "والمغربية"):
        assert is_nisba_adjective(adj, gaz), adj
    for name in ("السعودية", "سورية", "سوريا", "الجيش السوري", "العراق"):
        assert not is_nisba_adjective(name, gaz), name


def test_military_and_royal_titles_before_the_name_are_not_part_of_the_role():
    toks = "ولي العهد السعودي الأمير محمد".split()
    a, b = role_before(toks, 4, set())
    assert " ".join(toks[a:b]) == "ولي العهد السعودي"
    toks = "قال الأمير محمد".split()
    assert role_before(toks, 2, set()) == (1, 2)  # a title alone is the role
    assert role_before("ممثلة إباحية تقاضي ترامب".split(), 3, set()) is None  # تقاضي is a verb


def test_a_coordinated_role_noun_starts_the_role_of_the_name_after_it():
    """``بين الملك والرئيس، دونالد ترامب``: two people; Trump's role is ``الرئيس`` (first-user
    finding: the role ``الملك والرئيس`` made the nominal ``الملك`` link to Trump)."""
    toks = "بين الملك والرئيس ، دونالد ترامب".split()
    a, b = role_before(toks, 4, set())
    assert toks[a:b] == ["والرئيس"]
    toks = "سلمان ، الملك والرئيس".split()
    assert role_after(toks, 1, set()) == (2, 3)


def test_nominal_nouns_of_a_role_are_its_head_and_none_for_an_ambiguous_construct():
    assert role_mentions_key("الرئيس") == {"رئيس"}
    assert role_mentions_key("نائب رئيس الوزراء") == {"نائب"}
    # 'the X of the Y' before a name: the name may be either person -> no nominal link through it
    assert role_mentions_key("مستشار الأمن القومي للرئيس") == set()
    assert role_mentions_key("نائب الرئيس الأمريكي") == set()
    assert role_mentions_key("الرئيس التنفيذي") == {"رئيس"}


def test_tanween_words_and_common_noun_duals_are_not_names():
    """First-user findings: ``مصرٌّ`` (insistent) counted as an alias of مصر; ``مصدران`` (two
    sources) tagged as a person."""
    from marsad.entities.gazetteer import Gazetteer
    from marsad.entities.stage import is_common_word_form

    gaz = Gazetteer({("مصر",): {"LOC"}, ("البحرين",): {"LOC"}})
    freq = {"مصدر": 5000, "مصدران": 86, "مسؤول": 3000, "سلم": 400, "سلمان": 7800, "زيد": 500}
    persons = {"سلمان", "زيد"}
    for word in ("مصرٌّ", "مصراً", "شخصٌ", "مصدران", "مصدرين", "مسؤولان"):
        assert is_common_word_form(word, freq, gaz, persons), word
    for name in ("مصر", "مصرّ", "سلمان", "البحرين", "زيدان", "سامح شكري", "مصدر"):
        assert not is_common_word_form(name, freq, gaz, persons), name


def test_a_sovereign_title_before_the_name_is_the_role_not_the_office_before_it():
    """``التقى وزير الخارجية الأمريكي الملك سلمان``: the minister met the king; the king's role is
    ``الملك`` (found: Salman got the role ``وزير الخارجية الأمريكي``)."""
    toks = "التقى وزير الخارجية الأمريكي الملك سلمان".split()
    assert role_before(toks, 5, set()) == (4, 5)
    toks = "ملك الأردن الملك عبد الله".split()
    assert role_before(toks, 3, set()) == (0, 2)
    toks = "وزير الداخلية السعودي الأمير عبد العزيز".split()  # a prince may hold an office
    assert role_before(toks, 4, set()) == (0, 3)


def test_tanween_on_a_triptote_person_name_is_a_name_form():
    """Tanween is dropped as a common-word mark only where a name cannot carry it: a triptote
    personal name does in the accusative (``إن محمداً``, ``خالداً``, ``زيدٌ``), a diptote place name
    never does (``مصراً`` is "insistent"). Found: every mention holding a tanween word was dropped,
    so ``محمداً`` in a tagged name was lost."""
    from marsad.entities.gazetteer import Gazetteer
    from marsad.entities.stage import is_common_word_form, is_tanween_common_word, trim_tanween_edges

    gaz = Gazetteer({("مصر",): {"LOC"}, ("زيد",): {"PER"}})
    # Wikidata name tokens include common words (كثير, يوم); news counts tell them apart: the
    # alef-tanween form of a name is rare next to the name, that of an adverb is not
    persons = {"محمد", "خالد", "كثير", "يوم"}
    freq = {"محمد": 19932, "محمدا": 18, "خالد": 5203, "خالدا": 82, "كثير": 2401, "كثيرا": 3592,
            "يوم": 18389, "يوما": 2833}  # fmt: skip
    for name in ("محمداً", "محمدًا", "خالداً", "زيدٌ", "محمداً مرسي"):
        assert not is_tanween_common_word(name.split()[0], gaz, persons, freq), name
        assert not is_common_word_form(name, freq, gaz, persons), name
    for word in ("مصراً", "مصرٌّ", "رسمياً", "شخصٌ", "كثيراً", "يوماً", "يومٌ"):
        assert is_tanween_common_word(word, gaz, persons, freq), word
        assert is_common_word_form(word, freq, gaz, persons), word
    # the tagger took an adverb into the name: the name is trimmed, not dropped
    words = "وزار سامح شكري رسمياً القاهرة".split()
    assert trim_tanween_edges(words, 1, 4, gaz, persons, freq) == (1, 3)
    i, j = trim_tanween_edges(words, 3, 4, gaz, persons, freq)
    assert i == j  # nothing left: no mention
    assert trim_tanween_edges("إن محمداً مرسي".split(), 1, 3, gaz, persons, freq) == (1, 3)
    assert trim_tanween_edges("زار خالد كثيراً".split(), 1, 3, gaz, persons, freq) == (1, 2)
