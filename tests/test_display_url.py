"""A URL is shown as it is (new-user report nu22, item 13: the exported ``URL`` field of an ANT
article showed ``…وحماقي-ب-ذا-فويس-.html`` for the raw ``…وحماقي-بـ-ذا-فويس-.html``: the display
cleaning deleted the tatweel inside the address). The raw text is never altered either way."""

from __future__ import annotations

import marsad
from marsad.model import Span, span_dict

URL = "http://www.alarabiya.net/ar/culture-and-art/2018/02/18/هكذا-تحالفت-أحلام-وإليسا-ضد-عاصي-وحماقي-بـ-ذا-فويس-.html"
TREC = (
    "<DOC>\n<DOCNO>AL-culture-1-20180218</DOCNO>\n"
    f"<URL>{URL}</URL>\n"
    "<SRC>alarabia</SRC>\n<CAT>culture</CAT>\n"
    '<TITLE>هكذا تحالفت أحلام وإليسا ضد عاصي وحماقي بـ"ذا فويس"</TITLE>\n'
    "<TIME>Sun, 18 Feb 2018 21:35:43 +0400</TIME>\n"
    "<TEXT>\nيبدو أن الصراع بين المدربين الأربعـــة في برنامج ذا فويس سيشهد تحدياً من نوع خاص.\n</TEXT>\n</DOC>\n"
)


def test_url_field_is_displayed_as_written():
    d = marsad.parse(TREC, fmt="trec").to_dict()
    url = d["fields"]["URL"]
    assert url["text"] == URL
    assert url["display"] == URL
    assert d["meta"]["URL"] == URL
    # prose around it is still cleaned: an elongating tatweel between letters goes (الأربعـــة), the
    # raw text keeps it; a tatweel joining a proclitic to a quotation mark stays (بـ"ذا فويس": time24,
    # rob23 item 17 — the display kept بـ120 as ب120 and dropped this one alike)
    assert d["title"] == 'هكذا تحالفت أحلام وإليسا ضد عاصي وحماقي بـ"ذا فويس"'
    assert "الأربعـــة" in d["text"]
    body = next(b for b in d["blocks"] if b["kind"] == "lead")
    assert "الأربعة في برنامج" in body["display"]


def test_only_a_whole_url_is_kept():
    a = marsad.parse("زوروا www.example.com/بـ-ذا للمزيد عن الإرهـــاب\n", fmt="text")
    # a span that is one URL (white space around allowed) is kept; one with prose around is cleaned
    s = a.text.index("www")
    e = a.text.index(" ", s)
    whole = span_dict(a, Span(s, e))
    assert whole == {"start": s, "end": e, "text": "www.example.com/بـ-ذا", "display": "www.example.com/بـ-ذا"}
    mixed = span_dict(a, Span(e + 1, len(a.text.rstrip())))
    assert mixed["text"] == "للمزيد عن الإرهـــاب"
    assert mixed["display"] == "للمزيد عن الإرهاب"
