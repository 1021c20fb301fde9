"""STUB (owned by the text work): orthographic fixes and sentences."""
from __future__ import annotations
from marsad.model import Article


def annotate_text(article: Article) -> None:
    return None
