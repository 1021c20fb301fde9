"""Plain-text titles on ANT articles saved as plain text (new-user report nu22, item 2).

Usage::

    PYTHONPATH=src .venv/bin/python bench/layout_plain.py [--n 1500] [--every 7] [--repeat 5]

Takes every ``--every``-th file of ``../shared/corpora/ant-multisource-v2.1.tar.gz`` (up to ``--n``
with a TEXT field) and writes each as a plain text three ways, as a user saving the page would:
``TITLE`` + ``TEXT`` (``tt``), ``AUTHOR`` + ``TITLE`` + ``TEXT`` (``att``, articles with an author)
and ``TEXT`` alone (``t``). Runs :func:`marsad.layout.segment.segment` on each and prints, per way,
how many texts get the ``TITLE`` field as their title (``t``: how many get any title, all wrong),
and the best of ``--repeat`` timings of ``segment`` over the ``att`` texts (µs per article).
"""

from __future__ import annotations

import argparse
import platform
import re
import time

from marsad.layout.segment import segment
from marsad.model import Article

FIELD = re.compile(r"<(?!DOC>)([A-Z]+)>\n?(.*?)\n?</\1>", re.S)


def read(n: int, every: int) -> list[dict[str, str]]:
    """The fields of every ``every``-th ANT v2.1 file, up to ``n`` with a TEXT field."""
    from layout import ant_files  # bench/layout.py, beside this script

    out: list[dict[str, str]] = []
    for _name, data in ant_files(every, first=every):
        fields = dict(FIELD.findall(data.decode("utf-8", "replace")))
        if "TEXT" in fields:
            out.append({key: v.strip() if key != "TEXT" else v for key, v in fields.items()})
            if len(out) >= n:
                break
    return out


def title_of(text: str) -> str | None:
    a = Article(text=text, source="bench.txt", fmt="text")
    segment(a)
    return a.span_text(a.title) if a.title is not None else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--every", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = read(args.n, args.every)
    tt = sum(title_of(d.get("TITLE", "") + "\n" + d["TEXT"]) == d.get("TITLE", "") for d in docs)
    with_author = [d for d in docs if d.get("AUTHOR")]
    att_texts = [d["AUTHOR"] + "\n" + d.get("TITLE", "") + "\n" + d["TEXT"] for d in with_author]
    att = sum(title_of(t) == d.get("TITLE", "") for t, d in zip(att_texts, with_author, strict=True))
    body_only = sum(title_of(d["TEXT"]) is not None for d in docs)
    print(f"{len(docs)} ANT v2.1 articles (every {args.every}th file); {platform.python_version()}, {platform.machine()}")
    print(f"TITLE+TEXT: right title {tt}/{len(docs)}")
    print(f"AUTHOR+TITLE+TEXT: right title {att}/{len(with_author)}")
    print(f"TEXT only: a (wrong) title in {body_only}/{len(docs)}")
    for t in att_texts[:50]:
        title_of(t)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for t in att_texts:
            title_of(t)
        best = min(best, (time.perf_counter() - t0) / max(1, len(att_texts)))
    print(f"segment, AUTHOR+TITLE+TEXT texts: {best * 1e6:.0f} µs per article (best of {args.repeat})")


if __name__ == "__main__":
    main()
