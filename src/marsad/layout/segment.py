"""Segment an article into blocks: header, title, dateline, byline, lead, body, sub-headings,
trailers; find its title, hashtags, dateline and byline.

Paragraphs are lines: every source Marsad reads ends a paragraph with a newline (ANT ``TEXT``
uses single newlines, the seed blank lines, SaudiNewsNet ``"\\n "`` or ``"\\n\\n "``), so a block
is one non-blank line, stripped of surrounding white space (no-break spaces included). Lines with
no letter or digit (``.``, ``\\xa0``) are not blocks.

Container formats map their fields to roles (:data:`marsad.layout.rules.FIELD_ROLES`):
``TITLE``/``title`` → title; ``AUTHOR``/``author`` → dateline and byline
(:func:`marsad.layout.dateline.parse_credit`); ``TIME``/``date``/``date_extracted`` → a
``header`` block; ``ABSTRACT`` → the lead (until :mod:`marsad.layout.dedup` finds it repeats the
text); ``TEXT``/``content`` → paragraphs. Plain text has no fields: date/time header lines
(:func:`marsad.layout.header.is_header_line`), then the title line, then paragraphs.

Within the paragraphs: boilerplate lines (related-story links, separators) become ``meta``
blocks; date label lines (``نشر في: … آخر تحديث: …``, :func:`marsad.layout.header.find_date_label_line`)
become a ``header`` block (publication) and a ``meta`` block (last modification, also
``article.meta["date_modified"]``); closing lines matching :data:`marsad.layout.rules.TRAILER_LINE_PATTERNS` become
``trailer`` blocks; a dateline at the start of the first paragraph becomes ``dateline`` (and
``header`` for its date) blocks; the first prose paragraph is the ``lead``; a short line without
final punctuation between two paragraphs is a ``subheading`` (two or more such lines in a row are
a list: body); the rest is ``body``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from marsad import settings
from marsad.layout.dateline import (
    LeadDateline,
    as_author_credit,
    find_byline_line,
    find_dated_credit_line,
    find_lead_dateline,
    find_writer_credit_line,
    is_outlet_line,
    names_no_person,
    parse_credit,
)
from marsad.layout.hashtags import collect_hashtags
from marsad.layout.header import (
    DATE_LABEL_BULLETS,
    DATE_LABEL_PREFIXES,
    MAX_DATE_LABEL_LINE_CHARS,
    DateLabelLine,
    find_date_label_line,
    is_header_line,
    is_relative_time_line,
    split_title_date,
)
from marsad.layout.rules import (
    BOILERPLATE_LINE_PATTERNS,
    CLOSING_MARKS,
    FIELD_ROLES,
    FINAL_PUNCTUATION,
    INLINE_TRAILER_PATTERNS,
    INLINE_TRAILER_WORDS,
    LIST_ITEM_START,
    TITLE_CATEGORY_PREFIX,
    TRAILER_LINE_PATTERNS,
    fold,
)
from marsad.model import Article, Block, Span
from marsad.text.letters import FORMAT_CHARS
from marsad.text.scan import compiled_space_run, compiled_strip_span, compiled_word_lines

#: Sort key of spans by their start (``operator.attrgetter``: no Python call per item).
_START = attrgetter("start")
#: What may follow a line's final punctuation and is not read as its end: closing quotation marks,
#: spaces and format characters (a right-to-left mark after the full stop, ``…ستنتصر".\u200f``, left
#: a one-line article's sentence read as a title with no body: nu33, W12).
_LINE_END_TRAILERS = CLOSING_MARKS + " " + FORMAT_CHARS
# Blocks are made as ``Block(start, end, kind, field)``: positional fields (a keyword call of the
# dataclass costs twice as much, ~1 k instructions a block).

#: One line, stripped: group 1 spans from its first to its last non-space character.
LINE_PATTERN = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")
_WORD_CHAR = re.compile(r"\w")
BOILERPLATE_LINE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_LINE_PATTERNS))
TRAILER_LINE = re.compile("|".join(f"(?:{p})" for p in TRAILER_LINE_PATTERNS))
INLINE_TRAILER = re.compile("|".join(f"(?:{p})" for p in INLINE_TRAILER_PATTERNS))
_PROSE_KINDS = ("lead", "body", "subheading")


#: A run of white space inside a line that ends a paragraph (ALA 108's ``<TEXT>`` has 10 paragraphs
#: on one line, 16 spaces and no-break spaces between them): see ``settings.PARAGRAPH_SPACE_RUN``.
PARAGRAPH_SPACE_RUN = re.compile(rf"[^\S\n]{{{settings.PARAGRAPH_SPACE_RUN},}}")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped non-blank lines of ``text[start:end]`` that contain a letter or digit (one
    compiled pass when :mod:`marsad._speedups.scan` is built; else these two patterns); a line
    holding a :data:`PARAGRAPH_SPACE_RUN` is cut there (one compiled pass, else one regex search,
    to see that there is none)."""
    if compiled_word_lines is not None:
        out = compiled_word_lines(text, start, end)
    else:
        out = []
        for m in LINE_PATTERN.finditer(text, start, end):
            a, b = m.span(1)
            if _WORD_CHAR.search(text, a, b):
                out.append((a, b))
    if compiled_space_run is not None:
        if compiled_space_run(text, start, end, settings.PARAGRAPH_SPACE_RUN) < 0:
            return out
    elif PARAGRAPH_SPACE_RUN.search(text, start, end) is None:
        return out
    return _split_space_runs(text, out)


def _split_space_runs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``lines`` with each cut at its :data:`PARAGRAPH_SPACE_RUN` runs; pieces without a letter or
    digit are dropped, like blank lines (third new-user report, finding 15)."""
    out: list[tuple[int, int]] = []
    for a, b in lines:
        pos = a
        for m in PARAGRAPH_SPACE_RUN.finditer(text, a, b):
            if _WORD_CHAR.search(text, pos, m.start()):
                out.append((pos, m.start()))
            pos = m.end()
        if pos == a:
            out.append((a, b))
        elif _WORD_CHAR.search(text, pos, b):
            out.append((pos, b))
    return out


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_WRAP_STOPS = ".!?؟…:؛;"


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when the lines of one blank-line-separated chunk are one hard-wrapped paragraph:
    every line but the last at least 40 characters, within 25 % of the longest, none ending a
    sentence, the last no longer than the others (a short sub-heading line above a paragraph
    fails the length test)."""
    heads = lines[:-1]
    lens = [b - a for a, b in heads]
    longest = max(lens)
    if min(lens) < 40 or min(lens) < 0.75 * longest or lines[-1][1] - lines[-1][0] > 1.1 * longest:
        return False
    return not any(text[b - 1] in _WRAP_STOPS for _, b in heads)


def _paragraph_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Like :func:`_lines`, but when the region separates paragraphs by blank lines, a chunk
    whose lines are a hard-wrapped paragraph (:func:`_is_wrapped`) is one span."""
    lines = _lines(text, start, end)
    if len(lines) < 2 or not _BLANK_LINE.search(text, start, end):
        return lines
    out: list[tuple[int, int]] = []
    chunk: list[tuple[int, int]] = []
    prev_end = -1
    for a, b in lines:
        if chunk and _BLANK_LINE.search(text, prev_end, a + 1) is None:
            chunk.append((a, b))
        else:
            out.extend(_close_chunk(text, chunk))
            chunk = [(a, b)]
        prev_end = b
    out.extend(_close_chunk(text, chunk))
    return out


def _close_chunk(text: str, chunk: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(chunk) >= 2 and _is_wrapped(text, chunk):
        return [(chunk[0][0], chunk[-1][1])]
    return chunk


#: Compiled :func:`_trimmed` (the white space ``str.strip`` strips), or ``None``.
_STRIP_SPACE = compiled_strip_span("".join(c for c in map(chr, range(0x10000)) if c.isspace()))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without surrounding white space, or ``None`` when blank."""
    if _STRIP_SPACE is not None and 0 <= start:
        return _STRIP_SPACE(text, start, end)
    seg = text[start:end]
    stripped = seg.strip()
    if not stripped:
        return None
    a = start + (len(seg) - len(seg.lstrip()))
    return a, a + len(stripped)


def _ends_without_final_punctuation(line: str) -> bool:
    s = line.rstrip(_LINE_END_TRAILERS)
    return bool(s) and s[-1] not in FINAL_PUNCTUATION


def _is_subheading(line: str) -> bool:
    """A short line without final punctuation that is not a list item (thresholds:
    ``settings.MAX_SUBHEADING_CHARS``, ``settings.MAX_SUBHEADING_WORDS``)."""
    return (
        len(line) <= settings.MAX_SUBHEADING_CHARS
        and line.count(" ") < settings.MAX_SUBHEADING_WORDS
        and _ends_without_final_punctuation(line)
        and not LIST_ITEM_START.match(line)
    )


def _is_trailer(line: str, credit_texts: tuple[str, ...]) -> bool:
    """A closing line: a :data:`TRAILER_LINE` pattern, the author credit repeated, or a line
    that is nothing but agency/outlet names (``رويترز``, ``أ ف ب``)."""
    if TRAILER_LINE.fullmatch(line):
        return True
    if len(line) <= 60:
        if credit_texts and fold(line) in credit_texts:
            return True
        credit = parse_credit(line, 0, len(line))
        if credit is not None and credit.parts and all(p.cls == "agency" for p in credit.parts):
            return True
    return False


def _prose_blocks(
    article: Article,
    start: int,
    end: int,
    field: str,
    *,
    lead_taken: bool,
    credit_texts: tuple[str, ...] = (),
    join_wrapped: bool = False,
) -> list[Block]:
    """Blocks of the paragraphs in ``text[start:end]`` (one field, or the plain text after its
    title). ``lead_taken``: an ABSTRACT already holds the lead, so the first paragraph is body.
    ``join_wrapped``: join hard-wrapped lines into one paragraph (plain text)."""
    text = article.text
    lines = _paragraph_lines(text, start, end) if join_wrapped else _lines(text, start, end)
    kinds: list[str] = [""] * len(lines)
    extra: list[Block] = []
    for i, (a, b) in enumerate(lines):
        if b - a <= 260 and BOILERPLATE_LINE.fullmatch(text, a, b):
            kinds[i] = "meta"
        elif b - a <= MAX_DATE_LABEL_LINE_CHARS and (
            text[a : a + 2] in DATE_LABEL_PREFIXES or text[a] in DATE_LABEL_BULLETS
        ):
            # "نشر في: … آخر تحديث: …": date blocks, not prose (fifth new-user report, finding 7)
            labels = find_date_label_line(text, a, b)
            if labels is not None:
                kinds[i] = "dates"
                extra.extend(date_label_blocks(article, labels, field))
    # trailers, from the end
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        if kinds[i]:
            continue
        a, b = lines[i]
        if b - a <= 300 and _is_trailer(text[a:b], credit_texts):
            kinds[i] = "trailer"
            seen += 1
            if seen < settings.MAX_TRAILER_BLOCKS:
                continue
        else:
            # an inline trailer glued to the last paragraph ("… رابط الخبر بصحيفة الوئام: …")
            m = None
            for w in INLINE_TRAILER_WORDS:  # a loop, not any(generator): one check per article
                if text.find(w, a, b) >= 0:
                    m = INLINE_TRAILER.search(text, a, b)
                    break
            if m and m.start() > a:
                cut = m.start()
                body_end = cut
                while body_end > a and text[body_end - 1].isspace():
                    body_end -= 1
                lines[i] = (a, body_end)
                extra.append(Block(cut, b, "trailer", field))
        break
    blocks: list[Block] = []
    prose_idx = [i for i, k in enumerate(kinds) if not k]
    # short lines without final punctuation; a run of two or more is a list, not sub-headings
    max_chars = settings.MAX_SUBHEADING_CHARS  # a longer line is no sub-heading: not sliced
    shortish = [
        lines[i][1] - lines[i][0] <= max_chars and _is_subheading(text[lines[i][0] : lines[i][1]])
        for i in prose_idx
    ] + [False]
    first = True
    for n, i in enumerate(prose_idx):
        a, b = lines[i]
        if first:
            first = False
            found = find_lead_dateline(text, a, b, whole_line=len(prose_idx) > 1)
            if found is not None:
                for kind, sp in found.pieces:
                    blocks.append(Block(sp.start, sp.end, kind, field))
                if found.dateline is not None and article.dateline is None:
                    article.dateline = found.dateline
                if found.byline is not None and (article.byline is None or names_no_person(text, article.byline)):
                    article.byline = found.byline
                rest = _trimmed(text, found.end, b)
                if rest is None:
                    first = True  # the whole line was the dateline: the next one is the lead
                    continue
                a, b = rest
            if not lead_taken:
                if n < len(prose_idx) - 1 and not shortish[n + 1] and _is_subheading(text[a:b]):
                    # a kicker or photo caption above the first paragraph
                    # ("الرئيس الفلسطيني، محمود عباس"): not the lead
                    blocks.append(Block(a, b, "subheading", field))
                    first = True
                    continue
                blocks.append(Block(a, b, "lead", field))
                lead_taken = True
                continue
        if 0 < n < len(prose_idx) - 1 and shortish[n] and not shortish[n - 1] and not shortish[n + 1]:
            blocks.append(Block(a, b, "subheading", field))
        else:
            blocks.append(Block(a, b, "body", field))
    if not lead_taken:
        first_prose = next((bl for bl in blocks if bl.kind in _PROSE_KINDS), None)
        if first_prose is not None:
            first_prose.kind = "lead"
    for i, k in enumerate(kinds):
        if k and k != "dates":
            blocks.append(Block(lines[i][0], lines[i][1], k, field))
    blocks.extend(extra)
    blocks.sort(key=_START)
    return blocks


def _is_agency_dateline_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is only a dateline naming a news agency (``الرياض - واس``,
    ``القاهرة – أ ف ب``): every part a place or an agency, at least one a known agency. Such a
    line opens a wire story that has no title line; it is never a title."""
    if end - start > 80:
        return False
    credit = parse_credit(text, start, end)
    return (
        credit is not None
        and credit.known
        and len(credit.parts) >= 2
        and all(p.cls in ("place", "agency") for p in credit.parts)
        and any(p.cls == "agency" for p in credit.parts)
    )


def _add_credit_pieces(article: Article, credit: LeadDateline) -> None:
    """Blocks for a dated credit line (:func:`marsad.layout.dateline.find_dated_credit_line`),
    and the article's dateline/byline when not set yet."""
    for kind, span in credit.pieces:
        article.blocks.append(Block(span.start, span.end, kind))
    if article.dateline is None and credit.dateline is not None:
        article.dateline = credit.dateline
    if article.byline is None and credit.byline is not None:
        article.byline = credit.byline


def date_label_blocks(article: Article, labels: DateLabelLine, field: str = "") -> list[Block]:
    """Blocks of a date label line (:func:`marsad.layout.header.find_date_label_line`): its
    publication date is a ``header`` block (read by :mod:`marsad.time`), its last-modification date
    a ``meta`` block whose text also goes to ``article.meta["date_modified"]`` (unless the reader
    set it: a JSON record's own key), where :mod:`marsad.time` reads it."""
    out: list[Block] = []
    if labels.published is not None:
        out.append(Block(labels.published.start, labels.published.end, "header", field))
    if labels.modified is not None:
        out.append(Block(labels.modified.start, labels.modified.end, "meta", field))
        article.meta.setdefault("date_modified", article.text[labels.modified.start : labels.modified.end])
    return out


def _top_date_line(article: Article, a: int, b: int) -> bool:
    """Add the blocks of ``text[a:b]`` when it is a date line at the top of a plain text — a date
    label line (``نشر في: …``), a dated credit line (place, date, agency) or a header line — and
    say whether it was one."""
    text = article.text
    labels = find_date_label_line(text, a, b)
    if labels is not None:
        article.blocks.extend(date_label_blocks(article, labels))
        return True
    dated = find_dated_credit_line(text, a, b)
    if dated is not None:
        # "لندن - 15 مارس 2018 10:30 GMT - رويترز": dateline, date and byline of one line
        _add_credit_pieces(article, dated)
        return True
    if is_header_line(text[a:b]):
        article.blocks.append(Block(a, b, "header"))
        return True
    return False


def _top_credit_line(article: Article, a: int, b: int) -> bool:
    """Add the blocks of ``text[a:b]`` when it is a line of a saved web page above its title that
    is neither the title nor prose, and say whether it was one (new-user report nu22, item 2):

    * a time relative to an unknown moment (:func:`marsad.layout.header.is_relative_time_line`:
      ``منذ ساعتين``, ``اليوم 10:30 ص``, ``2 hours ago``): a ``meta`` block, its text in
      ``article.meta["date_relative"]`` and the warning ``relative-date``. It is relative to when
      the page was shown or saved, which a plain text does not say, so it dates nothing;
    * a byline line (:func:`marsad.layout.dateline.find_byline_line`: ``كتب: محمد علي``, ``بقلم
      أحمد علي``, ``By John Smith``): a ``byline`` block and the article's byline (the names);
    * a credit of a known place or agency and a writer (:func:`marsad.layout.dateline.find_writer_credit_line`:
      ``القاهرة- أحمد الريدي``): its block, and the article's dateline and byline;
    * a known outlet's name alone (:func:`marsad.layout.dateline.is_outlet_line`: ``الجزيرة نت``):
      a ``byline`` block (an outlet credited alone is the byline, as in credit fields).
    """
    text = article.text
    if _relative_time_line(article, a, b):
        return True
    credit = find_byline_line(text, a, b) or find_writer_credit_line(text, a, b)
    if credit is not None:
        _add_credit_pieces(article, credit)
        if credit.byline is not None and article.byline is not None and names_no_person(text, article.byline):
            article.byline = credit.byline
        return True
    if is_outlet_line(text, a, b):
        article.blocks.append(Block(a, b, "byline"))
        if article.byline is None:
            article.byline = Span(a, b)
        return True
    return False


def _relative_time_line(article: Article, a: int, b: int) -> bool:
    """When ``text[a:b]`` is a relative time line (:func:`marsad.layout.header.is_relative_time_line`),
    add its ``meta`` block, ``article.meta["date_relative"]`` and the warning ``relative-date`` (once),
    and return True."""
    text = article.text
    if not is_relative_time_line(text[a:b]):
        return False
    article.blocks.append(Block(a, b, "meta"))
    article.meta.setdefault("date_relative", text[a:b])
    if not any(p.code == "relative-date" for p in article.problems):
        article.warn(
            "relative-date",
            f"header line {text[a:b]!r} is relative to when the page was shown or saved, which the text "
            "does not say: not used as the publication time",
        )
    return True


#: A line that is only a record identifier: a UUID (RFC 4122 form, ``8f3c6211-7e64-4bd6-9d15-
#: e0c3280c1d9e``) or one long hexadecimal run. Al Arabiya's author field holds one for its columns
#: (ANT v2.1, task trail23: 57 of the 926 AUTHOR + TITLE + TEXT texts of ``bench/layout_plain.py``
#: opened with it, and it became the title).
_IDENTIFIER_LINE = re.compile(
    r"\s*(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{24,})\s*"
)


def _identifier_line(article: Article, a: int, b: int) -> bool:
    """When ``text[a:b]`` is a record identifier (:data:`_IDENTIFIER_LINE`), add its ``meta``
    block (no title, no prose) and return True."""
    if b - a > 80 or not _IDENTIFIER_LINE.fullmatch(article.text, a, b):
        return False
    article.blocks.append(Block(a, b, "meta"))
    return True


#: How a title may end that a lead does not: a question, an exclamation, an ellipsis
#: (``هل تهدد الحرب التجارية استثمارات صندوق الصين السيادي؟``, ``… ومصوّر أوقف المدعي!``).
_TITLE_ENDINGS = ("؟", "?", "!", "..", "…")
#: Most words of such a title after a dateline line (ANT v2.1 titles: median 9 words; the longest
#: of the 27 question/exclamation titles under an Al Arabiya dateline has 11).
_MAX_QUESTION_TITLE_WORDS = 15


def _ends_like_a_title(line: str) -> bool:
    """True when ``line`` (closing quotes aside) ends without final punctuation or with a question
    mark, an exclamation mark or an ellipsis (:data:`_TITLE_ENDINGS`), not with a full stop."""
    s = line.rstrip(_LINE_END_TRAILERS)
    return _ends_without_final_punctuation(line) or s.endswith(_TITLE_ENDINGS)


def _headline_shaped(line: str) -> bool:
    """False for a line that is a paragraph, not a title: more than
    ``settings.MAX_TITLE_WORDS`` words, or more than ``settings.MAX_SENTENCE_TITLE_WORDS`` words and
    a closing period (a single ``.``: question titles end in ``؟``, teasers in ``...``; see
    ``settings`` for the corpus counts)."""
    n = len(line.split())
    if n > settings.MAX_TITLE_WORDS:
        return False
    if n <= settings.MAX_SENTENCE_TITLE_WORDS:
        return True
    end = line.rstrip(_LINE_END_TRAILERS)
    return not (end.endswith(".") and not end.endswith(".."))


def _segment_plain(article: Article) -> None:
    text = article.text
    lines = _lines(text, 0, len(text))
    i = 0
    opens_with_dateline = False
    while i < len(lines) and i < 4:
        a, b = lines[i]
        if _top_date_line(article, a, b):
            pass
        elif not opens_with_dateline and _is_agency_dateline_line(text, a, b):
            # a wire story without a title: "الرياض - واس", then the date line, then the lead
            opens_with_dateline = True
            credit = parse_credit(text, a, b)
            article.blocks.append(Block(a, b, "dateline"))
            if article.dateline is None and credit is not None:
                article.dateline = credit.dateline or Span(a, b)
        elif i + 1 < len(lines) and (_identifier_line(article, a, b) or _top_credit_line(article, a, b)):
            pass
        else:
            break
        i += 1
    body_start = lines[i][0] if i < len(lines) else len(text)
    if i < len(lines):
        a, b = lines[i]
        # after a dateline line, a line ending in a full stop (or a comma, a colon) is the lead,
        # not a title; a question, an exclamation or an ellipsis of at most
        # _MAX_QUESTION_TITLE_WORDS words is a title (task trail23: 27 of 926 AUTHOR + TITLE + TEXT
        # texts, "باريس - رويترز" then "هل تهدد الحرب التجارية …؟")
        line = text[a:b]
        if (
            b - a <= settings.MAX_TITLE_CHARS
            and _headline_shaped(line)
            and (
                (len(lines) > i + 1 and not opens_with_dateline)
                or _ends_without_final_punctuation(line)
                or (
                    len(lines) > i + 1
                    and len(line.split()) <= _MAX_QUESTION_TITLE_WORDS
                    and _ends_like_a_title(line)
                )
            )
        ):
            body_start = b
            dated = split_title_date(text, a, b)
            if dated is not None:
                # "الأمم المتحدة تحذر من مجاعة في اليمن - 12 مارس 2019": the headline, then its date
                b = dated[0]
                article.blocks.append(Block(dated[1].start, dated[1].end, "header"))
            article.title = Span(a, b)
            article.blocks.append(Block(a, b, "title"))
            # a date/time line right under the title (perhaps with place and agency, or labels),
            # or a relative one ("منذ ساعتين") with more text after it
            if i + 1 < len(lines) and (
                _top_date_line(article, *lines[i + 1])
                or (i + 2 < len(lines) and _relative_time_line(article, *lines[i + 1]))
            ):
                body_start = lines[i + 1][1]
    article.blocks.extend(
        _prose_blocks(article, body_start, len(text), "", lead_taken=False, join_wrapped=True)
    )


def _segment_fields(article: Article) -> None:
    text = article.text
    roles: list[tuple[str, str, Span]] = []
    for name, sp in article.fields.items():
        role = _role_of(name)
        if role is not None and sp is not None and sp.end > sp.start:
            roles.append((role, name, sp))
    roles.sort(key=lambda r: r[2].start)
    credit_texts: list[str] = []
    lead_taken = False
    for role, name, sp in roles:
        if role == "title" and article.title is None:
            t = _trimmed(text, sp.start, sp.end)
            if t is None:
                continue
            a, b = t
            m = TITLE_CATEGORY_PREFIX.match(text, a, b)
            if m and m.end() < b:
                a = m.end()
            article.title = Span(a, b)
            article.blocks.append(Block(a, b, "title", name))
        elif role == "author":
            t = _trimmed(text, sp.start, sp.end)
            if t is None:
                continue
            credit = parse_credit(text, *t)
            if credit is None:
                continue
            if article.fmt == "html":  # a page's author is a schema.org Person/Organization
                credit = as_author_credit(text, credit)
            credit_texts.append(fold(text[t[0] : t[1]].strip(" :")))
            pieces: list[tuple[str, Span]] = []
            if credit.dateline is not None:
                pieces.append(("dateline", credit.dateline))
                if article.dateline is None:
                    article.dateline = Span(credit.dateline.start, credit.dateline.end)
            if credit.byline is not None:
                pieces.append(("byline", credit.byline))
                credit_texts.append(fold(text[credit.byline.start : credit.byline.end]))
                if article.byline is None:
                    article.byline = Span(credit.byline.start, credit.byline.end)
            pieces.extend(("header", d) for d in credit.dates)
            pieces.sort(key=lambda p: p[1].start)
            last_end = -1
            for kind, s in pieces:
                if s.start >= last_end:  # never overlapping blocks
                    article.blocks.append(Block(s.start, s.end, kind, name))
                    last_end = s.end
        elif role == "date":
            t = _trimmed(text, sp.start, sp.end)
            if t is not None:
                article.blocks.append(Block(t[0], t[1], "header", name))
        elif role == "abstract":
            lines = _lines(text, sp.start, sp.end)
            if lines:
                article.blocks.append(Block(lines[0][0], lines[-1][1], "lead", name))
                lead_taken = True
        elif role == "body":
            article.blocks.extend(
                _prose_blocks(
                    article,
                    sp.start,
                    sp.end,
                    name,
                    lead_taken=lead_taken,
                    credit_texts=tuple(credit_texts),
                )
            )
            lead_taken = lead_taken or "lead" in [b.kind for b in article.blocks]
    if article.title is None:
        # no usable title field: a short first paragraph stands in (recorded as a warning)
        prose = [b for b in article.blocks if b.kind in _PROSE_KINDS]
        if len(prose) > 1 and len(prose[0]) <= settings.MAX_TITLE_CHARS:
            p = prose[0]
            article.title = Span(p.start, p.end)
            p.kind = "title"
            article.warn("title-from-text", "no title field; the first short paragraph is used")


@lru_cache(maxsize=256)
def _role_of(name: str) -> str | None:
    """The layout role of the field ``name`` (:data:`FIELD_ROLES`, case-insensitive), cached."""
    return FIELD_ROLES.get(name.lower())


@lru_cache(maxsize=256)
def _has_roles(names: tuple[str, ...]) -> bool:
    """True when one of the field ``names`` has a layout role (per tuple of names: once per corpus)."""
    return any(FIELD_ROLES.get(k.lower()) for k in names)


def segment(article: Article) -> None:
    """Fill ``article.blocks`` (ordered, non-overlapping :class:`Block` spans), ``title``,
    ``hashtags``, ``dateline`` and ``byline``.

    Records warnings ``no-title`` (no title found), ``title-only`` (a title and no prose) and
    ``no-content`` (nothing at all). Never raises on odd input; never changes ``article.text``.
    """
    article.blocks = []
    article.title = None
    article.dateline = None
    article.byline = None
    if _has_roles(tuple(article.fields)):
        _segment_fields(article)
    elif article.fmt != "trec":
        _segment_plain(article)
    # (a TREC record with no field of a role, ``<DOC><DOCNO>x</DOCNO></DOC>``, holds only markup:
    # read as plain text its first line ``<DOC>`` became the title; nu24 item 8)
    article.blocks.sort(key=_START)
    spans: list[Span] = [b for b in article.blocks if b.kind in _PROSE_KINDS]
    has_prose = bool(spans)  # (a list already made: no second pass over the blocks)
    if article.title is not None:
        spans.append(article.title)
    collect_hashtags(article, spans)
    if has_prose or article.title is None:
        # The plain reader guesses ``title-only`` from two short lines; the layout found a paragraph
        # (a dateline + lead, or title + lead), so the guess goes (third new-user report, finding 18:
        # ``title-only`` beside ``no-title`` on one article) — and so it goes when the layout found
        # no title either: ``no-content`` says it then (new-user report nu33, M5: harakat alone, or
        # ``انتهى.``, had ``title-only`` and ``no-content: no title and no paragraphs found``).
        article.problems = [p for p in article.problems if p.code != "title-only"]
    codes = {p.code for p in article.problems}
    if article.title is None and not has_prose:
        if "empty" not in codes and "no-content" not in codes:
            article.warn("no-content", "no title and no paragraphs found")
    elif article.title is None:
        if "no-title" not in codes:
            article.warn("no-title", "no title found")
    elif not has_prose and "title-only" not in codes:
        article.warn("title-only", "the article has a title and no paragraphs")
