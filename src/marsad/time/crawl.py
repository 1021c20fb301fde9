"""Crawl times: the container fields that say when a page was fetched, not published (step 4½ of
:mod:`marsad.time.publication`), and how a store query picks out the articles dated by one.

Kept apart from :mod:`marsad.time.publication` (which re-exports these names) so that ``marsad
search``, ``show`` and ``stats`` mark crawl times without importing the time parser and its
expression tables (~0.1 s; new-user report nu26, item 1).
"""

from __future__ import annotations

#: Fields that hold when the page was crawled, not published (lower-case): used only when nothing
#: else dates the article (see :mod:`marsad.time.publication`, step 4½). SaudiNewsNet's own README:
#: ``date_extracted`` is "the date the article was extracted".
CRAWL_TIME_FIELDS = frozenset({"date_extracted"})

#: The warning code and message of a publication time that is a crawl time.
CRAWL_TIME_CODE = "crawl-time"
CRAWL_TIME_NOTE = (
    "{field} is when the page was crawled, not when it was published: the article appeared at or "
    "before this time (no publication date in the fields, header or dateline)"
)


def crawl_time_sql(column: str = "published_source") -> tuple[str, list[str]]:
    """An SQL condition, with its parameters, true when ``column`` (the stored name of the field a
    publication time came from, ``articles.published_source``) is one of
    :data:`CRAWL_TIME_FIELDS`: ``("lower(published_source) IN (?)", ["date_extracted"])``. Used by
    the search hits and ``marsad stats`` to mark crawl times."""
    fields = sorted(CRAWL_TIME_FIELDS)
    return f"lower({column}) IN ({','.join('?' * len(fields))})", fields
