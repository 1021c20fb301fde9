"""Quotations whose rules' speaker is empty, on fresh text, for labelling by hand (issue 6, the ranker's fill gate).

The speaker ranker's fill gate (``docs/models/quotes-speaker-ranker.md``) decides whether a name may be
written where the rules wrote none; the annotated sets hold too few such quotations (37) and of the
wrong kind. This draws articles from all three corpora of ``../shared`` — ANT v2.1 (``--multi``
members), ANT v1.1 Jawhara (``--jawhara``), SaudiNewsNet (``--snn`` records) — with
``random.Random(--seed)``, skipping every article named by a locator in ``tests/data/quotes``,
``bench/data/quotes_blind`` and the folders of ``--exclude``, runs the full pipeline with the ranker
off, and writes each quotation whose speaker is empty, with its article locator, offsets, kind, cue,
and context (``--before`` characters before it, the quotation, ``--after`` after), for a labeller who
writes the speaker the article gives (or ``null``). Near-copies (character 5-gram Jaccard ≥ 0.5 with an
excluded article) of the articles kept are dropped. No speaker is shown: the rules have none, and the
ranker's guess is not computed. Usage::

    .venv/bin/python bench/quotes_fill_sample.py --out fills.json [--seed 1515] [--exclude DIR ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sample import (  # noqa: E402
    JAWHARA,
    MULTI,
    NEAR,
    ROOT,
    SHARED,
    annotated_fresh,
    draw_fresh,
    excluded_locators,
    jaccard,
    load_tar,
    shingles,
)

from marsad import settings  # noqa: E402
from marsad.io.readers import read_records  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1515)
    ap.add_argument("--multi", type=int, default=1200, help="ANT v2.1 articles drawn")
    ap.add_argument("--jawhara", type=int, default=300, help="ANT v1.1 (Jawhara FM) articles drawn")
    ap.add_argument("--snn", type=int, default=300, help="SaudiNewsNet records drawn")
    ap.add_argument("--before", type=int, default=500)
    ap.add_argument("--after", type=int, default=150)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    settings.QUOTES_SPEAKER_RANKER = False
    rng = random.Random(args.seed)
    excluded = excluded_locators(
        [ROOT / "tests" / "data" / "quotes", ROOT / "bench" / "data" / "quotes_blind", *args.exclude]
    )
    draws = draw_fresh(rng, args.multi, args.jawhara, args.snn)

    near_texts: list[frozenset] | None = None
    rows: list[dict] = []
    n_read = 0
    for src, fmt, article in annotated_fresh(draws, excluded):
        n_read += 1
        empty = [q for q in article.quotes if not q.speaker]
        if not empty:
            continue
        if near_texts is None:  # built lazily: only articles with an empty speaker are compared
            near_texts = _excluded_texts(excluded)
        sh = shingles(article.text)
        if max((jaccard(sh, o) for o in near_texts), default=0.0) >= NEAR:
            continue
        t = article.text
        for q in empty:
            rows.append(
                {
                    "id": len(rows) + 1,
                    "source": src,
                    "format": fmt,
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind,
                    "cue": q.cue_text,
                    "context": t[max(0, q.start - args.before) : q.start] + "⟦" + t[q.start : q.end] + "⟧"
                    + t[q.end : q.end + args.after],
                    "speaker": "?",
                }
            )
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{n_read} articles read, {len(rows)} quotations with an empty speaker -> {args.out}")


def _excluded_texts(excluded: set) -> list[frozenset]:
    """Shingle sets of the excluded ANT articles (SaudiNewsNet records are matched by locator)."""
    multi = load_tar(SHARED / MULTI)
    jawhara = load_tar(SHARED / JAWHARA)
    out = []
    for archive, member, _record in excluded:
        data = multi.get(member) if archive == MULTI else jawhara.get(member) if archive == JAWHARA else None
        if data is None:
            continue
        for a in read_records(data, source=member):
            out.append(shingles(a.text))
            break
    return out


if __name__ == "__main__":
    main()
