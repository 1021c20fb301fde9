"""Fifth new-user report, finding 2: a JSON value nested deeper than Python's parser allows (it raises
``RecursionError``, not ``JSONDecodeError``) is one bad record with its reason and raw bytes; the
records around it, and the files after it, are read."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import marsad
import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app

DEEP = "[" * 3000 + "]" * 3000
OK1 = json.dumps({"title": "خبر أول", "content": "قال الوزير إن الخطة جاهزة."}, ensure_ascii=False)
OK2 = json.dumps({"title": "خبر ثان", "content": "أعلنت الوزارة عن مشروع جديد."}, ensure_ascii=False)


def _problems(article) -> list[str]:
    return [p.code for p in article.problems if p.level == "error"]


def test_a_too_deep_json_lines_line_is_one_bad_record_and_the_next_lines_are_read():
    data = f"{OK1}\n{DEEP}\n{OK2}\n".encode()
    first, deep, second = marsad.parse_many(data, fmt="jsonl")
    assert first.title_text == "خبر أول" and second.title_text == "خبر ثان"
    assert _problems(deep) == ["json"]
    assert "nested deeper than the JSON parser allows" in deep.problems[0].message
    assert deep.raw == DEEP.encode()


def test_a_too_deep_element_of_a_json_array_on_one_line_is_skipped_exactly():
    tricky = '{"x": "]] \\" [[", "d": ' + DEEP + "}"  # brackets inside a string do not count
    data = f"[{OK1}, {tricky}, {OK2}]".encode()
    first, deep, second = marsad.parse_many(data, fmt="json")
    assert (first.title_text, second.title_text) == ("خبر أول", "خبر ثان")
    # its one other field is read, its deep one skipped (rob23 report, item 14): no title or
    # content left, so the record is `empty`, with the skip named
    assert _problems(deep) == ["empty"] and deep.raw == tricky.encode()
    assert deep.problems[0].code == "json-too-deep" and "'d'" in deep.problems[0].message


def test_a_too_deep_top_level_value_is_a_json_error():
    (article,) = marsad.parse_many(DEEP.encode(), fmt="json")
    assert _problems(article) == ["json"] and article.raw == DEEP.encode()


def test_ingest_reads_the_good_lines_and_the_next_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(f"{OK1}\n{DEEP}\n", encoding="utf-8")
    later = tmp_path / "later.jsonl"
    later.write_text(f"{OK2}\n", encoding="utf-8")
    db = tmp_path / "m.db"
    r = CliRunner().invoke(app, ["ingest", str(folder), str(later), "--db", str(db), "--core", "-q", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout[r.stdout.index("{"):])
    assert summary["read"] == 3 and summary["stored"] == 3 and summary["failed"] == 1


def test_a_reader_that_raises_costs_only_its_own_input(tmp_path, monkeypatch):
    """Whatever a reader raises (a bug: readers record problems instead), that input gets one
    ``read-failed`` record naming it, and the inputs after it are read."""
    import marsad.io.sources as sources
    from marsad.store.db import Store
    from marsad.store.ingest import ingest

    bad = tmp_path / "bad.jsonl"
    bad.write_text(f"{OK1}\n{OK2}\n", encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(f"{OK2}\n", encoding="utf-8")
    real = sources.iter_articles

    def flaky(paths, fmt=None, exclude=frozenset(), skipped=None):
        for article in real(paths, fmt=fmt, exclude=exclude):
            if "bad" in article.source and article.source.endswith("#1"):
                raise MemoryError("simulated reader failure")
            yield article

    monkeypatch.setattr(sources, "iter_articles", flaky)
    db = tmp_path / "m.db"
    s = ingest([str(bad), str(good)], db)
    assert (s.read, s.stored, s.failed) == (3, 3, 1)
    assert s.failures == {"read-failed": 1}
    with Store(db, create=False) as store:
        articles = [store.load_article(i) for i in store.ids()]
    failed = [a for a in articles if not a.ok]
    assert [a.source for a in failed] == [str(bad)]
    assert "reading stopped after 1 record(s): MemoryError: simulated reader failure" in failed[0].problems[0].message
    assert [(a.source, a.ok) for a in articles if "good" in a.source] == [(str(good), True)], [(a.source, a.ok) for a in articles]


def test_a_file_whose_reader_raises_does_not_stop_the_folder_walk(tmp_path, monkeypatch):
    import marsad.io.sources as sources

    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(f"{OK1}\n", encoding="utf-8")
    real = sources.iter_file

    def flaky(path, fmt=None, stores=None):
        if path.name == "a.jsonl":
            raise RecursionError("simulated")
        yield from real(path, fmt, stores=stores)

    monkeypatch.setattr(sources, "iter_file", flaky)
    first, second = sources.iter_articles([tmp_path])
    assert first.source == str(tmp_path / "a.jsonl") and not first.ok
    assert first.problems[0].message == "reading stopped after 0 record(s): RecursionError: simulated; raw bytes kept"
    assert first.raw == (tmp_path / "a.jsonl").read_bytes()
    assert second.ok and second.text.startswith("خبر أول")


def test_a_broken_json_lines_line_is_named_by_its_line_number(tmp_path):
    """The record number (#1) skips blank lines; the error names the file's line (fifth new-user
    report, finding 14)."""
    from marsad.io.sources import iter_articles

    data = f'{OK1}\n\n\n{{"title": "ب", "content": \n{OK2}\n'
    path = tmp_path / "feed.jsonl"
    path.write_text(data, encoding="utf-8")
    for articles in (list(iter_articles([path])), list(marsad.parse_many(data.encode(), fmt="jsonl"))):
        assert [_problems(a) for a in articles] == [[], ["json"], []]
        assert articles[1].problems[0].message == (
            "invalid JSON on line 4 (record #1: lines count from 1, records from 0 as in source names):"
            " Expecting value (char 26)"
        )


def test_a_too_deep_element_of_an_array_on_one_json_lines_line_fails_alone():
    """Sixth new-user report, finding 8: the good sibling of a too-deep element was kept only as raw."""
    data = f"{OK1}\n[{OK2}, {DEEP}]\n".encode()
    first, good, deep = marsad.parse_many(data, fmt="jsonl")
    assert _problems(first) == [] and _problems(good) == [] and good.title_text == "خبر ثان"
    assert _problems(deep) == ["json"] and deep.raw == DEEP.encode()
    assert [p.code for p in good.problems][:1] == ["jsonl-array"]
