"""Orthographic fixes: frequent, unambiguous typing errors that the display layer repairs.

Each rule is data in :data:`ORTHOGRAPHY_RULES`: a compiled pattern that matches the *wrong mark*
(one character) in cleaned text (BiDi controls and tatweel already removed), the character it becomes,
and a name recorded on every :class:`~marsad.model.Fix`. Every rule replaces one character by one
character, so it never moves offsets; the display layer (:func:`marsad.text.normalize.display_layer`)
applies the same table, and :func:`find_fixes` reports each fixed word as a ``Fix`` span on the raw text.

Rule ``misplaced-tanween`` — a damma (U+064F), dammatan (U+064C) or fatha (U+064E) typed on a
word-final bare alef, as in the seed's ``مزيداُ`` (ANT: ``نقلاُ``, ``يومياَ``; SaudiNewsNet: ``خاصاُ``),
stands for tanween fath (U+064B): ``مزيداُ`` → ``مزيداً``. A bare alef
(U+0627) never carries a vowel of its own in Arabic orthography (the hamza forms أ/إ carry vowels and
are different letters; a vowel of the letter before the alef is typed *before* the alef), and a
word-final alef after a consonant is the seat of the accusative indefinite ending ``-an``, so the
repair is safe whenever the alef follows an Arabic letter (Wright, *A Grammar of the Arabic
Language*, §8; Unicode Standard ch. 9, "Arabic"). The marks sit next to each other on the shifted
row of the common Arabic keyboard layouts, which is why the swap is frequent in scraped news.
Kasra/kasratan on a final alef are not repaired (no evidence of the typo in the corpora).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.model import Fix

#: Arabic letters (hamza … yeh) and the marks that may sit on them inside a word.
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5"
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"


@dataclass(frozen=True, slots=True)
class OrthographyRule:
    """One 1:1 repair: ``pattern`` matches exactly the wrong character; it becomes ``replacement``."""

    name: str
    pattern: re.Pattern[str]
    replacement: str
    description: str


ORTHOGRAPHY_RULES: tuple[OrthographyRule, ...] = (
    OrthographyRule(
        name="misplaced-tanween",
        # damma / dammatan / fatha right after a word-final bare alef that follows an Arabic letter
        pattern=re.compile(
            rf"(?<=[{ARABIC_LETTERS}]\u0627)[\u064c\u064e\u064f](?![{ARABIC_LETTERS}{ARABIC_MARKS}\w])"
        ),
        replacement="\u064b",
        description="damma, dammatan or fatha on a word-final alef typed for tanween fath: مزيداُ → مزيداً",
    ),
)

#: Any character some rule may fix (a fast pre-check: most articles contain none).
_RULE_TRIGGER_RE = re.compile("[\u064c\u064e\u064f]")
_RULE_TRIGGER_CHARS = ("\u064c", "\u064e", "\u064f")


def _has_trigger(text: str) -> bool:
    """``_RULE_TRIGGER_RE.search(text)`` as three ``in`` tests (C loops; a class scan over an
    article's Arabic text is several times slower)."""
    a, b, c = _RULE_TRIGGER_CHARS
    return a in text or b in text or c in text


#: The rules are only the misplaced tanween: then a mark can be fixed only right after a bare alef
#: (``(?<=[letters]ا)``), a cheap exact pre-check for the ~20 % of ANT articles that hold a
#: damma, dammatan or fatha somewhere (5 fixes in 4,000 articles). Another rule turns it off.
_ALEF_BEFORE_ONLY = [r.name for r in ORTHOGRAPHY_RULES] == ["misplaced-tanween"]


def _mark_after_alef(text: str, skipped: frozenset[str] = frozenset()) -> bool:
    """True when a trigger mark of ``text`` follows a bare alef, looking back over the characters
    of ``skipped`` (those the display layer deletes)."""
    for c in _RULE_TRIGGER_CHARS:
        p = text.find(c)
        while p >= 0:
            q = p - 1
            while q >= 0 and text[q] in skipped:
                q -= 1
            if q >= 0 and text[q] == "\u0627":
                return True
            p = text.find(c, p + 1)
    return False


#: A whole Arabic word (letters and marks) around a fixed character.
_WORD_BEFORE_RE = re.compile(rf"[{ARABIC_LETTERS}{ARABIC_MARKS}]*$")
_WORD_AFTER_RE = re.compile(rf"[{ARABIC_LETTERS}{ARABIC_MARKS}]{{0,64}}")
#: Longest word a Fix span covers on each side of the fixed mark (Arabic words are < 20 letters).
_MAX_WORD_CHARS = 64


_TRAILING_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff"


def apply_orthography_rules(text: str) -> str:
    """Return ``text`` with every rule of :data:`ORTHOGRAPHY_RULES` applied (same length)."""
    if not _has_trigger(text) or (_ALEF_BEFORE_ONLY and not _mark_after_alef(text)):
        return text
    for rule in ORTHOGRAPHY_RULES:
        text = rule.pattern.sub(rule.replacement, text)
    return text


def find_fixes(raw: str, start: int = 0, end: int | None = None) -> list[Fix]:
    """The orthographic fixes inside ``raw[start:end]``, as :class:`Fix` spans over whole words.

    Rules are matched on the cleaned text (BiDi controls and tatweel removed, see
    :func:`marsad.text.normalize.clean_layer`) so a control character inside a word does not hide
    a typo; each span is mapped back to raw offsets. ``before`` is the raw word, ``after`` the
    word as the display layer shows it, ``rule`` the rule name. Returns ``[]`` when nothing is fixed.
    """
    from marsad.text.normalize import _COMBINING_HAMZA, _DISPLAY_DELETE_SET, clean_layer

    end = len(raw) if end is None else end
    segment = raw[start:end]
    if not _has_trigger(segment):
        return []
    if (
        _ALEF_BEFORE_ONLY
        and "&" not in segment  # an entity may decode to an alef (or a mark)
        and not any(c in segment for c in _COMBINING_HAMZA)
        and not _mark_after_alef(segment, _DISPLAY_DELETE_SET)
    ):
        return []  # no mark after a bare alef, in the raw text or once controls/tatweel go
    layer = clean_layer(segment)
    text = layer.text
    fixes: list[Fix] = []
    for rule in ORTHOGRAPHY_RULES:
        for m in rule.pattern.finditer(text):
            i = m.start()
            # the word start, looked for in a bounded window (a search from 0 would be quadratic)
            ws = i - len(_WORD_BEFORE_RE.search(text, max(0, i - _MAX_WORD_CHARS), i).group())  # type: ignore[union-attr]
            we = _WORD_AFTER_RE.match(text, i).end()  # type: ignore[union-attr]
            rs, re_ = layer.raw_span(ws, we)
            re_ = rs + len(segment[rs:re_].rstrip(_TRAILING_CONTROLS))
            word = text[ws:we]
            after = word[: i - ws] + rule.replacement + word[i - ws + 1 :]
            fixes.append(Fix(start + rs, start + re_, before=segment[rs:re_], after=after, rule=rule.name))
    fixes.sort(key=lambda f: f.start)
    return fixes
