"""Plain-text articles: one file is one :class:`~marsad.model.Article`, ``text`` = the decoded file."""

from __future__ import annotations

from collections.abc import Iterator

from marsad import settings
from marsad.model import Article


def check_content(article: Article, has_title: bool, has_content: bool, what: str) -> None:
    """Record ``empty`` (error) when there is neither title nor content, ``title-only`` (warning)
    when there is a title but no content; ``what`` names the missing content in the message."""
    if not has_title and not has_content:
        article.error("empty", f"no title and no {what}")
    elif not has_content:
        article.warn("title-only", f"only a title, no {what}")


def looks_title_only(text: str) -> bool:
    """True when ``text`` has at most two non-blank lines, none over
    ``settings.TITLE_ONLY_MAX_CHARS`` characters (a headline, maybe with a date line)."""
    limit = settings.TITLE_ONLY_MAX_CHARS
    if len(text) > 2 * limit + 64:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) <= 2 and all(len(line.strip()) <= limit for line in lines)


def read_plain(text: str, source: str, encoding: str | None, raw: bytes | None) -> Iterator[Article]:
    """Yield one ``fmt="text"`` article holding the whole decoded ``text``.

    Whitespace-only text is an ``empty`` error; a headline alone is a ``title-only`` warning.
    """
    article = Article(text=text, source=source, fmt="text", encoding=encoding, raw=raw)
    if not text or text.isspace():
        article.error("empty", "the text is empty or only whitespace")
    elif looks_title_only(text):
        article.warn("title-only", "only a title (at most two short lines), no body")
    yield article
