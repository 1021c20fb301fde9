"""Letter folds shared by the word keys that compare words without the whole search key.

:data:`PERSIAN_LETTER_FOLDS` is taken from the search key's own table
(:data:`marsad.text.normalize.SEARCH_FOLDS`, Lucene's ``PersianNormalizer``), not written again: the
quotes stage's :func:`marsad.quotes.cues.fold` and the NER normalization
:func:`marsad.entities.features.ner_norm` fold Persian letters as the search key does. (It lives here,
not in ``normalize.py``: that file is one of the sources the compiled ``analysis`` module is hashed
from, see ``marsad._speedups._manifest``.)
"""

from __future__ import annotations

from marsad.text.normalize import PRESENTATION_MANY, PRESENTATION_ONE, SEARCH_FOLDS

#: The Persian (and Kurdish) letters of :data:`~marsad.text.normalize.SEARCH_FOLDS` → the Arabic
#: letter: yeh ی (U+06CC) → ي, keheh ک (U+06A9) → ك, heh with yeh above ۀ (U+06C0), ae ە
#: (U+06D5) and heh doachashmee ھ (U+06BE, the Urdu two-eyed heh, typed for ه on Urdu and some
#: Persian keyboards: ``الھیئة``; fmt24) → ه. Text typed on a Persian keyboard writes these for the Arabic letters (``وزیر`` for
#: ``وزير``). 1:1 character folds: offsets do not move; the raw text is never changed. A final ی
#: stands for both ي and ى and folds, as in the search key, to ي, the more frequent (``فی`` = ``في``).
PERSIAN_LETTER_FOLDS: dict[str, str] = {
    c: to for frm, to in SEARCH_FOLDS for c in frm if c in "\u06cc\u06a9\u06c0\u06d5\u06be"
}

#: The Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) whose NFKC, without harakat, is one
#: letter → that letter (248: the isolated, final, initial and medial forms of each letter, ``ﻕ`` → ``ق``,
#: ``ﺃ`` → ``أ``); the search key's own table (:data:`marsad.text.normalize.PRESENTATION_ONE`). A text
#: typed in them (a PDF copy, an old renderer) is read by the word keys like its plain-letter spelling:
#: each key's user chains the letter through its own folds (``ﺃ`` → ``أ`` → ``ا``); 1:1, offsets kept,
#: the raw text and the display keep the forms (fmt24).
PRESENTATION_LETTER_FOLDS: dict[str, str] = dict(PRESENTATION_ONE)
#: The lam-alef ligatures (U+FEF5–U+FEFC) → their two letters (``ﻻ`` → ``لا``, ``ﻷ`` → ``لأ``): one
#: written character that is two letters of the word's key. Every word key reads them so (spell25):
#: the search key, the quotes fold (its compiled one-pass table takes two-character values), the cue
#: look-up and the NER key ``ner_norm`` (:data:`WORD_FORM_FOLDS`).
LAM_ALEF_LIGATURES: dict[str, str] = {k: v for k, v in PRESENTATION_MANY.items() if 0xFEF5 <= ord(k) <= 0xFEFC}

#: The Unicode format characters (general category Cf, Unicode 14.0 as in Python 3.11's
#: ``unicodedata``: 163 code points) and NUL, as ``(first, last)`` code point ranges. None has a glyph
#: of its own: RLM/LRM (U+200E/F), ALM (U+061C), the embeddings and isolates, ZWSP/ZWNJ/ZWJ, soft
#: hyphen U+00AD, word joiner, BOM, tags. Typed or pasted inside a word (``الص<RLM>فدي``) they must not
#: split it: the quotes and entities tokenizers read a run of them between two word characters as part
#: of the word (offsets into the raw text unchanged: the word's span holds them), and the quotes fold
#: deletes them from the word's key. ``tests/test_text_format_chars.py`` checks the table against
#: ``unicodedata``.
FORMAT_CHAR_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x0000), (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)
#: The characters of :data:`FORMAT_CHAR_RANGES` as one string (164 characters).
FORMAT_CHARS: str = "".join(chr(c) for a, b in FORMAT_CHAR_RANGES for c in range(a, b + 1))


def format_char_class(exclude: str = "") -> str:
    """The body of a regex character class (no brackets) matching :data:`FORMAT_CHARS` except the
    characters of ``exclude`` (``format_char_class("\\u200c")`` for a class that already has ZWNJ)."""
    parts = []
    for a, b in FORMAT_CHAR_RANGES:
        run = [c for c in range(a, b + 1) if chr(c) not in exclude]
        # (split where an excluded character cuts the range)
        start = prev = None
        for c in run + [None]:
            if c is not None and prev is not None and c == prev + 1:
                prev = c
                continue
            if start is not None:
                parts.append(f"\\U{start:08x}" if start == prev else f"\\U{start:08x}-\\U{prev:08x}")
            start = prev = c
    return "".join(parts)


#: The format characters of :data:`FORMAT_CHARS` in the Basic Multilingual Plane (all but the astral
#: Kaithi/hieroglyph/shorthand/musical controls and the tags, which no news text holds): the ones the
#: word keys delete (the compiled one-pass translation takes BMP code points only).
BMP_FORMAT_CHARS: str = "".join(c for c in FORMAT_CHARS if ord(c) < 0x10000)

#: The letter-form folds every word key shares (spell25), one table: a Persian letter typed for the
#: Arabic one (:data:`PERSIAN_LETTER_FOLDS`), a presentation form (:data:`PRESENTATION_LETTER_FOLDS`),
#: a lam-alef ligature as its two letters (:data:`LAM_ALEF_LIGATURES`), and a format character
#: deleted (:data:`BMP_FORMAT_CHARS`: a soft hyphen or ZWNJ inside ``لاری\u00adجانی``). Each key's
#: user chains the value through its own folds (``ﺃ`` → ``أ`` → ``ا``). The quotes fold
#: (:func:`marsad.quotes.cues.fold`), the NER key (:func:`marsad.entities.features.ner_norm`, so the
#: registry key :func:`marsad.entities.aliases.name_key`) and the search key
#: (:func:`marsad.text.normalize.search_key`, whose own tables these are) give a word written with
#: any of them the key of its standard-letter spelling: ``tests/test_text_fold_parity_spell25.py``.
WORD_FORM_FOLDS: dict[str, str] = {
    **PERSIAN_LETTER_FOLDS,
    **PRESENTATION_LETTER_FOLDS,
    **LAM_ALEF_LIGATURES,
    **dict.fromkeys(BMP_FORMAT_CHARS, ""),
}

#: The characters of :data:`WORD_FORM_FOLDS` less the format characters: letters a name is better
#: shown without (its standard Arabic spelling), see :func:`has_letter_forms`.
_NONSTANDARD_LETTERS = frozenset(c for c, v in WORD_FORM_FOLDS.items() if v)
_NONSTANDARD_OR_FORMAT = frozenset(WORD_FORM_FOLDS)


def has_letter_forms(s: str) -> bool:
    """Does ``s`` hold a character of :data:`WORD_FORM_FOLDS` (a Persian letter, a presentation form,
    a lam-alef ligature or a format character)? The entities stage and the registry show a name in
    the spelling without them when the text writes one (``علي لاريجاني``, not ``علی لاریجانی`` nor
    ``ﻋﻠﻲ``; spell25). ``str -> bool``."""
    return not _NONSTANDARD_OR_FORMAT.isdisjoint(s)


_TO_LETTERS = str.maketrans({**PRESENTATION_LETTER_FOLDS, **LAM_ALEF_LIGATURES, **dict.fromkeys(BMP_FORMAT_CHARS)})


def presentation_to_letters(s: str) -> str:
    """``s`` with each presentation form written as its letter, each lam-alef ligature as its two
    letters and the format characters deleted (``ﺳﺎﻣﺢ`` → ``سامح``, ``ﻻ`` → ``لا``): the same letters,
    shown as a renderer would draw them (NFKC without its harakat; spell25). Persian letters are kept:
    a final ``ی`` may stand for ``ي`` or ``ى``. ``str -> str``."""
    return s.translate(_TO_LETTERS)
