"""Hostile input through the whole pipeline (``marsad.parse`` / ``marsad.parse_path``) and through
``marsad ingest`` into a real SQLite store (issue 7).

Every input is generated here at run time (nothing big is committed). For each: no stage fails,
no article times out (the time limit, ``settings.ARTICLE_TIME_LIMIT_S`` = 5 s of CPU per article, is the
bound: a stage slower than that is interrupted and recorded as ``timeout``), the text is
kept verbatim, and every annotation's offsets lie inside the text. The set is also what
``bench/reliability.py`` runs.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import marsad
from marsad import settings
from marsad.model import Article, Span

_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_QUOTE_MARKS = '"«»“”'


def _quotes_mixed() -> str:
    """5,000 quotation marks of the five kinds, unbalanced, between words and cue verbs."""
    rnd = random.Random(5000)
    words = ["قال", "وقال: ", "كلمة ", " ", "", "وأضاف أن ", "الوزير "]
    return "".join(rnd.choice(_QUOTE_MARKS) + rnd.choice(words) for _ in range(5000))


def _nested_brackets() -> str:
    """Brackets and quotation marks nested 5,000 deep, closed in reverse order, around a sentence."""
    rnd = random.Random(5)
    pairs = ["()", "[]", "{}", "«»", "“”", '""', "()"]
    chosen = [rnd.choice(pairs) for _ in range(5000)]
    inner = "وقال الوزير: نعم. "
    return "".join(p[0] for p in chosen) + inner + "".join(p[1] for p in reversed(chosen))


def _every_category() -> str:
    """One code point of every Unicode general category (Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps
    Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co Cn), Arabic among them, shuffled into 40,000
    characters with spaces and newlines. ``Cs`` is a lone surrogate, as a JSON ``"\\ud83d"`` escape
    (half an emoji) gives."""
    rnd = random.Random(29)
    by_cat: dict[str, list[str]] = {}
    for cp in range(0x30000):
        by_cat.setdefault(unicodedata.category(chr(cp)), []).append(chr(cp))
    by_cat["Cs"] = ["\ud83d", "\udc00"]
    by_cat["Lo"] += list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى")
    cats = sorted(by_cat)
    assert len(cats) == 30, cats
    out = []
    for _ in range(40_000):
        r = rnd.random()
        out.append(" " if r < 0.15 else "\n" if r < 0.17 else rnd.choice(by_cat[rnd.choice(cats)]))
    return "".join(out)


def _long_prose(size: int = 400_000) -> str:
    """``size`` characters of news prose: paragraphs of 60 words drawn from the seed article (its
    names, cue verbs and quotation marks included) — a very long article, not a strange one."""
    rnd = random.Random(400)
    vocab = (Path(__file__).parent / "data" / "000_146a293be66b7c19.txt").read_text("utf-8").split()
    paras, n = [], 0
    while n < size:
        paras.append(" ".join(rnd.choice(vocab) for _ in range(60)) + ".")
        n += len(paras[-1]) + 2
    return "\n\n".join(paras)[:size]


#: name → generator of the hostile text (issue 7's list, then more of the same kind).
HOSTILE: dict[str, Callable[[], str]] = {
    "harakat-only": lambda: _HARAKAT * 11_000,  # 99,000 combining marks, no base letter
    "bidi-only": lambda: _BIDI * 8_000,  # 96,000 BiDi controls
    "hashtags-10k": lambda: " ".join(f"#وسم_{i}" for i in range(10_000)),
    "quotes-5k-mixed": _quotes_mixed,
    "quotes-5k-cued": lambda: "".join(f"وقال: {_QUOTE_MARKS[i % 5]}" for i in range(5_000)),
    "brackets-nested-5k": _nested_brackets,
    "word-100k": lambda: "ب" * 100_000,  # one 100,000-character word, no space
    "word-100k-harakat": lambda: "بَ" * 50_000,
    "every-unicode-category": _every_category,
    "lines-20k": lambda: "سطر قصير\n" * 20_000,
    "hashes-only": lambda: "#" * 50_000,
    # cue verbs by the thousand in one paragraph: each cue's statement end, stops and earlier cues
    # must be found without rescanning all the others (quadratic before)
    "cue-colons-10k": lambda: "قال: " * 10_000,
    "cue-clauses-5k": lambda: "وقال الوزير إن " * 5_000,
    # quotation marks that do pair, nested 8,000 deep («…“…»…”): closing one must not rescan all open
    # a very long article: resolving each speaker must not look at every earlier name again
    "prose-400k": _long_prose,
    "quote-pairs-nested-8k": lambda: (
        " «كلمة" * 4_000 + " “كلمة" * 4_000 + " كلمة”" * 4_000 + " كلمة»" * 4_000
    ),
}


def hostile_inputs() -> Iterator[tuple[str, str]]:
    for name, make in HOSTILE.items():
        yield name, make()


# --- checks shared with the property-based test ----------------------------------------------
def spans_of(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span the article holds, with a label: fields, title, dateline, byline, publication,
    hashtags, blocks, removed blocks and what they repeat, sentences, fixes, time expressions,
    mentions, quotes with their cue and speaker spans."""
    for k, s in article.fields.items():
        yield f"fields[{k}]", s
    for name in ("title", "dateline", "byline", "published"):
        s = getattr(article, name)
        if s is not None:
            yield name, s
    for name in ("hashtags", "blocks", "removed", "sentences", "fixes", "timexes", "mentions", "quotes"):
        for i, s in enumerate(getattr(article, name)):
            yield f"{name}[{i}]", s
    for i, r in enumerate(article.removed):
        yield f"removed[{i}].repeats", r.repeats
    for i, q in enumerate(article.quotes):
        if q.cue is not None:
            yield f"quotes[{i}].cue", q.cue
        if q.speaker_span is not None:
            yield f"quotes[{i}].speaker_span", q.speaker_span


def bad_spans(article: Article) -> list[str]:
    """Labels of the spans not inside ``article.text`` or with start > end (``[]`` when all fine)."""
    n = len(article.text)
    return [
        f"{label}=({s.start}, {s.end}) of {n}"
        for label, s in spans_of(article)
        if not (0 <= s.start <= s.end <= n)
    ]


def stage_problems(article: Article) -> list[str]:
    """The ``stage-failed`` and ``timeout`` problems of an article, as ``code: message``."""
    return [f"{p.code}: {p.message}" for p in article.problems if p.code in ("stage-failed", "timeout")]


# --- through marsad.parse ----------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_through_every_stage(name):
    text = HOSTILE[name]()
    article = marsad.parse(text, fmt="text", source=name)
    assert stage_problems(article) == []
    assert article.text == text
    assert bad_spans(article) == []
    json.dumps(article.to_dict(), ensure_ascii=False)  # exportable


def test_hostile_texts_keep_their_structure_where_there_is_some():
    """Not only no crash: the hostile texts that hold words still get their annotations."""
    tags = marsad.parse(HOSTILE["hashtags-10k"](), fmt="text")
    assert len(tags.hashtags) == 10_000
    assert tags.hashtags[0].tag == "وسم_0" and tags.hashtags[-1].tag == "وسم_9999"
    nested = marsad.parse("عنوان\n\n" + _nested_brackets(), fmt="text")
    assert nested.paragraphs and nested.sentences


def test_a_json_escape_of_half_a_surrogate_pair_is_replaced_with_a_warning():
    """A JSON record may escape half an emoji (``"\\ud83d"``, a pair cut in two): ``json`` decodes it
    to a lone surrogate, which is not a character (strict UTF-8 encoders — SQLite's, crfsuite's —
    reject it). The reader replaces it by U+FFFD like an undecodable byte, with a ``decode`` warning;
    the raw bytes keep the escape."""
    record = json.dumps(
        {
            "title": "عاجل \ud83d",
            "content": "\udc00 وقال محمد بن سلمان إن الأمم المتحدة تدعم الخطة.",
            "url": "https://example.com/\ud83d",
        },
        ensure_ascii=True,
    )
    article = marsad.parse(record.encode(), fmt="json")
    assert stage_problems(article) == []
    assert article.text.startswith("عاجل \ufffd\n\n\ufffd وقال")
    assert article.meta["url"] == "https://example.com/\ufffd"
    assert [p.message for p in article.problems if p.code == "decode"] == [
        "3 lone surrogate escape(s) (half a UTF-16 pair) replaced by U+FFFD (raw kept)"
    ]
    assert article.raw == record.encode() and article.mentions


def test_a_text_holding_lone_surrogates_does_not_break_a_stage():
    """``marsad.parse`` of a ``str`` keeps the text verbatim, lone surrogates included; no stage may
    fail on them."""
    text = "عاجل \ud83d\n\n\udc00 وقال محمد بن سلمان إن الأمم المتحدة تدعم الخطة."
    article = marsad.parse(text, fmt="text")
    assert stage_problems(article) == []
    assert article.text == text and article.mentions


def test_a_50_mb_single_line_is_kept_raw_as_too_large_and_the_next_file_is_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    line = "كلمة " * (50 * 1024 * 1024 // len("كلمة ".encode()))  # 50 MB of UTF-8, no newline
    data = line.encode()
    assert len(data) > 50 * 1024 * 1024 - 9
    (folder / "a-long.txt").write_bytes(data)
    del line
    (folder / "b-good.txt").write_text("عنوان الخبر\n\nالرياض - واس\n\nفقرة أولى من الخبر.", "utf-8")
    long_one, good = marsad.parse_path(folder)
    assert [p.code for p in long_one.problems if p.level == "error"] == ["too-large"]
    assert long_one.raw == data and len(long_one.text) == len(data.decode())
    assert long_one.blocks == [] and long_one.sentences == []
    assert good.ok and good.paragraphs


# --- through `marsad ingest` into a real store ------------------------------------------------
def _marsad(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "marsad", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """Every hostile input as a file (UTF-8; the lone surrogates as a JSON escape), a 50 MB line,
    and two good articles, ingested by ``marsad ingest`` into one store."""
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    files: dict[str, bytes] = {}
    for name, text in hostile_inputs():
        if name == "every-unicode-category":
            files[f"{name}.json"] = json.dumps({"title": name, "content": text}).encode()
        else:
            files[f"{name}.txt"] = text.encode("utf-8")
    files["good-1.txt"] = "عنوان أول\n\nالرياض - واس\n\nأعلنت الوزارة خطة جديدة للنقل.\n".encode()
    files["good-2.txt"] = "عنوان ثان\n\nدبي - العربية.نت\n\nوقال المتحدث إن العمل بدأ.\n".encode()
    for fname, data in files.items():
        (folder / fname).write_bytes(data)
    big = ("كلمة " * (50 * 1024 * 1024 // 9)).encode()
    (folder / "line-50mb.txt").write_bytes(big)
    files["line-50mb.txt"] = b""  # compared by hash below, not kept in memory twice
    big_hash = __import__("hashlib").sha256(big).hexdigest()
    del big
    db = folder.parent / "m.db"
    run = _marsad("ingest", str(folder), "--db", str(db), "--json", "-q")
    return db, run, files, big_hash


def test_ingest_of_the_hostile_set_ends_well_and_keeps_everything(hostile_store):
    db, run, files, big_hash = hostile_store
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["read"] == summary["stored"] == len(files)
    assert summary["failures"] == {"too-large": 1}
    from marsad.store.db import Store

    with Store(db, create=False) as store:
        by_name = {}
        for aid in store.ids():
            a = store.load_article(aid)
            by_name[Path(a.source.split("#")[0]).name] = (a.raw, a.content_hash, a.ok)
    assert set(by_name) == set(files)
    for fname, data in files.items():
        raw, h, ok = by_name[fname]
        if fname == "line-50mb.txt":
            assert (h, ok) == (big_hash, False)
            assert __import__("hashlib").sha256(raw).hexdigest() == big_hash
        else:
            assert (raw, ok) == (data, True), fname


def test_no_hostile_input_fails_a_stage_or_times_out_in_the_store(hostile_store):
    db = hostile_store[0]
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT a.source, p.code, p.message FROM problems p JOIN articles a ON a.id = p.article_id "
            "WHERE p.code IN ('stage-failed', 'timeout', 'store-failed')"
        ).fetchall()
    assert rows == []


def test_the_hostile_store_verifies(hostile_store):
    db = hostile_store[0]
    run = _marsad("verify", "--db", str(db), "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["ok"] and {c["name"] for c in report["checks"]} >= {"sqlite integrity"}


def test_hostile_annotations_survive_the_store(hostile_store):
    """What the store gives back is what the pipeline made (same ``to_dict()``)."""
    from marsad.store.db import Store

    db = hostile_store[0]
    with Store(db, create=False) as store:
        for aid in store.ids():
            a = store.load_article(aid)
            if a.source.endswith(("hashtags-10k.txt", "brackets-nested-5k.txt", "good-1.txt")):
                fresh = marsad.parse(a.raw, source=a.source)
                assert a.to_dict() == fresh.to_dict(), a.source


def test_the_limits_are_the_documented_ones():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "reliability.md").read_text("utf-8")
    assert f"{settings.ARTICLE_TIME_LIMIT_S:g} s" in doc
    assert f"{settings.MAX_ARTICLE_CHARS:,}" in doc
    assert os.path.basename(__file__) in doc
