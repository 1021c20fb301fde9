"""STUB (owned by the text work): display layer and search key with offset maps."""
from __future__ import annotations


def display_text(s: str) -> str:
    return s


def search_key(s: str) -> str:
    return s
