"""The document model: one :class:`Article` owns its text; everything else is standoff annotation.

Every annotation (block, sentence, hashtag, fix, time expression, mention, quote) is a span of
character offsets ``[start, end)`` into :attr:`Article.text`, in the manner of spaCy's ``Doc``/``Span``.
Nothing rewrites ``Article.text``: derived layers (display text, search key) are separate strings
with an offset map back to it (see :mod:`marsad.text.normalize`).

``Article.text`` is the decoded source record, verbatim, for plain text and TREC, and the text
composed from the record's fields for JSON and HTML:

* plain text: the whole file, decoded;
* TREC/ANT ``<DOC>``: the ``<DOC>…</DOC>`` element, decoded, tags included (field spans point inside);
* JSON / JSON Lines: JSON strings carry escapes, so ``text`` is the decoded field values laid out in a
  fixed order (title, author, date, content), each separated by a blank line, with
  :attr:`Article.fields` giving their spans; the verbatim record is kept in :attr:`Article.raw`.
* HTML: composed as JSON's, from the extracted title, author, date and story blocks (an HTML
  parser gives no source offsets of text nodes; docs/io.md, "Formats").

The verbatim source bytes of the record are kept in :attr:`Article.raw` (never altered).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, is_dataclass
from dataclasses import fields as dc_fields
from typing import Any, Literal

BlockKind = Literal[
    "header",  # a line of metadata the layout stage recognised (e.g. the dateline/time line)
    "title",
    "dateline",
    "byline",
    "lead",
    "body",
    "subheading",
    "trailer",  # e.g. "// انتهى //", "(رويترز)" closing lines
    "meta",  # container tags or fields that are not prose (DOCNO, URL, …)
    "related",  # a teaser of another story (CNN's widget; a link line, quotes step 52h): not prose
]


@dataclass(slots=True)
class Span:
    """A half-open character range ``[start, end)`` into :attr:`Article.text`.

    A span holds offsets only, no reference to its article: its raw text is
    ``article.span_text(span)`` (``article.text[span.start:span.end]``), its display text
    ``article.display(span)``. :class:`Token`, :class:`Mention` and :class:`TimeExpression` also
    carry their text as a ``text`` attribute (filled when made); the other spans (:class:`Quote`,
    :class:`Sentence`, :class:`Block` …) have none: ``span.text`` raises Python's ``AttributeError``
    (new-user report nu33, M2). In :meth:`Article.to_dict` every span has its ``"text"``. (A
    ``__getattr__`` giving that error a hint was tried and taken out: any ``__getattr__`` on this base
    class turns off CPython's specialised attribute reads for every span and cost the quotes stage
    +3.2 % of its instructions, callgrind, first 300 ANT articles.)
    """

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Block(Span):
    """A paragraph-level block of the article (one or more lines), with its layout role.

    ``kind`` is one of :data:`BlockKind`; ``field`` names the container field it came from
    (``"TEXT"``, ``"ABSTRACT"``, ``"content"``, or ``""`` for plain text).
    """

    kind: str = "body"
    field: str = ""


@dataclass(slots=True)
class RemovedBlock(Span):
    """A block dropped as a repeat of an earlier one.

    ``repeats`` is the span of the kept block it repeats; ``kind`` is ``"exact"`` (equal after
    normalization), ``"near"`` (similarity at or above ``settings.NEAR_DUPLICATE_THRESHOLD``),
    ``"prefix"`` (an ANT ABSTRACT that is the start of TEXT, or a lead cut from a later paragraph)
    or ``"contained"`` (its text lies inside the kept block); ``similarity`` is in [0, 1] (1.0 for
    exact repeats; containment for prefix/contained/abstract matches); ``what`` says which kind of
    block it repeated (``"title"``, ``"lead"``, ``"body"``, ``"subheading"``), or ``"abstract"``
    for a removed ABSTRACT (see docs/layout.md).
    """

    repeats: Span = field(default_factory=lambda: Span(0, 0))
    kind: str = "exact"
    similarity: float = 1.0
    what: str = "body"


@dataclass(slots=True)
class Sentence(Span):
    """A sentence; ``block`` is the index into :attr:`Article.blocks` that contains it."""

    block: int = 0


@dataclass(slots=True)
class Token(Span):
    """A token of a sentence (as in spaCy's ``Doc``: ``article.tokens[i]``): ``kind`` is ``word``,
    ``number``, ``punct``, ``url``, ``email``, ``hashtag`` or ``handle``
    (:func:`marsad.text.tokens.tokenize_with_kinds`); ``sentence`` the index into
    :attr:`Article.sentences` that contains it; ``text`` the raw characters it covers
    (``article.text[start:end]``, as spaCy's ``Token.text``). Clitics stay attached (``وبغداد`` is one
    token); the search analyzer splits them (:mod:`marsad.search`)."""

    kind: str = "word"
    sentence: int = 0
    text: str = ""


@dataclass(slots=True)
class Hashtag(Span):
    """A hashtag; the span covers ``#`` and the tag; ``tag`` is the tag without ``#`` (as written)."""

    tag: str = ""


@dataclass(slots=True)
class Fix(Span):
    """An orthographic fix applied in the display layer: ``before`` (raw) → ``after`` (display)."""

    before: str = ""
    after: str = ""
    rule: str = ""


@dataclass(slots=True)
class TimeValue:
    """A resolved point in time.

    ``local``: ISO 8601 local time, with offset when the zone is known (``2024-04-20T01:18:00+03:00``),
    naive otherwise (``2024-04-20T01:18:00``), or a reduced form for coarser precision
    (``2024-04-20``, ``2024-04``, ``2024``). ``utc``: ISO 8601 in UTC (``…+00:00``) or ``None`` when the
    zone is unknown. ``tz``: IANA zone name, a fixed offset such as ``"+04:00"``, or ``None``.
    ``precision``: ``"year" | "month" | "day" | "minute" | "second"``. ``confidence`` in [0, 1].
    """

    local: str | None = None
    utc: str | None = None
    tz: str | None = None
    precision: str = "day"
    confidence: float = 1.0
    naive: bool = False
    calendar: str = "gregorian"
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Published(Span):
    """The publication time of an article: the span of the raw string plus the resolved value.

    ``raw`` is the exact source string; ``source`` says where it came from
    (``"header"``, ``"TIME"``, ``"date"``, ``"date_extracted"``, ``"dateline"``, …).
    """

    raw: str = ""
    value: TimeValue = field(default_factory=TimeValue)
    source: str = ""


@dataclass(slots=True)
class TimeExpression(Span):
    """A time expression inside the text (TIMEX3-style ``value`` such as ``2024-04-20``,
    ``2024-W16``, ``2024-04``), ``None`` with a ``warning`` when it cannot be resolved safely."""

    text: str = ""
    value: str | None = None
    type: str = "DATE"
    warning: str | None = None


@dataclass(slots=True)
class Mention(Span):
    """An entity mention: ``type`` in PER/ORG/LOC/MISC; ``entity`` indexes :attr:`Article.entities`."""

    type: str = "MISC"
    text: str = ""
    entity: int | None = None
    score: float = 1.0


@dataclass(slots=True)
class Entity:
    """An entity inside one article: canonical ``name``, ``type``, ``aliases`` as written, ``roles``,
    indices of its ``mentions`` in :attr:`Article.mentions`, and the registry key it links to."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    key: str | None = None


@dataclass(slots=True)
class Quote(Span):
    """A quotation or reported statement; the span is the content (its text:
    ``article.span_text(quote)``; :class:`Span`).

    ``kind``: ``"direct" | "indirect" | "headline"``. ``cue``: the cue verb/phrase span (or ``None``)
    and ``cue_text``. ``speaker``: the resolved speaker name as written (canonical when linked);
    ``speaker_span`` its mention in the text (may be an earlier mention for elided subjects);
    ``entity``: index into :attr:`Article.entities` when linked.
    """

    kind: str = "direct"
    cue: Span | None = None
    cue_text: str = ""
    speaker: str | None = None
    speaker_span: Span | None = None
    entity: int | None = None


@dataclass(slots=True)
class Problem:
    """Something wrong with the input: ``level`` is ``"error"`` (article could not be read) or
    ``"warning"`` (read, with a loss or doubt); ``code`` is a stable identifier such as
    ``"empty"``, ``"binary"``, ``"decode"``, ``"missing-tag"``, ``"title-only"``, ``"no-date"``."""

    level: str
    code: str
    message: str


@dataclass(slots=True)
class Article:
    """One news article: the text every offset points into, and all annotations over it.

    Raises nothing itself; stages record trouble in :attr:`problems`.
    """

    text: str
    source: str = ""
    fmt: str = "text"
    encoding: str | None = None
    raw: bytes | None = None
    fields: dict[str, Span] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    title: Span | None = None
    hashtags: list[Hashtag] = field(default_factory=list)
    dateline: Span | None = None
    byline: Span | None = None
    published: Published | None = None
    blocks: list[Block] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: (sentences list, its length, tokens): the token layer computed from them (see :attr:`tokens`).
    _token_cache: tuple[Any, int, list[Token]] | None = field(default=None, init=False, repr=False, compare=False)

    # -- views -------------------------------------------------------------------------------
    def span_text(self, span: Span | None) -> str:
        """The raw text of ``span`` (``""`` for ``None``)."""
        return "" if span is None else self.text[span.start : span.end]

    def display(self, span: Span | None = None) -> str:
        """Display text (faithful, cleaned; see :func:`marsad.text.normalize.display_layer`) of
        ``span``, or of the whole text when ``span`` is ``None``."""
        from marsad.text.normalize import display_text

        return display_text(self.text if span is None else self.text[span.start : span.end])

    @property
    def tokens(self) -> list[Token]:
        """The token layer: every token of every sentence (the title and the kept prose), in text
        order, as raw offsets with its kind and sentence index. Computed from :attr:`sentences` on
        first use and kept while they stay the same list of the same length; not part of
        :meth:`to_dict` (``to_dict(tokens=True)`` adds it) nor of the store (it is cheap to
        recompute: about 2 µs a token, 84 µs a sentence of the seed, on this machine)."""
        cache = self._token_cache
        if cache is not None and cache[0] is self.sentences and cache[1] == len(self.sentences):
            return cache[2]
        from marsad.text.tokens import tokenize_with_kinds

        text = self.text
        out = [Token(start, end, kind, i, text[start:end]) for i, s in enumerate(self.sentences)
               for start, end, kind in tokenize_with_kinds(text, s.start, s.end)]
        self._token_cache = (self.sentences, len(self.sentences), out)
        return out

    def sentence_tokens(self, index: int) -> list[Token]:
        """The tokens of sentence ``index`` of :attr:`sentences`, counted from the end when negative,
        as a list index is (``IndexError`` when there is none). A token's raw text is ``token.text``."""
        index = range(len(self.sentences))[index]  # (negative → from the end; IndexError past it)
        return [t for t in self.tokens if t.sentence == index]

    @property
    def title_text(self) -> str:
        """Display text of the title with hashtag marks ``#`` removed (underscores kept)."""
        from marsad.layout.hashtags import title_without_hashtag_marks

        return title_without_hashtag_marks(self) if self.title else ""

    @property
    def paragraphs(self) -> list[Block]:
        """The kept prose blocks in order: lead, body paragraphs and sub-headings."""
        return [b for b in self.blocks if b.kind in ("lead", "body", "subheading")]

    @property
    def body(self) -> list[Block]:
        """The kept body paragraphs: the lead (the first paragraph of the body) and the paragraphs
        after it, sub-headings excluded. This is what the seed's gold counts as its 10
        ``body_paragraphs`` (see docs/layout.md)."""
        return [b for b in self.blocks if b.kind in ("lead", "body")]

    @property
    def lead(self) -> Block | None:
        """The lead block (first paragraph of the body), or ``None`` when layout found none."""
        return next((b for b in self.blocks if b.kind == "lead"), None)

    @property
    def subheadings(self) -> list[Block]:
        """The kept sub-heading blocks, in text order."""
        return [b for b in self.blocks if b.kind == "subheading"]

    @property
    def outlet(self) -> str:
        """The outlet that published the article, as its input names it (``""`` when it names none):
        the first non-empty value of :data:`OUTLET_KEYS` in :attr:`meta` — a JSON record's ``source``
        (SaudiNewsNet: ``sabq``, ``okaz``), an HTML page's ``og:site_name`` (read into ``source``), a
        TREC record's ``SRC`` (ANT: ``alarabia``, ``BBC``). Not :attr:`source`, which is where the
        record was read from (a file path, an archive member). Derived from :attr:`meta`, so a store
        of any version gives it with no migration; ``marsad search`` indexes it (``outlet:`` or
        ``source:``), ``marsad show`` and the export print it (new user nu33: the outlet was under
        three names and nowhere one field)."""
        meta = self.meta
        for key in OUTLET_KEYS:
            value = meta.get(key)
            if value and isinstance(value, str) and value.strip():
                return " ".join(value.split())
        return ""

    @property
    def content_hash(self) -> str:
        """SHA-256 (hex) of the raw source bytes, or of the UTF-8 text when no bytes are kept."""
        data = self.raw if self.raw is not None else self.text.encode("utf-8")
        return hashlib.sha256(data).hexdigest()

    @property
    def ok(self) -> bool:
        """False when an error-level problem means the article could not be read."""
        return not any(p.level == "error" for p in self.problems)

    def warn(self, code: str, message: str) -> None:
        """Record a warning-level :class:`Problem` (read, with a loss or doubt); never raises."""
        self.problems.append(Problem("warning", code, message))

    def error(self, code: str, message: str) -> None:
        """Record an error-level :class:`Problem` (the article could not be read); never raises."""
        self.problems.append(Problem("error", code, message))

    # -- export ------------------------------------------------------------------------------
    def to_dict(self, tokens: bool = False) -> dict[str, Any]:
        """Plain JSON-ready data (the shape of ``marsad export``): every span as
        ``{"start", "end", "text", "display"}`` plus its own attributes (``text`` the raw slice of
        :attr:`text`, ``display`` its display text; see :func:`span_dict`); ``raw`` bytes are not
        included (``content_hash`` is). Field list: docs/architecture.md. ``tokens=True`` adds the
        token layer (:attr:`tokens`) as ``"tokens"``: ``{"start", "end", "kind", "sentence", "text"}``
        each (no ``display``: a token's display is its text less tatweel and BiDi controls). A lone
        surrogate (possible in a ``str`` given to :func:`marsad.parse`: warning ``surrogate``) is
        written as U+FFFD, so that the data can be written as UTF-8; :attr:`text` keeps it."""
        from marsad.export import article_to_dict

        out = article_to_dict(self)
        if tokens:
            out["tokens"] = [{"start": t.start, "end": t.end, "kind": t.kind, "sentence": t.sentence,
                              "text": t.text} for t in self.tokens]
        strings = (self.text, self.source, *self.meta.values(), *(p.message for p in self.problems))
        if any(map(_LONE_SURROGATE_RE.search, strings)):
            out = _replace_lone_surrogates(out)
        return out


#: Keys of :attr:`Article.meta` that name the article's outlet, in order of preference: ``source``
#: (JSON records: SaudiNewsNet's field; HTML pages: ``og:site_name``), ``SRC`` (TREC, ANT corpus),
#: ``src`` (a lower-case TREC tag). :attr:`Article.outlet` is the first non-empty one.
OUTLET_KEYS = ("source", "SRC", "src")


#: A lone UTF-16 surrogate (U+D800–U+DFFF; a ``str`` given to :func:`marsad.parse` may hold one).
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _replace_lone_surrogates(value: Any) -> Any:
    """``value`` (:meth:`Article.to_dict`'s data) with each lone surrogate in its strings replaced
    by U+FFFD, one character for one, so every offset still holds (the store does the same for the
    text of its failed copy): no UTF-8 writer can write a lone surrogate (nu33, C2)."""
    if isinstance(value, str):
        return _LONE_SURROGATE_RE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_replace_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {k: _replace_lone_surrogates(v) for k, v in value.items()}
    return value


#: One URL and nothing else (white space around it allowed): a scheme or ``www.``, no inner white space.
_URL_RE = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)\S+\s*")


def span_dict(article: Article, span: Any) -> Any:
    """Serialise one annotation: a dataclass span gets ``text`` (the raw slice
    ``article.text[start:end]``, the standoff truth) and ``display`` (its display text,
    :func:`marsad.text.normalize.display_text`: BiDi controls and elongating tatweel removed, HTML
    entities decoded, the orthography fixes applied — what ``marsad show`` and ``marsad quotes``
    print) added; nested values recurse (a quote's ``cue`` and ``speaker_span``, a removed block's
    ``repeats`` get both too). New-user report nu16 M6: exported quotes kept ``&amp;``, U+200F and
    tatweel that ``show`` did not print. A span whose text is one URL (a ``URL`` field, a link) is
    displayed as it is: the display cleaning is for prose, and in an address it changes the address
    (new-user report nu22, item 13: ``…وحماقي-بـ-ذا-فويس-.html`` was shown with ``ب-ذا``, a link that
    does not exist)."""
    if span is None:
        return None
    if isinstance(span, Span):
        from marsad.text.normalize import display_text

        out: dict[str, Any] = {}
        for f in dc_fields(span):
            v = getattr(span, f.name)
            out[f.name] = span_dict(article, v)
        raw = article.text[span.start : span.end]
        out["text"] = raw
        out["display"] = raw if _URL_RE.fullmatch(raw) else display_text(raw)
        return out
    if is_dataclass(span):
        return {f.name: span_dict(article, getattr(span, f.name)) for f in dc_fields(span)}
    if isinstance(span, list):
        return [span_dict(article, v) for v in span]
    if isinstance(span, dict):
        return {k: span_dict(article, v) for k, v in span.items()}
    return span
