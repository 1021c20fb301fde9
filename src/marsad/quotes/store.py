"""Quotations across the store: query the ``quotes`` table written by :mod:`marsad.store`.

The store keeps each :class:`marsad.model.Quote` as a row of ``quotes`` (``article_id``, ``idx``,
``start``, ``end``, ``kind``, ``cue_text``, ``speaker``, ``entity``, ``cue_start``/``cue_end``,
``speaker_span_start``/``speaker_span_end``), offsets into ``articles.text``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.search.variants import (
    VARIANTS,
    compound_spellings,
    g_spellings,
    is_letter_variant,
    news_counts_foreign,
    unsegmented,
)
from marsad.text.normalize import display_text, search_key

#: What separates the words of a ``--speaker`` query or of a name: anything but a letter or a digit
#: (``أردوغان،`` copied from the text with its Arabic comma, quotes, brackets, dots, ``_``).
_NON_WORD_RE = re.compile(r"[\W_]+")

#: Words that, written before a person's name inside a speaker or role, make the phrase name someone
#: else (search-key folded, also after ``ال``/``و``): a group or office of the person (``إدارة ترمب``,
#: ``حملة``, ``مكتب``), a relation (``محامي``, ``زوجة``, ``شبيه``), an aide or spokesman (``مستشارو
#: ترمب``, ``المتحدث باسم``), a preposition (``مسؤول في إدارة ترمب``). Fifth new-user report (nu16 H3):
#: ``--speaker ترامب`` listed 11 such quotes among 207 on 3,180 ANT/SaudiNewsNet articles.
_NOT_THE_PERSON_BEFORE = frozenset(search_key(w) for w in """
    حملة إدارة حكومة فريق مكتب عائلة أسرة أنصار مؤيدو مؤيدي محامو محامي محامية محاميا زوج زوجة والد
    والدة أب أم ابن ابنة نجل شقيق شقيقة أخ أخت أقارب صديق صديقة جد جدة شبيه شبيهة مستشار مستشارة
    مستشارو مستشاري مساعد مساعدة مساعدو مساعدي متحدث متحدثة ناطق ناطقة باسم مسؤول مسؤولو مسؤولي
    ممثل ممثلو ممثلي سفير مبعوث مقرب مقربون مقربين نائب نائبة نواب وكيل وكيلة في لدى عن من""".split())
#: Words that, right after a match, make it someone else: a former holder of the role (``الرئيس
#: الأمريكي السابق`` is not ``--speaker "الرئيس الأمريكي"``). Fresh new-user report nu18 (2026-11-30):
#: ``--speaker "الرئيس الأمريكي"`` listed 4 quotes of مايك بنس (``نائب الرئيس الأمريكي``) among 76.
_NOT_THE_PERSON_AFTER = frozenset(search_key(w) for w in "السابق السابقة الأسبق الأسبقة سابق سابقة".split())


@dataclass(slots=True)
class QuoteRow:
    """One stored quotation with its article's id, title and publication time (UTC when known).

    ``text``, ``speaker``, ``cue`` and ``title`` are display text (:func:`marsad.text.normalize.display_text`:
    the same cleaning ``marsad show`` applies, e.g. ``مزيداُ`` → ``مزيداً``); the offsets they come from
    stay offsets into the raw ``articles.text``. ``related``: the quotation lies in a teaser of
    another story (a block of kind ``related``: CNN's related-news widget), not in the article's own
    prose (new-user report nu22 item 1). ``start``/``end``: the quotation's character offsets into
    the article's raw text; ``source``: the article's input record (path, member, ``#ordinal``), so
    a listed quote can be found again without the store (nu24 item 10). ``key``: the entity registry
    key of the speaker (:mod:`marsad.entities.registry`), the same for one person across spellings and
    name forms (:func:`marsad.entities.registry.key_of`: ``دونالد ترامب`` and ``دونالد ترمب``,
    ``نتنياهو`` and ``بنيامين نتانياهو`` have one key), so that quotes can be counted by person (nu28);
    ``None`` when the speaker is linked to no registry entry. ``published_is_crawl_time``: the
    article's time is when its page was fetched, not when it was published (SaudiNewsNet's
    ``date_extracted``, :data:`marsad.time.crawl.CRAWL_TIME_FIELDS`; nu31: 88 % of a SaudiNewsNet
    store listed a crawl time as the publication time without a word, while ``search`` marked it).
    """

    article_id: int
    kind: str
    speaker: str | None
    cue: str
    text: str
    title: str | None
    published: str | None
    related: bool = False
    start: int = 0
    end: int = 0
    source: str = ""
    key: str | None = None
    published_is_crawl_time: bool = False


def query_quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    since: str | None = None,
    limit: int = 50,
    copies: bool = False,
    until: str | None = None,
    with_keys: bool = False,
    oldest_first: bool = False,
) -> list[QuoteRow]:
    """Quotations of the store, newest article first (``oldest_first``: oldest first, for a
    timeline; nu32), each article's quotes in reading order.

    ``speaker``: keep quotes whose speaker matches it (:func:`speaker_matches`: every word of the
    query, search-key folded and stripped of punctuation, is a word of the speaker or of the linked
    entity's name, one alias or one role: ``لافروف`` finds ``سيرغي لافروف``, ``الرئيس التركي`` the
    quotes of ``رجب طيب أردوغان``); ``since``: an ISO date (``2018-03-01``) compared with the local
    publication time's calendar day, as search's ``from:`` (second-user finding: the UTC day put an
    article published after local midnight one day early); the listed time is the local one.
    ``copies``: also list the quotes of articles stored as copies of an earlier one (``duplicate_of``:
    the same prose, a scraper's second record); by default each copied quote is listed once, from the
    first article (nu16 M5: 77 of 12,981 quotes on a new user's store were such repeats).
    ``until``: the end of the period, inclusive, as search's ``to:`` (``2018-07`` is all of July, a
    date its whole local day, an instant with an offset that UTC instant; nu26 G1: "who said what in
    July" needed a search and Python). ``with_keys``: give each row its registry ``key`` (also with
    ``speaker``, which takes the quotes of the keys the name resolves to; otherwise ``None``: the
    look-up imports the entity registry, which the plain listing leaves unloaded, cli26). Texts are
    returned as display text (see :class:`QuoteRow`). Raises ``LookupError`` when the store has no ``quotes`` table.
    """
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='quotes'").fetchone()
    if not has:
        raise LookupError("this store has no quotes table (ingest with the full pipeline first)")
    want = speaker_query_words(speaker) if speaker else None
    # the linked entity's name, aliases and roles (JSON lists), for --speaker, and its registry key
    linked = (want or with_keys) and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='entities'"
    ).fetchone()
    keys = RegistryKeys(conn)
    want_keys = keys.query_keys(speaker) if want else frozenset()
    article_columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    # a store without a blocks table (built by hand, or a partial copy) has no teasers to mark
    has_blocks = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='blocks'").fetchone()
    # a store written before articles.published_source existed marks no crawl time
    has_source = "published_source" in article_columns
    from marsad.time.crawl import crawl_time_sql

    crawl, crawl_args = crawl_time_sql("a.published_source")
    sql = (
        'SELECT q.article_id, q.kind, q.speaker, q.cue_text, substr(a.text, q."start" + 1, q."end" - q."start"), '
        'a.title, coalesce(a.published_local, a.published_utc), q."end" - q."start", '
        + (
            "EXISTS (SELECT 1 FROM blocks b WHERE b.article_id = q.article_id AND b.kind = 'related' "
            'AND b."start" <= q."start" AND q."start" < b."end")'
            if has_blocks
            else "0"
        )
        + ', q."start", ' + ("a.source" if "source" in article_columns else "''")
        + (", e.name, e.aliases, e.roles, e.key" if linked else ", NULL, NULL, NULL, NULL")
        + (f", {crawl}" if has_source else ", 0")
        + " FROM quotes q JOIN articles a ON a.id = q.article_id"
        + (" LEFT JOIN entities e ON e.article_id = q.article_id AND e.idx = q.entity" if linked else "")
    )
    args: list[object] = list(crawl_args) if has_source else []
    where: list[str] = []
    if not copies and "duplicate_of" in article_columns:
        where.append("a.duplicate_of IS NULL")
    if since:
        instant = _utc_instant(since)
        if instant is None:  # a date or a local time: the local wall-clock reading (19 characters)
            where.append("substr(coalesce(a.published_local, a.published_utc), 1, 19) >= ?")
            args.append(since)
        else:  # an instant with an offset: compared with the UTC instant
            where.append("substr(coalesce(a.published_utc, a.published_local), 1, 19) >= ?")
            args.append(instant)
    if until:
        instant = _utc_instant(until)
        if instant is not None:  # an instant with an offset: up to that UTC instant
            where.append("substr(coalesce(a.published_utc, a.published_local), 1, 19) <= ?")
            args.append(instant)
        elif "T" in until:  # a local wall-clock time (a date read from the news): up to it
            where.append("substr(coalesce(a.published_local, a.published_utc), 1, 19) <= ?")
            args.append(until[:19])
        else:  # a year, month or day: the whole period, on the local calendar
            from marsad.search.query import date_bound

            bound = date_bound(until, upper=True)
            if bound is None:
                raise ValueError(f"not a date: {until!r}")
            where.append("substr(coalesce(a.published_local, a.published_utc), 1, 19) < ?")
            args.append(bound)
    if where:
        sql += " WHERE " + " AND ".join(where)
    order = "ASC" if oldest_first else "DESC"
    when = "coalesce(a.published_utc, a.published_local)"  # undated articles last either way
    sql += f" ORDER BY {when} IS NULL, {when} {order}, q.article_id, q.idx"
    out: list[QuoteRow] = []
    for row in conn.execute(sql, args):
        key = keys.of(row[14] if linked else None, row[2], _speaker_names(row)[1:]) if linked or with_keys else None
        if want is not None and not speaker_matches(_speaker_names(row), want) and not (
                key in want_keys and _names_the_person(row[2])):
            continue
        aid, kind, spk, cue, text, title, published, length, related, start, source = row[:11]
        if text is not None and len(text) != length:
            # SQLite's substr stops at a NUL character inside the text (rob23 item 8: a NUL before the
            # quote listed it empty): slice the article's text in Python instead
            full = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0] or ""
            text = full[start : start + length]
        out.append(
            QuoteRow(
                aid,
                kind,
                display_text(spk) if spk else spk,
                display_text(cue or ""),
                display_text(text or ""),
                display_text(title) if title else title,
                published,
                bool(related),
                start,
                start + length,
                source or "",
                key,
                bool(row[15]),
            )
        )
        if len(out) >= limit:
            break
    return out


class RegistryKeys:
    """The registry keys of a store's quotes (spk28): a quote's linked entity's key when the speaker
    string names that entity (:func:`_speaks_as`: not ``وزارة الصحة السعودية`` linked to the place
    ``السعودية``, nor ``مستشار للرئيس التركي رجب طيب أردوغان`` to Erdoğan), else the key its
    speaker string names (:func:`marsad.entities.aliases.canonical` as a person, an organisation, a
    place: the first the registry holds), each as the key of its person across spellings
    (:func:`marsad.entities.registry.key_of`). A store without a registry gives ``None``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.has = bool(conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='entity_registry'"
        ).fetchone())
        self._look = None
        self._named: dict[str, str | None] = {}

    def look(self, key: str | None) -> str | None:
        if self._look is None:
            from marsad.entities.registry import key_of

            self._look = key_of(self.conn)
        return self._look(key)

    def of(self, entity_key: str | None, speaker: str | None, names: Iterable[str | None] = ()) -> str | None:
        """The key of one quote: its entity's key (``entities.key``) when the speaker names it
        (``names``: the entity's name and article aliases; :func:`_speaks_as`), else its speaker's."""
        if not self.has:
            return None
        if entity_key and _speaks_as(speaker, entity_key, names):
            return self.look(entity_key)
        if not speaker:
            return None
        if speaker not in self._named:
            from marsad.entities.aliases import canonical

            found = None
            for typ in ("PER", "ORG", "LOC"):
                k = canonical(speaker, typ)[1]
                if self.conn.execute("SELECT 1 FROM entity_registry WHERE key = ?", (k,)).fetchone():
                    found = self.look(k)
                    break
            self._named[speaker] = found
        return self._named[speaker]

    def query_keys(self, speaker: str | None) -> frozenset[str]:
        """The keys a ``--speaker`` query names (:func:`marsad.entities.registry.resolve`: its canonical
        key, an entry that has it as an alias, the keys of the same person), each as :meth:`look`."""
        if not self.has or not speaker or not speaker.strip():
            return frozenset()
        from marsad.entities.registry import resolve

        try:
            return frozenset(k for k in (self.look(k) for k in resolve(self.conn, " ".join(speaker.split()))) if k)
        except sqlite3.Error:
            return frozenset()


def _speaks_as(speaker: str | None, key: str, names: Iterable[str | None]) -> bool:
    """Does the speaker string name the linked entity of registry ``key`` (spk28)? ``names``: the
    entity's name and its aliases in the article. Yes when the speaker is one of them (search keys:
    :func:`speaker_query_words`); for a person also when the speaker ends with one (``الرئيس الأمريكي
    دونالد ترمب``), is its last word alone (``ترمب``), or is made of role nouns only (``الرئيس``: the
    person the article's coreference gave), and no word makes it someone else
    (:func:`_names_the_person`). A speaker without a string keeps the link."""
    if not speaker:
        return True
    have = speaker_query_words(speaker)
    forms = [speaker_query_words(n) for n in names if isinstance(n, str) and n.strip()]
    if any(f == have for f in forms):
        return True
    if not key.startswith("PER:") or not _names_the_person(speaker):
        return False
    if any(f and (have[-len(f) :] == f or (len(have) == 1 and have[0] == f[-1])) for f in forms):
        return True
    from marsad.entities.registry import is_role_only

    return is_role_only(speaker)


def _names_the_person(speaker: str | None) -> bool:
    """A speaker string that names no one else than its linked person: no word of
    :data:`_NOT_THE_PERSON_BEFORE` (``مستشار``, ``إدارة``) nor :data:`_NOT_THE_PERSON_AFTER` in it (a
    quote linked to Trump's entry whose speaker is ``مستشارو ترمب`` is not his, nu16 H3)."""
    if not speaker:
        return True
    have = _NON_WORD_RE.sub(" ", search_key(speaker)).split()
    return not any(_someone_else_head(w) or w in _NOT_THE_PERSON_AFTER for w in have)


def speaker_counts(rows: Iterable[QuoteRow]) -> list[dict]:
    """Quotes per speaker, one person counted once (spk28, nu28 item 2): rows grouped by their registry
    ``key`` (a person's spellings and name forms are one key), else by the speaker string as search
    keys (:func:`speaker_query_words`); quotes with no speaker are left out. Each group: ``{"key",
    "name", "quotes", "spellings"}`` — ``name`` the commonest speaker string of the group (ties: the
    first listed), ``spellings`` every speaker string with its count, most first. Most quotes first,
    then by name."""
    groups: dict[str, dict] = {}
    for r in rows:
        if not r.speaker:
            continue
        g = r.key or "speaker:" + " ".join(speaker_query_words(r.speaker))
        d = groups.setdefault(g, {"key": r.key, "quotes": 0, "spellings": {}})
        d["quotes"] += 1
        d["spellings"][r.speaker] = d["spellings"].get(r.speaker, 0) + 1
    out = []
    for d in groups.values():
        spell = sorted(d["spellings"].items(), key=lambda kv: -kv[1])  # (stable: first listed on a tie)
        out.append({"key": d["key"], "name": spell[0][0], "quotes": d["quotes"], "spellings": dict(spell)})
    out.sort(key=lambda d: (-d["quotes"], d["name"]))
    return out


def speaker_query_words(speaker: str) -> list[str]:
    """The words of a ``--speaker`` query: search-key folded (:func:`marsad.text.normalize.search_key`:
    hamza and alef forms, harakat, Persian letters) and split at anything but a letter or a digit,
    so ``أردوغان،`` (copied with its comma) is ``['اردوغان']`` (eighth new-user report, finding 14)."""
    return _NON_WORD_RE.sub(" ", search_key(speaker)).split()


def speaker_matches(names: Iterable[str | None], words: list[str]) -> bool:
    """True when the query words (:func:`speaker_query_words`) occur as consecutive whole words, in
    order, of one of ``names`` (the quote's speaker, its entity's name, each alias, each role), a
    word also matching the other spellings of the same transliterated name
    (:data:`marsad.search.variants.VARIANTS`: ``ترامب`` = ``ترمب``, and the /g/ written ``غ`` or ``ج``
    of a known name, :func:`marsad.search.variants.g_spellings`: ``أردوجان`` = ``أردوغان``; both as
    search does, nu24 item 10): ``ماي`` matches
    ``تيريزا ماي``, not ``مايك بومبيو`` nor (``ماي تيريزا``) the name reversed; ``الرئيس التركي``
    matches the role of ``رجب طيب أردوغان``. A match after a word of :data:`_NOT_THE_PERSON_BEFORE`
    in the same name does not count: ``إدارة ترمب``, ``مستشارو ترمب``, ``مسؤول في إدارة ترمب`` are
    not ``ترمب``, ``نائب الرئيس الأمريكي`` is not ``الرئيس الأمريكي``; nor one followed by a word of
    :data:`_NOT_THE_PERSON_AFTER` (``الرئيس الأمريكي السابق``). A compound name matches joined or apart (``عبدالفتاح`` = ``عبد الفتاح``:
    :func:`marsad.search.variants.compound_spellings`; nu16 M3)."""
    if not words:
        return False
    names = list(names)
    return any(_matches_form(names, form) for form in compound_spellings(words))


def _matches_form(names: list[str | None], words: list[str]) -> bool:
    """:func:`speaker_matches` for one writing of the query (compound names joined or apart)."""
    n = len(words)
    allowed = [{w, *VARIANTS.get(w, ()), *g_spellings(w)} for w in words]
    for name in names:
        if not name:
            continue
        have = _NON_WORD_RE.sub(" ", search_key(name)).split()
        for i in range(len(have) - n + 1):
            if all(have[i + j] in allowed[j] or _same_foreign_name(words[j], have[i + j]) for j in range(n)) and not any(
                _someone_else_head(w) for w in have[:i]
            ) and not (i + n < len(have) and have[i + n] in _NOT_THE_PERSON_AFTER):
                return True
    return False


@lru_cache(maxsize=16_384)
def _same_foreign_name(query_word: str, name_word: str) -> bool:
    """Are the search keys ``query_word`` and ``name_word`` two spellings of one foreign name
    (:func:`marsad.search.variants.is_letter_variant`: ``غيتس`` / ``جيتس``, ``أنغيلا`` / ``أنجيلا``,
    ``مورينهو`` / ``مورينيو``), both read as foreign names: uncut by the stemmer
    (:func:`marsad.search.variants.unsegmented`) and almost never written with the article in the
    shipped news counts (:func:`marsad.search.variants.news_counts_foreign`: ``قاسم`` / ``جاسم``)?
    The speaker's name is a name; no index is at hand for the rest of search's test. Symmetric (spell25)."""
    return (
        is_letter_variant(query_word, name_word)
        and all(unsegmented(w) and news_counts_foreign(w) for w in (query_word, name_word))
    )


def _someone_else_head(word: str) -> bool:
    """``word`` (search-key folded), with or without ``و``/``ال``/``لل``, is in :data:`_NOT_THE_PERSON_BEFORE`."""
    if word in _NOT_THE_PERSON_BEFORE:
        return True
    for pre in ("وال", "ال", "لل", "و"):
        if word.startswith(pre) and word[len(pre) :] in _NOT_THE_PERSON_BEFORE:
            return True
    return False


def _speaker_names(row: tuple) -> list[str | None]:
    """The speaker, then the linked entity's name, aliases and roles of a :func:`query_quotes` row."""
    names: list[str | None] = [row[2]]
    if len(row) > 11:
        names.append(row[11])
        for lst in row[12:14]:
            try:
                names += [x for x in json.loads(lst or "[]") if isinstance(x, str)]
            except (ValueError, TypeError):
                continue
    return names


def _utc_instant(value: str) -> str | None:
    """``2024-04-21T12:00:00+03:00`` → ``2024-04-21T09:00:00`` (UTC wall clock, 19 characters);
    ``None`` for a date or a time without an offset."""
    from datetime import UTC, datetime

    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        return None
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
