"""STUB (owned by the layout work): blocks, title, hashtags, dateline, byline."""
from __future__ import annotations
import re
from marsad.model import Article, Block

_BLANK = re.compile(r"\n\s*\n")


def segment(article: Article) -> None:
    pos = 0
    for m in list(_BLANK.finditer(article.text)) + [None]:
        end = m.start() if m else len(article.text)
        if article.text[pos:end].strip():
            article.blocks.append(Block(pos, end, kind="body"))
        pos = m.end() if m else end
