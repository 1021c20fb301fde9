"""spk28 (issue 6, new-user report nu28): speakers that are text fragments (step 51f) and one person
counted under one registry key across spellings. All test text is written for these tests."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.quotes  # noqa: F401
from conftest import new_registry
from conftest import save_people as _save
from marsad.cli.app import app
from marsad.entities import registry
from marsad.model import Quote, Span
from marsad.quotes.plausible import fragment_speaker
from marsad.quotes.repair import _known_word, fragment_speakers
from marsad.quotes.speakers import is_person_token, is_place
from marsad.quotes.store import QuoteRow, speaker_counts


def _judge(speaker: str) -> tuple[str | None, str]:
    ws = speaker.split()
    kind, i, j = fragment_speaker(ws, _known_word, is_person_token, is_place)
    return kind, " ".join(ws[i:j])


# -- step 51f: a speaker must be a name, a role or an unnamed source ------------------------------


@pytest.mark.parametrize(
    ("speaker", "kind", "kept"),
    [
        # a preposition's phrase: the place after it may still name the party, a common noun not
        ("بين واشنطن", "preposition", "واشنطن"),
        ("بين دولة الإمارات", "preposition", "دولة الإمارات"),
        ("بين الطرفين", "preposition", ""),
        ("بين صفوف", "preposition", ""),
        ("وإلى جانب", "preposition", ""),
        # a clause's particle
        ("ثم ترك يديه", "particle", ""),
        # digits alone, a date, an estimating verb's amount (and its possessed object noun)
        ("79", "number", ""),
        ("عام 2016", "date", ""),
        ("فوربس ثروته بـ4.5 مليارات دولار", "amount", "فوربس"),
        ("وكالة حكومية أخرى أعداد الضحايا بـ120", "amount", "وكالة حكومية أخرى"),
    ],
)
def test_fragment_speakers_by_kind(speaker, kind, kept):
    assert _judge(speaker) == (kind, kept)


@pytest.mark.parametrize(
    "speaker",
    [
        "بين ستانتون",  # the given name Ben
        "دون بالون",  # a newspaper's name
        "فان دورن",  # Van, not ف + أن
        "كي مون",
        "علي العجمي",  # علي is no على (alef maqsura kept)
        "3 مصادر",  # sources counted
        "شبكة السويداء 24",  # a number inside a medium's name
        "60 في المئة",
        "لجنة التحقيقات في الانتخابات الرئاسية 2016",
    ],
)
def test_names_and_counted_sources_are_no_fragments(speaker):
    assert _judge(speaker) == (None, speaker)


def test_a_cut_share_takes_the_people_counted_or_none():
    text = "وفي المقابل، قال 72,8% من المشاركين إن شركاتهم تشجع موظفيها، واعتبر 79,7% منهم أن المسألة مهمة، وأكد 92% أنهم راضون."
    qs = []
    for num in ("72", "79", "92"):
        a = text.index(num)
        qs.append(Quote(0, 1, speaker=num, speaker_span=Span(a, a + 2)))
    fragment_speakers(text, qs)
    assert [q.speaker for q in qs] == ["72,8% من المشاركين", "79,7% منهم", None]
    assert text[qs[0].speaker_span.start : qs[0].speaker_span.end] == "72,8% من المشاركين"
    assert qs[2].speaker_span is None


def test_a_fragment_left_by_a_repair_gives_back_the_subject_read_before():
    q1 = Quote(0, 1, speaker="بين صفوف", speaker_span=Span(0, 3))
    q2 = Quote(0, 1, speaker="بين الطرفين", speaker_span=Span(0, 3))
    fragment_speakers("", [q1, q2], ([q1, q2], ["قائد إسبانيا", "بين الطرفين"]))
    assert q1.speaker == "قائد إسبانيا"
    assert (q2.speaker, q2.speaker_span) == (None, None)


# -- one person, one key across spellings --------------------------------------------------------


def test_spelling_signature_is_search_folding():
    assert registry.spelling_signature("دونالد ترامب") == registry.spelling_signature("دونالد ترمب")
    assert registry.spelling_signature("بنيامين نتانياهو") == registry.spelling_signature("بنيامين نتنياهو")
    assert registry.spelling_signature("بيل غيتس") == registry.spelling_signature("بيل جيتس")
    assert registry.spelling_signature("دونالد ترامب") != registry.spelling_signature("دونالد توسك")


def test_the_entry_is_shown_in_its_commonest_spelling():
    conn = new_registry()
    # the curated list names the entry دونالد ترمب; the texts write ترامب more often
    _save(conn, 1, [("دونالد ترامب", 5)])
    _save(conn, 2, [("دونالد ترمب", 2)])
    _save(conn, 3, [("دونالد ترامب", 3)])
    top = registry.top_entities(conn, "PER", 5)
    assert [(r["key"], r["name"], r["articles"], r["mentions"]) for r in top] == [
        ("PER:دونالد ترمب", "دونالد ترامب", 3, 10)
    ]
    assert "دونالد ترمب" in top[0]["aliases"]


def test_a_key_of_each_spelling_is_the_persons_key():
    conn = new_registry()
    _save(conn, 1, [("بنيامين نتانياهو", 5), ("نتنياهو", 2)])
    _save(conn, 2, [("بنيامين نتنياهو", 2)])
    look = registry.key_of(conn)
    assert (
        look("PER:بنيامين نتنياهو")
        == look("PER:بنيامين نتانياهو")
        == look("PER:نتنياهو")
        == "PER:بنيامين نتانياهو"
    )
    assert look("ORG:الأمم المتحدة") == "ORG:الأمم المتحدة"
    assert look(None) is None


def test_speaker_counts_group_by_key():
    def row(speaker, key):
        return QuoteRow(1, "direct", speaker, "قال", "نص", None, None, key=key)

    k = "PER:بنيامين نتانياهو"
    rows = [
        row("بنيامين نتانياهو", k),
        row("نتنياهو", k),
        row("بنيامين نتانياهو", k),
        row("مصدر أمني", None),
        row("مصدر  أمني", None),
        row(None, None),
    ]
    assert speaker_counts(rows) == [
        {
            "key": k,
            "name": "بنيامين نتانياهو",
            "quotes": 3,
            "spellings": {"بنيامين نتانياهو": 2, "نتنياهو": 1},
        },
        {"key": None, "name": "مصدر أمني", "quotes": 2, "spellings": {"مصدر أمني": 1, "مصدر  أمني": 1}},
    ]


def test_quotes_carry_the_key_and_speaker_finds_every_spelling(tmp_path):
    from marsad.quotes.store import query_quotes
    from marsad.store.ingest import ingest

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "خبر أول\n\nقال رئيس الوزراء الإسرائيلي بنيامين نتانياهو يوم الأحد إن الحكومة ستجتمع غدا.\n"
        "وأضاف نتانياهو أن القرار نهائي.\n",
        encoding="utf-8",
    )
    (src / "b.txt").write_text(
        "خبر ثان\n\nقال بنيامين نتنياهو يوم الاثنين إن المفاوضات توقفت تماما.\n", encoding="utf-8"
    )
    db = tmp_path / "s.db"
    ingest([src], db)
    conn = sqlite3.connect(db)
    rows = query_quotes(conn, limit=10, with_keys=True)
    keys = {r.key for r in rows if r.speaker}
    assert keys == {"PER:بنيامين نتانياهو"}
    assert len(query_quotes(conn, speaker="نتنياهو", limit=10)) == len([r for r in rows if r.speaker])
    # the listing's JSON carries the key; --count counts the person once
    r = CliRunner().invoke(app, ["quotes", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    assert {json.loads(line)["key"] for line in r.output.splitlines()} == {"PER:بنيامين نتانياهو"}
    r = CliRunner().invoke(app, ["quotes", "--db", str(db), "--count", "--json"])
    assert r.exit_code == 0, r.output
    groups = [json.loads(line) for line in r.output.splitlines()]
    assert [(g["key"], g["quotes"]) for g in groups] == [
        ("PER:بنيامين نتانياهو", len([r for r in rows if r.speaker]))
    ]
    # export gives each quote the same key
    r = CliRunner().invoke(app, ["export", "--db", str(db)])
    assert r.exit_code == 0, r.output
    exported = [q["key"] for line in r.output.splitlines() for q in json.loads(line)["quotes"]]
    assert exported and set(exported) == {"PER:بنيامين نتانياهو"}


@pytest.mark.parametrize(
    ("speaker", "key", "names", "named"),
    [
        ("الرئيس الأمريكي دونالد ترمب", "PER:دونالد ترمب", ["دونالد ترمب"], True),
        ("ترمب", "PER:دونالد ترمب", ["دونالد ترمب"], True),
        ("الرئيس", "PER:دونالد ترمب", ["دونالد ترمب"], True),
        ("مستشار للرئيس التركي رجب طيب أردوغان", "PER:رجب طيب اردوغان", ["رجب طيب أردوغان"], False),
        ("وزارة الصحة السعودية", "LOC:السعوديه", ["السعودية"], False),
        ("السعودية", "LOC:السعوديه", ["السعودية"], True),
    ],
)
def test_a_quote_takes_its_entitys_key_only_when_the_speaker_names_it(speaker, key, names, named):
    from marsad.quotes.store import _speaks_as

    assert _speaks_as(speaker, key, names) is named
