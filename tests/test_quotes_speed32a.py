"""Speed32a: a line with no cue candidate, quoted span, cue noun, ``كما`` or attribution phrase is left
after one cue scan (``stage._Extractor._body``), and :func:`find_cues` reads the candidates it is given
as it reads its own (no output change; issue 6)."""

from __future__ import annotations

from marsad.model import Article
from marsad.quotes.cues import iter_cues
from marsad.quotes.reported import find_cues, nominal_or_blame_hint
from marsad.quotes.stage import annotate_quotes

#: Lines with cues of every source find_cues reads: cue verbs, a nominalised announcement (no cue
#: verb), a verb of blame (no cue verb), a quotation, and lines with none.
_LINES = (
    "وقال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.",
    'وأضاف: "لن نتراجع عن مواقفنا مهما كانت الضغوط".',
    "وتراجعت الأسهم عقب إعلان الحكومة زيادة أسعار الوقود.",
    "وأرجعت الوزارة انخفاض المبيعات إلى تراجع الطلب المحلي.",
    "ارتفعت أسعار النفط اليوم في الأسواق العالمية.",
    "وشهدت المدينة أمطارا غزيرة، كما شهدت ارتفاعا في درجات الحرارة.",
)


def _hits(hits):
    return [
        (h.start, h.end, h.form, h.phrase, h.complement, h.content_start, h.mark, h.opens_clause, h.limit)
        for h in hits
    ]


def test_find_cues_reads_given_candidates_as_its_own():
    for text in _LINES:
        own_subjects: list = []
        given_subjects: list = []
        own = find_cues(text, 0, [], frozenset(), {}, own_subjects)
        given = find_cues(text, 0, [], frozenset(), {}, given_subjects, None, list(iter_cues(text)))
        assert _hits(own) == _hits(given) and own_subjects == given_subjects, text


def test_a_line_without_candidates_has_cues_only_after_a_hint():
    # the cue noun إعلان and the blame verb أرجع are found by find_cues without a cue candidate; the
    # hint holds for both, so _body reads them in full
    noun, blame, plain = _LINES[2], _LINES[3], _LINES[4]
    for text in (noun, blame):
        assert not list(iter_cues(text))
        assert [h.form.lemma for h in find_cues(text, 0, [], frozenset(), {})] == (
            ["أعلن"] if text is noun else ["أرجع"]
        )
        assert nominal_or_blame_hint(text)
    assert not list(iter_cues(plain)) and not nominal_or_blame_hint(plain)
    assert find_cues(plain, 0, [], frozenset(), {}) == []


def test_quiet_lines_between_statements_change_nothing():
    # a quiet line (left early) between a cue line and a quoted paragraph: the quotations are read as
    # they are without it, at their offsets
    with_quiet = "\n".join((_LINES[0], _LINES[4], _LINES[2]))
    without = "\n".join((_LINES[0], _LINES[2]))
    a, b = Article(text=with_quiet), Article(text=without)
    annotate_quotes(a)
    annotate_quotes(b)
    shift = len(_LINES[4]) + 1
    first = len(_LINES[0]) + 1

    def key(q, moved):
        d = shift if moved and q.start >= first else 0
        return (q.start - d, q.end - d, q.kind, q.speaker)

    assert [key(q, True) for q in a.quotes] == [key(q, False) for q in b.quotes]
    assert [a.text[q.start : q.end] for q in a.quotes][0] == "إن المحادثات ستستأنف الأسبوع المقبل"
