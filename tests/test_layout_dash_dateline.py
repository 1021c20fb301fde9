"""A known place and a spaced dash opening the lead of a JSON or HTML article is its dateline
(new-user report nu16 M7: ``الرياض - التقى …``, ``تونس - أعلن …`` stayed in the lead, and a quote
then began with the place). Rule: ``marsad.layout.dateline._dash_place_prefix``; docs/layout.md."""

from __future__ import annotations

import pytest

from marsad.layout.dateline import find_lead_dateline
from test_layout_support import json_article, layout, texts

LEAD = "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، اليوم الثلاثاء، وزير الخارجية الأمريكي."
BODY = 'وقال الوزير إن "العلاقات بين البلدين استراتيجية".'


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_json_lead_opening_with_place_and_dash(dash):
    a = layout(json_article({"title": "وزير الخارجية يلتقي نظيره", "content": f"الرياض {dash} {LEAD}\n {BODY}"}))
    assert a.span_text(a.dateline) == "الرياض"
    assert texts(a, "dateline") == ["الرياض"]
    assert texts(a, "lead") == [LEAD]


def test_gazetteer_place_and_plain_text():
    text = "بغداد - انتخب مجلس النواب العراقي رئيسا جديدا للجمهورية بعد جلسة طويلة."
    found = find_lead_dateline(text, 0, len(text), whole_line=False)
    assert found is not None and text[found.dateline.start : found.dateline.end] == "بغداد"
    assert text[found.end :].startswith("انتخب")


@pytest.mark.parametrize(
    "para",
    [
        # a person before the dash is a byline matter, not this form
        "نايف السعدي - أوضح مدير الشرطة أن التحقيقات مستمرة في الحادث.",
        # a word that is no place
        "السياسة - كما يراها الوزير - فن الممكن في كل الأحوال.",
        # a place and a dash with too little after it: a heading, not a lead
        "القدس - عاصمة",
        # no spaced dash
        "الرياض-التقى وزير الخارجية السعودي نظيره الأمريكي اليوم.",
    ],
)
def test_not_a_dash_dateline(para):
    found = find_lead_dateline(para, 0, len(para), whole_line=False)
    assert found is None or found.dateline is None or para[found.end :].strip() == ""


def test_agency_after_the_dash_is_the_byline():
    # SaudiNewsNet 2015-08-01.json#131 (Asharq Al-Awsat), 2015-08-06.json#390
    for credit, agency in (("كولومبو - «الشرق الأوسط»:", "«الشرق الأوسط»"), ("باريس - أ.ف.ب:", "أ.ف.ب")):
        lead = "قالت الشرطة في سريلانكا، أمس (الجمعة)، إن شخصا قتل وأصيب ثلاثة آخرون في هجوم."
        a = layout(json_article({"title": "مقتل شخص في هجوم", "content": f"{credit} {lead}\n {BODY}"}))
        assert texts(a, "dateline") == [credit.split(" - ")[0]]
        assert texts(a, "byline") == [agency]
        assert texts(a, "lead") == [lead]


@pytest.mark.parametrize("agency", ["أ ف ب", "د ب أ", "رويترز"])
def test_place_dash_agency_line_is_dateline_and_byline(agency):
    """``واشنطن - أ ف ب`` on its own line under a title: the dateline and the agency's byline, not a
    lead whose prose is the agency (fresh new-user report nu18: ``أ ف ب`` became a sub-heading)."""
    text = f"ترامب: الاتفاق النووي سيئ\nواشنطن - {agency}\nقال الرئيس الأمريكي إن الاتفاق سيئ جدا وإنه لن يبقى فيه.\n"
    import marsad

    a = marsad.parse(text.encode(), source="x.txt")
    assert a.span_text(a.dateline).startswith("واشنطن")  # one word after the dash: the whole-line form
    assert "subheading" not in [b.kind for b in a.blocks]
    assert texts(a, "lead") == ["قال الرئيس الأمريكي إن الاتفاق سيئ جدا وإنه لن يبقى فيه."]
    if len(agency.split()) > 1:
        assert a.span_text(a.dateline) == "واشنطن" and a.span_text(a.byline) == agency


@pytest.mark.parametrize("verb", ["قال", "وقالت", "أكد"])
def test_place_dash_then_a_speech_clause_with_colon_is_no_byline(verb):
    """``واشنطن - قال الرئيس الأمريكي جو بايدن: "…"``: the words before the colon are the lead's
    clause (a verb of saying opens them), not a writer's byline; only the place is the dateline and the
    quotation keeps its cue and speaker (new-user report nu20)."""
    text = f'واشنطن - {verb} الرئيس الأمريكي جو بايدن: "لن نتراجع عن دعم أوكرانيا أبدا".'
    found = find_lead_dateline(text, 0, len(text), whole_line=False)
    assert found is not None and found.byline is None
    assert text[found.dateline.start : found.dateline.end] == "واشنطن"
    assert text[found.end :].startswith(verb)


def test_place_dash_writer_colon_is_still_a_byline():
    """The near miss: a writer's name before the colon stays the byline."""
    text = 'بيروت - «الشرق الأوسط»: أعلنت الحكومة اللبنانية خطة جديدة للكهرباء في البلاد.'
    found = find_lead_dateline(text, 0, len(text), whole_line=False)
    assert found is not None and found.byline is not None
    assert text[found.byline.start : found.byline.end] == "«الشرق الأوسط»"
