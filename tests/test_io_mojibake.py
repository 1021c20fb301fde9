"""Double-encoded UTF-8 (mojibake) is repaired with a ``mojibake-repaired`` warning, raw bytes kept;
a file cut inside a multi-byte character gets ``cut-character`` (first-user findings)."""

from __future__ import annotations

import json

import marsad
from marsad.io.encoding import decode, fix_mojibake
from marsad.io.readers import read_records
from marsad.io.sources import iter_articles
from marsad.store.db import Store
from marsad.store.ingest import ingest
from marsad.store.verify import verify

SEED_HEAD = "20-04-2024 01:18 AM بتوقيت القدس المحتلة\n\n#لافروف: مستعدون للحوار في #سوريا\n\nقال الوزير إن المحادثات مستمرة.\n"


def cp1252_sloppy(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (its 5 undefined bytes as Latin-1), as a scraper does."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def codes(article) -> list[str]:
    return [p.code for p in article.problems]


def test_the_reported_string_is_repaired():
    assert cp1252_sloppy("بتوقيت") == "Ø¨ØªÙˆÙ‚ÙŠØª"
    fix = fix_mojibake("Ø¨ØªÙˆÙ‚ÙŠØª")
    assert fix is not None and fix.text == "بتوقيت" and fix.whole


def test_whole_article_repaired_with_warning_and_raw_kept():
    mangled = cp1252_sloppy(SEED_HEAD).encode("utf-8")
    a = marsad.parse(mangled)
    assert a.title_text == "لافروف: مستعدون للحوار في سوريا"
    assert [h.tag for h in a.hashtags] == ["لافروف", "سوريا"]
    assert a.published.value.utc == "2024-04-19T22:18:00+00:00"
    assert "mojibake-repaired" in codes(a)
    assert a.raw == mangled  # the source bytes, not the repair


def test_latin1_mangling_and_letters_undefined_in_cp1252():
    text = "في فلسطين في"  # ف is U+0641 = D9 81: byte 0x81 is undefined in Windows-1252
    mangled = text.encode("utf-8").decode("latin-1")
    assert "\x81" in mangled
    assert fix_mojibake(mangled).text == text
    assert fix_mojibake(cp1252_sloppy(text)).text == text


def test_partly_mangled_text_repaired_word_by_word():
    clean = "قال الوزير «إن المحادثات» مستمرة"
    mixed = clean + "\n" + cp1252_sloppy("وأضاف أن الوفد وصل") + " café"
    fix = fix_mojibake(mixed)
    assert fix is not None and not fix.whole and fix.runs == 4
    assert fix.text == clean + "\nوأضاف أن الوفد وصل café"


def test_clean_and_latin_texts_are_left_alone():
    for text in (
        SEED_HEAD,
        "Søren Ørsted drank a café au lait in Malmö — «Ça va?» À bientôt.",
        "Ø",
        "naïve façade Ãx",
        "",
    ):
        assert fix_mojibake(text) is None, text
        assert "mojibake-repaired" not in codes(marsad.parse(text.encode("utf-8") or b"x"))


def test_json_array_records_keep_their_own_raw_bytes():
    records = [
        {"title": "خبر أول", "content": "نص الخبر الأول هنا."},
        {"title": "خبر ثان", "content": "نص الثاني."},
    ]
    data = cp1252_sloppy(json.dumps(records, ensure_ascii=False)).encode("utf-8")
    arts = list(read_records(data, "day.json"))
    assert [a.span_text(a.fields["title"]) for a in arts] == ["خبر أول", "خبر ثان"]
    assert all("mojibake-repaired" in codes(a) for a in arts)
    for a in arts:
        assert a.raw in data and json.loads(a.raw.decode("utf-8"))["title"].startswith("Ø®Ø¨Ø±")


def test_jsonl_stream_and_store_round_trip(tmp_path):
    line = json.dumps({"title": "خبر", "content": "نص الخبر هنا."}, ensure_ascii=False)
    path = tmp_path / "x.jsonl"
    path.write_bytes((cp1252_sloppy(line) + "\n" + line + "\n").encode("utf-8"))
    a, b = iter_articles([path])
    assert a.span_text(a.fields["title"]) == "خبر" and codes(a) == ["mojibake-repaired"]
    assert b.text == a.text and codes(b) == []
    db = tmp_path / "s.db"
    s = ingest([path], db, only=("layout.segment",))
    assert s.warnings["mojibake-repaired"] == 1 and s.stored == 2
    with Store(db) as store:
        assert verify(store).ok  # raw bytes (mangled) hash to the stored content hash


def test_input_cut_inside_a_multibyte_character():
    data = "قال الوزير".encode()
    text, encoding, problems = decode(data[:-1])
    assert text == "قال الوزي\ufffd" and encoding == "utf-8"
    assert [p.code for p in problems] == ["cut-character"]
    assert "1 of its bytes" in problems[0].message
    a = marsad.parse(data[:-1])
    assert "cut-character" in codes(a) and a.raw == data[:-1]
    # invalid bytes elsewhere are not a cut character
    assert [p.code for p in decode(b"\xd9 " + data).problems] == ["decode"]
