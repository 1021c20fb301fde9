"""Benchmark: the CPU time of each speaker canonicalisation rule (``quotes/canonical.py``) on ANT articles.

Runs the whole pipeline (:func:`marsad.pipeline.annotate`: the canonical rules read the entities
stage) over the first ``--limit`` members of ``../shared/corpora/ant-multisource-v2.1.tar.gz`` and
prints the total CPU time (``time.process_time``: other jobs on a shared machine do not count), the time
spent in :func:`marsad.quotes.canonical.canonicalise_speakers`, and per rule method of
:class:`marsad.quotes.canonical.SpeakerCanon` its CPU seconds and number of calls. Usage::

    .venv/bin/python bench/quotes_canon_cost.py [--limit 600]

Each call is wrapped with two ``process_time`` reads (~1 µs), so the rule times are upper bounds.
"""
from __future__ import annotations

import argparse
import collections
import tarfile
import time
from pathlib import Path

import marsad.quotes.stage as stage
from marsad.io.readers import read_records
from marsad.pipeline import annotate
from marsad.quotes import canonical

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"
RULES = ("alias_name", "document_author", "document_issuer", "role_holder", "named_in_phrase", "apposed_name",
         "described_holder", "described_body", "same_source", "loose_role_holder")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=600)
    args = ap.parse_args()
    spent: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()

    def timed(name, fn):
        def run(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.process_time() - t
                calls[name] += 1
        return run

    for name in RULES:
        setattr(canonical.SpeakerCanon, name, timed(name, getattr(canonical.SpeakerCanon, name)))
    stage.canonicalise_speakers = timed("canonicalise_speakers", canonical.canonicalise_speakers)
    n = 0
    t0 = time.process_time()
    with tarfile.open(CORPUS) as tar:
        for member in tar:
            if not member.isfile():
                continue
            data = tar.extractfile(member).read()
            for article in read_records(data, source=member.name):
                annotate(article)
            n += 1
            if n >= args.limit:
                break
    total = time.process_time() - t0
    print(f"articles {n}  pipeline CPU {total:.2f} s")
    for name, s in spent.most_common():
        print(f"  {name:24} {s:7.3f} s  {100 * s / total:5.2f} %  calls {calls[name]:,}")


if __name__ == "__main__":
    main()
