"""The compiled loops of the quotes stage (speed30) give what their Python references give.

``marsad._speedups.quotes.marked_spans`` is :func:`marsad.quotes.direct.find_marked_spans_python` in
one C loop; the spans (dataclasses, compared field by field with their nested children) must be equal
on every mark in every context the reading looks at: the characters before a mark (white space, the
opening punctuation, a one-letter proclitic and what precedes it) and after it (white space, the
closing punctuation, another mark, a line break, the end of the text).
"""

from __future__ import annotations

import itertools
import random

import pytest

from marsad.quotes import direct
from marsad.quotes.direct import MARK_FAMILY, find_marked_spans_python

_COMPILED = direct._COMPILED
needs_compiled = pytest.mark.skipif(_COMPILED is None, reason="marsad._speedups.quotes not built or disabled")

#: Every character class the reading distinguishes, and a few it does not.
_CONTEXT = "".join(MARK_FAMILY) + " \n\t\u00a0" + "(:،,؛;-–—[ـ/" + ".!؟?)]…" + "وفبلك" + "اxم٣_"


def _compiled(text: str) -> list[direct.MarkedSpan]:
    return _COMPILED.marked_spans(direct.MarkedSpan, text)


def test_the_stage_reads_the_active_path() -> None:
    if _COMPILED is None:
        assert direct.find_marked_spans is find_marked_spans_python
    else:
        assert direct.find_marked_spans.func is _COMPILED.marked_spans
        assert direct.find_marked_spans.args == (direct.MarkedSpan,)


@needs_compiled
def test_every_mark_in_every_two_sided_context() -> None:
    # each mark with every character before it (and before that) and after it, alone and after an
    # open quotation of each family, so the stack rules (stray, cross-family, glued) all run
    for mark in MARK_FAMILY:
        for a, b in itertools.product(_CONTEXT, repeat=2):
            for text in (a + mark + b, 'قال: "' + a + mark + b, "و«ل" + a + mark + b + "x ‹ي '"):
                assert _compiled(text) == find_marked_spans_python(text), repr(text)


@needs_compiled
@pytest.mark.parametrize("seed", range(4))
def test_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = _CONTEXT + "".join(MARK_FAMILY) * 3 + "  ابت"
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert _compiled(text) == find_marked_spans_python(text), repr(text)


@needs_compiled
def test_nested_unclosed_and_merged_by_value() -> None:
    # the seed's nested quotation: the outer one stays open, merged with the inner one's close
    text = 'قائلا: "بلا شك، ما يسمى "الجيش السوري الحر".'
    got = _compiled(text)
    assert got == find_marked_spans_python(text)
    assert [(s.open, s.close, s.end, s.merged_end, s.family, s.depth) for s in got] == [(7, None, 44, 42, "d", 0)]
    assert [(c.open, c.close, c.depth) for c in got[0].children] == [(24, 42, 1)]
    # deep nesting of unclosed marks (the comparison of the nested dataclasses recurses: 200 deep)
    deep = 'وقال: "' * 200
    assert _compiled(deep) == find_marked_spans_python(deep)


@needs_compiled
def test_seed_lines(seed_text: str) -> None:
    for line in seed_text.splitlines():
        assert _compiled(line) == find_marked_spans_python(line)


# -- sentence ends ----------------------------------------------------------------------------------

_SENTENCE_CONTEXT = ".!?؟" + " \n\t\u00a0\u3000" + "\"”»'’)(«" + "3٣۳\u0660x" + "ءابيىي\u064b\u0620\u064b" + "دم"


def test_the_sentence_end_reader_is_the_compiled_one_while_its_pattern_holds() -> None:
    from marsad.quotes import reported

    if _COMPILED is None:
        assert reported.sentence_ends is reported.sentence_ends_python
    else:
        assert _COMPILED.SENTENCE_END_PATTERN == reported.SENTENCE_END_RE.pattern
        assert reported.sentence_ends is _COMPILED.sentence_ends


@needs_compiled
def test_sentence_ends_in_every_three_sided_context() -> None:
    from marsad.quotes.reported import sentence_ends_python

    for mark in ".!?؟":
        for a, b, c in itertools.product(_SENTENCE_CONTEXT, repeat=3):
            for text in (a + b + mark + c, b + mark + c, "x" + a + b + mark + c + "ي", mark + c):
                assert _COMPILED.sentence_ends(text) == sentence_ends_python(text), repr(text)


@needs_compiled
@pytest.mark.parametrize("seed", range(2))
def test_sentence_ends_of_random_texts(seed: int) -> None:
    from marsad.quotes.reported import sentence_ends_python

    rng = random.Random(seed)
    for _ in range(1500):
        text = "".join(rng.choice(_SENTENCE_CONTEXT) for _ in range(rng.randrange(0, 40)))
        assert _COMPILED.sentence_ends(text) == sentence_ends_python(text), repr(text)
    assert _COMPILED.sentence_ends("قال د. نايف إن 3.5 مليار. وأضاف: ما هذا؟") == [25, 40, 40]


# -- whole-line hints -------------------------------------------------------------------------------

_HINT_ALPHABET = "حسبوفقطنلاعىدمة" + " \n\u00a0\u3000" + "12٣" + ":/：-–—" + "x"


def test_the_hint_readers_are_the_compiled_ones_while_their_patterns_hold() -> None:
    from marsad.quotes import interview, stage

    if _COMPILED is None:
        assert stage._according_hint is stage._according_hint_python
        assert interview._mark_hint is interview._mark_hint_python
    else:
        assert _COMPILED.ACCORDING_HINT_PATTERN == stage._ACCORDING_HINT_RE.pattern
        assert _COMPILED.MARK_HINT_PATTERN == interview._MARK_HINT_RE.pattern
        assert stage._according_hint is _COMPILED.according_hint
        assert interview._mark_hint is _COMPILED.mark_hint


@needs_compiled
@pytest.mark.parametrize("seed", range(2))
def test_hints_of_random_texts(seed: int) -> None:
    from marsad.quotes import interview, stage

    rng = random.Random(seed)
    words = ["حسب", "وفق", "طبق", "نقلا", "عن", "على", "حد", "ما", "س", "سؤال", " ", "  ", "\n", ":", "٣", "2"]
    for _ in range(3000):
        if rng.random() < 0.5:
            text = "".join(rng.choice(_HINT_ALPHABET) for _ in range(rng.randrange(0, 30)))
        else:
            text = "".join(rng.choice(words) for _ in range(rng.randrange(0, 8)))
        assert _COMPILED.according_hint(text) == stage._according_hint_python(text), repr(text)
        assert _COMPILED.mark_hint(text) == interview._mark_hint_python(text), repr(text)
    assert _COMPILED.according_hint("وقال، على حد قوله") and not _COMPILED.according_hint("علىحد")
    assert _COMPILED.mark_hint("س 3 : ما رأيك") and not _COMPILED.mark_hint("س ا:")
