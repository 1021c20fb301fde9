"""Exported spans carry the display text beside the raw slice (new-user report nu16 M6: ``export``
gave quote text as the raw slice, ``&amp;``, U+200F and tatweel included, while ``show`` and
``quotes`` print the display text). Input: nu16's ``tatweel.txt`` repro (a SaudiNewsNet-style
security statement with a RLM, an HTML entity and an elongated ``الإرهـــاب``)."""

from __future__ import annotations

import json

import marsad
from marsad.model import Span

TEXT = (
    "الرياض - 5 أغسطس 2015\n"
    "\u200fعاجل: الأمـــن يحبط مخطط &quot;إرهابي&quot; في جدة\n"
    "قال المتحدث الأمني اللواء منصور التركي إن قوات الأمن أحبطت مخططاً &amp; ضبطت خلية تابعة "
    'لـ\u200f«داعش»، وأضاف: "سنواصل مكافحة الإرهـــاب بكل حزم".\n'
)


def _dict():
    return json.loads(json.dumps(marsad.parse(TEXT, fmt="text").to_dict(), ensure_ascii=False))


def _spans(v):
    """Every exported span object (a dict with start, end and text), nested ones included."""
    if isinstance(v, dict):
        if {"start", "end", "text"} <= v.keys():
            yield v
        for x in v.values():
            yield from _spans(x)
    elif isinstance(v, list):
        for x in v:
            yield from _spans(x)


def test_quotes_keep_the_raw_slice_and_add_the_display_text():
    d = _dict()
    quotes = {q["display"]: q for q in d["quotes"]}
    assert "سنواصل مكافحة الإرهاب بكل حزم" in quotes
    assert quotes["سنواصل مكافحة الإرهاب بكل حزم"]["text"] == "سنواصل مكافحة الإرهـــاب بكل حزم"
    first = next(q for q in d["quotes"] if "&amp;" in q["text"])
    assert first["text"] == "إن قوات الأمن أحبطت مخططاً &amp; ضبطت خلية تابعة لـ\u200f«داعش»"
    # the tatweel joining the prefix to the quotation mark stays (time24 item 3), the RLM goes
    assert first["display"] == "إن قوات الأمن أحبطت مخططاً & ضبطت خلية تابعة لـ«داعش»"
    # standoff: the raw text is the slice of the article's text at the offsets
    for q in d["quotes"]:
        assert d["text"][q["start"] : q["end"]] == q["text"]


def test_every_span_type_has_both_fields():
    d = _dict()
    spans = list(_spans(d))
    assert len(spans) > 10
    for s in spans:
        assert "display" in s and d["text"][s["start"] : s["end"]] == s["text"]
        assert "\u200f" not in s["display"] and "&amp;" not in s["display"] and "&quot;" not in s["display"]
    # nested spans of a quote (cue, speaker) and the title/dateline spans, too
    q = d["quotes"][0]
    assert q["cue"]["display"] == "قال"
    assert q["speaker_span"]["display"] == "منصور التركي"
    assert d["title"] == d["title_span"]["display"] == 'عاجل: الأمن يحبط مخطط "إرهابي" في جدة'
    assert d["dateline"] == d["dateline_span"]["display"] == "الرياض"
    assert d["byline"] is None and d["byline_span"] is None


def test_span_dict_of_a_plain_span():
    from marsad.model import Article, span_dict

    a = Article(text="الإرهـــاب\u200f")
    assert span_dict(a, Span(0, len(a.text))) == {
        "start": 0,
        "end": 11,
        "text": "الإرهـــاب\u200f",
        "display": "الإرهاب",
    }
