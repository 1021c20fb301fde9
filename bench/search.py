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


# -- Marsad index -------------------------------------------------------------------------------
def build_index(db: Path, limit: int | None = None) -> dict[str, float]:
    """Index the corpus into ``db`` with Marsad's analyzer (through save_article)."""
    from marsad.search import index

    if db.exists():
        db.unlink()
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    index.create_schema(conn)
    t_read = t_index = cpu_index = 0.0
    n = 0
    conn.execute("BEGIN")
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    docs = read_ant(limit=limit)
    while True:
        t1 = time.perf_counter()
        doc = next(docs, None)
        if doc is None:
            break
        art = to_article(doc)
        t2 = time.perf_counter()
        n += 1
        c2 = time.process_time()
        index.save_article(conn, n, art)
        cpu_index += time.process_time() - c2
        t3 = time.perf_counter()
        t_read += t2 - t1
        t_index += t3 - t2
        if n % 2000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    t_opt = time.perf_counter()
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    t_opt = time.perf_counter() - t_opt
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    total = time.perf_counter() - t0
    return {"articles": n, "cpu_s": time.process_time() - cpu0, "read_s": t_read, "index_s": t_index, "optimize_s": t_opt, "total_s": total,
            "index_ms_per_article": 1000 * t_index / max(n, 1),
            "index_cpu_ms_per_article": 1000 * cpu_index / max(n, 1), "size_mb": db.stat().st_size / 1e6}


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

    saved = stemmer.PROTECTED_NAMES
    stemmer.PROTECTED_NAMES = frozenset()
    groups: dict[str, list[str]] = {}
    for k in counts:
        if len(k) >= 4 and re.fullmatch(r"[\u0621-\u064a]+", k):
            groups.setdefault(stemmer.light_stem(k), []).append(k)
    stemmer.PROTECTED_NAMES = saved
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
    name = "Marsad (analyzer + FTS5)"

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(str(db))
        self.refs = ref_map(self.conn)

    def top(self, q: str, k: int = 10, snippets: bool = False) -> list[str]:
        from marsad.search.index import run_query

        return [h["ref"] for h in run_query(self.conn, q, k, snippets=snippets).hits]

    def count(self, q: str) -> int:
        from marsad.search.query import compile_query, parse

        m = compile_query(parse(q)).match
        return self.conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (m,)).fetchone()[0] if m else 0


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


class MarsadTantivy:
    """Marsad's analysis (same token streams as the FTS5 index) in a tantivy index (whitespace
    tokenizer, BM25 with block-max WAND): the path the issue names for large corpora."""

    name = "Marsad analysis + tantivy index"
    FIELDS = ("kt", "kl", "kb", "st", "sl", "sb")

    def __init__(self, path: Path, docs: list[Doc] | None = None) -> None:
        import tantivy

        from marsad import settings
        from marsad.search.analyzer import analyze_text
        from marsad.search.index import article_fields

        self.t = tantivy
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("ref", stored=True, tokenizer_name="raw")
        for f in self.FIELDS:
            sb.add_text_field(f, tokenizer_name="ws")
        self.schema = sb.build()
        w_t, w_l, w_b, w_s = (settings.SEARCH_WEIGHT_TITLE, settings.SEARCH_WEIGHT_LEAD,
                              settings.SEARCH_WEIGHT_BODY, settings.SEARCH_STEM_WEIGHT)
        self.weights = dict(zip(self.FIELDS, (w_t, w_l, w_b, w_t * w_s, w_l * w_s, w_b * w_s), strict=True))
        if docs is not None:
            import shutil

            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)
        self.index = tantivy.Index(self.schema, path=str(path))
        self.index.register_tokenizer("ws", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        if docs is not None:
            w = self.index.writer(heap_size=200_000_000, num_threads=1)
            for d in docs:
                title, lead, body = article_fields(to_article(d))
                (kt, st), (kl, sl), (kb, sb_) = analyze_text(title), analyze_text(lead), analyze_text(body)
                w.add_document(tantivy.Document(ref=d.docno, kt=kt, kl=kl, kb=kb, st=st, sl=sl, sb=sb_))
            w.commit()
            w.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def _query(self, q: str):
        from marsad.search.analyzer import analyze_word, words

        t = self.t
        must = []
        exact = q.startswith('"')  # bench queries: one quoted word at most
        for w in words(q.replace('"', " ")):
            key, stems = analyze_word(w)
            if not key:
                continue
            if exact:
                stems = ()
            should = [(t.Occur.Should, t.Query.boost_query(t.Query.term_query(self.schema, f, key), self.weights[f]))
                      for f in self.FIELDS[:3]]
            should += [(t.Occur.Should, t.Query.boost_query(t.Query.term_query(self.schema, f, s), self.weights[f]))
                       for s in stems for f in self.FIELDS]
            must.append((t.Occur.Must, t.Query.boolean_query(should)))
        return t.Query.boolean_query(must) if must else t.Query.empty_query()

    def top(self, q: str, k: int = 10) -> list[str]:
        res = self.searcher.search(self._query(q), k)
        return [self.searcher.doc(addr)["ref"][0] for _score, addr in res.hits]

    def count(self, q: str) -> int:
        return self.searcher.search(self._query(q), 1).count


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
                           "index_ms_per_article": round(st["index_ms_per_article"], 3),
                           "index_cpu_ms_per_article": round(st["index_cpu_ms_per_article"], 3)}
    else:
        build["marsad"] = {"build_s": None, "size_mb": round(db.stat().st_size / 1e6, 1)}
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
    mtdir = Path(args.db + ".marsad-tantivy")
    t0 = time.perf_counter()
    mtan = MarsadTantivy(mtdir, None if reuse else docs)
    build["marsad_tantivy"] = {"build_s": None if reuse else round(time.perf_counter() - t0, 1),
                               "size_mb": round(_dir_size(mtdir) / 1e6, 1)}
    out["build"] = build
    systems = {"marsad": Marsad(db), "fts5": PlainFTS5(plain_db), "tantivy": tan, "marsad_tantivy": mtan}

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
    lat = {}
    m = systems["marsad"]
    lat["marsad (ranked ids)"] = _latency(lambda q: m.top(q, 10), one_word)
    lat["marsad (hits with snippets)"] = _latency(lambda q: m.top(q, 10, snippets=True), one_word)
    lat["fts5"] = _latency(lambda q: systems["fts5"].top(q, 10), one_word)
    lat["tantivy"] = _latency(lambda q: systems["tantivy"].top(q, 10), one_word)
    lat["marsad_tantivy"] = _latency(lambda q: systems["marsad_tantivy"].top(q, 10), one_word)
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
    """Replicate the corpus ``copies`` times (the analyzed token streams, new ids) into Marsad's FTS5
    table and into tantivy fed with the same streams; report one-word query CPU p50/p95 of the
    ranking step (FTS5 MATCH + bm25 ORDER BY LIMIT 40; tantivy top 40)."""
    import shutil

    import tantivy

    from marsad.search.analyzer import analyze_text
    from marsad.search.index import SCHEMA, _weights, article_fields
    from marsad.search.query import compile_query, parse

    streams = []
    for d in read_ant(limit=args.limit):
        title, lead, body = article_fields(to_article(d))
        (kt, st), (kl, sl), (kb, sb) = analyze_text(title), analyze_text(lead), analyze_text(body)
        streams.append((kt, kl, kb, st, sl, sb))
    n = len(streams)
    one_word = [q for q, _ in RELEVANCE_QUERIES if " " not in q]
    wsql = ", ".join(str(w) for w in _weights())
    out: dict = {"articles": n, "runs": {}}
    for copies in args.copies:
        run: dict = {"articles": n * copies}
        if not args.fts5:
            run["fts5"] = "skipped (--no-fts5)"
        db = Path(f"/tmp/marsad-scale-{copies}.db")
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        conn = sqlite3.connect(str(db))
        conn.execute(SCHEMA[0])
        c0 = time.process_time()
        for c in range(copies if args.fts5 else 0):
            conn.executemany("INSERT INTO search_fts(rowid, kt, kl, kb, st, sl, sb) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             ((c * n + i + 1, *s) for i, s in enumerate(streams)))
            conn.commit()
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        conn.commit()
        if args.fts5:
            run["fts5_build_cpu_s"] = round(time.process_time() - c0, 1)
            run["fts5_size_mb"] = round(db.stat().st_size / 1e6, 1)
        sql = (f"SELECT rowid, bm25(search_fts, {wsql}) AS s FROM search_fts WHERE search_fts MATCH ? "
               "ORDER BY s LIMIT 40")
        matches = {q: compile_query(parse(q)).match for q in one_word}
        if args.fts5:
            run["fts5_ms"] = _latency(lambda q: conn.execute(sql, (matches[q],)).fetchall(), one_word, repeat=3)  # noqa: B023
        if args.fts5:
            run["fts5_max_matches"] = max(
                conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (m,)).fetchone()[0]
                for m in matches.values()
            )
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        tdir = Path(f"/tmp/marsad-scale-{copies}.tantivy")
        shutil.rmtree(tdir, ignore_errors=True)
        tdir.mkdir()
        mt = MarsadTantivy.__new__(MarsadTantivy)
        mt.t = tantivy
        sbld = tantivy.SchemaBuilder()
        sbld.add_text_field("ref", stored=True, tokenizer_name="raw")
        for f in MarsadTantivy.FIELDS:
            sbld.add_text_field(f, tokenizer_name="ws")
        mt.schema = sbld.build()
        mt.weights = dict(zip(MarsadTantivy.FIELDS, _weights(), strict=True))
        mt.index = tantivy.Index(mt.schema, path=str(tdir))
        mt.index.register_tokenizer("ws", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        c0 = time.process_time()
        w = mt.index.writer(heap_size=300_000_000, num_threads=1)
        for c in range(copies):
            for i, s in enumerate(streams):
                w.add_document(tantivy.Document(ref=str(c * n + i + 1), **dict(zip(MarsadTantivy.FIELDS, s, strict=True))))
        w.commit()
        w.wait_merging_threads()
        run["tantivy_build_cpu_s"] = round(time.process_time() - c0, 1)
        run["tantivy_size_mb"] = round(_dir_size(tdir) / 1e6, 1)
        mt.index.reload()
        mt.searcher = mt.index.searcher()
        run["tantivy_ms"] = _latency(lambda q: mt.searcher.search(mt._query(q), 40), one_word, repeat=3)  # noqa: B023
        shutil.rmtree(tdir, ignore_errors=True)
        out["runs"][copies] = run
        print(json.dumps(run, ensure_ascii=False), flush=True)
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
    s.add_argument("--no-fts5", dest="fts5", action="store_false", help="tantivy only")
    s.add_argument("--out", default="/tmp/marsad-search-scale.json")
    s.set_defaults(fn=cmd_scale)
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
