"""Speed rewrites of the quotes stage give the results of the code they replace.

Each faster form (issue 6, speed clause; ``docs/benchmarks/quotes.md``) is checked here against the
plain form it replaced, kept in this file as the reference: the fold by ``str.replace`` against
``str.translate``, the sentence-end pattern with its mark first against the look-behinds first, the
attribution hint against the attribution pattern, the word-test memos against the computation.
"""
from __future__ import annotations

import random
import re

import pytest

from marsad.quotes import cues, speakers
from marsad.quotes.cues import ACCORDING_RE, fold, fold_word, fold_word_python
from marsad.quotes.reported import SENTENCE_END_RE, sentence_ends
from marsad.quotes.stage import _ACCORDING_HINT_RE, _has_attribution

#: The sentence-end pattern as it was written before (look-behinds first).
_SENTENCE_END_BEFORE = re.compile(r"(?<!\s[\u0621-\u064a])(?<!^[\u0621-\u064a])[.!?؟](?!\d)(?=[\s\"”»'’)]|$)")

_ALPHABET = "اأإآؤئءبةتىيو لمنحسبقطع.!?؟:،\"”»'’)\n\t5٣\u0640\u064b\u064e\u064f\u0650\u0651\u0652\u0670_#"


def _random_texts(seed: int, n: int = 3000, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, longest))) for _ in range(n)]


def test_fold_word_equals_translate() -> None:
    # the Python fold and the compiled one (when built: marsad._speedups.scan.Table) against the
    # translate of the table; a 4-byte character (an emoji) and Latin-1 text too
    for text in _random_texts(1) + ["قـــالَ", "أُعلِنَ  إنّ", "مؤتمرٌ   آخر", "", "   ", "أ😀ـإ", "café أ"]:
        want = " ".join(text.translate(cues._FOLD_TABLE).split())
        assert fold_word_python(text) == want, text
        assert fold_word(text) == want, text


def test_fold_values_and_cache() -> None:
    assert fold("أكَّدَ") == "اكد"
    assert fold("مُؤْتَمَر  صحفي") == "موتمر صحفي"
    assert fold("على") == "على" and fold("علي") == "علي"  # alef maqsura kept
    long = "قال " * 40
    assert fold(long) == fold_word(long) and long not in cues._FOLD_CACHE  # a statement is not kept
    assert fold("قالت") == "قالت" and "قالت" in cues._FOLD_CACHE
    with pytest.raises(TypeError):
        fold(["a"])  # unhashable, as with a functools cache
    with pytest.raises(AttributeError):
        fold(None)  # type: ignore[arg-type]


def test_sentence_end_pattern_equals_the_look_behind_form() -> None:
    texts = _random_texts(2) + ["قال د. نايف إن 3.5 مليار. وأضاف: ما هذا؟ انتهى!", "م. ب.", ".ا.", "ا."]
    for text in texts:
        before = [m.span() for m in _SENTENCE_END_BEFORE.finditer(text)]
        assert [m.span() for m in SENTENCE_END_RE.finditer(text)] == before, text
    assert sentence_ends("قال د. نايف إن 3.5 مليار. وأضاف: ما هذا؟") == [25, 40, 40]


def test_attribution_hint_holds_every_attribution() -> None:
    phrases = ["بحسب ما أفادت", "وبحسبه", "وفقا لما", "وفقاً للشرطة", "وفق ما", "طبقا لـ", "نقلا عن",
               "على حد قول", "على حد تعبير", "على ما", "فحسب المصادر", "حسبما"]
    for p in phrases:
        text = f"وقال الوزير، {p} المصادر، إن"
        assert ACCORDING_RE.search(text), p
        assert _has_attribution(text)
    rng = random.Random(3)
    words = phrases + ["قال", "على", "حد", "ما", "وفاق", "حسن", "نقل", "عن", "،", "\n"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 8)))
        for m in ACCORDING_RE.finditer(text):
            assert _ACCORDING_HINT_RE.search(m.group()), text
        assert _has_attribution(text) == (ACCORDING_RE.search(text) is not None), text
    assert not _has_attribution("وقال الوزير إن الاتفاق على الطاولة")


def test_word_test_memos_equal_the_computation() -> None:
    assert speakers.is_stop("بضرورة", ("ب",)) and not speakers.is_stop("بضرورة", ("على",))
    assert speakers._is_definite("والوزير") and not speakers._is_definite("آل")
    words = ["محمد", "#لافروف", "وأكد", "مارس", "الرياض", "بيروت", "سارة", "عبدالعزيز", "الوزير", "x_y", "",
             "بضرورة", "بوزارة", "لوزارة", "فإن", "والذي", "،", "#", "آل", "الـ", "أن"]
    for w in words * 2:  # the second pass reads the caches (speakers.is_person_token is a WordMemo lookup; .__self__.compute is the computation)
        assert speakers.is_person_token(w) == speakers.is_person_token.__self__.compute(w), w
        for preps in ((), ("ب",), ("على", "ب"), ("إلى",)):
            assert speakers.is_stop(w, preps) == speakers._is_stop(w, preps), (w, preps)
        w2 = fold(w.lstrip("#"))
        assert speakers.is_place(w) == (w2 in speakers.PLACES or w2.translate(speakers._NAME_KEY_TABLE)
                                        in speakers._gazetteer_places()), w


def test_fold_tokens_equals_fold_per_token(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4)
    letters = [c for c in _ALPHABET if not c.isspace()]
    for _ in range(500):
        toks = ["".join(rng.choice(letters) for _ in range(rng.randrange(1, 6))) for _ in range(rng.randrange(0, 12))]
        want = [fold(t) for t in toks]
        assert cues.fold_tokens(toks) == want, toks
        with monkeypatch.context() as m:  # the Python path (no compiled translation)
            m.setattr(cues, "_FOLD_TRANSLATE", None)
            assert cues.fold_tokens(toks) == want, toks
    assert cues.fold_tokens([]) == [] and cues.fold_tokens(["ــ", "أَ"]) == ["", "ا"]


def test_question_line_read_at_the_colons() -> None:
    from marsad.quotes.stage import _QUESTION_LINE_RE, _has_question_line

    rng = random.Random(5)
    pieces = ["س", "سؤال", "السؤال", ":", " ", "\t", "\n", "ج", "قال", "ؤ", "ال", "\r", "\xa0"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        assert _has_question_line(text) == (_QUESTION_LINE_RE.search(text) is not None), repr(text)
    assert _has_question_line("مقدمة\n  السؤال\t: ما رأيك؟") and not _has_question_line("قال: نعم")
    assert not _has_question_line("أساس: نعم") and _has_question_line("نص:\nس : ما رأيك؟")


def _cue_word_regex(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in cues._CUE_WORD_RE.finditer(text, start, stop)]


def test_compiled_cue_scan_equals_the_trie_pattern() -> None:
    # the compiled KeyWordScanner (marsad._speedups.cuescan) against the trie regex it replaces, on
    # every window of short texts built from cue words, parts of them, harakat, tatweel, digits and
    # "_" (the look-behind reads the character before the window, the look-ahead stops at its end)
    if cues._CUE_SCAN is None:
        pytest.skip("compiled marsad._speedups.cuescan not built or stale")
    rng = random.Random(6)
    keys = sorted(cues._CUE_KEYS)
    pieces = [*"قالأكدوفن ـ_5٣،.x\n", "\u064b", "\u064e", "\u0651", "\u0670", "ال", "قالت", "وقال", "أكّد"]
    texts = ["", "قال", "وقالا", "قالاً", "قالًا", "وقـال", "ـقال", "قال_", "_قال", "يُذكر", "قالَ إن", "3قال"]
    for _ in range(3000):
        texts.append("".join(rng.choice(keys) if rng.random() < 0.4 else rng.choice(pieces)
                             for _ in range(rng.randrange(1, 7))))
    for text in texts:
        n = len(text)
        windows = [(0, n)] + [(a, b) for a in range(n + 1) for b in range(a, n + 1)] if n <= 12 else [
            (0, n), *((a, b) for a, b in (sorted((rng.randrange(n + 1), rng.randrange(n + 1))) for _ in range(20)))]
        for a, b in windows:
            assert cues._CUE_SCAN(text, a, b) == _cue_word_regex(text, a, b), (text, a, b)
    sentence = "وقال الوزير إن الاتفاق تم، وأكدت المصادر أن الوفد وصل، فيما قالا: لا"
    assert cues._CUE_SCAN(sentence, 0, len(sentence)) == _cue_word_regex(sentence, 0, len(sentence))
    # the stage's reader (no harakat: the scan's path) with and without the compiled scan
    found = [(c.start, c.end, c.form) for c in cues.iter_cues(sentence)]
    saved = cues._CUE_SCAN
    try:
        cues._CUE_SCAN = None
        assert [(c.start, c.end, c.form) for c in cues.iter_cues(sentence)] == found
    finally:
        cues._CUE_SCAN = saved
    assert [f for _, _, f in found] == ["قال", "أكدت", "قالا"]


def test_marked_cue_gate_and_translations() -> None:
    # _marked_cue reads a word's cue only when its bare form is a key: the same cues as the
    # passive test first (a passive damma on a non-key word gives None either way)
    for word in ["أُعلن", "ذُكر", "يُذكر", "وأكّد", "شدَّد", "وقالَ", "مؤكداً", "مُضيفاً", "ومُؤكداً", "الكتابُ",
                 "قـــال", "وأكـــد", "أعلنّا", "وعدّل", "تقرّر", "يقولُ"]:
        c = cues._marked_cue(word, word, 0, len(word))
        bare = word.translate(cues._CUE_MARKS_DELETED)
        passive = "\u064f" in cues._PARTICIPLE_MU_RE.sub("", word.replace("\u0640", "")).rstrip(cues._HARAKAT_CHARS)
        want = None if passive else (cues._cue_of_word(word, bare, 0, len(word)) or (
            cues._cue_of_word(word, bare[:-1] + "اً", 0, len(word)) if bare.endswith("ا") else None))
        assert c == want, word
    for text in _random_texts(7) + ["ساحة", "مصطفى", "أ😀ـإ", ""]:
        assert cues._cue_marks_deleted(text) == text.translate(cues._CUE_MARKS_DELETED), text
        assert speakers._name_key_of(text) == text.translate(speakers._NAME_KEY_TABLE), text


def test_text_tokens_equal_the_token_pattern() -> None:
    from marsad.quotes.repair import _TOKEN_RE, text_tokens

    for text in _random_texts(8) + ["قال: \"نعم\" (أكيد)؛ «لا»…  وأضاف\u00a0الوزير\u2003،ثم.", "", " \n "]:
        assert text_tokens(text) == _TOKEN_RE.findall(text.replace("\n", " . ")), text


def test_word_list_short_circuit() -> None:
    from marsad.quotes.stage import _word_list

    def reference(content: str) -> bool:
        words = [w.strip("،,.؛:\"«»“”") for w in content.split()]
        words = [w[1:] if w[:1] == "و" and cues.lookup(w[1:]) is not None else w for w in words if w]
        return len(words) >= 2 and all(cues.lookup(w) is not None for w in words)

    rng = random.Random(9)
    words = ["قال", "وقال", "أكد", "واكد", "أضاف،", "صرح.", "، ", "«", "الوزير", "و", "وو", "ان", "قالت:"]
    for _ in range(3000):
        content = fold(" ".join(rng.choice(words) for _ in range(rng.randrange(0, 6))))
        assert _word_list(content) == reference(content), content


def test_repair_token_forms_equal_the_word_functions() -> None:
    # SpeakerRepair's per-article token forms (one compiled fold, _bare's rule inline) against the
    # per-token functions they replace
    from marsad.quotes.repair import SpeakerRepair, _bare, _feminine_key

    texts = _random_texts(10, n=300, longest=80) + [
        "وقالت القاضية باربره جافي بالمحكمة العليا، والوزارة: «لا»؛ وللقاضية فالاتحاد ـــ أُعلن الـ20"]
    for text in texts:
        rep = SpeakerRepair(text, [])
        assert rep._folded_tokens() == [fold(t) for t in rep.tokens], text
        assert rep._bare_tokens() == [_bare(t) for t in rep.tokens], text
        for b in {_bare(t) for t in rep.tokens[:20]}:
            assert rep._bare_indices(b) == [k for k, t in enumerate(rep.tokens) if _bare(t) == b], text
        rep.role_holder("القاضية", [])
        assert rep._keys == [_feminine_key(t) for t in rep.tokens], text


def test_not_name_start_memo_equals_the_computation() -> None:
    # the per-word memo of _not_name_start against the rule computed whole (the memo cleared)
    def computed(tok: str, nxt: str) -> bool:
        speakers._not_name_start_word.cache_clear()
        return speakers._not_name_start(tok, nxt)

    words = ["لإيران", "بطهران", "يملكها", "يرتبط", "يسمح", "يعالون", "لتنسيق", "لأجهزة", "دوراً", "باريس",
             "لاعبوه", "حسابه", "عبدالله", "الإليزيه", "بتصريحه", "#لافروف", "محمد", "الوزير", "", "لل", "ي"]
    nexts = ["", "بمحادثات", "لإيران", "إدخال", "هاتف", "محمد", "في", "بالمحكمة"]
    for w in words:
        for n in nexts:
            want = computed(w, n)
            assert speakers._not_name_start(w, n) == want, (w, n)  # from the memo


def test_reported_word_memos_equal_the_computation() -> None:
    from marsad.quotes import reported
    from marsad.quotes.cues import CLAUSE_INTRO_RE

    words = ["أن", "بأنه", "إنها", "لأن", "انّه", "وأكد", "قال", "عبر", "بين", "تابع", "وتابع", "طلبوا", "وطلب",
             "قائلا", "الوزير", "", "ف", "و", "فقال", "مؤكدا"]
    for w in words * 2:  # the second pass reads the memos
        assert reported._clause_intro(w) == (CLAUSE_INTRO_RE.match(fold(w)) is not None), w
        assert reported._other_cue(w) == reported._other_cue_of(w), w


def test_character_scans_equal_the_patterns_they_replace() -> None:
    # speed17: sentence ends, quotation marks, the harakat test of iter_cues, the prose lines, the
    # appositions and the attribution hint, each against the pattern scan it replaced
    from marsad.quotes import canonical, direct, stage
    from marsad.quotes.cues import _CUE_MARK_RE, iter_cues
    from marsad.text.scan import char_positions, char_positions_python, matches_at

    extra = ["قال د. نايف إن 3.5 مليار. وأضاف: ما هذا؟ انتهى!", "«قال» \"إن\" ‹ما› 'O'Brien' “هو” 〝ا〞",
             "وأكّد الوزير، أحمد علي، أن", "\n\n  \nقال\n \t\nأكد، علي محمد: نعم\n", "، محمد علي، و، أ ب ج د، ل،"]
    alphabet = _ALPHABET + "«»‹›“”'‘’〝〞,"
    rng = random.Random(17)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))) for _ in range(3000)] + extra
    for text in texts:
        assert sentence_ends(text) == [m.end() for m in SENTENCE_END_RE.finditer(text)] + [len(text)], text
        assert char_positions(text, direct._MARK_CHARS) == [m.start() for m in direct.MARK_RE.finditer(text)]
        assert char_positions_python(text, direct._MARK_CHARS) == [m.start() for m in direct.MARK_RE.finditer(text)]
        for a, b in ((0, None), (3, 20), (5, 2)):
            stop = len(text) if b is None else b
            assert (not char_positions(text, cues._CUE_MARK_CHARS, a, stop)) == (_CUE_MARK_RE.search(text, a, stop) is None)
        for a, b in ((0, len(text)), (2, 30), (4, 1), (0, len(text) + 5)):
            want = [(m.start(), m.end()) for m in stage._LINE_RE.finditer(text, a, b) if m.group().strip()]
            assert [(u.start, u.end) for u in stage._lines(text, a, b, "body")] == want, (text, a, b)
        got = [m.span() for m in matches_at(canonical._APPOSITION_RE, text, char_positions(text, "،,"))]
        assert got == [m.span() for m in canonical._APPOSITION_RE.finditer(text)], text
        assert stage._according_hint(text) == (_ACCORDING_HINT_RE.search(text) is not None), text
    for text in ("حسب", "وفقا", "طبقا", "نقلا  عن", "نقلا", "على حد", "على\nما", "على", "علىما"):
        assert stage._according_hint(text) == (_ACCORDING_HINT_RE.search(text) is not None), text
    assert [m.cue.lemma for m in iter_cues("وأكّد الوزير وقال")] == [m.cue.lemma for m in iter_cues("وأكد الوزير وقال")]


def test_speed17_memos_equal_the_computation() -> None:
    # is_verbal_noun and trim_name are WordMemo lookups (speed17): the memo's answer is the computation's
    from marsad.quotes.cues import is_verbal_noun

    words = ["التأكيد", "امتثاله", "استمرار", "تفعيل", "تركيا", "إيقاف", "شراكتها", "الوزير", "", "x", "#وقف"]
    names = ["منصور أول", "جلوي بن عبدالعزيز بن", "أحمد التقى", "ولد دونالد ترامب في", "أنطونيو ايران غوتيريس", "علي"]
    for _ in range(2):  # the second pass reads the memos
        for w in words:
            assert is_verbal_noun(w) == is_verbal_noun.__self__.compute(w), w
        for n in names:
            assert speakers.trim_name(n) == speakers.trim_name.__self__.compute(n), n
    assert speakers.trim_name("جلوي بن عبدالعزيز بن") == "جلوي بن عبدالعزيز"


def test_speed22_antecedent_matches_equal_the_pattern() -> None:
    # speed22: the antecedent head's matches without compiling its pattern, against the pattern's
    rng = random.Random(22)
    heads = ["مجلة", "وزارة", "ادارة", "امانة", "مؤسسة", "لجنة", "هيئة عامة", "جا", "ا", "او", "ال", "بل", "اوا"]
    variants = {"ا": "اأإآ", "و": "وؤ"}
    pieces = [" ", "  ", "\n", "\u00a0", "_", "x", "1", "،", "ال", "لل", "وال", "بال", "و", "ب", "ل", "ف", "أ"]
    for _ in range(6000):
        head = rng.choice(heads)
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.4:
                written = "".join(rng.choice(variants.get(c, c)) for c in head)
                parts.append(rng.choice(["", "و", "ب", "ل", "ال", "لل", "وال", "بال", "لال", "ولل", "x", "1"]) + written)
            else:
                parts.append(rng.choice(pieces))
            parts.append(rng.choice(["", " ", "  ", "\n", "x", "،"]))
        text = "".join(parts)
        lo = rng.randint(0, len(text))
        end = rng.randint(lo, len(text) + 2)
        want = [(m.start(), m.end(), m.group(0), m.group(1), m.group(2))
                for m in speakers._antecedent_re(head).finditer(text, lo, end)]
        got = [(m.start(), m.end(), m.group(0), m.group(1), m.group(2))
               for m in speakers._antecedent_matches(text, head, lo, end)]
        assert got == want, (head, text, lo, end)
    # a head written more often than ANTECEDENT_READ_MAX: the compiled pattern's matches
    text = " ".join(["وقالت الوزارة", "للوزارة", "وزارة", "والوزارة:"] * 8) + " "
    for lo, end in ((0, len(text)), (7, len(text) - 3)):
        want = [(m.span(), m.group(1), m.group(2)) for m in speakers._antecedent_re("وزارة").finditer(text, lo, end)]
        assert [(m.span(), m.group(1), m.group(2)) for m in speakers._antecedent_matches(text, "وزارة", lo, end)] == want


def test_speed22_scans_equal_the_patterns_they_replace() -> None:
    # speed22: the marked words without the look-behind, the quotation-ahead test by str.find, the
    # attribution phrases scanned from their first word, the stretched words from the first tatweel
    from marsad.quotes import reported
    from marsad.quotes.cues import _MARKED_WORD_RE, _iter_marked_cues

    rng = random.Random(23)
    for text in _random_texts(221, 3000, 60) + ["وأكّد الوزير، وقالَ", "قالَ", "xقالَ يقولُ"]:
        for a, b in ((0, len(text)), (1, len(text)), (3, 20), (5, 2), (0, len(text) + 4)):
            stop = min(b, len(text))
            got = [c for c in _iter_marked_cues(text, a, stop)]
            ref = [c for w in _MARKED_WORD_RE.finditer(text, a, stop)
                   if (c := cues._marked_cue(text, w.group(), w.start(), w.end())) is not None]
            assert got == ref, (text, a, b)
    words = ["قائلا", "بالقول", "بقول", "xقائل", "1بقول", "\"", "«", "“", "قال", "ب", "»"]
    for _ in range(4000):
        text = "".join(rng.choice(words + [" ", "ا", "x"]) for _ in range(rng.randint(0, 10)))
        for a, b in ((0, len(text)), (2, len(text)), (3, 9), (6, 2), (0, len(text) + 3)):
            assert reported._quotation_ahead(text, a, b) == (reported._QUOTATION_AHEAD_RE.search(text, a, b) is not None)
    from marsad.quotes import stage
    words = ["حسب", "بحسب", "وبحسب", "فحسب", "وفقا", "وفق", "طبقا ل", "نقلا عن", "على حد قول", "على ما", "على",
             "ما", "ل", "بل", "x", "1", "ً", "ـ"]
    for _ in range(4000):
        text = "".join(rng.choice(words + [" ", " ", "\n", "،", "و", "ب"]) for _ in range(rng.randint(0, 14)))
        want = [(m.span(), m.group("form")) for m in ACCORDING_RE.finditer(text)]
        assert [(m.span(), m.group("form")) for m in stage._according_matches(text)] == want, text
        assert stage._has_attribution(text) == (stage._according_hint(text) and bool(want)), text
    for text in _random_texts(222, 3000, 50) + ["وقـــال", "قالـ", "ـقال وأكـــد", "_ـقال 5ـ1"]:
        for a, b in ((0, len(text)), (1, len(text)), (3, 20), (5, 2), (0, len(text) + 4)):
            got = cues._tatweel_cues(text, a, b)
            first = text.find("\u0640", a, b)
            spans = [m.span() for m in cues._TATWEEL_IN_WORD_RE.finditer(text, max(a, first - 1), b)] if first >= 0 else []
            assert spans == [m.span() for m in cues._TATWEEL_IN_WORD_RE.finditer(text, a, b)], (text, a, b)
            out, last = [], -1
            for t in cues._TATWEEL_IN_WORD_RE.finditer(text, a, b):
                if t.start() < last:
                    continue
                ws = t.start()
                while ws > a and cues._WORD_CHAR_RE.match(text, ws - 1) is not None:
                    ws -= 1
                w = cues._WORD_RUN_RE.match(text, ws, b)
                if w is None:
                    continue
                last = w.end()
                c = cues._marked_cue(text, w.group(), ws, w.end())
                if c is not None:
                    out.append(c)
            assert got == out, (text, a, b)


# -- speed23: compiled word helpers of marsad._speedups (quotes, cuescan, scan) against their references

_S23_ALPHABET = ("اأإآؤئءبةتىيهو لمنحسفقطع.!?؟:،,;؛\"”“«»'’()\n\r\t \u00a0\u2003\u3000\x1c\x85"
                 "5٣\u0640\u064b\u064f\u0651\u0670_#😀é")


def _s23_texts(seed: int, n: int = 4000, longest: int = 90) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_S23_ALPHABET) for _ in range(rng.randrange(0, longest))) for _ in range(n)] + [
        "قال الوزير: \"نعم\" (أكيد)؛ «لا»…  وأضاف\u00a0الوزير\u2003،ثم.\nوالقاضية فالاتحاد ـــ أُعلن الـ20", "", " \n "]


def _compiled_quotes():
    from marsad import _speedups

    compiled = _speedups.load("quotes")
    if compiled is None or not hasattr(compiled, "repeated_lines"):
        pytest.skip("compiled marsad._speedups.quotes not built (the Python references run in the stage)")
    return compiled


def test_speed23_word_helpers_equal_their_references() -> None:
    from marsad.quotes import canonical, repair, tokens

    compiled = _compiled_quotes()
    for text in _s23_texts(23):
        n = len(text)
        toks = tokens.mark_tokens_python(text)
        assert toks == repair._TOKEN_RE.findall(text.replace("\n", " . ")), text
        assert compiled.mark_tokens(text) == toks, text
        offsets = [(m.start(), m.group()) for m in canonical._WORD_RE.finditer(text)]
        assert tokens.mark_token_offsets_python(text) == offsets == compiled.mark_token_offsets(text), text
        folded = [fold(t) for t in toks]
        assert tokens.bare_forms_python(folded) == [repair._bare(t) for t in toks] == compiled.bare_forms(folded)
        bare = compiled.bare_forms(folded)
        assert tokens.feminine_keys_python(bare) == [repair._feminine_key(t) for t in toks] == compiled.feminine_keys(bare)
        for value in bare[:3] + ["", "x"]:
            assert compiled.indices_of(bare, value) == [k for k, b in enumerate(bare) if b == value]
        heads = set(bare[:4])
        assert compiled.indices_in(bare, heads) == [k for k, b in enumerate(bare) if b in heads]
        for lo, hi in ((0, n), (-3, n + 5), (5, 2), (n // 3, n // 2), (max(0, n - 80), n)):
            assert compiled.name_tokens(text, lo, hi) == speakers._NAME_TOKEN_RE.findall(text, lo, hi), (text, lo, hi)
        for a, b in ((None, None), (0, n), (3, None), (None, 7), (-5, None), (-n - 9, -2), (n // 2, n // 3), (2, n + 50)):
            assert compiled.word_count(text, a, b) == len(text[a:b].split()) == tokens.word_count_python(text, a, b)


def test_speed23_repeated_lines_equal_the_word_set_comparison() -> None:
    # the compiled word sets (hashed offsets) against Python sets, on lines drawn from a small
    # vocabulary (many repeats and near-repeats), with odd bounds and thresholds
    from marsad.quotes import tokens

    compiled = _compiled_quotes()
    rng = random.Random(230)
    vocab = ["قال", "الوزير", "إن", "a", "b", "ب", "😀", "é", "الحكومة", "في", "x", "yy", "ـ", "قالَ"]
    found = 0
    for _ in range(6000):
        lines = [rng.choice(" \t\u00a0").join(rng.choice(vocab) for _ in range(rng.randrange(0, 9)))
                 for _ in range(rng.randrange(0, 9))]
        text = "\n".join(lines)
        spans, p = [], 0
        for line in lines:
            spans.append((p, p + len(line)))
            p += len(line) + 1
        if rng.random() < 0.1:
            spans += [(-5, -1), (3, 2), (0, 10**6)]
        for t in (0.9, 0.75, 0.5, 1.0, 0.0):
            want = tokens.repeated_lines_python(text, spans, t)
            assert compiled.repeated_lines(text, spans, t) == want, (text, spans, t)
            found += bool(want)
    assert found > 300  # the comparison is exercised


def test_speed23_drop_repeats_keeps_the_first_of_repeated_lines() -> None:
    from marsad import settings
    from marsad.quotes.stage import Unit, _drop_repeats

    line = "قال الوزير إن الحكومة ستعمل على تحسين الأوضاع"
    text = "\n".join([line, "عنوان آخر تماما هنا الآن", line + " .", line, "x y"])
    units, p = [], 0
    for part in text.split("\n"):
        units.append(Unit(p, p + len(part), "paragraph"))
        p += len(part) + 1
    assert settings.NEAR_DUPLICATE_THRESHOLD <= 0.9
    kept = _drop_repeats(text, units)
    assert [text[u.start : u.end] for u in kept] == [line, "عنوان آخر تماما هنا الآن", "x y"]


def test_speed23_memos_equal_the_python_memos() -> None:
    # the compiled WordMemo / FoldCache (cuescan) against the Python classes: values, what is kept,
    # clearing at the size bound, exceptions raised through
    from marsad import _speedups

    compiled = _speedups.load("cuescan")
    if compiled is None or not hasattr(compiled, "FoldCache") or cues._FOLD_WORDS is None:
        pytest.skip("compiled marsad._speedups.cuescan not built")

    def compute(w):
        if w == "boom":
            raise ValueError(w)
        return w[::-1]

    memo_c, memo_py = compiled.WordMemo(compute, 5), cues.WordMemo(compute, 5)
    for w in ["a", "bb", "a", "c", "d", "e", "f", "bb", "g"] * 3:
        assert memo_c[w] == memo_py[w] and dict(memo_c) == dict(memo_py)
    for memo in (memo_c, memo_py):
        with pytest.raises(ValueError):
            memo["boom"]
        assert "boom" not in memo
        with pytest.raises(TypeError):
            memo[["unhashable"]]
    fc = compiled.FoldCache(cues._FOLD_WORDS, cues.fold_word_python, 6, 10)
    fp = cues._FoldCache()
    for w in _random_texts(231, n=2000, longest=14) + ["أَحمد  x", "قـــال", " ", ""]:
        assert fc[w] == fold_word_python(w) == fp[w], w
        assert (w in fc) == (len(w) <= 10) or len(fc) == 0
        assert len(fc) <= 6
    for bad in (None, 5):
        with pytest.raises(AttributeError):
            fc[bad]


def test_speed23_fold_tokens_each_equals_the_joined_fold() -> None:
    for text in _s23_texts(232, n=1500):
        toks = text.split()
        assert cues.fold_tokens(toks) == [fold(t) for t in toks], text
    assert cues.fold_tokens(["a b", "أ"]) == ["a", "b", "ا"]  # a token with a space: the joined path


def test_speed23_fold_words_equals_translate_split_join() -> None:
    if cues._FOLD_WORDS is None:
        pytest.skip("compiled marsad._speedups.scan not built")
    extra = ["  أَ  ب ", "ً", " ً a", "a ً b", "\u3000x\u2003y\t", "😀 أ\u00a0\u00a0ـ", "café  é", "x", "", " ", "ab"]
    for text in _s23_texts(233, n=5000) + extra:
        want = " ".join(text.translate(cues._FOLD_TABLE).split())
        assert cues._FOLD_WORDS(text) == want == fold_word_python(text), text
        assert fold_word(text) == want, text


def test_speed23_marked_word_scan_equals_the_word_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    # _iter_marked_cues by the compiled candidate scan against its Python word loop (the scan off)
    if cues._MARKED_SCAN is None:
        pytest.skip("compiled marsad._speedups.cuescan not built")
    rng = random.Random(234)
    words = ["قالَ", "وقالَ", "أكَّدَ", "مؤكداً", "مُؤكدا", "مؤكدًا", "أُعلِنَ", "يقولُ", "ذُكر", "الوزيرُ", "ـقال",
             "قـال", "x", "_", "5", "وأضافَ", "صرَّح", "مضيفاً", "مضيفا", "ً", "ـ"]
    texts = ["".join(rng.choice(words + [" ", " ", "،", "\n", "\"", "ب"]) for _ in range(rng.randint(0, 12)))
             for _ in range(4000)] + _s23_texts(235, n=1500)
    got = {}
    for text in texts:
        for a, b in ((0, len(text)), (1, len(text)), (3, 20), (5, 2), (0, len(text) + 4), (-2, 6)):
            got[text, a, b] = list(cues._iter_marked_cues(text, max(a, 0), b))
    monkeypatch.setattr(cues, "_MARKED_SCAN", None)
    hits = 0
    for (text, a, b), cs in got.items():
        assert cs == list(cues._iter_marked_cues(text, max(a, 0), b)), (text, a, b)
        hits += len(cs)
    assert hits > 1000


def test_speed25_forms_equal_their_references(monkeypatch: pytest.MonkeyPatch) -> None:
    # speed25: iter_cues' one scan for the hiding characters and the cue harakat against the two scans
    # (the fallback path), _is_question's question-mark gate, coref._closed's kept cut
    from marsad.quotes import coref, interview

    rng = random.Random(2525)
    pieces = ["وقال", "قال", "أكد", "وأكّد", "ق\u200fال", "وأکد", "یقول", "قـــال", "ﻗﺎﻝ", "الوزير", " ", "\n",
              "؟", "?", "س:", "سؤال 2 -", "«", "»", "\u064f", "\u0651", "،", "إن", "أن", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16))) for _ in range(2500)]

    def cues_of(text: str) -> list[tuple]:
        return [(c.start, c.end, c.clitic, c.form, c.cue.lemma) for c in cues.iter_cues(text)] + [
            (c.start, c.end) for c in cues.iter_cues(text, 3, max(3, len(text) - 2))]

    fused = [cues_of(t) for t in texts]
    monkeypatch.setattr(cues, "_HIDING_OR_MARK_POSITIONS", None)
    assert [cues_of(t) for t in texts] == fused

    def is_question_before(line: str) -> bool:
        s = line.strip()
        if not s or len(s) > interview.MAX_QUESTION_CHARS:
            return False
        if interview.QUESTION_MARK_RE.match(s):
            return True
        return bool(interview._ENDS_QUESTION_RE.search(s)) and not interview._OPENS_QUOTE_RE.match(s) \
            and not interview.ANSWER_MARK_RE.match(s)

    for t in texts + ["ما رأيك؟ »", "«لماذا؟»", "ج: نعم؟", " ? ", "س: متى"]:
        assert interview._is_question(t) == is_question_before(t), t

    def closed_before(words: list[str]) -> list[str]:
        for i in range(1, len(words)):
            if speakers.definite_object_start([(0, 0, w) for w in words[:i]], words[i], frozenset()):
                return words[:i]
        return words

    names = [["منظمة", "التعاون", "الإسلامي", "التصريحات"], ["الشرطة", "الماليزية"], ["وزارة", "الخارجية"],
             ["الاتحاد", "الأوروبي", "الناس"], ["مجلس"], []]
    for words in names * 2:  # (twice: the second time from the kept cut)
        got = coref._closed(list(words))
        assert got == closed_before(list(words)), words
        got.append("x")  # the caller's list is its own: the kept cut is not changed by it
    assert [coref._closed(list(w)) for w in names] == [closed_before(list(w)) for w in names]


def test_speed26_white_space_of_every_code_point() -> None:
    # the compiled split at white space decides code points below U+1680 by comparisons (no table
    # look-up): every code point, between two letters, split as str.split splits it
    from marsad.quotes import tokens

    compiled = _compiled_quotes()
    for lo in range(0, 0x110000, 8192):
        text = " ".join(f"ا{chr(c)}ب" for c in range(lo, min(lo + 8192, 0x110000)) if not 0xD800 <= c <= 0xDFFF)
        assert compiled.word_count(text) == len(text.split()) == tokens.word_count_python(text), hex(lo)
        assert compiled.mark_tokens(text) == tokens.mark_tokens_python(text), hex(lo)
        spans = [(0, len(text) // 2), (len(text) // 2, len(text))]
        assert compiled.repeated_lines(text, spans, 0.5) == tokens.repeated_lines_python(text, spans, 0.5), hex(lo)


def test_speed28_memos_and_scans_equal_their_definitions() -> None:
    # is_possessed_object and the folded name words are WordMemo lookups (speed28): the memo's answer is
    # the computation's, and _tokens gives a new list each call (callers may change it)
    assert speakers.is_possessed_object("خضوعه") and not speakers.is_possessed_object("والده")
    assert not speakers.is_possessed_object("الوزير")
    words = ["خضوعه", "تورطها", "والده", "لاعبوه", "حسابه", "الإليزيه", "عبدالله", "بتصريحه", "محمد", "", "،"]
    for w in words * 2:
        assert speakers.is_possessed_object(w) == speakers.is_possessed_object.__self__.compute(w), w
    for name in ["سيرغي لافروف", "  محمد   بن سلمان ", "", "د. نايف الحجرف"]:
        want = [fold(t) for t in speakers.clean_name(name).split()]
        first, second = speakers._tokens(name), speakers._tokens(name)
        assert first == second == want and first is not second, name
        first.append("x")
        assert speakers._tokens(name) == want
    # _unbalanced_marks: the compiled "no mark" answer, then the counts
    from marsad.quotes.stage import _unbalanced_marks

    assert _unbalanced_marks('وكالة "سانا') and _unbalanced_marks("«المرصد") and _unbalanced_marks("“أ””")
    assert not _unbalanced_marks('مسؤول في "الكنام"') and not _unbalanced_marks("وكالة سانا")
    assert not _unbalanced_marks("") and not _unbalanced_marks("«المرصد»")
    # participle_after_quote: the first participle cue after a closing mark and a comma
    from marsad.quotes.reported import participle_after_quote

    text = 'أن «واشنطن ملتزمة»، نافية ما نشرته الصحيفة'
    s, e = participle_after_quote(text, 0, len(text))
    assert text[s:e] == "نافية"
    assert participle_after_quote("قال إن الوضع صعب، مضيفا أن", 0, 26) is None  # no closing mark
    assert participle_after_quote(text, 0, 18) is None  # the comma lies past the end


def test_speed32b_quoted_after_equals_the_pattern() -> None:
    # QuotedAppositions read the names quoted after a description with a pattern compiled per speaker;
    # quoted_after finds the same groups with str.find (random texts of the letters, marks and
    # prefixes the pattern reads, and the article's shape: الهاكر "مرجوج هزازي")
    from marsad.quotes.coref import quoted_after

    rng = random.Random(32)
    pieces = ["ا", "ل", "ش", "ب", "و", "ف", " ", '"', "«", "»", "“", "”", "\n", "،", ",", ".", "_", "x", "1"]
    speakers_ = ["الشاب", "الهاكر", "ال", "ل", "الشاب الشاب"]
    texts = ['وقال الهاكر "مرجوج هزازي" إن', 'والهاكر "هزازي" و الهاكر «تركي»', 'الهاكر "ت"', "الهاكر " + '"' + "ب" * 41 + '"']
    for _ in range(4000):
        sp = rng.choice(speakers_)
        parts = []
        for _ in range(rng.randrange(1, 8)):
            r = rng.random()
            if r < 0.35:
                parts.append(sp)
            elif r < 0.5:
                parts.append(' "' + "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6))) + rng.choice('"»”،'))
            else:
                parts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 5))))
        texts.append("".join(parts))
    found = 0
    for i, text in enumerate(texts):
        for sp in (speakers_ if i < 4 else [s for s in speakers_ if s in text] or ["الهاكر"]):
            pat = re.compile(r"(?<![\w\"«“])[وفبل]?" + re.escape(sp) + r" [\"«“]([^\"«»“”\n،,.]{2,40}?)[\"»”]")
            want = [m.group(1) for m in pat.finditer(text)]
            assert list(quoted_after(text, sp)) == want, (text, sp)
            found += bool(want)
    assert list(quoted_after('وقال الهاكر "مرجوج هزازي" إن', "الهاكر")) == ["مرجوج هزازي"]
    assert list(quoted_after('والهاكر "هزازي" و الهاكر «تركي»', "الهاكر")) == ["هزازي", "تركي"]
    assert found > 30
