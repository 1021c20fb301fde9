"""The learned speaker ranker of the quotes stage (marsad.quotes.ranker): the shipped model, the
features of hand-written Arabic examples, its choices, training reproducibility and the
leave-one-set-out figure (docs/models/quotes-speaker-ranker.md)."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest

from marsad import settings
from marsad.model import Article, Entity, Mention, Quote, Sentence, Span
from marsad.quotes import ranker as R


def _article(text: str, sentences, mentions, entities, quotes) -> Article:
    a = Article(text=text)
    a.sentences = [Sentence(s, e) for s, e in sentences]
    a.mentions = [Mention(s, e, type=t, text=text[s:e], entity=i) for s, e, t, i in mentions]
    a.entities = entities
    a.quotes = quotes
    return a


def _elided_feminine() -> Article:
    """``قالت الوزيرة هند صبري إن … . وأضافت أن …`` with the second speaker left empty by the rules."""
    t = "قالت الوزيرة هند صبري إن الحكومة ستدعم القطاع. وأضافت أن الخطة جاهزة."
    s1, hs = t.index("وأضافت"), t.index("هند")
    q0 = Quote(t.index("إن"), t.index("."), kind="indirect", cue=Span(0, 4), cue_text="قالت",
               speaker="هند صبري", speaker_span=Span(hs, hs + 8))
    q1 = Quote(t.index("أن الخطة"), len(t) - 1, kind="indirect", cue=Span(s1, s1 + 6), cue_text="وأضافت")
    return _article(t, [(0, s1 - 1), (s1, len(t))], [(hs, hs + 8, "PER", 0)],
                    [Entity("هند صبري", "PER", mentions=[0])], [q0, q1])


def _two_named() -> Article:
    """Two statements, each with its named subject right after the cue (the rules are right)."""
    t = "وقال وزير الخارجية المصري سامح شكري إن المفاوضات مستمرة. وأكد الرئيس عبد الفتاح السيسي أن الأمن أولوية."
    s1, ms, ps = t.index("وأكد"), t.index("سامح"), t.index("عبد")
    q0 = Quote(t.index("إن"), t.index("."), kind="indirect", cue=Span(0, 4), cue_text="وقال",
               speaker="سامح شكري", speaker_span=Span(ms, ms + 9))
    q1 = Quote(t.index("أن الأمن"), len(t) - 1, kind="indirect", cue=Span(s1, s1 + 4), cue_text="وأكد",
               speaker="عبد الفتاح السيسي", speaker_span=Span(ps, ps + 17))
    return _article(t, [(0, s1 - 1), (s1, len(t))], [(ms, ms + 9, "PER", 0), (ps, ps + 17, "PER", 1)],
                    [Entity("سامح شكري", "PER", mentions=[0]), Entity("عبد الفتاح السيسي", "PER", mentions=[1])],
                    [q0, q1])


# -- the shipped model -------------------------------------------------------------------------
def test_shipped_model_loads_with_the_code_feature_names():
    data = json.loads(R.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data) >= {"features", "weights", "margin", "training"}
    assert tuple(data["features"]) == R.FEATURES
    assert len(data["weights"]) == len(R.FEATURES) == 58
    assert data["training"]["sets"] == ["dev"] + [f"heldout{n}" for n in ("", *map(str, range(2, 19)), *map(str, range(23, 29)), *map(str, range(39, 45)), *map(str, range(45, 51)), *map(str, range(63, 69)), *map(str, range(75, 81)), *map(str, range(81, 87)))]
    assert data["training"]["groups"] == 4680  # (lead34, twenty-first session: retrained on the 4,680 matched quotations of the 55 sets, held-out 84–86 added, steps 55a–55f; lead33, twentieth session: retrained on the 4,397 matched quotations of the 52 sets, held-out 81–83 added, steps 54a–54f; lead32, nineteenth session: retrained on the 4,139 matched quotations of the 49 sets, held-out 78–80 added, steps 53a–53f; lead31, eighteenth session: retrained on the 3,860 matched quotations of the 46 sets, held-out 75–77 added, steps 52a–52g; 3599 in lead30, seventeenth session: retrained on the 3,599 matched quotations of steps 51v–51z/51q30; 3595 in lead28, sixteenth session: retrained on the 3,595 matched quotations of steps 49–51u; 3586 in lead27, fifteenth session: retrained on the 3,586 matched quotations of steps 49–51; 3564 in the eleventh session, steps 47t/47n/47q and entity/layout changes: one teaser statement no longer matched; 3565 in the tenth session, steps 46 and held-out 39–44 added; 3078 in the ninth session, steps 44r/44x/44g/44c/44l; 3077 in the eighth, steps 42–43; 3070 at the end of the seventh, step 41; 3061 after step 40; 3050 at the end of the fifth; 2714 with thirty-three sets, rank15; 2554 with thirty-one sets, fourth session of 2026-11-30; 2079 with twenty-five, 1572 with nineteen)
    ranker = R.load()
    assert ranker.features == R.FEATURES and ranker.margin == data["margin"] == 2.0  # (1.0 before spk12, 2.0 with eleven sets, 3.0 with nineteen)
    assert ranker.weights[R.FEATURES.index("is_rule")] > 0  # the rules' choice is the prior
    gate = data["fill_gate"]  # gate14: the learned "no speaker" decision for fills
    assert tuple(gate["features"]) == R.GATE_FEATURES and len(gate["weights"]) == len(R.GATE_FEATURES)
    # rank15: no threshold kept the wrong fresh fills at a quarter (tests/data/quotes_fills): no fills
    assert ranker.gate == gate["weights"] and ranker.gate_threshold == gate["threshold"] == 1.01
    assert gate["groups"] == 52  # (lead34, twenty-first session, 55 sets, steps 55a–55f merged: 52; lead33, twentieth session, 52 sets, steps 54a–54f merged: 44; lead32, nineteenth session, 49 sets, steps 53a–53f merged: 45; lead31, eighteenth session, 46 sets, steps 52a–52g merged: 39; lead28, sixteenth session, steps 51a/51f/51s/51t/51u merged: 35; lead27, fifteenth session, steps 49–51 merged: 32; thirteenth session, subj25 / ent25 / iv25 merged: 34; eleventh session, steps 47 merged: 35; tenth session: 34, held-out 39–44 added and steps 46: 28 before) matched quotations whose rules' speaker is empty, with a named candidate (29 after steps 44, before steps 45; 37 before the ninth session's steps 44, 39 before steps 42–43, 46 before step 41, 56 before step 40, 41 with thirty-three sets, 37 with thirty-one)
    assert gate["fresh_groups"] == 164  # (twenty-first session, steps 55a–55f merged: 167 before; nineteenth session, steps 53a–53f merged: 168 before; eighteenth session, steps 52a–52g merged: 170 before; seventeenth session, steps 51v–51z/51q30 merged: 176 before; twelfth session, steps 48 merged: 177 before; tenth session, steps 46: 179 before) the labelled fresh quotations with a named candidate (182 before the ninth session's steps 44, 185 before steps 42–43, 187 before step 41, 193 before step 40; of the 194 whose rules' speaker is still empty; 216 of 218 with thirty-three sets)
    w = dict(zip(R.GATE_FEATURES, ranker.gate, strict=True))
    assert w["far"] < 0 and w["plural_cue"] < 0 and w["ent_per"] > 0  # learned, not hand-set


def _filling() -> R.SpeakerRanker:
    """The shipped model with a fill gate's threshold that allows fills (0.25; gate14's 0.3 until the
    retraining of step 40 put the test's elided feminine subject at 0.296; 0.15 since the tenth
    session's retraining put it at 0.198), as the shipped one (threshold above 1) never does, and a
    margin of 1.4 (the shipped 2.0 since the tenth session's retraining: the woman's score 2.822 against
    the empty rules' choice 0.983 + 2.0; 1.5 until the sixteenth session's retraining put her at 2.490
    against 1.002 + 1.5, fill confidence 0.215)."""
    return dataclasses.replace(R.load(), gate_threshold=0.15, margin=1.4)


def test_a_stale_fill_gate_is_refused():
    data = json.loads(R.MODEL_PATH.read_text(encoding="utf-8"))
    data["fill_gate"]["features"] = ["near"]
    with pytest.raises(ValueError):
        R.SpeakerRanker.from_json(data)


def test_stale_model_is_refused():
    with pytest.raises(ValueError):
        R.SpeakerRanker.from_json({"features": ["is_rule"], "weights": [1.0]})


def test_off_by_default_and_a_no_op_when_off(monkeypatch):
    # (gate14: the fill gate meets the leave-one-set-out bar, but 13 of 20 of its fills on fresh text
    # were wrong: still off, docs/models/quotes-speaker-ranker.md)
    assert settings.QUOTES_SPEAKER_RANKER is False
    monkeypatch.delenv(R.RANKER_MODEL_ENV, raising=False)
    a = _elided_feminine()
    assert R.rank_speakers(a, a.quotes) == 0
    assert a.quotes[1].speaker is None


# -- candidates and features -------------------------------------------------------------------
def test_candidates_and_feature_values_of_an_elided_feminine_subject():
    a = _elided_feminine()
    pool = R._pool(a)
    cands = R.candidates(a, a.quotes, 1, pool)
    assert [c.name for c in cands] == [None, "هند صبري"]  # the rules' (none) first; no subject after وأضافت
    R.featurise(a, a.quotes, 1, cands, pool)
    none, hind = ({R.FEATURES[i]: x for i, x in enumerate(c.feats) if x} for c in cands)
    assert none == {"is_rule": 1.0, "is_none": 1.0, "rule_none_x_is_none": 1.0}
    cs = a.text.index("وأضافت")
    assert hind.pop("chars_log") == pytest.approx(math.log1p(cs - a.text.index("هند")) / 10)
    assert hind == {
        "src_quote": 1.0, "src_entity": 1.0, "rule_none": 1.0, "ent_per": 1.0, "words_2": 1.0,
        "prev_sentence": 1.0, "prev_quote_speaker": 1.0, "quote_count": 0.25, "cue_fem_x_per": 1.0,
        "entity_mentions": 0.2, "per_x_rule_not_per": 1.0,
    }


def test_subject_phrases_after_the_cue_stop_at_the_complementizer():
    t = "أعلنت الشرطة في الهند أنها عثرت على الجثث."
    q = Quote(t.index("أنها"), len(t) - 1, kind="indirect", cue=Span(0, 5), cue_text="أعلنت", speaker="الشرطة")
    assert R._after_phrases(t, q) == [("الشرطة", 1), ("الشرطة في الهند", 3)]
    t2 = "وأضاف البيان أن 43 مسلحا قتلوا."
    q2 = Quote(t2.index("أن"), len(t2) - 1, kind="indirect", cue=Span(0, 5), cue_text="وأضاف", speaker="البيان")
    assert R._after_phrases(t2, q2) == [("البيان", 1)]
    t3 = "وتصف نفسها بأنها روح حرة."  # a possessed noun after the cue is its object, not a subject
    q3 = Quote(t3.index("بأنها"), len(t3) - 1, kind="indirect", cue=Span(0, 4), cue_text="وتصف", speaker="ماريسا")
    assert R._after_phrases(t3, q3) == []
    t4 = "وقال مدير أعمالها يعايدها إن الحفل نجح."
    q4 = Quote(t4.index("إن"), len(t4) - 1, kind="indirect", cue=Span(0, 4), cue_text="وقال", speaker="مدير")
    assert R._after_phrases(t4, q4) == [("مدير", 1)]


def test_no_subject_phrase_candidates_when_the_rules_read_none_after_the_cue():
    t = "وأعلنت الحكومة أن الخطة جاهزة."
    q = Quote(t.index("أن"), len(t) - 1, kind="indirect", cue=Span(0, 6), cue_text="وأعلنت")
    a = _article(t, [(0, len(t))], [], [], [q])
    assert [c.name for c in R.candidates(a, a.quotes, 0)] == [None]  # an honest none stays the only one
    q.speaker = "الحكومة"
    assert [(c.name, c.after) for c in R.candidates(a, a.quotes, 0)] == [("الحكومة", 1), (None, 0)]


@pytest.mark.parametrize("cue, gender", [("قالت", "f"), ("وأضافت", "f"), ("تقول", "f"), ("مضيفة", "f"),
                                         ("وقال", "m"), ("مضيفا", "m"), ("وقالوا", "p"), ("وأكدتا", "p")])
def test_cue_gender(cue, gender):
    assert R._cue_gender(Quote(0, 1, cue_text=cue)) == gender


# -- choices of the shipped model ----------------------------------------------------------------
def test_ranker_fills_an_elided_feminine_subject_with_the_woman_just_quoted():
    a = _elided_feminine()
    assert R.rank_speakers(a, a.quotes, R.load()) == 0  # the shipped model writes no name where the rules wrote none
    assert R.rank_speakers(a, a.quotes, _filling()) == 1
    assert [q.speaker for q in a.quotes] == ["هند صبري", "هند صبري"]
    assert a.quotes[1].speaker_span is None


def _far_name() -> Article:
    """A plural cue (``وقالوا``) with no subject, whose only candidate is a man named three sentences
    back: the rules leave the speaker empty, and the name is not the speaker."""
    t = ("زار الرئيس الفرنسي إيمانويل ماكرون المدينة أمس. وشهدت الأسواق حركة كبيرة. وامتلأت الشوارع بالزوار. "
         "وقالوا إن الأسعار ارتفعت كثيرا.")
    ms = t.index("إيمانويل")
    starts = [0] + [i + 2 for i, ch in enumerate(t) if ch == "." and i + 2 < len(t)]
    sents = [(s, (starts[k + 1] - 1) if k + 1 < len(starts) else len(t)) for k, s in enumerate(starts)]
    cs = t.index("وقالوا")
    q = Quote(t.index("إن"), len(t) - 1, kind="indirect", cue=Span(cs, cs + 6), cue_text="وقالوا")
    return _article(t, sents, [(ms, ms + 15, "PER", 0)], [Entity("إيمانويل ماكرون", "PER", mentions=[0])], [q])


def test_fill_gate_keeps_empty_a_speaker_whose_only_candidate_is_a_far_name():
    a = _far_name()
    pool = R._pool(a)
    cands = R.candidates(a, a.quotes, 0, pool)
    R.featurise(a, a.quotes, 0, cands, pool)
    far = next(c for c in cands if c.name)
    assert dict(zip(R.GATE_FEATURES, far.gate, strict=True)) == {
        "near": 0.0, "far": 1.0, "after_only": 0.0, "plural_cue": 1.0, "src_quote": 0.0, "ent_per": 1.0,
        "prev_quote_speaker": 0.0, "cue_fem_x_per": 0.0, "cue_speech": 1.0, "cue_participle": 0.0, "direct": 0.0,
        "nearest": 1.0, "nonper_between": 0.0, "gender_clash": 0.0, "cue_opens_sentence": 1.0}
    ranker = _filling()
    assert ranker.fill_confidence(far) < ranker.gate_threshold
    assert R.rank_speakers(a, a.quotes, ranker) == 0
    assert a.quotes[0].speaker is None
    # a name only after the cue (the next statement's speaker) is no elided subject either
    n = len(R.GATE_FEATURES)
    hand = R.SpeakerRanker([0.0] * len(R.FEATURES), gate=[0.0, 0.0, -3.0] + [0.0] * (n - 3), gate_bias=1.0,
                           gate_threshold=0.5)
    after = R.Candidate("س", "س", gate=[0.0, 0.0, 1.0] + [0.0] * (n - 3))
    near = R.Candidate("س", "س", gate=[1.0] + [0.0] * (n - 1))
    assert hand.fill_confidence(after) < 0.5 <= hand.fill_confidence(near)


def test_fill_gate_lets_the_shipped_ranker_fill_an_elided_subject_of_the_woman_just_quoted():
    a = _elided_feminine()
    pool = R._pool(a)
    cands = R.candidates(a, a.quotes, 1, pool)
    R.featurise(a, a.quotes, 1, cands, pool)
    hind = next(c for c in cands if c.name)
    ranker = _filling()
    assert ranker.fill_confidence(hind) >= ranker.gate_threshold  # near, a person, a feminine cue
    assert [c.gate for c in cands if not c.name] == [[]]  # "no speaker" has no gate features
    assert R.rank_speakers(a, a.quotes, ranker) == 1 and a.quotes[1].speaker == "هند صبري"


def test_fill_gate_never_touches_a_named_rules_speaker():
    a = _two_named()
    pool = R._pool(a)
    cands = R.candidates(a, a.quotes, 1, pool)
    R.featurise(a, a.quotes, 1, cands, pool)
    assert all(not c.gate for c in cands)  # the gate reads only fills
    w = [0.0] * len(R.FEATURES)
    w[R.FEATURES.index("prev_quote_speaker")] = 5.0  # a hand ranker that wants the previous speaker
    strict = R.SpeakerRanker(w, gate=[0.0] * len(R.GATE_FEATURES), gate_bias=-50.0, gate_threshold=0.99)
    assert R.rank_speakers(a, a.quotes, strict) == 1  # a replacement, not a fill: the gate does not apply
    assert a.quotes[1].speaker == "سامح شكري"


def test_ranker_never_lengthens_the_rules_name():
    """``وجاء في بيان الأكاديمية أنها …``: the rules give the issuer (الأكاديمية), not the document; a
    ranker that prefers the longer subject phrase after the cue must keep the rules' cut."""
    t = "وجاء في بيان الأكاديمية أنها تعتزم اتخاذ القرار."
    s0 = t.index("الأكاديمية")
    q = Quote(t.index("تعتزم"), len(t) - 1, kind="indirect", cue=Span(0, 7), cue_text="وجاء في",
              speaker="الأكاديمية", speaker_span=Span(s0, s0 + 10))
    a = _article(t, [(0, len(t))], [], [], [q])
    pool = R._pool(a)
    cands = R.candidates(a, a.quotes, 0, pool)
    longer = next(c for c in cands if c.name == "بيان الأكاديمية")
    assert R.lengthens(longer, cands[0]) and not R.lengthens(cands[0], cands[0])
    w = [0.0] * len(R.FEATURES)
    w[R.FEATURES.index("contains_rule")] = 9.0  # a ranker that wants the longer form
    assert R.rank_speakers(a, a.quotes, R.SpeakerRanker(w)) == 0
    assert a.quotes[0].speaker == "الأكاديمية"


def test_refused_forms_of_the_rules_name():
    """rank15: a one-word rules' name may grow into the subject phrase (الاتحاد → الاتحاد العام لطلبة تونس,
    held-out 63), not into a document or a ل/ب word; a cut that drops the name's beginning never replaces it."""
    k = R.speaker_key
    assert not R.refused_form(k("الاتحاد العام لطلبة تونس"), k("الاتحاد"))
    assert R.refused_form(k("بيان الأكاديمية"), k("الأكاديمية")) and R.refused_form(k("لي أحمد"), k("أحمد"))
    assert R.refused_form(k("عائض القرني عوض القرني"), k("عائض القرني"))  # a two-word name: the scorer cannot tell
    assert R.refused_form(k("لولا دا سيلفا"), k("لويس إيناسيو لولا دا سيلفا"))
    assert not R.refused_form(k("لويس إيناسيو"), k("لويس إيناسيو لولا دا سيلفا"))
    assert not R.refused_form(k("سامح شكري"), k("")) and not R.refused_form(k("سامح شكري"), k("سامح شكري"))


def test_fills_file_holds_locators_offsets_and_labels_only():
    from marsad.quotes.ranker_train import FILLS_PATH, NOT_A_QUOTE

    rows = json.loads(FILLS_PATH.read_text(encoding="utf-8"))
    assert len(rows) == 218 and len({r["id"] for r in rows}) == 218
    assert all(set(r) == {"id", "source", "format", "start", "end", "kind", "cue", "speaker"} for r in rows)
    labels = [r["speaker"] for r in rows]
    assert (sum(x is None for x in labels), labels.count(NOT_A_QUOTE)) == (12, 39)  # 167 named speakers


def test_ranker_keeps_named_subjects_after_the_cue():
    a = _two_named()
    assert R.rank_speakers(a, a.quotes, R.load()) == 0
    assert [q.speaker for q in a.quotes] == ["سامح شكري", "عبد الفتاح السيسي"]


def test_a_hand_weighted_ranker_prefers_the_issuer_over_the_document():
    t = "أصدرت وزارة الدفاع الروسية بيانا قالت فيه إن القوات تقدمت. وأضاف البيان أن 43 مسلحا قتلوا."
    s1, ms, qs = t.index("وأضاف"), t.index("وزارة"), t.index("قالت")
    q0 = Quote(t.index("إن"), t.index("."), kind="indirect", cue=Span(qs, qs + 4), cue_text="قالت",
               speaker="وزارة الدفاع الروسية", speaker_span=Span(ms, ms + 20))
    q1 = Quote(t.index("أن 43"), len(t) - 1, kind="indirect", cue=Span(s1, s1 + 5), cue_text="وأضاف",
               speaker="البيان", speaker_span=Span(s1 + 6, s1 + 12))
    a = _article(t, [(0, s1 - 1), (s1, len(t))], [(ms, ms + 20, "ORG", 0)],
                 [Entity("وزارة الدفاع الروسية", "ORG", mentions=[0])], [q0, q1])
    w = [0.0] * len(R.FEATURES)
    w[R.FEATURES.index("is_rule")] = 1.0
    w[R.FEATURES.index("org_x_rule_document")] = 2.0
    assert R.rank_speakers(a, a.quotes, R.SpeakerRanker(w)) == 1
    assert a.quotes[1].speaker == "وزارة الدفاع الروسية"


# -- training ------------------------------------------------------------------------------------
def test_fit_is_deterministic_and_learns_the_fixture():
    pytest.importorskip("sklearn")
    from marsad.quotes.ranker_train import Group, fit, pick

    n = len(R.FEATURES)
    rule, ent = R.FEATURES.index("is_rule"), R.FEATURES.index("ent_per")

    def vec(*on):
        v = [0.0] * n
        for k in on:
            v[k] = 1.0
        return v

    groups = [Group("a", [vec(rule), vec(ent)], [True, False], 0, ["x", "y"], "x") for _ in range(6)]
    groups += [Group("b", [vec(rule, ent), vec()], [True, False], 0, ["x", None], "x") for _ in range(3)]
    w1, w2 = fit(groups), fit(groups)
    assert w1 == w2
    assert w1[rule] > w1[ent] and w1[rule] > 0
    assert all(pick(R.SpeakerRanker(w1), g) == 0 for g in groups)


_COLLECTED: dict = {}


def _sets_and_fills(shared):
    """The annotated sets and the labelled fresh fills, read and annotated once per test session (the
    sets through conftest's ``quote_sets``, shared with test_quotes_devset)."""
    from marsad.quotes.ranker_train import collect, collect_fills

    if not _COLLECTED:
        root = shared("corpora").parent
        _COLLECTED["v"] = (collect(root, None), collect_fills(root))
    return _COLLECTED["v"]


@pytest.mark.slow
def test_leave_one_set_out_figure(shared, quote_sets):
    """The table of docs/models/quotes-speaker-ranker.md (the forty-three sets come annotated from conftest's
    quote_sets, once a session with test_quotes_devset; the fresh fills are read and annotated once, shared with
    test_fresh_fills_on_held_out_halves; the 43 folds' training is most of its ~50 CPU s). Retrain (`marsad train quotes`) and update the card when the rules
    change these numbers."""
    pytest.importorskip("sklearn")
    from marsad.quotes.ranker_train import CHANGES, cross_validate

    data, fills = _sets_and_fills(shared)
    rows = cross_validate(data, fills=fills)
    total = {k: sum(r[k] for r in rows) for k in ("gold", "matched", "oracle", "rules", "ranker")}
    # (fix8, fresh-user report 8 #13: a stray closing guillemet no longer hides the next cue of
    # held-out 7 and a participle after a quoted statement is a statement of its own, two more
    # quotations matched and spoken right: 921/887/833/837 before)
    # (the scorer levels the case of plural sources, evaluate.case_key: oracle 889 → 891, rules
    # 835 → 836, ranker 839 → 841, the same quotations)
    # (spk12, step 24 speaker canonicalisation and margin 1.0 → 2.0, model retrained: 889/835/839 before)
    # (recall12, docs/quotes.md step 24: verbal-noun objects, topic prepositions after an adjunct,
    # requests with their addressee and nominalised announcements, six more quotations matched, five
    # more spoken right by the rules' candidates (oracle), three by the rules and by the shipped
    # ranker: 923/889/835/839 before; the card is to be refreshed at the merge)
    # (merge12: the three branches together)
    # (r2recall, docs/quotes.md step 27: a whole quotation before a cue participle or the writer's gloss
    # is direct, and a post-posed attribution after a comma no longer makes إنه "…" indirect; one more
    # quotation matched and spoken right by all three: 929/900/844/847 before)
    # (r2spk, docs/quotes.md step 28: spelling variants of a name, an office named in the next
    # sentence, a country or its nisba cut from the name: the same quotations, three more spoken right
    # by the rules and the ranker, one more by the candidates: 900/844/847 before; then an unnamed
    # source keeps its description, مقربون من …, قائد في …, الشرطة في …: 901/847/850 before)
    # (merged with the entities name-boundary fixes, docs/entities.md)
    # (2026-11-30, end of session: the nineteen sets, C and margin chosen again by this
    # leave-one-set-out, ranker_train.C; 1,771 gold, 1,572 matched)
    # (junk13, docs/quotes.md step 30: speaker plausibility, implausible subjects read as elided or cut,
    # the same quotations, twelve more spoken right by the rules and the ranker: 1324/1333 before)
    # (recall13, docs/quotes.md step 31: prayers, governed verbal nouns, وصف + pronoun, بحسب … فإن,
    # تحدث عن with a report as subject, a possessed object of أعلن: 14 more quotations matched on the
    # nineteen sets; alone it left the first held-out set 2 below the rules with the ranker)
    # (2026-11-30, third session, merge of steps 30–32: the twenty-five sets of ranker_train.SETS
    # (held-out 23–28 added), C and margin chosen again by this leave-one-set-out; the first
    # held-out set holds again with the larger training data)
    # (fullest14, docs/quotes.md step 34: speakers in their fullest form, the same quotations, forty more
    # spoken right by the rules, 41 by the ranker, 30 more by the candidates: 1922/1696/1713 before; the
    # ranker was not retrained, the card is to be refreshed at the merge)
    # (desc14, docs/quotes.md step 35: a description → the named person or body, the same quotations,
    # 21 more spoken right by the rules, 22 by the shipped ranker, 5 more by the candidates:
    # 1922/1696/1713 before; the card is to be refreshed at the merge)
    # (kinds14, docs/quotes.md step 36: participles with a verbal-noun object outside a statement,
    # announced nouns, findings of studies and data, دعا's far إلى: 11 more quotations matched on the
    # twenty-five sets, 9 more spoken right by the candidates, 3 by the rules, 6 by the shipped ranker
    # (not retrained): 2079/1922/1696/1713 before)
    # (gate14, 2026-11-30, fourth session: the learned fill gate, ranker_train.GATE_C / GATE_THRESHOLD,
    # and no longer form of the rules' name, ranker.lengthens; before: 1713 with fills 12 right / 11
    # wrong and replacements 5 / 0 / 1; without the gate now: cross_validate(data, gate_threshold=0),
    # 1712, fills 12 / 11)
    # (2026-11-30, fourth session, merge of steps 34–36 and gate14: the thirty-one sets of
    # ranker_train.SETS (held-out 45–50 added), C, margin and the gate kept; the ranker stays off —
    # the dev set falls one below the rules (a wrong replacement), and 13 of 20 gated fills read on
    # fresh text were wrong, docs/models/quotes-speaker-ranker.md)
    # (rank15: the thirty-three sets (held-out 63, 64 added), the gate learns from the labelled fresh
    # fills too and writes none (threshold 1.01), C 0.03, a one-word rules' name may grow and no cut drops
    # its beginning, ranker.refused_form; with the thirty-one sets before: 2922/2554/2377/2101/2124,
    # fills 19 / 5, replacements 5 / 1 / 1, dev −1)
    # (end of the fifth session: thirty-seven sets (held-out 65–68 added) and the rules of steps 39a–39f;
    # retrained with `marsad train quotes --replace-shipped`; still no fills, no set below the rules)
    # (recall16, docs/quotes.md step 40d: fronted attributions before a later cue, occasion adjuncts
    # before an announced object, ادعى: 11 more quotations matched, 7 more spoken right by the rules
    # and the shipped ranker (not retrained), 13 more by the candidates: 3050/2831/2509/2512 before)
    # (sixth session, steps 40a–40d merged and the ranker retrained: the rules 2516 → 2561 right)
    # (svo16, docs/quotes.md step 40e: a subject before its cue verb, 3 more spoken right by the rules
    # and the shipped ranker (not retrained): 2561/2564 before)
    # (who17, docs/quotes.md step 41a: the opening verb's subject, bodies before their verb, 8 more
    # spoken right by the rules and the shipped ranker (not retrained): 2870/2564/2567 before)
    # (recall17, docs/quotes.md step 41c: bare عبر, انتقد, متهما X بـ, an occasion adjunct before إلى: 9
    # more quotations matched, 11 more spoken right by the rules and the shipped ranker (not retrained),
    # 11 more by the candidates: 3061/2870/2564/2567 before)
    # (form17, docs/quotes.md step 41b: the fullest form of a speaker — a hyphen's rest, a family name
    # used alone, أل… first names, تدعى, كل من: 14 more spoken right by the rules and the shipped ranker
    # (not retrained), 13 more by the candidates: 2870/2564/2567 before)
    # (seventh session, steps 41a–41c merged and the ranker retrained)
    # (coref18, docs/quotes.md step 42a: a described person → the one compatible person, described
    # offices no longer taken up by recency: 12 more spoken right by the rules and the shipped ranker
    # (not retrained), 1 more by the candidates: 2899/2598/2601 before)

    # (junk18, docs/quotes.md step 42c: speaker strings that name no agent, attribution sources, headline
    # repeats: 14 more spoken right by the rules and the shipped ranker (not retrained), 1 more by the
    # candidates: 2899/2598/2601 before)

    # (recall18, docs/quotes.md step 42d: a denial's object read into its subject, a possessed تفعّل
    # verbal noun, more governors of إعلان, a toll noun before a number: 7 more quotations matched, 7 more
    # spoken right by the rules, 8 by the shipped ranker (not retrained), 8 by the candidates:
    # 3070/2899/2598/2601 before)

    # (role18, docs/quotes.md step 42b: a long role's holder named at the subject's end, 14 more spoken
    # right by the rules and the shipped ranker (not retrained): 2598/2601 before)
    # (eighth session, steps 42a–42e and 43 merged and the ranker retrained: 3070/2899/2598/2601 at its start)
    # (ninth session, steps 44r/44x/44g/44c/44l merged and retrained: 3077/2909/2642/2645 at its start)
    # (steps 45f and 45v merged and retrained: 2925/2686/2689 after steps 44)
    # (name23, docs/quotes.md step 47n: names cut or glued at the subject reader, 7 more spoken right by the
    # rules, 6 by the shipped ranker (not retrained): 3382/3089/3092 before)
    # (eleventh session, steps 47t/47n/47q, ent23, trail23 merged and retrained: a teaser read on its own
    # loses one matched statement whose speaker was wrong; 3384/3096/3098 after name23 alone)
    # (subj26, docs/quotes.md step 49t: the party before the verb, held-out 13's FIFA lead: 1 more spoken right
    # by the rules and the shipped ranker (not retrained): 3101/3102 before)
    # (rec26, docs/quotes.md steps 50r/50q, not retrained: verbs of blaming and naming a cause and sources
    # in marks, 16 more quotations matched, 14 more spoken right by the rules: 3564/3383/3101/3102 before)
    # (lead26: subj26 and rec26 merged, not retrained: 3116 / 3117)
    # (subj27 alone: 3580 / 3407 / 3133 / 3134; subj27, docs/quotes.md step 51d: a study for its makers, the one paper named, "its report", a quoted name after a description, a family name with two letters swapped: 17 more spoken right by the rules and the ranker, 8 more by the candidates: 3399 / 3116 / 3117 before; the shipped ranker not retrained; thirteenth session merged and retrained: 3101 / 3102; who24: +1 rules, held-out 45; tenth session: 43 sets, 3099 / 3100; ninth: 3496 / 3078 / 2928 / 2698 / 2700)
    # (rec27, docs/quotes.md step 51r, not retrained: headline speakers the entities stage tagged, the last of
    # a title's clauses, a portfolio in marks, اقترح: 6 more quotations matched, 6 more spoken right by the
    # rules and the shipped ranker, 5 by the candidates: 3580/3399/3116/3117 before)
    # (rec27 alone: 3586 / 3404 / 3122 / 3123)
    # (lead27: subj27, span27, rec27 and ent27 merged, retrained: 3586 matched, 3140 / 3141)
    # (rec28, docs/quotes.md step 51t, not retrained: headline speaker + verb + complement, a statement
    # attributed after it by كما + verb: 9 more quotations matched, 5 more spoken right by the rules and the
    # shipped ranker, 8 by the candidates: 3586/3412/3140/3141 before)
    # (lead28: rec28, ovl28, attr28, qfu29, spk28, speed28 and ent28 merged, retrained: 3595 matched,
    # 3431 by the candidates, 3167 / 3168)
    # (subj30, docs/quotes.md step 51v, not retrained: the subject after يذكر أن, a place before its object,
    # عبر and a role's holder: 12 more spoken right by the rules, 11 by the shipped ranker, 2 by the
    # candidates: 3431/3167/3168 before)
    # (miss31, docs/quotes.md step 52f, not retrained: ناشد matches two more quotations, held-out 10 and 13,
    # both spoken right by the rules, the ranker and the candidates: 3599/3445/3199/3199 before)
    # (subj31, docs/quotes.md step 52b, not retrained: the noun of a sentence-opening كان with its
    # description, a country after a masculine verb: 3 more spoken right by the rules and the shipped
    # ranker, 2 by the candidates: 3445/3199/3199 before)
    # (new31, docs/quotes.md step 52e, not retrained: the medium told after the subject, ``مسؤول أمريكي
    # لشبكة CNN`` in held-out 23: 1 more spoken right by the rules and the shipped ranker: 3199 / 3199 before)
    # (miss32, docs/quotes.md step 53e, not retrained: a bare بيّن/عبّر with its shadda, مشبها, a partial
    # quotation with its tail: 5 more quotations matched, 4 more spoken right by the rules and the shipped
    # ranker, 4 by the candidates: 3860/3681/3406/3406 before)
    # (span32, docs/quotes.md step 53b, not retrained: a comma inside a name, a glued time word, a head before a
    # name in marks, a joint subject cut: 11 more spoken right by the rules and the shipped ranker, 10 by the
    # candidates: 3681/3406/3406 before)
    # (coref32, docs/quotes.md step 53a, not retrained: an unnamed official or eyewitness named in the next
    # quotation, a participle after a surname subject: 7 more spoken right by the rules and the shipped
    # ranker, the candidates unchanged: 3406 / 3406 before)
    # (rec33, docs/quotes.md step 54c, not retrained: نقل with its own أن clause, ب + a doubled masdar, نبه X
    # إلى, ووجدوا أن, بحوث: 7 more quotations matched, 5 more spoken right by the rules and the shipped ranker,
    # 6 by the candidates: 4139 / 3947 / 3655 / 3655 before)
    # (miss34, docs/quotes.md step 55f, not retrained: وزادت أن in held-out 81, matched and spoken right by
    # the rules, the shipped ranker and the candidates: 4397 / 4192 / 3887 / 3887 before)
    # (trail34, docs/quotes.md step 55d, not retrained: a bare contrast before another speaker's claim (held-out
    # 44: Russia's denial found), a place headline speaker who says the words in the body (held-out 50): 1 more
    # quotation matched, 2 more spoken right by the rules and the shipped ranker, 1 by the candidates:
    # 4397 / 4192 / 3887 / 3887 before)
    # (desc34, docs/quotes.md step 55b, not retrained: descriptions carried to the named person or body, a
    # role's prepositional phrase out of the name, بيارا بوار, السلطات بمؤتمر, سياسيون لبنانيون كبار: 16 more
    # spoken right by the rules and the shipped ranker, 6 more by the candidates: 4192 / 3887 / 3887 before)
    # (rec34, docs/quotes.md step 55c, not retrained: a quotation before the writer's tail, ``"…"، دون``,
    # ``"…"، وأضاف``, ``"…" طبقا لـ``: 4 more quotations matched, 3 more spoken right by the rules and the
    # shipped ranker, 3 by the candidates: 4397 / 4192 / 3887 / 3887 before)
    assert total == {"gold": 5273, "matched": 4680, "oracle": 4456, "rules": 4128, "ranker": 4128}  # (lead34, twenty-first session: 55 sets (held-out 84–86 added), steps 55a–55f merged, retrained (on the 52 older sets: 4,403 matched, 3,911 spoken right by the rules); lead33, twentieth session: 52 sets (held-out 81–83 added), steps 54a–54f merged, retrained: 4640 / 4146 / 3953 / 3660 / 3660 on the 49 sets with rec33 alone; lead32, nineteenth session: 49 sets (held-out 78–80 added), steps 53a–53f merged, retrained: 3869 / 3689 / 3414 / 3414 on the 46 sets with rec32 alone; rec32, step 53c: announced verbal nouns, a meeting adjunct, calls to visit, اعتبر X Y: 9 more quotations matched, 8 more spoken right by the rules and the shipped ranker (not retrained), 8 more by the candidates: 3860 / 3681 / 3406 / 3406 before; lead31, eighteenth session: 46 sets (held-out 75–77 added), steps 52a–52g merged, retrained; coref31: held-out 23's two quotes of آنا ماي بليسيغ no longer given to her son, ranker not retrained; lead30, seventeenth session: subj30, desc30, span30, rec30, qfu30, ent30 and speed30 merged, retrained: 3595 / 3433 / 3179 / 3179 with subj30 alone; thirteenth session merged and retrained: 3101 / 3102; who24: +1 rules, held-out 45; tenth session: 43 sets, 3099 / 3100; ninth: 3496 / 3078 / 2928 / 2698 / 2700)
    # (rec30, step 51y: 3599 / 3435 / 3170 / 3171 alone: four misses found)
    # (ovl28, docs/quotes.md step 51s, not retrained: a medium's reporter, a source before a medium in marks,
    # no marks in a speaker, two heads before a medium, a bare source taken up: 11 more spoken right by the
    # rules and the shipped ranker, 7 by the candidates: 3412 / 3140 / 3141 before)
    # (attr28, docs/quotes.md step 51a, not retrained: an office read as its place → the holder the article
    # names, a speech event's owner: 11 more spoken right by the rules and the shipped ranker, 4 more by the
    # candidates: 3412 / 3140 / 3141 before)
    # (span27, docs/quotes.md step 51o: the clause subject after a fronted adjunct, held-out 47: 1 more spoken
    # right by the rules and the shipped ranker (not retrained): 3116/3117 before)
    # (span27 alone: 3580 / 3399 / 3117 / 3118; thirteenth session merged and retrained: 3101 / 3102; who24: +1 rules, held-out 45; tenth session: 43 sets, 3099 / 3100; ninth: 3496 / 3078 / 2928 / 2698 / 2700)
    assert {r["name"]: r["ranker"] - r["rules"] for r in rows if r["ranker"] < r["rules"]} == {}
    changes = {k: sum(r[k] for r in rows) for k in CHANGES}
    # (recall18, step 42d: one more right replacement by the ranker, 3 before; retrained after steps 42–43: 3)
    # (ninth session, steps 44–45 retrained: 2; tenth session, steps 46 and held-out 39–44: 3; name23, step
    # 47n: 2, one of them now spoken right by the rules; eleventh session retrained: 1)
    # (lead30, seventeenth session retrained: 0 — the one right replacement is now the rules' own speaker)
    assert changes == {"fill_right": 0, "fill_wrong": 0, "repl_right": 0, "repl_wrong": 0, "repl_wrong_either": 0,
                       "empty_right": 0, "empty_wrong": 0}
    assert changes["fill_wrong"] * 4 <= changes["fill_right"] + changes["fill_wrong"]  # the gate's bar


@pytest.mark.slow
def test_fresh_fills_on_held_out_halves(shared, quote_sets):
    """rank15: the 218 labelled fresh quotations whose rules' speaker is empty (tests/data/quotes_fills),
    each half scored with the ranker trained on the sets and the gate on the sets plus the other half
    (ranker_train.fills_check). The bar for fills: wrong fills at most a quarter of the fills."""
    pytest.importorskip("sklearn")
    from marsad.quotes.ranker_train import fills_check

    data, fills = _sets_and_fills(shared)
    # (194 of the 218 labelled quotations still have an empty rules' speaker at the end of the fifth
    # session: steps 39a–39f named some and dropped non-quotations)
    # (step 41a names one more, id 212: وكان وزير الصحة في جنوب السودان اعلن …, labelled no quotation:
    # the span is spurious whoever speaks)
    # (miss32, step 53e: 169 before; one labelled fresh fill fewer once the new cue forms read its article)
    # (desc34, step 55b: fill 84, ``ويقول بيارا بوير أحد خبراء كرة القدم``, is named by the rules as labelled,
    # بيارا no longer read as the preposition ب: 167 before)
    assert len(fills) == 164  # (lead34, twenty-first session, steps 55a–55f merged: 165 with obj34 and desc34 each alone; obj34, step 55a: the rules now name two labelled fills' speakers, not yet read which; 167 before; lead32: new32 and miss32 each took one labelled fill from the rules, 169 before; new32, step 53d: id 216, labelled no quotation, `والقرية التي تعتبر حاليا في مراحلها
    # النهائية،` — the passive "which is considered" — is no longer found; 169 before)
    # (lead31: 170 after the merge of steps 52a–52g; 171 before step 52g, qfu31: id 126 named محمد صلاح, wrong — the label is أمينو
    # ماي-أنغوا محمد — since the link text هل يصبح محمد صلاح … no longer takes the verb into the name; 177 before step 51y, rec30: not yet read which six groups went; 178 before teaser24: `"…"، هكذا تحدثت حنين` names `وقفت حنين`, id 147; 180 before the tenth session's steps 46; 183 before the ninth session's steps 44; 184 before the eighth session's step 43; 187 after step 41a, 188 after step 40: 40c named 5, 40a one more; one more named by 41b–41c;
    # 186 before junk18, step 42c: two attribution phrases without a speaker now name their source)
    shipped = fills_check(data, fills)  # threshold 1.01: no fills
    # (recall16, step 40d: the sets' new quotations change the training data: 125 / 37 before)
    # (step 40 merged and retrained: 115 / 32)
    # (step 41a: 114 / 31 — one fill fewer, id 212, and the rules' new speakers on the sets)
    # (step 40 merged and retrained: 115 / 32; form17, step 41b, not retrained: one more proposed, 116 / 32)
    # (form17, step 41b, not retrained: 2 / 7 before)
    # (seventh session, steps 41a–41c merged and retrained: 109 / 30)
    # (coref18, step 42a, not retrained: the rules' new speakers on the sets change the training data,
    # 105 / 28; the fills themselves unchanged, 0 / 0 and 3 / 7)
    # (junk18, step 42c, not retrained: the sets' new speakers change the training data: 109 / 30 before)
    # (recall18, step 42d, not retrained: the sets' new quotations change the training data: 109 / 30 before)
    # (role18, step 42b, not retrained: the rules' new holders change the training data, 104 / 28)
    # (eighth session, steps 42–43 merged and retrained: 86 / 24)
    # (ninth session, steps 44 merged and retrained: 65 / 21; steps 45 too: 54 / 21)
    # (alias22, nu22 item 3, not retrained: bare titles are no aliases and contradicting titles no
    # mentions, so the ranker's candidates change: 54 / 21 before)
    # (tenth session, steps 46 and held-out 39–44 merged and retrained: 69 / 20)
    # (eleventh session, steps 47 merged and retrained: 66 / 19)
    # (teaser24, not retrained: fill 147 is named by the rules, so the halves change: 66 / 19 before)
    # (fmt24, not retrained: the quotes fold deletes format characters — RLM, ZWJ, NUL … — so the ranker's
    # keys of words and names written with one change; the rules' speakers on the 43 sets are the same:
    # 66 / 19 before; measured by reverting only that deletion)
    # (ent24, rob23 item 13, not retrained: the entities' name boundaries change the ranker's
    # candidates: 66 / 20)
    # (twelfth session, steps 48 merged and retrained: 65 / 17)
    # (thirteenth session, subj25 / ent25 / iv25 merged and retrained: 63 / 20)
    # (subj26, not retrained: the rules' new speakers on the sets change the training data: 63 / 20 before,
    # three wrong proposals fewer)
    # (rec26, steps 50r/50q, not retrained: the sets' new quotations and speakers change the training data:
    # 63 / 20 before)
    # (lead26: subj26 and rec26 merged, not retrained: 65 / 18)
    # (subj27, step 51d, not retrained: the rules' new speakers on the sets change the training data:
    # 65 / 18 before, three wrong proposals fewer)
    # (subj27 alone: 62 / 18)
    # (rec27, step 51r, not retrained: the sets' new quotations and speakers change the training data: 65 / 18
    # before, one wrong proposal fewer)
    # (rec27 alone: 64 / 18)
    # (lead27: the four quote branches merged and the ranker retrained: 59 / 17)
    # (rec28, step 51t, not retrained: the sets' new quotations and speakers change the training data: 59 / 17
    # before, one wrong and two right proposals more; the fills themselves unchanged)
    # (lead28: the seven quote branches merged and the ranker retrained: 60 / 17)
    # (subj31, step 52b, not retrained: the rules' new speakers on the sets change the training data:
    # 47 / 11 before, one right proposal more)
    # (rec33, step 54c, not retrained: the sets' new quotations change the training data: 67 / 18 before,
    # one right proposal more)
    # (desc34, step 55b, not retrained: the rules name more speakers on the sets and fill 84, so fewer empty
    # ones are left to the ranker: 4 proposals fewer, the same 19 right; 70 / 19 before)
    assert (shipped["proposed"], shipped["proposed_right"]) == (72, 19)  # (lead34, twenty-first session, retrained on the 55 sets after steps 55a–55f: 72 / 19; obj34, step 55a, not retrained: two labelled fills fewer, two proposals fewer, right proposals unchanged: 70 / 19 before; lead33, retrained on the 52 sets after steps 54a–54f: 68 / 19 before; lead32, retrained on the 49 sets after steps 53a–53f: 59 / 16 before; rec32, step 53c, not retrained: 58 / 16 before; lead31, retrained on the 46 sets after steps 52a–52g: 50 / 11 before; coref31, not retrained: the rules' new speakers on the sets change the training data, 47 / 11 before; lead30, retrained after steps 51v–51z/51q30: 60 / 17 before) names the ranker would write
    # (ovl28, step 51s, not retrained: the rules' 11 new right speakers on the sets change the training
    # data: 59 / 17 before, one wrong proposal fewer; the fills themselves unchanged, 177)
    # (attr28, step 51a, not retrained: the rules' new speakers on the sets change the training data: 59 / 17 before)
    # (span27, step 51o, not retrained: the rules' new speakers on the sets change the training data:
    # 65 / 18 before: one right and one wrong proposal fewer; the fills themselves unchanged)
    # (span27 alone: 63 / 17)
    assert (shipped["fill_right"], shipped["fill_wrong"]) == (0, 0)
    loose = fills_check(data, fills, gate_threshold=0.4)  # the best threshold with fills left: the bar not met
    # (desc34, step 55b, not retrained: 0 / 0 — the one right loose fill was fill 84, now named by the rules,
    # and the training data changed with the rules' new speakers; 1 / 1 before)
    assert (loose["fill_right"], loose["fill_wrong"]) == (1, 1)  # (lead34, twenty-first session, 55 sets, retrained after steps 55a–55f: 1 / 1, the bar not met; 0 / 0 with desc34 alone; lead33, twentieth session, 52 sets: 2 / 3 before; lead32, nineteenth session, 49 sets: 0 / 1 before; lead30, seventeenth session: 1 / 1 before; 1 / 2 in the ninth session; 1 / 3 after steps 44, before steps 45; 3 / 6 before the ninth session's steps 44, 3 / 7 before step 42b, 2 / 7 before step 41a, 14 / 12 before the step-40 retraining, 10 / 11 before step 40d)
    # the bar not met where fills are left (none at this threshold after step 55b)
    assert loose["fill_wrong"] * 4 > loose["fill_right"] + loose["fill_wrong"] or not (
        loose["fill_right"] + loose["fill_wrong"])


def test_a_very_long_article_keeps_the_rules_speakers(monkeypatch):
    """Beyond ranker.MAX_CHARS characters the ranker is skipped (its cost must not push a long text
    past the pipeline's CPU limit, where a timeout drops every quotation of the stage)."""
    a = _elided_feminine()
    monkeypatch.setattr(R, "MAX_CHARS", len(a.text) - 1)
    assert R.rank_speakers(a, a.quotes, _filling()) == 0 and a.quotes[1].speaker is None
    monkeypatch.setattr(R, "MAX_CHARS", len(a.text))
    assert R.rank_speakers(a, a.quotes, _filling()) == 1
