"""Sentence boundaries in Arabic news text, over raw character offsets.

:func:`split_sentences` ``(text, start, end) -> [(s, e), …]`` splits one block (a paragraph) of the
raw text. A block end always ends a sentence; so does a blank line inside a block. Inside a block a
boundary is placed after a sentence-final mark — ``.`` ``!`` ``?`` ``؟`` and runs such as ``!!``,
``؟!``, ``?!`` — followed by closing quotes/brackets and whitespace (or ``؟``/``!`` glued to the next
Arabic word). The Arabic comma ``،``, semicolon ``؛`` and the colon ``:`` never split, so a cue verb
and the quotation it introduces (``وقال المتحدث: "لا تعليق".``) stay one sentence.

A candidate mark does **not** split when (each rule is data below):

* it is inside a quotation or brackets (``"…"``, ``“…”``, ``«…»``, ``(…)``, ``[…]``) that is still open
  after it — unless the quotation closes right after the mark (``"…." وأضاف`` splits after the
  closing quote) and the next word is not a bare attribution verb (``"…." قال الوزير`` does not);
  quote marks are paired by context (opening after a space, closing before one), unmatched marks
  protect nothing, and a pair longer than :data:`marsad.settings.MAX_QUOTED_SENTENCE_CHARS` is
  treated as a pairing error;
* it is an ellipsis (``..``, ``...``, ``…``) after fewer than
  :data:`marsad.settings.ELLIPSIS_SPLIT_MIN_WORDS` words of the sentence: Arabic news uses it as a
  pause (``اليمن.. الحوثيون`` in titles, ``إن ما تقوله وما تفعله... في الواقع``), and informal
  text as a clause separator after longer runs; an ellipsis closing a quotation always splits;
* ``.`` follows an abbreviation (:data:`ABBREVIATIONS`; but a date marker right after a number,
  ``1436 هـ.``, ``2013 م.``, ends the sentence: :data:`DATE_MARKERS`), a single letter (``د.``
  ``م.`` ``أ.`` ``ص.`` ``ز.``, ``J.``), a Latin letter name used as an initial (``جون إم. تشو``),
  dotted initials (``ق.م``, ``U.S``, ``أ.د``), or a list number (``1.`` opening the sentence, after
  a colon, or followed by ``2.`` within one item; then ``2.``, ``3.`` … of the same list);
* the next character is ``،`` ``,`` ``؛`` ``;`` ``:`` or a closing bracket, or — after ``.`` — a
  lower-case Latin letter;
* ``؟``/``?`` is followed by a word continuing an alternative question (``أم``, ``أو``).

Decimals (``3.5``), times (``10.30``), URLs and e-mail addresses never match: a candidate needs
whitespace after it. One exception: a ``.`` glued to a verb of saying joined by ``و``/``ف``
(:data:`GLUED_SAYING_VERBS`) after an Arabic word of three letters or more that is no abbreviation
ends the sentence (``تعسفية.وقال:``, a missing space; :func:`_glued_sentence_start`). Spans are trimmed of whitespace and BiDi controls and are never empty.

Evaluation (``bench/sentences.py``, figures in ``docs/benchmarks/text.md``): UD Arabic-PUD
(Zeman et al., CoNLL 2017 shared task; 1,000 sentences joined ten at a time) and a hand-written
set of news cases, side by side with ICU's ``BreakIterator`` (UAX #29) and pysbd.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from marsad import settings
from marsad.text.normalize import BIDI_CONTROLS
from marsad.text.scan import char_positions, char_positions_two, compiled_strip_span

# --- rule tables -------------------------------------------------------------------------------

#: Words written before ``.`` that do not end a sentence (tatweel removed, without the final dot).
#: Arabic: titles and dotted abbreviations of news style (د. دكتور, م. مهندس, أ. أستاذ, ص. صفحة or
#: صندوق, ق.م قبل الميلاد, أ.د أستاذ دكتور, ص.ب صندوق بريد, ش.م.م شركة مساهمة, ج.م.ع); any single
#: letter and any dotted initials are also covered by rule. Latin: English titles, months, corporate
#: and reference abbreviations as in the Punkt/pysbd English lists.
# fmt: off
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Arabic
        "د", "م", "أ", "ا", "ص", "ق", "ج", "ت", "ه", "ش", "س", "ع", "ك", "ط", "ف", "ب", "ح", "ن",
        "ق.م", "ب.م", "أ.د", "ا.د", "د.م", "ص.ب", "ش.م.م", "ش.م.ع", "ج.م.ع", "م.م", "ت.ب",
        # Latin
        "Dr", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Prof", "St", "Jr", "Sr", "Rev", "Gen", "Col", "Lt",
        "Sgt", "Capt", "Cmdr", "Gov", "Sen", "Rep", "Pres", "Inc", "Ltd", "Co", "Corp", "Bros",
        "vs", "v", "No", "no", "Nos", "Vol", "vol", "pp", "p", "Fig", "fig", "ca", "approx",
        "e.g", "i.e", "cf", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Mt", "Ave", "Blvd", "Dept", "Univ", "Ph.D", "U.S", "U.K", "U.N",
    }
)
#: Calendar and clock markers written after a number (م ميلادي / مساءً, هـ هجري, ص صباحاً, ق.م, ب.م):
#: after a number their ``.`` ends the sentence (SaudiNewsNet/ANT: ``1436 هـ. وأوضح``, ``2013م. وكشف``),
#: while before a name the same letters are titles (``م. عادل``, ``د. خالد``).
DATE_MARKERS: frozenset[str] = frozenset({"م", "ه", "ص", "ق.م", "ب.م"})
#: Latin letter names written in Arabic, used as initials in transliterated names
#: (``جون إم. تشو``, ``إتش. إس. بي. سي``, ``وليام بي. هوبي``): a ``.`` after them is not a boundary.
TRANSLITERATED_INITIALS: frozenset[str] = frozenset(
    {
        "إيه", "ايه", "بي", "سي", "دي", "إي", "اي", "إف", "اف", "جي", "إتش", "اتش", "آي", "جيه",
        "كيه", "كاي", "إل", "ال", "إم", "ام", "إن", "أو", "كيو", "آر", "ار", "إس", "اس", "تي", "يو",
        "في", "دبليو", "إكس", "اكس", "واي", "زد", "زي",
    }
)
#: Words that, right after ``؟``/``?``, continue an alternative question (``هل …؟ أم …؟``).
QUESTION_CONTINUATIONS: frozenset[str] = frozenset({"أم", "ام", "أو", "او", "or"})
#: Bare (no ``و``/``ف``) attribution words that, right after a quotation closed by its own final
#: mark, make the attribution part of the same sentence (``"…." قال الوزير``).
QUOTE_ATTRIBUTIONS: frozenset[str] = frozenset(
    {
        "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "يضيف", "تضيف", "تابع", "تابعت",
        "أكد", "أكدت", "يؤكد", "تؤكد", "أوضح", "أوضحت", "صرح", "صرحت", "ذكر", "ذكرت",
        "أشار", "أشارت", "كتب", "كتبت", "حسب", "بحسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً",
        "said", "says", "according",
    }
)
# fmt: on
#: Characters after which (as next non-space character) a candidate never splits.
NO_SPLIT_BEFORE = frozenset("،,؛;:)]}»")

#: Quote and bracket marks: ``"``-like marks are paired by context, the others are directional.
_DOUBLE_QUOTES = '"“”„'
_OPENERS = {"«": "«", "(": "(", "[": "["}
_CLOSERS = {"»": "«", ")": "(", "]": "["}
_OPEN_CONTEXT = set("([{«:،,؛\u200f\u200e")
_CLOSE_CONTEXT = set(".,،؛;:!?؟)]}»…")

#: Whitespace and invisible format characters trimmed from sentence edges.
TRIM_CHARS = (
    " \t\n\r\x0b\x0c\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d" + BIDI_CONTROLS
)

# --- compiled patterns -------------------------------------------------------------------------

#: A candidate boundary: final marks, optional closers, then whitespace/end; or closers glued to the
#: next Arabic word (a missing space: ``أوتركيا.»وتابع``); or ``؟``/``!`` glued to the next Arabic word.
CANDIDATE_RE = re.compile(
    r"(?P<term>[.!?؟…]+)(?:(?P<close>[\"“”»’')\]\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]*)"
    r"(?=\s|$)|(?P<closeglued>[”»)\]]+)(?=[\u0621-\u064a])|(?P<glued>)(?=[\u0621-\u064a]))"
)
#: Blank line inside a block: a hard paragraph break.
BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v\u00a0\u200e\u200f]*\n")
_BRACKET_CHARS = '"“”„«»()[]'
_TERMINATOR_CHARS = ".!?؟…"
#: The token right before a mark (back to whitespace or an opening quote/bracket).
_PREV_TOKEN_RE = re.compile(r"[^\s\"“”«(\[]{1,24}$")
_NEXT_WORD_RE = re.compile(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]*([^\s\u200e\u200f])(\w*)")
_DOTTED_INITIALS_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_LIST_NUMBER_RE = re.compile(r"\(?\d{1,3}\)?")
#: How far after ``n.`` the next list number ``n+1.`` is looked for (one list item).
_LIST_LOOKAHEAD_CHARS = 200
_ELLIPSIS_CHARS = frozenset(".…")


def _within(positions: list[int], start: int, end: int) -> list[int]:
    """The sorted ``positions`` inside ``[start, end)``."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def _candidates(text: str, start: int, end: int, terms: list[int] | None = None) -> list[re.Match[str]]:
    """Matches of :data:`CANDIDATE_RE` in ``text[start:end]``, as ``finditer`` would give them
    (``terms``: the positions of final marks in the range, when already known)."""
    out = []
    last = start
    if terms is None:
        terms = char_positions(text, _TERMINATOR_CHARS, start, end)
    for p in terms:
        if p < last:
            continue
        m = CANDIDATE_RE.match(text, p, end)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _quote_intervals(
    text: str, start: int, end: int, brackets: list[int] | None = None
) -> tuple[list[int], list[int]]:
    """Top-level paired quotation/bracket intervals ``(open_pos, close_pos)`` in ``[start, end)``,
    as two sorted lists (opens, closes). Unmatched marks are dropped; pairs are nested properly.
    ``brackets``: the positions of quote/bracket marks in the range, when already known."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    if brackets is None:
        brackets = char_positions(text, _BRACKET_CHARS, start, end)
    for i in brackets:
        c = text[i]
        if c in _DOUBLE_QUOTES:
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            opens = prev.isspace() or prev in _OPEN_CONTEXT
            closes = nxt.isspace() or nxt in _CLOSE_CONTEXT
            if opens and not closes:
                kind = "open"
            elif closes and not opens:
                kind = "close"
            else:  # both or neither: close a double quote left open (asked only here)
                kind = "close" if '"' in [f for f, _ in stack] else "open"
            if kind == "open":
                stack.append(('"', i))
                continue
            family = '"'
        elif c in _OPENERS:
            stack.append((_OPENERS[c], i))
            continue
        else:
            family = _CLOSERS[c]
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == family:
                pairs.append((stack[k][1], i))
                del stack[k:]
                break
    if not pairs:
        return [], []
    limit = settings.MAX_QUOTED_SENTENCE_CHARS
    pairs.sort()
    opens: list[int] = []
    closes: list[int] = []
    for o, c in pairs:
        if c - o > limit:
            continue
        if closes and o < closes[-1]:
            continue  # nested inside the previous top-level pair
        opens.append(o)
        closes.append(c)
    return opens, closes


def _next_item_follows(text: str, pos: int, number: int) -> bool:
    """True when ``number.`` (after whitespace) occurs within one list item after ``pos``."""
    needle = f"{number}."
    end = min(len(text), pos + _LIST_LOOKAHEAD_CHARS)
    i = text.find(needle, pos, end)
    while i > 0:
        if text[i - 1].isspace():
            return True
        i = text.find(needle, i + 1, end)
    return False


def _dot_kind(text: str, seg_start: int, t0: int, sent_start: int, list_no: int) -> tuple[str, int]:
    """What the ``.`` at ``t0`` ends: ``("abbrev", 0)`` for an abbreviation or initials,
    ``("list", n)`` for a list number ``n`` (opening the sentence, after a colon, followed by
    ``n+1.`` within one item, or the next number of a running list: ``المطالب: 1. … 2. …``),
    ``("end", 0)`` otherwise."""
    m = _PREV_TOKEN_RE.search(text, max(seg_start, t0 - 24), t0)
    if m is None:
        return "end", 0
    tok = m.group().replace("\u0640", "")
    if not tok:
        return "end", 0
    if tok in DATE_MARKERS:
        before = text[max(seg_start, m.start() - 8) : m.start()].rstrip()
        if before and before[-1].isdigit():
            return "end", 0  # '1436 هـ.', '2013 م.': a date ends here, not a title before a name
    if tok in ABBREVIATIONS or tok in TRANSLITERATED_INITIALS or (len(tok) == 1 and tok.isalpha()):
        return "abbrev", 0
    if "." in tok and _DOTTED_INITIALS_RE.fullmatch(tok):
        return "abbrev", 0
    if tok[-1].isdigit() and _LIST_NUMBER_RE.fullmatch(tok):
        number = int(tok.strip("()"))
        before = text[sent_start : m.start()].rstrip(TRIM_CHARS)
        if not before or before[-1] in ":：":
            return "list", number
        if list_no and number == list_no + 1:
            return "list", number
        if number < 100 and _next_item_follows(text, t0, number + 1):
            return "list", number  # '… الرجال 1. هولندا 2. بلجيكا': the next item follows
    return "end", 0


#: Verbs of saying that open a sentence after ``و``/``ف`` (past and present, masculine and feminine):
#: a ``.`` glued to one of them (``أن كل قرارات الحكومة تعسفية.وقال:``, a missing space) ends the
#: sentence before it (step 41a of docs/quotes.md; otherwise the attribution was read into the
#: sentence before and its subject taken from there).
GLUED_SAYING_VERBS: frozenset[str] = frozenset(
    p + v
    for p in ("و", "ف")
    for v in """قال قالت أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت تابع تابعت ذكر ذكرت صرح صرحت
    لفت لفتت شدد شددت اعتبر اعتبرت أعلن أعلنت كشف كشفت نفى نفت أفاد أفادت بين بينت يقول تقول
    يضيف تضيف يؤكد تؤكد يرى ترى رأى رأت""".split()
)
_ARABIC_WORD_BEFORE_RE = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]{3,}$")
_ARABIC_WORD_AFTER_RE = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
_MARKS_RE = re.compile(r"[\u0640\u064b-\u0652]")


def _glued_sentence_start(text: str, seg_start: int, t0: int, after: int, end: int) -> bool:
    """True when the ``.`` at ``t0`` glued to the next word (no space) still ends a sentence: the word
    before it is Arabic of three letters or more that is no abbreviation (:func:`_dot_kind`: not
    ``د.``, not dotted initials) and the word after it is a verb of saying joined by ``و``/``ف``
    (:data:`GLUED_SAYING_VERBS`), followed by a space, a colon or a comma. Numbers (``3.5``), URLs and
    domains (``العربية.نت``, ``www.site.com``) keep their dot: their next word is none of these verbs."""
    if not _ARABIC_WORD_BEFORE_RE.search(text, max(seg_start, t0 - 24), t0):
        return False
    m = _ARABIC_WORD_AFTER_RE.match(text, after, end)
    if m is None or _MARKS_RE.sub("", m.group()) not in GLUED_SAYING_VERBS:
        return False
    nxt = text[m.end() : m.end() + 1]
    if nxt and not (nxt.isspace() or nxt in ":،,"):
        return False
    return _dot_kind(text, seg_start, t0, seg_start, 0)[0] == "end"


def glued_next(m: re.Match[str]) -> bool:
    """True when the candidate is glued to the next word (no whitespace after it)."""
    return m.group("glued") is not None


def _boundaries(
    text: str,
    start: int,
    end: int,
    terms: list[int] | None = None,
    brackets: list[int] | None = None,
) -> list[int]:
    """Raw offsets (exclusive ends) where sentences end inside ``[start, end)``."""
    cuts: list[int] = []
    opens: list[int] | None = None
    closes: list[int] = []
    sent_start = start
    list_no = 0
    for m in _candidates(text, start, end, terms):
        term = m.group("term")
        if m.group("glued") is not None and "!" not in term and "?" not in term and "؟" not in term:
            if term != "." or not _glued_sentence_start(text, start, m.start(), m.end(), end):
                continue  # '.' glued to a word: العربية.نت, not a boundary
        t0 = m.start()
        after = m.end()
        nm = _NEXT_WORD_RE.match(text, after, end)
        if nm is None:
            continue  # nothing follows: the block end closes the sentence
        if opens is None:
            opens, closes = _quote_intervals(
                text, start, end, None if brackets is None else _within(brackets, start, end)
            )
        # quotation / bracket protection: the top-level pair containing the mark
        closed_quote = False
        if opens:
            k = bisect_right(opens, t0 - 1) - 1
            if k >= 0 and closes[k] > t0:
                if closes[k] >= after:
                    continue  # still inside an open quotation
                closed_quote = True
        if _ELLIPSIS_CHARS.issuperset(term) and (len(term) > 1 or term == "…"):
            if not closed_quote and (
                len(text[sent_start:t0].split()) < settings.ELLIPSIS_SPLIT_MIN_WORDS or glued_next(m)
            ):
                continue  # ellipsis as a pause
        elif term == ".":
            kind, value = _dot_kind(text, start, t0, sent_start, list_no)
            if kind == "abbrev":
                continue
            if kind == "list":
                list_no = value
                continue
        nc = nm.group(1)
        word = nc + nm.group(2)
        if nc in NO_SPLIT_BEFORE:
            continue
        if term == "." and nc.isalpha() and nc.islower() and nc < "\u0250":
            continue
        if ("؟" in term or "?" in term) and word in QUESTION_CONTINUATIONS:
            continue
        if closed_quote and word in QUOTE_ATTRIBUTIONS:
            continue
        cuts.append(after)
        sent_start = after
    return cuts


#: Compiled :func:`_trimmed` (:data:`TRIM_CHARS`), or ``None``.
_STRIP_TRIM = compiled_strip_span(TRIM_CHARS)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    if _STRIP_TRIM is not None and 0 <= s:
        return _STRIP_TRIM(text, s, e)
    seg = text[s:e]
    stripped = seg.lstrip(TRIM_CHARS)
    if not stripped:
        return None
    s2 = s + len(seg) - len(stripped)
    e2 = s2 + len(stripped.rstrip(TRIM_CHARS))
    return s2, e2


def _split_range(
    text: str, start: int, end: int, terms: list[int] | None, brackets: list[int] | None
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pieces: list[tuple[int, int]] = []
    pos = start
    if text.find("\n", start, end) >= 0:
        for bm in BLANK_LINE_RE.finditer(text, start, end):
            pieces.append((pos, bm.start()))
            pos = bm.end()
    pieces.append((pos, end))
    for ps, pe in pieces:
        s = ps
        piece_terms = None if terms is None else _within(terms, ps, pe)
        for cut in _boundaries(text, ps, pe, piece_terms, brackets):
            span = _trimmed(text, s, cut)
            if span:
                out.append(span)
            s = cut
        span = _trimmed(text, s, pe)
        if span:
            out.append(span)
    return out


#: Where an over-long sentence is cut, in order of preference: after a semicolon, after a comma,
#: at white space (``settings.SENTENCE_MAX_CHARS``; third new-user report, finding 17).
LONG_SENTENCE_CUT_MARKS = (("؛", ";"), ("،", ","), (" ", "\n", "\xa0", "\t"))


def _cut_long(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every sentence longer than ``settings.SENTENCE_MAX_CHARS`` cut into pieces of
    at most that length: after the last :data:`LONG_SENTENCE_CUT_MARKS` mark in the second half of
    the window (a mark kind is tried in the whole window before the next kind), else at the limit.
    Called only for blocks longer than the limit."""
    limit = settings.SENTENCE_MAX_CHARS
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > limit:
            lo, hi = s + limit // 2, s + limit
            cut = -1
            for marks in LONG_SENTENCE_CUT_MARKS:
                cut = max(text.rfind(mark, lo, hi) for mark in marks)
                if cut >= 0:
                    cut += 1
                    break
            if cut < 0:
                cut = hi
            span = _trimmed(text, s, cut)
            if span:
                out.append(span)
            s = cut
        span = _trimmed(text, s, e)
        if span:
            out.append(span)
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of the block ``text[start:end]`` as raw ``(s, e)`` offsets (trimmed, non-empty,
    in order, inside ``[start, end)``; none longer than ``settings.SENTENCE_MAX_CHARS``). Never
    raises for any string; out-of-range bounds are clamped."""
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    spans = _split_range(text, start, end, None, None)
    return _cut_long(text, spans) if end - start > settings.SENTENCE_MAX_CHARS else spans


def split_blocks(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """:func:`split_sentences` of each ``(start, end)`` block of one text, sharing one scan for
    final marks and quote marks over the whole text (several blocks of one article: the per-block
    scans dominate the cost). Returns one list of sentence spans per block, in the given order."""
    if not spans:
        return []
    n = len(text)
    lo = min([s for s, _ in spans])  # lists, not generators: ~2 k instructions less a call
    hi = max([e for _, e in spans])
    lo = lo if lo > 0 else 0
    hi = hi if hi < n else n
    terms, brackets = char_positions_two(text, _TERMINATOR_CHARS, _BRACKET_CHARS, lo, hi)
    out = []
    for start, end in spans:
        # clamped as max(0, min(end, n)) and max(0, min(start, end)), without four builtin calls
        if end > n:
            end = n
        if end < 0:
            end = 0
        if start > end:
            start = end
        if start < 0:
            start = 0
        block_terms = _within(terms, start, end)
        if (not block_terms or block_terms[0] == end - len(block_terms)) and text.find("\n", start, end) < 0:
            # No final mark, or only one run of them closing the block (``… الجمعة.``, ``…؟!``;
            # 78 % of ANT's blocks): no candidate has a word after it, so the block is one
            # sentence — what _split_range finds, without trying the candidate there.
            span = _trimmed(text, start, end)
            found = [span] if span else []
        else:
            found = _split_range(text, start, end, block_terms, brackets)
        out.append(_cut_long(text, found) if end - start > settings.SENTENCE_MAX_CHARS else found)
    return out
