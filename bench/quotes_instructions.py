"""Machine-independent cost of the quotes stage: instructions per article under callgrind.

The 2-core VM's speed varies by 1.5–2× over hours and with the other jobs on it, so CPU seconds of
two commits measured at different times cannot be compared. Instruction counts can: this script
reads the first ``--limit`` articles of ANT v2.1 (``bench/quotes.py``'s corpus), runs the layout
segmentation on each (not counted), then runs :func:`marsad.quotes.stage.annotate_quotes` on all of
them inside one ``functools.reduce`` call, and counts only the instructions executed inside that call
(``valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce``; the stage
itself never calls ``reduce``). ``PYTHONHASHSEED=0`` makes the count repeatable (set and dict
iteration order otherwise changes it by a few hundred instructions per article). Usage::

    .venv/bin/python bench/quotes_instructions.py [--limit 1000] [TREE ...]
    .venv/bin/python bench/quotes_instructions.py --times 2 --time-limit 10000 OLD_TREE NEW_TREE

Each ``TREE`` is a checkout (a git worktree) whose ``src`` is put on ``PYTHONPATH`` (default: this
checkout); for each it prints the instructions (total and per article) and the SHA-256 of the
quotes (the ``bench/quotes.py --digest`` lines), so two trees can be checked for identical output on
the same prefix. ``--times R`` then also runs ``bench/quotes.py --digest --limit TIME_LIMIT``
(``--time-limit 0``: the whole corpus) ``R`` rounds, the trees alternating (ABAB…, then BA… in the
next round) so both see the same state of the machine, and prints each run's quotes-stage CPU
seconds and the process's user+system time. Needs ``valgrind`` (``apt-get install valgrind``);
``perf stat -e instructions`` does not work on this VM (the counter is not exposed to the guest).

Cost: about 1 minute of valgrind per 100 articles on the 2-core VM (the count itself does not
depend on the load).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def _inner(limit: int) -> None:
    """Run under valgrind: prepare ``limit`` articles, then the counted stage; print the digest."""
    import tarfile
    from functools import reduce

    sys.path.insert(0, str(HERE.parent))
    from quotes import TAR, article_digest_line  # bench/quotes.py

    from marsad.io.readers import read_records
    from marsad.layout.segment import segment
    from marsad.quotes.stage import annotate_quotes

    articles = []
    first: tuple[bytes, str] | None = None
    with tarfile.open(TAR, "r:gz") as tf:
        for ti in tf:
            if not ti.isfile() or not ti.name.endswith(".txt") or "/README" in ti.name:
                continue
            f = tf.extractfile(ti)
            data = f.read() if f else b""
            if first is None:
                first = (data, ti.name)
            for art in read_records(data, source=ti.name):
                segment(art)
                articles.append(art)
            if len(articles) >= limit:
                break
    articles = articles[:limit]
    # warm the stage outside the count (tables and models loaded on first use) on a fresh copy of
    # the first file's articles
    if first is not None:
        for art in read_records(first[0], source=first[1]):
            segment(art)
            annotate_quotes(art)

    def step(failures: int, art) -> int:
        try:
            annotate_quotes(art)
        except Exception:  # noqa: BLE001 - counted, as in bench/quotes.py
            return failures + 1
        return failures

    failures = reduce(step, articles, 0)
    digest = hashlib.sha256()
    for art in articles:
        digest.update(article_digest_line(art).encode("utf-8"))
    print(f"INNER articles={len(articles)} failures={failures} digest={digest.hexdigest()}")


def count(tree: Path, limit: int) -> tuple[int, str]:
    """Instructions inside the stage for ``tree`` on ``limit`` articles, and the output line."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
            "--collect-atstart=no", "--toggle-collect=functools_reduce",
            sys.executable, str(HERE), "--inner", "--limit", str(limit),
        ]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    m = re.search(r"Collected : ([\d,]+)", proc.stderr)
    inner = [ln for ln in proc.stdout.splitlines() if ln.startswith("INNER")]
    if proc.returncode != 0 or m is None or not inner:
        raise SystemExit(f"callgrind run failed for {tree}:\n{proc.stderr[-2000:]}\n{proc.stdout[-2000:]}")
    return int(m.group(1).replace(",", "")), inner[0]


def timed(tree: Path, limit: int) -> tuple[float, float, str]:
    """``bench/quotes.py --digest`` of ``tree``: (quotes-stage CPU s, process user+sys s, digest)."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    cmd = [sys.executable, str(HERE.parent / "quotes.py"), "--digest"]
    if limit:
        cmd += ["--limit", str(limit)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stage = float(re.search(r"quotes stage: ([\d.]+) s", proc.stdout).group(1))
    digest = re.search(r"digest (\w+)", proc.stdout).group(1)
    return stage, cpu, digest


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trees", nargs="*", type=Path, help="checkouts to measure (default: this one)")
    ap.add_argument("--limit", type=int, default=1000, help="articles counted under callgrind")
    ap.add_argument("--no-count", action="store_true", help="skip the callgrind counts")
    ap.add_argument("--times", type=int, default=0, help="rounds of alternating CPU-time runs")
    ap.add_argument("--time-limit", type=int, default=10000, help="articles per timed run (0: all)")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        _inner(args.limit)
        return
    trees = [t.resolve() for t in args.trees] or [ROOT]
    if not args.no_count:
        for tree in trees:
            n, line = count(tree, args.limit)
            print(f"{tree}: {n:,} instructions in the stage, {n / args.limit / 1e6:.3f} M / article; {line}", flush=True)
    for r in range(args.times):
        order = trees if r % 2 == 0 else trees[::-1]
        for tree in order:
            stage, cpu, digest = timed(tree, args.time_limit)
            print(f"round {r + 1} {tree}: quotes stage {stage:.2f} CPU s, process {cpu:.2f} CPU s, digest {digest[:16]}", flush=True)


if __name__ == "__main__":
    main()
