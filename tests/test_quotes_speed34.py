"""Speed34: the cuts of docs/quotes.md "Step 55s" give the answers of the code they replace."""

from __future__ import annotations

import random
import re

from marsad.quotes import cues, interview, reported, stage

_PIECES = [
    "س",
    "سؤال",
    "السؤال",
    ":",
    " ",
    "\t",
    "\n",
    "-",
    "•",
    "2",
    "قال",
    "، لكنه ",
    "، إلا أنها ",
    "، غير أنه ",
    "لكن ",
    "غير ",
    "إلا ",
    ",",
    "،",
    "الأمر",
    "\u200f",
    "\ufeff",
    "ال",
    "؟",
]


def _texts(seed: int, n: int, most: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, most))) for _ in range(n)]


def test_blank_outside_keeps_line_breaks_and_length() -> None:
    not_newline = re.compile(r"[^\n]")
    for text in _texts(1, 2000) + ["", "\n", "أ\nب\n\nج"]:
        for start in range(0, len(text) + 1, 3):
            end = min(len(text), start + 4)
            want = not_newline.sub(" ", text[:start]) + text[start:end] + not_newline.sub(" ", text[end:])
            assert stage._blank_outside(text, start, end) == want, (text, start, end)


def test_marked_line_read_at_line_starts() -> None:
    for text in _texts(2, 20000) + ["\nس 2: ما رأيك", "سؤال/ هل", "نص\n  - السؤال 3 –", "قال س: لا"]:
        assert interview._has_marked_line(text) == (interview._MARKED_LINE_RE.search(text) is not None), repr(
            text
        )


def test_statement_end_tries_the_contrast_only_where_its_words_are() -> None:
    def reference(text: str, start: int, end: int) -> int:
        m = reported.CONTRAST_RE.search(text, start, end) if start < end else None
        return m.start() if m else end

    for text in _texts(3, 5000, 10) + ["قال إن الأمر صعب، لكنه ربط ذلك بالحوار"]:
        ends = [len(text)]
        for start in range(0, len(text), 2):
            want = reference(text, start, reported.next_end(ends, start))
            assert reported.statement_end(text, start, ends, []) == want, (text, start)


def test_format_control_test_is_the_character_scan() -> None:
    for text in _texts(4, 5000):
        assert stage._has_format_control(text) == any(ch in text for ch in stage._FORMAT_CONTROL_CHARS)


def test_cue_matches_are_the_named_tuple() -> None:
    text = "وقال الوزير إن الأمر صعب، و أضافت المتحدثة أن"
    found = list(cues.iter_cues(text))
    assert [(c.start, c.end, c.clitic, c.form) for c in found] == [(0, 4, "و", "قال"), (26, 33, "و", "أضافت")]
    for c in found:
        assert type(c) is cues.CueMatch
        assert c == cues.CueMatch(c.start, c.end, c.clitic, c.form, c.cue) and c.cue.lemma


def test_interview_gate_is_interview_layouts_first_test() -> None:
    for text in _texts(5, 20000):
        old = not (
            text.count("؟") + text.count("?") < 2
            and (not interview._mark_hint(text) or interview._MARKED_LINE_RE.search(text) is None)
        )
        assert bool(interview.may_be_interview(text)) == old, repr(text)
        if not old:
            assert interview.interview_layout(text, [(0, len(text))]) is None


def test_table_row_without_a_pipe_or_tab_is_no_row() -> None:
    def reference(line: str) -> bool:
        s = line.strip()
        return (s.startswith("|") and s.count("|") >= 3) or (
            "\t" in s and sum(1 for c in s.split("\t") if c.strip()) >= 3
        )

    rows = ["| القاهرة | أحمد حسن | أكد فوزه |", "أ\tب\tج", " |---|---|", "قال الوزير إن", "أ\t\tب", ""]
    for line in rows + _texts(6, 3000):
        assert stage._table_row(line) == reference(line), repr(line)
    assert stage._table_row(rows[0]) and stage._table_row(rows[1]) and not stage._table_row(rows[3])


def test_known_names_once_per_speaker_string() -> None:
    from marsad.model import Quote
    from marsad.quotes.repair import SpeakerRepair

    names = ["أحمد حسن", "الوزير", "أحمد حسن", None, "سامح شكري", "أحمد حسن", "وزير الخارجية سامح شكري"]
    quotes = [Quote(0, 1, kind="indirect", speaker=s) for s in names]
    assert SpeakerRepair("نص", quotes).known_names() == ["أحمد حسن", "سامح شكري"]
