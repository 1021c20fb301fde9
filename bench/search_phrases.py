"""Phrase-search recall and precision on a store (new-user report nu16 M2; docs/search.md "Phrases").

Truth: the articles whose indexed title, lead or body (display text, words keyed as the analyzer
keys them) hold the phrase's words adjacent and in order — as typed (``exact``), and with the
proclitics the analyzer cuts (``clitic``: each text word's own core, its key less the proclitic
letters before its stem, equals the query word's core). The truth analyses every *text* word;
:mod:`marsad.search.query` instead lists the forms of each *query* word (``phrase_forms``), so a
fault in either shows as a miss or a false hit. ``loose`` counts the articles a bare regex of
proclitics + core would accept (``فعلي`` "actual" for ``علي``). Hits: every article
:func:`marsad.search.index.run_query` returns for the quoted phrase (duplicates counted).
Usage::

    PYTHONPATH=src .venv/bin/python bench/search_phrases.py STORE.db [PHRASE ...]
"""

from __future__ import annotations

import re
import sqlite3
import sys
import time

from marsad.search.analyzer import analyze_word, words
from marsad.search.index import article_fields, run_query
from marsad.store.db import Store

PROCLITICS = "(?:[وف])?(?:[بك]?ال|لل|[بلك])?"
PHRASES = [
    "مكافحة الإرهاب", "الأمم المتحدة", "وزارة الداخلية", "مجلس الأمن", "الشرق الأوسط", "ولي العهد",
    "خادم الحرمين الشريفين", "رئيس الوزراء", "المملكة العربية السعودية", "حقوق الإنسان",
    "الولايات المتحدة", "كأس العالم", "تنظيم داعش", "الرئيس الأمريكي دونالد ترامب", "علي عبد الله صالح",
    "علي",
]


def core(word: str) -> tuple[str, str]:
    """``(surface key, key after the proclitics the stemmer cut)`` of a query word."""
    key, stems = analyze_word(word)
    folded, best = key.replace("ى", "ي"), 0
    for s in stems:
        i = folded.find(s.replace("ى", "ي"))
        if i > best and re.fullmatch(PROCLITICS, key[:i]):
            best = i
    return key, key[best:]


def main(db: str, phrases: list[str]) -> None:
    store = Store(db, readonly=True)
    docs = {aid: [[analyze_word(w)[0] for w in words(t)] for t in article_fields(store.load_article(aid))[:3]]
            for aid in store.ids()}
    conn = sqlite3.connect(db)
    tot = dict.fromkeys(("exact", "clitic", "loose", "hits", "true", "false", "missed"), 0)
    for ph in phrases:
        q = [core(w) for w in words(ph)]
        rx = [re.compile(PROCLITICS + re.escape(c)) for _, c in q]
        n = len(q)
        exact: set[int] = set()
        clitic: set[int] = set()
        loose: set[int] = set()
        for aid, fields in docs.items():
            for keys in fields:
                for i in range(len(keys) - n + 1):
                    if not rx[0].fullmatch(keys[i]):
                        continue
                    if all(keys[i + j] == q[j][0] for j in range(n)):
                        exact.add(aid)
                    if all(rx[j].fullmatch(keys[i + j]) for j in range(n)):
                        loose.add(aid)
                        if all(core(keys[i + j])[1] == q[j][1] for j in range(n)):
                            clitic.add(aid)
        t0 = time.perf_counter()
        result = run_query(conn, f'"{ph}"', limit=50_000, snippets=False)
        ms = (time.perf_counter() - t0) * 1000
        hits = {h["article_id"] for h in result.hits}
        hits |= {d for h in result.hits for d in (h.get("duplicates") or [])}
        false = hits - clitic
        print(f"{ph:32s} exact {len(exact):4d} with-clitics {len(clitic):4d} loose {len(loose):4d} hits {len(hits):4d} "
              f"true {len(hits & clitic):4d} false {len(false):3d} missed {len(clitic - hits):4d}  {ms:6.1f} ms"
              + (f" false ids {sorted(false)[:5]}" if false else ""))
        for k, v in (("exact", exact), ("clitic", clitic), ("loose", loose), ("hits", hits), ("true", hits & clitic),
                     ("false", false), ("missed", clitic - hits)):
            tot[k] += len(v)
    recall, precision = tot["true"] / max(1, tot["clitic"]), tot["true"] / max(1, tot["hits"])
    print("total", tot, f"recall {recall:.3f} precision {precision:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or PHRASES)
