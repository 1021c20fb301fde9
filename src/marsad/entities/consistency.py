"""Document-level label consistency: one name, one type, everywhere in the article.

A name repeated in a news article nearly always keeps its type (Krishnan & Manning 2006 count 90%+
agreement in CoNLL data), but a sentence-level CRF decides each occurrence alone. After tagging all
sentences of a document, :func:`propagate_labels`:

1. collects the names the tagger found (token tuples, the first token with proclitics removed) and,
   for persons, their surname (last token);
2. gives every occurrence of a name the type it got most often (ties: first seen);
3. tags untagged occurrences of those names (longest match first; names shorter than
   :data:`MIN_NAME_LETTERS` letters are not propagated).

Works on BIO tag lists; used by the pipeline stage on whole articles and by evaluation on pseudo-
documents of consecutive sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad import settings
from marsad.entities.evaluate import chunks
from marsad.entities.features import ner_norm, stem_candidates, stem_with_article

#: Shortest single-token name (letters, normalized) propagated to untagged occurrences.
MIN_NAME_LETTERS = settings.NER_MIN_PROPAGATED_LETTERS
#: Longest name matched, in tokens.
MAX_NAME_TOKENS = 6




def _name_key(words: Sequence[str]) -> tuple[str, ...]:
    return (stem_with_article(words[0]), *words[1:])


def propagate_labels(doc_tokens: Sequence[Sequence[str]], doc_tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """Consistent tags for one document: ``doc_tokens``/``doc_tags`` are per-sentence lists of raw
    tokens and BIO tags (same shapes); returns new tag lists (inputs are not modified)."""
    norm = [[ner_norm(t) for t in s] for s in doc_tokens]
    votes: dict[tuple[str, ...], Counter] = {}
    order: dict[tuple[str, ...], int] = {}
    found = []
    for si, tags in enumerate(doc_tags):
        for typ, i, j in sorted(chunks(tags), key=lambda c: c[1]):  # text order: ties go to the first seen
            key = _name_key(norm[si][i:j])
            votes.setdefault(key, Counter())[typ] += 1
            order.setdefault(key, len(order))
            found.append((si, i, j, key))
            if typ == "PER" and j - i > 1 and len(norm[si][j - 1]) >= MIN_NAME_LETTERS:
                sk = (norm[si][j - 1],)
                votes.setdefault(sk, Counter())["PER"] += 0  # known, but does not outvote
                order.setdefault(sk, len(order))
    if not votes:
        return [list(t) for t in doc_tags]
    best: dict[tuple[str, ...], str] = {}
    for key, c in votes.items():
        if c and sum(c.values()) > 0:
            best[key] = max(c, key=lambda t: c[t])
        else:
            best[key] = "PER"
    out = [list(t) for t in doc_tags]
    for si, i, j, key in found:  # 2. majority type
        typ = best[key]
        if out[si][i][2:] != typ:
            out[si][i] = "B-" + typ
            for k in range(i + 1, j):
                out[si][k] = "I-" + typ
    lengths = sorted({len(k) for k in best}, reverse=True)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in best:
        if len(key) == 1 and len(key[0]) < MIN_NAME_LETTERS:
            continue
        by_first.setdefault(key[0], []).append(key)
    for si, words in enumerate(norm):  # 3. untagged occurrences
        tags = out[si]
        i, n = 0, len(words)
        while i < n:
            if tags[i] != "O":
                i += 1
                continue
            hit = 0
            for f in stem_candidates(words[i]):
                for key in by_first.get(f, ()):
                    L = len(key)
                    if L > hit and L <= MAX_NAME_TOKENS and i + L <= n and tuple(words[i + 1 : i + L]) == key[1:]:
                        if all(t == "O" for t in tags[i : i + L]):
                            hit, typ = L, best[key]
            if hit:
                tags[i] = "B-" + typ
                for k in range(i + 1, i + hit):
                    tags[k] = "I-" + typ
                i += hit
            else:
                i += 1
    del lengths
    return out

