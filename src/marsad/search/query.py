"""The query language of ``marsad search``, parsed safely and compiled to a query plan.

Syntax (issue 4)::

    الإرهاب                      a word: surface key OR light stem (clitics, suffixes, spellings)
    "علي عبد الله"               a phrase: the words in order, each as typed or with proclitics
                                 (و ف ب ل ك ال: "مكافحة الإرهاب" finds لمكافحة الإرهاب), no suffixes
                                 folded; surface keys (ى kept distinct: "علي" ≠ على); a name's other
                                 spellings too ("بيل جيتس" finds بيل غيتس; nu27)
    ="بيل جيتس"                  a phrase of the words as typed: no other spelling of a name
    ارهاب*                       a prefix (of the surface key, or of the word without its article),
                                 with the other spellings of the words it starts (نتنياه* also finds
                                 نتانياهو; nu27, cli29), and the word itself when the index has it:
                                 at least what the word finds; never a part-word's stem (مورين* ↛ مور)
    2018٫5  1٬000  2018.5        a number with separators: the phrase of its digit runs (cli29)
    a AND b, a b, a && b, +b     both (AND is the default)
    a OR b, a || b, a | b        either
    NOT b, -b, !b                without
    ( … )                        grouping
    source:bbc  hashtag:سوريا  from:2018-03-01  to:2018-03  person:…  org:…  place:…
                                 filters: operands like words (``NOT person:بوتين``, ``-source:bbc``,
                                 ``source:bbc OR source:cnn``, ``سوريا OR person:بوتين``), matched
                                 or not, never scored; exclusions alone of a filter (``-source:bbc``)
                                 subtract from every article (new-user report nu26), as excluded
                                 words alone do (``-الطقس``; nu27)
    person:(ترامب OR بوتين)      a group inside a filter: each word or phrase is a value of it

``AND``/``OR``/``NOT`` are operators only in capitals (as in FTS5 and web search engines); in any
other case they are words. The symbols users bring from other engines and programming languages
mean the same (:data:`OPERATOR_ALIASES`; eighth new-user report, finding 15: ``||``, ``|`` and
``!`` were silently read as AND), each with a note saying how it was read. An unmatched ``(`` or
``)``, and a filter value whose ``"`` is never closed (read to the end of the query), are noted
(nu27). Anything else — unbalanced quotes or parentheses, ``NEAR(``, a lone
``*``, ``^``, ``:``, SQL — is text: it goes through the analyzer, which keeps letters and digits
only, and every term reaches the index as a term object built from those letters and digits
(never through a query parser), so no user string can raise an error or change the meaning of the
query. The readable rendering of a compiled query (``Compiled.match``, the ``fts`` of the JSON
result) quotes every term the same way: a word ``"key"`` or ``("key" OR "stem")``, a phrase
``"a b"``, a prefix ``"key"*``, a filter ``name:"value"``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from marsad import settings
from marsad.search.analyzer import analyze_word, digit_runs, words
from marsad.search.stemmer import AL_PREFIXES, MIN_AFTER_ARTICLE
from marsad.search.stemmer import stems as _stems
from marsad.search.variants import (
    COMPOUND_HEADS,
    compound_spellings,
    key_variants,
    letter_variants,
    variants_of,
)
from marsad.text.normalize import search_key

#: A number written with decimal or thousands separators between its digit runs: ``.`` ``,`` and
#: the Arabic decimal and thousands separators ``٫`` (U+066B) and ``٬`` (U+066C) (Unicode
#: Standard, Arabic block; CLDR's number symbols for ``ar``), any decimal digits (``\d``: ASCII,
#: Arabic-Indic, Persian).
_NUMBER_RE = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)+")

#: Filter names accepted before ``:`` (lower case).
FILTER_NAMES: frozenset[str] = frozenset(
    {"source", "outlet", "hashtag", "from", "to", "person", "org", "place"}
)
#: Other names of a filter: ``outlet:`` is ``source:`` (the article's outlet, :attr:`marsad.model.Article.outlet`).
FILTER_ALIASES: dict[str, str] = {"outlet": "source"}
#: Filters applied through the entity annotations (when the database has any).
ENTITY_FILTERS: dict[str, str] = {"person": "PER", "org": "ORG", "place": "LOC"}

#: The surface-key fields of the index (see :mod:`marsad.search.index`). Stems are searched in all
#: fields: the index stores a stem in the stem fields only when it differs from the word's key. The
#: readable query text (``Compiled.match``) no longer names them (nu27 item 5: ``{kt kl kb} :``).
KEY_COLUMNS = "{kt kl kb}"

#: Characters of other engines' query syntax inside a word (boost ``^2``, fuzzy ``~1``, a leading or
#: inner wildcard ``*``): not operators here.
_OPERATOR_CHARS_RE = re.compile(r"[\^~*]")
#: A boost or fuzziness suffix of other engines (Lucene ``ترامب^2``, ``لافروف~1``, ``~0.8``): dropped
#: with its number, which was otherwise searched as a word (nu29 item 9: ``ترامب^2`` 23 hits, not 389).
_BOOST_SUFFIX_RE = re.compile(r"[\^~](?:\d+(?:[.,٫]\d+)?)?$")
#: A word typed as ``name:value`` with a Latin name that is not a filter (``title:لافروف``).
_FIELD_LIKE_RE = re.compile(r"^([A-Za-z_]+):(?!//)(.+)$")

#: Operator symbols of other query languages (Lucene, Google, SQL, C) → the operator they stand
#: for here. ``!`` negates the next term (``!سوريا``, ``! سوريا``, ``!(…)``, ``!"…"``; one glued to
#: the end of a word, ``عاجل!``, is punctuation); ``+word`` (required) is a word, as AND is the default.
OPERATOR_ALIASES: dict[str, str] = {"||": "OR", "|": "OR", "&&": "AND", "&": "AND", "!": "NOT"}
#: Arabic conjunctions typed as words of their own between two terms (``ترامب و بوتين``, ``ترامب أو
#: بوتين``): read as the operator they mean, with a note. Written alone, ``و`` is no word of the text
#: (the conjunction is always joined to the next word) and ``أو`` a stop word found in most articles,
#: so as words they only narrowed the query (nu29 item 8: ``ترامب و بوتين`` 9 hits, ``ترامب بوتين`` 34).
ARABIC_OPERATOR_WORDS: dict[str, str] = {"و": "AND", "أو": "OR", "او": "OR"}
#: Lower-case operator words: words here (the operators are in capitals, as in FTS5), with a note.
_LOWER_OPERATORS: frozenset[str] = frozenset({"and", "or", "not"})

_LEX_RE = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<gsign>[-!+])?(?P<fgroup>(?i:source|outlet|hashtag|from|to|person|org|place)):\(
  | (?P<fsign>[-!+])?(?P<filter>(?i:source|outlet|hashtag|from|to|person|org|place)):(?P<fvalue>"[^"]*"|"[^"]*$|[^\s()"|&]+)?
  | (?P<phrase>[-!+]?=?"[^"]*")
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<symbol>\|\|?|&&?|!(?=[\s("]|$))
  | (?P<word>[-!+]?[^\s()"|&]+)
  | (?P<quote>")
    """,
    re.VERBOSE,
)


@dataclass
class Term:
    """One searched item: ``kind`` is ``"word"``, ``"prefix"``, ``"phrase"`` (``"…"``: the words in
    order, each in any spelling of a name) or ``"exact"`` (``="…"``: the words in order as typed);
    ``text`` as typed."""

    kind: str
    text: str


@dataclass
class Filter:
    """A filter (``source:bbc``, ``person:"محمد بن سلمان"``, ``from:2018-03``): ``name`` one of
    :data:`FILTER_NAMES` (lower case), ``value`` as typed without its quotes. An operand of the
    boolean query like a word (``NOT person:بوتين``, ``source:bbc OR source:cnn``), matched or
    not, never scored (see :mod:`marsad.search.index`)."""

    name: str
    value: str


@dataclass
class Not:
    """Exclusion of ``item`` (typed ``-word`` or ``-"a phrase"``)."""

    item: Node


@dataclass
class And:
    """All of ``items`` (terms side by side); ``explicit``: indices of the items typed after an
    explicit ``AND`` (``&&``, ``&``), which are never read as one name with the item before
    (:func:`_name_phrases`)."""

    items: list[Node]
    explicit: frozenset[int] = frozenset()


@dataclass
class Or:
    """Any of ``items`` (terms joined by ``OR``)."""

    items: list[Node]


Node = Term | Filter | Not | And | Or


@dataclass
class Query:
    """A parsed query: the boolean tree (``None`` when nothing searchable is left; filters are
    :class:`Filter` operands in it), ``filters``, every filter value typed by name wherever it
    stands in the tree (excluded, in an OR …; for the notes on values), and ``notes`` telling the
    user what was ignored and why."""

    tree: Node | None
    filters: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# -- lexing and parsing --------------------------------------------------------------------------
def _lex(text: str, notes: list[str] | None = None) -> list[tuple[str, str]]:
    """The tokens of ``text``: ``(kind, text)``. A filter's value opened with ``"`` and never closed
    (``person:"دونالد ترامب``) runs to the end of the query, with a note in ``notes``; a filter
    followed by ``(`` is a ``fgroup`` token (``person:(ترامب OR بوتين)``, read by the parser)."""
    tokens: list[tuple[str, str]] = []
    for m in _LEX_RE.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind == "fgroup":
            name = m.group("fgroup").lower()
            tokens.append(("fgroup", (m.group("gsign") or "") + FILTER_ALIASES.get(name, name)))
            continue
        fvalue = m.group("fvalue")
        if fvalue and fvalue[0] == '"' and (len(fvalue) == 1 or fvalue[-1] != '"') and notes is not None:
            # new-user report nu27, item 3: the filter was dropped and its value searched as words
            notes.append(f"{m.group()}: the '\"' was not closed: read as closed at the end of the query")
        if kind == "quote":  # a lone quote is punctuation: ignored (parse says so)
            tokens.append(("quote", m.group()))
            continue
        if kind == "fvalue" or m.group("filter"):
            value = (m.group("fvalue") or "").strip('"').strip()
            name = m.group("filter").lower()
            tokens.append(("filter", (m.group("fsign") or "") + FILTER_ALIASES.get(name, name) + ":" + value))
        elif kind == "word" and m.group() in ("AND", "OR", "NOT"):
            tokens.append((m.group(), m.group()))
        elif kind == "word" and m.group() in ARABIC_OPERATOR_WORDS:
            tokens.append((ARABIC_OPERATOR_WORDS[m.group()], m.group()))
        elif kind == "word" and m.group().lower() in _LOWER_OPERATORS and notes is not None:
            # nu29 item 11: `ترامب and بوتين` found 0 articles with no word of explanation
            note = f"{m.group()}: searched as a word; the operators AND, OR and NOT are written in capitals"
            if note not in notes:
                notes.append(note)
            tokens.append(("word", m.group()))
        elif kind == "symbol":
            tokens.append((OPERATOR_ALIASES[m.group()], m.group()))
        else:
            tokens.append((kind or "word", m.group()))
    return tokens


#: Words that open a name and are no name alone (search-key folded): ``دي ميستورا``, ``بن سلمان``,
#: ``أبو مازن``, ``عبد الله``, ``آل ثاني``, ``فون دير لاين``, ``فان دايك``, ``ولد الشيخ``.
_NAME_PARTICLES = frozenset({"دي", "دو", "دا", "لا", "لو", "فون", "فان", "بن", "ابن", "ابو", "ام", "عبد", "ال", "ولد", "بنت"})


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], query: Query) -> None:
        self.tokens = tokens
        self.i = 0
        self.query = query
        #: The filter whose group is being read (``person:(A OR B)``): its words are its values.
        self.field: str | None = None

    def _note(self, note: str) -> None:
        if note not in self.query.notes:
            self.query.notes.append(note)

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def _note_alias(self) -> None:
        """Note once how an operator symbol (``||``, ``!`` …) at the current token was read."""
        kind, text = self.tokens[self.i]
        if text != kind:
            note = f"{text} was read as {kind}"
            if note not in self.query.notes:
                self.query.notes.append(note)

    def parse(self) -> Node | None:
        parts: list[Node] = []
        while self.i < len(self.tokens):
            if self.peek() == "rparen":  # a stray ')' is punctuation
                self._note("an unmatched ')' was ignored")
                self.i += 1
                continue
            node = self.parse_or()
            if node is not None:
                parts.append(node)
        return _and(parts)

    def parse_or(self) -> Node | None:
        items = [self.parse_and()]
        while self.peek() == "OR":
            self._note_alias()
            self.i += 1
            items.append(self.parse_and())
        kept = [x for x in items if x is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(kept)

    def parse_and(self) -> Node | None:
        items: list[Node] = []
        explicit: set[int] = set()
        after_and = False
        while self.peek() not in (None, "OR", "rparen"):
            if self.peek() == "AND":
                self._note_alias()
                self.i += 1
                after_and = True
                continue
            node = self.parse_unary()
            if node is not None:
                if after_and:
                    explicit.add(len(items))
                items.append(node)
            after_and = False
        return _and(items, frozenset(explicit))

    def parse_unary(self) -> Node | None:
        kind, text = self.tokens[self.i]
        self.i += 1
        if kind == "NOT":
            self.i -= 1
            self._note_alias()
            self.i += 1
            if self.peek() in (None, "OR", "rparen", "AND"):
                return None
            inner = self.parse_unary()
            return Not(inner) if inner is not None else None
        if kind == "lparen":
            inner = self.parse_or()
            if self.peek() == "rparen":
                self.i += 1
            else:  # (ترامب: nu27 item 3, read silently
                self._note("a '(' was not closed: read as closed at the end of the query")
            return inner
        if kind == "fgroup":  # person:(ترامب OR بوتين): each word or phrase inside is a value
            sign = text[:1] if text[:1] in ("-", "!", "+") else ""
            name = text[len(sign) :]
            outer, self.field = self.field, name
            inner = self.parse_or()
            self.field = outer
            if self.peek() == "rparen":
                self.i += 1
            else:
                self._note(f"{name}:( was not closed: read as closed at the end of the query")
            if inner is None:
                self._note(f"{name}:( ) has no value: ignored")
                return None
            if sign == "!":
                self._note("! was read as NOT")
            return Not(inner) if sign in ("-", "!") else inner
        if kind == "filter":
            sign = text[:1] if text[:1] in ("-", "!", "+") else ""
            name, _, value = text[len(sign) :].partition(":")
            if not value:  # ``source:`` with no value is an empty filter, not the word "source"
                self.query.notes.append(f"{name}: has no value: ignored")
                return None
            if sign == "!" and "! was read as NOT" not in self.query.notes:
                self.query.notes.append("! was read as NOT")
            self.query.filters.setdefault(name, []).append(value)
            if (name in ("person", "org", "place") and value.strip('"') == value
                    and search_key(value) in _NAME_PARTICLES and self.peek() == "word"):
                # person:دي ميستورا is person:"دي" AND ميستورا: a particle is never a whole name (nu32)
                nxt = self.tokens[self.i][1]
                self._note(f'{name}:{value} takes one word: for a name of several words write '
                           f'{name}:"{value} {nxt}"')
            # -source:bbc, !source:bbc: without those articles (they were searched as words, or
            # dropped with the operator: new-user report nu26); +source:bbc: required, i.e. the filter
            return Not(Filter(name, value)) if sign in ("-", "!") else Filter(name, value)
        negated = text[:1] in ("-", "!") and len(text) > 1
        if text[:1] == "!" and negated and "! was read as NOT" not in self.query.notes:
            self.query.notes.append("! was read as NOT")
        required = text[:1] == "+" and len(text) > 1  # +word: required, i.e. a word (AND is the default)
        body = text[1:] if negated or required else text
        field_like = _FIELD_LIKE_RE.match(body) if kind == "word" else None
        if field_like:  # title:لافروف: no such filter; search the value, say so
            name, body = field_like.group(1), field_like.group(2)
            self.query.notes.append(
                f"{name}: is not a filter (filters: {', '.join(sorted(FILTER_NAMES))}): "
                f"searched {body} in the whole article"
            )
        boost = _BOOST_SUFFIX_RE.search(body) if kind == "word" and len(body) > 1 else None
        if boost and boost.group()[1:]:
            self._note(f"{body}: {boost.group()} (another engine's boost or fuzziness) is not an operator here: ignored")
            body = body[: boost.start()]
            if not body:  # `ترامب ^2`: the boost typed apart from its word
                return None
        if kind == "word" and _OPERATOR_CHARS_RE.search(body.rstrip("*")):
            # *ياض, الرياض^2, الرياض~1: operators of other engines, read here as word characters
            # (dropped by the analysis); say so (sixth new-user report, finding 14)
            self.query.notes.append(
                f"{body}: '*' works only at the end of a word (prefix search); '^', '~' and a '*' before the "
                "end are not operators here and were read as spaces"
            )
        if kind == "phrase":
            exact = body.startswith("=")  # ="بيل جيتس": the spelling as typed (nu27 item 2)
            term = Term("exact" if exact else "phrase", body.lstrip("=").strip('"'))
        elif body.endswith("*") and body.rstrip("*"):
            term = Term("prefix", body.rstrip("*"))
        else:
            term = Term("word", body)
        if self.field is not None:  # inside person:( … ): a value of that filter
            value = term.text.strip() + ("*" if term.kind == "prefix" else "")  # person:(ترام*)
            if not words(value):
                return None
            self.query.filters.setdefault(self.field, []).append(value)
            item: Node = Filter(self.field, value)
            return Not(item) if negated else item
        return Not(term) if negated else term


def _and(items: list[Node], explicit: frozenset[int] = frozenset()) -> Node | None:
    if not items:
        return None
    return items[0] if len(items) == 1 else And(items, explicit)


def parse(text: str) -> Query:
    """Parse a user query (any string; never raises)."""
    query = Query(None)
    tokens = _lex(text, query.notes)
    if any(kind == "quote" for kind, _ in tokens):
        # an unbalanced '"' (new-user report nu16 L2): the words after it are searched one by one;
        # with no word after it the note says only that the mark was ignored (nu30)
        at = next(i for i, t in enumerate(tokens) if t[0] == "quote")
        after = any(t[0] not in ("quote", "lparen", "rparen") for t in tokens[at + 1 :])
        query.notes.append(
            "an unmatched '\"' was ignored: the words after it were searched as separate words "
            "(close the quotation mark to search a phrase)"
            if after
            else "an unmatched '\"' was ignored"
        )
        tokens = [t for t in tokens if t[0] != "quote"]
    query.notes.extend(dangling_operator_notes(tokens))
    if _nesting(tokens) > settings.SEARCH_MAX_NESTING:
        query.notes.append(
            f"brackets and NOT nested deeper than {settings.SEARCH_MAX_NESTING} levels: they were read as spaces"
        )
        tokens = [t for t in tokens if t[0] not in ("lparen", "rparen", "NOT")]
    query.tree = _Parser(tokens, query).parse()
    query.notes.extend(date_filter_notes(query.filters, required_filters(query.tree)))
    return query


def _nesting(tokens: list[tuple[str, str]]) -> int:
    """The deepest nesting of ``tokens``: open brackets (``(`` and ``person:(``) plus the ``NOT``
    operators in a row before them, each a level of the recursive parser."""
    depth = deepest = nots = 0
    for kind, _ in tokens:
        if kind in ("lparen", "fgroup"):
            depth += 1
        elif kind == "rparen":
            depth = max(0, depth - 1)
        nots = nots + 1 if kind == "NOT" else 0
        deepest = max(deepest, depth + nots)
    return deepest


def required_filters(tree: Node | None) -> dict[str, list[str]]:
    """The filters every hit of ``tree`` must match, by name: the tree itself when it is a
    :class:`Filter`, else the filters ANDed at its top (``ترامب source:bbc``, nested AND groups
    too); not those excluded or inside an OR (``source:bbc OR source:cnn`` requires neither)."""
    out: dict[str, list[str]] = {}
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Filter):
            out.setdefault(node.name, []).append(node.value)
        elif isinstance(node, And):
            stack.extend(reversed(node.items))
    return out


def has_filter(node: Node | None) -> bool:
    """Does ``node`` hold a :class:`Filter` anywhere?"""
    if isinstance(node, Filter):
        return True
    if isinstance(node, Not):
        return has_filter(node.item)
    if isinstance(node, (And, Or)):
        return any(has_filter(x) for x in node.items)
    return False


def with_filters(query: Query, filters: dict[str, list[str]]) -> None:
    """Add ``filters`` (name → values, e.g. from keyword arguments of
    :func:`marsad.search.index.run_query`) to ``query``, each required: ANDed with the whole tree,
    as a filter typed beside the query's words would be at its top (``(a OR b) source:bbc``)."""
    extra: list[Node] = [Filter(name, v) for name, values in filters.items() for v in values if v]
    if not extra:
        return
    for f in extra:
        assert isinstance(f, Filter)
        query.filters.setdefault(f.name, []).append(f.value)
    items = [query.tree, *extra] if query.tree is not None else extra
    query.tree = _and(items, frozenset(range(1, len(items))))


#: Tokens that end an operand (what ``AND``/``OR`` need on their left) and tokens that start one
#: (what ``AND``/``OR``/``NOT`` need on their right).
_ENDS_OPERAND = frozenset({"word", "phrase", "filter", "rparen"})
_STARTS_OPERAND = frozenset({"word", "phrase", "filter", "fgroup", "lparen", "NOT"})


def dangling_operator_notes(tokens: list[tuple[str, str]]) -> list[str]:
    """Notes for ``AND``/``OR`` (or ``&&``, ``||`` …) with no operand on one side and for ``NOT``
    with none after it — ``مصر AND``, ``OR مصر``, ``(مصر AND) سوريا``, ``مصر AND AND سوريا`` —
    which the parser ignores (the query is read without them); the note says so (hostile-tester
    report rob23, item 16: ``مصر AND`` was read as ``مصر`` without a word). ``tokens`` as
    :func:`_lex` gives them; one note per distinct operator text and side. A ``NOT`` with nothing
    before it is not noted here (:func:`compile_query` says it has nothing to subtract from)."""
    notes: list[str] = []

    def add(note: str) -> None:
        if note not in notes:
            notes.append(note)

    kinds = [kind for kind, _ in tokens]
    for i, (kind, text) in enumerate(tokens):
        if kind not in ("AND", "OR", "NOT"):
            continue
        prev = kinds[i - 1] if i > 0 else None
        after = i + 1 < len(kinds) and kinds[i + 1] in _STARTS_OPERAND
        if kind == "NOT":
            if not after:
                add(f"{text} has nothing after it to exclude: ignored")
            continue
        if prev in ("AND", "OR"):  # مصر AND AND سوريا, مصر OR AND سوريا: the second one is dropped
            add(f"{tokens[i - 1][1]} {text}: the second operator was ignored")
            after = after or kinds[i + 1 : i + 2] in (["AND"], ["OR"])
            if not after:
                add(f"{text} has nothing to join after it: ignored")
            continue
        before = prev in _ENDS_OPERAND
        after = after or kinds[i + 1 : i + 2] in (["AND"], ["OR"])
        if before and after:
            continue
        side = "before or after" if not before and not after else ("before" if not before else "after")
        add(f"{text} has nothing to join {side} it: ignored")
    return notes


# -- compiling -----------------------------------------------------------------------------------
#: A compiled query as data, what :mod:`marsad.search.index` turns into an index query. Nodes:
#:
#: * ``("word", key, stems)`` — the surface key in the key fields, or any stem in any field;
#: * ``("phrase", keys)`` — the surface keys in order in one key field (one key: that key);
#: * ``("phrase", keys, forms)`` — a typed phrase: in one key field, words in order whose surface
#:   keys are each one of that position's forms (:func:`phrase_forms`: the word with proclitics);
#: * ``("prefix", key, bare)`` — a key-field term starting with ``key``, or any term starting with
#:   ``bare`` (the key without its article);
#: * ``("and", positives, negatives)`` — all positives and none of the negatives;
#: * ``("or", items)`` — any of the items;
#: * ``("variant", node)`` — ``node`` (another spelling of a name the user typed, see
#:   :mod:`marsad.search.variants`) scored × ``settings.SEARCH_VARIANT_WEIGHT``;
#: * ``("filter", name, value)`` — a :class:`Filter`: the articles it selects, unscored;
#: * ``("all",)`` — every article, unscored: what the exclusions of a group that has nothing
#:   positive but excludes a filter subtract from (``-source:bbc``: every article but BBC's).
#: * ``("prefix_words", key, bare, word)`` — of a prefix ``key*``: the other spellings of the
#:   index's words that start with ``key`` or ``bare``, and ``word`` (the plan of the word ``key``)
#:   when ``key`` is a word of the index; resolved at search time (``index._present_forms``),
#:   nothing unresolved;
#: * ``("spellings", key, others)`` — the other letters of a foreign name typed as ``key``
#:   (:func:`marsad.search.variants.letter_variants`: ``غيتس`` → ``جيتس`` …), resolved against the
#:   index at search time (``index._present_forms``): each one the index holds, when it and ``key``
#:   read as foreign names there, becomes a ``variant`` word; the others are dropped.
Plan = tuple

#: The compiled "every article" (see :data:`Plan`).
_ALL: tuple[str, Plan] = ("ALL", ("all",))


def ranks(plan: Plan | None) -> bool:
    """Does ``plan`` search a word, phrase or prefix that is not excluded, i.e. is there a
    relevance to rank its hits by? ``False`` for filters and exclusions alone (``source:bbc``,
    ``person:ترامب OR person:بوتين``, ``-source:bbc``): such a query lists articles newest first."""
    if plan is None:
        return False
    kind = plan[0]
    if kind in ("filter", "all"):
        return False
    if kind == "or":
        return any(ranks(p) for p in plan[1])
    if kind == "variant":
        return ranks(plan[1])
    if kind == "and":
        return any(ranks(p) for p in plan[1])
    return True


@dataclass
class Compiled:
    """A compiled query: ``plan`` (see :data:`Plan`; ``None`` when nothing positive is searched),
    ``match``, the same query written readably (``"key"``, ``("key" OR "stem")``, ``"a b"``,
    ``"key"*``, ``name:"value"``, ``ALL``; shown as ``fts`` in the JSON result), and the analyzed terms used to highlight
    snippets: exact surface keys, stems, and key prefixes."""

    match: str | None
    keys: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    plan: Plan | None = None
    #: Filters, as ``(name, value)``, left out of the plan (the caller cannot apply them: entity
    #: filters on a store without entities, a date that is not one; it says why in its notes).
    dropped: frozenset[tuple[str, str]] = frozenset()


def _q(token: str) -> str:
    """An FTS5 string literal. Tokens hold letters and digits only; quotes are doubled anyway."""
    return '"' + token.replace('"', '""') + '"'


def _strip_article(key: str) -> str:
    w = key.replace("ى", "ي")
    for prefix in AL_PREFIXES:
        if w.startswith(prefix) and len(w) - len(prefix) >= MIN_AFTER_ARTICLE:
            return w[len(prefix) :]
    return w


#: One compiled node: its FTS5 text and its :data:`Plan`.
_Pair = tuple[str, Plan]


def _term_expr(term: Term, out: Compiled, positive: bool) -> _Pair | None:
    analyzed = [analyze_word(w) for w in words(term.text)]
    analyzed = [a for a in analyzed if a[0]]
    if not analyzed:
        return None
    if term.kind in ("phrase", "exact"):
        keys = tuple(k for k, _ in analyzed)
        forms = tuple(phrase_forms(k, st) for k, st in analyzed)
        if positive:
            out.keys.update(keys)
            # a word written with a proclitic (لمكافحة) is highlighted through its stems
            out.stems.update(s for _, st in analyzed for s in st)
        if term.kind == "exact":
            return "=" + _q(" ".join(keys)), ("phrase", keys, forms)
        pair = _phrase_with_spellings(analyzed, forms, out, positive)
        return _with_compound_writings(pair, list(keys), out, positive)
    if term.kind == "word" and len(analyzed) > 1 and _NUMBER_RE.fullmatch(term.text):
        # 2018٫5, 1٬000, 2018.5, 1,000: one number, which the index holds as its digit runs in a
        # row; a phrase of them (it was 2018 AND 5 anywhere in the article; cli29 item 3)
        keys = [k for k, _ in analyzed]
        if positive:
            out.keys.update(keys)
        return _phrase_pair(keys)
    parts: list[_Pair] = []
    for n, (key, stems) in enumerate(analyzed):
        last = n == len(analyzed) - 1
        if term.kind == "prefix" and last and len(key) < settings.SEARCH_MIN_PREFIX_CHARS:
            note = (
                f"{term.text}*: a prefix needs at least {settings.SEARCH_MIN_PREFIX_CHARS} letters:"
                f" searched as the word {key}"
            )
            if note not in out.notes:
                out.notes.append(note)
        if term.kind == "prefix" and last and len(key) >= settings.SEARCH_MIN_PREFIX_CHARS:
            parts.append(_prefix_pair(key, tuple(stems), out, positive))
            continue
        runs = digit_runs(key) if term.kind == "word" else None
        if runs is not None:
            # السعودية2030: the word as written, or all its runs (each a word: key or stems), as
            # the index stores the runs' stems (analyzer.key_stems; eighth new-user report, #16)
            run_pairs = [_word_expr(r, _stems(r)) for r in runs]
            if positive:
                out.keys.add(key)
                out.stems.update(s for r in runs for s in _stems(r))
            parts.append((
                f"({_q(key)} OR ({' AND '.join(t for t, _ in run_pairs)}))",
                ("or", (("phrase", (key,)), ("and", tuple(p for _, p in run_pairs), ()))),
            ))
            continue
        text, plan = _word_pair(key, tuple(stems), out, positive)
        if term.kind == "word":
            text, plan = _with_compound_writings((text, plan), [key], out, positive)
        parts.append((text, plan))
    if len(parts) == 1:
        return parts[0]
    return "(" + " AND ".join(p[0] for p in parts) + ")", ("and", tuple(p[1] for p in parts), ())


def _prefix_expr(key: str) -> _Pair:
    """A prefix: ``key`` at the start of a surface key, or the key without its article at the
    start of any term."""
    bare = _strip_article(key)
    return (_q(key) + "*" if bare == key else f"({_q(key)}* OR {_q(bare)}*)"), ("prefix", key, bare)


def _prefix_pair(key: str, stems: tuple[str, ...], out: Compiled, positive: bool) -> _Pair:
    """A prefix query ``key*``: the words that start with the typed letters (``key``, or ``bare``,
    the key without its article: :func:`_prefix_expr`), the same prefix of each other spelling of a
    listed name (:func:`marsad.search.variants.variants_of`: ``نتنياهو*`` → ``نتانياهو*``, scored
    as variants), and a ``("prefix_words", key, bare, word)`` node resolved against the index
    (``index._present_forms``): the other spellings of the indexed words that start with the
    prefix (``نتنياه*`` → ``نتانياهو``, of ``نتنياهو``), and, when the typed letters are themselves a
    word of the index, what that word finds (``word``: its stems, ``وزارة*`` → ``الوزارات`` through
    ``وزار``; nu27 item 1). A part-word's stems are never searched: ``مورين*`` (no word) found
    ``مور`` (Moore), the light10 stem of the letters typed (cli29 item 1)."""
    text, plan = _prefix_expr(key)
    if positive:
        out.prefixes.update({key, plan[2]})
    others = variants_of(stems, key)
    alts = [_prefix_expr(v) for v in others]
    if positive:
        out.prefixes.update(x for _, p in alts for x in p[1:])
    # the word, compiled aside: its keys and stems highlight only when the index has the word
    _, word_plan = _word_pair(key, stems, Compiled(None), positive, others)
    items: list[Plan] = [plan, *(("variant", p) for _, p in alts), ("prefix_words", key, plan[2], word_plan)]
    texts = [text, *(t for t, _ in alts)]
    return ("(" + " OR ".join(texts) + ")" if len(texts) > 1 else text), ("or", tuple(items))


def _word_pair(
    key: str, stems: tuple[str, ...], out: Compiled, positive: bool, others: tuple[str, ...] | None = None
) -> _Pair:
    """A word with the other spellings of a name (:func:`marsad.search.variants.variants_of`, scored
    lower) and of a foreign name's letters (resolved against the index)."""
    if positive:
        out.keys.add(key)
        out.stems.update(stems)
    text, plan = _word_expr(key, stems)
    if others is None:
        others = variants_of(stems, key)
    if others:  # another spelling of a transliterated name: an OR alternative, scored lower
        alts = [_word_expr(v, _stems(v)) for v in others]
        if positive:
            out.keys.update(others)
            out.stems.update(s for v in others for s in _stems(v))
        text = "(" + " OR ".join([text, *(t for t, _ in alts)]) + ")"
        plan = ("or", (plan, *(("variant", p) for _, p in alts)))
    spellings = tuple(v for v in letter_variants(key) if v not in others)
    if spellings:  # a foreign name's other letters (غيتس / جيتس): kept at search time on the
        # index's evidence that both spellings are foreign names (index._present_forms)
        node = ("spellings", key, spellings)
        plan = ("or", (*plan[1], node)) if plan[0] == "or" else ("or", (plan, node))
    return text, plan


def _phrase_with_spellings(
    analyzed: list[tuple[str, tuple[str, ...]]],
    forms: tuple[tuple[str, ...], ...],
    out: Compiled,
    positive: bool,
) -> _Pair:
    """A typed phrase whose words may be written in another spelling of a name (new-user report
    nu27, item 2: ``"بيل جيتس"`` found 1 article, ``"بيل غيتس"`` 32): each position's forms
    (:func:`phrase_forms`) with those of the word's spelling variants written as keys
    (:func:`marsad.search.variants.key_variants`: ``ترامب``/``ترمب``, ``الأمريكي``/``الأميركي``), and, as a fourth element of
    the plan, each position's foreign-name letter variants (``غيتس``/``جيتس``), kept at search
    time on the index's evidence (``index._present_forms``), as for a single word. Suffixes and
    stems are still not folded; ``="…"`` keeps the spelling as typed."""
    keys = tuple(k for k, _ in analyzed)
    all_forms: list[tuple[str, ...]] = []
    spell: list[tuple[str, tuple[str, ...]]] = []
    for (key, st), fs in zip(analyzed, forms, strict=True):
        others = key_variants(key, tuple(st))
        extra = [f for v in others for f in phrase_forms(v, tuple(_stems(v))) if f not in fs]
        all_forms.append(tuple(dict.fromkeys([*fs, *extra])))
        if positive:
            out.keys.update(others)
        spell.append((key, tuple(v for v in letter_variants(key) if v not in others)))
    plan: Plan = ("phrase", keys, tuple(all_forms))
    if any(sp for _, sp in spell):
        plan = (*plan, tuple(spell))
    return _q(" ".join(keys)), plan


def _phrase_pair(keys: list[str]) -> _Pair:
    """A phrase of search ``keys`` (each word with the proclitics it may carry: :func:`phrase_forms`)."""
    analyzed = [(k, tuple(_stems(k))) for k in keys]
    forms = tuple(phrase_forms(k, st) for k, st in analyzed)
    return _q(" ".join(keys)), ("phrase", tuple(keys), forms)


def _with_compound_writings(pair: _Pair, keys: list[str], out: Compiled, positive: bool) -> _Pair:
    """``pair`` (a word or a phrase of search ``keys``) OR the other writing of a compound name in
    it, joined or apart (:func:`marsad.search.variants.compound_spellings`: ``عبدالله`` also finds
    ``"عبد الله"``, ``"نجيب عبد الرزاق"`` also ``نجيب عبدالرزاق``). Both writings are one name, the
    commonest spelling split of Arabic names (new-user report nu24, item 1: ``عبدالله`` found 45
    articles, ``"عبد الله"`` 13, none of each other's), so the other one is not scored lower."""
    others = [form for form in compound_spellings(keys)[1:] if form != keys]
    if not others:
        return pair
    alts = [_phrase_pair(form) if len(form) > 1 else _word_expr(form[0], tuple(_stems(form[0])))
            for form in others]
    if positive:
        for form in others:
            out.keys.update(form)
    return ("(" + " OR ".join([pair[0], *(t for t, _ in alts)]) + ")",
            ("or", (pair[1], *(p for _, p in alts))))


def _name_phrases(items: list[Node], explicit: frozenset[int] = frozenset(), out: Compiled | None = None) -> list[Node]:
    """Side-by-side words of an AND group where the first is a compound name's head (``عبد``,
    ``أبو``: :data:`marsad.search.variants.COMPOUND_HEADS`) read as one phrase with the next word:
    ``نجيب عبد الرزاق`` searches the name ``عبد الرزاق`` (or ``عبدالرزاق``), not ``عبد`` anywhere and
    ``الرزاق`` anywhere (nu24 item 1: 6 articles for it, 3 for ``نجيب عبدالرزاق``). Not across an
    explicit ``AND`` (``explicit``: ``عبد AND الله`` is two words); each reading gets a note in
    ``out`` (nu25: it was silent)."""
    merged: list[Node] = []
    i = 0
    while i < len(items):
        x = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if isinstance(x, Term) and x.kind == "word" and isinstance(nxt, Term) and nxt.kind == "word" \
                and i + 1 not in explicit \
                and [search_key(w) for w in words(x.text)] in ([h] for h in COMPOUND_HEADS):
            merged.append(Term("phrase", f"{x.text} {nxt.text}"))
            if out is not None:
                note = (f"{x.text} {nxt.text}: searched as one name, written apart or joined "
                        f"(\"{x.text} {nxt.text}\" or {x.text}{nxt.text}); {x.text} AND {nxt.text} searches the two words")
                if note not in out.notes:
                    out.notes.append(note)
            i += 2
            continue
        merged.append(x)
        i += 1
    return merged


#: Proclitics a phrase word may carry in the text (new-user report nu16 M2): a conjunction و/ف, then
#: a preposition ب/ل/ك or the article ال (with ب/ك before it; ل + ال is written لل), as the
#: single-word search folds them (:mod:`marsad.search.stemmer`). A regex over surface keys.
PHRASE_PROCLITICS = "(?:[وف])?(?:[بك]?ال|لل|[بلك])?"
_PHRASE_PROCLITICS_RE = re.compile(PHRASE_PROCLITICS)


def phrase_core(key: str, stems: tuple[str, ...]) -> str:
    """The part of a phrase word's surface ``key`` after the proclitics the stemmer cut from it:
    ``لمكافحه`` → ``مكافحه``, ``الارهاب`` → ``ارهاب``, ``وحكومه`` → ``حكومه`` (``و`` gives the stem
    ``حكوم`` too); a letter the stemmer keeps stays (``وزاره``, a name: ``لبنان``, ``بريطانيا``).
    Suffixes stay (a phrase matches words, not stems: ``مكافحه`` ≠ ``مكافحات``).

    The cut is the longest prefix of ``key`` that is a proclitic sequence (:data:`PHRASE_PROCLITICS`)
    and is followed by one of ``stems`` (``ى`` read as ``ي``); ``key`` itself when none is."""
    folded = key.replace("ى", "ي")
    best = 0
    for stem in stems:
        i = folded.find(stem.replace("ى", "ي"))
        if i > best and _PHRASE_PROCLITICS_RE.fullmatch(key, 0, i):
            best = i
    return key[best:]


#: Every proclitic sequence :data:`PHRASE_PROCLITICS` allows, the empty one first.
PHRASE_PREFIXES: tuple[str, ...] = tuple(
    c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "ال", "بال", "كال", "لل")
)


def phrase_forms(key: str, stems: tuple[str, ...]) -> tuple[str, ...]:
    """The surface keys a phrase word matches in the text: its core (:func:`phrase_core`) as it is
    and after each proclitic sequence of :data:`PHRASE_PREFIXES`, keeping a form only when the
    analyzer reads it as that core with proclitics — the form's own :func:`phrase_core` is the
    same core, i.e. the single-word search cuts those letters as proclitics. So ``"علي"`` matches
    ``وعلي``, ``لعلي``, ``العلي`` but not ``فعلي`` ("actual": the stemmer keeps its ``ف``), and
    ``"الإرهاب"`` matches ``للارهاب``, ``وللارهاب``, ``ارهاب`` but not ``فبالارهاب`` (which the
    single-word search does not cut either). Sorted, the core first; ~24 analyses of cached
    or new words (~5 µs each)."""
    core = phrase_core(key, stems)
    forms = [core]
    for prefix in PHRASE_PREFIXES[1:]:
        form = prefix + core
        f_key, f_stems = analyze_word(form)
        if f_key == form and phrase_core(f_key, f_stems) == core:
            forms.append(form)
    return tuple(forms)


def _word_expr(key: str, stems: tuple[str, ...]) -> _Pair:
    """A word: its surface key in the key columns, or any of its stems anywhere."""
    stem_expr = " OR ".join(_q(s) for s in stems)
    if key in stems:  # the stem, searched in every column, already covers the key columns
        text = f"({stem_expr})" if len(stems) > 1 else stem_expr
    else:
        text = f"({_q(key)} OR {stem_expr})"
    return text, ("word", key, stems)


def _unique(pairs: list[_Pair | None]) -> list[_Pair]:
    """Drop empty and repeated nodes (A OR A = A; A AND A = A), keeping the first of each."""
    seen: dict[Plan, str] = {}
    for p in pairs:
        if p is not None and p[1] not in seen:
            seen[p[1]] = p[0]
    return [(t, p) for p, t in seen.items()]


def _compile(node: Node, out: Compiled, positive: bool = True) -> _Pair | None:
    if isinstance(node, Term):
        return _term_expr(node, out, positive)
    if isinstance(node, Filter):
        if (node.name, node.value) in out.dropped:
            return None
        return f"{node.name}:{_q(node.value)}", ("filter", node.name, node.value)
    if isinstance(node, Not):
        # outside an AND group (alone, or inside OR): subtracts from every article, a filter or
        # words alike (ترامب OR -source:bbc, ترامب OR -بوتين: every article but those, or ترامب)
        return _compile(And([node]), out, positive)
    if isinstance(node, Or):
        # Repeats are dropped (A OR A = A): each repeated phrase made the index scan its postings
        # again (100 × the same word: 1.2 s on ANT v2.1 with FTS5).
        items = _unique([_compile(x, out, positive) for x in node.items])
        if not items:
            return None
        if len(items) == 1:
            return items[0]
        return "(" + " OR ".join(t for t, _ in items) + ")", ("or", tuple(p for _, p in items))
    items = _name_phrases(node.items, node.explicit, out if positive else None)
    pos = _unique([_compile(x, out, positive) for x in items if not isinstance(x, Not)])
    neg = _unique([_compile(x.item, out, False) for x in node.items if isinstance(x, Not)])
    if not pos:
        # -source:bbc, -الطقس, -person:بوتين -الطقس: every article but those (listed newest first;
        # new-user report nu27, item 4: excluded words alone found nothing, an excluded filter alone
        # every other article)
        if not neg:  # nothing left to exclude (dropped filters: the caller's notes say why)
            return None
        pos = [_ALL]
    if len(pos) == 1 and not neg:
        return pos[0]
    text = pos[0][0] if len(pos) == 1 else "(" + " AND ".join(t for t, _ in pos) + ")"
    if neg:
        text = f"({text} NOT ({' OR '.join(t for t, _ in neg)}))"
    return text, ("and", tuple(p for _, p in pos), tuple(p for _, p in neg))


def compile_query(query: Query, dropped: frozenset[tuple[str, str]] = frozenset()) -> Compiled:
    """Compile a parsed query to a :data:`Plan` and its readable FTS5-style text (filters written
    ``name:"value"``; never raises). Filters are operands like words (``NOT person:بوتين``,
    ``source:bbc OR source:cnn``); those in ``dropped`` (``(name, value)``) are left out, as a word
    without letters is. An exclusion subtracts from the other operands of its AND group; a group
    of exclusions alone subtracts from every article when it excludes a filter (``-source:bbc``),
    and is ignored with a note when it excludes words only (``-الطقس``: add a word or a filter)."""
    out = Compiled(None, dropped=dropped)
    tree = query.tree
    if isinstance(tree, Not):  # one exclusion alone: a group of exclusions
        tree = And([tree])
    if tree is not None:
        pair = _compile(tree, out)
        if pair is not None:
            out.match, out.plan = pair
    return out


# -- filters -------------------------------------------------------------------------------------
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def date_bound(value: str, upper: bool) -> str | None:
    """ISO date (``2018``, ``2018-03``, ``2018-03-05``, or a full instant) → an inclusive lower
    bound, or for ``upper`` an exclusive upper bound covering the whole period, as an ISO string:
    a date (compared with the articles' local calendar day) or the instant as given
    (``2018-03-05T10:00+03:00``; a lower-case ``t``/``z`` and Arabic-Indic digits accepted);
    ``None`` when ``value`` is not such a date."""
    # search_key lower-cases Latin letters (2018-03-05t10:00z): the ISO designators are upper case
    m = _DATE_RE.match(search_key(value.strip()).upper())
    if not m:
        read = news_date(value)
        return date_bound(read, upper) if read is not None else None
    y, mo, d, t = m.group(1), m.group(2), m.group(3), m.group(4)
    try:
        if t:
            return f"{y}-{int(mo):02d}-{int(d):02d}{t}" if mo and d else None
        if d:
            day = date(int(y), int(mo), int(d))
            return (day + timedelta(days=1)).isoformat() if upper else day.isoformat()
        if mo:
            first = date(int(y), int(mo), 1)
            if not upper:
                return first.isoformat()
            return (date(int(y) + (first.month == 12), first.month % 12 + 1, 1)).isoformat()
        return f"{int(y) + 1}-01-01" if upper else f"{y}-01-01"
    except ValueError:
        return None


@functools.lru_cache(maxsize=256)  # one value is read by date_bound, the notes and the index clause
def news_date(value: str) -> str | None:
    """A ``from:``/``to:`` value that is no ISO date but a date as the news writes it
    (``2018/05/01``, ``1/5/2018``, ``14 تشرين الأول 2018``, ``1 رمضان 1439``) → its local ISO date
    or month (``2018-05-01``, ``2018-05``) as :func:`marsad.time.parse_datetime` reads it (``marsad
    date`` and ``quotes --from`` accept the same forms; nu29 item 13: ``from:2018/05/01`` was
    ignored); ``None`` when it is no date. Values over 64 characters are no date."""
    if len(value) > 64 or not any(ch.isdigit() for ch in value):
        return None
    from marsad.time import parse_datetime

    read = parse_datetime(value.strip())
    if read is None or not read.local:
        return None
    local = read.local[:10]
    return local if _DATE_RE.match(local) else None


#: A year below this in ``from:``/``to:`` is read as Gregorian but is probably a Hijri year
#: (1343–1500 AH is 1924–2077 CE; no news article of the corpora predates 1900).
HIJRI_LOOKING_YEAR_BELOW = 1600


def date_filter_notes(
    filters: dict[str, list[str]], required: dict[str, list[str]] | None = None
) -> list[str]:
    """Notes on ``from:``/``to:`` values that are valid but cannot be what the user means: a year
    below :data:`HIJRI_LOOKING_YEAR_BELOW` (``from:1439-07-27``: the Umm al-Qura equivalent is
    given, via :mod:`marsad.time.hijri`), and a range whose start is not before its end (no
    article can match). ``filters``: every value typed; ``required``: those every hit must match
    (:func:`required_filters`; ``filters`` when ``None``), the only ones a range is made of
    (``from:2019 OR to:2018`` is not an empty range). Never raises; the filters are applied as
    typed (third new-user report, finding 18)."""
    from marsad.time.hijri import to_gregorian, year_span

    notes: list[str] = []
    req = filters if required is None else required
    bounds: dict[str, list[str]] = {"from": [], "to": []}
    for name, upper in (("from", False), ("to", True)):
        for value in req.get(name, []):
            bound = date_bound(value, upper)
            if bound is not None:
                bounds[name].append(bound)
        for value in filters.get(name, []):
            if date_bound(value, upper) is None:
                continue
            read = None if _DATE_RE.match(search_key(value.strip()).upper()) else news_date(value)
            if read is not None:
                notes.append(f"{name}:{value} was read as {name}:{read}")
                continue
            m = _DATE_RE.match(search_key(value.strip()).upper())
            if not m or int(m.group(1)) >= HIJRI_LOOKING_YEAR_BELOW:
                continue
            y, mo, d = int(m.group(1)), m.group(2), m.group(3)
            greg = None
            if mo and d:
                greg, _ = to_gregorian(y, int(mo), int(d))
                greg = greg.isoformat() if greg else None
            elif not mo:
                span = year_span(y)
                greg = f"{span[0].isoformat()} to {span[1].isoformat()}" if span else None
            hint = f" ({value} AH is {greg}, Umm al-Qura)" if greg else ""
            notes.append(f"{name}:{value}: dates are Gregorian; {y} looks like a Hijri year{hint}")
    lows = [b for b in bounds["from"] if len(b) == 10]
    highs = [b for b in bounds["to"] if len(b) == 10]
    if lows and highs and max(lows) >= min(highs):
        notes.append(f"from:{req['from'][-1]} is not before to:{req['to'][-1]}: no article can match")
    return notes
