"""The entities stage's mentions of one article, indexed by character offset for the quotes stage.

The speaker rules ask, for one phrase at a time, which mentions start at an offset, start inside a
range, or cover an offset. Scanning :attr:`marsad.model.Article.mentions` for each question made the
stage quadratic in an article's length (a 800,000-character article: 3.3 s of 6 for the stage, the
hostile-input test ``prose-400k`` over its CPU limit on a slower machine). :class:`MentionIndex`
sorts the mentions once (O(m log m)) and answers each question by binary search (O(log m + k) for k
answers), in the article's mention order, so every rule sees what the scan saw.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from marsad.model import Mention

__all__ = ["MentionIndex"]


class MentionIndex:
    """Mentions (:class:`marsad.model.Mention` with ``start``/``end`` character offsets) by start offset.

    Build it after the entities stage and do not change the list while it is used: it holds a sorted
    copy. Every method returns mentions in their order in the list it was built from."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._mentions = [mentions[i] for i in order]
        self._rank = order  # position in the article's list of each sorted mention
        self._starts = [m.start for m in self._mentions]
        #: the largest end among the first i + 1 sorted mentions (for :meth:`covering_end`)
        self._max_end: list[int] = []
        top = -1
        for m in self._mentions:
            top = max(top, m.end)
            self._max_end.append(top)
        self._longest = max((m.end - m.start for m in self._mentions), default=0)

    def __len__(self) -> int:
        return len(self._mentions)

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose start is in ``[lo, hi)``."""
        i = bisect_left(self._starts, lo)
        k = bisect_left(self._starts, hi, i)
        if k - i <= 1:
            return self._mentions[i:k]
        return [self._mentions[j] for j in sorted(range(i, k), key=self._rank.__getitem__)]

    def at(self, start: int) -> list[Mention]:
        """The mentions that start at offset ``start``."""
        return self.starting_in(start, start + 1)

    def covering_end(self, pos: int) -> int:
        """The largest end of the mentions with ``start <= pos < end``, or -1 when none covers ``pos``."""
        i = bisect_left(self._starts, pos + 1) - 1
        if i < 0:
            return -1
        top = self._max_end[i]  # the longest reach of those starting at or before pos
        return top if top > pos else -1

    def containing(self, start: int, end: int) -> list[Mention]:
        """The mentions with ``m.start <= start`` and ``m.end >= end``."""
        return [m for m in self.starting_in(start - self._longest, start + 1) if m.end >= end]
