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
