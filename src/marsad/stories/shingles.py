"""Word shingles of an article's kept prose, as sorted arrays of 64-bit hashes.

A *shingle* (Broder 1997, "On the resemblance and containment of documents") is a run of ``k``
consecutive words; two documents resemble each other as much as their shingle sets do (Jaccard
index ``|A ∩ B| / |A ∪ B|``). The words are those of the **search key** of the kept prose blocks
(lead, body paragraphs, sub-headings: :attr:`marsad.model.Article.paragraphs`), so harakat,
tatweel, hamza seats on alef, taa marbuta, alef maqsura, digit shapes and presentation forms do not
separate two copies (:func:`marsad.text.normalize.search_key`, ``docs/text.md``); punctuation is not
part of a word (``يمني :`` and ``يمني:`` give the same words), nor is the title (a rewritten
headline over the same body is the commonest same-story case in SaudiNewsNet).

Hashes are stable across processes and machines (BLAKE2b of each word's UTF-8, mixed per shingle
with the SplitMix64 finaliser of Steele, Lea & Flood 2014), so signatures stored by one run are
comparable with those of the next; Python's ``hash()`` is salted per process and is not used.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

from marsad.text.normalize import search_key

#: Block kinds whose text is shingled: the kept prose (:attr:`marsad.model.Article.paragraphs`).
PROSE_KINDS: tuple[str, ...] = ("lead", "body", "subheading")

#: A word of the search key: a run of letters or digits (``\w`` minus the underscore), so
#: punctuation and quotation marks (``«»`` vs ``""``) never change a word.
WORD_RE = re.compile(r"[^\W_]+")

#: Odd 64-bit multipliers, one per word position in a shingle (the first 64 bits of the
#: fractional parts of the square roots of the primes 2..19, as in SHA-512's initial values):
#: position matters, so ``a b`` and ``b a`` hash differently.
_POSITION_MULTIPLIERS = np.array(
    [
        0x6A09E667F3BCC909,
        0xBB67AE8584CAA73B,
        0x3C6EF372FE94F82B,
        0xA54FF53A5F1D36F1,
        0x510E527FADE682D1,
        0x9B05688C2B3E6C1F,
        0x1F83D9ABFB41BD6B,
        0x5BE0CD19137E2179,
    ],
    dtype=np.uint64,
)
MAX_SHINGLE_WORDS = len(_POSITION_MULTIPLIERS)

#: Word → 64-bit hash, kept while it has fewer than _WORD_CACHE_LIMIT entries (then cleared).
_WORD_CACHE: dict[str, int] = {}
_WORD_CACHE_LIMIT = 500_000
_EMPTY = np.zeros(0, dtype=np.uint64)


def prose_text(text: str, blocks: Iterable[tuple[int, int, str]]) -> str:
    """The kept prose of an article: the text of each ``(start, end, kind)`` block whose kind is in
    :data:`PROSE_KINDS`, in the given order, joined by newlines (character offsets into ``text``)."""
    return "\n".join(text[s:e] for s, e, kind in blocks if kind in PROSE_KINDS)


def words_of(prose: str) -> list[str]:
    """The words of ``prose``'s search key (letters and digits only), in order."""
    return WORD_RE.findall(search_key(prose))


def _word_hash(word: str) -> int:
    h = _WORD_CACHE.get(word)
    if h is None:
        if len(_WORD_CACHE) >= _WORD_CACHE_LIMIT:
            _WORD_CACHE.clear()
        h = int.from_bytes(
            hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little"
        )
        _WORD_CACHE[word] = h
    return h


def _splitmix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser (Steele, Lea & Flood, OOPSLA 2014): a bijection of 64-bit integers
    that spreads every input bit over the output (arithmetic modulo 2**64)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_hashes(words: list[str], k: int) -> np.ndarray:
    """The sorted, distinct 64-bit hashes (``uint64`` array) of the ``k``-word shingles of
    ``words``. A text of fewer than ``k`` words (but at least one) is one shingle of all its words;
    no words give an empty array. Raises ``ValueError`` unless ``1 <= k <= MAX_SHINGLE_WORDS``."""
    if not 1 <= k <= MAX_SHINGLE_WORDS:
        raise ValueError(f"shingle size must be 1..{MAX_SHINGLE_WORDS}, got {k}")
    n = len(words)
    if n == 0:
        return _EMPTY
    w = np.fromiter((_word_hash(x) for x in words), dtype=np.uint64, count=n)
    k = min(k, n)
    m = n - k + 1
    with np.errstate(over="ignore"):
        acc = w[:m] * _POSITION_MULTIPLIERS[0]
        for j in range(1, k):
            acc = acc + w[j : j + m] * _POSITION_MULTIPLIERS[j]
        return np.unique(_splitmix64(acc))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard index of two shingle sets given as sorted distinct ``uint64`` arrays
    (:func:`shingle_hashes`); 0.0 when both are empty."""
    if not len(a) or not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def body_shingles(text: str, blocks: Iterable[tuple[int, int, str]], k: int) -> np.ndarray:
    """The shingles of the kept prose without its last prose block (:func:`shingle_hashes`); the
    whole prose's when it has only one block. A footer that no boilerplate rule knows (a wire's
    "about us" paragraph, a site's sign-off) closes the text, so a pair whose shared shingles all
    lie in the last blocks shares a footer, not a story (eighth new-user report, finding 2)."""
    prose = [b for b in blocks if b[2] in PROSE_KINDS]
    if len(prose) > 1:
        prose = prose[:-1]
    return shingle_hashes(words_of(prose_text(text, prose)), k)


def shared_outside_last(a: np.ndarray, a_body: np.ndarray, b: np.ndarray, b_body: np.ndarray) -> int:
    """How many of the shingles ``a`` and ``b`` share lie in both ``a_body`` and ``b_body``
    (:func:`body_shingles`): outside each article's last prose block. Sorted distinct ``uint64``
    arrays."""
    inter = np.intersect1d(a, b, assume_unique=True)
    if not len(inter):
        return 0
    return len(np.intersect1d(np.intersect1d(inter, a_body, assume_unique=True), b_body, assume_unique=True))
