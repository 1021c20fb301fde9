"""Property-based test (hypothesis): random Arabic/Latin/digit/punctuation/quotation-mark/hashtag/
diacritic/BiDi mixes, in lines and paragraphs, with optional title, date and dateline lines, as
plain text, a TREC ``<DOC>`` element or a JSON record, through every stage (``marsad.parse``) and
the store (issue 7).

For every generated article: no stage fails (``stage-failed``) or runs out of time (``timeout``);
every annotation's offsets lie inside ``article.text`` with start ≤ end; ``article.text`` is the
input, unaltered (for JSON: ``raw`` is the record and each field span holds its value); and
``Store.add`` → ``Store.load_article`` gives back the same ``to_dict()``. Bounded: ``max_examples``
and a per-example ``deadline`` keep the file under a minute.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad import settings as marsad_settings
from marsad.store.db import Store
from test_reliability_hostile import bad_spans, stage_problems

#: Examples per run (~60 ms each on a busy 2-core box); ``MARSAD_HYPOTHESIS_EXAMPLES=2000`` for a
#: longer hunt (800 passed in 30 s when this was written).
MAX_EXAMPLES = int(os.environ.get("MARSAD_HYPOTHESIS_EXAMPLES", "150"))
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
JOINERS = "\u200c\u200d"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹"
PUNCTUATION = ".,!?؟،؛:;()[]{}-–—…/%&@*+=_|\\~^$"
QUOTE_MARKS = "\"'«»“”„‘’″"
#: Everything but ``<`` and ``>`` (a body holding tags is another document, tested in test_io_*).
ALPHABET = ARABIC_LETTERS + HARAKAT + TATWEEL + BIDI + JOINERS + LATIN + DIGITS + PUNCTUATION + QUOTE_MARKS

#: Words the stages react to: cue verbs, complementizers, names, months, places, trailers.
TRIGGERS = [
    "قال", "وقال", "وأضاف", "أكد", "قائلا:", "إن", "أن", "محمد", "بن", "سلمان", "الأمم المتحدة",
    "الرياض", "دبي", "واس", "يناير", "أبريل", "رمضان", "1445هـ", "2024م", "الأحد", "أمس", "اليوم",
    "// انتهى //", "(رويترز)", "د.", "ق.م", "http://example.com/a?b=1", "#سوريا", "#الاتفاق_النووي",
]  # fmt: skip
DATE_LINES = [
    "20-04-2024 01:18 AM بتوقيت القدس المحتلة",
    "الأحد 21 أبريل 2024 - 12 شوال 1445هـ",
    "Sat, 20 Apr 2024 01:18:00 GMT",
    "2024-04-20T01:18:00+03:00",
    "20/04/2024",
    "٢٠-٠٤-٢٠٢٤ ٠١:١٨ م بتوقيت مكة المكرمة",
    "99-99-9999 99:99",
]

words = st.text(alphabet=ALPHABET, min_size=1, max_size=14)
tokens = st.one_of(
    words,
    words.map(lambda w: "#" + w),
    st.sampled_from(TRIGGERS),
    st.text(alphabet=QUOTE_MARKS + PUNCTUATION, min_size=1, max_size=4),
    st.text(alphabet=HARAKAT + BIDI + TATWEEL + JOINERS, min_size=1, max_size=6),
    st.text(alphabet=DIGITS, min_size=1, max_size=8),
)
lines = st.lists(tokens, max_size=30).map(" ".join)
#: Paragraphs separated by one newline (a line break) or two or three (blank lines).
bodies = st.lists(st.tuples(lines, st.sampled_from(["\n", "\n\n", "\n\n\n"])), max_size=8).map(
    lambda parts: "".join(line + sep for line, sep in parts)
)


@st.composite
def articles(draw) -> tuple[str, str]:
    """``(fmt, text)``: a plain-text article, one TREC ``<DOC>`` element, or one JSON record."""
    title = draw(lines)
    date = draw(st.none() | st.sampled_from(DATE_LINES))
    dateline = draw(st.none() | st.sampled_from(["الرياض - واس", "دبي - العربية.نت", "لندن:"]))
    body = draw(bodies)
    container = draw(st.sampled_from(["text", "trec", "json"]))
    if container == "json":
        record = {"title": title, "content": body}
        if date is not None:
            record["date"] = date
        return "json", json.dumps(record, ensure_ascii=draw(st.booleans()))
    if container == "trec":
        doc = f"<DOC>\n<DOCNO>X-{draw(st.integers(0, 99))}</DOCNO>\n<TITLE>{title}</TITLE>\n"
        if date is not None:
            doc += f"<TIME>{date}</TIME>\n"
        lead = f"{dateline}: " if dateline else ""
        return "trec", doc + f"<TEXT>\n{lead}{body}\n</TEXT>\n</DOC>"
    head = [title] + ([date] if date is not None else []) + ([dateline] if dateline else [])
    return "text", "\n".join(head) + "\n\n" + body


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    marsad.parse("خبر\n\nفقرة أولى.")  # load the stages' data before the first timed example
    with Store(tmp_path_factory.mktemp("prop") / "m.db") as s:
        yield s


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=timedelta(seconds=2 * marsad_settings.ARTICLE_TIME_LIMIT_S),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=articles())
def test_every_stage_on_random_mixes(store, case):
    fmt, text = case
    article = marsad.parse(text, fmt=fmt, source="<hypothesis>")
    assert stage_problems(article) == []
    if fmt == "json":  # text is the decoded values laid out (docs/io.md); raw is the record
        record = json.loads(text)
        assert article.raw == text.encode()
        for key in ("title", "content", "date"):
            if key in article.fields:
                assert article.span_text(article.fields[key]) == record[key]
    else:
        assert article.text == text
    assert bad_spans(article) == []
    if store.article_id_by_hash(article.content_hash) is not None:
        return  # the same text drawn twice: stored once
    article.source = f"<hypothesis>#{store.count()}"
    with store.transaction():
        article_id = store.add(article)
    assert store.load_article(article_id).to_dict() == article.to_dict()
