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


# -- parts of a window (speed26) ----------------------------------------------------------------------
#: The part readers of each path: (before, within, head, more); the Python references and, when built
#: and current, the compiled forms.
PARTS = [(tokens.phrase_tokens_before_python, tokens.phrase_tokens_within_python,
          tokens.phrase_tokens_head_python, tokens.phrase_tokens_more_python)] + (
    [(_COMPILED.phrase_tokens_before, _COMPILED.phrase_tokens_within, _COMPILED.phrase_tokens_head,
      _COMPILED.phrase_tokens_more)] if _COMPILED is not None else [])


def _parts_equal(text: str, limits: tuple[int, ...], step: int = 1) -> None:
    """Every part reader gives the part of the reference window: the entries before / within a
    bound (every bound around the window), and a head extended chunk by chunk to the whole window."""
    for limit in limits:
        for start in range(-2, len(text) + 3, step):
            window = scan_phrase_tokens(text, start, limit)
            for before, within, head, more in PARTS:
                for stop in range(start - 1, min(len(text), start + 16 * limit) + 2):
                    assert before(text, start, limit, stop) == [t for t in window if t[0] < stop], (start, limit, stop)
                    assert within(text, start, limit, stop) == [t for t in window if t[1] <= stop], (start, limit, stop)
                for count in (1, 2, 3, 6):
                    toks = head(text, start, limit, count)
                    assert toks == window[: len(toks)] and len(toks) >= min(count, len(window)), (start, limit, count)
                    whole = len(toks) == len(window) and more(text, start, limit, list(toks), count)
                    while not whole:
                        n = len(toks)
                        whole = more(text, start, limit, toks, count)
                        assert toks == window[: len(toks)] and len(toks) >= min(n + count, len(window)), (start, count)
                    assert more(text, start, limit, toks, count) and toks == window


def test_window_parts_of_a_mixed_text() -> None:
    _parts_equal(SEED_LIKE, (1, 2, 3, 8, 30), step=3)


def test_window_parts_by_value() -> None:
    text = "قال لافروف. وأضاف د. نايف"
    # the bound falls on the full stop split off لافروف: the word is before it, the stop is not
    assert tokens.phrase_tokens_before(text, 0, 20, 10) == [(0, 3, "قال"), (4, 10, "لافروف")]
    assert tokens.phrase_tokens_within(text, 0, 20, 10) == [(0, 3, "قال"), (4, 10, "لافروف")]
    assert tokens.phrase_tokens_within(text, 0, 20, 9) == [(0, 3, "قال")]
    # a head of two entries, extended by one: the split word and its stop come together
    toks = tokens.phrase_tokens_head(text, 0, 20, 1)
    assert toks[0] == (0, 3, "قال")
    tokens.phrase_tokens_more(text, 0, 20, toks, 1)
    assert toks[:3] == [(0, 3, "قال"), (4, 10, "لافروف"), (10, 11, ".")][: len(toks)]
    while not tokens.phrase_tokens_more(text, 0, 20, toks, 1):
        pass
    assert toks == scan_phrase_tokens(text, 0, 20) and toks[-2] == (18, 20, "د.")


def test_window_parts_of_empty_and_random_texts() -> None:
    for text in ("", " ", " . "):
        _parts_equal(text, (1, 3))
    rng = random.Random(26)
    alphabet = "اب لم.#،:\"«»\n\u064e\u0640\u200c5x-_٣\u00a0\u001f\u0670\u065f\u200fé\t"
    for _ in range(12):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        _parts_equal(text, (1, 2, 5), step=2)
