"""TREC/ANT ``<DOC>`` files: one :class:`~marsad.model.Article` per ``<DOC>…</DOC>`` element.

Format (TREC's SGML-like document format as used by the ANT corpus, Chouigui et al., AICCSA 2017)::

    <DOC>
    <DOCNO>AL-culture-1-20180218</DOCNO>
    <URL>…</URL> <SRC>…</SRC> <CAT>…</CAT> <TITLE>…</TITLE> <TIME>…</TIME> <AUTHOR>…</AUTHOR>
    <ABSTRACT>
    …
    </ABSTRACT>
    <TEXT>
    …
    </TEXT>
    </DOC>

``Article.text`` is the element verbatim (tags included); ``Article.fields[TAG]`` is the span of
the tag's content without the newlines that open or close it; ``Article.meta`` holds the stripped
DOCNO/URL/SRC/CAT values. ``Article.raw`` is the record's verbatim source bytes (the whole file's
bytes when it holds one record).

Damage is recorded, never fatal: a missing expected tag → ``missing-tag``; ``<DOC>`` without
``</DOC>`` → the record runs to the next ``<DOC>`` or the end (``unclosed-doc``); a tag without its
closing tag runs to the next tag (``unclosed-tag``); a repeated tag → the first wins
(``repeated-tag``); a tag inside another tag's content is left as content (``nested-tag``); text
outside any ``<DOC>`` → ``stray-text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.io.encoding import BOMS
from marsad.io.plain import check_content, read_plain
from marsad.model import Article, Span

DOC_OPEN = "<DOC>"
DOC_CLOSE = "</DOC>"
#: Tags every ANT record has; a record without one of them gets a ``missing-tag`` warning.
#: (AUTHOR and ABSTRACT are optional: 306 of ANT v1.1's Jawhara FM records have no AUTHOR.)
EXPECTED_TAGS = ("DOCNO", "URL", "SRC", "CAT", "TITLE", "TIME", "TEXT")
#: Tags whose stripped value goes to :attr:`Article.meta`.
META_TAGS = ("DOCNO", "URL", "SRC", "CAT")
#: Tags that carry the article's prose (a record with none of them non-blank is ``title-only``).
CONTENT_TAGS = ("TEXT", "ABSTRACT")

#: An opening field tag (upper case, as TREC writes them).
FIELD_OPEN_RE = re.compile(r"<([A-Z][A-Z0-9_]*)>")
#: Any opening or closing upper-case tag: where an unclosed field's content stops.
ANY_TAG_RE = re.compile(r"</?[A-Z][A-Z0-9_]*>")
_NEWLINES = "\r\n"


def doc_bounds(
    buf: str | bytes, open_: str | bytes, close_: str | bytes, unit: int = 1, base: int = 0
) -> list[tuple[int, int, bool]]:
    """``(start, end, closed)`` of every ``<DOC>`` element in ``buf`` (a str, or bytes with the
    markers encoded the same way; ``unit``/``base`` keep only matches aligned to code units
    after a BOM). An unclosed element ends at the next ``<DOC>`` or the end of ``buf``."""
    starts: list[int] = []
    i = buf.find(open_)  # type: ignore[arg-type]
    while i >= 0:
        if (i - base) % unit == 0:
            starts.append(i)
        i = buf.find(open_, i + 1)  # type: ignore[arg-type]
    out: list[tuple[int, int, bool]] = []
    for k, start in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(buf)
        end = buf.find(close_, start, limit)  # type: ignore[arg-type]
        while end >= 0 and (end - base) % unit:
            end = buf.find(close_, end + 1, limit)  # type: ignore[arg-type]
        out.append((start, end + len(close_), True) if end >= 0 else (start, limit, False))
    return out


def _record_bytes(data: bytes | None, codec: str | None, n_records: int) -> list[tuple[int, int]] | None:
    """Byte ranges of the records in ``data``, found with the markers encoded in ``codec``;
    ``None`` when they cannot be matched one to one with the decoded records."""
    if data is None or codec is None:
        return None
    try:
        open_b, close_b = DOC_OPEN.encode(codec), DOC_CLOSE.encode(codec)
    except (LookupError, UnicodeError):
        return None
    unit = len("<".encode(codec))
    base = next((len(bom) for bom, _, c in BOMS if c == codec and data.startswith(bom)), 0)
    bounds = doc_bounds(data, open_b, close_b, unit, base)
    if len(bounds) != n_records:
        return None
    return [(s, e) for s, e, _ in bounds]


def _tags_python(element: str) -> list[tuple[str, bool, bool, int, int]]:
    """``(tag, nested, unclosed, start, end)`` for each opening field tag of ``element`` other
    than ``<DOC>``, in order: ``nested`` when it starts inside the previous field's content; else
    ``[start, end)`` is its content up to ``</tag>`` (``unclosed``: there is none; up to the next
    tag or the end) without the newlines that open or close it. The reference of the compiled
    ``marsad._speedups.scan.trec_tags``."""
    out: list[tuple[str, bool, bool, int, int]] = []
    cursor = 0
    for m in FIELD_OPEN_RE.finditer(element):
        tag = m.group(1)
        if tag == "DOC":
            continue
        if m.start() < cursor:
            out.append((tag, True, False, m.start(), m.end()))
            continue
        close = element.find(f"</{tag}>", m.end())
        if close < 0:
            nxt = ANY_TAG_RE.search(element, m.end())
            content_end = after = nxt.start() if nxt else len(element)
        else:
            content_end, after = close, close + len(tag) + 3
        cursor = after
        start = m.end()
        while start < content_end and element[start] in _NEWLINES:
            start += 1
        while content_end > start and element[content_end - 1] in _NEWLINES:
            content_end -= 1
        out.append((tag, False, close < 0, start, content_end))
    return out


def _compiled_tags():  # -> marsad._speedups.scan.trec_tags, or None
    from marsad import _speedups

    module = _speedups.load("scan")
    return None if module is None else module.trec_tags


#: The field tags of an element: one compiled pass (:mod:`marsad._speedups.scan`; ~50 k
#: instructions less than the regex scan and a ``str.find`` per tag on an ANT record), else Python.
field_tags = _compiled_tags() or _tags_python


def parse_fields(element: str, article: Article) -> None:
    """Fill ``article.fields`` and ``article.meta`` from the ``<DOC>`` ``element`` (== its text),
    recording tag damage on the article (see the module docstring)."""
    fields = article.fields
    nested: list[str] = []
    repeated: list[str] = []
    unclosed: list[str] = []
    for tag, is_nested, is_unclosed, start, end in field_tags(element):
        if is_nested:
            nested.append(tag)
            continue
        if is_unclosed:
            unclosed.append(tag)
        if tag in fields:
            repeated.append(tag)
            continue
        fields[tag] = Span(start, end)
    if nested:
        article.warn(
            "nested-tag",
            "tags inside another tag's content, left as content: " + ", ".join(f"<{t}>" for t in nested),
        )
    if repeated:
        article.warn(
            "repeated-tag", "repeated tags, the first kept: " + ", ".join(f"<{t}>" for t in repeated)
        )
    if unclosed:
        article.warn(
            "unclosed-tag",
            "tags without a closing tag (content runs to the next tag): "
            + ", ".join(f"<{t}>" for t in unclosed),
        )
    missing = [t for t in EXPECTED_TAGS if t not in fields]
    if missing:
        article.warn("missing-tag", "missing " + ", ".join(f"<{t}>" for t in missing))
    for tag in META_TAGS:
        span = fields.get(tag)
        if span is not None:
            value = element[span.start : span.end].strip()
            if value:
                article.meta[tag] = value
    title = fields.get("TITLE")
    has_title = title is not None and not element[title.start : title.end].isspace() and len(title) > 0
    has_content = any(
        (s := fields.get(t)) is not None and len(s) > 0 and not element[s.start : s.end].isspace()
        for t in CONTENT_TAGS
    )
    check_content(article, has_title, has_content, "<TEXT> or <ABSTRACT> content")


def read_trec(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    """Yield one ``fmt="trec"`` article per ``<DOC>`` element of ``text`` (decoded from ``data``
    with ``codec``). Without any ``<DOC>`` the input is read as plain text with a ``missing-tag``
    warning."""
    bounds = doc_bounds(text, DOC_OPEN, DOC_CLOSE)
    if not bounds:
        for article in read_plain(text, source, encoding, data):
            article.warn("missing-tag", "no <DOC> element; read as plain text")
            yield article
        return
    byte_ranges = None if len(bounds) == 1 else _record_bytes(data, codec, len(bounds))
    prev_end = 0
    last: Article | None = None
    for k, (start, end, closed) in enumerate(bounds):
        if not closed:
            end = start + len(text[start:end].rstrip())
        element = text[start:end]
        if data is not None and len(bounds) == 1:
            raw: bytes | None = data
        elif byte_ranges is not None:
            raw = data[byte_ranges[k][0] : byte_ranges[k][1]]  # type: ignore[index]
            if not closed:
                raw = raw.rstrip() if codec in ("utf-8", "cp1256", "iso8859-6") else raw
        else:
            raw = element.encode(codec or "utf-8", "replace")
        article = Article(element, source, "trec", encoding, raw)  # text, source, fmt, encoding, raw
        if not closed:
            article.warn("unclosed-doc", "<DOC> without </DOC>: the record runs to the next <DOC> or the end")
        stray = text[prev_end:start]
        if stray and not stray.isspace():
            article.warn(
                "stray-text", f"{len(stray.strip()):,} characters outside any <DOC> before this record"
            )
        parse_fields(element, article)
        prev_end = end
        if last is not None:
            yield last
        last = article
    stray = text[prev_end:]
    if last is not None:
        if stray and not stray.isspace():
            last.warn("stray-text", f"{len(stray.strip()):,} characters outside any <DOC> after this record")
        yield last
