"""Remove repeated blocks inside one article: exact repeats, near-duplicates, and the ANT
ABSTRACT that repeats the start of TEXT.

Every title/lead/body/sub-heading block gets a comparison key: its search key
(:func:`marsad.text.normalize.search_key`: alef/yaa/taa-marbuta folding, harakat, tatweel and
BiDi controls removed) with punctuation, ``#`` and all white space deleted. Walking the blocks in
order, a block is removed (moved to ``article.removed``) when

* its key equals the key of a kept block: ``kind="exact"``, ``similarity=1.0`` (the seed's title
  line written twice);
* it is at least ``settings.MIN_NEAR_DUPLICATE_CHARS`` long and the Jaccard similarity of its
  character ``settings.SHINGLE_SIZE``-gram set with a kept block's reaches
  ``settings.NEAR_DUPLICATE_THRESHOLD``: ``kind="near"`` (the seed's lead written again with
  ``لكنه ربط`` → ``رابطاُ``: 0.83).

Inside one article exact set Jaccard is cheap: an article has tens of blocks, so all pairs are
a few hundred comparisons, most cut before any shingle is built by a necessary condition
(Jaccard ≥ t needs the smaller shingle set to be ≥ t × the larger, i.e. comparable lengths) and a
probe (two of four 8-character slices of the block occur in the other; near-duplicates share
most of their text). MinHash/LSH (Broder 1997) estimates
Jaccard to avoid all-pairs comparison over millions of documents; across one article it would
only add error and hashing cost. (Cross-article duplicates are the store's business.)

ANT (Chouigui et al. 2017) repeats the lead: ``ABSTRACT`` is the first ~200 characters of
``TEXT``, often cut mid-word and run across TEXT's first paragraph break. When the ABSTRACT's key
is a prefix of the keys of TEXT's first paragraphs joined (``kind="prefix"``, ``similarity`` =
containment = 1.0), when it occurs anywhere inside TEXT (CNN copies one sentence of the text:
``kind="contained"``, 1.0), or when at least ``settings.ABSTRACT_CONTAINMENT_THRESHOLD`` of its shingles
occur in TEXT's start (a rewrite such as BBC's; ``kind="near"``, ``similarity`` = containment),
the ABSTRACT is removed (``what="abstract"``) and the full first TEXT paragraph is the lead. An
ABSTRACT that does not repeat the text (an independent summary) stays the lead.

A block with a clause of its own is not a repeat (:func:`uncovered_clause`): a near-duplicate
candidate, or an ABSTRACT whose containment lies between ``settings.ABSTRACT_CONTAINMENT_THRESHOLD``
and ``settings.ABSTRACT_NEAR_COPY_CONTAINMENT``, is kept when one of its clauses of at least
``settings.MIN_NEW_CLAUSE_WORDS`` word stems is less than half found in the other block (for the
ABSTRACT: TEXT's first paragraph).

A sibling is not a repeat (:func:`differing_identity`): a near-duplicate candidate that names
another place, person, role or number where the kept block names its own (``*بنزرت …`` /
``*البحيرة 1 …``, ``وبعث ولي العهد …`` / ``وبعث الملك …``), another item of the same list, or that adds
a number, or, against the title, who said it (``وقال العربي: …``), is kept.

The lead must appear once: a lead whose key lies inside a later paragraph is itself the repeat
(the longer paragraph is kept: ``kind="prefix"``/``"contained"``), and a later paragraph whose key
lies inside the lead is removed (``"contained"``); both with ``similarity`` = containment = 1.0.

``RemovedBlock.what`` is the kind of the kept block repeated (``title``, ``lead``, ``body``,
``subheading``), or ``abstract`` for a removed ABSTRACT. When the lead itself is removed (the
seed's repeated title line sat where the lead would be), the first kept paragraph becomes the lead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from math import ceil, floor
from operator import attrgetter

from marsad import settings
from marsad.layout.boilerplate import remove_boilerplate
from marsad.layout.rules import FIELD_ROLES, LIST_ITEM_START
from marsad.model import Article, Block, RemovedBlock, Span
from marsad.text.normalize import LETTER_FOLDS
from marsad.text.scan import compiled_translation

#: Sort key of spans by their start (``operator.attrgetter``: no Python call per item).
_START = attrgetter("start")

_COMPARED = frozenset(("title", "lead", "body", "subheading"))
#: Length of the probe slices that pre-select block pairs before shingle sets are built.
_PROBE = 8
_PROSE = frozenset(("lead", "body", "subheading"))


#: The folds of the search key that matter for comparing blocks, applied with ``str.replace``
#: (C speed): the six letter folds of :data:`marsad.text.normalize.LETTER_FOLDS` (alef forms → ا,
#: alef maqsura → ي, taa marbuta → ه).
_FAST_FOLDS = tuple(LETTER_FOLDS.items())
#: Harakat/shadda/tanween (U+064B–U+065F), superscript alef, tatweel, zero-width and BiDi
#: controls: deleted, one ``in`` + ``str.replace`` per character (2.5× faster over an ANT article's
#: blocks than one character-class ``re.sub``: 30 against 77 µs, same result on 1,000 articles).
_MARK_CHARS: tuple[str, ...] = tuple(
    chr(c)
    for c in (
        *range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
        *range(0x2066, 0x206A), 0x061C,
    )
)  # fmt: skip


def fast_fold_python(s: str) -> str:
    """The cheap part of the search key: the 1:1 Arabic folds and deletion of marks and
    controls. Used to compare blocks; where two blocks come out similar, the project's
    :func:`marsad.text.normalize.search_key` decides whether they are exact repeats.
    (The reference of :func:`fast_fold`.)"""
    for a, b in _FAST_FOLDS:
        if a in s:
            s = s.replace(a, b)
    for c in _MARK_CHARS:
        if c in s:
            s = s.replace(c, "")
    return s


#: :func:`fast_fold_python` in one compiled pass (:mod:`marsad._speedups.scan`; same result: the
#: folds' results are not themselves folded or deleted), or the Python chain (~36 C passes over an
#: article's blocks: 40 µs of ``dedup`` per ANT article).
fast_fold = (
    compiled_translation({**{ord(a): b for a, b in _FAST_FOLDS}, **{ord(c): "" for c in _MARK_CHARS}})
    or fast_fold_python
)


def _search_key(s: str) -> str:
    from marsad.text.normalize import search_key

    return search_key(s)


def comparison_key(s: str) -> tuple[str, list[str]]:
    """``(key, words)``: :func:`fast_fold` of the block as one string without white space
    (``key``) and as its words."""
    words = fast_fold(s).split()
    return "".join(words), words


def same_search_key(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` have the same search key, white space ignored."""
    return "".join(_search_key(a).split()) == "".join(_search_key(b).split())


def shingles(key: str, k: int = settings.SHINGLE_SIZE) -> set[str]:
    """The set of character ``k``-grams of ``key`` (the whole key when shorter than ``k``)."""
    if len(key) <= k:
        return {key}
    return {key[i : i + k] for i in range(len(key) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 for two empty sets)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def containment(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a|: the share of ``a``'s shingles found in ``b``."""
    return len(a & b) / len(a) if a else 0.0


#: Clause ends inside a block: sentence ends, semicolons, commas and colons (Arabic and Latin).
_CLAUSE_END = re.compile(r"[.!?؟؛;،,:\n]+")
#: Letters of a word (digits and punctuation are not compared).
_WORD = re.compile(r"[^\W\d_]+")


def _stems(text: str) -> list[str]:
    """Light stems (:func:`marsad.search.stemmer.light_stem`, Larkey's light10) of the words of
    ``text`` after :func:`fast_fold`, those of at least 3 letters (particles and clitics left out)."""
    from marsad.search.stemmer import light_stem

    out = []
    for w in _WORD.findall(fast_fold(text)):
        st = light_stem(w)
        if len(st) >= 3:
            out.append(st)
    return out


def uncovered_clause(block_text: str, other_text: str) -> str | None:
    """The first clause of ``block_text`` that adds content of its own to ``other_text``, or
    ``None`` when every clause is covered.

    ``block_text`` is cut into clauses at ``. ! ? ؟ ؛ ; ، , :``. A clause with at least
    ``settings.MIN_NEW_CLAUSE_WORDS`` word stems (:func:`_stems`) of which fewer than
    ``settings.ABSTRACT_CONTAINMENT_THRESHOLD`` occur among the stems of ``other_text`` is *not
    covered*: it says something the other block does not. First-user finding: BBC's ABSTRACT
    ``وزير الدفاع الإسرائيلي يحث الرئيس السوري على إنهاء الوجود الإيراني في بلده، وإيران تدين
    الهجمات الإسرائيلية في سوريا`` — its second clause is not in the lead — was removed as a
    near-repeat of the lead (containment 0.61). Stems, not character shingles, so that a
    restatement in other words (``تجمد`` / ``بتجميد``, ``وفاة`` / ``توفي``) still counts as
    covered; per clause, not over the whole block, because an added fact is one whole clause
    while a restatement covers every clause (Broder 1997: containment of the part in the whole)."""
    other = set(_stems(other_text))
    for clause in _CLAUSE_END.split(block_text):
        stems = _stems(clause)
        if len(stems) < settings.MIN_NEW_CLAUSE_WORDS:
            continue
        covered = sum(st in other for st in stems) / len(stems)
        if covered < settings.ABSTRACT_CONTAINMENT_THRESHOLD:
            return clause.strip()
    return None


#: Words of a block for :func:`differing_identity`: runs of letters and digits (``6.2`` → ``6``, ``2``).
_TOKEN = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _identity_words() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """(single-token gazetteer entries → types, role nouns, known places), normalized by
    :func:`marsad.entities.features.ner_norm`; loaded once, on the first near-duplicate candidate."""
    from marsad.entities.features import ner_norm
    from marsad.entities.gazetteer import load_gazetteer
    from marsad.entities.roles import ROLE_NOUNS
    from marsad.layout.rules import PLACES

    try:
        single = dict(load_gazetteer().single)
    except OSError:  # a build without the entities data: numbers and the tables below still work
        single = {}
    return single, frozenset(ner_norm(w) for w in ROLE_NOUNS), frozenset(ner_norm(w) for w in PLACES)


def _candidates(word: str) -> tuple[str, ...]:
    from marsad.entities.features import stem_candidates

    return stem_candidates(word)


#: Function words that the gazetteer also lists as names (``على`` → ``علي``, ``كان``), folded.
_NOT_NAMES = frozenset(
    "علي الي في من عن مع كان قد ان او ثم بعد قبل حتي لدي منذ تم هذا هذه ذلك التي الذي كما".split()
)


def _is_identity(word: str) -> bool:
    """True for a word that names *which* one: a number (digits), a gazetteer name (person, place,
    organisation), a known place or a role noun (``الملك``, ``ولي``, ``وزير``), clitics allowed."""
    if _DIGIT.search(word):
        return True
    if word in _NOT_NAMES or len(word) < 3:
        return False
    single, roles, places = _identity_words()
    return any(c in single or c in roles or c in places for c in _candidates(word))


def _is_person(word: str) -> bool:
    """True for a gazetteer person name or a role noun (who acts or speaks), clitics allowed."""
    if word in _NOT_NAMES or len(word) < 3:
        return False
    single, roles, _ = _identity_words()
    return any("PER" in single.get(c, ()) or c in roles for c in _candidates(word))


def _is_name(word: str) -> bool:
    """True for a gazetteer name (person, place, organisation) of at least 4 letters, clitics
    allowed (role nouns and numbers are not names)."""
    if word in _NOT_NAMES or len(word) < 4:
        return False
    single = _identity_words()[0]
    return any(len(c) >= 4 and c in single for c in _candidates(word))


def _is_cue(word: str) -> bool:
    """True for a verb that introduces speech (:data:`marsad.quotes.cues.CUE_FORMS`: ``قال``,
    ``أكد``, ``اعتبر`` …), clitics allowed."""
    from marsad.quotes.cues import CUE_FORMS

    return any(c in CUE_FORMS for c in _candidates(word))


def differing_identity(block_text: str, kept_text: str, *, kept_is_title: bool = False) -> str | None:
    """The first word that makes ``block_text`` a *sibling* of ``kept_text`` rather than a copy of
    it, or ``None`` when ``block_text`` may be removed as its near-duplicate.

    The two blocks' words (:func:`marsad.entities.features.ner_norm`; runs of letters/digits) are
    aligned (:class:`difflib.SequenceMatcher`). A *replaced* stretch — words of one block standing
    where the other has other words — that holds on both sides a number, a gazetteer name, a known
    place or a role noun found nowhere in the other block makes them two statements about
    different things (new-user report nu16 H1: ``*بنزرت …`` / ``*البحيرة 1 …`` ticket offices,
    ``وبعث ولي العهد برقية …`` / ``وبعث الملك برقية …``, ``(سوق القات)`` / ``(خزان مياه باب عدن)``,
    ``مونديال 2006`` / ``مونديال 1938``). Words only ``block_text`` has (an inserted stretch) count
    when they are a number (``محققا 35.8 مليون دولار``), or a person's name or role noun when the
    kept block is the title (``وقال العربي: إن العلاقات …`` is the quotation the title shortens). Two items of
    one list (both open with a list mark, :data:`marsad.layout.rules.LIST_ITEM_START`) differ by any
    word of their own (``*لافايات …`` / ``*البحيرة 1 …``: towns no table knows). A rewording
    (``نحو`` → ``قرابة``, ``وفاته`` → ``مقتله``) or a stretch only the kept block has is no
    difference: the copy loses nothing."""
    from difflib import SequenceMatcher

    from marsad.entities.features import ner_norm

    mine = [ner_norm(w) for w in _TOKEN.findall(block_text)]
    other = [ner_norm(w) for w in _TOKEN.findall(kept_text)]
    mine_c = {c for w in mine for c in _candidates(w)}
    other_c = {c for w in other for c in _candidates(w)}

    def unmatched(words: list[str], against: set[str]) -> list[str]:
        return [w for w in words if not any(c in against for c in _candidates(w))]

    # items of one list (both open with a list mark) are parallel entries: any word of their own
    listed = bool(LIST_ITEM_START.match(block_text.lstrip()) and LIST_ITEM_START.match(kept_text.lstrip()))
    for op, i1, i2, j1, j2 in SequenceMatcher(None, mine, other, autojunk=False).get_opcodes():
        if listed and op in ("replace", "delete"):
            for w in unmatched(mine[i1:i2], other_c):
                return w
        if op == "replace":  # a name or number replaced by another one, or by other words
            theirs = [
                w
                for w in unmatched(other[j1:j2], mine_c)
                if _DIGIT.search(w) or (w not in _NOT_NAMES and len(w) >= 3)
            ]
            if theirs:
                named = any(_is_identity(w) for w in theirs)
                for w in unmatched(mine[i1:i2], other_c):
                    if (named and _is_identity(w)) or _is_name(w):
                        return w
        elif op == "delete":  # words only this block has
            for w in unmatched(mine[i1:i2], other_c):
                if _DIGIT.search(w) or (kept_is_title and (_is_person(w) or _is_cue(w))):
                    return w
    return None


@lru_cache(maxsize=256)
def _field_role(name: str) -> str | None:
    return FIELD_ROLES.get(name.lower()) if name else None


#: :func:`fast_fold` that also deletes white space (every character ``str.split`` splits at), in one
#: compiled pass: the comparison key of a block directly, without splitting it into words.
_KEY_TRANSLATION = compiled_translation(
    {
        **{ord(a): b for a, b in _FAST_FOLDS},
        **{ord(c): "" for c in _MARK_CHARS},
        **{c: "" for c in range(0x10000) if chr(c).isspace()},
    }
)
#: :data:`_KEY_TRANSLATION` of each block's span of the text, in one call (``Table.translate_spans``).
_KEY_SPANS = getattr(getattr(_KEY_TRANSLATION, "__self__", None), "translate_spans", None)
#: Joins the blocks for one compiled pass: not white space, not in the tables, not in Arabic news
#: (a block that holds one is keyed block by block, as is every block when the pieces do not match).
_KEY_SEPARATOR = "\x00"


def _block_keys(article: Article, blocks: list[Block]) -> list[str]:
    """:func:`comparison_key` ``[0]`` of every block, computed with one fold over the blocks
    joined by newlines (the fold keeps newlines; blocks never contain one), or by one compiled
    pass that also deletes the white space (:data:`_KEY_TRANSLATION`)."""
    text = article.text
    if _KEY_SPANS is not None:  # each block translated where it lies: no slices, no join and split
        return _KEY_SPANS(text, blocks)  # type: ignore[no-any-return]
    if _KEY_TRANSLATION is not None:
        keys = _KEY_TRANSLATION(_KEY_SEPARATOR.join([text[b.start : b.end] for b in blocks])).split(_KEY_SEPARATOR)
        if len(keys) == len(blocks):
            return keys
        return [comparison_key(text[b.start : b.end])[0] for b in blocks]
    joined = "\n".join(text[b.start : b.end] for b in blocks)
    pieces = fast_fold(joined).split("\n")
    if len(pieces) != len(blocks):  # a block with a newline inside: fall back to one call each
        return [comparison_key(text[b.start : b.end])[0] for b in blocks]
    return ["".join(piece.split()) for piece in pieces]


@lru_cache(maxsize=256)
def _has_abstract_field(names: tuple[str, ...]) -> bool:
    """True when one of the field ``names`` has the role ``abstract`` (per tuple of field names: a
    corpus has a few)."""
    return any(_field_role(name) == "abstract" for name in names)


def _remove_abstract(
    article: Article, keys: dict[int, str], removed_ids: set[int], out: list[tuple[Block, RemovedBlock]]
) -> None:
    """Drop an ANT ABSTRACT that repeats the start of TEXT; see the module docstring."""
    if not _has_abstract_field(tuple(article.fields)):
        return
    abstract = None
    for b in article.blocks:  # a loop, not next(generator): no generator made and closed
        if b.kind == "lead" and _field_role(b.field) == "abstract":
            abstract = b
            break
    if abstract is None:
        return
    text_blocks = [b for b in article.blocks if b.kind in _PROSE and _field_role(b.field) == "body"]
    if not text_blocks:
        return
    akey = keys.get(id(abstract), "").rstrip(".…")
    if not akey:
        return
    joined = ""
    last = text_blocks[0]
    for b in text_blocks:
        joined += keys.get(id(b), "")
        last = b
        if len(joined) >= len(akey):
            break
    kind, sim = "", 0.0
    if joined.startswith(akey) or (
        len(joined) >= settings.MIN_NEAR_DUPLICATE_CHARS and akey.startswith(joined)
    ):
        kind, sim = "prefix", 1.0
    elif len(akey) >= 15 and akey in "".join(keys.get(id(b), "") for b in text_blocks):
        kind, sim = "contained", 1.0  # CNN: a sentence of TEXT copied as the ABSTRACT
    else:
        window = shingles(joined[: int(len(akey) * 1.5) + settings.SHINGLE_SIZE])
        sim = containment(shingles(akey), window)
        if sim >= settings.ABSTRACT_NEAR_COPY_CONTAINMENT or (
            sim >= settings.ABSTRACT_CONTAINMENT_THRESHOLD
            and uncovered_clause(article.span_text(abstract), article.span_text(text_blocks[0])) is None
        ):
            kind = "near"  # a copy or restatement; one with a clause of its own stays the lead
    if not kind:
        return
    removed_ids.add(id(abstract))
    out.append(
        (
            text_blocks[0],
            RemovedBlock(
                abstract.start,
                abstract.end,
                repeats=Span(text_blocks[0].start, last.end),
                kind=kind,
                similarity=round(sim, 3),
                what="abstract",
            ),
        )
    )
    if text_blocks[0].kind == "body":
        text_blocks[0].kind = "lead"


def _lead_inside_other(
    kept: list[tuple[Block, str]], removed_ids: set[int], out: list[tuple[Block, RemovedBlock]], min_len: int
) -> None:
    """A block with a clause of its own is not a repeat (:func:`uncovered_clause`): a near-duplicate
candidate, or an ABSTRACT whose containment lies between ``settings.ABSTRACT_CONTAINMENT_THRESHOLD``
and ``settings.ABSTRACT_NEAR_COPY_CONTAINMENT``, is kept when one of its clauses of at least
``settings.MIN_NEW_CLAUSE_WORDS`` word stems is less than half found in the other block (for the
ABSTRACT: TEXT's first paragraph).

The lead must appear once: when its key lies inside a later paragraph (a cut copy of
    it placed first, as SaudiNewsNet book reviews do) the lead is the repeat and the longer
    paragraph is kept (``kind="prefix"`` or ``"contained"``); when a later paragraph lies inside
    the lead, that paragraph is removed (``"contained"``). Checks the lead against each later
    block: O(n) substring searches."""
    idx = None
    for i, (b, _) in enumerate(kept):
        if b.kind == "lead":
            idx = i
            break
    if idx is None or len(kept[idx][1]) < min_len:
        return
    lead, lkey = kept[idx]
    for b, key in kept[idx + 1 :]:
        if b.kind not in _PROSE:
            continue
        if lkey in key:
            removed_ids.add(id(lead))
            kind = "prefix" if key.startswith(lkey) else "contained"
            out.append(
                (
                    b,
                    RemovedBlock(
                        lead.start, lead.end, repeats=Span(b.start, b.end), kind=kind, similarity=1.0
                    ),
                )
            )
            return
        if len(key) >= min_len and key in lkey:
            removed_ids.add(id(b))
            out.append(
                (
                    lead,
                    RemovedBlock(
                        b.start, b.end, repeats=Span(lead.start, lead.end), kind="contained", similarity=1.0
                    ),
                )
            )


def probe_hits_python(key: str, probe_len: int, keys: list[str], lo: int, hi: int) -> list[int]:
    """Indices ``i`` in ``[lo, hi)`` of ``keys`` holding at least two of the four probes of
    ``key``: ``probe_len``-character slices at 1/5, 2/5, 3/5 and 4/5 of it. A near-duplicate
    shares most of its text, so at least two of them occur in the other key; only those pairs get
    shingle sets (the reference of the compiled ``marsad._speedups.scan.probe_hits``)."""
    step = len(key) // 5
    p1, p2, p3, p4 = (key[j * step : j * step + probe_len] for j in (1, 2, 3, 4))
    return [i for i in range(lo, hi) if (p1 in keys[i]) + (p2 in keys[i]) + (p3 in keys[i]) + (p4 in keys[i]) >= 2]


def _compiled_probe_hits():  # -> marsad._speedups.scan.probe_hits, or None
    from marsad import _speedups

    module = _speedups.load("scan")
    return None if module is None else module.probe_hits


#: The near-duplicate probe test: compiled when :mod:`marsad._speedups.scan` is built, else Python.
probe_hits = _compiled_probe_hits() or probe_hits_python


class _Kept:
    """A kept block with its key and (lazily) its shingle set."""

    __slots__ = ("block", "key", "shingles")

    def __init__(self, block: Block, key: str) -> None:
        self.block = block
        self.key = key
        self.shingles: set[str] | None = None


def remove_repeated_blocks(article: Article) -> None:
    """Move repeated blocks from ``article.blocks`` to ``article.removed`` (see module docstring).

    Keeps the first occurrence; records each removed block with the span it repeats, the kind of
    repetition and its similarity. Hashtags inside removed blocks are dropped from
    ``article.hashtags``. Never raises on odd input; never changes ``article.text``.
    """
    remove_boilerplate(article)  # site boilerplate first: it is no repeat of this article's text
    candidates = [b for b in article.blocks if b.kind in _COMPARED]
    if len(candidates) < 2:
        return
    computed = _block_keys(article, candidates)
    keys = {id(b): key for b, key in zip(candidates, computed, strict=True)}
    removed_ids: set[int] = set()
    pairs: list[tuple[Block, RemovedBlock]] = []  # (kept block, record)
    _remove_abstract(article, keys, removed_ids, pairs)

    threshold = settings.NEAR_DUPLICATE_THRESHOLD
    min_len = settings.MIN_NEAR_DUPLICATE_CHARS
    k = settings.SHINGLE_SIZE
    exact: dict[str, Block] = {}
    kept_order: list[tuple[Block, str]] = []
    lengths: list[int] = []  # key lengths of the long kept blocks, sorted
    long_kept: list[_Kept] = []  # parallel to ``lengths``
    long_keys: list[str] = []  # their keys, parallel too
    budget = settings.MAX_NEAR_DUPLICATE_PAIRS  # pairs left to compare (hostile input: 10k lines)
    for b, key in zip(candidates, computed, strict=True):
        if id(b) in removed_ids or not key:
            continue
        hit = exact.get(key)
        if hit is not None:
            removed_ids.add(id(b))
            pairs.append(
                (
                    hit,
                    RemovedBlock(
                        b.start, b.end, repeats=Span(hit.start, hit.end), kind="exact", similarity=1.0
                    ),
                )
            )
            continue
        n = len(key)
        if n >= min_len and budget > 0:
            # Jaccard >= t needs comparable sizes: t*n <= len(other) <= n/t
            # (integer bounds: the same indices as the float ones, without int-float comparisons)
            lo = bisect_left(lengths, ceil(threshold * n))
            hi = bisect_right(lengths, floor(n / threshold))
            best_sim, best = 0.0, None
            budget -= hi - lo if hi - lo > 1 else 1  # max(1, hi - lo)
            if budget <= 0:
                article.warn(
                    "near-duplicates-capped",
                    f"more than {settings.MAX_NEAR_DUPLICATE_PAIRS:,} block pairs; later blocks are "
                    "compared for exact repeats only",
                )
            elif hi > lo:
                # probes: four 8-character slices spread over the key; a near-duplicate shares
                # most of its text, so at least two of them occur in the other key
                mine: set[str] | None = None
                for idx in probe_hits(key, _PROBE, long_keys, lo, hi):
                    other = long_kept[idx]
                    if mine is None:
                        mine = shingles(key, k)
                    if other.shingles is None:
                        other.shingles = shingles(other.key, k)
                    sim = jaccard(mine, other.shingles)
                    if (
                        sim >= threshold
                        and sim > best_sim
                        and uncovered_clause(article.span_text(b), article.span_text(other.block)) is None
                        and differing_identity(
                            article.span_text(b),
                            article.span_text(other.block),
                            kept_is_title=other.block.kind == "title",
                        )
                        is None
                    ):  # a block that adds a clause of its own, or names another one, is not a repeat
                        best_sim, best = sim, other.block
            if best is not None:
                removed_ids.add(id(b))
                if same_search_key(article.span_text(b), article.span_text(best)):
                    rec = RemovedBlock(
                        b.start, b.end, repeats=Span(best.start, best.end), kind="exact", similarity=1.0
                    )
                else:
                    rec = RemovedBlock(
                        b.start,
                        b.end,
                        repeats=Span(best.start, best.end),
                        kind="near",
                        similarity=round(best_sim, 3),
                    )
                pairs.append((best, rec))
                continue
            pos = bisect_right(lengths, n)
            lengths.insert(pos, n)
            long_kept.insert(pos, _Kept(b, key))
            long_keys.insert(pos, key)
        exact[key] = b
        kept_order.append((b, key))
    _lead_inside_other(kept_order, removed_ids, pairs, min_len)

    if not removed_ids:
        return
    article.blocks = [b for b in article.blocks if id(b) not in removed_ids]
    if "lead" not in [b.kind for b in article.blocks]:
        for b in article.blocks:
            if b.kind in ("body", "subheading"):
                b.kind = "lead"
                break
    for kept_block, rec in pairs:
        if rec.what != "abstract":
            rec.what = kept_block.kind
        article.removed.append(rec)
    article.removed.sort(key=_START)
    if article.hashtags:
        gone = [(r.start, r.end) for r in article.removed]
        kept_tags = []
        for h in article.hashtags:  # loops, not any(generator) per hashtag
            for s, e in gone:
                if s <= h.start < e:
                    break
            else:
                kept_tags.append(h)
        article.hashtags = kept_tags
