"""Entity kinds of the eleventh new-user report (nu22, item 4) on fresh text, before/after a change.

``dump`` draws fresh articles exactly as ``bench/quotes_fresh_diff.py`` does (ANT v2.1, ANT v1.1
Jawhara, SaudiNewsNet from ``../shared`` with ``random.Random(--seed)``; the annotated and blind
sets' locators are skipped, so no blind text is read), runs the whole pipeline and writes one JSON
line per article: its locator and entities ``[type, name, aliases, mentions]``. ``compare BEFORE
AFTER`` prints, per file, the counts of the kinds below and then every entity that changed (same
article), for reading:

* ``per_thing``: a person whose first word is a common noun of a thing or a product line, a formula word, or made of
  divine names only, or with an English function word (the lists of
  :mod:`marsad.entities.nonnames` rules 12–14: a count of what those lists name, not a judgment);
* ``clitic_name``: an entity whose name starts with ``ل ب و ف ك`` glued to the rest when the rest is
  another entity's name or alias in the article, or a spelled-out acronym (``لبي بي سي``);
* ``cross_type``: a one-word entity that ends a longer name of another type (not LOC) in the same
  article, or one name under two types;
* ``def_surname``: a one-word person ``الX`` beside a person whose name ends in ``X``;
* ``common_top``: currencies and ``الله`` among the entities (kept; left out of the listing).

Usage::

    PYTHONPATH=src .venv/bin/python bench/entities_fresh_kinds.py dump OUT.jsonl [--seed 2323]
    PYTHONPATH=src .venv/bin/python bench/entities_fresh_kinds.py dump-store /tmp/nu22/s.db OUT.jsonl
    PYTHONPATH=src .venv/bin/python bench/entities_fresh_kinds.py compare BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sample import unannotated_fresh  # noqa: E402

from marsad import settings  # noqa: E402


def dump(out: Path, seed: int, n_multi: int, n_jawhara: int, n_snn: int) -> None:
    """Write the entities of the drawn articles to ``out`` (JSON lines), in draw order."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for src, art in unannotated_fresh(seed, n_multi, n_jawhara, n_snn):
            n += 1
            ents = [[e.type, e.name, list(e.aliases), len(e.mentions)] for e in art.entities]
            fh.write(json.dumps(dict(src=src, entities=ents), ensure_ascii=False) + "\n")
    print(f"{n} articles -> {out}")


def dump_store(db: Path, out: Path) -> None:
    """Re-annotate, with the code in use, every article of the store ``db`` whose source file still
    exists (``PATH`` or ``PATH#record``), and write its entities to ``out`` as :func:`dump` does:
    the development check on the new user's 301 articles (``/tmp/nu22/s.db``)."""
    import sqlite3

    from marsad.io.sources import read_records
    from marsad.pipeline import annotate

    settings.QUOTES_SPEAKER_RANKER = False
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for aid, source, fmt in conn.execute("SELECT id, source, format FROM articles WHERE failed = 0 ORDER BY id"):
            path, _, rec = source.partition("#")
            try:
                recs = list(read_records(Path(path).read_bytes(), source=path, fmt=fmt))
                art = annotate(recs[int(rec) if rec else 0])
            except (OSError, IndexError, ValueError) as exc:
                print(f"skipped {aid}: {exc}", file=sys.stderr)
                continue
            n += 1
            ents = [[e.type, e.name, list(e.aliases), len(e.mentions)] for e in art.entities]
            fh.write(json.dumps(dict(src={"member": f"{aid} {Path(path).name}{'#' + rec if rec else ''}"},
                                     entities=ents), ensure_ascii=False) + "\n")
    print(f"{n} articles -> {out}")


def kinds(ents: list) -> collections.Counter:
    """Counts of the module doc's kinds among one article's entities."""
    from marsad.entities.aliases import name_key
    from marsad.entities.features import stem_with_article
    from marsad.entities.nonnames import (
        DIVINE_NAMES,
        ENGLISH_FUNCTION_WORDS,
        FORMULA_WORDS,
        PRODUCT_LINES,
        THING_HEADS,
        is_common_entity,
    )  # fmt: skip
    from marsad.entities.stage import is_spelled_acronym

    out: collections.Counter = collections.Counter()
    forms = {name_key(f) for _t, n, al, _m in ents for f in (n, *al)}
    for typ, name, _al, _m in ents:
        words = name.split()
        keys = [name_key(w) for w in words]
        if not keys:
            continue
        if typ == "PER" and (
            stem_with_article(keys[0]) in THING_HEADS | PRODUCT_LINES or keys[0] in THING_HEADS | PRODUCT_LINES
            or keys[0] in FORMULA_WORDS
            or all(stem_with_article(k) in DIVINE_NAMES for k in keys)
            or any(w in ENGLISH_FUNCTION_WORDS for w in words)
        ):  # fmt: skip
            out["per_thing"] += 1
        if words[0][:1] in "لبوفك" and len(words[0]) > 2:
            rest = [words[0][1:], *words[1:]]
            if name_key(" ".join(rest)) in forms or is_spelled_acronym(rest):
                out["clitic_name"] += 1
        if is_common_entity(name, typ):
            out["common_top"] += 1
    by_type = collections.defaultdict(set)
    for typ, name, _al, _m in ents:
        by_type[name_key(name)].add(typ)
    out["cross_type"] += sum(len(t) > 1 for t in by_type.values())
    for typ, name, _al, _m in ents:
        k = name_key(name)
        if " " in k or typ == "LOC":
            continue
        for t2, n2, _a2, _m2 in ents:
            ks = name_key(n2).split()
            if t2 not in ("LOC", typ) and len(ks) > 1 and ks[-1] == k:
                out["cross_type"] += 1
                break
        if typ == "PER" and k.startswith("ال") and len(k) > 4:
            if any(t2 == "PER" and len(name_key(n2).split()) > 1 and name_key(n2).split()[-1] == k[2:]
                   for t2, n2, _a, _m in ents):  # fmt: skip
                out["def_surname"] += 1
    return out


def compare(before: Path, after: Path) -> None:
    """Print the kind counts of both files and the entities that differ, article by article."""
    def load(p: Path) -> dict:
        return {json.dumps(r["src"], sort_keys=True): r["entities"] for r in map(json.loads, p.open(encoding="utf-8"))}

    b, a = load(before), load(after)
    for label, data in (("before", b), ("after", a)):
        tot: collections.Counter = collections.Counter()
        for ents in data.values():
            tot += kinds(ents)
        n_per = sum(t == "PER" for ents in data.values() for t, *_ in ents)
        print(f"{label:6s} articles {len(data)} entities {sum(map(len, data.values()))} persons {n_per} "
              + " ".join(f"{k} {tot[k]}" for k in ("per_thing", "clitic_name", "cross_type", "def_surname", "common_top")))
    for k, eb in b.items():
        ea = a.get(k, [])
        sb = {(t, n, m) for t, n, _al, m in eb}
        sa = {(t, n, m) for t, n, _al, m in ea}
        if sb != sa:
            print(f"\n{json.loads(k)['member']}")
            for t, n, m in sorted(sb - sa):
                print(f"  - {t} {n} ×{m}")
            for t, n, m in sorted(sa - sb):
                print(f"  + {t} {n} ×{m}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--seed", type=int, default=2323)
    d.add_argument("--multi", type=int, default=150)
    d.add_argument("--jawhara", type=int, default=75)
    d.add_argument("--snn", type=int, default=75)
    st = sub.add_parser("dump-store")
    st.add_argument("db", type=Path)
    st.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.seed, args.multi, args.jawhara, args.snn)
    elif args.cmd == "dump-store":
        dump_store(args.db, args.out)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
