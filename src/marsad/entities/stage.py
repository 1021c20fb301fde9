"""STUB (owned by the entities work): mentions, entities, roles, aliases."""
from __future__ import annotations
from marsad.model import Article


def annotate_entities(article: Article) -> None:
    return None
