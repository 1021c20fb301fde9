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

from collections.abc import Callable, Iterable, Iterator

from marsad.io.encoding import (
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
    first: dict[str, int] = {}
    for k, article in enumerate(read_trec(text, source, encoding, codec, data)):
        docno = article.meta.get("DOCNO")
        if docno is not None:
            seen = first.setdefault(docno, k)
            if seen != k:
                article.warn(
                    "repeated-docno",
                    f"<DOCNO> {docno} is also record #{seen}'s of this input (this is #{k}); both kept",
                )
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
