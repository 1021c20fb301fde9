"""The compiled fast paths (``marsad._speedups``) give exactly the results of the Python code they
replace, the loader says which path is active, and a stale build is never used silently."""

from __future__ import annotations

import importlib
import sysconfig
import tarfile
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from marsad import _speedups
from marsad.search import analyzer, stemmer
from marsad.search.names import PROTECTED_NAMES

compiled = analyzer._COMPILED
needs_compiled = pytest.mark.skipif(
    compiled is None, reason=f"compiled analysis not in use: {_speedups.status()['analysis']}"
)


def _c_compiler_present() -> bool:
    import shutil

    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc) is not None


def test_the_active_path_is_reported():
    state = _speedups.status()["analysis"]
    print(f"marsad._speedups analysis: {state}")
    if _speedups.disabled():
        assert state == "python: disabled by MARSAD_PURE_PYTHON"
        assert analyzer.analyze_text is analyzer.analyze_text_python
    elif compiled is not None:
        assert state == "compiled"
        assert analyzer.analyze_text is analyzer.analyze_text_compiled
    else:
        assert state.startswith("python: ")
        assert analyzer.analyze_text is analyzer.analyze_text_python


@pytest.mark.skipif(_speedups.disabled(), reason="MARSAD_PURE_PYTHON set")
def test_a_machine_with_a_c_compiler_runs_the_compiled_analysis():
    """``pip install -e .`` builds the extension where a C compiler exists (CI, this machine):
    a silent build failure would only show up as a slower ingest."""
    if not _c_compiler_present():
        pytest.skip("no C compiler: the pure-Python path is expected")
    state = _speedups.status()["analysis"]
    assert state == "compiled", f"{state}: rebuild with `.venv/bin/pip install -e .` (or `make install`)"


def test_a_stale_build_is_refused_with_one_warning(monkeypatch):
    """The module carries the hash of its sources at build time; when the sources differ now (a
    .pyx or a mirrored Python module edited without a rebuild) the Python code is used."""
    try:
        module = importlib.import_module("marsad._speedups.analysis")
    except ImportError:
        pytest.skip("extension not built")
    monkeypatch.setattr(_speedups, "_LOADED", {})
    monkeypatch.setattr(_speedups, "_REASONS", {})
    monkeypatch.delenv("MARSAD_PURE_PYTHON", raising=False)
    monkeypatch.setattr(_speedups, "source_hash", lambda _dir, _name: "0" * 64)
    with pytest.warns(RuntimeWarning, match="built from other versions"):
        assert _speedups.load("analysis") is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _speedups.load("analysis") is None  # once per process
    assert _speedups.status()["analysis"] == "python: stale: its sources changed since it was built"
    assert module.SOURCE_HASH != "0" * 64


def test_the_current_build_carries_the_hash_of_its_sources():
    try:
        module = importlib.import_module("marsad._speedups.analysis")
    except ImportError:
        pytest.skip("extension not built")
    expected = _speedups.source_hash(_speedups._PACKAGE_DIR, "analysis")
    if compiled is not None:
        assert module.SOURCE_HASH == expected
    assert len(module.SOURCE_HASH) == 64 or module.SOURCE_HASH != expected


def test_tables_that_do_not_fit_the_compiled_stemmer_mean_the_python_path(monkeypatch):
    """A suffix table grown past the compiled arrays must not break the import: the analyzer
    warns once and keeps the Python code."""
    if compiled is None:
        pytest.skip("compiled analysis not in use")
    monkeypatch.setattr(_speedups, "_LOADED", {"analysis": compiled})
    monkeypatch.setattr(_speedups, "_REASONS", {})
    monkeypatch.setattr(stemmer, "SUFFIXES", tuple(f"ي{i}" for i in range(20)))
    with pytest.warns(RuntimeWarning, match="its tables do not fit"):
        assert analyzer._compiled_analysis() is None
    assert _speedups.status()["analysis"].startswith("python: its tables do not fit: ValueError")
    monkeypatch.undo()
    assert analyzer._compiled_analysis() is compiled  # put the real tables back
    analyzer.clear_cache()


def test_pure_python_switch(monkeypatch):
    monkeypatch.setattr(_speedups, "_LOADED", {})
    monkeypatch.setattr(_speedups, "_REASONS", {})
    monkeypatch.setenv("MARSAD_PURE_PYTHON", "1")
    assert _speedups.load("analysis") is None
    assert _speedups.status()["analysis"] == "python: disabled by MARSAD_PURE_PYTHON"


# --- differential: compiled == Python -----------------------------------------------------------

#: Characters a news text is made of, plus every kind the compiled table leaves to Python.
_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # letters
    "أإآٱءؤئىةـ"  # hamza forms, alef maqsura, taa marbuta, tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u0656\u06e1"  # marks
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬٪"
    "\u200c\u200d\u200e\u200f\u202a\u202c\u2066\u2069\u061c\ufeff\u00ad\u00a0"
    "abcXYZÉéİıΣσςΑДж_ ,.،؛:؟!\"'-#&;\n"
    "پچژگکیۀە"  # Persian
    "ﻻﷲﺍ"  # presentation forms
    "中😀"
)
_TEXTS = st.text(alphabet=_ALPHABET, max_size=80)


@needs_compiled
@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_analyze_text_equal_on_generated_text(text):
    analyzer.clear_cache()
    expected = analyzer.analyze_text_python(text)
    analyzer.clear_cache()
    assert analyzer.analyze_text_compiled(text) == expected
    assert analyzer.analyze_text_compiled(text) == expected  # warm
    analyzer.clear_cache()


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=6))
def test_sequences_of_texts_whichever_path_runs_first(texts):
    """The Python path's word cache is filled or not by earlier texts; the compiled path keeps
    none: either order gives the same results."""
    analyzer.clear_cache()
    expected = [analyzer.analyze_text_python(t) for t in texts]
    assert [analyzer.analyze_text_compiled(t) for t in texts] == expected
    analyzer.clear_cache()
    assert [analyzer.analyze_text_compiled(t) for t in texts] == expected
    assert [analyzer.analyze_text_python(t) for t in texts] == expected
    analyzer.clear_cache()


@needs_compiled
def test_word_scan_equals_the_word_regex_on_every_bmp_character():
    text = "".join(chr(c) for c in range(0x20, 0xD800)) + "".join(chr(c) for c in range(0xE000, 0x10000))
    text += "𝐀𝟘𐌰😀\U00010400"
    assert compiled.word_spans(text) == [m.span() for m in analyzer.WORD_RE.finditer(text)]


@needs_compiled
@pytest.mark.parametrize("context", ["{}", "ب{}ا", "{}{}", "A{}", "{}ى", "ى{}", "x{}\u064b"])
def test_surface_key_of_every_table_character_in_context(context):
    """The table holds each character's key alone; a word's key is their concatenation (also
    next to a cased Latin letter, which makes search_key lower-case the whole word)."""
    table = analyzer._key_table()
    assert len(table) > 1000
    for cp in table:
        word = context.format(chr(cp), chr(cp))
        assert compiled.surface_key(word) == analyzer.surface_key(word), (hex(cp), word)
        assert compiled.entry(word) == analyzer._entry(word), (hex(cp), word)


@needs_compiled
def test_stems_of_names_and_affixed_forms():
    keys = set()
    for name in PROTECTED_NAMES:
        for pre in ("", "و", "ال", "وال", "ب", "لل"):
            for suf in ("", "ي", "يه", "ين", "يين", "ات", "ه", "ها", "ان"):
                keys.add(pre + name + suf)
    keys |= set(stemmer.ALEF_MAQSURA_PARTICLES) | {"و" + p for p in stemmer.ALEF_MAQSURA_PARTICLES}
    keys |= {"يتوجه", "ويتوجه", "اتجاه", "فاتجاه", "تتجه", "علي", "على", "وزير", "الوزير", "2024", "abc"}
    for key in sorted(keys):
        assert compiled.stems(key) == stemmer.stems(key), key


@needs_compiled
def test_stems_of_the_clitic_lexicon():
    """The clitic lexicon's stems (``search/clitic_stems.py``) with each proclitic and a few
    suffixes, and the forms the name list took for names: every branch of ``stemmer.stems``."""
    from marsad.search import clitic_stems

    words = (clitic_stems.CLITIC_INITIAL_STEMS | clitic_stems.NAME_INITIAL_STEMS
             | clitic_stems.ARTICLE_STEMS | clitic_stems.CLITIC_FORM_NAMES)
    keys = set()
    for w in words:
        for pre in ("", "و", "ب", "ل", "ك", "ف", "وب", "ال"):
            for suf in ("", "ه", "ها", "ت", "تها", "ي"):
                keys.add(pre + w + suf)
    for key in sorted(keys):
        assert compiled.stems(key) == stemmer.stems(key), key


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="اأإآبتةثجدلكفهويىنسعرمط", min_size=1, max_size=9))
def test_stems_equal_on_generated_keys(word):
    """Letters of the affixes, of the verb-form openings (يت تت نت ات) and ى, so the prefix,
    suffix, final-ه and particle rules all fire."""
    key = analyzer.surface_key(word)
    if key:
        assert compiled.stems(key) == stemmer.stems(key)
        assert compiled.entry(word) == analyzer._entry(word)


def _ant_texts(path, n):
    out = []
    with tarfile.open(path, "r:gz") as tar:
        for member in tar:
            if member.isfile():
                f = tar.extractfile(member)
                out.append(f.read().decode("utf-8", "replace") if f else "")
                if len(out) >= n:
                    break
    return out


@needs_compiled
def test_analyze_text_equal_on_real_corpus_lines():
    """1,500 ANT files (all five sources' first files), line by line, cold and warm cache; and
    every distinct word's entry and stems."""
    texts = _ant_texts(shared_path("corpora", "ant-multisource-v2.1.tar.gz"), 1500)
    lines = [line for t in texts for line in t.splitlines() if line.strip()]
    analyzer.clear_cache()
    expected = [analyzer.analyze_text_python(line) for line in lines]
    analyzer.clear_cache()
    assert [analyzer.analyze_text_compiled(line) for line in lines] == expected
    assert [analyzer.analyze_text_compiled(line) for line in lines] == expected
    vocabulary = {w for line in lines for w in analyzer.words(line)}
    assert len(vocabulary) > 30_000
    for word in vocabulary:
        assert compiled.entry(word) == analyzer._entry(word), word
    analyzer.clear_cache()


def test_the_makefile_rebuilds_when_any_mirrored_source_changes():
    """``make`` reinstalls (and so recompiles) when a source of a compiled module changes: every file
    of ``_manifest.SOURCES`` must be a prerequisite in the Makefile's ``SPEEDUP_SOURCES`` (the quotes
    tokenizer and the TREC scanner were missing, 2026-11-30)."""
    from pathlib import Path

    from marsad._speedups._manifest import SOURCES

    root = Path(__file__).resolve().parents[1]
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    block = makefile.split("SPEEDUP_SOURCES :=", 1)[1].split("\n\n", 1)[0]
    listed_pyx = "src/marsad/_speedups/*.pyx" in block
    missing = [
        rel for files in SOURCES.values() for rel in files
        if f"src/marsad/{rel}" not in block and not (listed_pyx and rel.startswith("_speedups/") and rel.endswith(".pyx"))
    ]
    assert missing == []
