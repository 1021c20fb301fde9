"""JSON arrays and JSON Lines of news records (SaudiNewsNet: ``source, url, date_extracted, title,
author, content``), one :class:`~marsad.model.Article` per record.

JSON strings carry escapes, so ``Article.text`` is not a slice of the source: it is the decoded
values of the record's title, author, date and content, in that fixed order, joined by a blank line
(``"\\n\\n"``); absent, null or blank values are left out. ``Article.fields`` gives the span of each
value under ``"title"``, ``"author"``, the date's own key (``"date"``, ``"date_extracted"``,
``"published"``, …) and ``"content"`` (whatever the content key was). ``Article.meta`` holds every
other scalar value as a string (``url``, ``source``, a second date, …).

``Article.raw`` is the record's verbatim source text: the exact characters of the array element or
the line, found with :meth:`json.JSONDecoder.raw_decode`, re-encoded with the file's codec — byte for
byte the source unless the file had undecodable bytes (then a ``decode`` warning is recorded). A file
with one record keeps the whole file's bytes.

Wrong value types are coerced when it is safe (number → its digits, list of strings → joined) with a
``field-type`` warning, otherwise dropped with a ``field-type`` error; a record that is not a JSON
object, or cannot be parsed, becomes an error article. One bad record never stops the file: a broken
array element is skipped up to the next line that starts a ``{`` or the next ``}, {``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.io.encoding import unify_line_breaks
from marsad.io.plain import check_content
from marsad.model import Article, Problem, Span

#: Keys read for each part of the text, in order of preference (compared in lower case).
TITLE_KEYS = ("title", "headline")
AUTHOR_KEYS = ("author", "authors", "byline", "writer")
#: ``datePublished``/``dateCreated`` are schema.org's (the JSON-LD of news pages), ``published_at`` /
#: ``created_at`` WordPress/Ghost/Rails APIs', ``publishedAt`` NewsAPI's (eighth new-user report,
#: finding 10: they gave no date). Every key here but ``date_modified`` is one of
#: :data:`marsad.time.publication.TIME_FIELDS` (a test checks it).
DATE_KEYS = (
    "published",
    "date_published",
    "datepublished",
    "published_at",
    "publishedat",
    "publication_date",
    "publish_date",
    "pubdate",
    "pub_date",
    "date",
    "datetime",
    "time",
    "datecreated",
    "date_created",
    "created_at",
    "createdat",
    "date_extracted",
    "date_modified",
)
CONTENT_KEYS = ("content", "text", "body", "article", "article_body", "articlebody")
#: The parts of :attr:`Article.text`, in layout order, with the keys that fill them.
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", TITLE_KEYS),
    ("author", AUTHOR_KEYS),
    ("date", DATE_KEYS),
    ("content", CONTENT_KEYS),
)
PART_SEPARATOR = "\n\n"
#: How list values are joined when coerced to a string.
LIST_JOINERS = {"title": " ", "author": "، ", "date": " ", "content": "\n\n"}

#: The keys under which a nested value holds the text of a field (``"body": {"text": …}``,
#: WordPress REST ``"title": {"rendered": …}``, ``"author": {"name": …}``), in order of preference
#: (third new-user report, finding 14).
NESTED_VALUE_KEYS = ("text", "rendered", "content", "value", "body", "html", "name", "title")
#: Parts that only add to an article: a value of theirs that cannot be read is a ``field-type``
#: warning (the record is still read: its title and content are there), not an error (third
#: new-user report, finding 13: ``published`` as an object made every record "failed").
EXTRA_PARTS = frozenset({"author", "date"})
#: Keys of a JSON object that wraps the records (``{"status": "ok", "articles": [...]}``, news
#: APIs such as NewsAPI, ``{"data": {"articles": [...]}}``), in order of preference; searched
#: :data:`WRAPPER_MAX_DEPTH` levels deep (third new-user report, finding 14).
WRAPPER_KEYS = (
    "articles",
    "data",
    "items",
    "results",
    "posts",
    "news",
    "records",
    "entries",
    "documents",
    "docs",
    "stories",
    "hits",
    "rows",
    "response",
    "result",
    "payload",
    "content",
)
WRAPPER_MAX_DEPTH = 2
#: After an array element: optional whitespace, then ``,`` or ``]``.
_ARRAY_SEP_RE = re.compile(r"\s*([,\]])\s*")
_WHITESPACE_RE = re.compile(r"\s*")
#: Where to resume after a broken array element: the next line that starts a JSON object, or the
#: next ``}, {`` between two objects (arrays written on one line, ``json.dumps``' default).
_RESYNC_RE = re.compile(r"\n[ \t]*\{|\}[ \t\r\n]*,[ \t\r\n]*\{")
_DECODER = json.JSONDecoder()
#: A lone UTF-16 surrogate: what ``json`` makes of an escape of half a pair (``"\\ud83d"``, an emoji
#: cut in two by a scraper's truncation). It is not a character and strict UTF-8 encoders (SQLite,
#: crfsuite) reject it, so it is replaced by U+FFFD like an undecodable byte (one code point for one:
#: spans hold), with a ``decode`` warning; ``Article.raw`` keeps the escape.
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: HTML element names whose tags in a JSON string value mean it holds a page's markup (scraped
#: dumps keep ``content`` as HTML: third new-user report, finding 3). A known name is required so
#: that ``<DOCNO>`` or ``x < 5 > y`` are not taken for HTML.
HTML_TAG_NAMES = (
    "p|br|div|span|a|script|style|noscript|iframe|b|i|u|em|strong|font|img|ul|ol|li|h[1-6]|table|"
    "thead|tbody|tr|td|th|blockquote|figure|figcaption|section|article|header|footer|nav|aside|"
    "center|sup|sub|hr|small|big|pre|code|cite|q|mark|time|video|audio|source|picture"
)
HTML_TAG_RE = re.compile(rf"</?(?:{HTML_TAG_NAMES})(?:\s[^<>]*)?/?>|<!--", re.IGNORECASE)
#: Parts whose value is cleaned of HTML markup (the date is a machine value, left as it is).
HTML_PARTS = frozenset({"title", "author", "content"})


def _coerce(part: str, key: str, value: Any, article: Article) -> str | None:
    """``value`` as text for ``part`` (see the module docstring); problems recorded on ``article``."""
    if isinstance(value, str):
        return value
    if value is None:
        return None
    if isinstance(value, bool):
        (article.warn if part in EXTRA_PARTS else article.error)(
            "field-type", f"{key!r} is a boolean ({json.dumps(value)}); not read"
        )
        return None
    if isinstance(value, (int, float)):
        if part != "date":  # a date's number is read by the time stage: a Unix time, else bad-date
            article.warn("field-type", f"{key!r} is a number ({value!r}); read as text")
        return json.dumps(value)
    if isinstance(value, list) and all(
        isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value
    ):
        if not value:
            return None
        article.warn("field-type", f"{key!r} is a list of {len(value)} values; joined into one text")
        return LIST_JOINERS[part].join(v if isinstance(v, str) else json.dumps(v) for v in value)
    if isinstance(value, dict):
        inner = next(
            (k for k in NESTED_VALUE_KEYS if isinstance(value.get(k), str) and value[k].strip()), None
        )
        if inner is not None:
            article.warn("field-type", f"{key!r} is an object; its {inner!r} value read")
            return value[inner]
    kind = "an object" if isinstance(value, dict) else "a list with objects or lists"
    if part in EXTRA_PARTS:
        article.warn("field-type", f"{key!r} is {kind}; not read (kept in raw)")
    else:
        article.error("field-type", f"{key!r} is {kind}; not read (kept in raw)")
    return None


#: JSON's own names for the values a parsed record can be (RFC 8259 §3), not Python's type names.
_JSON_KINDS = (
    (bool, "true/false"),
    (type(None), "null"),
    (str, "a string"),
    (int, "a number"),
    (float, "a number"),
    (list, "an array"),
)


def _json_kind(value: Any) -> str:
    """``"null"``, ``"a string"``, ``"an array"`` … for a parsed JSON value (a user reads the
    JSON's words, not ``NoneType``/``list``: second-user finding)."""
    return next((name for t, name in _JSON_KINDS if isinstance(value, t)), f"a {type(value).__name__}")


def record_to_article(record: Any, source: str, encoding: str | None, raw: bytes | None, fmt: str) -> Article:
    """Build the article of one parsed JSON ``record`` (see the module docstring for the layout)."""
    article = Article(text="", source=source, fmt=fmt, encoding=encoding, raw=raw)
    if not isinstance(record, dict):
        article.error("json-type", f"record is {_json_kind(record)}, not an object; not read")
        return article
    if EXPORT_KEYS <= record.keys():
        return export_record_to_article(record, source, encoding, raw, fmt)
    wrapped = find_wrapped_article(record)
    if wrapped is not None:
        path, record = wrapped
        article.warn(
            "json-wrapper",
            f"the record's {' → '.join(path)!r} is an object holding the article's fields (title, "
            "content): read from there (the record's other keys kept)",
        )
    by_lower = {}
    for key in record:
        by_lower.setdefault(str(key).lower(), key)
    used: set[str] = set()
    pieces: list[str] = []
    pos = 0
    for part, keys in PARTS:
        for lower in keys:
            key = by_lower.get(lower)
            if key is None:
                continue
            used.add(key)
            value = _coerce(part, key, record[key], article)
            if not value or value.isspace():
                continue
            value = _clean_value(part, key, value, article)
            if not value:
                continue
            if pieces:
                pieces.append(PART_SEPARATOR)
                pos += len(PART_SEPARATOR)
            name = key if part == "date" else part
            article.fields[name] = Span(pos, pos + len(value))
            pieces.append(value)
            pos += len(value)
            if part in ONE_OF_PARTS:
                _note_other_values(part, key, record, keys, by_lower, article)
            break
    article.text = "".join(pieces)
    for key, value in record.items():
        if key in used:
            continue
        if isinstance(value, str):
            article.meta[str(key)] = value
        elif isinstance(value, (int, float, bool)):
            article.meta[str(key)] = json.dumps(value)
    _replace_lone_surrogates(article)
    if "title" in article.fields or "content" in article.fields:
        # A value that could not be read beside a title or content that could: the article is read
        # (stored as read, counted in ``ingest``'s exit status), with the loss as a warning.
        article.problems = [
            Problem("warning", p.code, p.message) if p.code == "field-type" else p for p in article.problems
        ]
    if not used and not article.problems:
        article.error("empty", f"{describe_object(record)}; no article fields ({_field_names()})")
        return article
    check_content(article, "title" in article.fields, "content" in article.fields, "content")
    return article


#: Parts with several candidate keys of which one is read (``content`` before ``text``, ``title``
#: before ``headline``): another key holding different text is named in a ``json-fields`` warning
#: (fifth new-user report, finding 12: ``text`` was left out without a word). Dates are not in it:
#: ``date`` beside ``date_modified`` is two facts, both kept (the other in ``meta``).
ONE_OF_PARTS = frozenset({"title", "author", "content"})


def _note_other_values(
    part: str,
    key: str,
    record: dict[str, Any],
    keys: tuple[str, ...],
    by_lower: dict[str, Any],
    article: Article,
) -> None:
    """Warn ``json-fields`` for each other key of ``part`` (after ``key`` in ``keys``) whose value is
    non-blank text that differs from the value read (compared without surrounding white space)."""
    chosen = record[key].strip() if isinstance(record[key], str) else None
    for lower in keys[keys.index(str(key).lower()) + 1 :]:
        other = by_lower.get(lower)
        value = record.get(other) if other is not None else None
        if isinstance(value, str) and value.strip() and value.strip() != chosen:
            article.warn(
                "json-fields",
                f"{key!r} and {other!r} both hold text and differ: {key!r} read as the {part}, "
                f"{other!r} kept in meta, not read",
            )


def find_wrapped_article(
    record: dict[str, Any], depth: int = WRAPPER_MAX_DEPTH
) -> tuple[list[str], dict[str, Any]] | None:
    """``(key_path, record)`` when ``record`` has no title key of its own and one of its values
    (up to ``depth`` levels deep) is an object with a non-blank title (:data:`TITLE_KEYS`): that
    object is the article (``{"article": {"title": …, "content": …}, "url": …}``; fifth new-user
    report, finding 12: the nested title was lost). The record returned is that object plus the
    outer keys it does not have (``url``, ``source``); ``None`` otherwise (one dict look-up per
    key for an ordinary record)."""
    lower = {str(k).lower() for k in record}
    if depth <= 0 or any(k in lower for k in TITLE_KEYS):
        return None
    for key, value in record.items():
        if not isinstance(value, dict):
            continue
        inner = {str(k).lower(): v for k, v in value.items()}
        if any(isinstance(inner.get(k), str) and inner[k].strip() for k in TITLE_KEYS):
            found: tuple[list[str], dict[str, Any]] = ([str(key)], value)
        else:
            deeper = find_wrapped_article(value, depth - 1)
            if deeper is None:
                continue
            found = ([str(key), *deeper[0]], deeper[1])
        merged = dict(found[1])
        have = {str(k).lower() for k in merged}
        for k, v in record.items():
            if k != key and str(k).lower() not in have:
                merged[k] = v
        return found[0], merged
    return None


#: Keys that mark a record as Marsad's own export (:meth:`marsad.model.Article.to_dict`, ``marsad
#: export --format jsonl``); such a record is read back from its ``text`` (third new-user report,
#: finding 13: export → ingest gave the TREC tags as paragraphs and six "failed" records).
EXPORT_KEYS = frozenset({"format", "text", "content_hash", "blocks", "title_span", "fields"})
#: Exported formats whose ``text`` is the source itself (read again by that format's reader);
#: for the others ``text`` is the joined field values, rebuilt into a record from ``fields``.
EXPORT_SOURCE_FORMATS = frozenset({"text", "trec"})
EXPORT_FIELD_FORMATS = frozenset({"json", "jsonl", "html"})


def export_record_to_article(
    record: dict[str, Any], source: str, encoding: str | None, raw: bytes | None, fmt: str
) -> Article:
    """Read back one record of ``marsad export`` (the :data:`EXPORT_KEYS` shape): its ``text`` with
    its original ``format`` — a plain or TREC text by that reader, the fields of a JSON or HTML
    article rebuilt as a record from the ``fields`` spans — so the article gets the same text, and
    the stages give the same title, paragraphs and publication time. ``fmt`` is the original
    format; ``raw`` stays the export line; ``meta["exported_source"]`` is the original ``source``
    (the exported ``meta`` is kept for keys the reader did not set). A record exported from a
    failed article (empty ``text``: exports hold no raw) keeps that article's errors, code and
    message (``empty``, ``binary``, ``too-large``…; cli29 item 7: all were ``export-failed``, the
    reason left only in the message), followed by an ``export-failed`` warning; with no error in
    the record, ``export-failed`` is the error."""
    text, ofmt = record.get("text"), record.get("format")
    orig_source = record.get("source") if isinstance(record.get("source"), str) else source
    fields = record.get("fields") if isinstance(record.get("fields"), dict) else {}
    article: Article | None = None
    if not isinstance(text, str) or not text.strip():
        article = Article(text="", source=source, fmt=fmt, encoding=encoding, raw=raw)
        probs = record.get("problems")
        for p in probs if isinstance(probs, list) else []:
            if isinstance(p, dict) and p.get("level") == "error" and isinstance(p.get("code"), str):
                article.error(p["code"], str(p.get("message") or ""))
        why = (
            f"a record of marsad export with no text (the article {orig_source!r} had failed; "
            "exports do not hold raw bytes): nothing to read"
        )
        if article.ok:
            article.error("export-failed", why)
        else:
            article.warn("export-failed", why)
        return article
    if ofmt in EXPORT_SOURCE_FORMATS:
        from marsad.io.readers import READERS

        article = next(iter(READERS[ofmt](text, orig_source, encoding, "utf-8", raw)), None)
    elif ofmt in EXPORT_FIELD_FORMATS:
        spans = sorted(
            (v["start"], v["end"], str(k))
            for k, v in fields.items()
            if isinstance(v, dict) and isinstance(v.get("start"), int) and isinstance(v.get("end"), int)
        )
        rebuilt = {name: text[a:b] for a, b, name in spans}
        article = record_to_article(rebuilt, orig_source, encoding, raw, ofmt)
    if article is None:
        article = Article(text=text, source=orig_source, fmt="text", encoding=encoding, raw=raw)
        article.warn("export-format", f"exported format {ofmt!r} is not known; its text read as plain text")
    article.raw = raw
    meta = record.get("meta")
    if isinstance(meta, dict):
        for key, value in meta.items():
            if isinstance(value, str):
                article.meta.setdefault(str(key), value)
    article.meta["exported_source"] = orig_source
    return article


def _field_names() -> str:
    return "expected one of " + ", ".join(k for k in TITLE_KEYS + CONTENT_KEYS)


def describe_object(record: dict[str, Any], max_keys: int = 8) -> str:
    """``"an object with keys status, articles (a list of 3 objects)"``: what a JSON object holds,
    for an error message (lists and objects get their size; at most ``max_keys`` keys named)."""
    if not record:
        return "an empty object"
    names = []
    for key in list(record)[:max_keys]:
        value = record[key]
        if isinstance(value, list):
            kinds = {_json_kind(v) for v in value}
            what = "objects" if kinds == {"a dict"} or all(isinstance(v, dict) for v in value) else "values"
            names.append(f"{key} (a list of {len(value)} {what})")
        elif isinstance(value, dict):
            names.append(f"{key} (an object with {len(value)} key(s))")
        else:
            names.append(str(key))
    more = f" and {len(record) - max_keys} more" if len(record) > max_keys else ""
    return f"an object with keys {', '.join(names)}{more}"


def _has_article_field(record: dict[str, Any]) -> bool:
    lower = {str(k).lower() for k in record}
    return any(k in lower for k in TITLE_KEYS + CONTENT_KEYS)


def find_wrapped_records(value: Any, depth: int = WRAPPER_MAX_DEPTH) -> tuple[list[str], list[Any]] | None:
    """``(key_path, records)`` when ``value`` is an object without article fields that wraps a
    list of objects under one of :data:`WRAPPER_KEYS` (or under its only list-of-objects value),
    up to ``depth`` levels deep; ``None`` otherwise. ``{"data": {"articles": [a, b]}}`` →
    ``(["data", "articles"], [a, b])``."""
    if not isinstance(value, dict) or depth <= 0 or _has_article_field(value):
        return None
    by_lower = {str(k).lower(): k for k in value}
    keys = [by_lower[k] for k in WRAPPER_KEYS if k in by_lower]
    lists = [k for k, v in value.items() if _is_record_list(v)]
    if len(lists) == 1 and lists[0] not in keys:
        keys.append(lists[0])
    for key in keys:
        inner = value[key]
        if _is_record_list(inner):
            return [str(key)], inner
    for key in keys:
        found = find_wrapped_records(value[key], depth - 1)
        if found is not None:
            return [str(key), *found[0]], found[1]
    return None


def _is_record_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _wrapped_elements(
    text: str, start: int, path: list[str], records: list[Any]
) -> list[tuple[Any, int, int, str | None]]:
    """The elements of the wrapped list with their verbatim source spans in ``text`` (the list is
    found after the last key of ``path``; its elements re-parsed with :func:`iter_array`). When
    the spans cannot be found or do not parse to the same records, each element's span is empty
    (its raw is then the re-encoded value)."""
    key_re = re.compile(r'"' + re.escape(json.dumps(path[-1])[1:-1]) + r'"\s*:\s*\[')
    for m in key_re.finditer(text, start):
        elements = list(iter_array(text[m.end() - 1 :]))
        offset = m.end() - 1
        if [e[0] for e in elements] == records and all(e[3] is None for e in elements):
            return [(v, a + offset, b + offset, None) for v, a, b, _ in elements]
    return [(v, -1, -1, None) for v in records]


def _clean_value(part: str, key: str, value: str, article: Article) -> str:
    """``value`` with HTML markup turned into its text blocks (:func:`marsad.io.html.fragment_paragraphs`:
    ``<p>``/``<br>``/``<div>`` → paragraphs joined by a blank line — one line for a title or author —,
    scripts, styles, share and "read also" lines dropped, entities decoded; an ``html-markup``
    warning) and lone CR, NEL, U+2028, U+2029 read as line feeds (a ``line-breaks`` warning).
    ``Article.raw`` keeps the record as it was. Cost without markup: one ``in`` test."""
    if part in HTML_PARTS and "<" in value and HTML_TAG_RE.search(value):
        from marsad.io.html import fragment_paragraphs

        tags = len(HTML_TAG_RE.findall(value))
        blocks = fragment_paragraphs(value)
        value = (PART_SEPARATOR if part == "content" else " ").join(blocks)
        article.warn(
            "html-markup",
            f"{key!r} holds HTML markup ({tags:,} tag(s)): its text blocks were kept, tags, scripts, "
            "styles and share/read-also lines dropped, entities decoded (raw kept)",
        )
    unified, problem = unify_line_breaks(value)
    if problem is not None:
        article.problems.append(problem)
    return unified


def _replace_lone_surrogates(article: Article) -> None:
    """Replace the lone surrogates of the text and meta values by U+FFFD, with one ``decode``
    warning (see ``_LONE_SURROGATE_RE``); one regex scan of the text when there are none."""
    bad = 0
    if _LONE_SURROGATE_RE.search(article.text):
        bad += len(_LONE_SURROGATE_RE.findall(article.text))
        article.text = _LONE_SURROGATE_RE.sub("\ufffd", article.text)
    for key, value in article.meta.items():
        if _LONE_SURROGATE_RE.search(value):
            bad += len(_LONE_SURROGATE_RE.findall(value))
            article.meta[key] = _LONE_SURROGATE_RE.sub("\ufffd", value)
    if bad:
        article.warn(
            "decode", f"{bad:,} lone surrogate escape(s) (half a UTF-16 pair) replaced by U+FFFD (raw kept)"
        )


#: The reason given for a JSON value nested deeper than Python's parser allows (its recursion limit,
#: ~1,000 levels: ``json`` raises ``RecursionError``, not ``JSONDecodeError``; fifth new-user report,
#: finding 2: one such line of a JSON Lines file stopped the whole ingest).
TOO_DEEP = "nested deeper than the JSON parser allows (about 1,000 levels of [ or {); not read, raw kept"


def iter_array(text: str) -> Iterator[tuple[Any, int, int, str | None]]:
    """Parse a JSON array element by element: yield ``(value, start, end, error)`` where
    ``text[start:end]`` is the element's verbatim source and ``error`` is ``None`` or the reason the
    element could not be parsed (``value`` is then ``None``). A top-level value that is not an
    array is yielded as the only element."""
    i = _WHITESPACE_RE.match(text).end()  # type: ignore[union-attr]
    if not text.startswith("[", i):
        try:
            value, end = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            yield None, i, len(text), f"invalid JSON: {exc}"
            return
        except RecursionError:
            shallow = _shallow_or_none(text, i)
            if shallow is None:
                yield None, i, len(text), TOO_DEEP
                return
            value, end = shallow
        yield value, i, end, None
        rest = text[end:]
        if rest.strip():
            yield None, end, len(text), "extra data after the JSON value"
        return
    i = _WHITESPACE_RE.match(text, i + 1).end()  # type: ignore[union-attr]
    if text.startswith("]", i):
        return
    n = len(text)
    while i < n:
        try:
            value, end = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            start = i
            stop, i = _resync(text, i + 1)
            yield (
                None,
                start,
                stop,
                f"invalid JSON array element: {exc.msg} (char {exc.pos - start} of the element)",
            )
            continue
        except RecursionError:
            shallow = _shallow_or_none(text, i)
            if shallow is None:
                end = _value_end(text, i)
                yield None, i, end, TOO_DEEP
            else:
                value, end = shallow
                yield value, i, end, None
        else:
            yield value, i, end, None
        sep = _ARRAY_SEP_RE.match(text, end)
        if sep is None:
            stop, i = _resync(text, end)
            if text[end:stop].strip().rstrip("]").strip():
                yield None, end, stop, "invalid JSON array: expected ',' or ']' after an element"
            continue
        if sep.group(1) == "]":
            return
        i = sep.end()
        if text.startswith("]", i):
            return  # a trailing comma (``[{…}, ]``, JavaScript's habit): no further element


#: A JSON string, or one bracket: what :func:`_value_end` steps through.
_STRING_OR_BRACKET_RE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def closing_bracket(text: str, pos: int) -> int | None:
    """The end (exclusive) of the array or object that starts at ``text[pos]``, found by counting
    brackets outside strings, without recursion (for a value too deeply nested for :mod:`json`);
    ``None`` when it never closes."""
    depth = 0
    for m in _STRING_OR_BRACKET_RE.finditer(text, pos):
        c = m.group()
        if c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return m.end()
    return None


def _value_end(text: str, pos: int) -> int:
    """:func:`closing_bracket`, or ``len(text)`` when the value never closes."""
    end = closing_bracket(text, pos)
    return len(text) if end is None else end


class PartlyRead(dict):  # type: ignore[type-arg]
    """A JSON object read key by key by :func:`read_shallow_object` after :mod:`json` hit its
    depth limit: the values that parsed, and in :attr:`skipped` the keys (in file order) whose value
    was too deep to parse and was left out."""

    skipped: list[str]


#: Between a key and its value; after a member of an object.
_COLON_RE = re.compile(r"\s*:\s*")
_OBJECT_SEP_RE = re.compile(r"\s*([,}])\s*")


def read_shallow_object(text: str, pos: int) -> tuple[PartlyRead, int] | None:
    """Read the JSON object starting at ``text[pos]`` (``{``) member by member, each value with
    :mod:`json`, leaving out a value nested deeper than the parser allows (``RecursionError``; the
    value's end found by :func:`closing_bracket`, no recursion): ``(object, end)``, its keys skipped
    in ``object.skipped``. ``None`` when the text there is not such an object (not an object, a
    syntax error, a deep value that never closes). Hostile-tester report rob23, item 14: a record
    whose *unused* field was nested 100k levels deep failed whole, its title and content unread."""
    if not text.startswith("{", pos):
        return None
    out = PartlyRead()
    out.skipped = []
    i = _WHITESPACE_RE.match(text, pos + 1).end()  # type: ignore[union-attr]
    if text.startswith("}", i):
        return out, i + 1
    while True:
        if not text.startswith('"', i):
            return None
        try:
            key, i = json.decoder.scanstring(text, i + 1)
        except json.JSONDecodeError:
            return None
        colon = _COLON_RE.match(text, i)
        if colon is None:
            return None
        i = colon.end()
        try:
            out[key], end = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError:
            return None
        except RecursionError:
            if text[i : i + 1] not in ("[", "{"):
                return None
            closing = closing_bracket(text, i)
            if closing is None:
                return None
            end = closing
            out.pop(key, None)  # a repeated key: the deep (last) value wins, as json's would
            out.skipped.append(key)
        sep = _OBJECT_SEP_RE.match(text, end)
        if sep is None:
            return None
        if sep.group(1) == "}":
            return out, sep.start(1) + 1
        i = sep.end()


def _shallow_or_none(text: str, pos: int) -> tuple[PartlyRead, int] | None:
    """:func:`read_shallow_object`, ``None`` also when one of its values is itself too deep to
    walk (a RecursionError inside the scan)."""
    try:
        return read_shallow_object(text, pos)
    except RecursionError:
        return None


def _resync(text: str, pos: int) -> tuple[int, int]:
    """``(stop, next_start)`` after a broken element: ``text[..:stop]`` ends the broken element (after
    the newline, or after its ``}``), ``next_start`` is the ``{`` of the next object; both
    ``len(text)`` when no object follows (see :data:`_RESYNC_RE`)."""
    nxt = _RESYNC_RE.search(text, pos)
    if nxt is None:
        return len(text), len(text)
    return nxt.start() + 1, nxt.end() - 1


def read_json(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    """Yield one ``fmt="json"`` article per element of the JSON array ``text`` (or for the one
    object it holds). When the text is JSON Lines after all (``Extra data`` after the first
    object), it is read as JSON Lines."""
    elements = iter_array(text)
    first = next(elements, None)
    if first is None:
        article = Article(text="", source=source, fmt="json", encoding=encoding, raw=data)
        article.error("empty", "JSON array with no records")
        yield article
        return
    second = next(elements, None)
    if second is None:
        value, start, end, error = first
        wrapped = find_wrapped_records(value) if error is None else None
        if wrapped is None:
            yield _element_article(value, error, text[start:end], source, encoding, codec, data, "json")
            return
        path, records = wrapped
        top = value
        where = " → ".join(path)
        for k, (value, a, b, _) in enumerate(_wrapped_elements(text, start, path, records)):
            source_text = text[a:b] if a >= 0 else json.dumps(value, ensure_ascii=False)
            article = _element_article(
                value, None, source_text, source, encoding, codec, data if len(records) == 1 else None, "json"
            )
            if k == 0:
                note = (
                    f"the file is {describe_object(top)}: read the {len(records):,} record(s) under {where}"
                )
                article.problems.insert(0, Problem("warning", "json-wrapper", note))
            yield article
        return
    if first[3] is None and second[3] == "extra data after the JSON value":
        yield from read_jsonl(text, source, encoding, codec)
        return
    for value, start, end, error in _chain(first, second, elements):
        yield _element_article(value, error, text[start:end], source, encoding, codec, None, "json")


def _chain(*heads_and_rest: Any) -> Iterator[Any]:
    *heads, rest = heads_and_rest
    yield from heads
    yield from rest


def _element_article(
    value: Any,
    error: str | None,
    source_text: str,
    source: str,
    encoding: str | None,
    codec: str | None,
    raw: bytes | None,
    fmt: str,
) -> Article:
    if raw is None:
        raw = source_text.encode(codec or "utf-8", "replace")
    if error is not None:
        article = Article(text="", source=source, fmt=fmt, encoding=encoding, raw=raw)
        article.error("json", error)
        return article
    return _record_article(value, source, encoding, raw, fmt)


def _record_article(record: Any, source: str, encoding: str | None, raw: bytes | None, fmt: str) -> Article:
    """:func:`record_to_article`, or an article with the error ``json`` when the record is nested
    too deep to walk (a value of ~1,000 levels parses, but looking through it for the text fields
    recurses once more per level). A :class:`PartlyRead` record gets a ``json-too-deep`` warning
    (first) naming the members left out."""
    try:
        article = record_to_article(record, source, encoding, raw, fmt)
    except RecursionError:
        article = Article(text="", source=source, fmt=fmt, encoding=encoding, raw=raw)
        article.error("json", TOO_DEEP)
        return article
    skipped = getattr(record, "skipped", None)
    if skipped:
        names = ", ".join(repr(k) for k in skipped)
        article.problems.insert(
            0,
            Problem(
                "warning",
                "json-too-deep",
                f"field {names} nested deeper than the JSON parser allows (about 1,000 levels of [ or {{): "
                "skipped, the rest of the record read (raw kept)",
            ),
        )
    return article


def iter_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` without their line ends, lazily (no list of all lines)."""
    start, n = 0, len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        yield text[start:end].rstrip("\r")
        start = end + 1


def read_jsonl(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None = None
) -> Iterator[Article]:
    """Yield one ``fmt="jsonl"`` article per non-blank line of the JSON Lines ``text``."""
    yield from read_jsonl_lines(((line, None) for line in iter_lines(text)), source, encoding, codec)


def read_jsonl_lines(
    lines: Iterable[tuple[str, bytes | None]],
    source: str,
    encoding: str | None,
    codec: str | None,
    first_line: int = 1,
    first_record: int = 0,
) -> Iterator[Article]:
    """Yield one article per non-blank ``(line_text, line_bytes)``; ``line_bytes`` (``None`` to
    re-encode the text) is kept as ``raw``. Used for decoded text and for streamed files.
    ``first_line``: the file's line number of the first of ``lines`` (1-based), named in the error
    of a line that is not JSON (the record number ``#k`` skips blank lines; fifth new-user report,
    finding 14). ``first_record``: the 0-based index of the first record these lines give, the
    ``#N`` :func:`marsad.io.readers.number_records` puts on its source; the error names both
    numbers, each said how it counts (:func:`line_error`; new-user report nu32: ``#10 … line 11``)."""
    k = first_record
    for n, (line, line_bytes) in enumerate(lines, first_line):
        if not line or line.isspace():
            continue
        raw = line_bytes if line_bytes is not None else line.encode(codec or "utf-8", "replace")
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            if isinstance(exc, RecursionError):
                start = _WHITESPACE_RE.match(line).end()  # type: ignore[union-attr]
                shallow = _shallow_or_none(line, start)
                if shallow is not None and not line[shallow[1] :].strip():
                    # an object with a value too deep: the rest of it read (rob23 report, item 14)
                    yield _record_article(shallow[0], source, encoding, raw, "jsonl")
                    k += 1
                    continue
            elements = list(iter_array(line)) if isinstance(exc, RecursionError) and line.lstrip()[:1] == "[" else []
            if any(e[3] is None and isinstance(e[0], dict) for e in elements):
                # a one-line array of records with one element too deep: its elements one by one
                # (the deep one alone fails; sixth new-user report, finding 8)
                for article in _array_line_articles(line, None, source, encoding, codec, elements):
                    k += 1
                    yield article
                continue
            article = Article(text="", source=source, fmt="jsonl", encoding=encoding, raw=raw)
            why = TOO_DEEP if isinstance(exc, RecursionError) else f"{exc.msg} (char {exc.pos})"
            article.error("json", line_error(n, k, why))
            k += 1
            yield article
            continue
        if isinstance(value, list) and any(isinstance(v, dict) for v in value):
            for article in _array_line_articles(line, len(value), source, encoding, codec):
                k += 1
                yield article
            continue
        k += 1
        yield _record_article(value, source, encoding, raw, "jsonl")


def line_error(line: int, record: int, why: str) -> str:
    """The message of a JSON Lines line that is not JSON: the file's line (counted from 1, as
    editors do) and the record (``#N`` counted from 0, as the record's source name ``x.jsonl#N``
    says), each named with how it counts, then ``why``: ``invalid JSON on line 11 (record #10:
    lines count from 1, records from 0 as in source names): Expecting value (char 31)``."""
    return f"invalid JSON on line {line:,} (record #{record:,}: lines count from 1, records from 0 as in source names): {why}"


def _array_line_articles(
    line: str,
    count: int | None,
    source: str,
    encoding: str | None,
    codec: str | None,
    elements: list[tuple[Any, int, int, str | None]] | None = None,
) -> Iterator[Article]:
    """One article per element of a JSON array written on one line of a JSON Lines file (``[{…},
    {…}]``: a JSON file saved as ``.jsonl``, or records batched per line), each with its verbatim
    element as raw; the first carries a ``jsonl-array`` warning (fifth new-user report, finding 12:
    the line was one ``json-type`` error and its records were not read)."""
    if elements is None:
        elements = list(iter_array(line))
    for k, (value, start, end, error) in enumerate(elements):
        article = _element_article(value, error, line[start:end], source, encoding, codec, None, "jsonl")
        if k == 0:
            note = f"a line holds a JSON array of {count or len(elements):,} value(s): each read as a record"
            article.problems.insert(0, Problem("warning", "jsonl-array", note))
        yield article
