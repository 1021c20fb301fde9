"""The Python API refuses calls that cannot be meant, at once and with a clear message
(third new-user report, finding 18: ``marsad.parse(123)`` raised ``AttributeError``)."""

import pytest

import marsad


@pytest.mark.parametrize("bad", [123, None, {"title": "x"}, ["نص"]])
def test_parse_wrong_type_is_a_type_error(bad):
    with pytest.raises(TypeError, match="expects str or bytes, not"):
        marsad.parse(bad)


def test_parse_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match=r"unknown format 'xml' \(known: trec, json, jsonl, html, text\)"):
        marsad.parse("نص قصير", fmt="xml")


def test_parse_bytearray_reads_like_bytes():
    raw = "هذا خبر قصير عن الرياض.".encode()
    assert marsad.parse(bytearray(raw)).text == marsad.parse(raw).text


@pytest.mark.parametrize("name", ["examples/000_146a293be66b7c19.txt", "corpus.tar.gz", "a.JSON", " x.html\n"])
def test_parse_a_file_name_is_a_value_error(name):
    """A file name given as the text (new-user report nu24, item 8: it was parsed as a one-line
    article, with only ``title-only`` and ``no-date`` to hint at the mistake)."""
    with pytest.raises(ValueError, match=r"reads an article's text, not a file name: .* use marsad.parse_path"):
        marsad.parse(name)


def test_parse_an_existing_file_name_without_extension_is_a_value_error(tmp_path):
    path = tmp_path / "article"
    path.write_text("قال الوزير إن الاجتماع انتهى.", encoding="utf-8")
    with pytest.raises(ValueError, match="not a file name"):
        marsad.parse(str(path))


@pytest.mark.parametrize("text", ["قال", "بغداد.txt الخبر", "www.example.com", "عاجل"])
def test_parse_one_word_or_a_line_naming_a_file_is_still_a_text(text):
    assert marsad.parse(text).text == text


@pytest.mark.parametrize(("data", "code"), [("", "empty"), ("[]", "empty"), ("   \n", "empty")])
def test_parse_input_without_an_article_gives_an_article_with_its_error(data, code):
    a = marsad.parse(data)
    assert not a.ok and a.problems[0].code == code


@pytest.mark.parametrize("data", ["<DOC>\n</DOC>", "<DOC>\n<DOCNO>x</DOCNO>\n</DOC>"])
def test_a_trec_record_without_text_has_no_markup_title(data):
    """Its only line ``<DOC>`` was read as the title (nu24 item 8); the reader's problems say why."""
    a = marsad.parse(data)
    assert a.fmt == "trec" and a.title is None and a.blocks == []
    assert {"missing-tag", "empty"} <= {p.code for p in a.problems}
