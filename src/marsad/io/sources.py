"""STUB (owned by the io work): stream articles from files, folders and archives."""
from __future__ import annotations
from collections.abc import Iterable, Iterator
from pathlib import Path
from marsad.io.readers import read_records
from marsad.model import Article


def iter_articles(paths: Iterable[str | Path], fmt: str | None = None) -> Iterator[Article]:
    for p in paths:
        p = Path(p)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file():
                yield from read_records(f.read_bytes(), source=str(f), fmt=fmt)
