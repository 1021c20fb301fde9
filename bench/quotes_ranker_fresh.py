"""Where the learned speaker ranker changes the rules' speaker on fresh text (model card, "Still shipped off").

Reads a random sample of ANT v2.1 articles (``random.Random(3030)``, ``--n`` of them) from
``../shared``, runs the full pipeline twice (ranker off, then on: ``settings.QUOTES_SPEAKER_RANKER``,
with the shipped model or ``MARSAD_QUOTES_RANKER``), and writes every quotation whose speaker changed
as JSON (article, rules' speaker, ranker's speaker, 400 characters of context before the quotation
marked ⟦…⟧ and 100 after), shuffled with ``random.Random(7)``, for reading by hand. Usage::

    .venv/bin/python bench/quotes_ranker_fresh.py [--n 1500] [--out changes.json]
"""
from __future__ import annotations

import argparse
import json
import random
import tarfile
from pathlib import Path

from marsad import settings
from marsad.io.readers import read_records
from marsad.pipeline import annotate

ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1500, help="articles in the sample")
    ap.add_argument("--out", type=Path, default=Path("ranker-fresh-changes.json"))
    args = ap.parse_args()
    saved = settings.QUOTES_SPEAKER_RANKER
    changes = []
    with tarfile.open(ARCHIVE) as tf:
        members = [m for m in tf if m.isfile() and m.name.endswith(".txt")]
        for m in random.Random(3030).sample(members, args.n):
            data = tf.extractfile(m).read()  # type: ignore[union-attr]
            try:
                settings.QUOTES_SPEAKER_RANKER = False
                off = annotate(next(read_records(data, source=m.name)))
                settings.QUOTES_SPEAKER_RANKER = True
                on = {(q.start, q.end): q.speaker for q in annotate(next(read_records(data, source=m.name))).quotes}
            finally:
                settings.QUOTES_SPEAKER_RANKER = saved
            t = off.text
            for q in off.quotes:
                new = on.get((q.start, q.end), q.speaker)
                if new != q.speaker:
                    context = t[max(0, q.start - 400) : q.start] + " ⟦" + t[q.start : q.end] + "⟧ " + t[q.end : q.end + 100]
                    changes.append({"article": m.name, "rules": q.speaker, "ranker": new, "context": context})
    random.Random(7).shuffle(changes)
    args.out.write_text(json.dumps(changes, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(changes)} speakers changed in {args.n} articles -> {args.out}")


if __name__ == "__main__":
    main()
