"""MentionIndex answers every question as a scan of the article's mentions does (same mentions,
same order), on random overlapping and unsorted mentions."""

import random

from marsad.model import Mention
from marsad.quotes.mentions import MentionIndex


def _mentions(rnd: random.Random, n: int) -> list[Mention]:
    out = []
    for _ in range(n):
        s = rnd.randrange(0, 300)
        out.append(Mention(s, s + rnd.randrange(1, 25), type=rnd.choice(["PER", "ORG", "LOC"])))
    return out


def test_index_matches_a_scan():
    rnd = random.Random(7)
    for n in (0, 1, 2, 5, 40, 200):
        ms = _mentions(rnd, n)
        if n > 5:
            rnd.shuffle(ms)  # the index must not rely on the article's order
        idx = MentionIndex(ms)
        assert len(idx) == n
        for _ in range(300):
            a = rnd.randrange(-5, 330)
            b = a + rnd.randrange(0, 30)
            assert idx.starting_in(a, b) == [m for m in ms if a <= m.start < b]
            assert idx.at(a) == [m for m in ms if m.start == a]
            assert idx.covering_end(a) == max((m.end for m in ms if m.start <= a < m.end), default=-1)
            assert idx.containing(a, b) == [m for m in ms if m.start <= a and m.end >= b]


def test_equal_starts_keep_the_article_order():
    ms = [Mention(10, 20, type="ORG"), Mention(3, 5, type="PER"), Mention(10, 14, type="PER")]
    idx = MentionIndex(ms)
    assert idx.at(10) == [ms[0], ms[2]]
    assert idx.starting_in(0, 11) == [ms[0], ms[1], ms[2]]
    assert idx.covering_end(12) == 20
    assert idx.covering_end(5) == -1
