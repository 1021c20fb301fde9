"""Token normalization, clitic splitting and CRF feature extraction for the NER tagger.

Features follow the standard recipe for Arabic CRF NER (Benajiba, Rosso & Benedí 2007 "ANERsys";
Benajiba, Diab & Rosso 2008 "Arabic NER using optimized feature sets"; Turian, Ratinov & Bengio 2010
for word-cluster features): word identity, clitic-stripped stem, prefixes and suffixes, word shape,
gazetteer membership (single token and longest multi-token match), word clusters at three
granularities, all in a ±2 window, plus a bigram of the left word.

Speed: everything that depends on one word type only is computed once per type and cached
(:class:`FeatureExtractor`), so a sentence costs a few list concatenations per token.

The normalization here (:func:`ner_norm`) is frozen with the shipped model: it is deliberately
independent of :mod:`marsad.text.normalize` (whose search key may evolve) so that retraining is
the only thing that can change what the model sees.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from marsad import settings
from marsad.text.letters import (
    BMP_FORMAT_CHARS,
    LAM_ALEF_LIGATURES,
    PERSIAN_LETTER_FOLDS,
    PRESENTATION_LETTER_FOLDS,
)
from marsad.text.normalize import LETTER_FOLDS

# --- normalization -------------------------------------------------------------------------------
#: Harakat (fathatan … sukun), superscript alef and tatweel are deleted; alef with hamza above/below,
#: alef madda and alef wasla become bare alef; alef maqsura → yaa; taa marbuta → haa; Persian yeh,
#: keheh, heh with yeh above → ي, ك, ه (``PERSIAN_LETTER_FOLDS``, as the search key); Arabic-Indic
#: digits → ASCII. (The usual "light" orthographic normalization of Arabic IR, Larkey et al. 2002.)
_NORM_TABLE = str.maketrans(
    {
        **{chr(c): None for c in range(0x064B, 0x0653)},
        "\u0670": None,
        "\u0640": None,
        **LETTER_FOLDS,
        **PERSIAN_LETTER_FOLDS,
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
# Arabic presentation forms → their letter, folded on by the table (``ﺃ`` → ``أ`` → ``ا``; 1:1, fmt24:
# :data:`marsad.text.letters.PRESENTATION_LETTER_FOLDS`; none occurs in ANERcorp, the model is unchanged);
# a lam-alef ligature → its two letters (``ﻷ`` → ``لا``) and the BMP format characters deleted (a soft
# hyphen or ZWNJ inside a word: the tokenizer keeps them in the token), as every word key does
# (spell25, :data:`marsad.text.letters.WORD_FORM_FOLDS`). ANERcorp's test file holds none of them (its
# training file 4 ligatures: the shipped model was trained without this fold; ``marsad eval ner`` is
# unchanged).
_NORM_TABLE.update({ord(k): v.translate(_NORM_TABLE) for k, v in PRESENTATION_LETTER_FOLDS.items()})
_NORM_TABLE.update({ord(k): v.translate(_NORM_TABLE) for k, v in LAM_ALEF_LIGATURES.items()})
_NORM_TABLE.update(dict.fromkeys(map(ord, BMP_FORMAT_CHARS)))


def ner_norm(word: str) -> str:
    """Light orthographic normalization of a token or name (see ``_NORM_TABLE``); ``str -> str``."""
    return word.translate(_NORM_TABLE)


class open_gz_write(io.StringIO):  # noqa: N801 - used like open()
    """``with open_gz_write(path) as fh: fh.write(...)``: UTF-8 text gzipped with a zero timestamp on
    close, so shipped data files are byte-reproducible."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = Path(path)

    def close(self) -> None:
        if not self.closed:
            data = gzip.compress(self.getvalue().encode("utf-8"), compresslevel=9, mtime=0)
            self.path.write_bytes(data)
        super().close()


# --- clitics -----------------------------------------------------------------------------------
#: Proclitics, outermost first: conjunction (و, ف), then preposition (ب, ك, ل), then the article ال.
#: ``لل`` is ل + ال with the alef of the article elided (``للعراق`` = ل + العراق).
#: Source: Habash, "Introduction to Arabic Natural Language Processing" (2010), §4.2 clitics.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
#: Shortest stem left after stripping (shorter remainders are almost never names: ``ولد`` ≠ و + لد).
MIN_STEM = 2

_CLITIC_RE = re.compile(r"^(?P<conj>[وف])?(?P<prep>[بكل])?(?P<stem>.+)$")


def proclitic_splits(word: str) -> list[tuple[int, str]]:
    """Candidate splits of ``word`` (normalized or raw Arabic) into proclitics + stem.

    Returns ``[(n_prefix_chars, stem), ...]`` from the longest prefix to the shortest, not including
    the unsplit word; stems shorter than :data:`MIN_STEM` are skipped. ``للعراق`` yields
    ``(1, "لعراق")`` and the restored article form is produced by :func:`stem_with_article`.
    Example: ``وبسوريا`` → ``[(2, "سوريا"), (1, "بسوريا")]``.
    """
    out: list[tuple[int, str]] = []
    n = len(word)
    if n < MIN_STEM + 1:
        return out
    c0 = word[0]
    if c0 in "وف":
        if n >= MIN_STEM + 2 and word[1] in "بكل":
            out.append((2, word[2:]))
        out.append((1, word[1:]))
    elif c0 in "بكل":
        out.append((1, word[1:]))
    return [(k, s) for k, s in out if len(s) >= MIN_STEM]


def stem_with_article(word: str) -> str:
    """The stem of ``word`` without conjunction/preposition, with ``لل`` restored to ``ال``.

    ``وللعراق`` → ``العراق``; ``والعراق`` → ``العراق``; ``وبسوريا`` → ``سوريا``; other words unchanged
    in their stem (no lexicon check: this is a feature, not a decision).
    """
    w = word
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if len(w) > 3 and w.startswith("لل"):
        return "ال" + w[2:]
    if len(w) > 3 and w[0] in "بك" and w[1:3] == "ال":
        return w[1:]
    if len(w) > 4 and w[0] == "ل" and w[1:3] == "ال":
        return w[1:]
    return w


def bare_stem(word: str) -> str:
    """``stem_with_article`` without the article: ``والعراق`` → ``عراق``; ``وبسوريا`` → ``بسوريا``."""
    s = stem_with_article(word)
    if len(s) > 4 and s.startswith("ال"):
        return s[2:]
    return s


@lru_cache(maxsize=settings.NER_STEM_CACHE_WORDS)
def stem_candidates(word: str) -> tuple[str, ...]:
    """``word`` and its possible stems, most complete first, without repeats: the word, the stem with
    the article (:func:`stem_with_article`), without it (:func:`bare_stem`), then every proclitic
    split (:func:`proclitic_splits`). ``وبسوريا`` → ``("وبسوريا", "بسوريا", "سوريا")``. Cached."""
    out = [word]
    for s in (stem_with_article(word), bare_stem(word), *(s for _, s in proclitic_splits(word))):
        if s not in out:
            out.append(s)
    return tuple(out)


# --- word shape ------------------------------------------------------------------------------------
_ARABIC_RE = re.compile(r"[\u0621-\u064A]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")
_PUNCT_RE = re.compile(r"^[^\w]+$")


def word_shape(word: str) -> str:
    """A coarse shape class: ``ar``, ``lat``, ``LAT`` (capitalised Latin), ``num``, ``mix``, ``pun``."""
    if _PUNCT_RE.match(word):
        return "pun"
    has_ar = bool(_ARABIC_RE.search(word))
    has_lat = bool(_LATIN_RE.search(word))
    has_dig = bool(_DIGIT_RE.search(word))
    if has_ar and not has_lat and not has_dig:
        return "ar"
    if has_lat and not has_ar and not has_dig:
        return "LAT" if word[:1].isupper() else "lat"
    if has_dig and not has_ar and not has_lat:
        return "num"
    return "mix"


def length_bucket(n: int) -> str:
    return str(n) if n < 7 else ("7-9" if n < 10 else "10+")


# --- extractor -------------------------------------------------------------------------------------
#: Prefixes of the features a token takes from its neighbours at −2, −1, +1, +2 (in this order).
_CTX_OFFSETS = ("-2", "-1", "+1", "+2")


class FeatureExtractor:
    """CRF features for token sequences, with per-word-type caching.

    ``clusters``: ``{normalized word: (c_coarse, c_mid, c_fine)}`` (strings), learned from unlabeled
    news (:mod:`marsad.entities.clusters`). ``gazetteer``: a :class:`marsad.entities.gazetteer.Gazetteer`.
    ``person_tokens``: normalized Arabic person-name tokens (Wikidata).

    :meth:`sentence` maps ``Sequence[str]`` (raw tokens) → ``list[list[str]]`` (one feature list per
    token), ready for ``pycrfsuite.Tagger.tag``/``Trainer.append``.
    """

    #: Cache size bound (word types) of each of the two generations, so memory stays flat on huge
    #: batches (``settings.NER_FEATURE_CACHE_WORDS``: ~3.7 KB per word type).
    CACHE_MAX = settings.NER_FEATURE_CACHE_WORDS

    def __init__(
        self,
        clusters: dict[str, tuple[str, str, str]],
        gazetteer,
        person_tokens: set[str],
        known: frozenset[str] | None = None,
    ):
        self.clusters = clusters
        self.gaz = gazetteer
        self.person_tokens = person_tokens
        #: With ``known`` (the attributes of a trained model: :func:`model_attributes`), features the
        #: model has no weight for are left out. crfsuite drops an unknown attribute when it reads an
        #: item and sums the known ones in the order given, so the tags and marginals are the same to
        #: the bit; the strings are just not built, converted and looked up (issue 5 speed, step 1 of
        #: docs/entities.md). ``None`` (training) gives every feature.
        self.known = known
        #: Necessary conditions for a known bigram ``bg=<left>|<word>`` (the split at every ``|``).
        self._bg_left: frozenset[str] = frozenset()
        self._bg_right: frozenset[str] = frozenset()
        if known is not None:
            left, right = set(), set()
            for f in known:
                if f.startswith("bg="):
                    body = f[3:]
                    for p, ch in enumerate(body):
                        if ch == "|":
                            left.add(body[:p])
                            right.add(body[p + 1 :])
            self._bg_left, self._bg_right = frozenset(left), frozenset(right)
        #: ``{offset: {feature f: offset + f is known}}`` for the context features: the test is then
        #: on the core feature string, whose hash is already computed, and only known strings are built.
        self._known_at: dict[str, frozenset[str]] = (
            {off: frozenset(f[len(off) :] for f in known if f.startswith(off)) for off in _CTX_OFFSETS}
            if known is not None
            else {}
        )
        self._cache: dict[str, tuple[list[str], list[list[str]], str]] = {}
        #: The previous generation of the cache: a word found here moves back to ``_cache``, so the
        #: frequent vocabulary survives a turnover (at most 2 × CACHE_MAX entries are held).
        self._old: dict[str, tuple[list[str], list[list[str]], str]] = {}

    # one word type -> (own features, [ctx feats at -2,-1,+1,+2], normalized form)
    def _word(self, raw: str):
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        hit = self._old.get(raw)
        if hit is not None:
            self._remember(raw, hit)
            return hit
        w = ner_norm(raw)
        sa = stem_with_article(w)
        sb = sa[2:] if len(sa) > 4 and sa.startswith("ال") else sa  # bare_stem(w), from sa
        shape = word_shape(raw)
        cands = stem_candidates(w)
        clusters = self.clusters
        cl = next((clusters[c] for c in cands if c in clusters), None)
        token_types = self.gaz.token_types
        gaz_types: set[str] = set()
        for c in cands:
            gaz_types.update(token_types(c))
        core = ["w=" + w, "s=" + sb]
        if cl is not None:
            core += ["c1=" + cl[0], "c2=" + cl[1], "c3=" + cl[2]]
        else:
            core.append("c=none")
        for t in sorted(gaz_types):  # fixed order: the trained model file is byte-reproducible
            core.append("g=" + t)
        if any(c in self.person_tokens for c in cands):
            core.append("wd=per")
        own = core + [
            "sa=" + sa,
            "sh=" + shape,
            "len=" + length_bucket(len(sb)),
            "p1=" + w[:1],
            "p2=" + w[:2],
            "p3=" + w[:3],
            "x1=" + w[-1:],
            "x2=" + w[-2:],
            "x3=" + w[-3:],
            "sp2=" + sb[:2],
            "sx2=" + sb[-2:],
            "al=" + ("1" if sa.startswith("ال") else "0"),
            "cl=" + ("1" if sa != w else "0"),
        ]
        if cl is not None:
            own.append("c2s=" + cl[1] + "|" + shape)
        known = self.known
        if known is None:
            ctx = [[off + f for f in core] for off in _CTX_OFFSETS]
        else:
            own = [f for f in own if f in known]
            known_at = self._known_at
            ctx = [[off + f for f in core if f in known_at[off]] for off in _CTX_OFFSETS]
        out = (own, ctx, w)
        self._remember(raw, out)
        return out

    def _remember(self, raw: str, out: tuple[list[str], list[list[str]], str]) -> None:
        """Cache ``out`` for ``raw``; when the cache is full it becomes the old generation (the one
        before is dropped) and a new one starts."""
        if len(self._cache) >= self.CACHE_MAX:
            self._old = self._cache
            self._cache = {}
        self._cache[raw] = out

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Features for one sentence of raw tokens; ``[]`` for an empty sentence."""
        n = len(tokens)
        if n == 0:
            return []
        words = [self._word(t) for t in tokens]
        gz = self.gaz.match_bio([w[2] for w in words])
        if self.known is not None:
            return self._known_sentence(words, gz)
        feats: list[list[str]] = []
        for i in range(n):
            own, _, w = words[i]
            f = ["bias"] + own
            if gz[i]:
                f.append("gz=" + gz[i])
            if i >= 2:
                f += words[i - 2][1][0]
            if i >= 1:
                f += words[i - 1][1][1]
                f.append("bg=" + words[i - 1][2] + "|" + w)
                if gz[i - 1]:
                    f.append("-1gz=" + gz[i - 1])
            else:
                f.append("BOS")
            if i + 1 < n:
                f += words[i + 1][1][2]
                if gz[i + 1]:
                    f.append("+1gz=" + gz[i + 1])
            else:
                f.append("EOS")
            if i + 2 < n:
                f += words[i + 2][1][3]
            feats.append(f)
        return feats

    def _known_sentence(
        self, words: list[tuple[list[str], list[list[str]], str]], gz: list[str]
    ) -> list[list[str]]:
        """:meth:`sentence` with only the :attr:`known` features, in the same order (``words``: the
        cached per-word features, already filtered; ``gz``: the gazetteer BIO of the sentence)."""
        known, bg_left, bg_right = self.known, self._bg_left, self._bg_right
        assert known is not None
        n = len(words)
        bos, eos, bias = "BOS" in known, "EOS" in known, "bias" in known
        feats: list[list[str]] = []
        for i in range(n):
            own, _, w = words[i]
            f = ["bias", *own] if bias else list(own)
            if gz[i] and (x := "gz=" + gz[i]) in known:
                f.append(x)
            if i >= 2:
                f += words[i - 2][1][0]
            if i >= 1:
                f += words[i - 1][1][1]
                left = words[i - 1][2]
                if left in bg_left and w in bg_right and (x := "bg=" + left + "|" + w) in known:
                    f.append(x)
                if gz[i - 1] and (x := "-1gz=" + gz[i - 1]) in known:
                    f.append(x)
            elif bos:
                f.append("BOS")
            if i + 1 < n:
                f += words[i + 1][1][2]
                if gz[i + 1] and (x := "+1gz=" + gz[i + 1]) in known:
                    f.append(x)
            elif eos:
                f.append("EOS")
            if i + 2 < n:
                f += words[i + 2][1][3]
            feats.append(f)
        return feats


def model_attributes(path: Path) -> frozenset[str]:
    """The attribute strings of a crfsuite model file (its attribute dictionary: the features that
    have a weight), read from the file itself in ~0.1 s (``pycrfsuite.Tagger.info()`` dumps the
    whole model: ~0.8 s). Layout: the CRF1d header (``lCRF``, little-endian ``uint32`` fields;
    ``off_attrs`` is the 10th) and the attribute CQDB there (``CQDB`` chunk; ``bwd_size`` and
    ``bwd_offset`` give the record offset of each id; a record is ``int32 id, uint32 size, key +
    NUL``), as written by crfsuite 0.12 ``crf1d_model.c`` / ``cqdb.c`` (Okazaki 2007).
    Raises ``ValueError`` on a file of another layout."""
    import struct

    data = Path(path).read_bytes()
    if data[:4] != b"lCRF" or len(data) < 48:
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    num_attrs, off_attrs = struct.unpack_from("<I", data, 24)[0], struct.unpack_from("<I", data, 36)[0]
    chunk, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, off_attrs)
    if chunk != b"CQDB" or bwd_size < num_attrs:
        raise ValueError(f"{path}: no attribute dictionary where the header says")
    out: list[str] = []
    for (off,) in struct.iter_unpack(
        "<I", data[off_attrs + bwd_offset : off_attrs + bwd_offset + 4 * bwd_size]
    ):
        if off:
            start = off_attrs + off
            size = struct.unpack_from("<I", data, start + 4)[0]
            out.append(data[start + 8 : start + 8 + size - 1].decode("utf-8"))
    if len(out) != num_attrs:
        raise ValueError(f"{path}: {len(out)} attributes read, the header says {num_attrs}")
    return frozenset(out)
