"""Mention boundaries, third new-user report finding 8: proclitic splitting picked a known short stem
over the whole frequent word (``وباريس`` → ``اريس``, ``بكين`` → ``كين`` of Harry Kane), and a
compound name lost its first word (``فتح الله غولن`` → ``الله غولن``).

Rules now (:func:`marsad.entities.stage.proclitic_len`, :func:`strip_confirmed_proclitics`,
:func:`extend_compound_name`): of the possible splits the one whose stem is most frequent in the
news corpora wins; a first token that is itself a frequent word, at least as frequent as the stem
(twice as frequent after the conjunction و/ف), is not split; a chunk that starts with the second
word of a compound name (``الله``, ``الدين``) takes in the first word when it is a listed one.
Measured on 3,000 ANT articles (every 5th of the first 15,000; docs/entities.md): 97 articles and
~170 of 67,282 mentions change, nearly all from a cut word to the whole one."""

from __future__ import annotations

import pytest

import marsad
from marsad.entities.stage import (
    _resources,
    extend_compound_name,
    proclitic_len,
)


@pytest.fixture(scope="module")
def res():
    _tagger, freq, gaz, person_tokens, _dictionary = _resources()
    return freq, gaz, person_tokens


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in marsad.parse(text).mentions]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("وباريس", 1),  # و + باريس (4,486), not و+ب + اريس (27, a person-name token)
        ("فباريس", 1),
        ("وبكين", 1),  # و + بكين (1,296), not و+ب + كين (434, Harry Kane)
        ("بكين", 0),  # Beijing: a gazetteer place, never split
        ("بريد", 0),  # "mail" (206) is no ب + ريد (166)
        ("وبسوريا", 2),  # و+ب + سوريا: still split to the most frequent stem
        ("ولترمب", 2),
        ("لترمب", 1),
        ("وبريطانيا", 1),
        ("ودوقة", 1),  # و + دوقة: و-words need twice the stem's count to stay whole (45 vs 40)
        ("وزيري", 0),  # the surname Waziri (179) is no و + زيري
        ("فالانس", 0),  # a lone ف is never split off by frequency alone
    ],
)
def test_proclitic_len_prefers_the_most_frequent_stem(res, token, expected):
    assert proclitic_len(token, *res) == expected


def test_paris_and_beijing_stay_whole_in_an_article():
    text = "وقال الرئيس الفرنسي في باريس إن المحادثات في بكين وباريس ستستمر، ثم توجه الوفد فباريس."
    assert _mentions(text) == [("باريس", "LOC"), ("بكين", "LOC"), ("باريس", "LOC"), ("باريس", "LOC")]


def test_beijing_is_not_cut_to_kane_when_kane_is_named_too():
    text = "سجل هاري كين هدفين أمس. وقال كين إن الفريق سيسافر إلى بكين وبكين مدينة كبيرة."
    found = _mentions(text)
    assert ("كين", "PER") in found or ("هاري كين", "PER") in found
    assert [t for t, ty in found if ty == "LOC"] == ["بكين", "بكين"]


@pytest.mark.parametrize(
    ("words", "typ", "i", "j", "expected"),
    [
        (["الداعية", "فتح", "الله", "غولن"], "PER", 2, 4, ("PER", 1)),
        (["الداعية", "فتح", "الله", "غولن"], "MISC", 2, 4, ("PER", 1)),  # the tagger's MISC
        (["مبادلته", "بفتح", "الله", "غولن"], "PER", 2, 4, ("PER", 1)),  # proclitic ب on the head
        (["أعلن", "حزب", "الله", "اللبناني"], "MISC", 2, 4, ("ORG", 1)),
        (["أكد", "نور", "الدين", "زنكي"], "PER", 2, 4, ("PER", 1)),
        (["وصل", "بفضل", "الله"], "MISC", 2, 3, ("MISC", 2)),  # God alone: left as it is
        (["قال", "رسول", "الله", "محمد"], "PER", 2, 4, ("PER", 2)),  # رسول is no name head
        (["إن", "شاء", "الله", "غولن"], "PER", 2, 4, ("PER", 2)),
        (["فتح", "الله"], "PER", 0, 2, ("PER", 0)),  # nothing before
    ],
)
def test_extend_compound_name(words, typ, i, j, expected):
    assert extend_compound_name(words, typ, i, j) == expected


def test_fethullah_gulen_keeps_his_first_name():
    # the words of ANT article FR24 (stream.db 122): the tagger gives الله غولن, فتح untagged
    from marsad.store.db import Store  # noqa: F401 - the same pipeline as the store

    text = (
        "أنقرة - فرانس 24\n\n"
        "تتهم السلطات التركية الداعية فتح الله غولن المقيم في الولايات المتحدة بتدبير محاولة "
        "الانقلاب الفاشلة، وتطالب واشنطن بتسليمه. وينفي غولن أي علاقة له بالمحاولة."
    )
    names = [t for t, ty in _mentions(text) if "غولن" in t]
    assert "الله غولن" not in names
    assert names[0] in ("فتح الله غولن", "غولن")


def test_common_phrases_with_allah_make_no_person():
    text = "وقال المتحدث إن الوضع مستقر بفضل الله، وإن شاء الله تنتهي الأزمة قريبا."
    assert [t for t, ty in _mentions(text) if ty == "PER"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال السفير ريتشارد غرينيل إن العلاقات تحسنت بفضل دونالد ترامب في العام الماضي.", "دونالد ترامب"),
        ("وظهرت الممثلة إلى جانب نادين لبكي في المهرجان الدولي.", "نادين لبكي"),
    ],
)
def test_prepositional_noun_before_a_name_is_not_part_of_it(sentence, name):
    """``بفضل``/``جانب`` (prepositional nouns) were tagged with the name after them, and every quotation
    of that person then showed ``بفضل دونالد ترامب`` (new-user report nu20): they are trimmed from a
    mention's edge like the prepositions (:data:`marsad.entities.stage.EDGE_FUNCTION_WORDS`); the given
    and family name ``خلف`` (``نايف خلف``) is not one of them."""
    names = [e.name for e in marsad.parse("عنوان الخبر\n\n" + sentence).entities if e.type == "PER"]
    assert name in names
    assert not any(n.startswith(("بفضل", "جانب")) for n in names)
