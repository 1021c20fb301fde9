"""The quotation evaluation reports an article whose quotes stage failed instead of scoring it
silently (a helper's broken rule once left 86 of 3,078 matched quotations on the sets with no message)."""

from __future__ import annotations

from marsad import pipeline
from marsad.quotes import evaluate


def test_read_article_reports_a_failed_stage(tmp_path, monkeypatch, capsys):
    path = tmp_path / "a.txt"
    path.write_text("عنوان الخبر\n\nوقال الوزير إن الوضع مستقر في البلاد.\n", encoding="utf-8")

    def broken(article):
        raise RuntimeError("a broken rule")

    table = [(name, broken if name == "quotes" else fn) for name, fn in pipeline.stages()]
    monkeypatch.setattr(pipeline, "_STAGES", table)  # the stage list as the pipeline loaded it
    article = evaluate.read_article(path)
    err = capsys.readouterr().err
    assert article.quotes == []
    assert "a.txt: stage-failed: quotes: RuntimeError: a broken rule" in err


def test_read_article_is_quiet_when_every_stage_ran(tmp_path, capsys):
    path = tmp_path / "b.txt"
    path.write_text("عنوان الخبر\n\nوقال الوزير إن الوضع مستقر في البلاد.\n", encoding="utf-8")
    article = evaluate.read_article(path)
    assert [q.speaker for q in article.quotes] == ["الوزير"]
    assert capsys.readouterr().err == ""
