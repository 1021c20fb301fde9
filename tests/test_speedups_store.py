"""The compiled pieces the store and the stemmer's set look-ups use give the Python answers:
``collapse_whitespace_utf8`` (the body hash) is ``" ".join(text.split())`` as UTF-8, and the C hash sets of
protected names and particles answer ``word in frozenset`` (the stemmer's membership tests)."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import _speedups
from marsad.search import analyzer, stemmer
from marsad.store import db as store_db

compiled = analyzer._COMPILED
needs_compiled = pytest.mark.skipif(
    compiled is None, reason=f"compiled analysis not in use: {_speedups.status()['analysis']}"
)

#: Every code point ``str.split`` splits at (29 in Unicode 15).
WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_the_store_uses_the_compiled_collapse_when_the_analysis_is_compiled():
    if compiled is None:
        assert store_db._collapse_utf8 is store_db._collapse_whitespace_utf8
    else:
        assert store_db._collapse_utf8 is compiled.collapse_whitespace_utf8
    assert len(WHITE) == 29


@needs_compiled
def test_collapse_whitespace_on_every_code_point_at_once():
    text = "".join(chr(c) for c in range(sys.maxunicode + 1))  # lone surrogates included
    assert compiled.collapse_whitespace_utf8(text) == store_db._collapse_whitespace_utf8(text)
    for c in range(sys.maxunicode + 1):  # each alone, between words
        t = f"a{chr(c)}b "
        assert compiled.collapse_whitespace_utf8(t) == store_db._collapse_whitespace_utf8(t), hex(c)


@needs_compiled
@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([*WHITE, "a", "ب", "ة", "\u064b", "\U0001f600", "\ud800", "x y"]), max_size=30))
def test_collapse_whitespace_equals_split_join(parts):
    text = "".join(parts)
    assert compiled.collapse_whitespace_utf8(text) == " ".join(text.split()).encode("utf-8", "surrogatepass")


def test_body_hash_of_a_text_with_odd_white_space():
    from marsad.model import Article, Block

    text = "\u3000عنوان\t\tالخبر \n\n  فقرة\u00a0أولى\u2029 ثانية  "
    a = Article(text=text)
    a.blocks = [Block(0, 14, kind="lead"), Block(14, len(text), kind="body")]
    import hashlib

    expected = " ".join(" ".join([text[0:14], text[14:]]).split())
    assert store_db.body_hash_of(a) == hashlib.sha256(expected.encode()).hexdigest()


@needs_compiled
def test_the_c_word_sets_answer_as_the_python_sets():
    """Every protected name and particle is found; words one edit away (a letter dropped, added,
    changed), other words and empty strings are found exactly when the Python set has them."""
    assert analyzer._COMPILED is not None and compiled.is_configured()
    protected = frozenset(stemmer.PROTECTED_NAMES)
    particles = frozenset(stemmer.ALEF_MAQSURA_PARTICLES)  # what the analyzer configures
    rng = random.Random(7)
    letters = [chr(c) for c in range(0x0621, 0x064B)] + ["a", "ى", "\U0001f600"]
    for words, is_protected in ((protected, True), (particles, False)):
        for w in words:
            assert compiled.in_word_set(w, is_protected), w
        probes = [""]
        for w in list(words)[:3000]:
            i = rng.randrange(len(w) + 1)
            probes += [w[:i] + w[i + 1 :], w[:i] + rng.choice(letters) + w[i:], w + w]
        probes += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
        for p in probes:
            assert compiled.in_word_set(p, is_protected) == (p in words), p



RAW_CASES = [
    ("نص عربي", None),
    ("نص عربي", "نص عربي".encode()),
    ("نص عربي", "نص عربي\n".encode()),  # a TREC file's final newline: text+tail
    ("نص عربي", bytearray("نص عربي\n".encode())),
    ("نص عربي", "نص عربى".encode()),  # other bytes: blob
    ("نص عربي", "نص".encode()),  # shorter than the text: blob
    ("", b""),
    ("", b"\x00\xff"),  # no text: never text+tail
    ("", None),
    ("abc", b"abc\r\n"),
    ("\U0001f600 x", "\U0001f600 x".encode() + b"\xff"),
    ("caf\u00e9", "caf\u00e9".encode("cp1256", "replace")),
]


@pytest.mark.parametrize("text,raw", RAW_CASES)
def test_raw_storage_kinds(text, raw):
    """The kinds of schema.py: the bytes are the text's UTF-8 (``text``), it and a tail
    (``text+tail``), or other bytes (``blob``); raw_bytes_of gives the bytes back."""
    value, kind = store_db.raw_storage_of(text, raw)
    if raw is None:
        assert (value, kind) == (None, "none")
    else:
        utf8 = text.encode()
        expected = "text" if bytes(raw) == utf8 else "text+tail" if utf8 and bytes(raw).startswith(utf8) else "blob"
        assert kind == expected
        assert store_db.raw_bytes_of(kind, value, text) == bytes(raw)
    assert store_db._raw_storage(text, raw) == (value, kind)
    assert all(type(v) is bytes for v in (value,) if v is not None)


def test_raw_storage_refuses_lone_surrogates():
    for fn in {store_db.raw_storage_of, store_db._raw_storage}:
        with pytest.raises(ValueError, match="lone surrogate"):
            fn("ab\udc80c", b"ab\x80c")
        with pytest.raises(ValueError, match="lone surrogate"):
            fn("\ud800", None)


def test_the_store_uses_the_compiled_raw_storage_when_the_analysis_is_compiled():
    if compiled is None:
        assert store_db._raw_storage is store_db.raw_storage_of
    else:
        assert store_db._raw_storage is compiled.raw_storage


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "ب", "\u064b", "\U0001f600", "\n", " "]), max_size=12), st.binary(max_size=6))
def test_compiled_raw_storage_equals_the_reference(text, tail):
    for raw in (None, text.encode(), text.encode() + tail, tail, text.encode()[:-1] + tail):
        assert compiled.raw_storage(text, raw) == store_db.raw_storage_of(text, raw)


@needs_compiled
def test_the_stem_cache_gives_the_stems_of_the_key_it_holds():
    """The compiled analysis keeps the stems of the last key seen in each slot: texts analysed
    again and again (hits), more distinct keys than slots (slots replaced), keys at and past the
    longest kept (16 characters), keys with two stems (``و``), protected names and particles all
    give the Python analysis's streams; clearing empties it."""
    slots, _ = compiled.stem_cache_size()
    rng = random.Random(11)
    letters = [chr(c) for c in range(0x0621, 0x064B)] + ["ى", "ة", "a", "Z", "7"]
    names = sorted(stemmer.PROTECTED_NAMES)[:400] + sorted(stemmer.ALEF_MAQSURA_PARTICLES)
    words = ["و" + w for w in names] + ["بال" + w for w in names] + names
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 20))) for _ in range(slots + 5000)]
    words += ["ال" + "ب" * 14, "ال" + "ب" * 15, "و" + "ك" * 15, "وال" + "ت" * 14 + "ات"]
    texts = [" ".join(words[i : i + 50]) for i in range(0, len(words), 50)]
    for _ in range(2):
        for t in texts:
            assert compiled.analyze_text(t) == analyzer.analyze_text_python(t), t
        rng.shuffle(texts)
    assert compiled.stem_cache_size()[1] > slots // 4
    analyzer.clear_cache()
    assert compiled.stem_cache_size() == (slots, 0)
    for t in texts[:50]:
        assert compiled.analyze_text(t) == analyzer.analyze_text_python(t), t
