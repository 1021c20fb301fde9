"""Quotation marks: find the quoted spans of a paragraph, nested and unbalanced ones included.

Arabic news writes ``"…"`` (most often), ``“…”``, ``«…»`` and rarely ``'…'``; the straight mark is the
same character for opening and closing, and sources mix the curly ones in both directions, so a mark's
role is read from its context: a mark *opens* after a space, the start of the paragraph, an opening
punctuation (``: ( ،``) or a one-letter proclitic (``و"``, ``لـ"داعش"``) and before a letter; it
*closes* before a space, punctuation or the end. Marks of one family (straight/curly double, guillemets,
single) pair through a stack, so a nested pair closes first: in the seed's
``قائلا: "بلا شك، … ما يسمى "الجيش السوري الحر".`` the inner ``"الجيش السوري الحر"`` pairs and the
outer quote stays open; :func:`find_marked_spans` reports it as ``closed=False`` with ``merged_end``
set to the last closing mark (the two closing marks merged into one), and the caller decides whether it
continues in the next paragraph (which then opens with a mark) or ends there.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import partial

from marsad import _speedups
from marsad.text.scan import char_positions, compiled_char_positions

#: Quotation-mark families: marks of one family pair with each other only.
#: ``〝…〞`` (CJK double prime marks, pasted from East Asian fonts) are double marks; ``‹…›`` single
#: guillemets (French typography, either direction) a family of their own (fifth new-user report,
#: finding 11: they were read as text, the quote as indirect speech running past them).
MARK_FAMILY = {
    '"': "d", "“": "d", "”": "d", "„": "d", "″": "d", "〝": "d", "〞": "d", "〟": "d",
    "«": "g", "»": "g", "‹": "a", "›": "a", "'": "s", "‘": "s", "’": "s",
}  # fmt: skip

MARK_RE = re.compile(r"[\"“”„″〝〞〟«»‹›'‘’]")
#: The characters :data:`MARK_RE` matches (one each), for the compiled character scan.
_MARK_CHARS = "\"“”„″〝〞〟«»‹›'‘’"
#: Their compiled scan (``None``: :func:`marsad.text.scan.char_positions` is used).
_MARK_POSITIONS = compiled_char_positions(_MARK_CHARS)
#: Characters after which a mark opens (besides whitespace and the paragraph start).
_OPEN_BEFORE = set("(:،,؛;-–—[ـ/")
#: One-letter proclitics that may stand glued before an opening mark (``و"``, ``ب"``, ``ل"``).
_CLITIC_LETTERS = set("وفبلك")
#: Characters before which a mark closes (besides whitespace and the paragraph end).
_CLOSE_AFTER = set(".,،؛;:!؟?)]-–—…")


@dataclass(slots=True)
class MarkedSpan:
    """A quoted span inside one paragraph string (offsets local to that string).

    ``open``/``close``: positions of the marks (``close`` is ``None`` when unclosed); ``start``/``end``:
    the content between them; ``depth``: 0 for top level; ``children``: nested spans.
    ``merged_end``: for an unclosed span, the position of the last closing mark after it, whose mark
    also closes this span when the paragraph does not continue it.
    """

    open: int
    close: int | None
    start: int
    end: int
    family: str
    depth: int = 0
    children: list[MarkedSpan] = field(default_factory=list)
    merged_end: int | None = None

    @property
    def closed(self) -> bool:
        return self.close is not None


def _role(text: str, i: int, width: int = 1) -> str:
    """``"open"``, ``"close"`` or ``"?"`` for the mark at ``text[i]`` (``width`` characters: 2 for a
    doubled apostrophe, :func:`find_marked_spans_python`) from the characters around it."""
    n = len(text)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < n else " "
    before_open = prev.isspace() or prev in _OPEN_BEFORE or (
        prev in _CLITIC_LETTERS and (i < 2 or text[i - 2].isspace() or text[i - 2] in _OPEN_BEFORE)
    )
    after_close = nxt.isspace() or nxt in _CLOSE_AFTER or nxt in MARK_FAMILY or i + width >= n
    if before_open and not nxt.isspace() and not after_close:
        return "open"
    if after_close and not prev.isspace():
        return "close"
    if before_open and nxt in MARK_FAMILY:
        return "open"
    return "?"


def find_marked_spans_python(text: str) -> list[MarkedSpan]:
    """All top-level quoted spans of ``text`` (one paragraph), each with its nested children.

    Returns spans in order of their opening mark; positions are offsets into ``text``. An unclosed
    span ends at the end of ``text`` (``close`` is ``None``). Single marks (``'``) are used only when
    they both open and close by context, so apostrophes in Latin names (``O'Brien``) do not pair.
    """
    # (the marks by one compiled character scan, the same positions as ``MARK_RE.finditer``, which
    # tested its character class at every character of every line; speed17)
    found = _MARK_POSITIONS(text, 0, len(text)) if _MARK_POSITIONS is not None else char_positions(text, _MARK_CHARS)
    marks = [(p, text[p]) for p in found]
    if not marks:
        return []
    stacks: dict[str, list[MarkedSpan]] = {"d": [], "g": [], "a": [], "s": []}
    top: list[MarkedSpan] = []
    open_all: list[MarkedSpan] = []  # every currently open span, innermost last
    open_ids: set[int] = set()  # their ids: ``span in open_all`` scanned the list (and compared
    # dataclasses field by field) on every close, quadratic in the nesting depth
    last_close: dict[str, int] = {}
    skip = -1
    for pos, ch in marks:
        if pos == skip:
            continue
        fam = MARK_FAMILY[ch]
        doubled = ch == "'" and text.startswith("'", pos + 1)
        if doubled:
            # a doubled apostrophe (``''…''``, typed for a double mark) is one double mark, read by the
            # pair's context: an opening one is ``open`` (its first character) and its content starts
            # after both, a closing one is ``close`` (its second character) and the content ends before
            # both, so the text after ``close`` is the text after the mark (step 54b)
            skip = pos + 1
            fam = "d"
        width = 2 if doubled else 1
        role = _role(text, pos, width)
        stack = stacks[fam]
        if role == "?":
            if fam == "s":
                continue
            role = "close" if stack else "open"
        if (role == "close" and not stack and fam != "s" and open_all and open_all[-1].family not in (fam, "s")
                and (ch in "»›" or pos + width >= len(text) or text[pos + width] in _CLOSE_AFTER
                     or text[pos + width] == "\n")):
            # a closing mark of another family right before punctuation closes the open quotation
            # («الحوار هو الحل". وأضاف …, "…». : mismatched marks, fresh-user reports 3 #9, 8 #13);
            # before a space it may open a glued quotation (مضيفا" المواطن …), read below
            span = open_all.pop()
            open_ids.discard(id(span))
            stacks[span.family].pop()
            span.close = pos + width - 1
            span.end = pos
            last_close[fam] = pos
            continue
        if role == "close" and not stack and ch in "»›":
            continue  # a closing guillemet with nothing to close is stray (… المتطرفة»، نافياً: the
            # quotation opened without a mark after a colon), it opens nothing (fresh-user report 8 #13)
        if (role == "close" and not stack and fam != "s" and not open_all
                and (pos + width >= len(text) or text[pos + width] in _CLOSE_AFTER or text[pos + width] == "\n")):
            continue  # a closing mark right before punctuation with nothing open is stray: its
            # quotation opened without a mark (…على مواقع الانقلابيين في محافظة لحج"، وأشار شهود عيان
            # إلى أن …, held-out 64 snn-825); opening there quoted the rest of the paragraph and hid
            # its cues (step 39c)
        if role == "close" and not stack and fam != "s":
            role = "open"  # nothing to close: a mark glued to the word before it opens (مضيفا" المواطن …)
        if role == "open":
            span = MarkedSpan(pos, None, pos + width, len(text), fam, depth=len(open_all))
            if open_all:
                open_all[-1].children.append(span)
            else:
                top.append(span)
            stack.append(span)
            open_all.append(span)
            open_ids.add(id(span))
        else:
            last_close[fam] = pos
            if not stack:
                continue  # a stray closing mark
            span = stack.pop()
            span.close = pos + width - 1
            span.end = pos
            if id(span) in open_ids:
                # close anything opened inside it that stayed open (mixed families)
                while open_all and open_all[-1] is not span:
                    open_ids.discard(id(open_all.pop()))
                open_ids.discard(id(open_all.pop()))
    for span in top:
        if span.close is None:
            ends = [c for c in _iter_closes(span)]
            span.merged_end = max(ends) if ends else None
    return top


#: The compiled ``marsad._speedups.quotes`` when built and current (``None``: the Python path).
_COMPILED = _speedups.load("quotes")

#: ``find_marked_spans(text) -> list[MarkedSpan]``: :func:`find_marked_spans_python` (the reference),
#: or its compiled form ``marked_spans(MarkedSpan, text)``, the same reading in one C loop over the
#: characters (speed30: ~2 % of the quotes stage was this per-mark Python loop; the tests compare
#: both, ``tests/test_quotes_tokens.py``).
find_marked_spans = (partial(_COMPILED.marked_spans, MarkedSpan) if _COMPILED is not None
                     else find_marked_spans_python)


def _iter_closes(span: MarkedSpan):
    """The closing-mark positions of every span nested in ``span``, depth first. Iterative: nesting
    is as deep as the unclosed marks in a paragraph (5,000 ``وقال: "`` nest 5,000 deep, past
    Python's recursion limit of 1,000)."""
    todo = list(reversed(span.children))
    while todo:
        child = todo.pop()
        if child.close is not None:
            yield child.close
        todo.extend(reversed(child.children))


#: Final punctuation (and closing marks/brackets) trimmed from the end of a content span.
_TRAIL = set(" \t\r\n.,،؛;:!؟?…")


#: A character reference cut before its ``;`` (``&quot``, ``&#8221``, ``&#x201D``) at the end of a slice.
_CUT_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})$")


#: The double marks (one family of :data:`MARK_FAMILY`).
_DOUBLE_MARKS = tuple(ch for ch, fam in MARK_FAMILY.items() if fam == "d")


def _stray_close(text: str, start: int, end: int) -> bool:
    """True when ``text[end - 1]`` is a double mark or a guillemet that pairs with nothing inside
    ``text[start:end]`` (``«الحوار هو المخرج الوحيد من الأزمة"»``, ``«الضغط الدولي ضروري"``: a
    double mark that is the span's only one, or more ``»`` than ``«``): a stray mark, never part of
    the quotation (fresh-user reports 3 #9 and 8 #13). Single marks are left alone (apostrophes of
    Latin names)."""
    fam = MARK_FAMILY.get(text[end - 1])
    if fam == "d":
        # the only double mark of the span (with more, it may close a quotation opened inside it
        # by a mark the reading paired elsewhere: ان بي سي"، "لا نريد حربا تجارية")
        n = 0
        for ch in _DOUBLE_MARKS:
            n += text.count(ch, start, end)
            if n > 1:
                return False
        return n == 1
    if fam == "g" and text[end - 1] in "»":
        return text.count("»", start, end) > text.count("«", start, end)
    return False


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` of ``text`` past surrounding whitespace and trailing sentence
    punctuation; returns the new ``(start, end)``. A trailing HTML character reference is one
    character (HTML 5 §13.5): when its ``;`` was trimmed, the reference goes too if it stands for
    trailing punctuation (``&#1548;``), else the ``;`` comes back (``&quot;``, ``&#8221;`` are kept
    whole as a written closing mark is) — a span never ends inside one (seventh new-user report, finding 6: 7 of 27 headline quotes of a
    SaudiNewsNet day ended in ``&quot``)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] in _TRAIL or _stray_close(text, start, end)):
        end -= 1
        if text[end] == ";":
            m = _CUT_REFERENCE_RE.search(text, max(start, end - 40), end)
            if m is not None:
                ch = html.unescape(m.group() + ";")
                if len(ch) != 1:
                    continue  # not a reference HTML knows: a plain ';'
                if ch not in _TRAIL:
                    return start, end + 1
                end = m.start()
    return start, end
