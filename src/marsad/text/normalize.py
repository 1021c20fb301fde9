"""Two derived text layers over the raw text — display and search key — each with an offset map.

``Article.text`` is never rewritten. A :class:`Layer` is a derived string plus a sparse map between
its offsets and the raw offsets, so a highlight or a quote found in a layer lands on the original
characters (spaCy's standoff idea, applied to normalization).

Layers (see ``docs/text.md`` for the tables and their sources):

* **display** (:func:`display_layer`, :func:`display_text`) — faithful: BiDi/format controls
  (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, and the stray BOM U+FEFF), C0/C1 control
  characters (:data:`CONTROL_CHARS`: NUL, ESC, DEL, U+0080–U+009F …; not TAB, LF, CR) and tatweel
  (U+0640) between a letter or mark and an Arabic letter (elongation, ``جميـــلا``) deleted — a
  tatweel that follows no letter (``اليوم ـ بمشيئة الله ـ``, a dash, :func:`is_dash_tatweel`) is
  punctuation and stays, and one before a digit, another script, punctuation, a space or the end
  joins a prefix to it or marks an abbreviation (``بـ120``, ``الـ15``, ``1439هـ``) and stays; the control characters that are white space (VT, FF, U+001C–U+001F, NEL) shown
  as a space (:data:`CONTROL_SPACES`, one for one); HTML character references decoded (``&amp;`` → ``&``, ``&#1575;`` → ``ا``);
  decomposed hamza/madda sequences composed as Unicode NFC does (``ا`` + U+0654 → ``أ``; only the
  Arabic canonical compositions, marks are not reordered); orthographic typos repaired by
  :data:`marsad.text.orthography.ORTHOGRAPHY_RULES` (``مزيداُ`` → ``مزيداً``). Harakat are kept.
* **search key** (:func:`search_layer`, :func:`search_key`) — the display cleaning, plus the
  normalization of Larkey, Ballesteros & Connell (2002) as implemented by Lucene's
  ``ArabicNormalizer``: alef forms أ إ آ ٱ (and wavy-hamza alefs) → ا, alef maqsura ى → ي,
  taa marbuta ة → ه, harakat/shadda/sukun/tanween, superscript alef and Quranic annotation marks
  deleted (never replaced by a space); Persian yeh/keheh (Lucene ``PersianNormalizer``) → ي/ك;
  Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their NFKC letters (ﻻ → لا);
  Arabic-Indic and Persian digits → ASCII, ٫ → ``.``, ٬ → ``,``, ٪ → ``%``; zero-width joiners,
  soft hyphen and no-break space removed or spaced; Latin letters folded to their base letters
  (:data:`LATIN_FOLDS`: NFKD with the combining marks dropped, ``Café`` → ``cafe``, ``Zürich`` →
  ``zurich``, ``ﬁ`` → ``fi``; plus the letters with a stroke, ``ł`` → ``l``) and combining diacritical
  marks (U+0300–U+036F …) deleted — Latin only: Arabic letters are never decomposed, so ``أ إ ؤ ئ``
  keep the rules above; Latin lower-cased.

With ى → ي, ``إلى`` (→ ``الي``) and ``إلا`` (→ ``الا``) keep different keys, but the name ``علي`` and the
preposition ``على`` share the key ``علي``: exact matching in quotes must use the display layer.

Speed: a layer is built from the positions of the length-changing edits only (one ``finditer``
of a compiled pattern); 1:1 folds use ``str.replace``/``str.lower``; there is no per-character Python
loop. Text without any special character takes a fast path (one regex scan).
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from html.entities import html5 as _HTML5_ENTITIES

from marsad.text.orthography import apply_orthography_rules
from marsad.text.scan import compiled_contains_any, compiled_translation

# --- character tables (Unicode 15, blocks Arabic U+0600–U+06FF, Arabic Extended-A U+08A0–U+08FF,
# --- Arabic Presentation Forms-A/B, General Punctuation) ---------------------------------------

#: Bidirectional formatting characters (Unicode UAX #9 §2): LRM, RLM, LRE/RLE/PDF/LRO/RLO,
#: LRI/RLI/FSI/PDI, ALM; plus U+FEFF (a BOM left inside text by concatenated files).
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff"
#: Tatweel / kashida (U+0640), an elongation with no linguistic content.
TATWEEL = "\u0640"
#: Harakat: fathatan, dammatan, kasratan (tanween), fatha, damma, kasra, shadda, sukun.
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
#: Other combining Arabic marks deleted from the search key: maddah/hamza above/below when they do
#: not compose, subscript alef and other vowel signs (U+0656–U+065F), superscript (dagger) alef
#: U+0670, Quranic honorifics U+0610–U+061A, Quranic annotation signs U+06D6–U+06ED (except the
#: non-combining U+06DD, U+06DE, U+06E9), and Arabic Extended-A Quranic marks U+08D3–U+08FF.
OTHER_MARKS = (
    "\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"
    + "".join(map(chr, range(0x0610, 0x061B)))
    + "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9))
    + "".join(chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2)
)
#: Invisible characters removed from the search key only (the display keeps ZWNJ: Persian words
#: and hashtags need it): ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen.
INVISIBLES = "\u200b\u200c\u200d\u2060\u00ad"
#: C0 and C1 control characters (Unicode general category Cc: U+0000–U+001F, U+007F–U+009F) that are
#: not white space: NUL, the other C0 codes, DEL and the C1 codes. They have no glyph and no
#: meaning in news text (a NUL from a C string or a padded record, an escape sequence, C1 codes of a
#: mis-decoded Windows-1252 file): the display layer and the search key delete them, as ftfy's
#: ``remove_control_chars`` does. TAB, LF and CR are not among them (the layout reads them).
CONTROL_CHARS = "".join(c for c in map(chr, (*range(0x00, 0x20), *range(0x7F, 0xA0))) if not c.isspace())
#: The control characters that Python's ``str.isspace`` (and so the layout's ``\s``) reads as white
#: space, besides TAB/LF/CR: VT, FF, the information separators U+001C–U+001F and NEL U+0085. The
#: display layer and the search key show each as one space (1:1, offsets unchanged), so the words
#: they separate for the layout stay apart.
CONTROL_SPACES = "\x0b\x0c\x1c\x1d\x1e\x1f\x85"
#: Combining diacritical marks of the Latin, Greek and Cyrillic scripts (Unicode blocks Combining
#: Diacritical Marks U+0300–U+036F, Extended U+1AB0–U+1AFF, Supplement U+1DC0–U+1DFF, Half Marks
#: U+FE20–U+FE2F): what NFKD splits off an accented Latin letter. Deleted from the search key
#: (``Cafe`` + U+0301 → ``cafe``); Arabic marks are in :data:`HARAKAT`/:data:`OTHER_MARKS`.
COMBINING_DIACRITICS = "".join(
    map(chr, (*range(0x0300, 0x0370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00), *range(0xFE20, 0xFE30)))
)
#: Latin letters with a stroke or bar, which have no Unicode decomposition (NFKD leaves them as they
#: are), and the dotless i: their base letters, as Lucene's ``ASCIIFoldingFilter`` folds them
#: (``Łódź`` → ``lodz``, ``Ørsted`` → ``orsted``).
LATIN_STROKE_FOLDS: dict[str, str] = {
    "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "Ŧ": "T",
    "ŧ": "t", "Ɨ": "I", "ɨ": "i", "Ƶ": "Z", "ƶ": "z", "Ǥ": "G", "ǥ": "g", "Ƀ": "B", "ƀ": "b",
    "ı": "i",
}
#: Blocks holding Latin letters (Latin-1 Supplement, Extended-A/-B, IPA, Extended Additional,
#: Extended-C/-D, the Latin ligatures ﬀ–ﬆ and the full-width Latin letters).
LATIN_BLOCKS = (
    (0x00C0, 0x02B0), (0x1E00, 0x1F00), (0x2C60, 0x2C80), (0xA720, 0xA800), (0xFB00, 0xFB07), (0xFF21, 0xFF5B)
)

#: 1:1 folds of the search key: (from characters, to character). Larkey et al. 2002 / Lucene.
SEARCH_FOLDS: tuple[tuple[str, str], ...] = (
    ("\u0623\u0625\u0622\u0671\u0672\u0673\u0675", "\u0627"),  # fold_alef: أ إ آ ٱ ٲ ٳ ٵ → ا
    ("\u0649\u06cc", "\u064a"),  # fold_alef_maqsura: ى (and Persian ی) → ي
    ("\u0629", "\u0647"),  # fold_taa_marbuta: ة → ه
    ("\u06a9", "\u0643"),  # Persian keheh ک → ك
    ("\u06c0\u06d5\u06be", "\u0647"),  # heh with yeh above ۀ, ae ە, heh doachashmee ھ (Urdu; fmt24) → ه
    ("\u00a0\u2007\u202f\x0b\x0c\x1c\x1d\x1e\x1f\x85", " "),  # no-break spaces, CONTROL_SPACES → space
    ("\u0130", "i"),  # İ: the one character whose lower() is longer than 1
)
#: The six letter folds every cheap look-up key in Marsad shares (alef forms أ إ آ ٱ → ا, alef
#: maqsura ى → ي, taa marbuta ة → ه), for modules that fold table keys without the whole search
#: key (layout rules, time numerals, NER features): one table, not a copy per module.
LETTER_FOLDS: dict[str, str] = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
#: Digit folds: Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic / Persian (U+06F0–U+06F9)
#: digits → ASCII; Arabic decimal separator, thousands separator, percent sign → ASCII.
DIGIT_FOLDS: dict[str, str] = {
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    "\u066b": ".",
    "\u066c": ",",
    "\u066a": "%",
}
#: Mathematical digits (U+1D7CE–U+1D7FF: bold, double-struck, sans-serif, sans-serif bold, monospace
#: 0–9; Unicode chapter 22.2, NFKC of each) → ASCII, in the search key only (``𝟙𝟚`` finds ``12``; fmt24):
#: one code point each, so the fold is 1:1.
MATH_DIGIT_FOLDS: dict[str, str] = {chr(cp): str((cp - 0x1D7CE) % 10) for cp in range(0x1D7CE, 0x1D800)}
assert all(unicodedata.normalize("NFKC", k) == v for k, v in MATH_DIGIT_FOLDS.items())
#: Canonical compositions of Arabic (UnicodeData.txt decompositions): base + mark → one letter.
ARABIC_COMPOSITIONS: dict[str, str] = {
    "\u0627\u0653": "\u0622",  # ا + maddah → آ
    "\u0627\u0654": "\u0623",  # ا + hamza above → أ
    "\u0627\u0655": "\u0625",  # ا + hamza below → إ
    "\u0648\u0654": "\u0624",  # و + hamza above → ؤ
    "\u064a\u0654": "\u0626",  # ي + hamza above → ئ
    "\u06c1\u0654": "\u06c2",
    "\u06d2\u0654": "\u06d3",
    "\u06d5\u0654": "\u06c0",
}

#: Letters whose lower() differs, handled by str.lower(); checked at import (one of them, İ, is
#: folded above because its lower-case form is two characters long).
assert all(len(unicodedata.normalize("NFC", k)) == 1 for k in ARABIC_COMPOSITIONS)


def _presentation_forms() -> tuple[dict[str, str], dict[str, str]]:
    """NFKC of Arabic presentation forms, split into 1:1 maps and longer expansions (ligatures)."""
    drop = set(HARAKAT + OTHER_MARKS + TATWEEL + " ")
    one: dict[str, str] = {}
    many: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if n == c:
            continue
        n = "".join(ch for ch in n if ch not in drop)
        (one if len(n) == 1 else many)[c] = n
    return one, many


PRESENTATION_ONE, PRESENTATION_MANY = _presentation_forms()


def _latin_folds() -> tuple[dict[str, str], dict[str, str]]:
    """Each Latin letter of :data:`LATIN_BLOCKS` whose NFKD, without its combining marks (Unicode
    canonical combining class > 0), differs from it — ``é`` → ``e``, ``Ǆ`` → ``DZ``, ``ﬁ`` → ``fi``,
    ``Ａ`` → ``A`` — plus :data:`LATIN_STROKE_FOLDS`; split into 1:1 folds and longer expansions.
    Only characters whose Unicode name holds ``LATIN`` are folded. ``İ`` keeps its own fold
    (:data:`SEARCH_FOLDS`)."""
    one: dict[str, str] = {}
    many: dict[str, str] = {}
    for lo, hi in LATIN_BLOCKS:
        for cp in range(lo, hi):
            c = chr(cp)
            if c == "\u0130" or "LATIN " not in unicodedata.name(c, ""):
                continue
            base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
            base = LATIN_STROKE_FOLDS.get(c, base)
            if base and base != c:
                (one if len(base) == 1 else many)[c] = base
    return one, many


#: Latin letters folded to their base letters in the search key (see :func:`_latin_folds`):
#: ``LATIN_FOLDS`` 1:1 (``é`` → ``e``), ``LATIN_EXPANSIONS`` longer (``ﬁ`` → ``fi``, ``Ĳ`` → ``IJ``).
LATIN_FOLDS, LATIN_EXPANSIONS = _latin_folds()
#: Characters the search key replaces by more than one character (a length-changing edit).
SEARCH_EXPANSIONS: dict[str, str] = {**PRESENTATION_MANY, **LATIN_EXPANSIONS}

# --- compiled patterns -------------------------------------------------------------------------
# Scanning patterns are single character classes: CPython's re scans those with a fast charset
# prefix (~5 µs for 2,000 characters), alternations and ``+`` runs are several times slower.

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ENTITY_RE = re.compile(_ENTITY)
_COMBINING_HAMZA = frozenset("\u0653\u0654\u0655")
_DISPLAY_DELETE = BIDI_CONTROLS + CONTROL_CHARS + TATWEEL
_SEARCH_DELETE = _DISPLAY_DELETE + HARAKAT + OTHER_MARKS + INVISIBLES + COMBINING_DIACRITICS
_DISPLAY_DELETE_SET = frozenset(_DISPLAY_DELETE)
_SEARCH_DELETE_SET = frozenset(_SEARCH_DELETE)


def _cls(chars: str) -> str:
    # (``\U`` and 8 digits above U+FFFF: ``\u`` reads 4 digits only)
    return "[" + "".join(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in sorted(set(chars))) + "]"


#: Characters that start a length-changing edit of the display layer (and the white-space controls,
#: shown as spaces: rare, so they are looked for only when this scan finds something).
DISPLAY_TRIGGER_RE = re.compile(_cls(_DISPLAY_DELETE + "&" + "".join(_COMBINING_HAMZA) + CONTROL_SPACES))
#: ``has_display_trigger(s)`` = ``DISPLAY_TRIGGER_RE.search(s) is not None``, in one compiled pass
#: over ``s`` (a bitmap test per character) when the compiled scan is built: the class scan tries
#: the regex engine's charset at every character (~65 instructions each, ~20 here; the title, lead
#: and body of every article are asked, ~1,900 characters per ANT article: −59 K instructions per
#: article, 1.4 % of a ``--core`` ingest, measured with callgrind; docs/benchmarks/ingest.md).
_DISPLAY_TRIGGER_CHARS = "".join(sorted(set(_DISPLAY_DELETE + "&" + "".join(_COMBINING_HAMZA) + CONTROL_SPACES)))
has_display_trigger = compiled_contains_any(_DISPLAY_TRIGGER_CHARS) or (
    lambda s: DISPLAY_TRIGGER_RE.search(s) is not None
)
#: ... of the search key (display triggers, harakat and marks, multi-letter presentation forms and
#: Latin expansions).
SEARCH_TRIGGER_RE = re.compile(_cls(_SEARCH_DELETE + "&" + "".join(SEARCH_EXPANSIONS)))
#: The white-space control characters (:data:`CONTROL_SPACES`), each shown as a space.
_CONTROL_SPACE_RE = re.compile(_cls(CONTROL_SPACES))
_DISPLAY_DELETE_RE = re.compile(_cls(_DISPLAY_DELETE))
#: ``_DISPLAY_DELETE_RE.sub("", s)`` as one compiled translation pass (the class scan costs ~65
#: instructions per character; it runs on every display text that holds a control or a tatweel,
#: ~560 characters per ANT article).
_delete_display_chars = compiled_translation(dict.fromkeys(map(ord, _DISPLAY_DELETE), "")) or (
    lambda s: _DISPLAY_DELETE_RE.sub("", s)
)
#: The display deletions with tatweel only after a letter or a mark (U+064B–U+065F, U+0670): a
#: tatweel after a space, a bracket or the start is a dash (eighth new-user report, finding 19).
#: The reference of :func:`_display_delete_keep_dash` once the controls are deleted (tests).
_DISPLAY_DELETE_KEEP_DASH_RE = re.compile(
    "(?:(?<=[^\\W\\d_\u0640])|(?<=[\u064b-\u065f\u0670]))\u0640+(?=" + "[" + "\u0620-\u063f\u0641-\u064a\u064b-\u065f\u066e-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc" + "])|" + _cls(BIDI_CONTROLS + CONTROL_CHARS)
)
#: The same deletions as :func:`_display_delete_keep_dash` does them: tatweel runs found by their
#: first character (a literal prefix: the lookbehinds above, and any pattern opening with a
#: repeat or an alternation, are tried at every character, ~20 µs per ANT article with a tatweel),
#: the character before each tested with the lookbehinds' own classes, then the control characters
#: (a compiled one-pass deletion: a pattern of them costs ~7 ns a character).
_TATWEEL_RUN_FIND_RE = re.compile("\u0640\u0640*")
_delete_display_controls = compiled_translation(dict.fromkeys(map(ord, BIDI_CONTROLS + CONTROL_CHARS), "")) or (
    lambda s: _DISPLAY_CONTROL_RUN_RE.sub("", s)
)
_TATWEEL_ELONGATES_RE = re.compile("[^\\W\\d_\u0640]|[\u064b-\u065f\u0670]")
#: What follows an elongating tatweel: an Arabic letter or mark (Arabic, its supplements and
#: presentation forms). Before a digit (``بـ120``, ``الـ15``), another script, punctuation, a space
#: or the end (``1439هـ``, the Hijri abbreviation mark) the tatweel joins or marks, and stays.
_TATWEEL_JOINS_RE = re.compile(
    "[\u0620-\u063f\u0641-\u064a\u064b-\u065f\u066e-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"
)
_SEARCH_DELETE_RE = re.compile(_cls(_SEARCH_DELETE))
_TATWEEL_RUN_RE = re.compile("\u0640+")
_DISPLAY_CONTROL_RUN_RE = re.compile(_cls(BIDI_CONTROLS + CONTROL_CHARS) + "+")
#: A run of deletable characters (matched at a known position: no scanning cost).
_DISPLAY_DELETE_RUN_RE = re.compile(_cls(_DISPLAY_DELETE) + "+")
_SEARCH_DELETE_RUN_RE = re.compile(_cls(_SEARCH_DELETE) + "+")
#: Characters folded by a per-run table (rare: digits, Persian forms, presentation forms).
_FREQUENT_FOLD_MAP = {c: to for frm, to in SEARCH_FOLDS[:3] for c in frm}
#: Every letter fold of :data:`SEARCH_FOLDS` (the Persian rows too): a presentation form is folded to
#: its letter and on (``ﮐ`` U+FB90 → ``ک`` → ``ك``, ``ﮬ`` U+FBAC → ``ھ`` → ``ه``; fmt24).
_LETTER_FOLD_MAP = {c: to for frm, to in SEARCH_FOLDS[:5] for c in frm}
_RARE_FOLD_TABLE: dict[int, str] = str.maketrans(
    {
        **{k: "".join(_LETTER_FOLD_MAP.get(ch, ch) for ch in v) for k, v in SEARCH_EXPANSIONS.items()},
        **DIGIT_FOLDS,
        **MATH_DIGIT_FOLDS,
        **{k: _LETTER_FOLD_MAP.get(v, v) for k, v in PRESENTATION_ONE.items()},
        **LATIN_FOLDS,
        **{c: to for frm, to in SEARCH_FOLDS[3:] for c in frm},
    }
)
_RARE_FOLD_RE = re.compile(
    _cls(
        "".join(SEARCH_EXPANSIONS)
        + "".join(DIGIT_FOLDS)
        + "".join(MATH_DIGIT_FOLDS)
        + "".join(PRESENTATION_ONE)
        + "".join(LATIN_FOLDS)
        + "".join(c for frm, _ in SEARCH_FOLDS[3:] for c in frm)
    )
)
#: Frequent 1:1 folds, applied with str.replace (alef forms, alef maqsura, taa marbuta).
_FREQUENT_FOLDS: tuple[tuple[str, str], ...] = tuple(_FREQUENT_FOLD_MAP.items())
#: Cased letters (Latin, Greek, Cyrillic): when one is present the key is lower-cased.
_CASED_RE = re.compile("[A-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]")

_ALEF_FOLDS = tuple((c, "\u0627") for c in SEARCH_FOLDS[0][0])


# --- small named functions (CAMeL Tools-style names, one table each) ---------------------------


_BIDI_RE = re.compile(_cls(BIDI_CONTROLS))
_HARAKAT_RE = re.compile(_cls(HARAKAT + OTHER_MARKS))
_COMPOSABLE_RE = re.compile("[\u0627\u0648\u064a\u06c1\u06d2\u06d5][\u0653\u0654\u0655]")


def strip_bidi_controls(s: str) -> str:
    """Delete BiDi formatting characters (:data:`BIDI_CONTROLS`). Same length or shorter."""
    return _BIDI_RE.sub("", s)


#: Characters the display layer deletes outright (BiDi and other controls): a tatweel is judged by
#: the character before them, so that deleting them first or later gives the same display text.
_DELETED_BEFORE_TATWEEL = frozenset(BIDI_CONTROLS + CONTROL_CHARS + TATWEEL)


def _tatweel_elongates(s: str, i: int) -> bool:
    """True when the tatweel at ``s[i]`` elongates a letter: the nearest character before it that is
    neither a deleted control nor a tatweel is a letter or a mark (U+064B–U+065F, U+0670), and the
    nearest one after it an Arabic letter or mark (:func:`_tatweel_joins_after`)."""
    j = i - 1
    while j >= 0 and s[j] in _DELETED_BEFORE_TATWEEL:
        j -= 1
    return j >= 0 and _TATWEEL_ELONGATES_RE.match(s, j) is not None and _tatweel_joins_after(s, i + 1)


def _tatweel_joins_after(s: str, k: int) -> bool:
    """True when the nearest character of ``s`` from ``k`` on that is neither a deleted control nor a
    tatweel is an Arabic letter or mark (:data:`_TATWEEL_JOINS_RE`): the tatweel before it elongates
    a word. Before a digit (``بـ120``), a space, punctuation, another script or the end (``هـ``,
    the Hijri mark; ``1439هـ``) it joins a letter to what follows or marks an abbreviation, and the
    display layer keeps it (time24 item 3; rob23: ``بـ120`` was shown ``ب120``). An entity
    (``&#1575;``) is judged by its first decoded character; one that decodes to a deleted control
    (``&rlm;``) is looked past like the control itself, so that a second pass over the display text
    decides the same (found by the property test: ``اـ&rlm;ا`` was shown ``اـا``, then ``اا``)."""
    n = len(s)
    while k < n:
        if s[k] in _DELETED_BEFORE_TATWEEL:
            k += 1
            continue
        if s[k] == "&":
            em = _ENTITY_RE.match(s, k)
            if em is not None:
                rep = _DISPLAY_DELETE_RE.sub("", _compose(_decode_entity(em)))
                if rep == "":
                    k = em.end()
                    continue
                return _TATWEEL_JOINS_RE.match(rep) is not None
        return _TATWEEL_JOINS_RE.match(s, k) is not None
    return False


def is_dash_tatweel(s: str, i: int) -> bool:
    """True when the display layer keeps the tatweel at ``s[i]``: it follows no letter or mark
    (start of ``s``, a space, a bracket, a digit; deleted controls and other tatweels before it are
    looked past) and is used as a dash (``اليوم ـ بمشيئة الله تعالى ـ هطولا``, 69 of 1,686
    SaudiNewsNet articles of 2015-08-11), or no Arabic letter follows it and it joins a letter to a
    digit or marks an abbreviation (``بـ120``, ``1439هـ``; :func:`_tatweel_joins_after`). False for
    an elongation (``جميـــلا``)."""
    return not _tatweel_elongates(s, i)


def _display_delete_keep_dash(s: str) -> str:
    """The display deletions: a tatweel run deleted when it elongates a letter
    (:func:`_tatweel_elongates`, controls before it looked past), kept (a dash) after anything else
    or at the start; the control characters deleted. Idempotent (a property test checks it)."""
    pieces: list[str] = []
    last = 0
    for m in _TATWEEL_RUN_FIND_RE.finditer(s):
        p = m.start()
        if p and _tatweel_elongates(s, p):
            pieces.append(s[last:p])
            last = m.end()
    if pieces:
        pieces.append(s[last:])
        s = "".join(pieces)
    return _delete_display_controls(s)  # type: ignore[no-any-return]


def strip_tatweel(s: str) -> str:
    """Delete tatweel U+0640: ``جميـــلا`` → ``جميلا``."""
    return s.replace(TATWEEL, "")


def strip_harakat(s: str) -> str:
    """Delete harakat, shadda, sukun, tanween, superscript alef and Quranic marks (never replaced by
    spaces): ``مُحَمَّد`` → ``محمد``. Decomposed hamza (``ا`` + U+0654) is composed first, not lost."""
    s = _compose(s)
    return _HARAKAT_RE.sub("", s)


def fold_alef(s: str) -> str:
    """Alef with hamza above/below, with madda, wasla (and wavy hamza) → bare alef: أ إ آ ٱ → ا."""
    for a, b in _ALEF_FOLDS:
        s = s.replace(a, b)
    return s


def fold_alef_maqsura(s: str) -> str:
    """Alef maqsura ى (and Persian yeh ی) → yeh ي: ``إلى`` → ``إلي`` (``إلا`` is unchanged)."""
    return s.replace("\u0649", "\u064a").replace("\u06cc", "\u064a")


def fold_taa_marbuta(s: str) -> str:
    """Taa marbuta ة → heh ه: ``مدرسة`` → ``مدرسه``."""
    return s.replace("\u0629", "\u0647")


def fold_digits(s: str) -> str:
    """Arabic-Indic and Persian digits → ASCII, ٫ → ``.``, ٬ → ``,``, ٪ → ``%``: ``٢٠١٠`` → ``2010``."""
    return s.translate(_DIGIT_TABLE)


_DIGIT_TABLE = str.maketrans(DIGIT_FOLDS)


def decode_html_entities(s: str) -> str:
    """Decode HTML character references that end in ``;`` (named, decimal, hex) once:
    ``&quot;`` → ``"``; ``&amp;quot;`` → ``&quot;``. Unknown names are left as they are."""
    if "&" not in s:
        return s
    return _ENTITY_RE.sub(_decode_entity, s)


def _decode_entity(m: re.Match[str]) -> str:
    """One complete character reference → its text; an unknown name is kept as written
    (``html.unescape`` alone would read ``&notanentity;`` as ``¬anentity;``)."""
    ref = m.group()
    if ref[1] == "#":
        return html.unescape(ref)
    return _HTML5_ENTITIES.get(ref[1:], ref)


def fix_misplaced_tanween(s: str) -> str:
    """Damma/dammatan/fatha on a word-final bare alef → tanween fath: ``مزيداُ`` → ``مزيداً`` (same length).
    See :data:`marsad.text.orthography.ORTHOGRAPHY_RULES`."""
    return apply_orthography_rules(s)


def _compose(s: str) -> str:
    if "\u0653" in s or "\u0654" in s or "\u0655" in s:
        return _COMPOSABLE_RE.sub(lambda m: ARABIC_COMPOSITIONS.get(m.group(), m.group()), s)
    return s


# --- the offset map ------------------------------------------------------------------------------


class Layer:
    """A derived string and its offset map back to the raw string it came from.

    The map is a list of segments ``k`` starting at layer offset ``_lay[k]`` and raw offset
    ``_raw[k]``: an *identity* segment maps character for character, an *edit* segment maps a raw
    range to a (possibly empty or longer) replacement. Only edits create segments, so the map is
    as small as the number of changes.

    * ``text`` — the layer string.
    * :meth:`to_raw` ``(i) -> int`` — raw offset of layer offset ``i`` (``0 ≤ i ≤ len(text)``);
      a character created by an edit maps to the start of the raw range it replaced.
    * :meth:`from_raw` ``(j) -> int`` — layer offset of raw offset ``j``; a deleted raw character maps
      to the next kept character.
    * :meth:`raw_span` ``(start, end) -> (int, int)`` — raw range covering layer ``[start, end)``,
      including marks deleted right after it (a highlight of ``محمد`` covers ``مُحَمَّدٌ``).

    Offsets outside the valid range are clamped; nothing raises.
    """

    __slots__ = ("text", "raw_len", "_lay", "_raw", "_edit")

    def __init__(self, text: str, raw_len: int, lay: list[int], raw: list[int], edit: list[bool]):
        self.text = text
        self.raw_len = raw_len
        self._lay = lay
        self._raw = raw
        self._edit = edit

    @classmethod
    def identity(cls, raw: str) -> Layer:
        """The layer of a string that needs no edit."""
        return cls(raw, len(raw), [0], [0], [False])

    @property
    def is_identity(self) -> bool:
        """True when the layer made no length-changing edit (offsets equal the raw offsets)."""
        return len(self._lay) == 1

    def to_raw(self, i: int) -> int:
        """Raw offset of layer offset ``i``."""
        if i >= len(self.text):
            return self.raw_len
        k = bisect_right(self._lay, max(i, 0)) - 1
        if self._edit[k]:
            return self._raw[k]
        return self._raw[k] + max(i, 0) - self._lay[k]

    def _raw_end(self, e: int) -> int:
        if e >= len(self.text):
            return self.raw_len
        if e <= 0:
            return self.to_raw(0)
        k = bisect_right(self._lay, e) - 1
        if self._lay[k] == e or not self._edit[k]:
            return self._raw[k] + e - self._lay[k]
        return self._raw[k + 1] if k + 1 < len(self._raw) else self.raw_len

    def from_raw(self, j: int) -> int:
        """Layer offset of raw offset ``j``."""
        if j <= 0:
            return 0
        if j >= self.raw_len:
            return len(self.text)
        k = bisect_right(self._raw, j) - 1
        if self._edit[k]:
            return self._lay[k]
        return min(self._lay[k] + j - self._raw[k], len(self.text))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the layer span ``[start, end)``."""
        if end <= start:
            r = self.to_raw(start)
            return r, r
        return self.to_raw(start), self._raw_end(end)

    def layer_span(self, start: int, end: int) -> tuple[int, int]:
        """Layer ``(start, end)`` of the raw span ``[start, end)``."""
        return self.from_raw(start), max(self.from_raw(start), self.from_raw(end))

    def __repr__(self) -> str:
        return f"Layer({self.text!r}, edits={len(self._lay) - 1})"


Edit = tuple[int, int, str]


def _elongates_after_edits(raw: str, p: int, edits: list[list]) -> bool:
    """:func:`_tatweel_elongates` for the tatweel at ``raw[p]`` judged on the display text being
    built: the nearest character before it that survives, looking past deleted controls and
    tatweels, may be the last letter of an edit's replacement (``&#1575;ـ``: the entity's ``ا``
    is elongated, so the tatweel goes, as a second pass over the display text would decide)."""
    j, k = p, len(edits) - 1
    while j > 0:
        while k >= 0 and edits[k][1] > j:
            k -= 1
        if k >= 0 and edits[k][1] == j:
            kept = edits[k][2].rstrip("".join(_DELETED_BEFORE_TATWEEL))
            if kept:
                return _TATWEEL_ELONGATES_RE.match(kept, len(kept) - 1) is not None
            j = edits[k][0]
            k -= 1
            continue
        if raw[j - 1] in _DELETED_BEFORE_TATWEEL:
            j -= 1
            continue
        return _TATWEEL_ELONGATES_RE.match(raw, j - 1) is not None
    return False


def _collect_edits(raw: str, trigger_re: re.Pattern[str], search: bool) -> list[Edit]:
    """The length-changing edits of ``raw``: ``(raw_start, raw_end, replacement)``, sorted,
    non-overlapping. Runs of deleted characters are merged into one edit."""
    delete = _SEARCH_DELETE_SET if search else _DISPLAY_DELETE_SET
    delete_run = _SEARCH_DELETE_RUN_RE if search else _DISPLAY_DELETE_RUN_RE
    edits: list[list] = []
    pos = 0
    find = trigger_re.search
    m = find(raw)
    while m is not None:
        p = m.start()
        if p < pos:
            m = find(raw, pos)
            continue
        c = raw[p]
        if c in _COMBINING_HAMZA:
            if p > pos:
                composed = ARABIC_COMPOSITIONS.get(raw[p - 1 : p + 1])
                if composed is not None:
                    edits.append([p - 1, p + 1, composed])
                    pos = p + 1
                    m = find(raw, pos)
                    continue
            elif edits and edits[-1][1] == p and edits[-1][2]:
                # the base letter came out of the previous edit (an entity): compose into it
                last = edits[-1]
                composed = ARABIC_COMPOSITIONS.get(last[2][-1] + c)
                if composed is not None:
                    last[1] = p + 1
                    last[2] = last[2][:-1] + composed
                    pos = p + 1
                    m = find(raw, pos)
                    continue
        if c == TATWEEL and not search and not (
            _elongates_after_edits(raw, p, edits) and _tatweel_joins_after(raw, p + 1)
        ):
            pos = p + 1  # a dash, kept in the display layer (the search key deletes it)
            while pos < len(raw) and raw[pos] == TATWEEL:
                pos += 1
            m = find(raw, pos)
            continue
        if c in delete:
            # display: a tatweel run and a run of controls are separate edits (then merged), so a
            # tatweel after a deleted control is judged by is_dash_tatweel as display_text does
            run = delete_run if search else (_TATWEEL_RUN_RE if c == TATWEEL else _DISPLAY_CONTROL_RUN_RE)
            q = run.match(raw, p).end()  # type: ignore[union-attr]
            if edits and edits[-1][1] == p and edits[-1][2] == "":
                edits[-1][1] = q
            else:
                edits.append([p, q, ""])
            pos = q
        elif c == "&":
            em = _ENTITY_RE.match(raw, p)
            if em is None:
                pos = p + 1
                m = find(raw, pos)
                continue
            rep = _decode_entity(em)
            rep = _compose(rep)
            rep = _SEARCH_DELETE_RE.sub("", rep) if search else _DISPLAY_DELETE_RE.sub("", rep)
            if rep != em.group():
                edits.append([p, em.end(), rep])
            pos = em.end()
        elif search and c in SEARCH_EXPANSIONS:
            edits.append([p, p + 1, SEARCH_EXPANSIONS[c]])
            pos = p + 1
        else:
            pos = p + 1  # a combining hamza kept in the display layer, a white-space control
        m = find(raw, pos)
    return [(a, b, r) for a, b, r in edits]


def _apply_edits(raw: str, edits: list[Edit]) -> Layer:
    """Apply sorted, non-overlapping ``edits`` and record the segment map."""
    if not edits:
        return Layer.identity(raw)
    pieces: list[str] = []
    lay = [0]
    rawpos = [0]
    edit = [False]
    pos = 0
    n = 0
    for a, b, rep in edits:
        if a > pos:
            pieces.append(raw[pos:a])
            n += a - pos
        if lay[-1] == n and rawpos[-1] == a:
            edit[-1] = True
        else:
            lay.append(n)
            rawpos.append(a)
            edit.append(True)
        pieces.append(rep)
        n += len(rep)
        lay.append(n)
        rawpos.append(b)
        edit.append(False)
        pos = b
    pieces.append(raw[pos:])
    return Layer("".join(pieces), len(raw), lay, rawpos, edit)


def _apply_edits_text(raw: str, edits: list[Edit]) -> str:
    """The string of :func:`_apply_edits` without the map."""
    pieces: list[str] = []
    pos = 0
    for a, b, rep in edits:
        pieces.append(raw[pos:a])
        pieces.append(rep)
        pos = b
    pieces.append(raw[pos:])
    return "".join(pieces)


def _rare_fold(m: re.Match[str]) -> str:
    return _RARE_FOLD_TABLE[ord(m.group())]  # type: ignore[return-value]


def _fold_1to1(s: str) -> str:
    """The 1:1 folds of the search key (length-preserving on layer text, where ligatures are
    already expanded; :func:`search_key` relies on the table to expand them)."""
    for a, b in _FREQUENT_FOLDS:
        s = s.replace(a, b)
    if _RARE_FOLD_RE.search(s):
        s = _RARE_FOLD_RE.sub(_rare_fold, s)
    if _CASED_RE.search(s):
        s = s.lower()
    return s


# --- layers ------------------------------------------------------------------------------------


def _needs_builder(s: str) -> bool:
    return "&" in s or "\u0653" in s or "\u0654" in s or "\u0655" in s


def _space_controls(s: str) -> str:
    """Each white-space control character (:data:`CONTROL_SPACES`) of ``s`` → a space (1:1). Seven
    substring tests (``memchr``) first: ~20× cheaper than a regex scan, and these are rare."""
    for c in CONTROL_SPACES:
        if c in s:
            return _CONTROL_SPACE_RE.sub(" ", s)
    return s


def clean_layer(raw: str) -> Layer:
    """The display layer before orthographic repairs: controls/tatweel deleted (white-space controls
    shown as spaces), entities decoded, Arabic canonical compositions applied. Used to locate
    :class:`~marsad.model.Fix` spans."""
    if not has_display_trigger(raw):
        return Layer.identity(raw)
    layer = _apply_edits(raw, _collect_edits(raw, DISPLAY_TRIGGER_RE, search=False))
    layer.text = _space_controls(layer.text)
    return layer


def display_layer(raw: str) -> Layer:
    """The display layer of ``raw`` (faithful; harakat kept) with its offset map.

    Decision on NFC: only the Arabic canonical compositions are applied (decomposed hamza and madda
    on alef/waw/yeh, as NFC does); a full NFC pass would also reorder stacked marks inside clusters
    and is not needed for Arabic news, which is almost always precomposed.
    """
    layer = clean_layer(raw)
    layer.text = apply_orthography_rules(layer.text)  # 1:1 repairs keep every offset
    return layer


def search_layer(raw: str) -> Layer:
    """The search-key layer of ``raw`` with its offset map (see the module docstring for the rules).

    ``search_layer(s).text == search_key(s)`` for every string ``s``.
    """
    if SEARCH_TRIGGER_RE.search(raw):
        layer = _apply_edits(raw, _collect_edits(raw, SEARCH_TRIGGER_RE, search=True))
    else:
        layer = Layer.identity(raw)
    layer.text = _fold_1to1(layer.text)
    return layer


def display_text(s: str) -> str:
    """Display text of ``s`` (the string of :func:`display_layer`); two regex scans for clean text."""
    if has_display_trigger(s):
        if _needs_builder(s):
            s = _apply_edits_text(s, _collect_edits(s, DISPLAY_TRIGGER_RE, search=False))
        else:
            s = _display_delete_keep_dash(s) if TATWEEL in s else _delete_display_chars(s)
        s = _space_controls(s)
    return apply_orthography_rules(s)


def search_key(s: str) -> str:
    """Search key of ``s``: display cleaning + Larkey/Lucene folding + harakat deleted + digits
    folded + Latin letters folded to their base letters and lower-cased.
    ``search_key("الإِرهاب") == search_key("الارهاب") == "الارهاب"``; ``search_key("Café") == "cafe"``."""
    if _needs_builder(s):
        s = _apply_edits_text(s, _collect_edits(s, SEARCH_TRIGGER_RE, search=True))
    elif _SEARCH_DELETE_RE.search(s):
        s = _SEARCH_DELETE_RE.sub("", s)
    # ligatures (ﻻ → لا) not expanded above are expanded by the rare-fold table
    return _fold_1to1(s)
