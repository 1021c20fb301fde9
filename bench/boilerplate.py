"""Derive site boilerplate from the corpora: lines and text openings that recur in many articles
of one source (share bars, contact blocks, subscription lines), written as a small table that
``marsad.layout.boilerplate`` ships (``src/marsad/layout/boilerplate_table.json``).

Method (reproducible; eighth new-user report, finding 1):

* Every record of SaudiNewsNet (all daily zips: ``source`` field) and ANT v2.1 (the site folder)
  is split into its content lines (``content`` / ``TEXT``), each stripped.
* A line's key is the block key of ``marsad.layout.dedup.fast_fold`` (alef forms, ``ى``, ``ة``
  folded, marks deleted, white space removed) with every digit run shown as ``0``: phone numbers
  and SMS codes vary per writer, the wording does not.
* Counted per source: for each key, the number of **distinct titles** (a re-crawled article
  published again on another day counts once) and of distinct days (SaudiNewsNet) that carry it;
  and for each opening of the first line of 3–12 words, the same.
* A whole line is boilerplate when ``MIN_TITLES`` (10) distinct articles of its source carry it,
  on at least ``MIN_DAYS`` (3) days where days are known, it has at most ``MAX_LINE_CHARS`` (200)
  characters, and it is not already a non-prose line for the layout (a trailer, a related-link
  line, a date/credit line: ``segment`` takes those out before this table is asked).
* An opening is boilerplate when it is the *longest* opening so shared: on one day at least
  ``MIN_TITLES`` articles and ``MIN_DAY_SHARE`` (half) of the source's articles of that day start
  with it (ANT, without days: half of the source), it is no credit, and no one-word longer opening
  keeps half of them (what follows varies: the article starts there). Formulaic leads (weather
  bulletins, cables of congratulation) recur on many days but never in half a day's articles.

* A **trailer** is a fixed prefix and a variable tail closing an article: 3alyoum's tag list
  (``… آخر جملة. سمات الأرصاد طقس``), Al Weeam's ``رابط الخبر بصحيفة الوئام: <title>``. Counted
  per source: the prefixes (1–``MAX_TRAILER_WORDS`` words) of the *closing segment* (the last
  line's text after its last sentence end, when text precedes it). A prefix is a trailer when
  ``MIN_TITLES`` articles on ``MIN_DAYS`` days close with it, on its best day at least
  ``MIN_TRAILER_DAY_SHARE`` of the source's articles of that day do (ANT: of the source), at least
  ``MIN_CLOSING_SHARE`` of the source's sentences opening with it close an article, it is
  site-specific (the other sources open sentences with it at most ``MAX_ELSEWHERE_RATE`` times as
  often per article), the tails vary (``MIN_DISTINCT_TAILS`` of the segments distinct, digits
  aside), it is the longest such prefix (no one-word longer one keeps half of its articles) and
  no layout rule (trailer, non-prose line) already takes the segments out. A closing
  sentence of prose (``يذكر أن …``, ``وبهذه النتيجة ارتفع رصيد …``) fails the day share or the
  site test.

Printed: the table, each entry with its source, counts and share; ``--write`` writes the JSON.
Every entry the script selects is written; entries that a reader judged to be content would be
listed in ``REJECTED`` below with the reason (none so far; see docs/layout.md).

    python bench/boilerplate.py            # print
    python bench/boilerplate.py --write    # print and write src/marsad/layout/boilerplate_table.json
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

from marsad.layout.dateline import find_lead_dateline, parse_credit
from marsad.layout.dedup import fast_fold
from marsad.layout.rules import BOILERPLATE_LINE_PATTERNS, TRAILER_LINE_PATTERNS

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
OUT = Path(__file__).resolve().parents[1] / "src" / "marsad" / "layout" / "boilerplate_table.json"
MIN_TITLES = 10
MIN_DAYS = 3
MAX_LINE_CHARS = 200
MIN_DAY_SHARE = 0.5
MAX_OPENING_WORDS = 12
MAX_TRAILER_WORDS = 5
MIN_TRAILER_DAY_SHARE = 0.25
MIN_CLOSING_SHARE = 0.8
MAX_ELSEWHERE_RATE = 0.02
MIN_DISTINCT_TAILS = 0.5
#: A sentence end inside a line: the closing segment is what follows the last one.
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
#: Lines the script selects that a reader judged to be article structure or content, with why
#: (read 2026-11-30): they stay in the text.
REJECTED: dict[str, str] = {
    "أداء الأسهم": "a sub-heading of Al Eqtisadiya's daily market report, over that day's figures",
    "الأداء العام للسوق": "the same report's sub-heading",
    "أداء القطاعات": "the same report's sub-heading",
    "السطر الأخير :": "an Okaz column's label before its closing line, which is the writer's text",
    "#ثمانٍ_وأربعون_قانوناً_للقوة_روبرت_جرين": "the book a column series reviews: its subject",
    "Next Previous عين اليوم – جدة": "slider buttons glued to a dateline: the navigation kind cuts the "
    "buttons and the dateline stays (marsad.layout.boilerplate)",
}


def is_credit(line: str) -> bool:
    """True for a dateline/byline line (``عين اليوم – جدة``, ``عمر إبراهيم – عين اليوم``, a name
    alone): the layout makes those ``dateline``/``byline`` blocks, they are no boilerplate."""
    if "." in line or "…" in line:  # "...المزيد", "إلى اللقاء..": a link or sign-off, no credit
        return False
    if find_lead_dateline(line, 0, len(line), whole_line=True) is not None:
        return True
    credit = parse_credit(line, 0, len(line))
    return bool(credit and credit.parts and all(p.cls in ("place", "agency", "person") for p in credit.parts))


_DIGITS = re.compile(r"[0-9٠-٩۰-۹]+")
_NON_PROSE = re.compile("|".join(f"(?:{p})" for p in (*TRAILER_LINE_PATTERNS, *BOILERPLATE_LINE_PATTERNS)))
_DOC = re.compile(r"<SRC>(.*?)</SRC>.*?<TITLE>(.*?)</TITLE>.*?<TEXT>(.*?)</TEXT>", re.S)


def line_key(line: str) -> str:
    """The comparison key of a line: fast_fold, digit runs as ``0``."""
    return _DIGITS.sub("0", fast_fold(line))


def records():
    """(corpus, source, day, title, content) of every record: SaudiNewsNet, ANT v2.1, ANT v1.1."""
    for z in sorted((SHARED / "corpora" / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for r in json.loads(zf.read(name)):
                    yield (
                        "saudinewsnet",
                        r.get("source") or "",
                        z.stem,
                        r.get("title") or "",
                        r.get("content") or "",
                    )
    for corpus, archive in (("ant-v2.1", "ant-multisource-v2.1.tar.gz"), ("ant-v1.1", "ant-v1.1.tar.gz")):  # v1.1: Jawhara FM
        with tarfile.open(SHARED / "corpora" / archive) as tf:
            for m in tf:
                if not m.isfile() or not m.name.endswith(".txt"):
                    continue
                raw = tf.extractfile(m).read().decode("utf-8", "replace")
                for src, title, text in _DOC.findall(raw):
                    yield corpus, src.strip().lower(), "", title.strip(), text


def count():
    lines: dict[tuple[str, str, str], dict] = {}
    openings: dict[tuple[str, str, str], dict] = {}
    closings: dict[tuple[str, str, str], dict] = {}
    sentence_openers: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    per_source: collections.Counter = collections.Counter()
    titles_seen: dict[tuple[str, str], set] = collections.defaultdict(set)

    def bump(table, key, text, title, day):
        e = table.get(key)
        if e is None:
            e = table[key] = {"text": text, "titles": set(), "days": set(), "per_day": collections.Counter()}
        e["titles"].add(title)
        if day:
            e["days"].add(day)
            e["per_day"][day] += 1

    for corpus, source, day, title, content in records():
        tkey = fast_fold(title)
        if tkey in titles_seen[(corpus, source)]:
            continue  # a re-published article: counted once
        titles_seen[(corpus, source)].add(tkey)
        per_source[(corpus, source)] += 1
        per_source[(corpus, source, day)] += 1
        ls = [s for s in (x.strip() for x in content.split("\n")) if s]
        for ln in set(ls):
            if len(ln) <= MAX_LINE_CHARS:
                bump(lines, (corpus, source, line_key(ln)), ln, tkey, day)
        if ls:
            words = ls[0].split()
            for k in range(3, min(MAX_OPENING_WORDS, len(words) - 1) + 1):
                op = " ".join(words[:k])
                bump(openings, (corpus, source, line_key(op)), op, tkey, day)
            heads = set()
            for ln in ls:
                for seg in _SENTENCE_END.split(ln):
                    w = seg.split()
                    for k in range(1, min(MAX_TRAILER_WORDS, len(w)) + 1):
                        heads.add(line_key(" ".join(w[:k])))
            sentence_openers[(corpus, source)].update(heads)
            segs = _SENTENCE_END.split(ls[-1])
            if len(ls) > 1 or len(segs) > 1:
                seg = segs[-1]
                w = seg.split()
                for k in range(1, min(MAX_TRAILER_WORDS, len(w)) + 1):
                    op = " ".join(w[:k])
                    bump(closings, (corpus, source, line_key(op)), op, tkey, day)
                    e = closings[(corpus, source, line_key(op))]
                    e.setdefault("tails", set()).add(line_key(seg))
                    e.setdefault("segment", seg)
    return lines, openings, per_source, closings, sentence_openers


def select_trailers(closings, sentence_openers, per_source) -> list[dict]:
    """The ``trailer`` entries (see the module's doc): prefixes of articles' closing segments."""
    totals: collections.Counter = collections.Counter()
    for c in sentence_openers.values():
        totals.update(c)
    n_all = sum(n for k, n in per_source.items() if len(k) == 2)
    kept = {}
    for (corpus, source, key), e in closings.items():
        n, days = len(e["titles"]), len(e["days"])
        if n < MIN_TITLES or (corpus == "saudinewsnet" and days < MIN_DAYS) or e["text"] in REJECTED:
            continue
        total = per_source[(corpus, source)]
        if e["per_day"]:
            day, n_day = e["per_day"].most_common(1)[0]
            if n_day < MIN_TRAILER_DAY_SHARE * per_source[(corpus, source, day)]:
                continue
        elif n < MIN_TRAILER_DAY_SHARE * total:
            continue
        here = sentence_openers[(corpus, source)][key]
        if n < MIN_CLOSING_SHARE * here:
            continue
        elsewhere = totals[key] - here
        if elsewhere / max(1, n_all - total) > MAX_ELSEWHERE_RATE * n / total:
            continue
        if len(e["tails"]) < MIN_DISTINCT_TAILS * n:
            continue
        seg = e["segment"]
        # no is_credit test: a one-word prefix (``سمات``) reads as a name; a dateline or byline
        # closes no article often enough, and a closing byline's tail does not vary
        if _NON_PROSE.fullmatch(seg) or not re.search(r"[^\W\d_]", e["text"]):
            continue
        kept[(corpus, source, key)] = (e, n, days, total)
    out = []
    for (corpus, source, key), (e, n, days, total) in kept.items():
        longer = [
            m for (c2, s2, _k2), (e2, m, _d, _t) in kept.items()
            if (c2, s2) == (corpus, source) and len(e2["text"].split()) == len(e["text"].split()) + 1
            and line_key(" ".join(e2["text"].split()[:-1])) == key
        ]
        if any(m >= n / 2 for m in longer):
            continue
        out.append(
            {
                "where": "trailer",
                "text": e["text"],
                "corpus": corpus,
                "source": source,
                "articles": n,
                "days": days,
                "share": round(n / total, 3),
            }
        )
    return out


def select(lines, openings, per_source, closings=None, sentence_openers=None):
    out = []
    for (corpus, source, _key), e in lines.items():
        n, days = len(e["titles"]), len(e["days"])
        if n < MIN_TITLES or (corpus == "saudinewsnet" and days < MIN_DAYS) or e["text"] in REJECTED:
            continue
        if is_credit(e["text"]) or _NON_PROSE.fullmatch(e["text"]) or not re.search(r"[^\W\d_]", e["text"]):
            continue
        out.append(
            {
                "where": "line",
                "text": e["text"],
                "corpus": corpus,
                "source": source,
                "articles": n,
                "days": days,
                "share": round(n / per_source[(corpus, source)], 3),
            }
        )
    best_child: dict[tuple[str, str, str], int] = collections.Counter()
    for (corpus, source, _key), e in openings.items():
        words = e["text"].split()
        parent = (corpus, source, line_key(" ".join(words[:-1])))
        best_child[parent] = max(best_child[parent], len(e["titles"]))
    for (corpus, source, key), e in openings.items():
        n, days = len(e["titles"]), len(e["days"])
        total = per_source[(corpus, source)]
        if n < MIN_TITLES or e["text"] in REJECTED or is_credit(e["text"]):
            continue
        if e["per_day"]:  # one day's share (a share bar seen on one day only: Okaz, 2015-08-11)
            day, n_day = e["per_day"].most_common(1)[0]
            if n_day < MIN_TITLES or n_day < MIN_DAY_SHARE * per_source[(corpus, source, day)]:
                continue
        elif n < MIN_DAY_SHARE * total:
            continue
        if best_child[(corpus, source, key)] >= n / 2:
            continue
        out.append(
            {
                "where": "opening",
                "text": e["text"],
                "corpus": corpus,
                "source": source,
                "articles": n,
                "days": days,
                "share": round(n / total, 3),
            }
        )
    if closings is not None:
        out.extend(select_trailers(closings, sentence_openers, per_source))
    out.sort(key=lambda e: (e["where"], e["corpus"], e["source"], -e["articles"]))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = ap.parse_args(argv)
    lines, openings, per_source, closings, sentence_openers = count()
    table = select(lines, openings, per_source, closings, sentence_openers)
    for e in table:
        print(
            f"{e['where']:8} {e['corpus']:12} {e['source']:14} {e['articles']:6} {e['days']:3} {e['share']:.3f}  {e['text']}"
        )
    print(f"{len(table)} entries", file=sys.stderr)
    if args.write:
        meta = {
            "made_by": "bench/boilerplate.py",
            "min_titles": MIN_TITLES,
            "min_days": MIN_DAYS,
            "min_day_share": MIN_DAY_SHARE,
            "trailers": {
                "max_words": MAX_TRAILER_WORDS,
                "min_day_share": MIN_TRAILER_DAY_SHARE,
                "min_closing_share": MIN_CLOSING_SHARE,
                "max_elsewhere_rate": MAX_ELSEWHERE_RATE,
                "min_distinct_tails": MIN_DISTINCT_TAILS,
            },
            "articles_per_source": {
                f"{k[0]}:{k[1]}": n for k, n in sorted(per_source.items()) if len(k) == 2
            },
        }
        OUT.write_text(json.dumps({"meta": meta, "entries": table}, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
