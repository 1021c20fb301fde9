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
import statistics
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
from marsad.text import normalize  # noqa: E402

# -- the text layer, or its documented behaviour while it is a stub -------------------------------
_ALEF = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
     **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
     **{chr(c): None for c in [*range(0x064B, 0x0660), 0x0670, 0x0640, 0x200E, 0x200F, *range(0x202A, 0x202F),
                               *range(0x2066, 0x206A), 0x061C]}}
)


def _provisional_search_key(s: str) -> str:
    return s.translate(_ALEF)


def ensure_text_layer() -> str:
    """Use marsad.text.normalize.search_key; if it is still the identity stub, patch in the
    documented behaviour (issue 2) so the benchmark measures search, and say so."""
    if normalize.search_key("أ") != "أ":
        return "marsad.text.normalize.search_key"
    import marsad.search.analyzer as an
    import marsad.search.index as ix
    import marsad.search.query as qy

    for mod in (normalize, an, ix, qy):
        mod.search_key = _provisional_search_key  # type: ignore[attr-defined]
    an.clear_cache()
    return "provisional search key (text layer still a stub)"


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
    t_read = t_index = 0.0
    n = 0
    conn.execute("BEGIN")
    t0 = time.perf_counter()
    docs = read_ant(limit=limit)
    while True:
        t1 = time.perf_counter()
        doc = next(docs, None)
        if doc is None:
            break
        art = to_article(doc)
        t2 = time.perf_counter()
        n += 1
        index.save_article(conn, n, art)
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
    return {"articles": n, "read_s": t_read, "index_s": t_index, "optimize_s": t_opt, "total_s": total,
            "index_ms_per_article": 1000 * t_index / max(n, 1), "size_mb": db.stat().st_size / 1e6}


def ref_map(conn: sqlite3.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT article_id, ref FROM search_doc"))


def cmd_index(args: argparse.Namespace) -> None:
    print("text layer:", ensure_text_layer())
    stats = build_index(Path(args.db), args.limit)
    print(json.dumps(stats, indent=1))


# -- protected names ----------------------------------------------------------------------------
def cmd_names(args: argparse.Namespace) -> None:
    """Regenerate src/marsad/search/names.py: name tokens from ANERgazet (LOC, PERS) and CLDR
    country names (babel), frequent in the ANT corpus (≥ MIN_FREQ occurrences as a word, with or
    without the article), excluding tokens that are the nisba of a place (``مصري`` of ``مصر``)."""
    ensure_text_layer()
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
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
