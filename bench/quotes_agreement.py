"""Agreement of two annotators' quotation gold files (issue 6): counts only, so a blind set stays blind.

``A`` and ``B`` are folders of ``<name>.gold.json`` files (the format of ``tests/data/quotes``); every name
in ``B`` must be somewhere below ``A`` (e.g. ``A`` = ``tests/data/quotes``, ``B`` = the second
annotation of held-out 39–44, ``bench/data/quotes_second/held-out-39-44``, which the first finds by name). Each file's article is read from ``../shared`` through its locator, both
annotations' spans are located in its text (:func:`marsad.quotes.evaluate.locate`) and paired one to one
by kind and overlap, greedily by overlap, as the scorer pairs predictions with gold. Printed: quotations
of A and of B, pairs, "precision" (pairs / B) and "recall" (pairs / A) of B against A, speakers agreeing
(:func:`marsad.quotes.evaluate.same_speaker`) and pairs with the same span. Usage::

    .venv/bin/python bench/quotes_agreement.py A_DIR B_DIR
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from marsad.io.readers import read_records
from marsad.quotes.evaluate import GOLD_SUFFIX, fetch_source, locate, same_speaker

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def agree(a: list[dict], b: list[dict], text: str) -> tuple[int, int, int]:
    """``(pairs, speakers agreeing, same spans)`` of two annotations of one text."""
    sa = [locate(text, q) for q in a]
    sb = [locate(text, q) for q in b]
    pairs = []
    for i, (qa, x) in enumerate(zip(a, sa, strict=True)):
        for j, (qb, y) in enumerate(zip(b, sb, strict=True)):
            if x and y and qa["kind"] == qb["kind"] and min(x[1], y[1]) > max(x[0], y[0]):
                pairs.append((min(x[1], y[1]) - max(x[0], y[0]), i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    m = spk = same = 0
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        m += 1
        spk += same_speaker(b[j].get("speaker"), a[i].get("speaker"))
        same += sa[i] == sb[j]
    return m, spk, same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    args = ap.parse_args()
    n_a = n_b = m = spk = same = 0
    for gb in sorted(args.b.glob("*" + GOLD_SUFFIX)):
        gold_b = json.loads(gb.read_text(encoding="utf-8"))
        found = [p for p in sorted(args.a.rglob(gb.name)) if p.resolve() != gb.resolve()]
        gold_a = json.loads(found[0].read_text(encoding="utf-8"))
        data, _ = fetch_source(SHARED, gold_b["source"])
        text = next(iter(read_records(data, source=gb.name, fmt=gold_b.get("format")))).text
        r = agree(gold_a["quotes"], gold_b["quotes"], text)
        n_a, n_b = n_a + len(gold_a["quotes"]), n_b + len(gold_b["quotes"])
        m, spk, same = m + r[0], spk + r[1], same + r[2]
    print(f"A {n_a} B {n_b} pairs {m}  P {m / max(n_b, 1):.3f} R {m / max(n_a, 1):.3f}  "
          f"speakers {spk}/{m}  same span {same}/{m}")


if __name__ == "__main__":
    main()
