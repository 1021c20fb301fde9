"""New-user report nu33 (the Python API and readers): encodings with a byte-order mark, a BOM in a
``str``, contradicting content problems, wrong argument types, dropped records, span text, lone
surrogates, lower-case TREC tags, share lines, and the README's usage lines."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

import marsad
from marsad.io.readers import read_records
from marsad.model import Quote, Span

ROOT = Path(__file__).resolve().parents[1]
BODY = "قال الوزير إن الخطة جاهزة للعمل في الأسبوع المقبل.\n\nوأضاف أن العمل يبدأ غدا في الرياض.\n"
PLAIN = "عنوان الخبر هنا\n\n" + BODY
TREC = "<DOC>\n<DOCNO>X1</DOCNO>\n<TITLE>عنوان الخبر</TITLE>\n<TEXT>\n{body}</TEXT>\n</DOC>\n"


def codes(article) -> list[str]:
    return [p.code for p in article.problems]


# -- M3: a UTF-16/32 byte-order mark: raw.decode(encoding) == text ------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (b"", "utf-16-le", "utf-16-le"),
    ],
)
def test_the_recorded_encoding_decodes_raw_to_text(bom, codec, expected):
    (article,) = read_records(bom + PLAIN.encode(codec), source="a.txt")
    assert article.encoding == expected
    assert article.raw.decode(article.encoding) == article.text == PLAIN


def test_offsets_of_a_utf16_file_with_a_bom_point_into_the_decoded_raw():
    article = marsad.parse(PLAIN.encode("utf-16"))  # (Python writes the machine's order, with a mark)
    decoded = article.raw.decode(article.encoding)
    assert decoded[article.title.start : article.title.end] == "عنوان الخبر هنا"


@pytest.mark.parametrize(
    ("bom", "codec"), [(codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")]
)
def test_records_sliced_from_a_file_with_a_bom_record_the_endian_codec(bom, codec):
    text = TREC.format(body=BODY) + TREC.replace("X1", "X2").format(body=BODY)
    a, b = read_records(bom + text.encode(codec), source="two.txt")
    assert (a.encoding, b.encoding) == (codec, codec)  # their raw bytes have no mark
    assert a.raw.decode(a.encoding) == a.text and b.raw.decode(b.encoding) == b.text


# -- M4: a str's U+FEFF is no stray text ------------------------------------------------------


def test_a_bom_before_the_first_doc_of_a_str_is_no_stray_text():
    article = marsad.parse("\ufeff" + TREC.format(body=BODY))
    assert article.fmt == "trec" and "stray-text" not in codes(article)
    assert article.meta["DOCNO"] == "X1"
    assert article.text[article.title.start : article.title.end] == "عنوان الخبر"
    # other text before the <DOC> still is
    stray = marsad.parse("\ufeffكلام\n" + TREC.format(body=BODY))
    assert [p.message for p in stray.problems if p.code == "stray-text"] == [
        "4 characters outside any <DOC> before this record"
    ]


def test_a_bom_before_json_in_a_str_is_skipped():
    article = marsad.parse('\ufeff{"title": "عنوان الخبر", "content": "قال الوزير إن الخطة جاهزة."}')
    assert article.ok and article.fmt == "json"
    assert article.text == "عنوان الخبر\n\nقال الوزير إن الخطة جاهزة."


# -- M5: one content problem, the right one ------------------------------------------------------


@pytest.mark.parametrize("text", ["\u064e\u064f\u0650", "انتهى."])
def test_nothing_readable_is_no_content_not_also_title_only(text):
    article = marsad.parse(text)
    assert [c for c in codes(article) if c in ("title-only", "no-content", "no-title")] == ["no-content"]


def test_a_headline_alone_stays_title_only():
    article = marsad.parse("الوزير يعلن خطة جديدة للنقل")
    assert "title-only" in codes(article) and "no-content" not in codes(article)


# -- M6 / D1: clear errors, raised when called --------------------------------------------------


def test_parse_of_a_path_points_to_parse_path(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PLAIN, encoding="utf-8")
    with pytest.raises(TypeError, match=r"not a path \(PosixPath\): use marsad\.parse_path\("):
        marsad.parse(f)


def test_parse_path_rejects_a_list_when_called(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PLAIN, encoding="utf-8")
    with pytest.raises(TypeError, match=r"separate arguments, not a list: parse_path\(\*names\)"):
        marsad.parse_path([f])  # not iterated: the call itself raises
    with pytest.raises(TypeError, match="str or os.PathLike paths, not bytes"):
        marsad.parse_path(b"a.txt")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        marsad.parse_path(f, fmt="xml")
    (article,) = marsad.parse_path(f, fmt=" TEXT ")
    assert article.text == PLAIN


def test_parse_many_raises_when_called():
    with pytest.raises(TypeError, match="expects str or bytes, not int"):
        marsad.parse_many(123)
    with pytest.raises(ValueError, match="unknown format"):
        marsad.parse_many("نص", fmt="xml")


def test_bytearray_and_memoryview_are_read_as_bytes():
    data = PLAIN.encode("utf-8")
    expected = marsad.parse(data).to_dict()
    assert marsad.parse(bytearray(data)).to_dict() == expected
    assert marsad.parse(memoryview(data)).to_dict() == expected


# -- M7: parse() says it dropped records ----------------------------------------------------------


def test_parse_of_several_records_warns_with_the_count():
    jsonl = '{"title": "أ", "content": "قال الوزير."}\n{"title": "ب", "content": "قال آخر."}\n'
    article = marsad.parse(jsonl)
    (warning,) = [p for p in article.problems if p.code == "more-records"]
    assert warning.level == "warning"
    assert warning.message == (
        "the input holds 2 records; marsad.parse returns the first (marsad.parse_many yields them all)"
    )
    assert article.source == "<string>#0"
    trec = TREC.format(body=BODY) * 3
    assert "the input holds 3 records" in " ".join(p.message for p in marsad.parse(trec).problems)
    assert all("more-records" not in codes(a) for a in marsad.parse_many(jsonl))
    assert "more-records" not in codes(marsad.parse(TREC.format(body=BODY)))


# -- M2: span text ---------------------------------------------------------------------------------


def test_a_quote_has_no_text_attribute_and_its_docstring_says_where_its_text_is():
    article = marsad.parse(
        'قال الوزير محمد الأحمد: "سنبدأ العمل مطلع الشهر المقبل".\n\nوأضاف أن العمل يبدأ غدا.'
    )
    quote = article.quotes[0]
    with pytest.raises(AttributeError):
        _ = quote.text
    assert article.span_text(quote) == "سنبدأ العمل مطلع الشهر المقبل"
    assert not hasattr(article.sentences[0], "text")
    assert article.mentions[0].text == article.span_text(article.mentions[0])  # (these carry it)
    # (no __getattr__ hint on Span: it slowed every span read; the docstrings say it instead)
    assert "article.span_text(span)" in (Span.__doc__ or "")
    assert "span_text(quote)" in (Quote.__doc__ or "")


# -- C2: lone surrogates --------------------------------------------------------------------------


def test_a_lone_surrogate_is_kept_with_a_warning_and_exported_as_replacement():
    text = "قال \ud83d الوزير إن الخطة جاهزة للعمل في الأسبوع المقبل."
    article = marsad.parse(text)
    assert article.text == text  # never altered
    (warning,) = [p for p in article.problems if p.code == "surrogate"]
    assert "the first, U+D83D, at offset 4 of the input" in warning.message
    data = article.to_dict()
    encoded = json.dumps(data, ensure_ascii=False).encode("utf-8")  # (raised UnicodeEncodeError)
    assert data["text"] == text.replace("\ud83d", "\ufffd")
    assert json.loads(encoded)["text"][4] == "\ufffd"


# -- W15: lower-case TREC tags -------------------------------------------------------------------


def test_lowercase_trec_is_read_as_trec_with_a_warning():
    text = "<doc>\n<docno>X1</docno>\n<title>عنوان الخبر</title>\n<text>\n" + BODY + "</text>\n</doc>"
    article = marsad.parse(text)
    assert article.fmt == "trec" and article.text == text  # the text as written
    assert article.meta["DOCNO"] == "X1"
    assert article.text[article.title.start : article.title.end] == "عنوان الخبر"
    assert "lowercase-tags" in codes(article)
    two = (text + "\n" + text.replace("X1", "X2")).encode("utf-16")
    a, b = read_records(two, source="low.txt")
    assert (a.meta["DOCNO"], b.meta["DOCNO"]) == ("X1", "X2")
    assert a.raw.decode(a.encoding) == a.text and b.text.startswith("<doc>")


# -- W14: a share line is boilerplate wherever it sits ----------------------------------------------


def test_a_share_line_of_link_words_in_a_paragraph_is_dropped():
    html = (
        "<html><body><h1>عنوان الخبر هنا</h1><p>قال الوزير إن الخطة جاهزة للعمل.</p>"
        "<p>شارك هذا الخبر: <a>تويتر</a> <a>فيسبوك</a></p><p><a>تويتر</a> <a>واتساب</a></p>"
        "<p>وقال إن تويتر وفيسبوك أغلقا حسابات كثيرة.</p></body></html>"
    )
    article = marsad.parse(html)
    assert [article.span_text(b) for b in article.paragraphs] == [
        "قال الوزير إن الخطة جاهزة للعمل.",
        "وقال إن تويتر وفيسبوك أغلقا حسابات كثيرة.",
    ]


def test_a_share_line_with_a_colon_in_plain_text_is_removed():
    article = marsad.parse(PLAIN + "\nشارك هذا الخبر: تويتر فيسبوك\n")
    assert [(r.what, article.span_text(r)) for r in article.removed] == [
        ("share", "شارك هذا الخبر: تويتر فيسبوك")
    ]


# -- M8: the README's usage lines --------------------------------------------------------------------


def test_readme_usage_names_one_subcommand_a_line():
    usage = [
        line.split("#", 1)[0]
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("marsad ")
    ]
    assert usage, "no usage lines"
    # ``… | entities …`` read as ``marsad stats entities``: no bar outside [] before a bare word
    offenders = [line for line in usage if re.search(r"\|\s*[a-z]+\b", re.sub(r"\[[^\]]*\]", "", line))]
    assert offenders == []
