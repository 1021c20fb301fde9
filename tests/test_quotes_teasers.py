"""Teasers of other stories (CNN's related-news widget) are kept as blocks of kind ``related``: not the
article's prose (entities, time expressions, search skip them), but their statements are found, each
teaser read on its own, so no speaker of the article is credited with a teaser's words (new-user
report nu22 item 1: CN-middleEast-1489 credited Sisi's «تريد محاسبته» to the article's source
«مصدر قريب الصلة من الكاتب»). The quotes gold annotates quotations inside teasers (13 in 5 CNN
articles): they stay found. Rules: ``layout.boilerplate._mark_related_teasers``,
``quotes.stage.teaser_quotes``; docs/layout.md."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.quotes  # noqa: F401
import marsad.cli.search  # noqa: F401
from marsad import settings
from marsad.cli.app import app
from marsad.pipeline import parse_many
from marsad.store.ingest import ingest

OWN = [
    "بيروت، لبنان (CNN)-- قال مصدر قريب الصلة من الكاتب السعودي، الخميس، إن السلطات حاولت التواصل معه مرارا.",
    "وأضاف المصدر أن الكاتب رفض العودة خوفا على سلامته، وأنه كان يخطط للزواج في إسطنبول.",
    "وأكدت الخارجية الأمريكية أنها تتابع القضية عن كثب مع الحكومة التركية.",
]
TEASERS = [
    "قال الرئيس التركي، رجب طيب أردوغان، الأحد، إن بلاده ستتوجه إلى أسواق وتحالفات جديدة ردا على العقوبات.",
    "حذرت هيئة السوق المالية السعودية من التعامل في العملات الرقمية الافتراضية لأنها خارج نطاق الرقابة.",
    "أكد وزير المالية الروسي، أنتون سيلوانوف، الأحد، أن روسيا ستواصل خفض حيازتها من السندات الأمريكية.",
    "قضت المحكمة العسكرية بمحافظة الإسكندرية في مصر، الخميس، بإعدام 17 متهما في قضية تفجير الكنائس.",
    'تحدث الرئيس المصري عبد الفتاح السيسي، الخميس، عن القبض على هشام عشماوي، وقال إن القاهرة "تريد محاسبته".',
]
TITLE = "مصدر مقرب من خاشقجي يكشف محاولات السلطات التواصل معه"


def doc(paragraphs=OWN + TEASERS, docno="CN-middleEast-9-20181011") -> str:
    return (
        f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<URL>https://arabic.cnn.com/x</URL>\n<SRC>CNN</SRC>\n"
        f"<CAT>middleEast</CAT>\n<TITLE>{TITLE}</TITLE>\n<TIME>Thu, 11 Oct 2018 15:25:37 +0000</TIME>\n"
        "<TEXT>\n" + "\n".join(paragraphs) + "\n</TEXT>\n</DOC>\n"
    )


@pytest.fixture
def article():
    assert settings.LAYOUT_RELATED_TEASERS  # the default
    return next(parse_many(doc(), fmt="trec"))


def in_teaser(a, q) -> bool:
    return any(b.kind == "related" and b.start <= q.start < b.end for b in a.blocks)


def test_teasers_are_related_blocks_not_prose(article):
    a = article
    assert [a.span_text(b) for b in a.blocks if b.kind == "related"] == TEASERS
    prose = " ".join(a.span_text(b) for b in a.paragraphs)
    assert "أردوغان" not in prose and "عشماوي" not in prose
    assert not any(b.kind == "related" for b in a.removed)
    # nothing lost: every teaser is still in the article's blocks with its offsets
    assert all(a.text[b.start : b.end] in TEASERS for b in a.blocks if b.kind == "related")


def test_teasers_give_no_entities_and_no_time_expressions(article):
    a = article
    names = {e.name for e in a.entities}
    assert not names & {"رجب طيب أردوغان", "أنتون سيلوانوف", "هشام عشماوي", "عبد الفتاح السيسي"}
    starts = [b.start for b in a.blocks if b.kind == "related"]
    assert not [t for t in a.timexes if t.start >= min(starts)]


def test_teaser_quotes_are_found_with_their_own_speakers(article):
    a = article
    teaser = [(q.speaker, a.span_text(q)) for q in a.quotes if in_teaser(a, q)]
    assert ("رجب طيب أردوغان", "إن بلاده ستتوجه إلى أسواق وتحالفات جديدة ردا على العقوبات") in teaser
    assert ("أنتون سيلوانوف", "أن روسيا ستواصل خفض حيازتها من السندات الأمريكية") in teaser
    # the article's own source never speaks in a teaser
    assert all("مصدر" not in (speaker or "") for speaker, _ in teaser)
    sisi = [speaker for speaker, span in teaser if "تريد محاسبته" in span]
    assert sisi and all(s != "مصدر قريب الصلة من الكاتب السعودي" for s in sisi)
    # the article's own statements keep the article's speakers
    own = [(q.speaker, a.span_text(q)[:20]) for q in a.quotes if not in_teaser(a, q)]
    assert ("مصدر قريب الصلة من الكاتب السعودي", "إن السلطات حاولت الت") in own
    assert [q.start for q in a.quotes] == sorted(q.start for q in a.quotes)


def test_teaser_quotes_have_no_article_entity(article):
    a = article
    assert all(q.entity is None for q in a.quotes if in_teaser(a, q))


def test_off_the_teasers_are_body(monkeypatch):
    monkeypatch.setattr(settings, "LAYOUT_RELATED_TEASERS", False)
    a = next(parse_many(doc(), fmt="trec"))
    assert not [b for b in a.blocks if b.kind == "related"]
    assert "أردوغان" in " ".join(a.span_text(b) for b in a.paragraphs)


def test_store_show_and_quotes_mark_teaser_quotes(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cnn.txt").write_text(doc(), encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([tmp_path / "in"], db)
    runner = CliRunner()
    r = runner.invoke(app, ["quotes", "--db", str(db), "--json", "--limit", "50"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    marked = {row["speaker"] for row in rows if row["related"]}
    assert "رجب طيب أردوغان" in marked
    assert "مصدر قريب الصلة من الكاتب السعودي" in {row["speaker"] for row in rows if not row["related"]}
    r = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "أردوغان"])
    assert r.exit_code == 0 and "[in a teaser of another story]" in r.output
    r = runner.invoke(app, ["show", "1", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "Teasers of other stories (5" in r.output
    assert "(in a teaser of another story)" in r.output
    r = runner.invoke(app, ["search", "أردوغان", "--db", str(db)])
    assert "0 hits" in r.output  # the teaser's words are not the article's prose


def test_a_failing_teaser_entity_pass_loses_no_quotation(monkeypatch):
    # the teaser's own entity pass raising (a bug) must not fail the quotes stage: the teaser is then
    # read without entities, and the article's own quotations are kept
    import marsad.entities.stage as entity_stage
    from marsad.quotes.stage import teaser_quotes

    a = next(parse_many(doc(), fmt="trec"))
    own = [q for q in a.quotes if not in_teaser(a, q)]

    def broken(article):
        raise RuntimeError("boom")

    monkeypatch.setattr(entity_stage, "annotate_entities", broken)
    got = teaser_quotes(a)
    assert ("رجب طيب أردوغان", "إن بلاده ستتوجه إلى أسواق وتحالفات جديدة ردا على العقوبات") in [
        (q.speaker, a.span_text(q)) for q in got
    ]
    assert own and all(not in_teaser(a, q) for q in own)


def test_a_teaser_title_takes_no_name_from_another_teaser():
    # nu23 (CN-middleEast-1213): "اقترح الرئيس التونسي …، مشيراً إلى أن …" was credited to "محمد مرسي",
    # named in the previous teaser ("الرئيس الأسبق محمد مرسي"): each teaser is read with the rest of
    # the text blanked, so its speaker is its own title phrase
    teasers = TEASERS[:3] + [
        "دعت جماعة الإخوان المسلمين، الثلاثاء، إلى إخراج مصر من الأزمة في ذكرى الإطاحة بحكم الرئيس الأسبق محمد مرسي.",
        "اقترح الرئيس التونسي، الإثنين، تعديل قانون الأحوال الشخصية، مشيراً إلى أن المرجع الأول لدولة مدنية يجب أن يكون الدستور.",
    ]
    a = next(parse_many(doc(OWN + teasers), fmt="trec"))
    assert [a.span_text(b) for b in a.blocks if b.kind == "related"] == teasers
    last = [q for q in a.quotes if in_teaser(a, q) and a.text[q.start : q.end].startswith("أن المرجع")]
    assert [q.speaker for q in last] == ["الرئيس التونسي"]
