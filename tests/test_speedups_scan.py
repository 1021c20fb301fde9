"""The compiled text scans (``marsad._speedups.scan``) give exactly the results of the Python code
they replace in the core stages: character positions (``text.scan.char_positions``) and the one-pass
folds (``layout.dedup.fast_fold``, ``time.numerals.fold``); and the stages' output over real
articles is the same with and without them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from marsad import _speedups
from marsad.layout import dedup
from marsad.text import scan
from marsad.time import numerals

compiled = _speedups.load("scan")
needs_compiled = pytest.mark.skipif(
    compiled is None, reason=f"compiled scan not in use: {_speedups.status()['scan']}"
)

#: Characters the stages meet: Arabic letters, harakat, tatweel, digits of three scripts, BiDi and
#: zero-width controls, no-break spaces, quotes and brackets, sentence marks, Latin, an emoji.
_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى" "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫" "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2069"
    "\u200b\u200c\u200d\ufeff\u00a0\u202f\u2007" " \n\t.!?؟…،؛:\"“”„«»()[]#＃" "abcXYZé" "😀"
)
_TEXTS = st.text(alphabet=_ALPHABET, max_size=120) | st.text(max_size=60)
_CHAR_SETS = (
    "0123456789", ".!?؟…", '"“”„«»()[]', ":", "#＃", "\n", "😀a", "ا", "\u200f\u0640",
)


def test_the_active_path_is_reported():
    state = _speedups.status()["scan"]
    print(f"marsad._speedups scan: {state}")
    if compiled is None:
        assert scan.char_positions is scan.char_positions_python
        assert dedup.fast_fold is dedup.fast_fold_python
        assert numerals._FOLD_COMPILED is None
    else:
        assert state == "compiled"
        assert scan.char_positions is scan.char_positions_compiled


@pytest.mark.skipif(_speedups.disabled(), reason="MARSAD_PURE_PYTHON set")
def test_a_machine_with_a_c_compiler_runs_the_compiled_scan():
    """``pip install -e .`` builds the extension where a C compiler exists (CI, this machine): a
    silent build failure would only show up as a slower ingest."""
    import shutil
    import sysconfig

    if shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0]) is None:
        pytest.skip("no C compiler: the pure-Python path is expected")
    state = _speedups.status()["scan"]
    assert state == "compiled", f"{state}: rebuild with `.venv/bin/pip install -e .` (or `make install`)"


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from(_CHAR_SETS), st.integers(0, 130), st.integers(0, 140) | st.none())
def test_char_positions_equal_on_generated_text(text, chars, start, end):
    assert scan.char_positions_compiled(text, chars, start, end) == scan.char_positions_python(
        text, chars, start, end
    )


@needs_compiled
def test_char_positions_of_odd_arguments_fall_back_to_python():
    text = "اليوم 12:30 و 2017."
    assert scan.char_positions_compiled(text, ["1", "2"]) == [6, 7, 14, 16]  # a list, not a str
    assert scan.char_positions_compiled(text, "11") == [6, 6, 16, 16]  # repeated, as the reference
    assert scan.char_positions_compiled(text, "1", -5) == [16]  # a negative start counts from the end
    assert scan.char_positions_compiled(text, "0", 0, -1) == [10, 15]
    assert scan.char_positions_compiled("", "0") == []
    assert scan.char_positions_compiled("abc0", "0", 0, 99) == [3]  # latin-1 text, end past it


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_folds_equal_on_generated_text(text):
    assert dedup.fast_fold(text) == dedup.fast_fold_python(text)
    assert numerals.fold(text) == numerals.fold_python(text)


@needs_compiled
def test_fold_of_every_table_character_in_context():
    for ch in {*map(chr, numerals._FOLD_TABLE), *dedup._MARK_CHARS, *(a for a, _ in dedup._FAST_FOLDS)}:
        for context in ("{}", "ا{}ب", "{}{}", "1{}😀"):
            s = context.format(ch, ch)
            assert dedup.fast_fold(s) == dedup.fast_fold_python(s), repr(s)
            assert numerals.fold(s) == numerals.fold_python(s), repr(s)


def test_a_table_that_needs_two_passes_is_refused():
    """``ة → ه`` then ``ه → x`` differs from one pass: no compiled translation for it."""
    assert scan.compiled_translation({ord("ة"): "ه", ord("ه"): "x"}) is None
    assert scan.compiled_translation({ord("ة"): "ههه"}) is None  # two characters at most (spell25: ﻻ → لا)
    assert scan.compiled_translation({ord("ﻻ"): "لا"}, with_map=True) is None  # the offset map: 1:1 only
    assert scan.compiled_translation({0x1F600: ""}) is None
    if compiled is not None:
        tr = scan.compiled_translation({ord("ة"): "ه", ord("\u0640"): None})
        assert tr is not None and tr("جميـلة") == "جميله"


def _ant_articles(n):
    from marsad.io.sources import iter_articles

    return list(itertools.islice(iter_articles([shared_path("corpora", "ant-multisource-v2.1.tar.gz")]), n))


@needs_compiled
def test_core_stages_equal_with_and_without_the_compiled_scan_on_real_articles(monkeypatch):
    """The four core stages over 300 ANT articles (all five sources are among the first files)
    give the same ``to_dict()`` with the compiled scan and with the Python references."""
    from marsad import pipeline

    selected = pipeline.stages(pipeline.CORE_STAGES)

    def run():
        out = []
        for a in _ant_articles(300):
            for _name, fn in selected:
                fn(a)
            out.append(a.to_dict())
        return out

    fast = run()
    import sys

    for name, mod in list(sys.modules.items()):  # every module that imported the compiled scan
        if name.startswith("marsad.") and getattr(mod, "char_positions", None) is scan.char_positions_compiled:
            monkeypatch.setattr(mod, "char_positions", scan.char_positions_python)
    monkeypatch.setattr(dedup, "fast_fold", dedup.fast_fold_python)
    monkeypatch.setattr(numerals, "_FOLD_COMPILED", None)
    monkeypatch.setattr(numerals, "_FOLD_WITH_MAP", None)
    from marsad.layout import rules, segment
    from marsad.text import sentences
    from marsad.time import expressions

    monkeypatch.setattr(dedup, "_KEY_TRANSLATION", None)
    monkeypatch.setattr(dedup, "probe_hits", dedup.probe_hits_python)
    monkeypatch.setattr(rules, "_FOLD_TRANSLATE", None)
    monkeypatch.setattr(segment, "compiled_word_lines", None)
    monkeypatch.setattr(segment, "compiled_space_run", None)
    monkeypatch.setattr(segment, "_STRIP_SPACE", None)
    monkeypatch.setattr(sentences, "_STRIP_TRIM", None)
    monkeypatch.setattr(expressions, "_LITERALS", None)
    assert run() == fast


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_fold_with_map_equal_on_generated_text(text):
    """The offset map of the folded text: the deleted positions found by the compiled scan."""
    folded, to_raw = numerals.fold_with_map(text)
    compiled_fold = numerals._FOLD_COMPILED
    try:
        numerals._FOLD_COMPILED = None
        folded_py, to_raw_py = numerals.fold_with_map(text)
    finally:
        numerals._FOLD_COMPILED = compiled_fold
    assert folded == folded_py
    assert [to_raw(i) for i in range(len(folded) + 1)] == [to_raw_py(i) for i in range(len(folded) + 1)]


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=6))
def test_block_keys_equal_the_comparison_keys(texts):
    """One compiled pass over the joined blocks gives each block's comparison key (white space
    deleted), also for blocks holding the separator or a newline (then keyed one by one)."""
    from marsad.model import Article, Block

    text = ""
    blocks = []
    for t in texts:
        blocks.append(Block(len(text), len(text) + len(t), kind="body"))
        text += t + "\n"
    article = Article(text=text)
    expected = [dedup.comparison_key(t)[0] for t in texts]
    assert dedup._block_keys(article, blocks) == expected
    assert dedup._block_keys(article, blocks) == ["".join(dedup.fast_fold_python(t).split()) for t in texts]
    assert dedup._block_keys(Article(text="a\x00b"), [Block(0, 3, kind="body")]) == ["a\x00b"]


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ال", "يوم", "اليوم", "امس", "غد", "هذ", "شهر", "رمضان", "ذو", "ذي", "محرم",
                                 "الحجه", "خميس", "ماضي", "اسبوع", "ليله", "بارحه", "12", ":", " ", "ا", "ل",
                                 "😀", "é", "x"]), max_size=25).map("".join))
def test_time_scanner_positions_equal_the_python_scans(f):
    """One compiled pass gives the positions the time-expression scanner's ~15 Python scans give
    (for the Hijri gate only whether there is one counts)."""
    from marsad.time import expressions

    fast = expressions._positions(f)
    literals = expressions._LITERALS
    try:
        expressions._LITERALS = None
        slow = expressions._positions(f)
    finally:
        expressions._LITERALS = literals
    assert bool(fast[6]) == bool(slow[6])
    if slow[6]:
        assert fast[7] == slow[7]
    fast[6:8], slow[6:8] = [], []
    assert fast == slow


def test_literals_match_literal_positions_including_overlaps():
    if compiled is None:
        pytest.skip("compiled scan not in use")
    groups = (("ال" + "يوم", "ال" + "ليله"), ("aa",), ("a", "ab"), ("0", "1"))
    text = "اليوم والليله aaa ab 10 😀aa"
    got = compiled.Literals(groups).positions(text)
    assert got == [scan.literal_positions(text, g) for g in groups]
    assert got[1] == [14, 15, 25]  # overlapping 'aa' in 'aaa', and after an astral character


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_layout_rule_fold_equal_to_str_translate(text):
    from marsad.layout import rules

    assert rules.fold(text) == " ".join(text.translate(rules._FOLD_TABLE).split())


_RFC822_PARTS = st.tuples(
    st.sampled_from(["", "Sun, ", "Mon, ", "Thu, ", "Xyz, ", "Sun,"]),
    st.sampled_from(["1", "01", "29", "30", "31", "32", "0"]),
    st.sampled_from(["Jan", "Feb", "Apr", "Dec", "Sept", "jan"]),
    st.sampled_from(["2018", "2016", "1900", "9999", "0099", "18"]),
    st.tuples(st.integers(0, 25), st.integers(0, 61), st.integers(0, 61)),
    st.sampled_from(["+0400", "-0000", "+0000", "GMT", "-0530", "+0090", "+9999", "+2400", "UT", "EST"]),
)


@settings(max_examples=600, deadline=None)
@given(_RFC822_PARTS)
def test_rfc822_plain_form_reads_as_the_email_module_does(parts):
    """The fast reading of ``Sun, 18 Feb 2018 21:35:43 +0400`` gives what
    ``email.utils.parsedate_to_datetime`` gives: the same datetime and zone, or the same error."""
    from email.utils import parsedate_to_datetime

    from marsad.time.datetimes import _rfc822_datetime

    wd, d, mon, y, (h, mi, s), z = parts
    text = f"{wd}{d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} {z}"

    def outcome(fn):
        try:
            dt = fn(text)
        except (ValueError, TypeError, IndexError) as exc:
            return type(exc)
        return repr(dt), dt.tzinfo

    assert outcome(_rfc822_datetime) == outcome(parsedate_to_datetime)


_LINE_TEXTS = st.text(alphabet=" \n\t\r\xa0\u2028\u200f\u200b\x1c\u3000._-اa1😀", max_size=30)


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(_LINE_TEXTS, st.integers(0, 32), st.integers(0, 34))
def test_word_lines_equal_the_line_patterns(text, start, end):
    from marsad.layout import segment

    expected = []
    for m in segment.LINE_PATTERN.finditer(text, start, end):
        a, b = m.span(1)
        if segment._WORD_CHAR.search(text, a, b):
            expected.append((a, b))
    assert compiled.word_lines(text, start, end) == expected


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(_LINE_TEXTS, st.integers(0, 32), st.integers(0, 34))
def test_strip_spans_equal_str_strip(text, start, end):
    from marsad.layout import segment
    from marsad.text import sentences

    def reference(chars):
        seg = text[start:end]
        stripped = seg.strip(chars)
        if not stripped:
            return None
        s = start + len(seg) - len(seg.lstrip(chars))
        return s, s + len(stripped)

    assert segment._trimmed(text, start, end) == reference(None)
    assert sentences._trimmed(text, start, end) == reference(sentences.TRIM_CHARS)


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=[chr(c) for c in range(0xC0, 0xE2)] + list("ابa \n😀\u06c2\u06df"), max_size=20))
def test_mojibake_lead_check_equal(text):
    from marsad.io import encoding

    assert encoding._HAS_MOJIBAKE_LEAD(text) == any(lead in text for lead in encoding._MOJIBAKE_LEADS)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["1", "23", "2017", "12345", "٣", "²", ".", ",", ":", "/", " ", "ا", "-"]), max_size=20).map("".join))
def test_number_spans_equal_the_number_pattern_at_each_digit(f):
    """The time scanner's numbers from digit runs: what ``NUMBER_RE`` tried at every digit gave."""
    from marsad.time import expressions

    digits = scan.char_positions_python(f, "0123456789")
    n = len(f)
    expected = []
    for m in scan.matches_at(expressions.NUMBER_RE, f, digits):
        s, e = m.span()
        if (s and (f[s - 1].isdigit() or f[s - 1] in ".,:/")) or (e < n and f[e].isdigit()):
            continue
        expected.append((s, e))
    assert list(expressions._number_spans(f, digits)) == expected


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ابتثج ", min_size=0, max_size=60),
    st.lists(st.text(alphabet="ابتثج ", max_size=80), max_size=6),
    st.integers(0, 7),
    st.integers(0, 7),
)
def test_probe_hits_equal(key, keys, lo, hi):
    """dedup's near-duplicate pre-selection: compiled and Python pick the same other blocks."""
    lo, hi = min(lo, len(keys)), min(max(lo, hi), len(keys))
    assert compiled.probe_hits(key, 8, keys, lo, hi) == dedup.probe_hits_python(key, 8, keys, lo, hi)
    assert compiled.probe_hits(key, 3, keys, lo, hi) == dedup.probe_hits_python(key, 3, keys, lo, hi)


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(
    st.text(alphabet=" \n\t\r\xa0\u2028\u3000\u200b\x1c\x85a1ا😀", max_size=40),
    st.integers(-2, 42),
    st.integers(-2, 44),
    st.integers(1, 5),
)
def test_space_run_equals_the_pattern_search(text, start, end, n):
    """``space_run`` finds where ``[^\\S\\n]{n,}`` first matches (no-break, ideographic and
    separator spaces count, ``\\n`` and the zero-width space do not)."""
    import re

    m = re.compile(rf"[^\S\n]{{{n},}}").search(text, max(start, 0), max(end, 0))
    got = compiled.space_run(text, start, max(end, 0), n)
    assert got == (m.start() if m else -1)


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "ا", "\n", " ", " " * 3, " " * 9, "\xa0", "\u3000" * 4]), max_size=40),
    st.integers(0, 20),
    st.integers(1, 12),
)
def test_space_run_skipping_ahead_finds_the_first_run(pieces, start, n):
    """``space_run`` looks at every n-th character first and skips where it is no white space:
    still the first run, on texts of long and short runs around the length asked for."""
    import re

    text = "".join(pieces)
    m = re.compile(rf"[^\S\n]{{{n},}}").search(text, start)
    assert compiled.space_run(text, start, len(text), n) == (m.start() if m else -1)


@needs_compiled
def test_space_run_of_the_paragraph_setting_on_every_white_space_character():
    from marsad import settings as s

    n = s.PARAGRAPH_SPACE_RUN
    for c in map(chr, range(0x3100)):
        text = "ا" + c * n + "ب"
        expected = 1 if c != "\n" and c.isspace() else -1
        assert compiled.space_run(text, 0, len(text), n) == expected, hex(ord(c))
        assert compiled.space_run(text, 0, n, n) == -1  # cut by the end


@needs_compiled
def test_the_white_space_test_equals_str_isspace_on_every_code_point():
    """The compiled scans' white-space test (a shortcut below U+1680 for ``Py_UNICODE_ISSPACE``,
    used by ``word_lines`` and ``space_run``) says what ``str.isspace`` says, for all 1,114,112
    code points."""
    wrong = [c for c in range(0x110000) if bool(compiled.is_space(c)) != chr(c).isspace()]
    assert wrong == []


_TREC_TOKENS = st.sampled_from(
    ["<DOC>", "</DOC>", "<TEXT>", "</TEXT>", "<TITLE>", "</TITLE>", "<A_1>", "</A_1>", "<TEXT2>",
     "<a>", "</a>", "<", ">", "</", "/", "\n", "\r\n", "\r", " ", "نص", "A", "1", "_", "<DOCNO>",
     "</DOCNO>", "😀", "<T>", "</T>", "<1A>", "<>", "</>"]
)  # fmt: skip


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.lists(_TREC_TOKENS, max_size=40).map("".join) | st.text(alphabet="<>/ATX_1\n\rن", max_size=40))
def test_trec_tags_equal_the_python_scan(element):
    from marsad.io import trec

    assert compiled.trec_tags(element) == trec._tags_python(element)


@needs_compiled
def test_trec_fields_of_real_records_equal_the_python_scan():
    from marsad.io import trec

    n = 0
    for a in _ant_articles(400):
        assert compiled.trec_tags(a.text) == trec._tags_python(a.text)
        n += len(a.fields)
    assert n > 3000


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=12))
def test_byte_count_equals_translate(data, chars):
    assert scan.compiled_byte_count(chars)(data) == len(data) - len(data.translate(None, chars))


def test_control_ratio_of_every_byte():
    from marsad.io import encoding

    data = bytes(range(256)) * 3
    expected = (len(data) - len(data.translate(None, encoding.CONTROL_BYTES))) / len(data)
    assert encoding.control_ratio(data) == expected == 27 * 3 / 768  # 26 C0 controls and DEL
    assert encoding.control_ratio(b"") == 0.0
    assert encoding.control_ratio(bytearray(b"\x00a")) == 0.5  # not bytes: the Python path


_LEAD_WORDS = ["منذ", "في", "خلال", "حتي", "قبل", "بعد", "مطلع", "نهايه", "بدايه", "عام", "العام", "سنه",
               "السنه", " ", "  ", "\u00a0", "\n", "و", "ب", "(", "،", "x", "1", "_", "\u200f"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_WORDS), max_size=12).map("".join))
def test_year_lead_search_equals_the_full_search(window):
    from marsad.time import expressions

    got, want = expressions._year_lead(window), expressions.YEAR_LEAD_RE.search(window)
    assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))


_ZONE_NAMES = st.sampled_from(
    ["UTC", "+04:00", "-05:00", "+05:30", "-03:30", "+00:00", "-00:00", "+14:00", "+23:59", "-23:59",
     "+24:00", "+99:00", "Asia/Riyadh", "Africa/Tunis", "Europe/London", "America/New_York"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.datetimes() | st.sampled_from([__import__("datetime").datetime.min, __import__("datetime").datetime.max]),
       _ZONE_NAMES)
def test_aware_strings_equal_the_tzinfo_way(local_dt, tzname):
    """Fixed offsets and UTC written out give what ``replace(tzinfo=…)``, ``astimezone`` and
    ``isoformat`` give, errors included (the ends of the calendar, offsets of a day or more)."""
    from marsad.time import datetimes

    def outcome(fn):
        try:
            return fn(local_dt, tzname)
        except (OverflowError, ValueError) as exc:
            return type(exc).__name__

    assert outcome(datetimes._aware_strings) == outcome(datetimes._aware_strings_python)


def test_the_scan_build_is_stale_when_the_trec_tag_rule_changes():
    """``trec_tags`` encodes the tag syntax of ``io/trec.py`` and ``tar_plain_numbers`` the header
    reading of ``io/tarfast.py``: those files are among the sources whose hash the compiled scan
    carries (an edit there without a rebuild falls back to Python)."""
    from marsad._speedups import _manifest

    assert _manifest.SOURCES["scan"] == ("_speedups/scan.pyx", "io/trec.py", "io/tarfast.py")


@settings(max_examples=600, deadline=None)
@given(_TEXTS, st.integers(0, 130), st.integers(0, 130))
def test_positions_of_two_sets_in_one_pass_equal_two_scans(text, start, end):
    """``text.scan.char_positions_two`` (the sentence splitter's final marks and quote/bracket
    marks in one compiled pass) gives the two ``char_positions`` lists."""
    terms, brackets = ".!?؟…", '"“”„«»()[]'
    got = scan.char_positions_two(text, terms, brackets, start, end)
    assert got == (
        scan.char_positions_python(text, terms, start, end),
        scan.char_positions_python(text, brackets, start, end),
    )


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.integers(0, 255),
            st.sampled_from([0x00, 0x08, 0x0A, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xD8, 0xFF]),
        ),
        max_size=70,
    )
)
def test_control_byte_count_in_words_equals_translate(values):
    """``ByteSet.count`` of the control bytes skips 8-byte words that hold none (a below-0x20 and
    an equal-to-0x7F word test): the count of ``bytes.translate`` still, wherever the control,
    DEL, space and high bytes fall against the word edges."""
    from marsad.io.encoding import CONTROL_BYTES

    data = bytes(values)
    counter = compiled.ByteSet(CONTROL_BYTES)
    assert counter.count(data) == len(data) - len(data.translate(None, CONTROL_BYTES))
    other = compiled.ByteSet(b"\x00\x7f\x80")  # not only controls: the byte-by-byte count
    assert other.count(data) == len(data) - len(data.translate(None, b"\x00\x7f\x80"))


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(st.tuples(st.integers(-5, 130), st.integers(-5, 130)), max_size=6))
def test_translate_spans_equals_translating_each_slice(text, cuts):
    """``Table.translate_spans`` (dedup's block keys without slicing): each span as its slice
    translated, including spans past the end, reversed, empty or negative (sliced as Python does)."""
    from marsad.model import Span

    table = compiled.Table({ord("ا"): "ب", ord(" "): "", 0x640: ""})
    spans = [Span(a, b) for a, b in cuts]
    assert table.translate_spans(text, spans) == [table.translate(text[a:b]) for a, b in cuts]
    key_table = dedup._KEY_TRANSLATION.__self__
    assert key_table.translate_spans(text, spans) == [dedup.comparison_key(text[a:b])[0] for a, b in cuts]
