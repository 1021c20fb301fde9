"""Turn one input's content (a file or archive member) into :class:`~marsad.model.Article` records.

:func:`read_records` decodes bytes (:mod:`marsad.io.encoding`), detects the format
(:mod:`marsad.io.formats`) and hands the text to the format's reader:

=========  ====================================  ==============================================
format     ``Article.text``                      ``Article.raw``
=========  ====================================  ==============================================
text       the decoded file                      the file's bytes
trec       one ``<DOC>…</DOC>`` element           the record's bytes (the file's, for one record)
json       title, author, date, content joined   the record's verbatim source (file's, for one)
jsonl      same as json                          the line's bytes
html       same as json, extracted by selectolax the page's bytes
=========  ====================================  ==============================================

When a file holds several records their ``source`` gets ``#N`` (0-based record index).
Nothing here raises on bad input: problems are recorded on the articles
(:attr:`~marsad.model.Article.problems`), and a failing reader yields one error article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from marsad.io.encoding import (
    BOMS,
    Mojibake,
    decode,
    fix_mojibake,
    is_cut_problem,
    mojibake_problem,
    unify_line_breaks,
)
from marsad.io.formats import FORMATS, detect_format, extension_format
from marsad.io.html import read_html
from marsad.io.jsonrec import read_json, read_jsonl
from marsad.io.plain import read_plain
from marsad.io.trec import read_trec
from marsad.model import Article, Problem

Reader = Callable[[str, str, "str | None", "str | None", "bytes | None"], Iterator[Article]]


def _read_text(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    return read_plain(text, source, encoding, data)


def _read_trec_docnos(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    """:func:`marsad.io.trec.read_trec`, with a ``repeated-docno`` warning on each record whose
    ``<DOCNO>`` an earlier record of the same input already had; both are kept, as they may differ
    (hostile-tester report rob23, item 17: two ``<DOC>``s sharing a DOCNO were stored without a
    word). Records are named by their 0-based index, the ``#N`` their ``source`` gets. The check is
    here, not in ``io/trec.py``, whose bytes make up the compiled scanner's hash."""
    if "<DOC>" not in text and _TREC_TAG_ANY_CASE_RE.search(text) is not None:
        records: Iterable[Article] = _read_trec_any_case(text, source, encoding, codec, data)
    else:
        records = read_trec(text, source, encoding, codec, data)
    first: dict[str, int] = {}
    # a str given by the caller keeps its byte-order mark (U+FEFF) as its first character; before
    # the first <DOC> it is no stray text (new-user report nu33, M4)
    bom = text.startswith("\ufeff")
    for k, article in enumerate(records):
        if bom and k == 0:
            _uncount_bom(article, text)
        docno = article.meta.get("DOCNO")
        if docno is not None:
            seen = first.setdefault(docno, k)
            if seen != k:
                article.warn(
                    "repeated-docno",
                    f"<DOCNO> {docno} is also record #{seen}'s of this input (this is #{k}); both kept",
                )
        yield article


_DOC_ANY_CASE_RE = re.compile("<DOC>", re.IGNORECASE)


def _uncount_bom(article: Article, text: str) -> None:
    """The ``stray-text`` warning of the first record of ``text``, which starts with U+FEFF (a
    ``str``'s byte-order mark), without the mark: gone when the mark and white space are all that
    precede the record, else counting the other characters."""
    for i, p in enumerate(article.problems):
        if p.code == "stray-text" and p.message.endswith("before this record"):
            m = _DOC_ANY_CASE_RE.search(text)
            n = len(text[1 : m.start()].strip()) if m is not None else 0
            if n:
                article.problems[i] = Problem(
                    p.level, p.code, f"{n:,} characters outside any <DOC> before this record"
                )
            else:
                del article.problems[i]
            return


#: The tag names of TREC/ANT records (:data:`marsad.io.trec.EXPECTED_TAGS` and the optional ones).
TREC_TAG_NAMES = (
    "DOC", "DOCNO", "DOCID", "URL", "SRC", "CAT", "TITLE", "HEADLINE", "TIME", "DATE", "AUTHOR",
    "BYLINE", "DATELINE", "ABSTRACT", "TEXT",
)  # fmt: skip
#: One of :data:`TREC_TAG_NAMES` as an opening or closing tag, in any case (``<doc>``, ``</Title>``).
_TREC_TAG_ANY_CASE_RE = re.compile(rf"</?(?:{'|'.join(TREC_TAG_NAMES)})>", re.IGNORECASE)


def _read_trec_any_case(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    """TREC records whose tags are not upper case (``<doc><title>…``; new-user report nu33, W15:
    read as plain text whose title was ``<doc>``): SGML tag names are case-insensitive (ISO 8879,
    ``NAMECASE GENERAL YES`` in the reference concrete syntax), so the tags of
    :data:`TREC_TAG_NAMES` are read as upper case. Upper-casing an ASCII tag keeps every offset,
    so each record's ``text`` is then put back as written; its ``raw`` is the file's bytes (one
    record) or its text encoded with ``codec``. Each record gets a ``lowercase-tags`` warning.
    (None of the 41,689 ANT v1.1 and multi-source v2.1 files has such tags.)"""
    upper = _TREC_TAG_ANY_CASE_RE.sub(lambda m: m.group().upper(), text)
    pos = 0
    records = list(read_trec(upper, source, encoding, codec, None))
    for article in records:
        start = upper.find(article.text, pos)
        if start >= 0:
            article.text = text[start : start + len(article.text)]
            pos = start + len(article.text)
        if len(records) == 1 and data is not None:
            article.raw = data
        else:
            article.raw = article.text.encode(codec or "utf-8", "surrogatepass")
        article.warn("lowercase-tags", "TREC tags not in upper case (<doc>, <title>…): read as TREC")
        yield article


#: The reader of each format: ``(text, source, encoding, codec, data) -> Iterator[Article]``.
READERS: dict[str, Reader] = {
    "text": _read_text,
    "trec": _read_trec_docnos,
    "json": read_json,
    "jsonl": read_jsonl,
    "html": read_html,
}


#: Formats whose text is laid out by line (plain, TREC): in bytes decoded here, lone CR, NEL,
#: U+2028 and U+2029 become ``\n`` (:func:`marsad.io.encoding.unify_line_breaks`, part of
#: decoding, like Python's universal newlines; a ``str`` given by the caller is kept exactly as
#: given). JSON values get the same in :mod:`marsad.io.jsonrec`; HTML collapses all white space.
LINE_BREAK_FORMATS = frozenset({"text", "trec"})


#: File-name endings of tables (comma- or tab-separated values): Marsad reads no tables, and a table
#: read as plain text made one article of all its rows, cells and header (new-user report nu32: a
#: ``.csv`` inside a zip archive was stored so without a word, as was a loose one). Checked after
#: any ``.gz`` is removed.
TABLE_EXTENSIONS = (".csv", ".tsv")
#: The reason a table is not read (the ``unsupported-format`` error; ``{ext}`` its ending).
TABLE_NOTE = (
    "a {ext} table: Marsad reads no tables, so its rows were not read (they would have made one article"
    " of every row); save them as JSON Lines, one object per row with title/date/content keys"
    " (docs/io.md), or give --format text to read the file as plain text"
)


def table_extension(source: str) -> str | None:
    """The table ending (:data:`TABLE_EXTENSIONS`) of ``source``'s file or member name
    (``x.csv``, ``a.zip::news.csv``, ``x.tsv.gz``), or ``None``."""
    name = source.rsplit("::", 1)[-1].rsplit("#", 1)[0].lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return next((ext for ext in TABLE_EXTENSIONS if name.endswith(ext)), None)


def error_article(
    source: str,
    code: str,
    message: str,
    raw: bytes | None = None,
    fmt: str = "text",
    encoding: str | None = None,
) -> Article:
    """An article that could not be read: empty text, one error ``Problem``, the bytes available."""
    article = Article(text="", source=source, fmt=fmt, encoding=encoding, raw=raw)
    article.error(code, message)
    return article


def number_records(articles: Iterable[Article], source: str, always: bool = False) -> Iterator[Article]:
    """Pass ``articles`` through, suffixing ``source`` with ``#N`` (0-based) when there are
    several; looks one record ahead, never more. ``always``: every record is numbered, a single
    one too, and none is held back (a live stream, whose next record may come much later)."""
    it = iter(articles)
    if always:
        for n, article in enumerate(it):
            article.source = f"{source}#{n}"
            yield article
        return
    first = next(it, None)
    if first is None:
        return
    second = next(it, None)
    if second is None:
        yield first
        return
    for n, article in enumerate(_prepend(first, second, it)):
        article.source = f"{source}#{n}"
        yield article


def _prepend(a: Article, b: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield a
    yield b
    yield from rest


def _with_decode_problems(articles: Iterable[Article], problems: list[Problem]) -> Iterator[Article]:
    """Attach the file's decoding ``problems``: each goes to the first record (they are about the
    file), and the U+FFFD replacement warnings also to every later record whose text holds one —
    except the problems of an input cut short (:func:`marsad.io.encoding.is_cut_problem`), which go
    to the LAST record only: the one whose bytes hold the cut (a partial record or the error record
    of its unreadable remains), never to a complete record before it (eighth new-user report,
    finding 12). Without problems the records themselves (no generator layer per record)."""
    if not problems:
        return iter(articles)
    cut = [p for p in problems if is_cut_problem(p)]
    if cut:
        rest = [p for p in problems if p not in cut]
        return _attach_cut_problems(_attach_decode_problems(articles, rest), cut)
    return _attach_decode_problems(articles, problems)


def _attach_decode_problems(articles: Iterable[Article], problems: list[Problem]) -> Iterator[Article]:
    if not problems:
        yield from articles
        return
    replaced = [p for p in problems if "U+FFFD" in p.message]
    for k, article in enumerate(articles):
        if k == 0:
            article.problems[:0] = problems
        elif replaced and "\ufffd" in article.text:
            article.problems[:0] = replaced
        yield article


def _attach_cut_problems(articles: Iterable[Article], cut: list[Problem]) -> Iterator[Article]:
    """The records, the last of them (the one the cut went through) with the ``cut`` problems
    first in its list (one record held back until the next is read). A reader that fails
    midway still hands over the record held back (without the cut problems: the failure's error
    record covers the rest of the input) before its exception goes on to :func:`read_records`."""
    last: Article | None = None
    try:
        for article in articles:
            if last is not None:
                yield last
            last = article
    except Exception:
        if last is not None:
            yield last
        raise
    if last is not None:
        last.problems[:0] = cut
        yield last


#: The encoding an article whose ``raw`` holds a UTF-16/32 byte-order mark records: the codec that
#: reads the mark and drops it, as ``utf-8-sig`` does for UTF-8, so that ``raw.decode(encoding)``
#: gives ``text`` (new-user report nu33, M3: ``utf-16-le`` kept the mark as a U+FEFF character, one
#: more than ``text``, and every offset was one off). Keyed by the endian codec the file was
#: decoded with.
BOM_ENCODINGS = {"utf-16-le": "utf-16", "utf-16-be": "utf-16", "utf-32-le": "utf-32", "utf-32-be": "utf-32"}


_BOM_OF = {codec: bom for bom, _name, codec in BOMS}


def _with_bom_encoding(articles: Iterable[Article], bom: bytes, name: str) -> Iterator[Article]:
    """The records of an input with the UTF-16/32 byte-order mark ``bom``, each whose ``raw``
    still starts with the mark (the whole file's bytes: a one-record file) recording ``name``
    (``utf-16`` or ``utf-32``, :data:`BOM_ENCODINGS`); a record whose ``raw`` is its own slice (no
    mark) keeps the endian codec (``utf-16-le``…), the one that decodes that slice."""
    for article in articles:
        if article.raw is not None and article.raw[: len(bom)] == bom and article.encoding in BOM_ENCODINGS:
            article.encoding = name
        yield article


def _with_mojibake(
    records: Iterable[Article], fix: Mojibake, originals: Iterator[Article]
) -> Iterator[Article]:
    """Records read from repaired mojibake: each gets the raw bytes of the same record read from
    the text before the repair (readers that re-encode a slice of the text — JSON elements, JSON
    Lines read whole — would otherwise give the repaired bytes, not the source's) and, after the
    first (which gets the file's problems), the ``mojibake-repaired`` warning."""
    for k, article in enumerate(records):
        original = next(originals, None)
        if original is not None and original.raw is not None:
            article.raw = original.raw
        if k:
            article.problems.insert(0, mojibake_problem(fix))
        yield article


#: A lone UTF-16 surrogate code point (U+D800–U+DFFF): in a Python ``str`` every one is lone
#: (a pair is one code point), and none can be written as UTF-8.
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def surrogate_problem(text: str, first: int) -> Problem:
    """The ``surrogate`` warning of a ``str`` input holding lone surrogates, ``first`` the offset of
    the first: the text is kept as given (offsets point into it), and :meth:`Article.to_dict`
    (so ``marsad export``) writes each as U+FFFD, the store keeps such a text as a failed copy
    (new-user report nu33, C2: ``json.dumps(a.to_dict(), ensure_ascii=False).encode()`` raised
    ``UnicodeEncodeError`` on an article that had been accepted without a word)."""
    n = len(LONE_SURROGATE_RE.findall(text))
    return Problem(
        "warning",
        "surrogate",
        f"{n:,} lone surrogate code point(s), no Unicode text (the first, U+{ord(text[first]):04X}, at "
        f"offset {first:,} of the input): kept as given; to_dict() and exports write U+FFFD for each",
    )


def read_records(data: str | bytes, source: str = "<string>", fmt: str | None = None) -> Iterator[Article]:
    """Yield the articles of one input's content.

    ``data``: the raw bytes (decoded with detection, :func:`marsad.io.encoding.decode`) or an
    already decoded ``str`` (``encoding`` is then ``None``, ``raw`` its UTF-8 bytes). ``source``:
    the path (``archive.tar.gz::member``) — also the file-name hint for format detection. ``fmt``:
    one of :data:`marsad.io.formats.FORMATS`, or ``None`` to detect it. Never raises: undecodable
    or unreadable input yields one error article with the raw bytes.
    """
    if isinstance(data, str):
        text, encoding, codec, problems = data, None, "utf-8", []
        raw = data.encode("utf-8", "surrogatepass")
        if not data:
            yield error_article(source, "empty", "empty input (0 characters)", raw, fmt or "text")
            return
        lone = LONE_SURROGATE_RE.search(data)
        if lone is not None:
            problems = [surrogate_problem(data, lone.start())]
    else:
        raw = data
        decoded = decode(data)
        if decoded.encoding is None:
            yield Article(
                text="",
                source=source,
                fmt=fmt or extension_format(source) or "text",
                encoding=None,
                raw=data,
                problems=list(decoded.problems),
            )
            return
        text, encoding, codec, problems = decoded.text, decoded.encoding, decoded.codec, decoded.problems
    fix = fix_mojibake(text)
    original = text
    if fix is not None:
        text = fix.text
        problems = [*problems, mojibake_problem(fix)]
    if fmt is None:
        table = table_extension(source)
        if table is not None:
            yield error_article(
                source, "unsupported-format", TABLE_NOTE.format(ext=table), raw, "text", encoding
            )
            return
        fmt = detect_format(text, source)
    if fmt in ("json", "jsonl") and text.startswith("\ufeff"):
        # a str's byte-order mark (bytes lose theirs in decoding): no part of the JSON text (RFC
        # 8259 §8.1: parsers may ignore it), and ``text`` is composed from the values anyway
        # (new-user report nu33, M4: "invalid JSON")
        text, original = text[1:], original.removeprefix("\ufeff")
    if fmt in LINE_BREAK_FORMATS and not isinstance(data, str):
        text, breaks = unify_line_breaks(text)
        if breaks is not None:
            problems = [*problems, breaks]
    reader = READERS.get(fmt)
    if reader is None:
        yield error_article(
            source, "format", f"unknown format {fmt!r} (known: {', '.join(FORMATS)})", raw, "text", encoding
        )
        return
    records = reader(text, source, encoding, codec, raw)
    if fix is not None:
        records = _with_mojibake(records, fix, reader(original, source, encoding, codec, raw))
    articles = number_records(_with_decode_problems(records, problems), source)
    bom_name = BOM_ENCODINGS.get(encoding or "")
    if bom_name is not None and raw.startswith(_BOM_OF[encoding]):  # type: ignore[index]
        articles = _with_bom_encoding(articles, _BOM_OF[encoding], bom_name)  # type: ignore[index]
    yielded = 0
    try:
        for article in articles:
            yielded += 1
            yield article
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        suffix = f"#{yielded}" if yielded else ""
        yield error_article(
            f"{source}{suffix}",
            "read-failed",
            f"{fmt} reader failed after {yielded} record(s): {type(exc).__name__}: {exc}",
            raw,
            fmt,
            encoding,
        )
