"""Helpers of the layout tests: build Articles the way the io readers do (field spans), run the
layout stages, and check the "lead appears once" property. (No tests here.)"""

from __future__ import annotations

import re

from marsad.layout.dedup import comparison_key, remove_repeated_blocks
from marsad.layout.segment import segment
from marsad.model import Article, Span

_FIELD = re.compile(r"<(?!DOC>)([A-Z]+)>\n?(.*?)\n?</\1>", re.S)


def trec_article(
    title: str = "",
    text: str = "",
    *,
    abstract: str | None = None,
    author: str | None = None,
    time: str = "Wed, 16 May 2018 15:25:37 +0400",
    docno: str = "AL-test-1-20180516",
    src: str = "alarabia",
) -> Article:
    """A TREC/ANT ``<DOC>`` article with field spans as :mod:`marsad.io.trec` gives them (the
    content of each tag without the newline that opens or closes it)."""
    parts = [
        "<DOC>",
        f"<DOCNO>{docno}</DOCNO>",
        "<URL>https://example.org/x</URL>",
        f"<SRC>{src}</SRC>",
        "<CAT>culture</CAT>",
        f"<TITLE>{title}</TITLE>",
        f"<TIME>{time}</TIME>",
    ]
    if author is not None:
        parts.append(f"<AUTHOR>{author}</AUTHOR>")
    if abstract is not None:
        parts.append(f"<ABSTRACT>\n{abstract}\n</ABSTRACT>")
    parts.append(f"<TEXT>\n{text}\n</TEXT>")
    parts.append("</DOC>")
    return trec_from_element("\n".join(parts) + "\n")


def trec_from_element(element: str, source: str = "<test>") -> Article:
    """An Article for one ``<DOC>…</DOC>`` element (fields found with a regular expression)."""
    a = Article(text=element, source=source, fmt="trec")
    for m in _FIELD.finditer(element):
        tag = m.group(1)
        if tag in a.fields:
            continue
        a.fields[tag] = Span(m.start(2), m.end(2))
        if tag in ("DOCNO", "URL", "SRC", "CAT"):
            a.meta[tag] = m.group(2).strip()
    return a


def json_article(record: dict, date_key: str = "date_extracted") -> Article:
    """A JSON-record article laid out as :mod:`marsad.io.jsonrec` does: title, author, date,
    content joined by blank lines, with their spans in ``fields``."""
    text = ""
    fields: dict[str, Span] = {}
    for name, key in (("title", "title"), ("author", "author"), (date_key, date_key), ("content", "content")):
        value = record.get(key)
        if value is None or not str(value).strip():
            continue
        if text:
            text += "\n\n"
        fields[name] = Span(len(text), len(text) + len(value))
        text += value
    return Article(text=text, fmt="json", fields=fields, meta={"source": str(record.get("source", ""))})


def layout(article: Article) -> Article:
    """Run the two layout stages on ``article`` and return it."""
    segment(article)
    remove_repeated_blocks(article)
    return article


def texts(article: Article, kind: str) -> list[str]:
    """Raw texts of the kept blocks of ``kind``."""
    return [article.span_text(b) for b in article.blocks if b.kind == kind]


def lead_repeated(article: Article, min_chars: int = 40) -> bool:
    """True when the lead (its comparison key, at least ``min_chars`` long) occurs again inside
    another kept paragraph."""
    lead = article.lead
    if lead is None:
        return False
    key = comparison_key(article.span_text(lead))[0]
    if len(key) < min_chars:
        return False
    return any(key in comparison_key(article.span_text(b))[0] for b in article.paragraphs if b is not lead)
