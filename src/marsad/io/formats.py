"""Which reader a decoded input needs: ``trec``, ``json``, ``jsonl``, ``html`` or ``text``.

The content decides first (ANT's TREC files are named ``.txt``); the file name's extension decides
only what the first characters leave open (a ``.jsonl`` file starting with ``{``, an ``.html`` page
starting with a comment).
"""

from __future__ import annotations

import json
import re

#: The formats :func:`marsad.io.readers.read_records` reads.
FORMATS = ("trec", "json", "jsonl", "html", "text")

#: File-name endings that name a format (lower case; checked after any ``.gz`` is removed).
EXTENSION_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".trec": "trec",
    ".sgml": "trec",
}

#: A TREC/ANT record opens with ``<DOC>`` (TREC's SGML-like convention; ANT corpus files).
TREC_START_RE = re.compile(r"<DOC>")
#: ``<DOC>`` at a line start after some other line (a header, junk), with a TREC field tag nearby.
TREC_LATER_RE = re.compile(r"^<DOC>\s*(?:<DOCNO>|<DOCID>|<TITLE>|<TEXT>|<HEADLINE>)", re.MULTILINE)
HTML_START_RE = re.compile(r"<(?:!DOCTYPE\s+html|html|head|body|meta|title|article)\b", re.IGNORECASE)
_LEADING_JUNK = "\ufeff \t\r\n"
_HEAD_CHARS = 4096


def extension_format(filename: str | None) -> str | None:
    """The format named by ``filename``'s extension (``x.jsonl.gz`` → ``jsonl``), or ``None``."""
    if not filename:
        return None
    name = filename.rsplit("::", 1)[-1].rsplit("#", 1)[0].lower()
    if name.endswith(".gz"):
        name = name[:-3]
    dot = name.rfind(".")
    return EXTENSION_FORMATS.get(name[dot:]) if dot >= 0 else None


def _looks_like_jsonl(head: str, *, whole_first_line: bool = False) -> bool:
    """True when the first line is a whole JSON value and another ``{`` or ``[`` line follows (with
    ``whole_first_line``: the first line alone is enough, the extension having said JSON Lines)."""
    line_end = head.find("\n")
    if line_end < 0:
        line_end = len(head) if whole_first_line else -1
    if line_end < 0:
        return False
    rest = head[line_end + 1 :].lstrip()
    if not whole_first_line and not rest.startswith(("{", "[")):
        return False
    try:
        json.loads(head[:line_end])
    except ValueError:
        return False
    except RecursionError:
        # nested deeper than the parser allows (a line of 100k ``[``): whole when its brackets
        # close at its end (rob23 report: ``detect_format`` raised on such a first line)
        return _brackets_close_at_end(head[:line_end])
    return True


def _brackets_close_at_end(line: str) -> bool:
    """True when the array or object opening ``line`` closes at its last non-space character,
    counting brackets outside strings (no recursion: for a value too deep for :mod:`json`)."""
    from marsad.io.jsonrec import closing_bracket

    end = closing_bracket(line, 0)
    return end is not None and end == len(line.rstrip())


def detect_format(text: str, filename: str | None = None) -> str:
    """Guess the format of decoded ``text`` (one of :data:`FORMATS`); ``filename`` is a hint.

    Rules, in order: ``<DOC>`` first (in any case: ``<doc>``), or at a line start followed by a TREC field tag → ``trec``; ``{`` first → ``jsonl``
    when the extension says so or the first line is a complete JSON value followed by another
    ``{`` or ``[`` line, else ``json``; ``[`` first → ``jsonl`` when the first line is a complete JSON
    value and the extension says so or another such line follows, else ``json``; an HTML start tag (``<!DOCTYPE html``, ``<html``, ``<head>``, …) or an
    HTML extension → ``html``; a ``.json``/``.jsonl``/``.trec`` extension → that format (its reader
    then reports what is wrong); anything else → ``text``. Never raises.
    """
    head = text[:_HEAD_CHARS].lstrip(_LEADING_JUNK)
    by_name = extension_format(filename)
    if TREC_START_RE.match(head) or TREC_LATER_RE.search(head) or head[:5].upper() == "<DOC>":
        return "trec"  # (``<doc>``: SGML tag names are case-insensitive; the reader warns)
    first = head[:1]
    if first == "[":
        # a one-line array in a .jsonl file, or followed by more JSON lines: JSON Lines, whose reader
        # reads an array line as its records (fifth new-user report, finding 12); a pretty-printed
        # array (its first line ``[`` alone) stays one JSON document
        if _looks_like_jsonl(text[: 1 << 20].lstrip(_LEADING_JUNK), whole_first_line=by_name == "jsonl"):
            return "jsonl"
        return "json"
    if first == "{":
        if by_name == "jsonl" or _looks_like_jsonl(text[: 1 << 20].lstrip(_LEADING_JUNK)):
            return "jsonl"
        return "json"
    if by_name == "html" or HTML_START_RE.match(head) or (first == "<" and "<html" in head.lower()):
        return "html"
    if by_name in ("json", "jsonl", "trec"):
        return by_name
    return "text"
