"""The pipeline: read records, then run the annotation stages in order.

Stages are callables ``Article -> None`` that add annotations (they never change
``Article.text``). The order is the pipeline, as the folder layout shows it::

    io  →  layout (segment, dedup)  →  text (fixes, sentences)  →  time (publication, expressions)
        →  entities  →  quotes

A stage that raises is recorded on the article as an error ``stage-failed`` with the reason and
the remaining stages still run; one bad article never stops a batch.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from marsad import settings
from marsad.model import Article

Stage = Callable[[Article], None]


def _stages() -> list[tuple[str, Stage]]:
    from marsad.entities.stage import annotate_entities
    from marsad.layout.dedup import remove_repeated_blocks
    from marsad.layout.segment import segment
    from marsad.quotes.stage import annotate_quotes
    from marsad.text.stage import annotate_text
    from marsad.time.stage import annotate_time

    return [
        ("layout.segment", segment),
        ("layout.dedup", remove_repeated_blocks),
        ("text", annotate_text),
        ("time", annotate_time),
        ("entities", annotate_entities),
        ("quotes", annotate_quotes),
    ]


_STAGES: list[tuple[str, Stage]] | None = None


def stages() -> list[tuple[str, Stage]]:
    """The ordered ``(name, stage)`` list (imported lazily so ``import marsad`` stays cheap)."""
    global _STAGES
    if _STAGES is None:
        _STAGES = _stages()
    return _STAGES


#: Stage names of the core pipeline (issue 2: structure, text, time); the others add analysis.
CORE_STAGES = ("layout.segment", "layout.dedup", "text", "time")


def annotate(
    article: Article,
    *,
    time_limit_s: float = settings.ARTICLE_TIME_LIMIT_S,
    only: tuple[str, ...] | None = None,
) -> Article:
    """Run every stage (or the stages named in ``only``) on ``article`` in place and return it.

    Errors inside a stage become ``Problem("error", "stage-failed", ...)``; when the stages together
    run past ``time_limit_s`` seconds the rest are skipped with a ``timeout`` error.
    """
    if not article.ok and not article.text:
        return article
    if len(article.text) > settings.MAX_ARTICLE_CHARS:
        article.error(
            "too-large",
            f"article text is {len(article.text):,} characters, over the limit of "
            f"{settings.MAX_ARTICLE_CHARS:,}; kept raw, not annotated",
        )
        return article
    t0 = _time.perf_counter()
    for name, stage in stages():
        if only is not None and name not in only:
            continue
        if _time.perf_counter() - t0 > time_limit_s:
            article.error("timeout", f"annotation exceeded {time_limit_s:g} s before stage {name}")
            break
        try:
            stage(article)
        except Exception as exc:  # noqa: BLE001 - recorded, the batch goes on
            article.error("stage-failed", f"{name}: {type(exc).__name__}: {exc}")
    return article


def parse_many(data: str | bytes, fmt: str | None = None, source: str = "<string>") -> Iterator[Article]:
    """Parse every record in ``data`` (a file's content) and yield annotated articles.

    ``fmt`` is ``"text" | "trec" | "json" | "jsonl" | "html"`` or ``None`` to detect it.
    Bytes are decoded with encoding detection (see :mod:`marsad.io.encoding`).
    """
    from marsad.io.readers import read_records

    for article in read_records(data, source=source, fmt=fmt):
        yield annotate(article)


def parse(data: str | bytes, fmt: str | None = None, source: str = "<string>") -> Article:
    """Parse one article from a string or bytes and return it annotated.

    When ``data`` holds several records (a TREC file with many ``<DOC>``, a JSON array) the first
    is returned; use :func:`parse_many` for all. Raises ``ValueError`` when no record is found.
    """
    for article in parse_many(data, fmt=fmt, source=source):
        return article
    raise ValueError(f"no article found in {source}")


def parse_path(*paths: str | Path, fmt: str | None = None) -> Iterator[Article]:
    """Yield annotated articles from files, folders, ``.zip`` and ``.tar.gz`` archives, streamed."""
    from marsad.io.sources import iter_articles

    for article in iter_articles(paths, fmt=fmt):
        yield annotate(article)


def annotate_all(articles: Iterable[Article]) -> Iterator[Article]:
    """Annotate a stream of already-read articles."""
    for a in articles:
        yield annotate(a)
