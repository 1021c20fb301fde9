"""A block that repeats another only partly and adds a clause of its own is not removed whole
(first-user finding: a BBC ABSTRACT adding a fact to the lead was removed as its near-repeat,
containment 0.61). Rule: ``marsad.layout.dedup.uncovered_clause``; see docs/layout.md."""

from __future__ import annotations

from marsad.layout.dedup import uncovered_clause
from test_layout_support import layout, texts, trec_article

LEAD = "دعا وزير الدفاع في البلاد رئيس الحكومة المجاورة إلى إنهاء وجود القوات الأجنبية على أراضيها."
P2 = "وجاء ذلك بعد يوم من غارات جوية استهدفت مواقع عسكرية قرب الحدود المشتركة بين البلدين."
P3 = "وفي أول رد فعل رسمي، أدانت الحكومة المجاورة الغارات ووصفتها بأنها انتهاك صارخ لسيادتها."
P4 = "ويقول محللون إن التوتر بين البلدين بلغ أعلى مستوى له منذ سنوات طويلة."
TEXT = "\n".join([LEAD, P2, P3, P4])


def removed_abstracts(a):
    return [r for r in a.removed if r.what == "abstract"]


def test_abstract_that_adds_a_clause_stays_the_lead():
    abstract = (
        "وزير الدفاع يحث رئيس الحكومة المجاورة على إنهاء وجود القوات الأجنبية على أراضيها، "
        "والحكومة المجاورة تدين الغارات الجوية وتصفها بانتهاك صارخ لسيادتها."
    )
    a = layout(trec_article("عنوان الخبر", TEXT, abstract=abstract, src="BBC"))
    assert removed_abstracts(a) == []
    assert texts(a, "lead") == [abstract]
    assert LEAD in texts(a, "body")  # the lead paragraph of TEXT is kept as well


def test_abstract_that_restates_the_lead_is_removed():
    abstract = "وزير الدفاع يطالب رئيس الحكومة المجاورة بإنهاء وجود القوات الأجنبية في أراضي بلاده."
    a = layout(trec_article("عنوان الخبر", TEXT, abstract=abstract, src="BBC"))
    (r,) = removed_abstracts(a)
    assert r.kind == "near" and 0.5 <= r.similarity < 0.8
    assert texts(a, "lead") == [LEAD]


def test_near_copy_of_the_start_is_removed_without_the_clause_test():
    # a copy with small edits, cut across the first paragraph break: its last clause is in P2
    abstract = LEAD.replace("دعا", "يدعو") + " وجاء ذلك بعد يوم من غارات جوية استهدفت مواقع عسكرية"
    a = layout(trec_article("عنوان الخبر", TEXT, abstract=abstract, src="BBC"))
    (r,) = removed_abstracts(a)
    assert r.similarity >= 0.8
    assert texts(a, "lead") == [LEAD]


def test_uncovered_clause_rule():
    assert (
        uncovered_clause("وزير الدفاع يحث رئيس الحكومة المجاورة على إنهاء وجود القوات الأجنبية", LEAD) is None
    )
    new = "والحكومة المجاورة تدين الغارات الجوية وتصفها بانتهاك صارخ لسيادتها"
    assert uncovered_clause(f"وزير الدفاع يحث رئيس الحكومة، {new}.", LEAD) == new
    # a clause of fewer than settings.MIN_NEW_CLAUSE_WORDS words is a label or a name, not a fact
    assert (
        uncovered_clause(
            "رابط الخبر بصحيفة الوئام: خادم الحرمين يهنئ ملك المغرب", "خادم الحرمين يهنئ ملك المغرب"
        )
        is None
    )
