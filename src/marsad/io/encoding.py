"""Decode the bytes of one input into text, detecting and recording the encoding.

Order of decisions (cheapest first, the common case in a few C-level passes):

1. empty input → error ``empty``;
2. a byte-order mark (UTF-32, UTF-8, UTF-16; Unicode §23.8) decides and is stripped from the text
   (the bytes keep it); when more than ``settings.MAX_NOT_TEXT_CHAR_RATIO`` of the decoded characters
   are no text (:func:`not_text_ratio`), error ``binary``;
3. many control bytes (NUL among them): UTF-16 without a BOM when the bytes look like it
   (:func:`sniff_utf16`), else error ``binary``;
4. strict UTF-8 — the 99 % case (RFC 3629);
5. mostly valid UTF-8 with some invalid bytes → UTF-8, each invalid byte replaced by U+FFFD and a
   ``decode`` warning giving how many;
6. otherwise a single-byte Arabic code page chosen by counting Arabic letters
   (:func:`choose_arabic_codepage`: Windows-1256 vs ISO-8859-6), and, when neither yields mostly
   Arabic, charset-normalizer's guess; failing everything, UTF-8 with replacement and a warning.

charset-normalizer is not the first choice for legacy bytes because on short Arabic text it often
picks another code page (cp1125, mac_arabic, cp864); counting Arabic letters is exact for the two
encodings Arabic news actually used (Windows-1256 and ISO-8859-6).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import IO, Any, NamedTuple

from marsad import settings
from marsad.model import Problem
from marsad.text.scan import compiled_byte_count, compiled_contains_any

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

#: C0 control bytes that never occur in text (TAB, LF, VT, FF, CR and ESC excluded), NUL included.
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_ASCII_BYTES = bytes(range(128))
#: How many bytes of a ``bytes`` are :data:`CONTROL_BYTES`, compiled (:mod:`marsad._speedups.scan`), or None.
_COUNT_CONTROL = compiled_byte_count(CONTROL_BYTES)

#: High bytes of UTF-16 code units in Arabic text: ASCII (0x00), Arabic (0x06), Arabic
#: presentation forms (0xFB, 0xFE), general punctuation (0x20: ZWNJ, RLM, dashes, quotes).
_UTF16_HIGH_BYTES = frozenset((0x00, 0x06, 0x20, 0xFB, 0xFE))

#: Legacy single-byte code pages tried for Arabic, most common first (ties go to the first).
ARABIC_CODEPAGES = ("cp1256", "iso8859-6")

#: Arabic letters (U+0621–U+064A hamza … yeh, U+0671–U+06D3 alef wasla … yeh barree with hamza,
#: U+06FA–U+06FF extended letters) as a character-class body: one table for the patterns below.
_ARABIC_LETTER_RANGES = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_ARABIC_LETTERS_RE = re.compile(f"[{_ARABIC_LETTER_RANGES}]")
#: Latin letters with diacritics that cp1256 puts where ISO-8859-6 has Arabic letters (à â ç è é …),
#: and the C1 controls: their presence means the wrong code page was used.
_WRONG_CODEPAGE_RE = re.compile("[\u0080-\u009f\u00c0-\u00ff]")
_LETTERS_RE = re.compile(r"[^\W\d_]")
_SURROGATE_ESCAPES_RE = re.compile("[\udc80-\udcff]")
#: Characters that are no text in a decoded input (:func:`not_text_ratio`).
_NOT_TEXT_RE = re.compile(
    "[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd\ufffe\uffff]"
)
#: Characters of a decoded input :func:`not_text_ratio` looks at (a 64 MB UTF-16 file: its first 128 KB).
_NOT_TEXT_SAMPLE_CHARS = 1 << 16
#: Bytes of a non-UTF-8 input on which its encoding is decided.
_SAMPLE_BYTES = 1 << 16


class Decoded(NamedTuple):
    """Result of :func:`decode`, unpacks as ``(text, encoding, problems)``: ``text`` (``""`` on
    error), ``encoding`` (Python codec name as reported on :attr:`Article.encoding`, ``None`` on
    error), ``problems`` (warnings, or one error ``empty``/``binary``)."""

    text: str
    encoding: str | None
    problems: list[Problem]

    @property
    def codec(self) -> str | None:
        """The codec that re-encodes a slice of ``text`` to its source bytes (the BOM is not part
        of any slice: ``"utf-8"`` for ``"utf-8-sig"``); ``None`` on error."""
        return "utf-8" if self.encoding == "utf-8-sig" else self.encoding


def _error(code: str, message: str) -> Decoded:
    return Decoded("", None, [Problem("error", code, message)])


def control_ratio(data: bytes) -> float:
    """Share of ``data`` made of :data:`CONTROL_BYTES` (one C-level pass: a compiled count when
    :mod:`marsad._speedups.scan` is built, else ``bytes.translate``, which copies the data)."""
    if not data:
        return 0.0
    if _COUNT_CONTROL is not None and type(data) is bytes:
        return _COUNT_CONTROL(data) / len(data)
    return (len(data) - len(data.translate(None, CONTROL_BYTES))) / len(data)


def not_text_ratio(text: str) -> float:
    """Share of the first :data:`_NOT_TEXT_SAMPLE_CHARS` characters of ``text`` that are no text
    (:data:`_NOT_TEXT_RE`: U+FFFD, C0 controls other than TAB/LF/VT/FF/CR/ESC, DEL, C1 controls,
    surrogates, private use, U+FFFE/U+FFFF); 0.0 for an empty text. One regex pass in C."""
    sample = text[:_NOT_TEXT_SAMPLE_CHARS]
    if not sample:
        return 0.0
    return len(_NOT_TEXT_RE.findall(sample)) / len(sample)


def sniff_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when BOM-less ``data`` looks like UTF-16 text, else ``None``.

    In UTF-16 text of Arabic/Latin script nearly every code unit's high byte is one of
    :data:`_UTF16_HIGH_BYTES`; the high bytes are the odd bytes in LE, the even bytes in BE.
    """
    if len(data) < 2:
        return None
    sample = data[: 1 << 16]
    sample = sample[: len(sample) & ~1]
    half = len(sample) // 2
    odd, even = sample[1::2], sample[0::2]
    odd_hits = sum(odd.count(bytes((b,))) for b in _UTF16_HIGH_BYTES)
    even_hits = sum(even.count(bytes((b,))) for b in _UTF16_HIGH_BYTES)
    # Text has (almost) no U+0000: the low bytes are the other half, and in a zero-filled binary
    # (a SQLite page, a disk image) both halves are NUL (second-user finding: a SQLite store in the
    # input folder was decoded as UTF-16-BE).
    if odd_hits >= 0.95 * half and odd_hits > even_hits and even.count(0) <= 0.05 * half:
        return "utf-16-le"
    if even_hits >= 0.95 * half and even_hits > odd_hits and odd.count(0) <= 0.05 * half:
        return "utf-16-be"
    return None


def _decode_with_count(data: bytes, codec: str) -> tuple[str, int]:
    """Decode, replacing each undecodable byte by U+FFFD; return the text and how many bytes.

    ``surrogateescape`` can escape only bytes >= 0x80; where a UTF-16/UTF-32 code unit it cannot
    escape is bad (a lone surrogate made of low bytes, a code point past U+10FFFF) the whole input
    is decoded with ``replace`` instead and each bad sequence counts its code unit's bytes. Never
    raises for a UTF-16/32 ``data`` whose length is a multiple of the unit (callers cut the tail)."""
    try:
        text = data.decode(codec, "surrogateescape")
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        unit = 4 if "32" in codec else 2 if "16" in codec else 1
        return text, (text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")) * unit
    bad = len(_SURROGATE_ESCAPES_RE.findall(text))
    if bad:
        text = _SURROGATE_ESCAPES_RE.sub("\ufffd", text)
    return text, bad


#: How the warning of a UTF-16/UTF-32 input cut inside a code unit begins (:func:`_cut_units`).
CUT_UNIT_MESSAGE_START = "odd trailing byte"


def is_cut_problem(problem: Problem) -> bool:
    """True for the decoding problems that are about the END of an input cut short: a UTF-8
    character cut in two (``cut-character``) or a UTF-16/UTF-32 code unit cut in two (``decode``,
    "odd trailing byte …"). They concern only the record the cut went through, the last one
    (eighth new-user report, finding 12: they were put on record #0, a complete record)."""
    return problem.code == "cut-character" or (
        problem.code == "decode" and problem.message.startswith(CUT_UNIT_MESSAGE_START)
    )


def _cut_units(data: bytes, codec: str) -> tuple[bytes, list[Problem]]:
    """``data`` without a trailing part of a UTF-16 (2-byte) or UTF-32 (4-byte) code unit (a file
    cut short, a download stopped), and a ``decode`` warning naming the dropped bytes if any."""
    unit = 4 if "32" in codec else 2 if "16" in codec else 1
    cut = len(data) % unit
    if not cut:
        return data, []
    return data[: len(data) - cut], [
        Problem("warning", "decode", f"{CUT_UNIT_MESSAGE_START}{'s' if cut > 1 else ''} dropped from {codec} text "
                f"({cut} of a {unit}-byte code unit; raw bytes kept): it was probably cut short")
    ]


def _bad_bytes_warning(bad: int, codec: str) -> Problem:
    return Problem(
        "warning",
        "decode",
        f"{bad:,} byte(s) not valid {codec} were replaced by U+FFFD (raw bytes kept)",
    )


class _ByteClasses(NamedTuple):
    """For one single-byte codec: ``bytes.translate`` deletion tables that keep only the bytes
    decoding to an Arabic letter, to a wrong-code-page character, to any letter, or to nothing."""

    arabic: bytes
    wrong: bytes
    letters: bytes
    undefined: bytes


def _byte_classes(codec: str) -> _ByteClasses:
    keep: dict[str, list[int]] = {"arabic": [], "wrong": [], "letters": [], "undefined": []}
    for b in range(256):
        try:
            ch = bytes((b,)).decode(codec)
        except UnicodeDecodeError:
            keep["undefined"].append(b)
            continue
        if _ARABIC_LETTERS_RE.match(ch):
            keep["arabic"].append(b)
        if _WRONG_CODEPAGE_RE.match(ch):
            keep["wrong"].append(b)
        if _LETTERS_RE.match(ch):
            keep["letters"].append(b)
    return _ByteClasses(*(bytes(b for b in range(256) if b not in set(v)) for v in keep.values()))


_CODEPAGE_CLASSES = {codec: _byte_classes(codec) for codec in ARABIC_CODEPAGES}


def _count(data: bytes, delete_others: bytes) -> int:
    return len(data.translate(None, delete_others))


def choose_arabic_codepage(data: bytes) -> tuple[str, str] | None:
    """The ``(codec, text)`` among :data:`ARABIC_CODEPAGES` under which ``data`` decodes strictly
    into the most Arabic letters, each Latin-with-diacritic or C1 control counted as two mistakes;
    ``None`` when no candidate decodes or the best is not mostly Arabic
    (``settings.MIN_ARABIC_LETTER_SHARE`` of its letters). Counting is done on the bytes with
    per-codec tables (C-speed ``bytes.translate``); only the chosen codec decodes.

    Windows-1256 and ISO-8859-6 agree on most Arabic letters (0xC1–0xD6) but not above: ISO-8859-6's
    ـ ف ق ك ل م ن ه و ى ي (0xE0–0xEA) read in Windows-1256 as à ل â م ن ه و ç è é ê, and
    Windows-1256's ك (0xDF) and its letters in 0xDB–0xDF are undefined in ISO-8859-6 — so the right
    code page gives more Arabic letters and no Latin ones. Ties go to Windows-1256 (far more
    common): an ISO-8859-6 text with none of ـ ق ه و ى ي ط (rare: و alone is in almost every
    sentence) reads as Windows-1256 with other Arabic letters.
    """
    best: tuple[int, str] | None = None
    for codec, classes in _CODEPAGE_CLASSES.items():
        if _count(data, classes.undefined):
            continue
        score = _count(data, classes.arabic) - 2 * _count(data, classes.wrong)
        if best is None or score > best[0]:
            best = (score, codec)
    if best is None:
        return None
    codec = best[1]
    classes = _CODEPAGE_CLASSES[codec]
    letters = _count(data, classes.letters)
    if letters == 0 or _count(data, classes.arabic) < settings.MIN_ARABIC_LETTER_SHARE * letters:
        return None
    return codec, data.decode(codec)


def _detect_other(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best ``(codec, text)`` guess, or ``None``. When several code pages tie
    with the best (the same mess and coherence scores: short Latin text reads alike in cp1250,
    cp1252, cp1257 …), ``cp1252`` is taken if among them: the Latin page of the web (the WHATWG
    Encoding Standard reads the labels ``latin1`` and ``iso-8859-1`` as windows-1252). nu29 item 7:
    French text in Latin-1 was read as cp1257 (``Déjà`` → ``Déją``); charset-normalizer returned
    cp1250 first of five tied pages."""
    from charset_normalizer import from_bytes

    try:
        matches = from_bytes(data)
        match = matches.best()
    except Exception:  # noqa: BLE001 - a detector failure is just "no guess"
        return None
    if match is None:
        return None
    for other in matches:
        if (
            codecs.lookup(other.encoding).name == "cp1252"
            and other.chaos == match.chaos
            and other.coherence == match.coherence
        ):
            match = other
            break
    return codecs.lookup(match.encoding).name, str(match)


def decode(data: bytes) -> Decoded:
    """Decode one input's bytes; see the module docstring for the order of decisions.

    Returns a :class:`Decoded` ``(text, encoding, problems)``; never raises. Errors
    (``empty``, ``binary``) come back as one error-level :class:`~marsad.model.Problem` with
    ``text == ""``. Encodings reported: ``utf-8``, ``utf-8-sig`` (UTF-8 with BOM), ``utf-16-le``,
    ``utf-16-be``, ``utf-32-le``, ``utf-32-be``, ``cp1256``, ``iso8859-6``, or charset-normalizer's
    codec name.
    """
    if not data:
        return _error("empty", "empty input (0 bytes)")
    for bom, name, codec in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if not body:
                return _error("empty", f"empty input (only a {name} byte-order mark)")
            body, problems = _cut_units(body, codec)
            if not body:
                return _error("empty", f"empty input (only a {name} byte-order mark and {len(data) - len(bom)} stray byte(s))")
            text, bad = _decode_with_count(body, codec)
            share = not_text_ratio(text)
            # a BOM, then bytes that are no text; one odd character beside real text is damage (a
            # two-character text with one bad unit stays text), but no text character at all is not
            odd = round(share * min(len(text), _NOT_TEXT_SAMPLE_CHARS))
            if share == 1.0 or (share > settings.MAX_NOT_TEXT_CHAR_RATIO and odd >= 2):
                return _error(
                    "binary",
                    f"binary data, not text: a {codec.upper()} byte-order mark, then {len(data) - len(bom):,} "
                    f"bytes of which {share:.0%} decode to no text (undecodable units, controls, private use)",
                )
            return Decoded(text, name, ([_bad_bytes_warning(bad, codec)] if bad else []) + problems)
    if data[:_NUL_PAD_MIN] == _NUL_PAD or data[-_NUL_PAD_MIN:] == _NUL_PAD:
        return _without_nul_padding(data)
    if control_ratio(data) > settings.MAX_CONTROL_BYTE_RATIO:
        codec = sniff_utf16(data)
        if codec is None:
            return _error(
                "binary",
                f"binary data, not text: {control_ratio(data):.0%} control/NUL bytes ({len(data):,} bytes)",
            )
        body, cut = _cut_units(data, codec)
        text, bad = _decode_with_count(body, codec)
        return Decoded(text, codec, ([_bad_bytes_warning(bad, codec)] if bad else []) + cut)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            return _cut_character(data, exc.start)
    return _decode_non_utf8(data)


#: A run of at least this many NUL bytes at the start or end of an input is padding (a pre-allocated
#: or truncated download, a disk image's slack), not text: UTF-16 and UTF-32 text has at most three
#: NULs in a row (a UTF-32 code unit), so eight never cut a code unit of real text.
_NUL_PAD_MIN = 8
_NUL_PAD = b"\x00" * _NUL_PAD_MIN


def _without_nul_padding(data: bytes) -> Decoded:
    """Decode ``data`` without its leading and trailing NUL padding (:data:`_NUL_PAD_MIN` or more
    NULs), with a ``decode`` warning counting what was left out (the raw bytes are kept whole);
    ``empty`` when nothing else is left. nu29: 100 NULs before a valid ``<DOC>`` made the whole
    record ``binary`` (100 of 204 bytes were control bytes)."""
    lead = len(data) - len(data.lstrip(b"\x00")) if data[:_NUL_PAD_MIN] == _NUL_PAD else 0
    body = data[lead:]
    trail = len(body) - len(body.rstrip(b"\x00")) if body[-_NUL_PAD_MIN:] == _NUL_PAD else 0
    body = body[: len(body) - trail]
    if not body:
        return _error("empty", f"empty input (only {len(data):,} NUL bytes)")
    decoded = decode(body)
    where = " and ".join(w for w, n in (("before", lead), ("after", trail)) if n)
    note = Problem(
        "warning",
        "decode",
        f"{lead + trail:,} NUL bytes of padding {where} the text left out (raw bytes kept)",
    )
    return Decoded(decoded.text, decoded.encoding, [*decoded.problems, note]) if decoded.text else decoded


def _cut_character(data: bytes, start: int) -> Decoded:
    """UTF-8 that is valid up to ``start`` and ends with the first bytes of a multi-byte character
    (a file cut short, a download stopped): that character becomes U+FFFD, warning ``cut-character``."""
    tail = len(data) - start
    return Decoded(
        data[:start].decode("utf-8") + "\ufffd",
        "utf-8",
        [
            Problem(
                "warning",
                "cut-character",
                f"the input ends in the middle of a UTF-8 character ({tail} of its bytes present, "
                "replaced by U+FFFD; raw bytes kept): it was probably cut short",
            )
        ],
    )


def _count_bad_utf8(data: bytes) -> int:
    """How many bytes of ``data`` are not part of a valid UTF-8 sequence (C-level passes)."""
    return len(data) - len(data.decode("utf-8", "ignore").encode("utf-8"))


def _decode_non_utf8(data: bytes) -> Decoded:
    """Bytes that are not strict UTF-8: damaged UTF-8, a legacy Arabic code page, or other.

    The choice is made on the first ``_SAMPLE_BYTES`` bytes (cut back to a line end) so that a
    large legacy file costs one decode, not several.
    """
    sample = data
    if len(data) > _SAMPLE_BYTES:
        cut = data.rfind(b"\n", 0, _SAMPLE_BYTES)
        sample = data[: cut + 1 if cut > 0 else _SAMPLE_BYTES]
    bad = _count_bad_utf8(sample)
    non_ascii = len(sample.translate(None, _ASCII_BYTES))
    if bad <= settings.MAX_BAD_UTF8_SHARE * non_ascii:
        return _as_damaged_utf8(data)
    chosen = choose_arabic_codepage(sample) or _detect_other(sample)
    if chosen is None:
        return _as_damaged_utf8(data)
    codec = chosen[0]
    valid_multibyte = non_ascii - bad
    if valid_multibyte > settings.MIXED_UTF8_SHARE * non_ascii:
        text, legacy, bad_full, utf8 = _decode_mixed(data, codec, any_legacy=True)
        problems = []
        if utf8:  # else every valid run was a legacy word that is valid UTF-8 by chance: no mix
            problems.append(
                Problem(
                    "warning",
                    "decode",
                    f"mixed encodings: {utf8:,} bytes form valid UTF-8 but {legacy:,} do not; "
                    f"each word was decoded as UTF-8 when valid (and of the text's scripts), else as {codec}",
                )
            )
        if bad_full:
            problems.append(_bad_bytes_warning(bad_full, codec))
        return Decoded(text, codec, problems)
    text, bad_full = _decode_with_count(data, codec) if sample is not data else (chosen[1], 0)
    problems = [_bad_bytes_warning(bad_full, codec)] if bad_full else []
    return Decoded(text, codec, problems)


#: A word's worth of non-ASCII bytes: the unit on which a mixed input's encoding is decided.
_NON_ASCII_RUN_RE = re.compile(rb"[\x80-\xff]+")
#: What a word of invalid UTF-8 must read as in the legacy code page to be taken as such in a
#: mostly-UTF-8 input: two Arabic letters at least, with tatweel and the Arabic comma, semicolon,
#: question mark and guillemets that stick to words.
_LEGACY_WORD_RE = re.compile(
    f"(?=(?:[^{_ARABIC_LETTER_RANGES}]*[{_ARABIC_LETTER_RANGES}]){{2}})"
    f"[{_ARABIC_LETTER_RANGES}\u0640\u060c\u061b\u061f\u00ab\u00bb]+"
)


#: The script of a letter or mark is the first word of its Unicode name (``ARABIC``, ``LATIN``,
#: ``CJK``, ``HANGUL`` …); these first words name no script (``COMBINING ACUTE ACCENT``).
_NO_SCRIPT_WORDS = frozenset({"", "COMBINING", "MODIFIER", "FEMININE", "MASCULINE"})
#: Characters from here on (CJK radicals, kana, ideographs, Hangul, Yi, private use …) count as
#: a script even when they are not letters: a symbol there is not punctuation Arabic text uses.
_FAR_SCRIPT_START = 0x2E80


def _script(ch: str) -> str:
    """The script a character belongs to for :func:`_plausible_utf8`: the first word of a letter's
    or mark's Unicode name (``ARABIC``, ``LATIN``, ``CJK`` …), ``""`` for punctuation, symbols,
    digits and spaces below U+2E80 (shared by every script)."""
    import unicodedata

    if unicodedata.category(ch)[0] not in "LM" and ord(ch) < _FAR_SCRIPT_START:
        return ""
    word = unicodedata.name(ch, "").split(" ", 1)[0]
    if word in _NO_SCRIPT_WORDS:
        return "" if ord(ch) < _FAR_SCRIPT_START else "FAR"
    return word


def _plausible_utf8(word: str, scripts: set[str]) -> bool:
    """True when every character of ``word`` (a run read as UTF-8 in a mixed input) is of one of
    ``scripts`` (those of the rest of the text) or of none (:func:`_script`). A run of a legacy
    code page can be valid UTF-8 by chance — cp720's ``مستعدة`` reads ``ꫢ㧡`` (Meetei Mayek,
    CJK), twelfth new-user report —, while a real UTF-8 word pasted into such a text is in the
    text's own script (Arabic, or Latin with diacritics)."""
    return all(ord(ch) < 0x80 or _script(ch) in scripts for ch in word)


def _decode_mixed(data: bytes, codec: str, any_legacy: bool) -> tuple[str, int, int, int]:
    """Decode an input that mixes UTF-8 and the single-byte ``codec`` word by word (a run of
    non-ASCII bytes between ASCII bytes): UTF-8 when the run is valid UTF-8, else ``codec`` — for
    every run when ``any_legacy``, otherwise only when it reads as an Arabic word
    (:data:`_LEGACY_WORD_RE`); the remaining invalid bytes become U+FFFD. With ``any_legacy`` (a
    legacy text with some valid UTF-8), a valid run is read as UTF-8 only when its letters are of
    the scripts of the rest of the text (:func:`_plausible_utf8`: the ``codec`` reading of the
    invalid runs, Latin for ASCII letters), else as ``codec``. Returns ``(text, legacy_bytes,
    replaced_bytes, utf8_bytes)``. A line pasted from a Windows-1256 page into a UTF-8 file is the
    usual case (the raw bytes are kept as they are)."""
    runs = list(_NON_ASCII_RUN_RE.finditer(data))
    decoded: list[str | None] = []
    for run in runs:
        try:
            decoded.append(run.group().decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
    scripts: set[str] = set()
    if any_legacy:
        scripts = {
            _script(ch)
            for run, word in zip(runs, decoded, strict=True)
            if word is None
            for ch in run.group().decode(codec, "replace")
        }
        if re.search(rb"[A-Za-z]", data):
            scripts.add("LATIN")
        scripts.add("")
    pieces: list[str] = []
    legacy = replaced = utf8 = pos = 0
    for run, word in zip(runs, decoded, strict=True):
        pieces.append(data[pos : run.start()].decode("ascii", "replace"))
        chunk = run.group()
        if word is not None and (not any_legacy or _plausible_utf8(word, scripts)):
            pieces.append(word)
            utf8 += len(chunk)
        else:
            word = chunk.decode(codec, "replace")
            if any_legacy or _LEGACY_WORD_RE.fullmatch(word):
                pieces.append(word)
                legacy += len(chunk)
            else:
                text, bad = _decode_with_count(chunk, "utf-8")
                pieces.append(text)
                replaced += bad
        pos = run.end()
    pieces.append(data[pos:].decode("ascii", "replace"))
    return "".join(pieces), legacy, replaced, utf8


def _as_damaged_utf8(data: bytes) -> Decoded:
    """Mostly-UTF-8 bytes: words of invalid UTF-8 that read as Arabic in Windows-1256 are decoded so
    (:func:`_decode_mixed`) with a ``decode`` warning; other invalid bytes become U+FFFD with a
    ``decode`` warning giving how many."""
    text, legacy, bad, _utf8 = _decode_mixed(data, "cp1256", any_legacy=False)
    problems = []
    if legacy:
        problems.append(
            Problem(
                "warning",
                "decode",
                f"mixed encodings: {legacy:,} byte(s) not valid utf-8 read as cp1256 (raw bytes kept)",
            )
        )
    if bad:
        problems.append(_bad_bytes_warning(bad, "utf-8"))
    return Decoded(text, "utf-8", problems)


# -- double-encoded UTF-8 ("mojibake") ---------------------------------------------------------
def _cp1252_sloppy() -> tuple[dict[int, int], str]:
    """``(translate table, character class body)``: every character that Windows-1252 — or, for
    its five undefined bytes and the C1 range, ISO-8859-1 — gives for a byte 0x80–0xFF, mapped to
    the Latin-1 character of that byte (so ``.encode("latin-1")`` gives the byte back)."""
    table: dict[int, int] = {}
    for b in range(0x80, 0x100):
        table[b] = b  # Latin-1 reading (C1 controls, U+00A0–U+00FF)
        try:
            table[ord(bytes([b]).decode("cp1252"))] = b
        except UnicodeDecodeError:
            pass
    chars = "".join(sorted(map(chr, table)))
    return table, re.escape(chars)


_TO_LATIN1, _MOJIBAKE_CHARS = _cp1252_sloppy()
#: A UTF-8 lead byte read as Windows-1252/Latin-1 (Ã Â … for Latin letters, Ø Ù Ú Û for Arabic
#: U+0600–U+06FF) followed by a continuation byte (0x80–0xBF) read the same way: the mark of UTF-8
#: decoded as a single-byte code page and encoded again (Ø¨ØªÙˆÙ‚ÙŠØª for بتوقيت).
_CONTINUATION_CHARS = re.escape(
    "".join(sorted(c for c in map(chr, _TO_LATIN1) if 0x80 <= _TO_LATIN1[ord(c)] <= 0xBF))
)
_MOJIBAKE_LEADS = tuple(map(chr, range(0xC2, 0xE0)))
#: :data:`_MOJIBAKE_LEADS` looked for in one compiled pass (:mod:`marsad._speedups.scan`), or None.
_HAS_MOJIBAKE_LEAD = compiled_contains_any("".join(_MOJIBAKE_LEADS))
_MOJIBAKE_PAIR_RE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION_CHARS}]")
#: A run of characters that can each stand for one byte (a word of mojibake).
_MOJIBAKE_RUN_RE = re.compile(f"[{_MOJIBAKE_CHARS}]+")


class Mojibake(NamedTuple):
    """Result of :func:`fix_mojibake`: the repaired ``text``, ``runs`` repaired, ``chars`` of the
    input they covered, and ``whole`` (the whole text was one double encoding)."""

    text: str
    runs: int
    chars: int
    whole: bool


def fix_mojibake(text: str) -> Mojibake | None:
    """Undo UTF-8 that was decoded as Windows-1252 (or Latin-1) and encoded again, or ``None`` when
    ``text`` does not show it.

    Shown: at least ``settings.MOJIBAKE_MIN_PAIRS`` lead+continuation pairs
    (:data:`_MOJIBAKE_PAIR_RE`) making up at least ``settings.MOJIBAKE_MIN_SHARE`` of the
    characters that can stand for a byte (Latin-1 and Windows-1252 ones; Arabic letters and ASCII
    do not count, so a text half mangled is seen). Repair: the whole text mapped back to bytes (sloppy Windows-1252, see
    :func:`_cp1252_sloppy`) and decoded as strict UTF-8 when that works; else each run of such
    characters (:data:`_MOJIBAKE_RUN_RE`, a word) that decodes as strict UTF-8 to something else is
    replaced, the others are left as they are. The same repair as ftfy's ``fix_encoding`` for this
    case (measured side by side in ``docs/io.md``), in two C-level passes for a clean text.
    """
    # one compiled pass, or one scan per lead (30 on a clean article, ~8 µs)
    if _HAS_MOJIBAKE_LEAD is not None:
        if not _HAS_MOJIBAKE_LEAD(text):
            return None
    elif not any(lead in text for lead in _MOJIBAKE_LEADS):
        return None
    pairs = len(_MOJIBAKE_PAIR_RE.findall(text))
    if pairs < settings.MOJIBAKE_MIN_PAIRS:
        return None
    latin = sum(len(run) for run in _MOJIBAKE_RUN_RE.findall(text))
    if 2 * pairs < settings.MOJIBAKE_MIN_SHARE * latin:
        return None
    try:
        fixed = text.translate(_TO_LATIN1).encode("latin-1").decode("utf-8")
        return Mojibake(fixed, 1, len(text), True)
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    runs = chars = 0

    def repair(m: re.Match[str]) -> str:
        nonlocal runs, chars
        word = m.group()
        try:
            out = word.translate(_TO_LATIN1).encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return word
        if out != word:
            runs += 1
            chars += len(word)
        return out

    fixed = _MOJIBAKE_RUN_RE.sub(repair, text)
    return Mojibake(fixed, runs, chars, False) if runs else None


def mojibake_problem(fix: Mojibake) -> Problem:
    """The ``mojibake-repaired`` warning for a :func:`fix_mojibake` result."""
    how = "the whole text" if fix.whole else f"{fix.runs:,} word(s), {fix.chars:,} characters"
    return Problem(
        "warning",
        "mojibake-repaired",
        f"double-encoded UTF-8 (decoded as Windows-1252/Latin-1 and encoded again) repaired in {how}; "
        "raw bytes kept as they are",
    )


# -- line breaks other than LF and CRLF (fresh-user report 3, finding 5) -----------------------
#: Line breaks that Unicode (UAX #14 classes BK/CR/NL, and ``str.splitlines``) recognises but the
#: layout rules, written for ``\n``, do not: a CR not followed by LF (classic Mac OS files), NEL
#: U+0085 (EBCDIC conversions), LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029 (text scraped
#: through JavaScript, Word exports). Each is one character and becomes one ``\n``, so every offset
#: and length is unchanged.
OTHER_LINE_BREAKS_RE = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_OTHER_LINE_BREAK_CHARS = ("\r", "\x85", "\u2028", "\u2029")
_LINE_BREAK_NAMES = {"\r": "CR", "\x85": "NEL U+0085", "\u2028": "U+2028", "\u2029": "U+2029"}


def unify_line_breaks(text: str) -> tuple[str, Problem | None]:
    """``text`` with every lone CR, NEL, U+2028 and U+2029 replaced by ``\\n`` (one character for
    one: spans and offsets hold), and a ``line-breaks`` warning naming what was replaced (``None``
    when nothing was). CRLF is left as it is (the layout rules read it already). Cost on text
    without them: four C-level substring tests."""
    if not any(ch in text for ch in _OTHER_LINE_BREAK_CHARS):
        return text, None
    found: dict[str, int] = {}

    def count(match: re.Match[str]) -> str:
        found[match.group()] = found.get(match.group(), 0) + 1
        return "\n"

    unified = OTHER_LINE_BREAKS_RE.sub(count, text)
    if not found:
        return text, None
    what = ", ".join(f"{n:,} {_LINE_BREAK_NAMES[ch]}" for ch, n in found.items())
    return unified, Problem(
        "warning", "line-breaks", f"line breaks other than LF/CRLF ({what}) read as line feeds (raw kept)"
    )


# -- JSON Lines streams in other encodings (fresh-user report 3, finding 4) ---------------------
#: At most this many bytes of a JSON Lines stream's first line decide its encoding (as for a whole file).
STREAM_SNIFF_BYTES = _SAMPLE_BYTES


def stream_codec(head: bytes) -> tuple[str, str] | None:
    """``(encoding, codec)`` of a line-by-line stream whose first bytes are ``head``, or ``None``
    when it is UTF-8 (with or without BOM; also damaged, mixed or undecidable input, which the
    UTF-8 line reader handles with U+FFFD and a ``decode`` warning).

    The same decisions as :func:`decode` on the head: a BOM (UTF-16/32), UTF-16 without a BOM
    (:func:`sniff_utf16`), strict UTF-8, else a legacy Arabic code page (Windows-1256,
    ISO-8859-6; :func:`choose_arabic_codepage`). RFC 8259 §8.1 requires UTF-8 for JSON exchanged
    between systems, but PowerShell writes UTF-16 with a BOM and older Arabic tools Windows-1256.
    """
    if not head or head.startswith(codecs.BOM_UTF8):
        return None
    for bom, name, codec in BOMS:
        if head.startswith(bom):
            return name, codec
    if control_ratio(head) > settings.MAX_CONTROL_BYTE_RATIO:
        codec = sniff_utf16(head)
        return (codec, codec) if codec is not None else None
    cut = head.rfind(b"\n")
    sample = head[: cut + 1] if cut > 0 else head
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    decoded = _decode_non_utf8(sample)
    if decoded.encoding is None or decoded.codec is None or decoded.encoding.startswith("utf-8"):
        return None
    if any(p.message.startswith("mixed encodings") for p in decoded.problems):
        return None
    return decoded.encoding, decoded.codec


class PrefixedStream(io.RawIOBase):
    """A readable binary stream giving ``head`` and then the rest of ``rest`` (a stream that
    cannot seek back, such as a gzip or zip member, after its first bytes were read to sniff the
    encoding). Wrap it in :class:`io.BufferedReader` for ``readline``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._pos = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._pos < len(self._head):
            n = min(len(view), len(self._head) - self._pos)
            view[:n] = self._head[self._pos : self._pos + n]
            self._pos += n
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def iter_decoded_lines(
    stream: IO[bytes], codec: str, limit: int, endless: bool = False
) -> Iterator[tuple[str, bytes, list[Problem]]]:
    """``(text, bytes, problems)`` of each ``\\n``-terminated line of a byte ``stream`` in ``codec``
    (UTF-16/32, a code page), line ends removed; ``bytes`` is the line re-encoded in ``codec``
    (the source's bytes: these codecs round-trip, BOM included on the first line), ``text`` without
    the BOM. Only ``\\n`` ends a line (a raw U+2028 is legal inside a JSON string). Undecodable
    bytes become U+FFFD with a ``decode`` warning; a line over ``limit`` characters yields ``""``
    with a ``too-large`` error, like the UTF-8 line reader (the last line when ``endless``: a pipe
    or device whose line may never end, see :data:`marsad.io.sources.ENDLESS_LINE_NOTE`)."""
    reader = io.TextIOWrapper(
        stream if isinstance(stream, io.BufferedIOBase) else io.BufferedReader(stream),  # type: ignore[arg-type]
        encoding=codec,
        errors="replace",
        newline="\n",
    )
    first = True
    while True:
        line = reader.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            size = len(line)
            if endless:
                from marsad.io.sources import ENDLESS_LINE_NOTE

                message = f"JSON line of more than {limit:,} characters, over the limit of {limit:,}; not read"
                yield "", b"", [Problem("error", "too-large", message + ENDLESS_LINE_NOTE)]
                return
            while True:
                chunk = reader.readline(limit)
                size += len(chunk)
                if not chunk or chunk.endswith("\n"):
                    break
            message = f"JSON line of {size:,} characters, over the limit of {limit:,}; not read"
            yield "", b"", [Problem("error", "too-large", message)]
            first = False
            continue
        line = line.rstrip("\r\n")
        raw = line.encode(codec, "replace")
        if first:
            line = line.lstrip("\ufeff")
            first = False
        problems = []
        if "\ufffd" in line:
            bad = line.count("\ufffd")
            problems.append(
                Problem(
                    "warning", "decode", f"{bad:,} character(s) not valid {codec} were replaced by U+FFFD"
                )
            )
        yield line, raw, problems


class FirstLineAgain:
    """A ``readline`` source that gives ``first`` (a line already read from ``rest`` to sniff the
    encoding) and then ``rest.readline`` again: the UTF-8 line reader reads on from where the
    sniffing stopped, one line at a time (nothing buffered ahead)."""

    def __init__(self, first: bytes, rest: IO[bytes]) -> None:
        self._first: bytes | None = first
        self._rest = rest

    def readline(self, size: int = -1) -> bytes:
        if self._first is not None:
            line, self._first = self._first, None
            return line
        return self._rest.readline(size)
