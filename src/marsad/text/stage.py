"""The text stage: orthographic fixes and sentences of every kept prose block.

:func:`annotate_text` ``(article) -> None`` fills :attr:`Article.fixes` (rules of
:mod:`marsad.text.orthography`, in kept blocks only: a typo inside a removed repeat is not reported)
and :attr:`Article.sentences` (:func:`marsad.text.sentences.split_sentences` over each block of
kind title, lead, body or sub-heading; ``Sentence.block`` is the index into :attr:`Article.blocks`).
It never alters ``Article.text``.
"""

from __future__ import annotations

from marsad.model import Article, Sentence
from marsad.text.orthography import find_fixes
from marsad.text.sentences import split_blocks

#: Block kinds split into sentences.
SENTENCE_BLOCK_KINDS = frozenset({"title", "lead", "body", "subheading"})
#: Block kinds that are not prose and get no orthographic fixes.
NON_TEXT_BLOCK_KINDS = frozenset({"meta", "header"})


def annotate_text(article: Article) -> None:
    """Add :class:`~marsad.model.Fix` and :class:`~marsad.model.Sentence` spans to ``article``.

    Without blocks (layout did not run or found none) fixes are searched over the whole text and no
    sentences are made. Re-running replaces the previous fixes and sentences.
    """
    text = article.text
    sentences: list[Sentence] = []
    all_fixes = find_fixes(text)  # one scan of the whole text; most articles have none
    if not article.blocks:
        article.fixes = all_fixes
        article.sentences = sentences
        return
    fixes = []
    prose: list[int] = []
    for index, block in enumerate(article.blocks):
        if block.kind in NON_TEXT_BLOCK_KINDS:
            continue
        if all_fixes:
            fixes.extend(f for f in all_fixes if block.start <= f.start and f.end <= block.end)
        if block.kind in SENTENCE_BLOCK_KINDS:
            prose.append(index)
    blocks = article.blocks
    spans = split_blocks(text, [(blocks[i].start, blocks[i].end) for i in prose])
    for index, block_spans in zip(prose, spans, strict=True):
        sentences.extend([Sentence(s, e, index) for s, e in block_spans])  # start, end, block
    fixes.sort(key=lambda f: f.start)
    article.fixes = fixes
    article.sentences = sentences
