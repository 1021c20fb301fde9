"""Encoding detection (marsad.io.encoding) and its use by read_records."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from marsad.io.encoding import choose_arabic_codepage, decode, sniff_utf16
from marsad.io.readers import read_records

# A short article using every Arabic letter that Windows-1256 and ISO-8859-6 place differently
# (ط ظ ع غ ف ق ك ل م ن ه و ى ي), hamza forms, taa marbuta, harakat and Arabic punctuation.
ARTICLE = (
    "الرياض - واس\n\n"
    "أعلنت وزارة الصحة، اليوم الأحد، عن افتتاح مستشفى جديد في مدينة الظهران؛ "
    "وقال الوزير إنّ المشروع يُعدّ خطوة مهمة لتطوير الخدمات الطبية في المنطقة الشرقية.\n"
    'وأضاف: "سنواصل العمل لتحقيق رؤية 2030"؟ غير أنّ مسؤولين أكدوا أنّ الإنشاءات لم تكتمل بعد.\n'
    "فقط ق ك ي ى ة ؤ ئ ء آ إ غ ظ ع ط 2024\n"
)
ARTICLE_8859_6 = ARTICLE  # (neither legacy code page has Arabic-Indic digits)

ENCODINGS = [
    # (python codec used to build the bytes, BOM prefix, expected reported encoding)
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ("cp1256", b"", "cp1256"),
]


@pytest.mark.parametrize(("codec", "bom", "expected"), ENCODINGS)
def test_same_article_in_every_encoding_decodes_to_identical_text(codec, bom, expected):
    data = bom + ARTICLE.encode(codec)
    text, encoding, problems = decode(data)
    assert text == ARTICLE
    assert encoding == expected
    assert problems == []


def test_iso8859_6_round_trip():
    data = ARTICLE_8859_6.encode("iso8859-6")
    decoded = decode(data)
    assert decoded.text == ARTICLE_8859_6
    assert decoded.encoding == "iso8859-6"
    assert decoded.problems == []


@pytest.mark.parametrize(("codec", "bom", "expected"), ENCODINGS)
def test_seed_round_trip_through_read_records(seed_text, codec, bom, expected):
    data = bom + seed_text.encode(codec)
    (article,) = read_records(data, source="seed.txt")
    assert article.text == seed_text  # BOM stripped from the text
    assert article.raw == data  # ... but kept in the raw bytes
    # the article's encoding decodes its raw bytes to its text: after a UTF-16/32 mark the codec
    # that drops the mark, as utf-8-sig does (decode() reports the endian codec; nu33, M3)
    assert article.encoding == (expected[:6] if bom and expected[:6] in ("utf-16", "utf-32") else expected)
    assert article.raw.decode(article.encoding) == article.text
    assert article.fmt == "text"
    assert article.ok


def test_seed_iso8859_6_through_read_records(seed_text):
    data = seed_text.encode("iso8859-6")
    (article,) = read_records(data, source="seed.txt")
    assert (article.text, article.encoding) == (seed_text, "iso8859-6")


@pytest.mark.parametrize(
    "line",
    [
        "قال الوزير إن الوفد وصل إلى الرياض",
        "فقط في غزة",
        "كيف حالك يا صديقي؟",
    ],
)
def test_short_legacy_text_is_decided_by_arabic_letters(line):
    for codec in ("cp1256", "iso8859-6"):
        decoded = decode(line.encode(codec))
        assert (decoded.text, decoded.encoding) == (line, codec)


def test_choose_arabic_codepage_rejects_latin_text():
    assert choose_arabic_codepage("Café crème, très élégant".encode("latin-1")) is None


def test_latin1_text_goes_to_charset_normalizer():
    text = "Le président a annoncé une réforme très attendue à Genève. " * 3
    decoded = decode(text.encode("latin-1"))
    # charset-normalizer's guess among the Latin code pages may differ (cp1250 for this one);
    # what matters is that the text is not forced into UTF-8 or an Arabic code page.
    assert decoded.encoding not in ("utf-8", "cp1256", "iso8859-6")
    assert "Le président a annoncé une réforme" in decoded.text


def test_sniff_utf16_without_bom():
    assert sniff_utf16(ARTICLE.encode("utf-16-le")) == "utf-16-le"
    assert sniff_utf16(ARTICLE.encode("utf-16-be")) == "utf-16-be"
    assert sniff_utf16(ARTICLE.encode("utf-8")) is None


def test_empty_input_is_an_error():
    assert decode(b"").problems[0].code == "empty"
    assert decode(codecs.BOM_UTF8).problems[0].code == "empty"
    (article,) = read_records(b"", source="e.txt")
    assert not article.ok and article.problems[0].code == "empty" and article.raw == b""


def test_binary_is_an_error_with_raw_kept():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(0).randbytes(4000)
    (article,) = read_records(png, source="photo.txt")
    assert not article.ok
    assert article.problems[0].code == "binary"
    assert "control/NUL bytes" in article.problems[0].message
    assert article.raw == png and article.text == ""


def test_random_bytes_without_nul_are_binary():
    data = bytes(b for b in random.Random(1).randbytes(8000) if b)
    assert decode(data).problems[0].code == "binary"


def test_broken_utf8_is_replaced_and_counted():
    good = ARTICLE.encode("utf-8")
    cut = good.index(b"\n") + 1
    data = good[:cut] + b"\xff\xfe\xc3" + good[cut:]
    text, encoding, problems = decode(data)
    assert encoding == "utf-8"
    assert text == ARTICLE[: ARTICLE.index("\n") + 1] + "\ufffd" * 3 + ARTICLE[ARTICLE.index("\n") + 1 :]
    assert [(p.level, p.code) for p in problems] == [("warning", "decode")]
    assert problems[0].message.startswith("3 byte(s) not valid utf-8")
    (article,) = read_records(data, source="broken.txt")
    assert article.raw == data and article.problems[0].code == "decode" and article.ok


def test_mixed_utf8_and_cp1256_is_reported():
    data = ARTICLE.encode("utf-8") + (ARTICLE * 2).encode("cp1256")
    decoded = decode(data)
    assert decoded.encoding == "cp1256"
    assert any(p.code == "decode" and p.message.startswith("mixed encodings") for p in decoded.problems)


def test_str_input_keeps_utf8_raw():
    (article,) = read_records(ARTICLE, source="s")
    assert article.raw == ARTICLE.encode("utf-8") and article.encoding is None and article.text == ARTICLE


# -- property: any Arabic text made of real words round-trips through every encoding ----------------
_SEED_WORDS = sorted(
    {
        w
        for w in (Path(__file__).parent / "data" / "000_146a293be66b7c19.txt").read_text("utf-8").split()
        if all("\u0621" <= c <= "\u064a" for c in w)
    }
)
# ISO-8859-6 bytes of these letters read as Latin (à â ç è é ê ×) under Windows-1256; a text with
# none of them (e.g. only "من كل فكل") is ambiguous between the two code pages and read as cp1256.
_ISO_TELLTALE = set("ـقهوىيط")


@hsettings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_SEED_WORDS), min_size=2, max_size=40),
    st.sampled_from([" ", "\n", "، ", ". ", "؟ "]),
)
def test_seed_words_round_trip_in_every_encoding(words, sep):
    text = sep.join(words)
    for codec, bom in (
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("cp1256", b""),
    ):
        assert decode(bom + text.encode(codec)).text == text
    if _ISO_TELLTALE & set(text):
        assert decode(text.encode("iso8859-6")).text == text
