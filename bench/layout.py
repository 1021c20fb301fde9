"""Benchmark of the layout stages (segment + dedup) on real ANT articles.

Usage::

    .venv/bin/python bench/layout.py [--n 2000] [--repeat 3] [--sample first|stride]

Reads ``../shared/corpora/ant-multisource-v2.1.tar.gz`` itself (TREC fields found with one
regular expression, the same spans the io reader gives), builds :class:`marsad.model.Article`
objects, then times ``segment`` + ``remove_repeated_blocks`` only (reading excluded). For
comparison it times, on the same articles, what a user would otherwise write: split the TEXT into
lines and compare all pairs of lines with :class:`difflib.SequenceMatcher` (stdlib) to find
repeats. Prints per-article microseconds and a summary of what was found.
"""

from __future__ import annotations

import argparse
import difflib
import platform
import re
import statistics
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.layout.dedup import remove_repeated_blocks
from marsad.layout.segment import segment
from marsad.model import Article, Span

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"
FIELD = re.compile(r"<(?!DOC>)([A-Z]+)>\n?(.*?)\n?</\1>", re.S)


def trec_article(element: str, source: str) -> Article:
    """An Article for one ``<DOC>`` element with TREC field spans (content without the newline
    that opens or closes it, as :mod:`marsad.io.trec` gives them)."""
    a = Article(text=element, source=source, fmt="trec")
    for m in FIELD.finditer(element):
        tag = m.group(1)
        if tag == "DOC" or tag in a.fields:
            continue
        a.fields[tag] = Span(m.start(2), m.end(2))
        if tag in ("DOCNO", "URL", "SRC", "CAT"):
            a.meta[tag] = m.group(2).strip()
    return a


def ant_files(every: int = 1, first: int = 1) -> Iterator[tuple[str, bytes]]:
    """``(member name, bytes)`` of the ``.txt`` files of ANT v2.1 in tar order, counted from 1: the
    ``first``-th and every ``every``-th after it (also used by ``bench/layout_plain.py``)."""
    with tarfile.open(ANT, "r:gz") as tar:
        k = 0
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            k += 1
            if k < first or (k - first) % every:
                continue
            f = tar.extractfile(member)
            if f is not None:
                yield member.name, f.read()


def read_ant(n: int, sample: str) -> list[Article]:
    """The first ``n`` articles of the tar (``first``) or every k-th so that all five sources
    appear (``stride``)."""
    out: list[Article] = []
    for name, data in ant_files(1 if sample == "first" else 15):
        out.append(trec_article(data.decode("utf-8"), name))
        if len(out) >= n:
            break
    return out


def fresh(articles: list[Article]) -> list[Article]:
    return [
        Article(text=a.text, source=a.source, fmt=a.fmt, fields=dict(a.fields), meta=dict(a.meta))
        for a in articles
    ]


def time_layout(articles: list[Article], repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU (process) seconds over ``repeat`` runs. On a shared machine
    the CPU time is the fairer figure: it leaves out time the process waited for a core."""
    best = best_cpu = float("inf")
    for _ in range(repeat):
        batch = fresh(articles)
        t0, c0 = time.perf_counter(), time.process_time()
        for a in batch:
            segment(a)
            remove_repeated_blocks(a)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu


def naive_difflib(articles: list[Article]) -> tuple[float, int]:
    """Lines of ABSTRACT+TEXT compared pairwise with difflib (ratio ≥ 0.8 = repeat)."""
    t0 = time.perf_counter()
    found = 0
    for a in articles:
        lines: list[str] = []
        for tag in ("ABSTRACT", "TEXT"):
            sp = a.fields.get(tag)
            if sp is not None:
                lines += [ln.strip() for ln in a.text[sp.start : sp.end].split("\n") if ln.strip()]
        for j in range(1, len(lines)):
            for i in range(j):
                sm = difflib.SequenceMatcher(None, lines[i], lines[j], autojunk=False)
                if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                    found += 1
                    break
    return time.perf_counter() - t0, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sample", choices=("first", "stride"), default="first")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args(argv)
    if not ANT.exists():
        print(f"missing {ANT}", file=sys.stderr)
        return 1
    articles = read_ant(args.n, args.sample)
    chars = sum(len(a.text) for a in articles)
    text_chars = sum(len(a.fields["TEXT"]) for a in articles if "TEXT" in a.fields)
    secs, cpu = time_layout(articles, args.repeat)
    done = fresh(articles)
    per_article: list[float] = []
    for a in done:
        t0 = time.perf_counter()
        segment(a)
        remove_repeated_blocks(a)
        per_article.append(time.perf_counter() - t0)
    kinds = Counter(r.kind for a in done for r in a.removed)
    whats = Counter(r.what for a in done for r in a.removed)
    blocks = Counter(b.kind for a in done for b in a.blocks)
    sources = Counter(a.meta.get("SRC", "?") for a in done)
    print(f"python {platform.python_version()} on {platform.machine()} ({platform.processor() or 'cpu'})")
    print(f"articles: {len(articles):,} ({args.sample}); sources {dict(sources)}")
    print(f"mean DOC chars {chars / len(articles):,.0f}; mean TEXT chars {text_chars / len(articles):,.0f}")
    print(
        f"segment+dedup: best of {args.repeat}: {secs:.3f} s = {secs / len(articles) * 1e6:.0f} µs/article "
        f"({len(articles) / secs:,.0f} articles/s); CPU time {cpu / len(articles) * 1e6:.0f} µs/article"
    )
    print(
        f"per article: median {statistics.median(per_article) * 1e6:.0f} µs, "
        f"p99 {sorted(per_article)[int(0.99 * len(per_article))] * 1e6:.0f} µs, max {max(per_article) * 1e6:.0f} µs"
    )
    print(f"removed: {dict(kinds)} what: {dict(whats)}")
    print(f"blocks: {dict(blocks)}")
    print(
        f"dateline found: {sum(a.dateline is not None for a in done):,}; byline: {sum(a.byline is not None for a in done):,}; "
        f"hashtags: {sum(len(a.hashtags) for a in done):,}"
    )
    if not args.no_baseline:
        base, found = naive_difflib(fresh(articles))
        print(
            f"baseline difflib all-pairs lines: {base:.3f} s = {base / len(articles) * 1e6:.0f} µs/article "
            f"(found {found:,} repeated lines); layout is {base / secs:.1f}x faster"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
