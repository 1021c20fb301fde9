"""Search benchmark and evaluation over the ANT multi-source corpus (31,525 articles).

Subcommands (each reads ``../shared/corpora/ant-multisource-v2.1.tar.gz``; the built index lives
under ``/tmp`` and is reused)::

    python bench/search.py index      [--db /tmp/marsad-search-ant.db]   # Marsad index, once
    python bench/search.py names                                          # regenerate names.py
    python bench/search.py relevance  [--write]                           # judge + score the set
    python bench/search.py bench      [--db …] [--tantivy-dir …]          # Marsad vs FTS5 vs tantivy
    python bench/search.py scale      [--copies N]                        # replicated corpus

The corpus is read with a small TREC reader of its own (TITLE, TIME, SRC, DOCNO, URL, TEXT: first
line = lead, rest = body) so that this benchmark does not depend on the layout stages; indexing goes
through the real :func:`marsad.search.index.save_article`.
"""

from __future__ import annotations

import argparse
import email.utils
import json
import re
import sqlite3
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ANT = SHARED / "corpora" / "ant-multisource-v2.1.tar.gz"
DATA = ROOT / "tests" / "data" / "search"
DEFAULT_DB = Path("/tmp/marsad-search-ant.db")

sys.path.insert(0, str(ROOT / "src"))

from marsad.model import Article, Block, Published, Span, TimeValue  # noqa: E402

# -- the corpus ---------------------------------------------------------------------------------
_FIELD_RE = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|TEXT|ABSTRACT)>\s*(.*?)\s*</\1>", re.S)


@dataclass
class Doc:
    docno: str
    src: str
    cat: str
    title: str
    time: str
    lead: str
    body: str
    url: str


def read_ant(path: Path = ANT, limit: int | None = None) -> Iterator[Doc]:
    """Stream the ANT articles of ``path`` (TREC ``<DOC>`` files in a tar.gz)."""
    n = 0
    with tarfile.open(path, "r:gz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            f = tar.extractfile(member)
            if f is None:
                continue
            text = f.read().decode("utf-8", "replace")
            fields = {m.group(1): m.group(2) for m in _FIELD_RE.finditer(text)}
            lines = [ln.strip() for ln in fields.get("TEXT", "").splitlines() if ln.strip()]
            if not lines and fields.get("ABSTRACT"):
                lines = [fields["ABSTRACT"]]
            yield Doc(
                fields.get("DOCNO", member.name), fields.get("SRC", ""), fields.get("CAT", ""),
                fields.get("TITLE", ""), fields.get("TIME", ""), lines[0] if lines else "",
                "\n\n".join(lines[1:]), fields.get("URL", ""),
            )
            n += 1
            if limit and n >= limit:
                return


def to_article(doc: Doc) -> Article:
    """An :class:`Article` with title, lead and body blocks and meta, as the pipeline would give."""
    parts = [doc.title, doc.lead, doc.body]
    text = "\n\n".join(parts)
    a = Article(text=text, source=doc.docno, fmt="trec",
                meta={"DOCNO": doc.docno, "SRC": doc.src, "CAT": doc.cat, "URL": doc.url})
    pos = 0
    spans = []
    for p in parts:
        spans.append(Span(pos, pos + len(p)))
        pos += len(p) + 2
    a.title = spans[0]
    if doc.lead:
        a.blocks.append(Block(spans[1].start, spans[1].end, kind="lead"))
    bpos = spans[2].start
    for para in doc.body.split("\n\n") if doc.body else []:
        a.blocks.append(Block(bpos, bpos + len(para), kind="body"))
        bpos += len(para) + 2
    try:
        dt = email.utils.parsedate_to_datetime(doc.time)
        a.published = Published(0, 0, raw=doc.time, value=TimeValue(
            local=dt.isoformat(), utc=dt.astimezone(UTC).isoformat(), tz=None, precision="second"))
    except (TypeError, ValueError):
        pass
    return a


# -- Marsad index ----------------------------------------------------------------------------
def _fresh_search_store(db: Path) -> sqlite3.Connection:
    """An empty SQLite file at ``db`` (and no index folder beside it) holding only the search tables,
    in WAL mode as the store uses it; autocommit connection."""
    import shutil

    from marsad.search import index

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(str(db) + ".search", ignore_errors=True)
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("BEGIN")
    index.create_schema(conn)
    conn.execute("COMMIT")
    return conn


def build_index(db: Path, limit: int | None = None) -> dict[str, float]:
    """Index the corpus into ``db`` as the store does: ``article_rows`` + ``save_rows`` in a
    transaction of 500 articles, then ``after_commit`` (the tantivy index beside the file). CPU
    seconds of each part are returned (process time: tantivy's indexing thread included)."""
    from marsad.search import index

    conn = _fresh_search_store(db)
    cpu = {"rows": 0.0, "sqlite": 0.0, "tantivy": 0.0}
    n = 0
    t0 = time.perf_counter()
    t_read = 0.0
    batch: list = []

    def flush() -> None:
        c0 = time.process_time()
        conn.execute("BEGIN")
        index.save_rows(conn, batch)
        conn.execute("COMMIT")
        c1 = time.process_time()
        index.after_commit(conn, batch)
        cpu["sqlite"] += c1 - c0
        cpu["tantivy"] += time.process_time() - c1
        batch.clear()

    docs = read_ant(limit=limit)
    while True:
        t1 = time.perf_counter()
        doc = next(docs, None)
        if doc is None:
            break
        art = to_article(doc)
        t_read += time.perf_counter() - t1
        n += 1
        c0 = time.process_time()
        batch.append(index.article_rows(n, art))
        cpu["rows"] += time.process_time() - c0
        if len(batch) >= 500:
            flush()
    if batch:
        flush()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    total = time.perf_counter() - t0
    size = db.stat().st_size + _dir_size(Path(str(db) + ".search"))
    return {"articles": n, "read_s": t_read, "total_s": total,
            "cpu_ms_per_article": {k: round(1000 * v / max(n, 1), 3) for k, v in cpu.items()},
            "index_cpu_ms_per_article": round(1000 * sum(cpu.values()) / max(n, 1), 3),
            "size_mb": size / 1e6, "sqlite_mb": db.stat().st_size / 1e6,
            "tantivy_mb": _dir_size(Path(str(db) + ".search")) / 1e6}


def ref_map(conn: sqlite3.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT article_id, ref FROM search_doc"))


def cmd_index(args: argparse.Namespace) -> None:
    stats = build_index(Path(args.db), args.limit)
    print(json.dumps(stats, indent=1))


# -- protected names ----------------------------------------------------------------------------
def cmd_names(args: argparse.Namespace) -> None:
    """Regenerate src/marsad/search/names.py: name tokens from ANERgazet (LOC, PERS) and CLDR
    country names (babel), frequent in the ANT corpus (≥ MIN_FREQ occurrences as a word, with or
    without the article), excluding tokens that are the nisba of a place (``مصري`` of ``مصر``)."""
    from marsad.search.analyzer import surface_key, words

    min_freq = args.min_freq
    counts: Counter[str] = Counter()
    for doc in read_ant(limit=args.limit):
        for w in words(doc.title + " " + doc.lead + " " + doc.body):
            k = surface_key(w).replace("ى", "ي")
            if w.startswith("ال") and len(k) > 4:
                k = k[2:]
            counts[k] += 1
    gaz = SHARED / "gazetteers" / "anergazet"
    sources: dict[str, set[str]] = {"loc": set(), "pers": set()}
    for kind in sources:
        for line in (gaz / f"{kind}.txt").read_text(encoding="utf-8").splitlines():
            for w in words(line):
                sources[kind].add(w)
    ner = SHARED / "ner" / "anercorp" / "ANERcorp_train_original.txt"
    if ner.exists():
        for line in ner.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[1][2:] in ("LOC", "PERS"):
                sources["loc" if parts[1].endswith("LOC") else "pers"].add(parts[0])
    wikidata = SHARED / "gazetteers" / "wikidata-person-name-tokens-en-ar.tsv"
    if wikidata.exists():
        for line in wikidata.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2].isdigit() and int(parts[2]) >= 3:
                sources["pers"].add(parts[1].replace(" ", ""))
    cldr: set[str] = set()
    try:
        from babel import Locale

        for name in Locale("ar").territories.values():
            for w in words(name):
                sources["loc"].add(w)
                k = surface_key(w).replace("ى", "ي")
                cldr.add(k[2:] if w.startswith("ال") and len(k) > 4 else k)
    except Exception as exc:  # noqa: BLE001
        print("babel/CLDR unavailable:", exc)
    candidates: dict[str, str] = {}
    for kind, ws in sources.items():
        for w in ws:
            k = surface_key(w).replace("ى", "ي")
            if w.startswith("ال") and len(k) > 4:  # not ألمانيا
                k = k[2:]
            if len(k) >= 3 and re.fullmatch(r"[\u0621-\u064a]+", k):
                candidates.setdefault(k, kind)
    places = {k for k, kind in candidates.items() if kind == "loc"}
    # Names the gazetteers miss (بوتين, ماكرون, أردوغان, عفرين): frequent words whose light10 stem
    # no other frequent form shares, so the ending only looks like a suffix.
    import marsad.search.stemmer as stemmer

    saved = stemmer.LISTED_NAMES
    stemmer.LISTED_NAMES = frozenset()
    groups: dict[str, list[str]] = {}
    for k in counts:
        if len(k) >= 4 and re.fullmatch(r"[\u0621-\u064a]+", k):
            groups.setdefault(stemmer.light_stem(k), []).append(k)
    stemmer.LISTED_NAMES = saved
    private = set()
    for stem, forms in groups.items():
        for k in forms:
            others = sum(counts[f] for f in forms if f != k) + counts.get(stem, 0) * (stem != k)
            if stem != k and counts[k] >= 2 * min_freq and others * 20 < counts[k]:
                private.add(k)
    for k in private:
        candidates.setdefault(k, "private")
    # ANERcorp tokens are not clitic-segmented, and a private stem may belong to a clitic form: drop
    # ``بلبنان``, ``والبحرين``, ``لايران`` when the bare name is there and more frequent (``باريس`` stays).
    for k in list(candidates):
        bare = next((k[len(p):] for p in ("وال", "بال", "كال", "فال", "لل") if k.startswith(p)), None)
        if (bare and (bare in candidates or "ال" + bare in candidates)) or (
            k[0] in "وفبلك" and k[1:] in candidates and counts[k[1:]] > counts[k]
        ):
            del candidates[k]
    keep = sorted(
        k for k in candidates
        if counts[k] >= min_freq
        and not (k.endswith("ي") and k[:-1] in places)
        and not k.endswith("يه")
        and not (k.endswith("ات") and k not in cldr)
    )
    body = "\n".join("    " + " ".join(keep[i:i + 10]) for i in range(0, len(keep), 10))
    out = ROOT / "src" / "marsad" / "search" / "names.py"
    out.write_text(
        '"""Protected names: the light stemmer never cuts these (search-key form, ``ى`` folded, no\n'
        "article). Generated by ``python bench/search.py names``: name tokens of ANERgazet (LOC, PERS;\n"
        "Benajiba et al. 2007), of ANERcorp's LOC/PERS tokens (train split), of Wikidata person-name\n"
        "tokens (seen ≥ 3 times; CC0), words of the corpus whose light10 stem no other frequent form shares\n"
        "(≥ 2 × the frequency floor, other forms < 5 % of it: ``بوتين``, ``ماكرون``, ``عفرين``), and\n"
        "the words of CLDR's Arabic country names (via babel), each occurring at least\n"
        f"{min_freq} times in the ANT multi-source corpus (Chouigui et al. 2017), minus nisba adjectives of\n"
        "places (``مصري`` of ``مصر``, which should stem to the place) and gazetteer words ending in the\n"
        "adjective ending ``ية`` (``الشعبية`` must still meet ``شعبي``) or the plural ending ``ات`` unless\n"
        "in a CLDR country name (``الإمارات``). Add names by hand below the\n"
        'generated block."""\n\n'
        "_GENERATED = \"\"\"\n" + body + '\n"""\n\n'
        "#: Names added by hand: frequent 2018 names missing from the sources above, and names ending in a\n"
        "#: light10 suffix.\n"
        '_ADDED = """\n    الله طالبان نصره حوثي سعوديه جونسون سيستاني غنوشي شارقه عجمان فجيره فلوجه لاذقيه اسكندريه\n'
        '    ظواهري قاعده مالكي بغدادي حلب ادلب منبج داعش حماس ترامب دبي تكريت سيناء تبوك كيم عون حفتر\n'
        '    جعجع ظريف لافروف اوباما تيريزا طرطوس\n"""\n\n'
        "PROTECTED_NAMES: frozenset[str] = frozenset(_GENERATED.split()) | frozenset(_ADDED.split())\n",
        encoding="utf-8",
    )
    print(f"{len(keep)} protected names written to {out}")


def ant_key_counts(limit: int | None = None) -> tuple[Counter[str], Counter[str]]:
    """``(keys, article_keys)``: occurrences of each search key (``ى`` folded to ``ي``) of the
    words of ANT's titles, leads and bodies, and of the keys of the words written with a definite
    article (``ال``, ``وال``, ``بال``, ``كال``, ``فال`` with a plain alef: ``ألوان`` also keys to
    ``الوان`` but has no article)."""
    from marsad.search.analyzer import surface_key, words

    raw: Counter[str] = Counter()
    for doc in read_ant(limit=limit):
        raw.update(words(doc.title + " " + doc.lead + " " + doc.body))
    counts: Counter[str] = Counter()
    article: Counter[str] = Counter()
    for w, c in raw.items():
        k = surface_key(w).replace("ى", "ي")
        if k:
            counts[k] += c
            if _WRITTEN_ARTICLE_RE.match(w):
                article[k] += c
    return counts, article


#: Definite-article prefixes whose rest is counted as "attested after the article" (``لل`` is left
#: out: ``للجنة`` is ``ل`` + ``اللجنة``, its rest ``جنه`` is no stem).
_ARTICLE_FORMS = ("وال", "بال", "كال", "فال", "ال")
#: Place names of the name list that the gazetteers miss and that look like ``ب`` + a noun
#: (``بعقوبة``, Baqubah: ``ب`` + ``عقوبة`` "punishment").
_PLACE_NAMES = frozenset({"بعقوبه"})
#: Words that open with ``ال`` that is no article (the name of God and its vocative).
_NOT_ARTICLE = frozenset({"الله", "اللهم"})
_WRITTEN_ARTICLE_RE = re.compile("^[وفبك]?\u0627\u0644")


def name_token_keys() -> set[str]:
    """Search keys of the person and place name tokens of ``../shared/gazetteers``: Wikidata
    person-name tokens (CC0; letters spaced in the file) and ANERgazet PERS/LOC words."""
    from marsad.search.analyzer import surface_key, words

    out: set[str] = set()
    wikidata = SHARED / "gazetteers" / "wikidata-person-name-tokens-en-ar.tsv"
    if wikidata.exists():
        for line in wikidata.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                out.add(surface_key(parts[1].replace(" ", "")).replace("ى", "ي"))
    for kind in ("pers", "loc"):
        path = SHARED / "gazetteers" / "anergazet" / f"{kind}.txt"
        if path.exists():
            for w in words(path.read_text(encoding="utf-8")):
                out.add(surface_key(w).replace("ى", "ي"))
    out.discard("")
    return out


def cmd_lexicon(args: argparse.Namespace) -> None:
    """Regenerate src/marsad/search/clitic_stems.py from the ANT corpus: the light10 stems
    (:func:`marsad.search.stemmer.core_stem`) of the words written after a definite article
    (``ال وال بال كال فال`` + rest of ≥ 3 letters), with their occurrences. A stem opening with
    ``و ف ب ل ك`` is clitic-initial (the letter is the stem's) when seen after the article
    ≥ ``--min-root`` times and in ≥ ``--min-root-share`` of the occurrences of the words of that
    stem without it (``الوزارة`` 1,231 of ``وزارة`` … 4,934: ``و`` is a root letter; ``الواكد`` 6 of
    ``واكد`` … 3,774: a typo), or when a word of it is a gazetteer name (``كلوب``, ``بسام``). Stems
    seen after the article ≥ ``--min-noun`` times that are also the stem of a rest after a lone
    ``ب ل ك`` somewhere in the corpus are the article stems a proclitic may be cut before."""
    import marsad.search.stemmer as stemmer
    from marsad.search.stemmer import (
        ALEF_MAQSURA_PARTICLES,
        LISTED_NAMES,
        SINGLE_PROCLITICS,
        STRIPPED_PROCLITICS,
        core_stem,
    )

    stemmer.PROTECTED_NAMES = LISTED_NAMES  # the lexicon is made with the whole name list
    PROTECTED_NAMES = LISTED_NAMES

    counts, article_counts = ant_key_counts(args.limit)
    arabic = re.compile(r"[\u0621-\u064a]+")
    after_article: Counter[str] = Counter()
    for k, c in article_counts.items():
        if not arabic.fullmatch(k) or k in ALEF_MAQSURA_PARTICLES or k in _NOT_ARTICLE:
            continue
        for p in _ARTICLE_FORMS:
            if k.startswith(p) and len(k) - len(p) >= 3:
                after_article[core_stem(k[len(p):])] += c
                break
    bare: Counter[str] = Counter()
    names = name_token_keys()
    named: set[str] = set()
    rests: set[str] = set()
    for k, c in counts.items():
        if len(k) < 3 or k[0] not in SINGLE_PROCLITICS or not arabic.fullmatch(k):
            continue
        if k.startswith(_ARTICLE_FORMS):
            continue
        core = core_stem(k)
        bare[core] += c
        if k in names and k not in PROTECTED_NAMES:
            named.add(core)
        if len(k) > 3 and k[0] in STRIPPED_PROCLITICS:
            rests.add(core_stem(k[1:]))
    clitic_initial = sorted(
        s for s, c in after_article.items()
        if len(s) >= 3 and s[0] in SINGLE_PROCLITICS
        and c >= args.min_root and c >= args.min_root_share * bare[s]
    )
    strong = sorted(s for s in clitic_initial if after_article[s] >= args.min_root_strong)
    named_stems = sorted(s for s in named if len(s) >= 3 and s not in clitic_initial)
    article_stems = sorted(
        s for s, c in after_article.items() if c >= args.min_noun and len(s) >= 3 and s in rests
    )

    # Words the name list took for names because ``ب ل ك`` was never cut (its "private stem"
    # rule): a lone proclitic before an article stem, no gazetteer name (``بجامعه``, ``لوزاره``;
    # ``بكين`` Beijing, ``كيري`` Kerry, ``بشار`` stay).
    clitic_forms = sorted(
        w for w in PROTECTED_NAMES
        if len(w) > 3 and w[0] in STRIPPED_PROCLITICS and not w[1:].startswith("ال")
        and core_stem(w[1:]) in article_stems and w not in names and w not in _PLACE_NAMES
        and not (w[1:] in PROTECTED_NAMES or core_stem(w) in clitic_initial)
    )

    def block(items: list[str]) -> str:
        return "\n".join("    " + " ".join(items[i:i + 12]) for i in range(0, len(items), 12))

    out = ROOT / "src" / "marsad" / "search" / "clitic_stems.py"
    out.write_text(
        '"""Clitic lexicon of the search stemmer (:func:`marsad.search.stemmer.stems`): which stems a\n'
        "word-initial ``و ف ب ل ك`` belongs to, and which stems a lone proclitic ``ب ل ك`` may be cut\n"
        "before. Generated by ``python bench/search.py lexicon`` from the ANT multi-source corpus v2.1\n"
        "(Chouigui et al. 2017; titles, leads and bodies of its 31,525 articles; search keys, ``ى`` → ``ي``).\n"
        "A stem is *attested after the article* when words ``ال``/``وال``/``بال``/``كال``/``فال`` + rest\n"
        "whose light10 stem (:func:`marsad.search.stemmer.core_stem`) it is occur that often: a word\n"
        "the article is written before is a noun or adjective, and its first letter is no proclitic\n"
        "(``الوزارة``: the ``و`` of ``وزارة`` is a root letter). This is the lexicon check of\n"
        "Farasa's segmenter (Abdelali, Darwish, Durrani, Mubarak, NAACL 2016) made from the corpus.\n\n"
        f"* :data:`CLITIC_INITIAL_STEMS` ({len(clitic_initial)}): stems opening with ``و ف ب ل ك`` attested\n"
        f"  after the article ≥ {args.min_root} times and in ≥ {args.min_root_share:.0%} of the occurrences of their\n"
        "  words without it (``وزار``, ``ورق``, ``واد``, ``وجود``, ``فرق``, ``كتاب``);\n"
        f"* :data:`STRONG_CLITIC_INITIAL_STEMS` ({len(strong)}): those seen after the article ≥ {args.min_root_strong}\n"
        "  times: they win over a protected name in the rest of the word (``وادي`` → ``واد``, not ``ادي``);\n"
        f"* :data:`NAME_INITIAL_STEMS` ({len(named_stems)}): the other stems of corpus words opening with\n"
        "  ``و ف ب ل ك`` that are person or place name tokens of the gazetteers (Wikidata person-name\n"
        "  tokens, CC0; ANERgazet PERS/LOC): no ``ب ل ك`` is cut from them (``كلوب``, ``بسام``);\n"
        f"* :data:`CLITIC_FORM_NAMES` ({len(clitic_forms)}): words of the protected-name list\n"
        "  (:mod:`marsad.search.names`) that are a lone ``ب ل ك`` before an article stem and no\n"
        "  gazetteer name (``بجامعه``, ``لوزاره``): the search stemmer does not protect them;\n"
        f"* :data:`ARTICLE_STEMS` ({len(article_stems)}): stems attested after the article ≥ {args.min_noun} times\n"
        "  that are also the stem of the rest of a corpus word after a lone ``ب ل ك`` (``جامع``,\n"
        '  ``شرك``, ``قرار``, ``مجلس``)."""\n\n'
        f"_CLITIC_INITIAL = \"\"\"\n{block(clitic_initial)}\n\"\"\"\n\n"
        f"_STRONG = \"\"\"\n{block(strong)}\n\"\"\"\n\n"
        f"_NAME_INITIAL = \"\"\"\n{block(named_stems)}\n\"\"\"\n\n"
        f"_CLITIC_FORM_NAMES = \"\"\"\n{block(clitic_forms)}\n\"\"\"\n\n"
        f"_ARTICLE = \"\"\"\n{block(article_stems)}\n\"\"\"\n\n"
        "CLITIC_INITIAL_STEMS: frozenset[str] = frozenset(_CLITIC_INITIAL.split())\n"
        "STRONG_CLITIC_INITIAL_STEMS: frozenset[str] = frozenset(_STRONG.split())\n"
        "NAME_INITIAL_STEMS: frozenset[str] = frozenset(_NAME_INITIAL.split())\n"
        "CLITIC_FORM_NAMES: frozenset[str] = frozenset(_CLITIC_FORM_NAMES.split())\n"
        "ARTICLE_STEMS: frozenset[str] = frozenset(_ARTICLE.split())\n",
        encoding="utf-8",
    )
    print(f"{len(clitic_initial)} clitic-initial stems, {len(named_stems)} name stems, {len(clitic_forms)} clitic-form names, {len(article_stems)} article stems written to {out}")


# -- relevance set --------------------------------------------------------------------------------
#: Queries of the relevance set and their judging criterion: an article is relevant when its title
#: or lead (first paragraph) contains the topic, written in any of the spellings of the regular
#: expression (clitics allowed before, up to four letters of suffix after). The criterion reads the
#: raw text and is independent of Marsad's analyzer.
RELEVANCE_QUERIES: list[tuple[str, str]] = [
    ("الإرهاب", "[إا]رهاب"), ("الارهاب", "[إا]رهاب"), ("فلسطين", "فلسطين"), ("القدس", "القدس"),
    ("ترامب", "ترامب|ترمب"), ("بوتين", "بوتين"), ("روسيا", "روسيا"), ("سوريا", "سوريا|سورية"),
    ("إيران", "[إا]يران"), ("السعودية", "السعودي"), ("الإمارات", "[إا]مارات"), ("قطر", "قطر"),
    ("مصر", "مصر"), ("العراق", "العراق"), ("اليمن", "اليمن"), ("الحوثي", "حوثي"), ("داعش", "داعش"),
    ("إسرائيل", "[إا]سرائيل"), ("الانتخابات", "انتخاب"), ("الاقتصاد", "اقتصاد"), ("النفط", "نفط"),
    ("كرة القدم", "كرة القدم|كرة قدم"), ("كأس العالم", "ك[أا]س العالم|مونديال"), ("المنتخب", "منتخب"),
    ("مستشفى", "مستشف[ىي]"), ("السرطان", "سرطان"), ("الفيلم", "فيلم"), ("الهاتف", "هاتف|هواتف"),
    ("غوغل", "غوغل|جوجل"), ("فيسبوك", "فيسبوك|فيس بوك"), ("المرأة", "مر[أا]ة"), ("اللاجئين", "لاجئ"),
    ("الأمم المتحدة", "[أا]مم المتحدة"), ("ولي العهد", "ولي العهد"), ("محمد بن سلمان", "بن سلمان"),
    ("ماكرون", "ماكرون"), ("أردوغان", "[أا]ردوغان"), ("الكويت", "الكويت"), ("لبنان", "لبنان"),
    ("مُحَمَّد صلاح", "محمد صلاح"), ("تونس", "تونس"), ("الجزائر", "الجزائر"), ("اسرائيل", "[إا]سرائيل"),
    ("الامارات", "[إا]مارات"),
    # rarer topics: few relevant articles, spellings and clitics vary
    ("الروهينغا", "روهينغا|روهينجا"), ("الخوذ البيضاء", "الخوذ البيضاء"), ("صفقة القرن", "صفقة القرن"),
    ("سكريبال", "سكريبال"), ("خاشقجي", "خاشقجي"), ("الغوطة", "الغوطة"), ("بيتكوين", "بيتكوين|بتكوين"),
    ("الكوليرا", "كوليرا"), ("الزلزال", "زلزال|زلازل"), ("ناسا", "ناسا"), ("الأوسكار", "[أا]وسكار"),
    ("مستشفي", "مستشف[ىي]"), ("الاخوان", "[إا]خوان"), ("عَفْرِين", "عفرين"), ("القران", "القر[آا]ن"),
]


def _criterion(core: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وفبلك]?(?:ال|لل)?(?:{core})\w{{0,4}}(?!\w)")


def judge(doc: Doc, crit: re.Pattern[str]) -> bool:
    return crit.search(doc.title) is not None or crit.search(doc.lead) is not None


# -- the systems compared -----------------------------------------------------------------------
class Marsad:
    name = "Marsad (analyzer + tantivy index beside the store)"

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(str(db))
        self.refs = ref_map(self.conn)

    def top(self, q: str, k: int = 10, snippets: bool = False) -> list[str]:
        from marsad.search.index import run_query

        return [h["ref"] for h in run_query(self.conn, q, k, snippets=snippets).hits]

    def count(self, q: str) -> int:
        from marsad.search.index import FIELDS, _catch_up, _plan_query, _weights
        from marsad.search.query import compile_query, parse

        plan = compile_query(parse(q)).plan
        if plan is None:
            return 0
        side = _catch_up(self.conn, [])
        query = _plan_query(plan, dict(zip(FIELDS, _weights(), strict=True)))
        return side.searcher.search(query, 1).count


class PlainFTS5:
    name = "FTS5 unicode61 remove_diacritics 2"

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(str(db))

    @staticmethod
    def build(db: Path, docs: list[Doc]) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        conn = sqlite3.connect(str(db))
        conn.execute("CREATE VIRTUAL TABLE f USING fts5(ref UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')")
        conn.executemany("INSERT INTO f(ref, title, body) VALUES (?, ?, ?)",
                         ((d.docno, d.title, d.lead + "\n" + d.body) for d in docs))
        conn.commit()
        conn.execute("INSERT INTO f(f) VALUES ('optimize')")
        conn.commit()
        conn.close()

    @staticmethod
    def fts_query(q: str) -> str:
        phrases = re.findall(r'"([^"]*)"', q)
        rest = re.sub(r'"[^"]*"', " ", q)
        parts = ['"' + p.replace('"', "") + '"' for p in phrases] + ['"' + w.replace('"', "") + '"' for w in rest.split()]
        return " AND ".join(parts) or '""'

    def top(self, q: str, k: int = 10) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT ref FROM f WHERE f MATCH ? ORDER BY bm25(f, 0, 6, 1) LIMIT ?", (self.fts_query(q), k))]

    def count(self, q: str) -> int:
        return self.conn.execute("SELECT count(*) FROM f WHERE f MATCH ?", (self.fts_query(q),)).fetchone()[0]


class Tantivy:
    name = "tantivy (simple + lowercase + Arabic stemmer)"

    def __init__(self, path: Path, docs: list[Doc] | None = None) -> None:
        import tantivy

        self.t = tantivy
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("ref", stored=True, tokenizer_name="raw")
        sb.add_text_field("title", tokenizer_name="ar")
        sb.add_text_field("body", tokenizer_name="ar")
        schema = sb.build()
        analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
                    .filter(tantivy.Filter.stemmer("arabic")).build())
        if docs is not None:
            import shutil

            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)
        self.index = tantivy.Index(schema, path=str(path))
        self.index.register_tokenizer("ar", analyzer)
        if docs is not None:
            w = self.index.writer(heap_size=200_000_000, num_threads=1)
            for d in docs:
                w.add_document(tantivy.Document(ref=d.docno, title=d.title, body=d.lead + "\n" + d.body))
            w.commit()
            w.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def _q(self, q: str):
        query, _errors = self.index.parse_query_lenient(q, ["title", "body"], field_boosts={"title": 6.0},
                                                        conjunction_by_default=True)
        return query

    def top(self, q: str, k: int = 10) -> list[str]:
        res = self.searcher.search(self._q(q), k)
        return [self.searcher.doc(addr)["ref"][0] for _score, addr in res.hits]

    def count(self, q: str) -> int:
        return self.searcher.search(self._q(q), 1).count


#: The FTS5 table of the last session's design (contentless, six columns, ``ascii`` tokenizer).
FTS5_DDL = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
            "kt, kl, kb, st, sl, sb, content='', tokenize='ascii')")
FTS5_INSERT = "INSERT INTO search_fts(rowid, kt, kl, kb, st, sl, sb) VALUES (?, ?, ?, ?, ?, ?, ?)"


class MarsadFTS5:
    """Marsad's analysis (the same token streams) in FTS5, ranked by ``bm25()`` with the same
    weights: the index design before this one, kept to compare latency and build cost in one run."""

    name = "Marsad analysis + FTS5 (previous design)"

    def __init__(self, db: Path, docs: list[Doc] | None = None) -> None:
        from marsad.search.index import article_fields

        if docs is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
        self.conn = sqlite3.connect(str(db))
        # the previous design's weights (title 6, lead 2.5, body 1, stems × 0.6)
        self.wsql = ", ".join(str(w) for w in (6.0, 2.5, 1.0, 3.6, 1.5, 0.6))
        if docs is not None:
            from marsad.search.analyzer import analyze_text

            self.conn.execute(FTS5_DDL)
            self.conn.execute("CREATE TABLE refs (id INTEGER PRIMARY KEY, ref TEXT)")
            rows = []
            for i, d in enumerate(docs, 1):
                title, lead, body = article_fields(to_article(d))
                (kt, st), (kl, sl), (kb, sb) = analyze_text(title), analyze_text(lead), analyze_text(body)
                rows.append((i, kt, kl, kb, st, sl, sb))
            c0 = time.process_time()
            for i in range(0, len(rows), 500):
                self.conn.executemany(FTS5_INSERT, rows[i:i + 500])
                self.conn.commit()
            self.insert_cpu_ms_per_article = 1000 * (time.process_time() - c0) / max(1, len(rows))
            self.conn.executemany("INSERT INTO refs VALUES (?, ?)", ((i, d.docno) for i, d in enumerate(docs, 1)))
            self.conn.commit()
        self.refs = dict(self.conn.execute("SELECT id, ref FROM refs"))

    def _match(self, q: str) -> str | None:
        from marsad.search.query import compile_query, parse

        return compile_query(parse(q)).match

    def ranked(self, q: str, k: int = 40) -> list[tuple[int, float]]:
        m = self._match(q)
        if m is None:
            return []
        return self.conn.execute(
            f"SELECT rowid, bm25(search_fts, {self.wsql}) AS s FROM search_fts WHERE search_fts MATCH ? "
            "ORDER BY s LIMIT ?", (m, k)).fetchall()

    def top(self, q: str, k: int = 10) -> list[str]:
        return [self.refs[i] for i, _ in self.ranked(q, k)]

    def count(self, q: str) -> int:
        m = self._match(q)
        return self.conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (m,)).fetchone()[0] if m else 0


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def variant_docs() -> tuple[list[Doc], list[dict], list[dict]]:
    v = json.loads((DATA / "variants.json").read_text(encoding="utf-8"))
    docs: list[Doc] = []

    def add(word: str) -> str:
        ref = f"V{len(docs)}"
        docs.append(Doc(ref, "", "", f"خبر رقم {len(docs)}", "", f"قال المصدر إن {word} كان في الخبر.", "", ""))
        return ref

    for pair in v["pairs"]:
        pair["ref_a"], pair["ref_b"] = add(pair["a"]), add(pair["b"])
    for c in v["confusables"]:
        c["ref"] = add(c["text"])
    add("نص آخر لا علاقة له")
    return docs, v["pairs"], v["confusables"]


def _latency(fn, queries: list[str], repeat: int = 5) -> dict[str, float]:
    """p50/p95 in ms of thread CPU time (what a query costs) and of wall time (what it took on this
    shared machine, including waits for a core), over ``repeat`` rounds after one warm-up round."""
    for q in queries:
        fn(q)
    cpu, wall = [], []
    for _ in range(repeat):
        for q in queries:
            c0, t0 = time.thread_time(), time.perf_counter()
            fn(q)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
    cpu.sort()
    wall.sort()
    p = lambda xs, f: round(xs[int(f * (len(xs) - 1))], 3)  # noqa: E731
    return {"cpu_p50": p(cpu, 0.5), "cpu_p95": p(cpu, 0.95), "wall_p50": p(wall, 0.5), "wall_p95": p(wall, 0.95)}


def ranking_step(conn: sqlite3.Connection):
    """``fn(query)``: the ranking step alone — compile, tantivy top ``3 × 10 + 10`` (BM25, block-max
    pruning), article ids and duplicate keys from the fast fields."""
    from marsad.search.index import FIELDS, _catch_up, _plan_query, _weights
    from marsad.search.query import compile_query, parse

    side = _catch_up(conn, [])
    weights = dict(zip(FIELDS, _weights(), strict=True))

    def fn(q: str) -> list:
        plan = compile_query(parse(q)).plan
        if plan is None:
            return []
        hits = side.searcher.search(_plan_query(plan, weights), 40, count=False).hits
        addresses = [a for _, a in hits]
        return list(zip(side.searcher.fast_field_values("article_id", addresses),
                        side.searcher.fast_field_values("dup", addresses), strict=True))

    return fn


def marsad_latency(conn: sqlite3.Connection, queries: list[str], repeat: int = 5) -> dict[str, dict]:
    """Latency of the product path on ``conn``: ``search()`` (what the user gets: catch-up check,
    ranking, de-duplication, filters, titles, snippets and highlights of the top 10), the same
    without snippets, and the ranking step alone."""
    from marsad.search.index import run_query, search

    return {
        "marsad search() (top 10 with snippets)": _latency(lambda q: search(conn, q, 10), queries, repeat),
        "marsad run_query(snippets=False)": _latency(
            lambda q: run_query(conn, q, 10, snippets=False), queries, repeat),
        "marsad ranking step (tantivy top 40 + fast fields)": _latency(ranking_step(conn), queries, repeat),
    }


def cmd_latency(args: argparse.Namespace) -> None:
    """Latency of the one-word relevance queries on a store made by ``marsad ingest`` (the product
    path end to end), p50/p95 of thread CPU and wall time."""
    import platform

    from marsad.search import index

    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    t0 = time.perf_counter()
    st = index.sync(conn, wait=True)
    out = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "python": platform.python_version(),
           "store": args.db, "articles": conn.execute("SELECT count(*) FROM search_doc").fetchone()[0],
           "catch_up": {"added": st.added, "s": round(time.perf_counter() - t0, 1)}}
    one_word = [q for q, _ in RELEVANCE_QUERIES if " " not in q]
    out["queries"] = len(one_word)
    out["latency_ms"] = marsad_latency(conn, one_word, args.repeat)
    if args.filters:
        fq = [f"{q} {args.filters}" for q in one_word]
        out["latency_ms_with_filters"] = {args.filters: _latency(lambda q: index.search(conn, q, 10), fq, args.repeat)}
    print(json.dumps(out, ensure_ascii=False, indent=1))


def cmd_ingestcost(args: argparse.Namespace) -> None:
    """CPU cost of the search index inside the real ingest path (``marsad.store.ingest.ingest``,
    core stages, batches of 500): process CPU of ``article_rows`` (in each article's savepoint),
    ``save_rows`` (before each COMMIT) and ``after_commit`` (the tantivy index, after it), per
    article; and, side by side, what the previous design's FTS5 insert of the same token streams
    cost (an FTS5 table in a scratch connection, fed the same batches; not part of the product)."""
    import shutil

    from marsad.pipeline import CORE_STAGES
    from marsad.search import index
    from marsad.store.ingest import ingest

    db = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(str(db) + ".search", ignore_errors=True)
    cpu = {"article_rows": 0.0, "save_rows": 0.0, "after_commit": 0.0, "fts5_insert (previous design)": 0.0}
    scratch = sqlite3.connect(":memory:")
    scratch.execute(FTS5_DDL)
    real = {n: getattr(index, n) for n in ("article_rows", "save_rows", "after_commit")}

    def timed(name):
        fn = real[name]

        def wrapper(*a):
            c0 = time.process_time()
            try:
                return fn(*a)
            finally:
                cpu[name] += time.process_time() - c0
        return wrapper

    def save_rows_and_fts5(conn, batch):
        timed("save_rows")(conn, batch)
        c0 = time.process_time()
        scratch.execute("BEGIN")
        scratch.executemany(FTS5_INSERT, [(b[0][0], *b[3]) for b in batch])
        scratch.execute("COMMIT")
        cpu["fts5_insert (previous design)"] += time.process_time() - c0

    index.article_rows = timed("article_rows")
    index.save_rows = save_rows_and_fts5
    index.after_commit = timed("after_commit")
    c0, t0 = time.process_time(), time.perf_counter()
    summary = ingest([str(ANT)], db, only=CORE_STAGES, limit=args.limit)
    total_cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    n = summary.stored
    out = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "articles": n,
           "ingest_cpu_ms_per_article": round(1000 * total_cpu / n, 3), "wall_s": round(wall, 1),
           "search_cpu_ms_per_article": {k: round(1000 * v / n, 3) for k, v in cpu.items()}}
    product = sum(v for k, v in cpu.items() if not k.startswith("fts5"))
    out["search_index_total_ms_per_article"] = round(1000 * product / n, 3)
    out["search_index_share_of_ingest_cpu"] = round(product / (total_cpu - cpu["fts5_insert (previous design)"]), 3)
    print(json.dumps(out, ensure_ascii=False, indent=1))


def cmd_bench(args: argparse.Namespace) -> None:
    import platform

    try:
        import tantivy  # noqa: F401
    except ImportError:
        sys.exit("tantivy is not installed: pip install -e '.[bench]'")
    out: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "python": platform.python_version(),
                 "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores (shared)"}
    t0 = time.perf_counter()
    docs = list(read_ant(limit=args.limit))
    out["articles"] = len(docs)
    out["read_s"] = round(time.perf_counter() - t0, 1)
    by_ref = {d.docno: d for d in docs}
    db = Path(args.db)
    build: dict[str, dict] = {}
    if not args.reuse or not db.exists():
        st = build_index(db, args.limit)
        build["marsad"] = {"build_s": round(st["total_s"] - st["read_s"], 1), "size_mb": round(st["size_mb"], 1),
                           "sqlite_mb": round(st["sqlite_mb"], 1), "tantivy_mb": round(st["tantivy_mb"], 1),
                           "index_cpu_ms_per_article": st["index_cpu_ms_per_article"],
                           "cpu_ms_per_article": st["cpu_ms_per_article"]}
    else:
        build["marsad"] = {"build_s": None, "size_mb": round((db.stat().st_size + _dir_size(Path(str(db) + ".search"))) / 1e6, 1)}
    plain_db = Path(args.db + ".plain")
    reuse = args.reuse and plain_db.exists()
    t0 = time.perf_counter()
    if not reuse:
        PlainFTS5.build(plain_db, docs)
    build["fts5"] = {"build_s": None if reuse else round(time.perf_counter() - t0, 1),
                     "size_mb": round(plain_db.stat().st_size / 1e6, 1)}
    tdir = Path(args.db + ".tantivy")
    t0 = time.perf_counter()
    tan = Tantivy(tdir, None if reuse else docs)
    build["tantivy"] = {"build_s": None if reuse else round(time.perf_counter() - t0, 1),
                        "size_mb": round(_dir_size(tdir) / 1e6, 1)}
    mfdb = Path(args.db + ".marsad-fts5")
    t0 = time.perf_counter()
    mfts = MarsadFTS5(mfdb, None if reuse else docs)
    build["marsad_fts5"] = {"build_s": None if reuse else round(time.perf_counter() - t0, 1),
                            "size_mb": round(mfdb.stat().st_size / 1e6, 1),
                            "fts5_insert_cpu_ms_per_article": round(getattr(mfts, "insert_cpu_ms_per_article", 0), 3) or None}
    out["build"] = build
    systems = {"marsad": Marsad(db), "fts5": PlainFTS5(plain_db), "tantivy": tan, "marsad_fts5": mfts}

    # variants and confusables on a small index of their own, per system
    vdocs, pairs, confusables = variant_docs()
    vdb = Path(args.db + ".variants")
    for suffix in ("", "-wal", "-shm"):
        Path(str(vdb) + suffix).unlink(missing_ok=True)
    from marsad.search import index as mindex

    conn = sqlite3.connect(str(vdb))
    mindex.create_schema(conn)
    for i, d in enumerate(vdocs, 1):
        mindex.save_article(conn, i, to_article(d))
    conn.commit()
    conn.close()
    PlainFTS5.build(Path(str(vdb) + ".plain"), vdocs)
    vsys = {"marsad": Marsad(vdb), "fts5": PlainFTS5(Path(str(vdb) + ".plain")),
            "tantivy": Tantivy(Path(str(vdb) + ".tantivy"), vdocs)}
    variants: dict[str, dict] = {}
    for name, sysm in vsys.items():
        both = 0
        missed = []
        for p in pairs:
            ok_ab = p["ref_b"] in sysm.top(p["a"], 50)
            ok_ba = p["ref_a"] in sysm.top(p["b"], 50)
            both += ok_ab and ok_ba
            if not (ok_ab and ok_ba):
                missed.append(p["kind"])
        kept = [c for c in confusables if c["ref"] not in sysm.top(c["query"], 50)]
        variants[name] = {"pairs_both_ways": f"{both}/{len(pairs)}", "missed": missed,
                          "confusables_kept_apart": f"{len(kept)}/{len(confusables)}",
                          "confusables_merged": [c["kind"] for c in confusables if c not in kept]}
    out["variants"] = variants

    # corpus: the example, relevance, latency
    out["corpus_counts"] = {name: {q: s.count(q) for q in ("الإرهاب", "الارهاب", "علي", '"علي"', "على")}
                            for name, s in systems.items()}
    rel_out = []
    metrics: dict[str, dict[str, float]] = {n: {"p10": 0.0, "r10": 0.0, "r100": 0.0} for n in systems}
    for q, core in RELEVANCE_QUERIES:
        crit = _criterion(core)
        n_rel = sum(judge(d, crit) for d in docs)
        judged: dict[str, int] = {}
        row = {"query": q, "criterion": core, "n_relevant": n_rel}
        for name, s in systems.items():
            top100 = s.top(q, 100)
            rel100 = {by_ref[r].title + by_ref[r].lead for r in top100 if judge(by_ref[r], crit)}
            n_rel_distinct = len({d.title + d.lead for d in docs if judge(d, crit)})
            metrics[name]["r100"] += len(rel100) / max(1, min(100, n_rel_distinct))
            top = s.top(q, 10)
            rel = [r for r in top if judge(by_ref[r], crit)] if top else []
            for r in top:
                judged[r] = int(judge(by_ref[r], crit))
            metrics[name]["p10"] += len(rel) / 10
            metrics[name]["r10"] += len(rel) / max(1, min(10, n_rel))
            row[name] = {"p10": len(rel) / 10, "r10": round(len(rel) / max(1, min(10, n_rel)), 2)}
        row["judged"] = dict(sorted(judged.items()))
        rel_out.append(row)
    nq = len(RELEVANCE_QUERIES)
    out["relevance"] = {n: {"P@10": round(m["p10"] / nq, 3), "R@10": round(m["r10"] / nq, 3),
                            "R@100 (distinct title+lead)": round(m["r100"] / nq, 3)} for n, m in metrics.items()}
    out["relevance_queries"] = [{k: v for k, v in r.items() if k != "judged"} for r in rel_out]
    if args.write_relevance:
        (DATA / "relevance.json").write_text(json.dumps({
            "about": "Relevance set over the ANT multi-source corpus v2.1 (Chouigui et al. 2017). An article is "
                     "relevant to a query when its title or lead contains the topic in one of the spellings of "
                     "`criterion` (a regular expression on raw text; clitics allowed before, up to 4 letters after). "
                     "`n_relevant`: relevant articles in the whole corpus (duplicates counted). `judged`: the "
                     "pooled top-10 hits of Marsad, plain FTS5, tantivy and Marsad-analysis-in-tantivy by DOCNO, "
                     "1 = relevant. "
                     "Built by `python bench/search.py bench --write-relevance`.",
            "queries": [{k: r[k] for k in ("query", "criterion", "n_relevant", "judged")} for r in rel_out],
        }, ensure_ascii=False, indent=1), encoding="utf-8")

    one_word = [q for q, _ in RELEVANCE_QUERIES if " " not in q]
    m = systems["marsad"]
    lat = marsad_latency(m.conn, one_word)
    lat["marsad_fts5 (previous design: FTS5 MATCH + bm25, top 40)"] = _latency(lambda q: mfts.ranked(q, 40), one_word)
    lat["fts5"] = _latency(lambda q: systems["fts5"].top(q, 10), one_word)
    lat["tantivy"] = _latency(lambda q: systems["tantivy"].top(q, 10), one_word)
    lat["marsad cold process, الإرهاب"] = None
    out["latency_ms"] = {k: v for k, v in lat.items() if v is not None}
    import subprocess

    cold = subprocess.run(
        [sys.executable, "-c", "import sqlite3,time,json;t0=time.perf_counter();from marsad.search.index import run_query;"
         f"c=sqlite3.connect({str(db)!r});t1=time.perf_counter();r=run_query(c,'الإرهاب');t2=time.perf_counter();"
         "print(json.dumps({'import_ms':(t1-t0)*1000,'query_ms':(t2-t1)*1000,'hits':len(r.hits),"
         "'spellings':sorted({h['snippet'][x['start']:x['end']] for h in r.hits for x in h['highlights']})}, ensure_ascii=False))"],
        capture_output=True, text=True, check=False)
    out["issue2_terrorism_cold_process"] = json.loads(cold.stdout) if cold.returncode == 0 else cold.stderr[-500:]
    print(json.dumps(out, ensure_ascii=False, indent=1))
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


# -- scaling ------------------------------------------------------------------------------------
def cmd_scale(args: argparse.Namespace) -> None:
    """The corpus replicated ``copies`` times into a store's search tables and indexed through the
    product path: ``search_doc`` rows (the real display text, each copy under new ids and its own
    duplicate key, as distinct articles), committed in batches, each followed by the store hook
    ``after_commit`` (the tantivy index beside the file). Then the latency of ``search()`` and of the
    ranking step for the one-word relevance queries (3 rounds after a warm-up)."""
    import shutil

    from marsad.search import index

    source = [index.article_rows(i, to_article(d)) for i, d in enumerate(read_ant(limit=args.limit), 1)]
    n = len(source)
    one_word = [q for q, _ in RELEVANCE_QUERIES if " " not in q]
    out: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "articles": n,
                 "batch": args.batch, "runs": {}}
    for copies in args.copies:
        db = Path(args.dir) / f"marsad-scale-{copies}.db"
        conn = _fresh_search_store(db)
        cpu = {"sqlite": 0.0, "tantivy": 0.0}
        t0 = time.perf_counter()
        batch: list = []

        def flush() -> None:
            c0 = time.process_time()
            conn.execute("BEGIN")  # noqa: B023
            index.save_rows(conn, batch)  # noqa: B023
            conn.execute("COMMIT")  # noqa: B023
            c1 = time.process_time()
            index.after_commit(conn, batch)  # noqa: B023
            cpu["sqlite"] += c1 - c0  # noqa: B023
            cpu["tantivy"] += time.process_time() - c1  # noqa: B023
            batch.clear()  # noqa: B023

        for c in range(copies):
            for i, (doc, tags, ents, streams) in enumerate(source):
                aid = c * n + i + 1
                dup = None if doc[7] is None else doc[7] ^ c
                batch.append(((aid, *doc[1:7], dup, doc[8]), [(aid, t) for _, t in tags],
                              [(aid, ty, nm) for _, ty, nm in ents], streams))
                if len(batch) >= args.batch:
                    flush()
        if batch:
            flush()
        run: dict = {"articles": n * copies, "build_wall_s": round(time.perf_counter() - t0, 1),
                     "build_cpu_s": {k: round(v, 1) for k, v in cpu.items()},
                     "tantivy_cpu_ms_per_article": round(1000 * cpu["tantivy"] / (n * copies), 3),
                     "sqlite_mb": round(db.stat().st_size / 1e6, 1),
                     "tantivy_mb": round(_dir_size(Path(str(db) + ".search")) / 1e6, 1)}
        assert index.verify(conn) == [], index.verify(conn)
        side = index._side(conn)
        run["segments"] = side.searcher.num_segments
        run["max_matches"] = max(Marsad.count(type("M", (), {"conn": conn})(), q) for q in one_word)
        run["latency_ms"] = marsad_latency(conn, one_word, repeat=3)
        out["runs"][copies] = run
        print(json.dumps(run, ensure_ascii=False), flush=True)
        conn.close()
        index._SIDES.clear()
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.rmtree(str(db) + ".search", ignore_errors=True)
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("index")
    s.add_argument("--db", default=str(DEFAULT_DB))
    s.add_argument("--limit", type=int)
    s.set_defaults(fn=cmd_index)
    s = sub.add_parser("names")
    s.add_argument("--min-freq", type=int, default=20)
    s.add_argument("--limit", type=int)
    s.set_defaults(fn=cmd_names)
    s = sub.add_parser("lexicon")
    s.add_argument("--min-root", type=int, default=5)
    s.add_argument("--min-root-share", type=float, default=0.04)
    s.add_argument("--min-root-strong", type=int, default=40)
    s.add_argument("--min-noun", type=int, default=5)
    s.add_argument("--limit", type=int)
    s.set_defaults(fn=cmd_lexicon)
    s = sub.add_parser("bench")
    s.add_argument("--db", default=str(DEFAULT_DB))
    s.add_argument("--limit", type=int)
    s.add_argument("--reuse", action="store_true", help="reuse the indexes built by an earlier run (no build times)")
    s.add_argument("--write-relevance", action="store_true", help="write tests/data/search/relevance.json")
    s.add_argument("--out", default="/tmp/marsad-search-bench.json")
    s.set_defaults(fn=cmd_bench)
    s = sub.add_parser("scale")
    s.add_argument("--copies", type=int, nargs="+", default=[1, 4])
    s.add_argument("--limit", type=int)
    s.add_argument("--batch", type=int, default=2000, help="articles per commit (ingest: 500)")
    s.add_argument("--dir", default="/tmp")
    s.add_argument("--keep", action="store_true", help="keep the replicated store")
    s.add_argument("--out", default="/tmp/marsad-search-scale.json")
    s.set_defaults(fn=cmd_scale)
    s = sub.add_parser("ingestcost")
    s.add_argument("--db", default="/tmp/marsad-ingestcost.db")
    s.add_argument("--limit", type=int, default=3000)
    s.set_defaults(fn=cmd_ingestcost)
    s = sub.add_parser("latency")
    s.add_argument("--db", required=True, help="a store made by marsad ingest")
    s.add_argument("--repeat", type=int, default=5)
    s.add_argument("--filters", default="", help='e.g. "source:bbc from:2018" (a second measurement)')
    s.set_defaults(fn=cmd_latency)
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
