"""Stream articles from files, folders and archives, member by member.

:func:`iter_articles` walks its paths in order: a file is read, a folder is walked recursively in
sorted order, and archives — ``.zip``, ``.tar``/``.tar.gz``/``.tgz``/``.tar.bz2``/``.tar.xz``,
single-file ``.gz`` (recognised by name or by their magic bytes, and nested up to
``settings.MAX_ARCHIVE_DEPTH``) — are read one member at a time in memory: nothing is ever
extracted to disk, so a member named ``../../x`` cannot write anywhere (it gets an
``unsafe-path`` warning). JSON Lines files are streamed line by line. Memory holds one member (at
most ``settings.MAX_MEMBER_BYTES``) at a time, never the corpus.

``Article.source`` is the path, ``archive.tar.gz::member/path`` for members (``::`` again for
nested archives), plus ``#N`` (0-based) when a file holds several records.

Limits (issue 7, zip bombs): a member over ``MAX_MEMBER_BYTES`` (declared or actual), a member over
``BOMB_CHECK_MIN_BYTES`` compressed more than ``MAX_COMPRESSION_RATIO`` times, and an archive
whose members add up past ``MAX_ARCHIVE_BYTES`` each yield an error article and the reading goes on
(with the next member, or the next input for the archive total). A corrupt or unreadable archive
yields one error article describing it. Every failure is an :class:`~marsad.model.Article` with an
error-level problem and whatever raw bytes were available — the iterator itself never raises.

Members that are not articles by their well-known names (``LICENSE``, ``README.md``, ``.DS_Store``,
``__MACOSX/``; see :data:`SKIPPED_NAMES`) are skipped inside folders and archives; a file named
explicitly on the command line is always read.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from marsad import settings
from marsad.io.encoding import (
    STREAM_SNIFF_BYTES,
    FirstLineAgain,
    PrefixedStream,
    decode,
    fix_mojibake,
    iter_decoded_lines,
    mojibake_problem,
    stream_codec,
)
from marsad.io.jsonrec import read_jsonl_lines
from marsad.io.readers import error_article, number_records, read_records
from marsad.io.tarfast import FastTarFile, ForwardStream
from marsad.model import Article, Problem

#: File names (lower case) that are documentation or system files, not articles.
SKIPPED_NAMES = frozenset(
    {
        "license",
        "license.txt",
        "license.md",
        "licence",
        "licence.txt",
        "copying",
        "copying.txt",
        "notice",
        "notice.txt",
        "readme",
        "readme.md",
        "readme.txt",
        "readme.rst",
        "changelog",
        "changelog.md",
        "authors",
        "authors.txt",
        "citation.cff",
        ".ds_store",
        "thumbs.db",
        "desktop.ini",
    }
)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
#: Errors a damaged archive or compressed stream raises while being read.
ARCHIVE_ERRORS = (
    tarfile.TarError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    UnicodeDecodeError,
)


def is_skipped_name(name: str) -> bool:
    """True for members that are not articles: :data:`SKIPPED_NAMES`, hidden files (``.x``),
    macOS resource forks (``__MACOSX/``)."""
    base = name.rstrip("/").rsplit("/", 1)[-1].lower()
    return base in SKIPPED_NAMES or base.startswith(".") or "__MACOSX/" in name


def archive_kind(name: str, head: bytes = b"") -> str | None:
    """``"zip"``, ``"tar"``, ``"gz"`` (a single gzip-compressed file) or ``None``, from the
    name's suffix, else from the magic bytes of ``head`` (zip ``PK\\x03\\x04``, gzip ``1f 8b``,
    POSIX tar ``ustar`` at offset 257)."""
    lower = name.lower()
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(TAR_SUFFIXES):
        return "tar"
    if lower.endswith(".gz"):
        return "gz"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        return "gz"
    if head[257:262] == b"ustar":
        return "tar"
    return None


def unsafe_path_problem(name: str) -> Problem | None:
    """A warning for member paths that would escape an extraction folder (absolute, ``..``)."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"):
        return Problem(
            "warning",
            "unsafe-path",
            f"member path {name!r} points outside the archive; read in memory, nothing written",
        )
    return None


def _is_jsonl(name: str, fmt: str | None) -> bool:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return fmt == "jsonl" or (fmt is None and lower.endswith(JSONL_SUFFIXES))


def _not_a_file_article(source: str, member: tarfile.TarInfo) -> Article:
    """The failed record of a tar member that is no regular file: a symbolic or hard link (code
    ``link``: an archive's links are not followed, so nothing outside the archive or read twice
    inside it), a device or a FIFO (code ``special-file``: no content). It was dropped with no
    record or warning (new-user report nu28, through task cli29)."""
    if member.issym() or member.islnk():
        kind = "symbolic link" if member.issym() else "hard link"
        return error_article(
            source,
            "link",
            f"a {kind} to {member.linkname!r}: links in an archive are not followed; nothing read",
        )
    kind = "character device" if member.ischr() else "block device" if member.isblk() else "FIFO"
    return error_article(source, "special-file", f"a {kind}, no regular file: nothing to read")


def _too_large(source: str, size: int, raw: bytes | None = None) -> Article:
    return error_article(
        source,
        "too-large",
        f"{size:,} bytes, over the limit of {settings.MAX_MEMBER_BYTES:,} "
        "(settings.MAX_MEMBER_BYTES); not read",
        raw,
    )


def _read_bounded(fh: IO[bytes], source: str) -> bytes | Article:
    """Read ``fh`` whole, or return a ``too-large`` error article past ``MAX_MEMBER_BYTES``."""
    data = fh.read(settings.MAX_MEMBER_BYTES + 1)
    if len(data) > settings.MAX_MEMBER_BYTES:
        return _too_large(source, len(data))
    return data


# -- JSON Lines, streamed --------------------------------------------------------------------
#: The end of a ``too-large`` JSON line's message when the input is a pipe, FIFO or device, whose
#: line may never end (``marsad ingest /dev/zero --format jsonl`` read forever: feed24 item 2b).
ENDLESS_LINE_NOTE = (
    "; nothing more is read from this input (a pipe or device, whose line may never end: "
    "write it to a file to read the lines after it)"
)


def _jsonl_stream_lines(
    fh: IO[bytes], source: str, endless: bool = False
) -> Iterator[tuple[str, bytes, list[Problem]]]:
    """``(text, bytes, problems)`` of each line of a JSON Lines stream (UTF-8 by RFC 8259 §8.1;
    a BOM is dropped, undecodable bytes become U+FFFD with a ``decode`` warning). A line over
    ``MAX_MEMBER_BYTES`` yields an empty text with a ``too-large`` error; the lines after it are
    read on, except when ``endless`` (the stream is a pipe, FIFO or device: its line may never
    end, e.g. ``/dev/zero``): then the error record is the last, nothing more is read."""
    limit = settings.MAX_MEMBER_BYTES
    first = True
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            if endless:
                message = f"JSON line of more than {limit:,} bytes, over the limit of {limit:,}; not read"
                yield "", b"", [Problem("error", "too-large", message + ENDLESS_LINE_NOTE)]
                return
            while True:
                chunk = fh.readline(limit)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield (
                "",
                b"",
                [
                    Problem(
                        "error",
                        "too-large",
                        f"JSON line of {size:,} bytes, over the limit of {limit:,}; not read",
                    )
                ],
            )
            first = False
            continue
        body = line[3:] if first and line.startswith(b"\xef\xbb\xbf") else line
        first = False
        problems: list[Problem] = []
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("utf-8", "replace")
            bad = len(body) - len(body.decode("utf-8", "ignore").encode("utf-8"))
            problems.append(
                Problem(
                    "warning",
                    "decode",
                    f"{bad:,} byte(s) not valid utf-8 were replaced by U+FFFD (raw bytes kept)",
                )
            )
        fix = fix_mojibake(text)
        if fix is not None:
            text = fix.text
            problems.append(mojibake_problem(fix))
        yield text.rstrip("\r\n"), line.rstrip(b"\r\n"), problems


def iter_jsonl_stream(fh: IO[bytes], source: str, live: bool = False) -> Iterator[Article]:
    """Articles of a JSON Lines byte stream, read one line at a time (memory: one line). The
    encoding is sniffed on the first line (:func:`marsad.io.encoding.stream_codec`: UTF-16/32,
    Windows-1256 … as for whole files; fresh-user report 3, finding 4), UTF-8 when undecided.

    ``live``: the stream is a pipe, FIFO or device (standard input of ``marsad ingest -``), which
    may pause or never end: each record is given as soon as its line ends — the records are
    numbered ``source#0``, ``source#1`` … from the first (a file's single record keeps the bare
    name, which needs a look at the next line: a live feed's first record waited for the second;
    feed24 item 1) — and a line over the limit ends the input (:data:`ENDLESS_LINE_NOTE`)."""

    head = fh.readline(settings.MAX_MEMBER_BYTES + 1)
    found = stream_codec(head[:STREAM_SNIFF_BYTES])
    encoding, codec = found if found is not None else ("utf-8", "utf-8")
    if found is None:
        lines = _jsonl_stream_lines(FirstLineAgain(head, fh), source, endless=live)  # type: ignore[arg-type]
    else:
        stream = io.BufferedReader(PrefixedStream(head, fh))
        lines = iter_decoded_lines(stream, codec, settings.MAX_MEMBER_BYTES, endless=live)

    def articles() -> Iterator[Article]:
        k = 0  # records given so far: the next one's #N (its source name's, and its error's)
        for n, (text, raw, problems) in enumerate(lines, 1):
            if problems and problems[0].level == "error":
                article = Article(text="", source=source, fmt="jsonl", encoding=encoding, raw=None)
                article.problems.extend(problems)
                k += 1
                yield article
                continue
            for article in read_jsonl_lines([(text, raw)], source, encoding, codec, n, k):
                article.problems[:0] = problems
                k += 1
                yield article

    n = 0
    for article in number_records(articles(), source, always=live):
        n += 1
        yield article
    if n == 0:  # recorded with its reason, not silently nothing (twelfth new-user report)
        why = "empty input (0 bytes)" if not head else "JSON Lines input with no records (only blank lines)"
        yield error_article(source, "empty", why, None, "jsonl", encoding if head else None)


# -- one input blob (a file's or member's bytes) ----------------------------------------------
def _iter_blob(data: bytes, name: str, source: str, fmt: str | None, depth: int) -> Iterator[Article]:
    """Articles of one file's or member's bytes: an archive is opened in memory, else read."""
    kind = archive_kind(name, data)  # reads the first 262 bytes only: no 512-byte copy
    if kind is None:
        yield from read_records(data, source=source, fmt=fmt)
        return
    if depth >= settings.MAX_ARCHIVE_DEPTH:
        yield error_article(
            source,
            "archive-depth",
            f"archive nested deeper than {settings.MAX_ARCHIVE_DEPTH} levels; not opened",
            data,
        )
        return
    if kind == "zip":
        articles = _iter_zip(io.BytesIO(data), source, fmt, depth + 1, data)
    elif kind == "tar":
        buffer = io.BytesIO(data)
        articles = _iter_tar(buffer, source, fmt, depth + 1, data, compressed=buffer)
    else:
        articles = _iter_gzip(io.BytesIO(data), name, source, fmt, depth + 1, data)
    yield from recorded_if_empty(articles, source, kind, lambda: data)


#: What an archive that gave no record held, by :func:`archive_kind`.
EMPTY_ARCHIVE_REASONS = {
    "zip": "zip archive with no member to read",
    "tar": "tar archive with no member to read",
    "gz": "gzip file with no member to read",
}


def recorded_if_empty(
    articles: Iterable[Article], source: str, kind: str, raw: Callable[[], bytes | None]
) -> Iterator[Article]:
    """``articles``; when there are none (an empty ``.zip``, a ``.tar`` of folders, an archive of
    only ``README``/``LICENSE``/hidden files), one error ``empty`` record for ``source`` saying so,
    with ``raw()`` as its bytes: each input that yields no record is recorded with its reason, as
    the README promises (twelfth new-user report: an empty ``.zip`` recorded nothing, said nothing)."""
    n = 0
    for article in articles:
        n += 1
        yield article
    if n == 0:
        yield error_article(
            source,
            "empty",
            f"{EMPTY_ARCHIVE_REASONS[kind]} (none, or only folders, documentation and hidden files: "
            "README, LICENSE, .x, __MACOSX/)",
            raw(),
        )


def _iter_gzip(
    fh: IO[bytes], name: str, source: str, fmt: str | None, depth: int, raw: bytes | None
) -> Iterator[Article]:
    """Articles of a single gzip-compressed file (``x.json.gz``); ``source`` stays the ``.gz`` path
    and the inner name (``x.json``) guides format detection. A stream cut short keeps what was
    decompressed before the cut (JSON Lines: the whole lines; other formats: the partial file) and
    adds an ``archive-truncated`` error saying how far it got."""
    inner = name[:-3] if name.lower().endswith(".gz") else name
    gz = _UpToTheCut(gzip.GzipFile(fileobj=fh, mode="rb"))
    if _is_jsonl(inner, fmt):
        counted = _Counted(iter_jsonl_stream(gz, source))  # type: ignore[arg-type]
        try:
            yield from counted
        except ARCHIVE_ERRORS as exc:
            yield _cut_or_unreadable(source, exc, f"after {counted.n:,} record(s)", "gzip file", fh, raw)
        return
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= settings.MAX_MEMBER_BYTES:
            chunk = gz.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except ARCHIVE_ERRORS as exc:
        data = b"".join(chunks)
        if data and is_truncation(exc):
            yield from _partial(_iter_blob(data, inner, source, fmt, depth), len(data))
        yield _cut_or_unreadable(source, exc, f"after {len(data):,} decompressed bytes", "gzip file", fh, raw)
        return
    if size > settings.MAX_MEMBER_BYTES:
        yield _too_large(source, size)
        return
    yield from _iter_blob(b"".join(chunks), inner, source, fmt, depth)


def _partial(articles: Iterable[Article], size: int) -> Iterator[Article]:
    """The records read from a member or file whose end was cut off; the last of them — the one
    the cut went through — gets the warning ``truncated`` (those before it are whole)."""
    last: Article | None = None
    for article in articles:
        if last is not None:
            yield last
        last = article
    if last is not None:
        last.warn("truncated", f"the input was cut short after {size:,} bytes: this record may be incomplete")
        yield last


class _Counted:
    """Pass an iterator through, counting what it yielded (``n``)."""

    def __init__(self, it: Iterable[Article]) -> None:
        self.it = iter(it)
        self.n = 0

    def __iter__(self) -> Iterator[Article]:
        for x in self.it:
            self.n += 1
            yield x


#: Messages of the errors Python's archive readers raise when their input ends too early.
_TRUNCATION_MESSAGES = (
    "unexpected end of data",
    "end-of-stream marker",
    "truncated",
    "compressed file ended",
)


def is_truncation(exc: BaseException) -> bool:
    """True when ``exc`` says a compressed stream or archive ended before its end marker
    (``EOFError`` from gzip/bz2/lzma, tarfile's "unexpected end of data")."""
    if isinstance(exc, EOFError):
        return True
    msg = str(exc).lower()
    return any(m in msg for m in _TRUNCATION_MESSAGES)


def _position(fh: IO[bytes] | None) -> int | None:
    try:
        return fh.tell() if fh is not None else None
    except (OSError, ValueError):
        return None


def _input_size(fh: IO[bytes] | None, raw: bytes | None) -> int | None:
    if raw is not None:
        return len(raw)
    try:
        return os.fstat(fh.fileno()).st_size if fh is not None else None
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None


def truncated_article(
    source: str, what: str, progress: str, fh: IO[bytes] | None, raw: bytes | None, detail: str
) -> Article:
    """The ``archive-truncated`` error record of an archive or compressed stream that ends before its
    end marker: says what was read before the cut (``progress``) and where the input ends."""
    pos, size = _position(fh), _input_size(fh, raw)
    where = f"; input is {size:,} bytes" if size is not None else ""
    if pos is not None and size is not None and pos < size:
        where = f"; stopped at byte {pos:,} of {size:,}"
    return error_article(
        source,
        "archive-truncated",
        f"{what} cut short {progress}{where}: {detail}; the records read before the cut are kept",
    )


def _cut_or_unreadable(
    source: str, exc: BaseException, progress: str, what: str, fh: IO[bytes] | None, raw: bytes | None
) -> Article:
    detail = f"{type(exc).__name__}: {exc}"
    if is_truncation(exc):
        return truncated_article(source, what, progress, fh, raw, detail)
    return error_article(source, "archive", f"unreadable {what} {progress}: {detail}", raw)


# -- archives --------------------------------------------------------------------------------
class _Budget:
    """Uncompressed bytes read from one archive, against ``MAX_ARCHIVE_BYTES``."""

    def __init__(self) -> None:
        self.total = 0

    def over(self, size: int) -> bool:
        self.total += size
        return self.total > settings.MAX_ARCHIVE_BYTES


def _archive_total_error(source: str, total: int) -> Article:
    return error_article(
        source,
        "archive-too-large",
        f"archive members add up to over {settings.MAX_ARCHIVE_BYTES:,} bytes "
        f"(settings.MAX_ARCHIVE_BYTES; {total:,} read); the rest is not read",
    )


def _member_articles(
    data_or_fh: bytes | IO[bytes], name: str, source: str, fmt: str | None, depth: int
) -> Iterator[Article]:
    """Articles of one archive member (bytes, or a stream for JSON Lines), with an
    ``unsafe-path`` warning on each when the member path escapes the archive (without one, the
    member's own iterator: no generator layer per record)."""
    warning = unsafe_path_problem(name)
    if isinstance(data_or_fh, bytes):
        articles = _iter_blob(data_or_fh, name, source, fmt, depth)
    elif name.lower().endswith(".gz"):  # x.jsonl.gz: decompressed, then streamed line by line
        articles = _iter_gzip(data_or_fh, name, source, fmt, depth, None)
    else:
        articles = iter_jsonl_stream(data_or_fh, source)
    if warning is None:
        return articles
    return _with_warning(articles, warning)


def _with_warning(articles: Iterator[Article], warning: Problem) -> Iterator[Article]:
    """``articles``, each with ``warning`` as its first problem."""
    for article in articles:
        article.problems.insert(0, warning)
        yield article


#: The general-purpose flag bit of a zip entry saying its name is UTF-8 (APPNOTE.TXT 4.4.4, bit 11).
ZIP_UTF8_FLAG = 0x800


def _plausible_cp437(name: str) -> bool:
    """True when ``name`` read as cp437 (the zip default, APPNOTE.TXT appendix D) looks like a
    name: every non-ASCII character a Latin letter (``Müller.txt``, ``café.txt``). A name of
    another code page read so gives box drawing and Greek (``╟ß±.t`` for cp1256 ``الٌ.t``)."""
    import unicodedata

    return all(ord(ch) < 0x80 or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def zip_member_name(name: str, flags: int) -> tuple[str, Problem | None]:
    """The name of a zip member as :mod:`zipfile` read it (``name``, cp437 unless ``flags`` has
    :data:`ZIP_UTF8_FLAG`), with its encoding detected when the flag is unset and the cp437 reading
    is not plausible (:func:`_plausible_cp437`; twelfth new-user report: a cp1256 name showed as
    ``c.zip::╟ß±.t``): UTF-8 when the bytes are valid UTF-8 (tools that write UTF-8 without the
    flag), else the encoding :func:`marsad.io.encoding.decode` detects for text, when it decodes
    them without a problem. Returns ``(name, warning)``: a ``source-name`` warning naming the
    encoding read, ``None`` when the name stays as it was."""
    if flags & ZIP_UTF8_FLAG or name.isascii() or _plausible_cp437(name):
        return name, None
    data = name.encode("cp437")
    try:
        found, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        found, encoding, problems = decode(data)
        if not found or encoding is None or problems:
            return name, None
    return found, Problem(
        "warning",
        "source-name",
        f"zip member name without the UTF-8 flag read as {encoding} ({name!r} in cp437, the zip default)",
    )


def _iter_zip(
    fh: IO[bytes], source: str, fmt: str | None, depth: int, raw: bytes | None
) -> Iterator[Article]:
    """Articles of every member of a zip archive, in the central directory's order."""
    try:
        zf = zipfile.ZipFile(fh)
        infos = zf.infolist()
    except ARCHIVE_ERRORS as exc:
        if _starts_like_zip(fh):
            # No central directory (the file was cut short): read the members from their local
            # headers, in file order, up to the cut.
            yield from _iter_zip_local(fh, source, fmt, depth, raw, f"{type(exc).__name__}: {exc}")
            return
        yield error_article(source, "archive", f"unreadable zip archive: {type(exc).__name__}: {exc}", raw)
        return
    budget = _Budget()
    with zf:
        for info in infos:
            name, name_warning = zip_member_name(info.filename, info.flag_bits)
            if info.is_dir() or is_skipped_name(name):
                continue
            msrc = f"{source}::{name}"
            if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
                # a Unix symbolic link (``zip --symlinks``): its data is the target's path, no text
                yield error_article(
                    msrc, "link", "a symbolic link: links in an archive are not followed; nothing read"
                )
                continue
            if info.file_size > settings.MAX_MEMBER_BYTES:
                yield _too_large(msrc, info.file_size)
                continue
            if info.file_size >= settings.BOMB_CHECK_MIN_BYTES:
                ratio = info.file_size / info.compress_size if info.compress_size else float("inf")
                if ratio > settings.MAX_COMPRESSION_RATIO:
                    yield error_article(
                        msrc,
                        "zip-bomb",
                        f"compression ratio {ratio:,.0f}:1 ({info.file_size:,} bytes from "
                        f"{info.compress_size:,}) is over the limit of "
                        f"{settings.MAX_COMPRESSION_RATIO} (settings.MAX_COMPRESSION_RATIO); not read",
                    )
                    continue
            if budget.over(info.file_size):
                yield _archive_total_error(source, budget.total)
                return
            streamed = _is_jsonl(name, fmt)
            try:
                if streamed:
                    with zf.open(info) as member:
                        articles = _member_articles(member, name, msrc, fmt, depth)
                        yield from articles if name_warning is None else _with_warning(articles, name_warning)
                    continue
                with zf.open(info) as member:
                    data = _read_bounded(member, msrc)
            except ARCHIVE_ERRORS as exc:
                reason = f"unreadable zip member: {type(exc).__name__}: {exc}"
                stored, inflated = _salvage_zip_member(fh, info)
                if inflated is not None and not streamed:
                    # only the CRC-32 disagrees: the stream inflated to its end; read it, warned
                    size = (
                        f"its {len(inflated):,} bytes"
                        if len(inflated) == info.file_size
                        else f"{len(inflated):,} bytes (the archive says {info.file_size:,})"
                    )
                    how = "inflated to the end of the stream" if info.compress_type else "stored"
                    warning = Problem(
                        "warning",
                        "archive-member",
                        f"zip member read despite {type(exc).__name__}: {exc}; {size} {how} were read, "
                        "but they may be damaged",
                    )
                    yield from _with_warning(_member_articles(inflated, name, msrc, fmt, depth), warning)
                    continue
                kept = (
                    f"; raw kept: the member's {len(stored):,} compressed bytes"
                    if stored is not None
                    else "; its bytes could not be found in the archive"
                )
                yield error_article(msrc, "archive-member", reason + kept, stored, "text", None)
                continue
            if isinstance(data, Article):
                yield data
                continue
            articles = _member_articles(data, name, msrc, fmt, depth)
            yield from articles if name_warning is None else _with_warning(articles, name_warning)


def _salvage_zip_member(fh: IO[bytes], info: zipfile.ZipInfo) -> tuple[bytes | None, bytes | None]:
    """``(stored, inflated)`` of a zip member that :mod:`zipfile` could not read: ``stored`` is the
    member's compressed bytes as they lie in the archive (``None`` when its local header is not
    where the central directory says), kept as the failed record's raw; ``inflated`` is the data
    when the deflate stream decompresses to its end without an error (only the CRC-32 disagrees:
    a few damaged bytes; the JSON reader then loses only the records they fall in), at most
    ``settings.MAX_MEMBER_BYTES`` (``None`` otherwise). A corrupt member once lost all 300 SaudiNewsNet records of a day file
    with no raw at all (fifth new-user report, finding 4)."""
    try:
        fh.seek(info.header_offset)
        head = fh.read(_ZIP_LOCAL.size)
        if len(head) < _ZIP_LOCAL.size or head[:4] != _ZIP_LOCAL_SIG:
            return None, None
        nlen, xlen = _ZIP_LOCAL.unpack(head)[-2:]
        fh.seek(nlen + xlen, io.SEEK_CUR)
        stored = fh.read(info.compress_size)
    except (OSError, ValueError):
        return None, None
    if len(stored) < info.compress_size:
        return stored, None
    try:
        if info.compress_type == zipfile.ZIP_STORED:
            inflated = stored
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            inflated = zlib.decompressobj(-zlib.MAX_WBITS).decompress(stored, settings.MAX_MEMBER_BYTES + 1)
        else:
            return stored, None
    except zlib.error:
        return stored, None
    return stored, inflated if len(inflated) <= settings.MAX_MEMBER_BYTES else None


#: A zip local file header (APPNOTE.TXT 4.3.7): signature, version, flags, method, time, date, CRC-32,
#: compressed size, uncompressed size, name length, extra length.
_ZIP_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_ZIP_LOCAL_SIG = b"PK\x03\x04"


#: Compression methods a zip member may use (APPNOTE.TXT 4.4.5): stored, shrunk … deflate64, bzip2,
#: lzma, zstd, xz; anything else in a "local header" means the bytes are not a zip at all.
_ZIP_METHODS = frozenset({0, 1, 2, 3, 4, 5, 6, 8, 9, 12, 14, 93, 95, 96, 97, 98, 99})


class _NotZip(ValueError):
    """The bytes after a zip signature are not a local file header: corrupt, not cut short."""


def _starts_like_zip(fh: IO[bytes]) -> bool:
    try:
        fh.seek(0)
        return fh.read(4) == _ZIP_LOCAL_SIG
    except (OSError, ValueError):
        return False


def _zip_local_member(fh: IO[bytes]) -> tuple[str, bytes | None, str, bytes | None] | None:
    """The next member from a local header at ``fh``'s position: ``(name, data, problem, stored)``,
    where ``data`` is ``None`` when the member cannot be read (``problem`` says why) and ``stored``
    is the member's compressed bytes when it was cut (kept as raw when nothing of it inflates);
    ``None`` at the end of the local headers (central directory, or the cut). Raises ``EOFError`` at
    a cut."""
    head = fh.read(_ZIP_LOCAL.size)
    if len(head) < 4 or head[:4] != _ZIP_LOCAL_SIG:
        if 0 < len(head) and _ZIP_LOCAL_SIG.startswith(head[:4]) and len(head) < 4:
            raise EOFError("cut inside a local file header")
        return None
    if len(head) < _ZIP_LOCAL.size:
        raise EOFError("cut inside a local file header")
    _sig, version, flags, method, _t, _d, crc, csize, usize, nlen, xlen = _ZIP_LOCAL.unpack(head)
    if (version & 0xFF) > 90 or method not in _ZIP_METHODS:
        raise _NotZip(f"no valid local file header (version {version}, method {method})")
    name_bytes = fh.read(nlen)
    extra = fh.read(xlen)
    if len(name_bytes) < nlen or len(extra) < xlen:
        raise EOFError("cut inside a local file header")
    name = name_bytes.decode("utf-8", "replace") if flags & ZIP_UTF8_FLAG else name_bytes.decode("cp437")
    name = zip_member_name(name, flags)[0]
    if flags & 0x1:
        raise ValueError(f"member {name!r} is encrypted")
    if flags & 0x8 and csize == 0:
        if method != zipfile.ZIP_DEFLATED:
            raise ValueError(f"member {name!r} has no size in its local header (data descriptor)")
        dec = zlib.decompressobj(-zlib.MAX_WBITS)
        out: list[bytes] = []
        size = 0
        while not dec.eof:
            chunk = fh.read(1 << 16)
            if not chunk:
                raise EOFError(f"cut inside member {name!r}")
            piece = dec.decompress(chunk, settings.MAX_MEMBER_BYTES + 1 - size)
            out.append(piece)
            size += len(piece)
            if size > settings.MAX_MEMBER_BYTES:
                raise ValueError(f"member {name!r} over {settings.MAX_MEMBER_BYTES:,} bytes")
        fh.seek(-len(dec.unused_data), io.SEEK_CUR)
        desc = fh.read(16)  # optional signature, CRC-32, sizes
        if desc[:4] != b"PK\x07\x08":
            fh.seek(-4, io.SEEK_CUR)
        data = b"".join(out)
        return name, data, "", None
    if usize > settings.MAX_MEMBER_BYTES:
        fh.seek(csize, io.SEEK_CUR)
        return name, None, f"too-large:{usize}", None
    comp = fh.read(csize)
    if len(comp) < csize:
        cut = f"cut inside member {name!r} ({len(comp):,} of {csize:,} bytes)"
        if method == zipfile.ZIP_STORED:
            return name, comp, "cut:" + cut, comp
        if method == zipfile.ZIP_DEFLATED:  # what the deflate stream gives before the cut
            part = zlib.decompressobj(-zlib.MAX_WBITS).decompress(comp, settings.MAX_MEMBER_BYTES + 1)
            return name, part, "cut:" + cut, comp
        raise EOFError(cut)
    if method == zipfile.ZIP_STORED:
        data = comp
    elif method == zipfile.ZIP_DEFLATED:
        data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(comp, settings.MAX_MEMBER_BYTES + 1)
    elif method == zipfile.ZIP_BZIP2:
        data = bz2.BZ2Decompressor().decompress(comp, settings.MAX_MEMBER_BYTES + 1)
    elif method == zipfile.ZIP_LZMA:
        return name, None, "unsupported:lzma", None
    else:
        return name, None, f"unsupported:{method}", None
    if zlib.crc32(data) != crc:
        return name, None, "crc", None
    return name, data, "", None


def _iter_zip_local(
    fh: IO[bytes], source: str, fmt: str | None, depth: int, raw: bytes | None, why: str
) -> Iterator[Article]:
    """Articles of a zip whose central directory is missing (a download or copy cut short), read
    from the local file headers in file order; ends with an ``archive-truncated`` error saying how
    many members were read and where the file ends."""
    count = 0
    last = ""
    fh.seek(0)
    try:
        while True:
            member = _zip_local_member(fh)
            if member is None:
                if fh.read(1):  # more bytes, not a local header: the central directory is damaged
                    yield error_article(
                        source,
                        "archive",
                        f"damaged zip archive: {why}; {count:,} members read from their local headers",
                    )
                    return
                break
            name, data, problem, stored = member
            if name.endswith("/") or is_skipped_name(name):
                continue
            msrc = f"{source}::{name}"
            if data is None:
                if problem.startswith("too-large:"):
                    yield _too_large(msrc, int(problem.split(":", 1)[1]))
                else:
                    yield error_article(msrc, "archive-member", f"unreadable zip member ({problem})")
                continue
            if len(data) > settings.MAX_MEMBER_BYTES:
                yield _too_large(msrc, len(data))
                continue
            if problem.startswith("cut:"):  # the records of the member's first part, then the cut
                if data:
                    yield from _partial(_member_articles(data, name, msrc, fmt, depth), len(data))
                elif stored:  # nothing of it inflated: its compressed bytes kept (sixth new-user report, 10)
                    yield error_article(
                        msrc,
                        "archive-member",
                        f"zip member cut before any of it could be inflated ({problem[4:]}); raw kept: "
                        f"its {len(stored):,} compressed bytes",
                        stored,
                    )
                raise EOFError(problem[4:])
            last = name
            yield from _member_articles(data, name, msrc, fmt, depth)
            count += 1
        detail = f"no central directory ({why})"
    except _NotZip as exc:
        if count == 0 and not last:
            yield error_article(source, "archive", f"unreadable zip archive: {why}; {exc}", raw)
            return
        detail = f"{type(exc).__name__}: {exc}; no central directory ({why})"
    except (EOFError, ValueError, zlib.error, OSError) as exc:
        detail = f"{type(exc).__name__}: {exc}; no central directory ({why})"
    progress = f"after {count:,} members read whole" + (f" (last: {last})" if last else "")
    yield truncated_article(source, "zip archive", progress, fh, raw, detail)


def stream_members(tf: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    """The members of a tar opened in stream mode, one at a time, without the list of every
    :class:`~tarfile.TarInfo` that ``TarFile`` otherwise keeps (~800 bytes a member: 25 MB for
    ANT's 31,525 members — memory that would grow with the corpus)."""
    while True:
        member = tf.next()
        if member is None:
            return
        tf.members = []
        yield member


#: Magic bytes of the compressions a tar stream may come in, and the reader of each. The stream is
#: decompressed here, not by ``tarfile`` (``r|*``): Python's gzip/bz2/lzma readers raise
#: ``EOFError`` when the stream ends before its end-of-stream marker, where tarfile's own stream
#: reader silently stops (a truncated ``.tar.gz`` read as a shorter, complete archive).
_TAR_COMPRESSIONS: tuple[tuple[bytes, Callable[[IO[bytes]], IO[bytes]]], ...] = (
    (b"\x1f\x8b", lambda f: gzip.GzipFile(fileobj=f, mode="rb")),  # type: ignore[return-value]
    (b"BZh", lambda f: bz2.BZ2File(f, mode="rb")),  # type: ignore[return-value]
    (b"\xfd7zXZ\x00", lambda f: lzma.LZMAFile(f, mode="rb")),  # type: ignore[return-value]
)


class _UpToTheCut(io.RawIOBase):
    """A decompressing reader that gives every byte decompressed before a cut: ``read(n)`` returns
    what is there and raises the reader's ``EOFError`` only on the next call (a buffered
    ``read(n)`` would drop the bytes it had gathered); ``error`` keeps it."""

    def __init__(self, inner: IO[bytes]) -> None:
        super().__init__()
        self.inner = inner
        self.error: EOFError | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            raise self.error
        parts: list[bytes] = []
        need = size if size is not None and size >= 0 else 1 << 62
        while need > 0:
            try:
                chunk = self.inner.read1(min(need, 1 << 20))  # type: ignore[attr-defined]
            except EOFError as exc:
                self.error = exc
                if not parts:
                    raise
                break
            if not chunk:
                break
            parts.append(chunk)
            need -= len(chunk)
        return b"".join(parts)

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def _decompressed(fh: IO[bytes]) -> IO[bytes]:
    """``fh`` itself for a plain tar, else a reader decompressing it (see :data:`_TAR_COMPRESSIONS`)
    that hands over every byte before a cut (:class:`_UpToTheCut`)."""
    start = fh.tell()
    head = fh.read(6)
    fh.seek(start)
    for magic, opener in _TAR_COMPRESSIONS:
        if head.startswith(magic):
            return _UpToTheCut(opener(fh))  # type: ignore[return-value]
    return fh


class _TarProgress:
    """How far a tar stream got: members seen, the last one's name (for the truncation message)."""

    __slots__ = ("count", "whole", "last")

    def __init__(self) -> None:
        self.count = 0  # member headers seen
        self.whole = 0  # members read to their end
        self.last = ""

    def describe(self) -> str:
        return f"after {self.whole:,} members read whole" + (f" (last: {self.last})" if self.last else "")


#: Read tar streams with :class:`marsad.io.tarfast.FastTarFile` (same members, same errors as
#: ``tarfile``; ~0.15 M instructions less per ANT member); ``False``: ``tarfile.TarFile`` itself.
_FAST_TAR_HEADERS = True

#: Read regular tar members straight from the stream (see :func:`_tar_members`); ``False`` takes
#: ``tarfile``'s file object for every member (the tests compare both on cut archives).
_DIRECT_MEMBER_READ = True


class _MemberStream(io.RawIOBase):
    """The data of one regular tar member, read straight from the tar stream ``fileobj`` (at
    ``member.offset_data``): every byte there is up to the member's end, then, when the stream ends
    early, ``tarfile.ReadError("unexpected end of data")`` (or the decompressor's ``EOFError``) on
    the next read, so the whole lines of a cut JSON Lines member are read. From a
    :class:`~marsad.io.tarfast.ForwardStream`, a read takes what its buffer holds, or one byte
    when it is empty (one read of the stream below): a second read there would meet the cut and
    drop the bytes of the first."""

    def __init__(self, fileobj: Any, member: tarfile.TarInfo) -> None:
        super().__init__()
        self.fileobj = fileobj
        self.start: int | None = member.offset_data
        self.left = member.size
        self.forward = isinstance(fileobj, ForwardStream)

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        want = min(len(b), self.left)
        if want <= 0:
            return 0
        fileobj = self.fileobj
        if self.start is not None:
            fileobj.seek(self.start)
            self.start = None
        if self.forward:
            want = min(want, len(fileobj.buf) - fileobj.off) or 1
        data = fileobj.read(want)
        if not data:
            raise tarfile.ReadError("unexpected end of data")
        self.left -= len(data)
        b[: len(data)] = data
        return len(data)


def _tar_members(
    tf: tarfile.TarFile,
    source: str,
    fmt: str | None,
    compressed: IO[bytes] | None,
    stream: IO[bytes],
    raw: bytes | None,
    seen: _TarProgress,
) -> Iterator[tuple[str, bytes | IO[bytes] | Article | Problem]]:
    """``(name, data)`` of each regular member, in stream order; ``data`` is the bytes, a stream
    (JSON Lines), or an error article (or, last, a ``trailing-garbage`` warning :class:`Problem`). Damage ends the stream with an error article; so does a
    stream that ends without the tar end-of-archive block or the compression's end marker
    (``archive-truncated``)."""
    budget = _Budget()
    stored = 0
    damaged: list[list] = getattr(tf, "damaged", [])
    try:
        for member in stream_members(tf):
            if damaged:
                for article in _damaged_articles(source, damaged, seen, at_end=False):
                    yield "", article
            if member.isdir() or is_skipped_name(member.name):
                continue
            seen.count += 1
            msrc = f"{source}::{member.name}"
            if not member.isfile():  # a link, device or FIFO: recorded, not dropped (cli29 item 5)
                yield member.name, _not_a_file_article(msrc, member)
                continue
            if member.size > settings.MAX_MEMBER_BYTES:
                end = _input_size(compressed, raw) if stream is compressed else None
                if end is not None and member.offset_data + member.size > end:
                    # a size no data can follow (a damaged or hostile header, or a cut archive):
                    # skipping it would only read to the end (fourth new-user report, #2)
                    yield (
                        "",
                        truncated_article(
                            source,
                            "tar archive",
                            seen.describe(),
                            compressed,
                            raw,
                            f"member {member.name!r} (header at byte {member.offset:,}) declares "
                            f"{member.size:,} bytes, past the end of the input at byte {end:,}",
                        ),
                    )
                    return
                yield member.name, _too_large(msrc, member.size)
                continue
            if budget.over(member.size):
                yield member.name, _archive_total_error(source, budget.total)
                return
            # the ratio of the bytes stored in the tar (a sparse member's holes are not: GNU/pax
            # ``tar --sparse``) to the compressed bytes read; none for an uncompressed tar, where
            # the stored bytes are the input (fourth new-user report #10)
            stored += member.size if member.sparse is None else sum(n for _, n in member.sparse)
            if stream is not compressed and stored >= settings.BOMB_CHECK_MIN_BYTES:
                ratio = stored / max(compressed.tell(), 1)  # type: ignore[union-attr]
                if ratio > settings.MAX_COMPRESSION_RATIO:
                    yield (
                        member.name,
                        error_article(
                            source,
                            "zip-bomb",
                            f"compression ratio {ratio:,.0f}:1 after {seen.count:,} members is over the limit of "
                            f"{settings.MAX_COMPRESSION_RATIO} (settings.MAX_COMPRESSION_RATIO); the rest is not read",
                        ),
                    )
                    return
            if _DIRECT_MEMBER_READ and member.sparse is None and not _is_jsonl(member.name, fmt):
                # a regular member read straight from the tar stream: the bytes
                # ``tf.extractfile(member).read()`` gives (and its error for a short read), without
                # the buffered file object around them (~10 µs a member)
                tf.fileobj.seek(member.offset_data)  # type: ignore[union-attr]
                data = tf.fileobj.read(member.size)  # type: ignore[union-attr]
                if len(data) != member.size:
                    raise tarfile.ReadError("unexpected end of data")
                seen.last, seen.whole = member.name, seen.whole + 1
                yield member.name, data
                continue
            if _is_jsonl(member.name, fmt) and member.sparse is None:
                # streamed, every byte before a cut handed over (tarfile's file object loses the
                # whole buffered chunk that the cut falls in: every line of a small member)
                yield member.name, io.BufferedReader(_MemberStream(tf.fileobj, member))  # type: ignore[arg-type]
                seen.last, seen.whole = member.name, seen.whole + 1
                continue
            fh = tf.extractfile(member)
            if fh is None:
                continue
            if _is_jsonl(member.name, fmt):
                yield member.name, fh  # type: ignore[misc]
                seen.last, seen.whole = member.name, seen.whole + 1
                continue
            data = fh.read()
            seen.last, seen.whole = member.name, seen.whole + 1
            yield member.name, data
        if damaged:
            for article in _damaged_articles(source, damaged, seen, at_end=True):
                yield "", article
        # The stream ended. tarfile stops quietly when the next header is missing or short: the
        # end-of-archive block (512 zero bytes) was read only when the position moved a whole block.
        if tf.fileobj.tell() - tf.offset < tarfile.BLOCKSIZE:  # type: ignore[union-attr]
            yield (
                "",
                truncated_article(
                    source,
                    "tar archive",
                    seen.describe(),
                    compressed,
                    raw,
                    "no end-of-archive block (the stream ends inside or before a member header)"
                    + (
                        f"; {type(stream.error).__name__}: {stream.error}"
                        if getattr(stream, "error", None)
                        else ""
                    ),
                ),
            )
            return
        if stream is not compressed:  # drain the padding so the decompressor checks its end marker
            try:
                for _ in range(64):
                    if not stream.read(1 << 16):
                        break
            except ARCHIVE_ERRORS as exc:
                if is_truncation(exc):
                    raise
                # bytes after the compressed stream that are no compressed data: every member
                # was read (gzip(1): "decompression OK, trailing garbage ignored"); a warning
                # for the last record, not an unreadable archive (fourth new-user report #13)
                yield (
                    "",
                    Problem(
                        "warning",
                        "trailing-garbage",
                        f"bytes after the end of the compressed tar archive {seen.describe()} are no "
                        f"compressed data ({type(exc).__name__}: {exc}); ignored",
                    ),
                )
    except ARCHIVE_ERRORS as exc:
        yield "", _cut_or_unreadable(source, exc, seen.describe(), "tar archive", compressed, raw)


def _damaged_articles(source: str, damaged: list[list], seen: _TarProgress, at_end: bool) -> list[Article]:
    """One ``archive`` error per damaged region a :class:`FastTarFile` skipped over (its
    ``damaged`` list, emptied here), each with the region's bytes as its raw (the damaged header
    and the blocks up to the next valid header: the lost member's data is kept). ``at_end``: the
    archive ended after the last region (no valid header followed it)."""
    out = []
    for k, (offset, why, blocks, raw) in enumerate(damaged):
        last = k == len(damaged) - 1
        to = "the end of the archive" if at_end and last else "the next valid header"
        size = blocks * tarfile.BLOCKSIZE
        kept = "raw kept" if len(raw) == size else f"the first {len(raw):,} bytes kept as raw"
        out.append(
            error_article(
                source,
                "archive",
                f"tar archive {seen.describe()}: damaged member header at byte {offset:,} ({why}); "
                f"{size:,} bytes skipped to {to} (the member there is lost, {kept}"
                + ("" if at_end and last else "; reading goes on")
                + ")",
                bytes(raw),
            )
        )
    damaged.clear()
    return out


#: Most bytes a DEFLATE stream (gzip) can inflate to per compressed byte (RFC 1951: a 258-byte
#: match per 2 bits at best; zlib's "maximum compression factor 1032:1", zlib.net/zlib_tech.html).
DEFLATE_MAX_RATIO = 1032


def _tar_size_limit(
    fh: IO[bytes], stream: IO[bytes], raw: bytes | None
) -> tuple[int | None, str]:
    """Where the tar data of ``stream`` (read from ``fh``) must end, for
    :attr:`FastTarFile.size_limit`: the input's size when it is uncompressed (bytes in memory, or a
    regular file), ``DEFLATE_MAX_RATIO`` times it for gzip; ``(None, "")`` otherwise (a pipe,
    bzip2, xz)."""
    if raw is not None:
        size: int | None = len(raw)
    else:
        try:
            st = os.fstat(fh.fileno())
            size = st.st_size - fh.tell() if stat.S_ISREG(st.st_mode) else None
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            size = None
    if size is None:
        return None, ""
    if stream is fh:
        return size, f"the end of the input at byte {size:,}"
    if isinstance(stream, _UpToTheCut) and isinstance(stream.inner, gzip.GzipFile):
        limit = size * DEFLATE_MAX_RATIO
        return limit, (
            f"the {limit:,} bytes that {size:,} gzip-compressed bytes can hold at most "
            f"(DEFLATE: {DEFLATE_MAX_RATIO:,}:1)"
        )
    return None, ""


def _iter_tar(
    fh: IO[bytes],
    source: str,
    fmt: str | None,
    depth: int,
    raw: bytes | None,
    compressed: IO[bytes] | None = None,
) -> Iterator[Article]:
    """Articles of every member of a (compressed) tar stream, read once, in order."""
    try:
        stream = _decompressed(fh)
        if _FAST_TAR_HEADERS:
            limit, what = _tar_size_limit(fh, stream, raw)
            tf = FastTarFile.open_stream(stream, resync=True, size_limit=limit, size_limit_what=what)
        else:
            tf = tarfile.open(fileobj=stream, mode="r|")
    except ARCHIVE_ERRORS as exc:
        if is_truncation(exc):
            yield truncated_article(
                source, "tar archive", "before its first member", fh, raw, f"{type(exc).__name__}: {exc}"
            )
            return
        yield error_article(source, "archive", f"unreadable tar archive: {type(exc).__name__}: {exc}", raw)
        return
    seen = _TarProgress()
    held: Article | None = None  # one record held back: a warning about the archive's end goes on the last
    with tf:
        for name, data in _tar_members(
            tf, source, fmt, compressed if compressed is not None else fh, stream, raw, seen
        ):
            if isinstance(data, bytes):
                for article in _member_articles(data, name, f"{source}::{name}", fmt, depth):
                    if held is not None:
                        yield held
                    held = article
                continue
            if isinstance(data, Article):
                if held is not None:
                    yield held
                held = data
                continue
            if isinstance(data, Problem):
                if held is None:
                    held = error_article(source, "archive", f"tar archive without members: {data.message}")
                else:
                    held.problems.append(data)
                continue
            msrc = f"{source}::{name}"
            try:
                for article in _member_articles(data, name, msrc, fmt, depth):
                    if held is not None:
                        yield held
                    held = article
            except ARCHIVE_ERRORS as exc:
                if held is not None:
                    yield held
                if is_truncation(exc):
                    held = truncated_article(
                        source, "tar archive", seen.describe(), fh, raw, f"{type(exc).__name__}: {exc}"
                    )
                    break
                held = error_article(
                    msrc, "archive-member", f"unreadable tar member: {type(exc).__name__}: {exc}"
                )
    if held is not None:
        yield held


# -- files and folders ------------------------------------------------------------------------
def _small_raw(path: Path) -> bytes | None:
    """The bytes of ``path`` when it is small enough to keep as the raw of an error article."""
    try:
        return path.read_bytes() if path.stat().st_size <= settings.MAX_MEMBER_BYTES else None
    except OSError:
        return None


def _open_failure_raw(articles: Iterable[Article], path: Path) -> Iterator[Article]:
    """Give the error article of an archive that could not be opened at all the file's bytes
    (when small enough, see :func:`_small_raw`): the input is kept even though it is unreadable."""
    source = str(path)
    for article in articles:
        if (
            article.raw is None
            and article.source == source
            and article.problems
            and article.problems[0].code == "archive"
            and article.problems[0].message.startswith("unreadable")
        ):
            article.raw = _small_raw(path)
        yield article


def iter_file(
    path: Path, fmt: str | None = None, stores: list[tuple[Path, int]] | None = None
) -> Iterator[Article]:
    """Articles of one file on disk: an archive (streamed), JSON Lines (streamed), or a file
    read whole (up to ``MAX_MEMBER_BYTES``). ``stores``, given in a folder walk: an SQLite
    database (:data:`SQLITE_MAGIC`: another store) gives no record and is appended to it as
    ``(path, 1)``."""
    source = str(path)
    try:
        size = path.stat().st_size
        kind = archive_kind(path.name)
        if kind is None and size > settings.MAX_MEMBER_BYTES:
            with path.open("rb") as fh:
                head = fh.read(512)
            if stores is not None and head.startswith(SQLITE_MAGIC):
                stores.append((path, 1))
                return
            kind = archive_kind(path.name, head)
        if kind is not None:
            with path.open("rb") as fh:
                if kind == "tar":
                    articles = _iter_tar(fh, source, fmt, 1, None, compressed=fh)
                elif kind == "zip":
                    articles = _iter_zip(fh, source, fmt, 1, None)
                else:
                    articles = _iter_gzip(fh, path.name, source, fmt, 1, None)
                yield from recorded_if_empty(
                    _open_failure_raw(articles, path), source, kind, lambda: _small_raw(path)
                )
            return
        if _is_jsonl(path.name, fmt):
            with path.open("rb") as fh:
                yield from iter_jsonl_stream(fh, source, live=special_file_kind(path) is not None)
            return
        if size > settings.MAX_MEMBER_BYTES:
            yield _too_large(source, size)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield error_article(source, "unreadable", f"cannot read file: {type(exc).__name__}: {exc}")
        return
    if stores is not None and data.startswith(SQLITE_MAGIC):
        stores.append((path, 1))
        return
    yield from _iter_blob(data, path.name, source, fmt, 1)


#: The first 16 bytes of an SQLite database file (sqlite.org/fileformat.html, "The Database Header").
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Files SQLite keeps beside a database ``x.db``: ``x.db-wal``, ``x.db-shm``, ``x.db-journal``.
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: Magic numbers of a write-ahead log (0x377f0682/3, big-endian) and of a rollback journal.
_SQLITE_SIDE_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
#: The folder beside a Marsad store ``x.db`` that holds its search index (``marsad.search.index``).
SEARCH_FOLDER_SUFFIX = ".search"


def _head(path: str, size: int = 16) -> bytes:
    """The first ``size`` bytes of the file at ``path`` (``b""`` when it cannot be read)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return b""
    try:
        return os.read(fd, size) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(fd)


def _is_side_file(root: str, name: str, files: set[str]) -> bool:
    """True for an SQLite side file (:data:`SQLITE_SIDE_SUFFIXES`) of a database in the same folder
    or with its own magic number: another store's file, not an article (twelfth new-user report:
    ``marsad ingest FOLDER --db FOLDER/a.db`` read the other stores' 115 files there as failed
    records). Databases themselves are known by their header when :func:`iter_file` reads them (no
    second opening of every file of a walk)."""
    for suffix in SQLITE_SIDE_SUFFIXES:
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            if base in files and _head(os.path.join(root, base)) == SQLITE_MAGIC:
                return True
            return _head(os.path.join(root, name), 8).startswith(_SQLITE_SIDE_MAGICS)
    return False


def _is_search_folder(root: str, name: str, files: set[str]) -> bool:
    """True for a Marsad search index folder: ``x.db.search`` beside the SQLite database ``x.db``,
    or holding a ``v<N>-<id>/meta.json`` index (a store moved without its database)."""
    if not name.endswith(SEARCH_FOLDER_SUFFIX):
        return False
    base = name[: -len(SEARCH_FOLDER_SUFFIX)]
    if base in files and _head(os.path.join(root, base)) == SQLITE_MAGIC:
        return True
    try:
        return any(
            e.name.startswith("v") and os.path.isfile(os.path.join(e.path, "meta.json"))
            for e in os.scandir(os.path.join(root, name))
            if e.is_dir(follow_symlinks=False)
        )
    except OSError:
        return False


def _files_under(folder: str) -> int:
    return sum(len(files) for _r, _d, files in os.walk(folder))


def iter_folder(
    folder: Path, exclude: frozenset[Path] = frozenset(), skipped: list[tuple[Path, int]] | None = None
) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted order (names sorted within each folder);
    symbolic links to folders are not followed; :func:`is_skipped_name` files are left out, and so
    are the files and folders in ``exclude`` (absolute, resolved paths: the output store's own
    files when the store lies inside an input folder) and other stores' files: SQLite side files
    (:func:`_is_side_file`) and Marsad search index folders (:func:`_is_search_folder`), each
    appended to ``skipped`` as ``(path, number of files)`` (an SQLite database itself is known when
    :func:`iter_file` reads its first bytes)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        names = set(files)
        kept = []
        for d in sorted(dirs):
            if d.startswith(".") or d == "__MACOSX" or (exclude and _excluded(root, d, exclude)):
                continue
            if _is_search_folder(root, d, names):
                if skipped is not None:
                    skipped.append((Path(root) / d, _files_under(os.path.join(root, d))))
                continue
            kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if is_skipped_name(name) or (exclude and _excluded(root, name, exclude)):
                continue
            if name.endswith(SQLITE_SIDE_SUFFIXES) and _is_side_file(root, name, names):
                if skipped is not None:
                    skipped.append((Path(root) / name, 1))
                continue
            yield Path(root) / name


#: What a folder entry that is not a regular file is, by its ``stat`` mode (POSIX ``S_IS*``).
SPECIAL_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def special_file_kind(path: Path) -> str | None:
    """``"a named pipe (FIFO)"`` … when ``path`` (a link followed) is one of
    :data:`SPECIAL_FILE_KINDS`, else ``None`` (regular files, and paths ``stat`` fails on: those get
    :func:`iter_file`'s ``unreadable`` error). Opening a FIFO blocks until a writer comes, forever in
    a folder walk (fresh-user report 3, finding 7); a pipe named on the command line is still read."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return next((name for test, name in SPECIAL_FILE_KINDS if test(mode)), None)


def _excluded(root: str, name: str, exclude: frozenset[Path]) -> bool:
    return (Path(root) / name).resolve() in exclude


def iter_articles(
    paths: Iterable[str | Path],
    fmt: str | None = None,
    exclude: frozenset[Path] = frozenset(),
    skipped: list[tuple[Path, int]] | None = None,
) -> Iterator[Article]:
    """Yield the (unannotated) articles of every file, folder and archive in ``paths``, in order.

    ``fmt`` forces one of ``"text" | "trec" | "json" | "jsonl" | "html"`` for every file (detected
    per file when ``None``). ``exclude``: resolved paths of files and folders that a folder walk
    leaves out (:func:`marsad.store.ingest.store_files`: the store being written, its ``-wal`` and
    ``-shm`` files and its search index folder, which are output, not input). ``skipped`` receives
    ``(path, files)`` for each other store's file or search folder a folder walk leaves out
    (:func:`iter_folder`). Never raises: a
    missing path, an unreadable file or archive, a bomb or an oversized member each yield an
    article with an error-level problem (see the module docstring).
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            stores = skipped if skipped is not None else []
            for f in iter_folder(path, exclude, stores):
                special = special_file_kind(f)
                if special is not None:
                    yield error_article(
                        str(f),
                        "not-a-file",
                        f"{special}, not a regular file; skipped (a folder walk reads only files)",
                    )
                    continue
                yield from _file_guarded(f, fmt, stores)
        elif path.exists():
            yield from _file_guarded(path, fmt)
        else:
            yield error_article(str(path), "not-found", "no such file or folder")


def _file_guarded(
    path: Path, fmt: str | None, stores: list[tuple[Path, int]] | None = None
) -> Iterator[Article]:
    """:func:`iter_file`; should a reader raise after all (readers record problems instead), the
    file gets one ``read-failed`` record naming it and the walk goes on with the next file (one
    bad JSON Lines line once stopped a folder's walk: fifth new-user report, finding 2)."""
    n = 0
    try:
        for article in iter_file(path, fmt) if stores is None else iter_file(path, fmt, stores=stores):
            n += 1
            yield article
    except Exception as exc:  # noqa: BLE001 - recorded, the next file is read
        raw = _failed_file_bytes(path)
        kept = "raw bytes kept" if raw is not None else "raw bytes not kept (an archive or over MAX_MEMBER_BYTES)"
        yield error_article(
            str(path),
            "read-failed",
            f"reading stopped after {n:,} record(s): {type(exc).__name__}: {exc}; {kept}",
            raw=raw,
        )


def _failed_file_bytes(path: Path) -> bytes | None:
    """The bytes of a plain file whose reader failed, kept as the ``read-failed`` record's raw so
    nothing is lost (seventh new-user report, finding 1: a cut UTF-16 file kept no bytes); ``None``
    for an archive (its members are records of their own) or a file over ``MAX_MEMBER_BYTES``."""
    try:
        if path.stat().st_size > settings.MAX_MEMBER_BYTES:
            return None
        with path.open("rb") as f:
            head = f.read(512)
            if archive_kind(path.name, head) is not None:
                return None
            return head + f.read()
    except OSError:
        return None


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many input files and archive members :func:`iter_articles` will read (records inside a
    file — a JSON array, a multi-``<DOC>`` file — are not counted), for a progress total.

    Zip archives are counted from their central directory (cheap); tar archives are scanned once
    (decompressing: 1–3 s for the 27 MB ANT tar.gz). Returns ``None`` when something cannot be
    counted (an unreadable archive)."""
    total = 0
    try:
        for p in paths:
            path = Path(p)
            files = iter_folder(path) if path.is_dir() else [path]
            for f in files:
                kind = archive_kind(f.name)
                if kind == "zip":
                    with zipfile.ZipFile(f) as zf:
                        total += sum(
                            1 for i in zf.infolist() if not i.is_dir() and not is_skipped_name(i.filename)
                        )
                elif kind == "tar":
                    # read as iter_articles reads it: no endless skip past the end of the data
                    # (tarfile's own stream does ~10^17 empty reads for a 2^70-byte member),
                    # members after a damaged header counted
                    with open(f, "rb") as fh:
                        stream = _decompressed(fh)
                        limit, what = _tar_size_limit(fh, stream, None)
                        with FastTarFile.open_stream(
                            stream, resync=True, size_limit=limit, size_limit_what=what
                        ) as tf:
                            total += sum(
                                1 for m in stream_members(tf) if m.isfile() and not is_skipped_name(m.name)
                            )
                else:
                    total += 1
    except ARCHIVE_ERRORS:
        return None
    return total
