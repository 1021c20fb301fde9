"""The SIGPROF handler of the per-article time limit is installed once for a run of articles
(:func:`marsad.pipeline.timer_handler_installed`) and put back afterwards; a stage that runs past
the limit is still interrupted inside the scope."""
from __future__ import annotations

import signal
import time

import pytest

from marsad import pipeline
from marsad.model import Article

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no setitimer on this platform")


def test_the_handler_is_installed_for_the_scope_and_restored() -> None:
    def mine(signum, frame):  # pragma: no cover - never fired
        pass

    old = signal.signal(signal.SIGPROF, mine)
    try:
        with pipeline.timer_handler_installed():
            assert signal.getsignal(signal.SIGPROF) is pipeline._on_alarm
            armed = pipeline._arm_timer(5.0)
            assert armed is not None and armed[0] is pipeline._KEEP_HANDLER
            pipeline._disarm_timer(armed)
            assert signal.getsignal(signal.SIGPROF) is pipeline._on_alarm  # left for the next article
        assert signal.getsignal(signal.SIGPROF) is mine
        armed = pipeline._arm_timer(5.0)  # outside a scope: installed and restored per article
        assert armed is not None and armed[0] is mine
        pipeline._disarm_timer(armed)
        assert signal.getsignal(signal.SIGPROF) is mine
    finally:
        signal.signal(signal.SIGPROF, old)


def test_a_runaway_stage_is_interrupted_inside_the_scope() -> None:
    def endless(article: Article) -> None:
        stop = time.monotonic() + 60  # a lost timeout fails the test instead of hanging the suite
        while time.monotonic() < stop:
            pass

    article = Article(text="نص")
    with pipeline.timer_handler_installed():
        pipeline._run_stages(article, [("endless", endless)], 0.2)
    assert [p.code for p in article.problems] == ["timeout"]
    assert "in stage endless" in article.problems[0].message
