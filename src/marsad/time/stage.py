"""STUB (owned by the time work): publication time and time expressions."""
from __future__ import annotations
from marsad.model import Article


def annotate_time(article: Article) -> None:
    return None
