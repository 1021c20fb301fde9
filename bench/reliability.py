"""Reliability bench (issue 7): the hostile set, the cost of the per-article time limit, and a
SIGKILL/resume run on a real corpus with a reader process searching the same store.

    .venv/bin/python bench/reliability.py                      # whole ANT v2.1 tar (31,525 files)
    .venv/bin/python bench/reliability.py --limit 5000         # a quicker look
    .venv/bin/python bench/reliability.py --skip-kill          # hostile set + overhead only

Prints (and writes to ``bench/out/reliability.json``):

1. every input of ``tests/test_reliability_hostile.py`` (plus a 50 MB single line and a JSON
   record with half a surrogate pair) through ``marsad.parse``: wall and CPU seconds, problems;
2. the per-article time limit's cost: CPU time of annotating the same corpus articles with the
   hard limit (``setitimer``/``SIGALRM`` + a rollback mark per stage) and without any timer
   (``time_limit_s=inf``), interleaved rounds, best of each;
3. the kill test: ``marsad ingest CORPUS`` SIGKILLed ``--kills`` times at evenly spaced points,
   then run to the end, while a separate process searches the store in a loop; then the counts
   (records, articles, duplicates, failures by reason), ``PRAGMA integrity_check``, ``marsad
   verify``, and the reader's queries and errors.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the hostile set and the reader live with the tests
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"
OUT = ROOT / "bench" / "out"


def _cpu() -> float:
    return time.process_time()


def hostile_set() -> list[dict]:
    """Every hostile input through ``marsad.parse``: seconds and problem codes."""
    import marsad
    from test_reliability_hostile import bad_spans, hostile_inputs, stage_problems

    marsad.parse("خبر\n\nفقرة أولى.")  # load the stages' data first
    rows = []
    cases = list(hostile_inputs())
    cases.append(
        (
            "json-half-surrogate-pair",
            json.dumps({"title": "عاجل \ud83d", "content": "\udc00 وقال محمد إن الأمم المتحدة تدعم الخطة."}),
        )
    )
    for name, text in cases:
        w, c = time.perf_counter(), _cpu()
        a = marsad.parse(
            text.encode() if name.startswith("json") else text,
            fmt="json" if name.startswith("json") else "text",
        )
        rows.append(
            {
                "input": name,
                "chars": len(text),
                "wall_s": round(time.perf_counter() - w, 3),
                "cpu_s": round(_cpu() - c, 3),
                "problems": dict(Counter(p.code for p in a.problems)),
                "stage_problems": stage_problems(a),
                "bad_spans": len(bad_spans(a)),
                "annotations": sum(
                    len(getattr(a, f)) for f in ("blocks", "sentences", "hashtags", "mentions", "quotes")
                ),
            }
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "line-50mb.txt"
        path.write_bytes(("كلمة " * (50 * 1024 * 1024 // 9)).encode())
        w, c = time.perf_counter(), _cpu()
        (a,) = marsad.parse_path(path)
        rows.append(
            {
                "input": "line-50mb (parse_path)",
                "chars": len(a.text),
                "wall_s": round(time.perf_counter() - w, 3),
                "cpu_s": round(_cpu() - c, 3),
                "problems": dict(Counter(p.code for p in a.problems)),
                "stage_problems": stage_problems(a),
                "bad_spans": len(bad_spans(a)),
                "annotations": 0,
            }
        )
    return rows


def limit_overhead(corpus: Path, n: int, rounds: int) -> dict:
    """CPU µs per article with and without the hard time limit, on ``n`` corpus articles (mean of
    ``rounds``), and the direct cost of what the limit adds: arming and disarming the timer once
    and a rollback mark before each stage."""
    from marsad import pipeline
    from marsad.io.sources import iter_articles
    from marsad.model import Article

    base = [a for _, a in zip(range(n), iter_articles([str(corpus)]), strict=False) if a.ok]
    pipeline.annotate(Article(text="خبر\n\nفقرة."))  # warm-up

    def fresh(a: Article) -> Article:
        return Article(
            text=a.text, source=a.source, fmt=a.fmt, encoding=a.encoding, raw=a.raw,
            fields=dict(a.fields), meta=dict(a.meta), problems=list(a.problems),
        )  # fmt: skip

    # Interleaved per article, the order alternating, so that drift in a shared machine's speed
    # falls on both configurations alike; CPU time of this process.
    configs = (("hard limit", pipeline.settings.ARTICLE_TIME_LIMIT_S), ("no timer", math.inf))
    total = {label: 0.0 for label, _ in configs}
    timeouts = 0
    for r in range(rounds):
        for k, a in enumerate(base):
            order = configs if (k + r) % 2 == 0 else configs[::-1]
            for label, limit in order:
                copy = fresh(a)
                c = _cpu()
                pipeline.annotate(copy, time_limit_s=limit)
                total[label] += _cpu() - c
                timeouts += any(p.code == "timeout" for p in copy.problems)
    best = {k: v / rounds for k, v in total.items()}
    # What a user would otherwise write: each article in a worker process, ``result(timeout=…)``
    # (a stuck worker would then have to be killed and the pool rebuilt). Wall time per article,
    # against the in-process hard limit on the same articles.
    from concurrent.futures import ProcessPoolExecutor

    subset = base[: min(len(base), 300)]
    w = time.perf_counter()
    for a in subset:
        pipeline.annotate(fresh(a))
    in_process = (time.perf_counter() - w) / len(subset) * 1e6
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(pipeline.annotate, fresh(base[0])).result(timeout=60)  # start and warm the worker
        w = time.perf_counter()
        for a in subset:
            pool.submit(pipeline.annotate, fresh(a)).result(timeout=pipeline.settings.ARTICLE_TIME_LIMIT_S)
        pooled = (time.perf_counter() - w) / len(subset) * 1e6
    arm = _micro(lambda: pipeline._disarm_timer(pipeline._arm_timer(5.0)))
    mark_article = fresh(base[0])
    mark = _micro(lambda: pipeline._mark(mark_article))
    per = {k: v / len(base) * 1e6 for k, v in best.items()}
    return {
        "articles": len(base),
        "rounds": rounds,
        "cpu_us_per_article": {k: round(v, 1) for k, v in per.items()},
        "overhead_pct": round(100 * (per["hard limit"] - per["no timer"]) / per["no timer"], 2),
        "arm_and_disarm_us": round(arm, 2),
        "mark_per_stage_us": round(mark, 2),
        "fixed_cost_us_per_article": round(arm + mark * len(pipeline.stages()), 1),
        "timeouts": timeouts,
        "wall_us_per_article_in_process_hard_limit": round(in_process, 1),
        "wall_us_per_article_process_pool_result_timeout": round(pooled, 1),
        "pool_vs_hard_limit": round(pooled / in_process, 2),
        "pool_articles": len(subset),
    }


def _micro(fn, n: int = 20_000) -> float:
    c = _cpu()
    for _ in range(n):
        fn()
    return (_cpu() - c) / n * 1e6


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return con.execute("SELECT count(*) FROM sources").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def kill_test(corpus: Path, limit: int | None, kills: int, workdir: Path) -> dict:
    """SIGKILL ``marsad ingest`` ``kills`` times at evenly spaced record counts, then finish."""
    from test_reliability_crash import _READER

    db, stop = workdir / "kill.db", workdir / "stop"
    args = [sys.executable, "-m", "marsad", "ingest", str(corpus), "--db", str(db), "-q", "--json"]
    if limit:
        args += ["--limit", str(limit)]
    total = limit or _count_members(corpus)
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(db), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    killed_at = []
    t0 = time.perf_counter()
    for k in range(1, kills + 1):
        target = total * k // (kills + 1)
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while proc.poll() is None and _count(db) < target:
            time.sleep(0.05)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed_at.append({"target_records": target, "rc": proc.returncode, "records_in_store": _count(db)})
    final = subprocess.run(args, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    stop.touch()
    r_out, r_err = reader.communicate(timeout=120)
    summary = json.loads(final.stdout) if final.returncode == 0 else {"error": final.stderr[-2000:]}
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        articles, distinct_hashes = con.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM articles"
        ).fetchone()
        records, distinct_records, dups = con.execute(
            "SELECT count(*), count(DISTINCT source || '#' || ordinal), sum(duplicate) FROM sources"
        ).fetchone()
        failed = con.execute("SELECT count(*) FROM articles WHERE failed").fetchone()[0]
        by_reason = dict(
            con.execute(
                "SELECT code, count(DISTINCT article_id) FROM problems WHERE level = 'error' GROUP BY code ORDER BY 2 DESC"
            ).fetchall()
        )
        warnings = dict(
            con.execute(
                "SELECT code, count(DISTINCT article_id) FROM problems WHERE level = 'warning' GROUP BY code ORDER BY 2 DESC"
            ).fetchall()
        )
    finally:
        con.close()
    ver = subprocess.run(
        [sys.executable, "-m", "marsad", "verify", "--db", str(db), "--json"], capture_output=True, text=True
    )
    return {
        "corpus": str(corpus),
        "limit": limit,
        "kills": killed_at,
        "final_rc": final.returncode,
        "final_summary": summary,
        "wall_s_all_runs": round(wall, 1),
        "store": {
            "records": records,
            "distinct_records": distinct_records,
            "articles": articles,
            "distinct_content_hashes": distinct_hashes,
            "duplicate_records": dups,
            "failed_articles": failed,
            "articles_with_error_by_reason": by_reason,
            "articles_with_warning_by_reason": warnings,
            "integrity_check": integrity,
        },
        "verify": {"rc": ver.returncode, **(json.loads(ver.stdout) if ver.stdout.strip() else {})},
        "reader": json.loads(r_out) if reader.returncode == 0 else {"crashed": r_err[-2000:]},
    }


def _count_members(corpus: Path) -> int:
    from marsad.store.ingest import estimate_total

    return estimate_total([corpus]) or 10_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="records of the corpus for the kill test")
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--overhead-articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip-hostile", action="store_true")
    ap.add_argument("--skip-overhead", action="store_true")
    ap.add_argument("--skip-kill", action="store_true")
    ns = ap.parse_args()
    out: dict = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": os.getloadavg(),
        "command": " ".join(sys.argv),
    }
    if not ns.skip_hostile:
        out["hostile"] = hostile_set()
        for r in out["hostile"]:
            print(
                f"{r['input']:28s} {r['chars']:>11,} chars  {r['wall_s']:7.3f} s wall  {r['cpu_s']:7.3f} s CPU  "
                f"{r['problems']}{'  STAGE: ' + str(r['stage_problems']) if r['stage_problems'] else ''}",
                flush=True,
            )
    have_corpus = ns.corpus.exists()
    if not have_corpus:
        print(f"corpus absent: {ns.corpus} (overhead and kill test skipped)")
    if have_corpus and not ns.skip_overhead:
        out["overhead"] = limit_overhead(ns.corpus, ns.overhead_articles, ns.rounds)
        print("time-limit overhead:", json.dumps(out["overhead"], ensure_ascii=False), flush=True)
    if have_corpus and not ns.skip_kill:
        with tempfile.TemporaryDirectory() as tmp:
            out["kill"] = kill_test(ns.corpus, ns.limit, ns.kills, Path(tmp))
        print("kill test:", json.dumps(out["kill"], ensure_ascii=False, indent=1), flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "reliability.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
