"""Snippets from the display text with the matching words highlighted.

The display text is tokenized with the same analyzer as the index, so a word matches the query
exactly when the index matched it — through normalization (``الارهاب`` for ``الإرهاب``), harakat
(``الإِرهاب``), clitics (``والإرهاب``) or stems — and its highlight covers the word as displayed,
harakat included. Offsets are character offsets into the returned snippet string.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from marsad import settings
from marsad.search.analyzer import _IN_WORD_MARKS, analyze_word
from marsad.search.query import Compiled
from marsad.text.normalize import LATIN_FOLDS

ELLIPSIS = "…"
#: Characters of context kept before the first highlighted word of a snippet.
_CONTEXT_BEFORE = 60
#: Most matches considered when choosing the snippet window (beyond this, the first ones win).
_MAX_MATCHES = 200
#: Characters of a long text searched first for the snippet window; the whole text only when they
#: hold no match. Ranking favours title and lead (ANT leads: ~300 characters), so the window is
#: nearly always there; scanning the rest (~16 ns a character) was a third of a snippet's cost on
#: ANT (1,500 characters on average, some over 10,000).
_SCAN_CHARS = 600


class Match(NamedTuple):
    """A matching word in a text: ``[start, end)`` offsets and the query term it matched (a named
    tuple: ~4× cheaper to create than a frozen dataclass, and a text has up to 200)."""

    start: int
    end: int
    term: str


#: The spellings of display text that one search-key letter stands for (a superset of what
#: :func:`marsad.text.normalize.search_key` folds: alef forms, alef maqsura, taa marbuta, digits,
#: Persian yeh/kaf), used to find candidate words fast before the analyzer checks them.
_KEY_LETTER_SPELLINGS: dict[str, str] = {
    "ا": "اأإآٱ",
    "ي": "يىی",
    "ى": "ىيی",
    "ه": "هةۀ",
    "ك": "كک",
    **{str(d): f"{d}{chr(0x0660 + d)}{chr(0x06F0 + d)}" for d in range(10)},
}
# a Latin key letter stands for its accented spellings too (normalize.LATIN_FOLDS: é, É, ł → e, e, l)
for _accented, _base in LATIN_FOLDS.items():
    if _base.isascii() and _base.isalpha():
        _KEY_LETTER_SPELLINGS[_base.lower()] = _KEY_LETTER_SPELLINGS.get(_base.lower(), _base.lower()) + _accented
_MARKS = f"[{_IN_WORD_MARKS}]*"
_WORD_CHAR = rf"(?:[^\W_]|[{_IN_WORD_MARKS}])"


#: The rest of a word from a position on: letters, digits, in-word marks.
_WORD_REST_RE = re.compile(rf"{_WORD_CHAR}*")
_IN_WORD_MARK_RE = re.compile(f"[{_IN_WORD_MARKS}]")
#: The in-word marks as a set (they all lie in U+0600–U+06FF, U+2000–U+206F and the blocks of
#: combining diacritical marks).
_IN_WORD_MARK_SET = frozenset(
    chr(c)
    for c in (*range(0x0300, 0x0370), *range(0x0600, 0x0700), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00),
              *range(0x2000, 0x2070), *range(0xFE20, 0xFE30))
    if _IN_WORD_MARK_RE.match(chr(c))
)


#: Presentation-form ligatures the search key expands (``marsad.text.normalize``): lam-alef
#: (U+FEF5–U+FEFC: ``ﻻ`` = ``لا``, ``ﻷ`` = ``لأ`` …) and the word ``ﷲ`` (U+FDF2) = ``الله``. A
#: term's letters may be written as one of them (seventh new-user report, finding 12: ``رام ﷲ``
#: was found by ``رام الله`` but only ``رام`` was highlighted).
_LAM_ALEF_LIGATURES = "\ufef5\ufef6\ufef7\ufef8\ufef9\ufefa\ufefb\ufefc"
_ALLAH_LIGATURE = "\ufdf2"


def _letter(c: str) -> str:
    return f"[{re.escape(_KEY_LETTER_SPELLINGS[c])}]" if c in _KEY_LETTER_SPELLINGS else re.escape(c)


def _term_pattern(term: str) -> str:
    """The regex of one term's letters in any spelling, marks allowed between them, ``لا`` also as
    a lam-alef ligature and ``الله`` also as ``ﷲ``."""
    parts: list[str] = []
    i = 0
    while i < len(term):
        if term.startswith("الله", i):
            parts.append(f"(?:{_MARKS.join(_letter(c) for c in 'الله')}|{_ALLAH_LIGATURE})")
            i += 4
        elif term.startswith("لا", i):
            parts.append(f"(?:{_letter('ل')}{_MARKS}{_letter('ا')}|[{_LAM_ALEF_LIGATURES}])")
            i += 2
        else:
            parts.append(_letter(term[i]))
            i += 1
    return _MARKS.join(parts)


@lru_cache(maxsize=256)
def _candidate_re(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding ``terms`` (keys or stems) in display text in any spelling, harakat or
    tatweel between their letters, anywhere in a word. A prefilter: :func:`find_matches` widens
    each hit to its whole word and the analyzer has the last word."""
    alternatives = []
    cut = sorted({t[: settings.SEARCH_HIGHLIGHT_TERM_CHARS] for t in terms}, key=len)
    # A term holding a shorter one (``الارهاب`` holds ``ارهاب``) is found through it: drop it. One
    # alternative instead of two makes the scan ~2× faster.
    kept: list[str] = []
    for term in cut:
        folded = term.replace("ى", "ي")
        if not any(k.replace("ى", "ي") in folded for k in kept):
            kept.append(term)
    for term in sorted(kept, key=len, reverse=True):
        alternatives.append(_term_pattern(term))
    # Keys are lower case; display text may not be (Latin names, acronyms).
    latin = any(c.isascii() and c.isalpha() for t in terms for c in t)
    return re.compile("|".join(alternatives), re.IGNORECASE if latin else 0)


def find_matches(text: str, terms: Compiled, limit: int = _MAX_MATCHES) -> list[Match]:
    """Words of ``text`` that match the positive terms of the compiled query, in text order.

    Candidate words come from one regex over the text (C speed; a plain alternation of the terms'
    spellings, ~10× faster than a pattern anchored at word starts), each widened to its whole word;
    only they go through the analyzer (~1 µs each), which decides exactly as the index did."""
    keys, stems, prefixes = terms.keys, terms.stems, tuple(terms.prefixes)
    out: list[Match] = []
    if not (keys or stems or prefixes):
        return out
    pattern = _candidate_re(tuple(sorted(keys | stems | set(prefixes))))
    marks = _IN_WORD_MARK_SET
    word_end = _WORD_REST_RE.match
    last_end = -1
    for m in pattern.finditer(text):
        start = m.start()
        if start < last_end:  # another hit inside the word just checked
            continue
        while start and (text[start - 1].isalnum() or text[start - 1] in marks):
            start -= 1
        end = word_end(text, m.end()).end()  # type: ignore[union-attr] # matches the empty string
        last_end = end
        key, word_stems = analyze_word(text[start:end])
        if not key:
            continue
        hit = key if key in keys else next((s for s in word_stems if s in stems), None)
        if hit is None and prefixes:
            hit = next(
                (p for p in prefixes if key.startswith(p) or any(s.startswith(p) for s in word_stems)), None
            )
        if hit is not None:
            out.append(Match(start, end, hit))
            if len(out) >= limit:
                break
    return out


def _word_start(text: str, pos: int) -> int:
    """Start of the word containing or following ``pos`` (never inside a word)."""
    if pos <= 0:
        return 0
    space = text.rfind(" ", 0, pos)
    newline = text.rfind("\n", 0, pos)
    cut = max(space, newline)
    return 0 if cut < 0 else cut + 1


def _word_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    nxt = [i for i in (text.find(" ", pos), text.find("\n", pos)) if i >= 0]
    return min(nxt) if nxt else len(text)


def _best_window(matches: list[Match], width: int) -> int:
    """Start offset of the first match of the window (``width`` characters from ``_CONTEXT_BEFORE``
    before it) holding the most distinct terms; the earliest such window wins. Two pointers: O(n)."""
    if len({m.term for m in matches}) == 1:  # one kind of match (most one-word queries): the first
        return matches[0].start
    best_start, best_count = matches[0].start, 0
    counts: dict[str, int] = {}
    j = 0
    for i, first in enumerate(matches):
        hi = max(0, first.start - _CONTEXT_BEFORE) + width
        while j < len(matches) and matches[j].end <= hi:
            counts[matches[j].term] = counts.get(matches[j].term, 0) + 1
            j += 1
        if len(counts) > best_count:
            best_start, best_count = first.start, len(counts)
        if j > i:  # drop matches[i] before the window moves on
            term = first.term
            counts[term] -= 1
            if not counts[term]:
                del counts[term]
        else:
            j = i + 1
    return best_start


def make_snippet(
    text: str, terms: Compiled, width: int = settings.SEARCH_SNIPPET_CHARS
) -> tuple[str, list[dict[str, int]]]:
    """A window of about ``width`` characters of ``text`` holding the most distinct query terms (in
    its first ``_SCAN_CHARS`` characters when they hold a match), and the highlights
    ``[{"start", "end"}]`` (offsets into the snippet). Line breaks become spaces
    (one for one, so offsets stay exact); ``…`` marks cut ends. Without a match: the opening."""
    matches: list[Match] = []
    if len(text) > _SCAN_CHARS:  # the opening first: where a hit ranked by title and lead matches
        matches = find_matches(text[: _word_start(text, _SCAN_CHARS)], terms)
    if not matches:
        matches = find_matches(text, terms)
    if not matches:
        start = 0
    else:
        start = _word_start(text, max(0, _best_window(matches, width) - _CONTEXT_BEFORE))
    end = _word_end(text, start + width) if start + width < len(text) else len(text)
    if end - start > width + 40:  # one very long word: cut inside it
        end = start + width
    body = text[start:end].replace("\n", " ").replace("\r", " ")
    prefix = ELLIPSIS + " " if start > 0 else ""
    suffix = " " + ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    highlights = [
        {"start": m.start + shift, "end": m.end + shift} for m in matches if m.start >= start and m.end <= end
    ]
    return prefix + body + suffix, highlights


def highlight(text: str, terms: Compiled) -> list[dict[str, int]]:
    """Highlights ``[{"start", "end"}]`` of the matching words of a whole short text (a title)."""
    return [{"start": m.start, "end": m.end} for m in find_matches(text, terms)]
