"""Speed rewrites of the quotes stage give the results of the code they replace.

Each faster form (issue 6, speed clause; ``docs/benchmarks/quotes.md``) is checked here against the
plain form it replaced, kept in this file as the reference: the fold by ``str.replace`` against
``str.translate``, the sentence-end pattern with its mark first against the look-behinds first, the
attribution hint against the attribution pattern, the word-test memos against the computation.
"""
from __future__ import annotations

import random
import re

import pytest

from marsad.quotes import cues, speakers
from marsad.quotes.cues import ACCORDING_RE, fold, fold_word, fold_word_python
from marsad.quotes.reported import SENTENCE_END_RE, sentence_ends
from marsad.quotes.stage import _ACCORDING_HINT_RE, _has_attribution

#: The sentence-end pattern as it was written before (look-behinds first).
_SENTENCE_END_BEFORE = re.compile(r"(?<!\s[\u0621-\u064a])(?<!^[\u0621-\u064a])[.!?؟](?!\d)(?=[\s\"”»'’)]|$)")

_ALPHABET = "اأإآؤئءبةتىيو لمنحسبقطع.!?؟:،\"”»'’)\n\t5٣\u0640\u064b\u064e\u064f\u0650\u0651\u0652\u0670_#"


def _random_texts(seed: int, n: int = 3000, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, longest))) for _ in range(n)]


def test_fold_word_equals_translate() -> None:
    # the Python fold and the compiled one (when built: marsad._speedups.scan.Table) against the
    # translate of the table; a 4-byte character (an emoji) and Latin-1 text too
    for text in _random_texts(1) + ["قـــالَ", "أُعلِنَ  إنّ", "مؤتمرٌ   آخر", "", "   ", "أ😀ـإ", "café أ"]:
        want = " ".join(text.translate(cues._FOLD_TABLE).split())
        assert fold_word_python(text) == want, text
        assert fold_word(text) == want, text


def test_fold_values_and_cache() -> None:
    assert fold("أكَّدَ") == "اكد"
    assert fold("مُؤْتَمَر  صحفي") == "موتمر صحفي"
    assert fold("على") == "على" and fold("علي") == "علي"  # alef maqsura kept
    long = "قال " * 40
    assert fold(long) == fold_word(long) and long not in cues._FOLD_CACHE  # a statement is not kept
    assert fold("قالت") == "قالت" and "قالت" in cues._FOLD_CACHE
    with pytest.raises(TypeError):
        fold(["a"])  # unhashable, as with a functools cache
    with pytest.raises(AttributeError):
        fold(None)  # type: ignore[arg-type]


def test_sentence_end_pattern_equals_the_look_behind_form() -> None:
    texts = _random_texts(2) + ["قال د. نايف إن 3.5 مليار. وأضاف: ما هذا؟ انتهى!", "م. ب.", ".ا.", "ا."]
    for text in texts:
        before = [m.span() for m in _SENTENCE_END_BEFORE.finditer(text)]
        assert [m.span() for m in SENTENCE_END_RE.finditer(text)] == before, text
    assert sentence_ends("قال د. نايف إن 3.5 مليار. وأضاف: ما هذا؟") == [25, 40, 40]


def test_attribution_hint_holds_every_attribution() -> None:
    phrases = ["بحسب ما أفادت", "وبحسبه", "وفقا لما", "وفقاً للشرطة", "وفق ما", "طبقا لـ", "نقلا عن",
               "على حد قول", "على حد تعبير", "على ما", "فحسب المصادر", "حسبما"]
    for p in phrases:
        text = f"وقال الوزير، {p} المصادر، إن"
        assert ACCORDING_RE.search(text), p
        assert _has_attribution(text)
    rng = random.Random(3)
    words = phrases + ["قال", "على", "حد", "ما", "وفاق", "حسن", "نقل", "عن", "،", "\n"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 8)))
        for m in ACCORDING_RE.finditer(text):
            assert _ACCORDING_HINT_RE.search(m.group()), text
        assert _has_attribution(text) == (ACCORDING_RE.search(text) is not None), text
    assert not _has_attribution("وقال الوزير إن الاتفاق على الطاولة")


def test_word_test_memos_equal_the_computation() -> None:
    assert speakers.is_stop("بضرورة", ("ب",)) and not speakers.is_stop("بضرورة", ("على",))
    assert speakers._is_definite("والوزير") and not speakers._is_definite("آل")
    words = ["محمد", "#لافروف", "وأكد", "مارس", "الرياض", "بيروت", "سارة", "عبدالعزيز", "الوزير", "x_y", "",
             "بضرورة", "بوزارة", "لوزارة", "فإن", "والذي", "،", "#", "آل", "الـ", "أن"]
    for w in words * 2:  # the second pass reads the memos
        assert speakers.is_person_token(w) == speakers._is_person_token(w), w
        for preps in ((), ("ب",), ("على", "ب"), ("إلى",)):
            assert speakers.is_stop(w, preps) == speakers._is_stop(w, preps), (w, preps)
        w2 = fold(w.lstrip("#"))
        assert speakers.is_place(w) == (w2 in speakers.PLACES or w2.translate(speakers._NAME_KEY_TABLE)
                                        in speakers._gazetteer_places()), w


def test_fold_tokens_equals_fold_per_token(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4)
    letters = [c for c in _ALPHABET if not c.isspace()]
    for _ in range(500):
        toks = ["".join(rng.choice(letters) for _ in range(rng.randrange(1, 6))) for _ in range(rng.randrange(0, 12))]
        want = [fold(t) for t in toks]
        assert cues.fold_tokens(toks) == want, toks
        with monkeypatch.context() as m:  # the Python path (no compiled translation)
            m.setattr(cues, "_FOLD_TRANSLATE", None)
            assert cues.fold_tokens(toks) == want, toks
    assert cues.fold_tokens([]) == [] and cues.fold_tokens(["ــ", "أَ"]) == ["", "ا"]


def test_question_hint_holds_every_question_line() -> None:
    from marsad.quotes.stage import _QUESTION_HINT_RE, _QUESTION_LINE_RE

    rng = random.Random(5)
    pieces = ["س", "سؤال", "السؤال", ":", " ", "\t", "\n", "ج", "قال", "ؤ", "ال"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        for m in _QUESTION_LINE_RE.finditer(text):
            assert _QUESTION_HINT_RE.search(m.group()), text
    assert _QUESTION_HINT_RE.search("مقدمة\n  السؤال\t: ما رأيك؟") and not _QUESTION_HINT_RE.search("قال: نعم")
