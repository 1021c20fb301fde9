"""STUB (owned by the io work): turn one input's content into Articles with text, fields, meta."""
from __future__ import annotations
from collections.abc import Iterator
from marsad.model import Article


def read_records(data: str | bytes, source: str = "<string>", fmt: str | None = None) -> Iterator[Article]:
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    yield Article(text=text, source=source, fmt=fmt or "text", encoding="utf-8", raw=raw)
