"""Reading speed of marsad.io (no annotation): articles/s, MB/s, peak RSS.

Usage::

    .venv/bin/python bench/io_read.py [--detect-sample N] [PATH ...]

Defaults to ../shared/corpora/ant-multisource-v2.1.tar.gz and the SaudiNewsNet zips. Side by side,
in the same run:

* ``marsad.io.iter_articles`` over each input (decode + detect + parse + fields + raw);
* the floor a user would otherwise write: ``tarfile``/``zipfile`` + ``bytes.decode("utf-8")``
  (+ ``json.loads`` for JSON), no fields, no checks;
* encoding detection alone on the first N ANT members: ``marsad.io.decode`` vs charset-normalizer's
  ``from_bytes(...).best()`` (what one would pick to detect encodings).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from marsad.io import decode, iter_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
DEFAULT = [SHARED / "ant-multisource-v2.1.tar.gz", SHARED / "saudinewsnet" / "dataset"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_marsad(path: Path) -> dict:
    c0 = time.process_time()
    t0 = time.perf_counter()
    n = errors = warnings = 0
    raw_bytes = 0
    for article in iter_articles([path]):
        n += 1
        raw_bytes += len(article.raw or b"")
        errors += not article.ok
        warnings += sum(p.level == "warning" for p in article.problems)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {
        "articles": n,
        "wall_s": dt,
        "cpu_s": cpu,
        "articles_per_cpu_s": n / cpu,
        "raw_MB_per_cpu_s": raw_bytes / cpu / 1e6,
        "articles_per_wall_s": n / dt,
        "raw_MB": raw_bytes / 1e6,
        "errors": errors,
        "warnings": warnings,
    }


def bench_floor(path: Path) -> dict:
    """tarfile/zipfile + utf-8 decode (+ json.loads): the least any reader must do."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    n = 0
    files = sorted(path.rglob("*.zip")) if path.is_dir() else [path]
    for f in files:
        if f.name.endswith(".zip"):
            with zipfile.ZipFile(f) as zf:
                for info in zf.infolist():
                    n += len(json.loads(zf.read(info).decode("utf-8")))
        else:
            with tarfile.open(f, "r|*") as tf:
                for m in tf:
                    if m.isfile():
                        tf.extractfile(m).read().decode("utf-8")  # type: ignore[union-attr]
                        n += 1
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {"records": n, "wall_s": dt, "cpu_s": cpu, "records_per_cpu_s": n / cpu}


def bench_detection(path: Path, limit: int) -> dict:
    from charset_normalizer import from_bytes

    blobs = []
    with tarfile.open(path, "r|*") as tf:
        for m in tf:
            if m.isfile():
                blobs.append(tf.extractfile(m).read())  # type: ignore[union-attr]
                if len(blobs) >= limit:
                    break
    size = sum(map(len, blobs)) / 1e6
    legacy = [b.decode("utf-8").encode("cp1256", "replace") for b in blobs]
    out = {"members": len(blobs), "MB": size}
    for label, data in (("utf8", blobs), ("cp1256", legacy)):
        t0 = time.perf_counter()
        ours = [decode(b).encoding for b in data]
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        theirs = [from_bytes(b).best() for b in data]
        t_cn = time.perf_counter() - t0
        out[label] = {
            "marsad_s": t_ours,
            "marsad_MB_per_s": size / t_ours,
            "charset_normalizer_s": t_cn,
            "charset_normalizer_MB_per_s": size / t_cn,
            "speedup": t_cn / t_ours,
            "marsad_encodings": sorted(set(ours)),
            "charset_normalizer_encodings": sorted({m.encoding if m else "None" for m in theirs}),
        }
    # accuracy on short texts (the titles of the same members), where detectors struggle
    from marsad.io.trec import parse_fields
    from marsad.model import Article

    titles = []
    for b in blobs:
        art = Article(text=b.decode("utf-8"))
        parse_fields(art.text, art)
        title = art.span_text(art.fields.get("TITLE"))
        try:
            title.encode("iso8859-6")
        except UnicodeEncodeError:
            continue
        titles.append(title)
    acc = {"titles": len(titles)}
    for codec in ("cp1256", "iso8859-6"):
        data = [t.encode(codec, "replace") for t in titles]
        ours = sum(decode(d).text == t for d, t in zip(data, titles, strict=True))
        theirs = sum(
            (m := from_bytes(d).best()) is not None and str(m) == t for d, t in zip(data, titles, strict=True)
        )
        acc[codec] = {
            "marsad_correct": ours / len(titles),
            "charset_normalizer_correct": theirs / len(titles),
        }
    out["short_text_accuracy"] = acc
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--detect-sample", type=int, default=2000)
    args = ap.parse_args(argv)
    results = {"python": sys.version.split()[0]}
    for p in args.paths:
        results[f"marsad {p.name}"] = bench_marsad(p)
        results[f"floor {p.name}"] = bench_floor(p)
    ant = next((p for p in args.paths if p.name.startswith("ant")), None)
    if ant is not None and args.detect_sample:
        results["detection"] = bench_detection(ant, args.detect_sample)
    results["peak_rss_MB"] = peak_rss_mb()
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
