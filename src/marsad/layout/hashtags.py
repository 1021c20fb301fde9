"""Hashtags: ``#لافروف``, ``#الاتفاق_النووي_الإيراني``, ``#سوريّا``, ``#مهرجان_كان``.

A hashtag is ``#`` (or the full-width ``＃``) followed by a tag made of letters, digits,
underscores, combining marks (harakat, shadda, tanween, superscript alef), tatweel and the
zero-width (non-)joiner, as Twitter and the news sites that copy its convention write them.
The tag must contain a letter (``#1`` is a number sign, not a hashtag) and the ``#`` must not be
glued to a preceding word character or ``&`` (``C#``, ``&#39;``, URL fragments).
Trailing underscores and joiners are not part of the tag. ``Hashtag.tag`` is the tag as the display
layer shows it (:func:`marsad.text.normalize.display_text`: tatweel and control characters deleted,
harakat, shadda, underscores and ZWNJ kept): ``#سوريـــا`` → ``سوريا``, as the title text shows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from marsad.model import Article, Hashtag, Span
from marsad.text.normalize import display_text
from marsad.text.scan import char_positions_python, matches_at

#: Sort key of spans by their start (``operator.attrgetter``: no Python call per item).
_START = attrgetter("start")

#: Characters a tag may contain besides ``\\w``: harakat/shadda/tanween (U+064B–U+065F), the
#: superscript alef (U+0670), tatweel (U+0640), ZWNJ/ZWJ (U+200C/U+200D).
_TAG_EXTRA = "\u064b-\u065f\u0670\u0640\u200c\u200d"
HASHTAG_PATTERN = re.compile(rf"(?:(?<![\w&/#＃])|(?<=(?<![\w&/#＃])و))[#＃](?P<tag>[\w{_TAG_EXTRA}]*[^\W\d_][\w{_TAG_EXTRA}]*)")
_TAG_TRAILING_JUNK = "_\u200c\u200d\u0640"
#: A tag character the display layer changes (tatweel; a decomposed hamza or madda it composes):
#: only such a tag goes through :func:`display_text` (it follows the display layer, as the title does).
_TAG_DISPLAY_EDIT_RE = re.compile("[\u0640\u0653-\u0655]")
#: A letter (tatweel, a modifier letter, is deleted first).
_TAG_LETTER_RE = re.compile(r"[^\W\d_]")
#: The characters a hashtag starts with (HASHTAG_PATTERN's ``[#＃]``).
_HASH_SIGNS = "#＃"
#: Their positions: two ``str.find`` loops (``memchr``; the signs are rare in news text) cost a
#: tenth of the compiled one-pass character scan over a whole article (~4 k against ~40 k
#: instructions), which pays off for many or frequent characters (digits, sentence marks).
_sign_positions = char_positions_python


def find_hashtags(text: str, start: int = 0, end: int | None = None) -> list[Hashtag]:
    """Every hashtag in ``text[start:end]`` as :class:`Hashtag` spans (offsets into ``text``).

    The span covers ``#`` and the tag (raw offsets); ``tag`` is the tag's display text (harakat,
    underscores and ZWNJ kept; tatweel deleted; trailing ``_``/ZWNJ dropped). A tag of tatweel alone
    (``#ـــ``) is no hashtag."""
    out: list[Hashtag] = []
    end = len(text) if end is None else end
    # tried at each '#' only (the pattern opens with a look-behind: a regex scan stops everywhere)
    for m in matches_at(HASHTAG_PATTERN, text, _sign_positions(text, _HASH_SIGNS, start, end), end):
        tag = m.group("tag")
        stripped = tag.rstrip(_TAG_TRAILING_JUNK)
        shown = display_text(stripped) if _TAG_DISPLAY_EDIT_RE.search(stripped) else stripped
        if not _TAG_LETTER_RE.search(shown):
            continue
        out.append(Hashtag(m.start(), m.start() + 1 + len(stripped), shown))  # start, end, tag
    return out


def remove_hashtag_marks(s: str) -> str:
    """``s`` with the ``#`` of each hashtag removed (other ``#`` kept): ``#لافروف: …`` → ``لافروف: …``."""
    if "#" not in s and "＃" not in s:
        return s
    return HASHTAG_PATTERN.sub(lambda m: m.group("tag"), s)


def collect_hashtags(article: Article, spans: list[Span]) -> None:
    """Set ``article.hashtags`` to every hashtag occurrence inside ``spans`` (title and kept prose
    blocks), in text order."""
    text = article.text
    found: list[Hashtag] = []
    signs = _sign_positions(text, _HASH_SIGNS)  # over the whole text; no slice of each span
    if signs:
        for sp in spans:
            i = bisect_left(signs, sp.start)
            if i < len(signs) and signs[i] < sp.end:
                found.extend(find_hashtags(text, sp.start, sp.end))
    found.sort(key=_START)
    article.hashtags = found


def unique_hashtags(article: Article) -> list[str]:
    """The distinct tags of ``article.hashtags`` in order of first occurrence (compared through
    the search key, so ``#سوريا`` and ``#سوريّا`` count once; the first spelling is kept)."""
    from marsad.layout.rules import fold

    seen: set[str] = set()
    out: list[str] = []
    for h in article.hashtags:
        key = fold(h.tag)
        if key not in seen:
            seen.add(key)
            out.append(h.tag)
    return out


def title_without_hashtag_marks(article: Article) -> str:
    """Display text of the title with the ``#`` of each hashtag removed, underscores kept:
    ``#لافروف: الجهود … في #سوريا مرتبطة …`` → ``لافروف: الجهود … في سوريا مرتبطة …``."""
    if article.title is None:
        return ""
    raw = article.span_text(article.title)
    return " ".join(display_text(remove_hashtag_marks(raw)).split())
