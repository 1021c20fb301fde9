"""HTML news pages: one :class:`~marsad.model.Article` per page, parsed with selectolax's Lexbor backend.

An HTML parser does not report where in the source a text node came from, and the prose is spread
over many nodes with entities and inline tags between them; so HTML follows the JSON approach:
``Article.text`` is the extracted title, author, date and paragraphs joined by a blank line
(``"\\n\\n"``), ``Article.fields`` gives their spans (``title``, ``author``, ``date``, ``content``),
and ``Article.raw`` keeps the page's bytes verbatim.

Where each part comes from, first found wins (Open Graph protocol, ogp.me; ``article:`` properties):

* title: ``<meta property="og:title">``, the first ``<h1>``, ``<title>``;
* date: ``<time datetime>``, ``<meta property="article:published_time">``, ``<meta name="date">``
  and the other :data:`DATE_META`; the field is named ``date``;
* author: ``<meta name="author">``, ``<meta property="article:author">``;
* content: the blocks of the first ``<article>`` or ``<main>`` in document order — paragraphs
  ``<p>``, sub-headings ``<h2>``–``<h6>``, list items ``<li>`` and ``<blockquote>`` (a block holding
  another, such as ``<blockquote><p>``, gives way to the inner one; blocks inside ``<nav>``,
  ``<aside>``, ``<footer>``, ``<figure>`` or ``<form>`` are left out) — or, without either, the
  ``<p>`` paragraphs of the whole ``<body>`` (where headings and list items are mostly menus and
  sidebars); each with its whitespace collapsed, blank ones dropped;
* meta: ``url`` (canonical link or ``og:url``), ``source`` (``og:site_name``), ``lang``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.io.plain import check_content
from marsad.model import Article, Span

TITLE_META = ('meta[property="og:title"]', 'meta[name="twitter:title"]')
DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[property="og:updated_time"]',
)
AUTHOR_META = ('meta[name="author"]', 'meta[property="article:author"]')
CONTENT_CONTAINERS = ("article", "main", "body")
#: Containers whose blocks are the story's own (``<body>`` also holds menus and sidebars).
STORY_CONTAINERS = frozenset({"article", "main"})
#: Blocks taken from a story container, in document order.
STORY_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote"
#: Parts of a page, also inside ``<article>``, that are not the story's text.
NON_STORY_TAGS = frozenset({"nav", "aside", "footer", "figure", "form"})
PART_SEPARATOR = "\n\n"
_SPACES_RE = re.compile(r"\s+")


def _clean(value: str | None) -> str:
    return _SPACES_RE.sub(" ", value).strip() if value else ""


def _first_meta(tree, selectors: tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            value = _clean(node.attributes.get("content"))
            if value:
                return value
    return ""


def _title(tree) -> str:  # type: ignore[no-untyped-def]
    title = _first_meta(tree, TITLE_META)
    if title:
        return title
    for sel in ("h1", "title"):
        node = tree.css_first(sel)
        if node is not None:
            value = _clean(node.text(deep=True))
            if value:
                return value
    return ""


def _date(tree) -> str:  # type: ignore[no-untyped-def]
    node = tree.css_first("time[datetime]")
    if node is not None:
        value = _clean(node.attributes.get("datetime"))
        if value:
            return value
    return _first_meta(tree, DATE_META)


def _is_story_block(node, container) -> bool:  # type: ignore[no-untyped-def]
    """True for a block with no other block inside it (``node.css`` includes the node itself) and
    no :data:`NON_STORY_TAGS` element between it and ``container``."""
    if len(node.css(STORY_BLOCKS)) > 1:
        return False
    parent = node.parent
    while parent is not None and parent.mem_id != container.mem_id:
        if parent.tag in NON_STORY_TAGS:
            return False
        parent = parent.parent
    return True


def _paragraphs(tree) -> list[str]:  # type: ignore[no-untyped-def]
    for sel in CONTENT_CONTAINERS:
        container = tree.css_first(sel)
        if container is None:
            continue
        if sel in STORY_CONTAINERS:
            nodes = [n for n in container.css(STORY_BLOCKS) if _is_story_block(n, container)]
        else:
            nodes = container.css("p")
        paras = [_clean(n.text(deep=True)) for n in nodes]
        paras = [p for p in paras if p]
        if paras:
            return paras
    return []


def read_html(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    """Yield one ``fmt="html"`` article for the page ``text`` (see the module docstring)."""
    from selectolax.lexbor import LexborHTMLParser

    raw = data if data is not None else text.encode(codec or "utf-8", "replace")
    tree = LexborHTMLParser(text)
    parts = [("title", _title(tree)), ("author", _first_meta(tree, AUTHOR_META)), ("date", _date(tree))]
    paragraphs = _paragraphs(tree)
    if paragraphs:
        parts.append(("content", PART_SEPARATOR.join(paragraphs)))
    article = Article(text="", source=source, fmt="html", encoding=encoding, raw=raw)
    pieces: list[str] = []
    pos = 0
    for name, value in parts:
        if not value:
            continue
        if pieces:
            pieces.append(PART_SEPARATOR)
            pos += len(PART_SEPARATOR)
        article.fields[name] = Span(pos, pos + len(value))
        pieces.append(value)
        pos += len(value)
    article.text = "".join(pieces)
    canonical = tree.css_first('link[rel="canonical"]')
    url = _clean(canonical.attributes.get("href")) if canonical is not None else ""
    meta = {
        "url": url or _first_meta(tree, ('meta[property="og:url"]',)),
        "source": _first_meta(tree, ('meta[property="og:site_name"]',)),
    }
    html_node = tree.css_first("html")
    if html_node is not None:
        meta["lang"] = _clean(html_node.attributes.get("lang"))
    article.meta.update({k: v for k, v in meta.items() if v})
    check_content(article, "title" in article.fields, "content" in article.fields, "<p> paragraphs")
    yield article
