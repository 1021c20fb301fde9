"""Crash test on the real corpus: SIGKILL `marsad ingest` mid-run, rerun it, check nothing is lost.

    .venv/bin/python bench/kill_resume.py [--limit 4000] [--kill-after 1500] [--core]

Starts ``marsad ingest <ANT v2.1> --limit N`` in a subprocess, kills it with SIGKILL once at least
``--kill-after`` articles are committed, reruns the same command, then checks: every input record is
in ``sources`` exactly once, every article once (unique content hash), ``PRAGMA integrity_check`` is
``ok`` and ``marsad verify`` passes. Prints the figures as JSON (for ``docs/benchmarks/ingest.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"


def count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=4000)
    ap.add_argument("--kill-after", type=int, default=1500)
    ap.add_argument("--core", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marsad-kill-") as tmp:
        db = Path(tmp) / "kill.db"
        cmd = [sys.executable, "-m", "marsad", "ingest", str(args.corpus), "--db", str(db), "-q", "--json"]
        cmd += ["--limit", str(args.limit)] + (["--core"] if args.core else [])
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        committed = 0
        while proc.poll() is None:
            committed = count(db, "SELECT count(*) FROM sources")
            if committed >= args.kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.05)
        proc.wait()
        killed_s = time.perf_counter() - t0
        at_kill = count(db, "SELECT count(*) FROM sources")
        t1 = time.perf_counter()
        rerun = subprocess.run(cmd, capture_output=True, text=True)
        rerun_s = time.perf_counter() - t1
        summary = json.loads(rerun.stdout) if rerun.returncode == 0 else {"error": rerun.stderr[-500:]}
        con = sqlite3.connect(db)
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        records, distinct = con.execute(
            "SELECT count(*), count(DISTINCT source || '#' || ordinal) FROM sources"
        ).fetchone()
        articles, hashes = con.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM articles"
        ).fetchone()
        con.close()
        verify = subprocess.run(
            [sys.executable, "-m", "marsad", "verify", "--db", str(db)], capture_output=True, text=True
        )
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": "python bench/kill_resume.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "killed_with": "SIGKILL",
        "killed_after_s": round(killed_s, 1),
        "records_committed_at_kill": at_kill,
        "killed_process_returncode": proc.returncode,
        "rerun_s": round(rerun_s, 1),
        "rerun_summary": summary,
        "records_in_sources": records,
        "distinct_record_keys": distinct,
        "articles": articles,
        "distinct_content_hashes": hashes,
        "integrity_check": integrity,
        "verify_exit_code": verify.returncode,
        "ok": records == distinct == args.limit
        and articles == hashes
        and integrity == "ok"
        and verify.returncode == 0,
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
