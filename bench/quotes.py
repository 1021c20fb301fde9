"""Benchmark: quotations for the whole ANT multi-source corpus on one core.

Reads every member of ``../shared/corpora/ant-multisource-v2.1.tar.gz`` (31,525 TREC files), runs
the quotes stage on each article (plus what it requires: the reader and the layout segmentation, timed
separately), and prints articles/s for the quotes stage alone (CPU time of this process,
``time.process_time``, so other jobs on a shared machine do not inflate it), quotes found by kind, and the share of
articles with at least one quote. Usage::

    .venv/bin/python bench/quotes.py [--limit N]
    .venv/bin/python bench/quotes.py --digest --limit 10000 [--digest-file PATH]

``--digest`` (for speed work, where the output must not change) skips the development-set scores and
prints one SHA-256 over every quote of every article in reading order (all :class:`Quote` fields:
span, kind, cue span, cue text, speaker, speaker span, entity) and every problem the stage recorded;
``--digest-file`` also writes one line per article (its source and its quotes) so two runs can be
compared with ``diff`` to find the articles that changed. ``--pipeline`` runs the whole pipeline
(:func:`marsad.pipeline.annotate`: layout, text, time, entities, quotes) instead of the quotes stage
alone: the quotes a user gets, with the entities the speaker rules read (``quotes/canonical.py``
links speakers to entities; without the entities stage those rules see nothing). Its timing line
then covers every stage, so use it for before/after diffs, not for the speed figure.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import tarfile
import time
from pathlib import Path

from marsad.io.readers import read_records
from marsad.layout.segment import segment
from marsad.model import Article, Quote
from marsad.quotes.stage import annotate_quotes

#: The baseline a user would otherwise write: every ``"…"``/``«…»`` pair is a direct quote, and
#: ``(و)قال/أكد/أضاف/أوضح/أشار X إن/أن …`` up to the sentence end is an indirect one (no speaker).
_BASE_DIRECT = re.compile(r'"([^"\n]+)"|«([^»\n]+)»')
_BASE_INDIRECT = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت)(?:\s+\S+){0,6}?\s+"
    r"((?:إلى\s+)?[أإا]ن\S*[^.!؟?\n]*)"
)


def baseline_quotes(article: Article) -> None:
    """Annotate ``article`` with the regex baseline (see :data:`_BASE_DIRECT`)."""
    for m in _BASE_DIRECT.finditer(article.text):
        g = 1 if m.group(1) is not None else 2
        article.quotes.append(Quote(m.start(g), m.end(g), kind="direct"))
    for m in _BASE_INDIRECT.finditer(article.text):
        article.quotes.append(Quote(m.start(1), m.end(1), kind="indirect"))

TAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"


def quote_record(q: Quote) -> tuple:
    """Every field of ``q`` as a plain tuple (offsets, kind, cue span, cue text, speaker, speaker span,
    entity index): the unit of the ``--digest`` fingerprint."""
    cue = (q.cue.start, q.cue.end) if q.cue is not None else None
    sp = (q.speaker_span.start, q.speaker_span.end) if q.speaker_span is not None else None
    return (q.start, q.end, q.kind, cue, q.cue_text, q.speaker, sp, q.entity)


def article_digest_line(art: Article) -> str:
    """One line for ``art``: its source, its quotes (:func:`quote_record`) and its problems."""
    problems = [(p.level, p.code, p.message) for p in art.problems]
    return f"{art.source}\t{[quote_record(q) for q in art.quotes]!r}\t{problems!r}\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--digest", action="store_true", help="print a SHA-256 of every quote (no dev scores)")
    ap.add_argument("--digest-file", type=Path, default=None, help="with --digest: one line per article")
    ap.add_argument("--pipeline", action="store_true", help="run the whole pipeline (entities included), not the quotes stage alone")
    args = ap.parse_args()
    if args.pipeline:
        from marsad.pipeline import annotate as run_pipeline
    if not args.digest:
        dev_scores()
    digest = hashlib.sha256()
    digest_out = args.digest_file.open("w", encoding="utf-8") if args.digest_file else None
    t_read = t_layout = t_quotes = t_base = 0.0
    n = with_quotes = failures = 0
    kinds: collections.Counter[str] = collections.Counter()
    t0 = time.process_time()
    with tarfile.open(TAR, "r:gz") as tf:
        for ti in tf:
            if not ti.isfile() or not ti.name.endswith(".txt") or "/README" in ti.name:
                continue
            f = tf.extractfile(ti)
            data = f.read() if f else b""
            a0 = time.process_time()
            articles = list(read_records(data, source=ti.name))
            a1 = time.process_time()
            t_read += a1 - a0
            for art in articles:
                plain = Article(text=art.text)
                c0 = time.process_time()
                baseline_quotes(plain)
                t_base += time.process_time() - c0
                b0 = time.process_time()
                if not args.pipeline:
                    segment(art)
                b1 = time.process_time()
                try:
                    if args.pipeline:
                        run_pipeline(art)
                    else:
                        annotate_quotes(art)
                except Exception:  # noqa: BLE001 - counted, the benchmark goes on
                    failures += 1
                b2 = time.process_time()
                t_layout += b1 - b0
                t_quotes += b2 - b1
                n += 1
                with_quotes += bool(art.quotes)
                kinds.update(q.kind for q in art.quotes)
                if args.digest:
                    line = article_digest_line(art)
                    digest.update(line.encode("utf-8"))
                    if digest_out is not None:
                        digest_out.write(line)
            if args.limit and n >= args.limit:
                break
    wall = time.process_time() - t0
    print(f"articles {n:,}  failures {failures}  CPU {wall:.1f} s (incl. tar decompression)")
    print(f"quotes stage: {t_quotes:.2f} s = {n / t_quotes:,.0f} articles/s  ({1000 * t_quotes / n:.3f} ms/article)")
    print(f"reader {t_read:.2f} s, layout.segment {t_layout:.2f} s")
    print(f"regex baseline: {t_base:.2f} s = {n / t_base:,.0f} articles/s (ratio quotes/baseline {t_quotes / t_base:.1f}x)")
    print(f"quotes {sum(kinds.values()):,} {dict(kinds)}; articles with a quote {with_quotes / n:.1%}")
    if args.digest:
        if digest_out is not None:
            digest_out.close()
        print(f"digest {digest.hexdigest()} ({n:,} articles)")


def dev_scores() -> None:
    """Precision/recall/speaker accuracy of Marsad and of the regex baseline on the development set."""
    import tempfile

    from marsad.quotes.evaluate import Report, materialise, raw_beside, read_article, score_article

    gold_dir = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes"
    with tempfile.TemporaryDirectory() as tmp:
        golds = materialise(gold_dir, TAR.parents[1], tmp)
        ours, base = Report(), Report()
        for gp in golds:
            gold = json.loads(gp.read_text(encoding="utf-8"))
            art = read_article(raw_beside(gp))
            ours.files.append(score_article(art, gold, gp.name))
            art.quotes.clear()
            baseline_quotes(art)
            base.files.append(score_article(art, gold, gp.name))
    print("dev set, marsad:  ", ours.summary())
    print("dev set, baseline:", base.summary())


if __name__ == "__main__":
    main()
