"""STUB (owned by the layout work): remove repeated blocks."""
from __future__ import annotations
from marsad.model import Article


def remove_repeated_blocks(article: Article) -> None:
    return None
