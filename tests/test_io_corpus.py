"""Reading the real corpora in ../shared (skipped with a visible reason when absent)."""

from __future__ import annotations

import collections
import itertools
import json

import pytest

from conftest import shared_path
from marsad.io import count_inputs, iter_articles

pytestmark = pytest.mark.corpus

ANT_TAGS = ("DOCNO", "URL", "SRC", "CAT", "TITLE", "TIME", "ABSTRACT", "TEXT")


def first(path, n):
    return list(itertools.islice(iter_articles([path]), n))


def test_ant_multisource_first_200_members():
    path = shared_path("corpora", "ant-multisource-v2.1.tar.gz")
    arts = first(path, 200)
    assert len(arts) == 200
    assert all(a.fmt == "trec" and a.encoding == "utf-8" and a.ok and a.problems == [] for a in arts)
    assert all(a.source.startswith(f"{path}::ant-multisource-v2.1/") and "#" not in a.source for a in arts)
    assert all(all(tag in a.fields for tag in ANT_TAGS + ("AUTHOR",)) for a in arts)
    assert all(set(a.meta) == {"DOCNO", "URL", "SRC", "CAT"} for a in arts)
    assert {a.meta["SRC"] for a in arts} == {"alarabia"}  # members come in archive order
    first_art = arts[0]
    assert first_art.meta["DOCNO"] == "AL-culture-1-20180218"
    assert first_art.span_text(first_art.fields["TIME"]) == "Sun, 18 Feb 2018 21:35:43 +0400"
    assert first_art.span_text(first_art.fields["AUTHOR"]) == "القاهرة - أحمد الريدي"
    assert first_art.raw.decode("utf-8").rstrip("\n") == first_art.text  # one record: the file's bytes
    assert not any("README" in a.source for a in arts)


def test_ant_v1_skips_license_and_readme():
    path = shared_path("corpora", "ant-v1.1.tar.gz")
    arts = first(path, 200)
    assert len(arts) == 200
    assert not any(a.source.endswith(("LICENSE", "README.md")) for a in arts)
    assert arts[0].source == f"{path}::ant-v1.1/culture/JA-culture-1-20170120.txt"
    assert all(a.fmt == "trec" and a.ok for a in arts)
    assert all(a.meta["SRC"] == "Jawhara FM" for a in arts)
    # AUTHOR is optional (Jawhara FM records often have none), so no missing-tag warning for it
    assert sum("AUTHOR" not in a.fields for a in arts) > 0
    assert not any(p.code == "missing-tag" for a in arts for p in a.problems)
    assert arts[0].span_text(arts[0].fields["TIME"]) == "2017-01-20T21:43:00+01:00"


def test_saudinewsnet_day_zip():
    path = shared_path("corpora", "saudinewsnet", "dataset", "2015-07-21.zip")
    arts = list(iter_articles([path]))
    assert len(arts) == 2972
    assert count_inputs([path]) == 1
    assert arts[0].source == f"{path}::2015-07-21.json#0" and arts[-1].source.endswith("#2971")
    assert all(a.fmt == "json" and a.encoding == "utf-8" for a in arts)
    by_code = collections.Counter(p.code for a in arts for p in a.problems)
    # empty content keeps the article with its title (warning); no title and no content is an error
    assert by_code == {"title-only": 65, "empty": 19}
    kept = [a for a in arts if a.ok]
    assert len(kept) == 2972 - 19
    assert all("date_extracted" in a.fields for a in kept)
    assert sum("title" not in a.fields for a in kept) == 4  # e.g. almadina's "content": " Array "
    assert sum("content" in a.fields for a in kept) == 2972 - 19 - 65
    assert {"source", "url"} <= set(kept[0].meta)
    a = arts[0]
    record = json.loads(a.raw)
    assert a.span_text(a.fields["content"]) == record["content"]
    assert a.span_text(a.fields["title"]) == record["title"]
    assert a.meta["source"] == "aawsat"


def test_streaming_memory_does_not_grow_with_the_corpus():
    import tracemalloc

    path = shared_path("corpora", "ant-multisource-v2.1.tar.gz")
    tracemalloc.start()
    try:
        peaks = []
        for n, _article in enumerate(iter_articles([path]), 1):
            if n in (500, 3000):
                peaks.append(tracemalloc.get_traced_memory()[1])
            if n == 3000:
                break
    finally:
        tracemalloc.stop()
    # one member at a time: the peak after 3,000 articles is that after 500 (plus noise)
    assert peaks[1] < peaks[0] + 1_000_000 and peaks[1] < 8_000_000
