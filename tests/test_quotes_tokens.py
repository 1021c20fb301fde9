"""The tokens of the quotes stage: every way of reading them gives the tokens of a direct scan.

:func:`marsad.quotes.tokens.phrase_tokens_python` reads the tokens of a sub-span from one
tokenisation of the whole text (:func:`text_tokens`); the compiled ``marsad._speedups.quotes``
scans in C; :func:`scan_phrase_tokens` is the direct scan with the pattern both must equal,
including where ``start`` or the window's end (``start + 16 * limit``) cuts a token.
"""
from __future__ import annotations

import random

import pytest

from marsad import _speedups
from marsad.quotes import speakers, tokens
from marsad.quotes.tokens import phrase_tokens_python, scan_phrase_tokens, text_tokens

_COMPILED = tokens._COMPILED
#: Every way of reading tokens besides the reference scan: the Python shared tokenisation and, when
#: built and current, the compiled scan.
READERS = [phrase_tokens_python] + ([_COMPILED.phrase_tokens] if _COMPILED is not None else [])

SEED_LIKE = (
    "وقال وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي: \"نحن مستعدون للتنسيق\". "
    "وأضاف د. نايف الحجرف إن ذلك ...مهم جدا.وتابع: #سوريا_الآن ## #. 3.5 مليار دولار.\n"
    "«الجيش السوري الحر» قالَ الوزيرُ ـــ إنه لم يتم‌ التوصل U.S. A. ب. (تقرير)؛ انتهى."
)


def _all_equal(text: str, limits: tuple[int, ...]) -> None:
    for limit in limits:
        for start in range(-2, len(text) + 3):
            want = scan_phrase_tokens(text, start, limit)
            for read in READERS:
                assert read(text, start, limit) == want, (read, start, limit)


def phrase_tokens(text: str, start: int, limit: int = 14) -> list[tuple[int, int, str]]:
    """The stage's reader (compiled or Python), checked against the Python one."""
    got = tokens.phrase_tokens(text, start, limit=limit)
    assert got == phrase_tokens_python(text, start, limit)
    return got


def test_the_stage_reads_the_active_path() -> None:
    assert speakers.phrase_tokens is tokens.phrase_tokens
    state = _speedups.status().get("quotes", "")
    print(f"marsad._speedups quotes: {state}")
    if _COMPILED is not None:
        assert tokens.phrase_tokens is _COMPILED.phrase_tokens and state == "compiled"
    else:
        assert tokens.phrase_tokens is phrase_tokens_python


def test_every_start_and_limit_of_a_mixed_text() -> None:
    # every start, so every cut token (inside a word, after #, inside "3.5", at a glued full stop)
    _all_equal(SEED_LIKE, (-1, 0, 1, 2, 3, 4, 6, 8, 14, 20, 60))


def test_cut_tokens_by_value() -> None:
    text = "قال لافروف."
    # start inside لافروف: the scan reads its tail, then the stop split off
    assert phrase_tokens(text, 6, 3) == [(6, 10, "فروف"), (10, 11, ".")]
    # a window of 16 characters (limit 1) that ends inside a long word: the word's part inside
    long_word = "ا" * 40
    assert phrase_tokens(long_word, 0, 1) == [(0, 16, "ا" * 16)]
    # limit reached on a token that splits: one entry more than the limit, as the scan gives
    assert phrase_tokens(text, 0, 2) == [(0, 3, "قال"), (4, 10, "لافروف"), (10, 11, ".")]
    # an abbreviated title stays one token; a hashtag with its mark
    assert phrase_tokens("د. نايف #سوريا", 0, 5) == [(0, 2, "د."), (3, 7, "نايف"), (8, 14, "#سوريا")]


def test_text_tokens_tile_the_text() -> None:
    starts, ends, entries, first = text_tokens(SEED_LIKE)
    assert len(starts) == len(ends) and first is not None and first[-1] == len(entries)
    assert all(SEED_LIKE[s:e] == t for s, e, t in entries)
    assert "".join(SEED_LIKE[s:e] for s, e in zip(starts, ends, strict=True)) == "".join(SEED_LIKE.split())


def test_empty_and_space_only_texts() -> None:
    for text in ("", " ", "\n\n", " . "):
        _all_equal(text, (1, 3))


@pytest.mark.parametrize("seed", range(6))
def test_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    # Arabic, Latin, digits (Arabic-Indic too), harakat, tatweel, ZWNJ, #, full stops, marks, spaces of
    # several kinds (no-break, ideographic, U+001F), a superscript digit and a feminine ordinal (\w)
    alphabet = "اب لم.#،:\"«»\n\u064e\u0640\u200c5x-_٣\u00a0\u3000\u001f\u00b2\u00aa\u0670\u065f\u2028é\t"
    for _ in range(20):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 90)))
        _all_equal(text, (1, 2, 3, 5))


def test_corpus_texts(seed_text: str) -> None:
    # the seed article, every start, the limits the stage uses
    _all_equal(seed_text[:3000], (1, 2, 6, 14, 20, 60))


@pytest.mark.skipif(_COMPILED is None, reason="compiled quotes tokens not in use")
def test_compiled_character_classes_on_every_code_point() -> None:
    # "x" + c + "x": one token when c is a word character, two when c is white space, three else;
    # "#" + c: a hashtag only before a word character; "x" + c + ".": the full-stop split after c
    for lo in range(0, 0x110000, 8192):
        text = " ".join(f"x{chr(c)}x #{chr(c)} {chr(c)}. ." for c in range(lo, min(lo + 8192, 0x110000)))
        assert _COMPILED.phrase_tokens(text, 0, 10**6) == scan_phrase_tokens(text, 0, 10**6), hex(lo)
