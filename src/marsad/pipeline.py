"""The pipeline: read records, then run the annotation stages in order.

Stages are callables ``Article -> None`` that add annotations (they never change
``Article.text``). The order is the pipeline, as the folder layout shows it::

    io  →  layout (segment, dedup)  →  text (fixes, sentences)  →  time (publication, expressions)
        →  entities  →  quotes

A stage that raises is recorded on the article as an error ``stage-failed`` with the reason and
the remaining stages still run; one bad article never stops a batch.

Limits (issue 7; see ``docs/reliability.md``):

* size: an article whose text is longer than ``settings.MAX_ARTICLE_CHARS`` is not annotated; it
  gets the error ``too-large`` and keeps its raw text and bytes; its title (a title field, or a
  short first line) is searched;
* time: one article may spend ``settings.ARTICLE_TIME_LIMIT_S`` seconds of CPU time in the stages,
  plus ``settings.ARTICLE_TIME_PER_100K_CHARS_S`` per 100,000 characters of its text
  (CPU, not wall-clock, time: on a loaded machine a wall-clock limit failed ordinary articles that
  need 17 ms of CPU). In the main thread of a process (where Python runs its signal handlers) an
  ``ITIMER_PROF`` timer (process CPU time) makes ``SIGPROF`` raise :class:`StageTimeout` inside
  whatever the stage is doing — a regular expression
  stuck in catastrophic backtracking included, since CPython's ``re`` engine polls for signals while
  it matches. After the limit the timer repeats every ``settings.ARTICLE_TIMER_REPEAT_S`` of CPU
  until the stage is interrupted: Linux (since 6.4) hands a CPU-timer signal to the thread that was
  running when it expired, which may be one of tantivy's indexing threads, and CPython 3.11 then
  does not wake the main thread's evaluation loop; a one-shot timer was lost that way in 59 of 100
  trials (``tests/test_reliability_limits.py``), and a stage in an endless loop never stopped. The interrupted stage's additions are dropped, the later stages skipped, and the
  article gets the error ``timeout``. The previous ``SIGPROF`` handler is restored afterwards.
  Elsewhere (another thread, a platform without ``setitimer``, or while another ``ITIMER_PROF``
  timer is armed, e.g. a sampling profiler's, which is left alone) only the CPU clock
  (``time.process_time``) is checked between stages.
"""

from __future__ import annotations

import contextlib as _contextlib
import operator as _operator
import os
import re
import threading as _threading
import time as _time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from marsad import settings
from marsad.model import Article, Span

try:  # the C module: ``signal.signal`` wraps its result in an enum, 12 µs a call instead of 1 µs
    import _signal as _signal
except ImportError:  # pragma: no cover - other Python implementations
    import signal as _signal  # type: ignore[no-redef]

Stage = Callable[[Article], None]


#: The stages in pipeline order: ``(name, module, function)``. A stage's module is imported the
#: first time the stage is selected, so ``marsad ingest --core`` never loads the entities and quotes
#: modules (importing them costs 0.1–0.2 s of CPU: hundreds of patterns compiled, tables built).
STAGE_TABLE: tuple[tuple[str, str, str], ...] = (
    ("layout.segment", "marsad.layout.segment", "segment"),
    ("layout.dedup", "marsad.layout.dedup", "remove_repeated_blocks"),
    ("text", "marsad.text.stage", "annotate_text"),
    ("time", "marsad.time.stage", "annotate_time"),
    ("entities", "marsad.entities.stage", "annotate_entities"),
    ("quotes", "marsad.quotes.stage", "annotate_quotes"),
)

#: Every stage, once all were asked for (tests and benchmarks may set it to their own list, which
#: :func:`stages` then returns, filtered by ``only``).
_STAGES: list[tuple[str, Stage]] | None = None
#: Stage functions imported so far, by name.
_LOADED: dict[str, Stage] = {}


def _load(name: str, module: str, function: str) -> Stage:
    fn = _LOADED.get(name)
    if fn is None:
        from importlib import import_module

        fn = _LOADED[name] = getattr(import_module(module), function)
    return fn


def stages(only: tuple[str, ...] | None = None) -> list[tuple[str, Stage]]:
    """The ordered ``(name, stage)`` list, or only the stages named in ``only`` (in pipeline order).

    Imported lazily, and only what is selected (``import marsad`` stays cheap; ``--core`` does not
    load the entities and quotes modules)."""
    global _STAGES
    if _STAGES is not None:
        return [(name, fn) for name, fn in _STAGES if only is None or name in only]
    selected = [(name, _load(name, m, f)) for name, m, f in STAGE_TABLE if only is None or name in only]
    if only is None:
        _STAGES = selected
    return selected


#: Stage names of the core pipeline (issue 2: structure, text, time); the others add analysis.
CORE_STAGES = ("layout.segment", "layout.dedup", "text", "time")


class StageTimeout(BaseException):
    """Raised by the ``SIGPROF`` handler inside a stage that ran past the article's time limit.

    A ``BaseException`` (like ``KeyboardInterrupt``), so a stage's own ``except Exception`` cannot
    swallow it; :func:`annotate` catches it and records the error ``timeout``.
    """


#: True only while :func:`annotate` has its timer armed; the handler is a no-op otherwise, so a
#: ``SIGPROF`` that was already on its way when the timer was disarmed is ignored, not raised.
_ALARM_ARMED = [False]
_MAIN_THREAD = _threading.main_thread()
_HAS_ITIMER = hasattr(_signal, "setitimer") and hasattr(_signal, "SIGPROF")
#: The timer and its signal: process CPU time (user + system), so the limit does not depend on the
#: load of the machine.
_TIMER = getattr(_signal, "ITIMER_PROF", None)
_TIMER_SIGNAL = getattr(_signal, "SIGPROF", None)
#: Time limits at or above this many seconds are not worth a timer (and ``setitimer`` rejects
#: infinity); annotation then runs with the between-stages check only.
_NO_TIMER_ABOVE_S = 1e6


def _on_alarm(signum: int, frame: object) -> None:
    """``SIGPROF`` handler: raise :class:`StageTimeout` once, while the timer is armed (the repeats
    that follow until :func:`_disarm_timer` stops the timer do nothing)."""
    if _ALARM_ARMED[0]:
        _ALARM_ARMED[0] = False
        raise StageTimeout


def _arm_timer(limit_s: float) -> tuple[object] | None:
    """Arm an ``ITIMER_PROF`` timer of ``limit_s`` CPU seconds, repeating every
    ``settings.ARTICLE_TIMER_REPEAT_S`` after that, with :func:`_on_alarm` as the ``SIGPROF`` handler; return ``(previous handler,)`` for :func:`_disarm_timer`, or ``None`` when
    no hard limit can be set here (not the main thread, no ``setitimer``, another timer armed)."""
    if (
        not _HAS_ITIMER
        or not 0 < limit_s < _NO_TIMER_ABOVE_S
        or _threading.current_thread() is not _MAIN_THREAD
        or _signal.getitimer(_TIMER)[0] > 0  # someone else's timer: leave it alone
    ):
        return None
    if _signal.getsignal(_TIMER_SIGNAL) is _on_alarm:  # installed for a run (timer_handler_installed)
        previous: object = _KEEP_HANDLER
    else:
        try:
            previous = _signal.signal(_TIMER_SIGNAL, _on_alarm)
        except (ValueError, OSError):  # e.g. a sub-interpreter
            return None
    _ALARM_ARMED[0] = True
    # repeating after the limit: a signal caught by another thread may not reach the main thread
    _signal.setitimer(_TIMER, limit_s, settings.ARTICLE_TIMER_REPEAT_S)
    return (previous,)


def _disarm_timer(armed: tuple[object]) -> None:
    """Stop the timer and put the previous ``SIGPROF`` handler back (``SIG_DFL`` when it was not
    set from Python). Safe against the alarm firing meanwhile: the handler raises at most once per
    arming (here or before) and is a no-op once ``_ALARM_ARMED`` is cleared; the ``finally``
    restores."""
    try:
        _ALARM_ARMED[0] = False
        _signal.setitimer(_TIMER, 0)
    finally:
        _ALARM_ARMED[0] = False
        previous = armed[0]
        if previous is not _KEEP_HANDLER:
            _signal.signal(_TIMER_SIGNAL, _signal.SIG_DFL if previous is None else previous)


#: :func:`_arm_timer`'s "previous handler" when :func:`_on_alarm` was installed already by
#: :func:`timer_handler_installed`: :func:`_disarm_timer` then leaves the handler in place.
_KEEP_HANDLER = object()


@_contextlib.contextmanager
def timer_handler_installed() -> Iterator[None]:
    """For a run of many articles (an ingest): install the ``SIGPROF`` handler once, so each
    article arms and stops only the timer (two ``sigaction`` calls less per article; the handler
    does nothing while no timer is armed); the previous handler is put back at the end. A no-op
    where no hard limit can be set (not the main thread, no ``setitimer``)."""
    if not _HAS_ITIMER or _threading.current_thread() is not _MAIN_THREAD:
        yield
        return
    try:
        previous = _signal.signal(_TIMER_SIGNAL, _on_alarm)
    except (ValueError, OSError):  # e.g. a sub-interpreter
        yield
        return
    try:
        yield
    finally:
        _signal.signal(_TIMER_SIGNAL, _signal.SIG_DFL if previous is None else previous)


#: The annotation lists and single spans a stage may add to; :func:`_rollback` restores them.
_LIST_FIELDS = (
    "hashtags", "blocks", "removed", "sentences", "fixes", "timexes", "mentions", "entities", "quotes",
)  # fmt: skip
_SPAN_FIELDS = ("title", "dateline", "byline", "published")


_list_fields = _operator.attrgetter(*_LIST_FIELDS)
_span_fields = _operator.attrgetter(*_SPAN_FIELDS)


def _mark(article: Article) -> tuple[tuple[int, ...], tuple[object, ...]]:
    """The lengths of the annotation lists and the single spans, before a stage runs (~2 µs)."""
    return tuple(map(len, _list_fields(article))), _span_fields(article)


def _rollback(article: Article, mark: tuple[tuple[int, ...], tuple[object, ...]]) -> None:
    """Drop what an interrupted stage appended and restore the single spans it set, so a timed-out
    article holds only the complete work of the stages before it (offsets stay consistent)."""
    lengths, spans = mark
    for name, n in zip(_LIST_FIELDS, lengths, strict=True):
        del getattr(article, name)[n:]
    for name, value in zip(_SPAN_FIELDS, spans, strict=True):
        setattr(article, name, value)


#: A small article in the house style, annotated once per process (and per stage set) before the
#: first timed article, so that loading the stages' data (gazetteer, NER model, cue tables: ~1 s
#: on an idle core, several on a busy one) is never charged to an article's time limit.
_WARM_UP_TEXT = (
    "#وزير_النقل: نعمل على خطة جديدة للنقل العام في #الرياض\n"
    "20-04-2024 01:18 AM بتوقيت القدس المحتلة\n\n"
    "الرياض - واس\n\n"
    "أعلن وزير النقل محمد الأحمد يوم الأحد الماضي عن خطة جديدة لتطوير شبكة النقل العام.\n\n"
    'وقال الوزير في مؤتمر صحفي: "سنبدأ العمل مطلع الشهر المقبل بالتعاون مع الأمم المتحدة".\n\n'
    "وأكد المتحدث باسم الوزارة أن المشروع سيكتمل في عام 2026.\n\n"
    "// انتهى //\n"
)
_WARMED: set[tuple[str, ...]] = set()


def _warm_up(selected: list[tuple[str, Stage]]) -> None:
    """Run ``selected`` once on :data:`_WARM_UP_TEXT` (first call per stage set), under the
    generous limit ``settings.WARM_UP_TIME_LIMIT_S`` instead of the per-article one."""
    key = tuple(name for name, _ in selected)
    if key in _WARMED:
        return
    _WARMED.add(key)
    _run_stages(Article(text=_WARM_UP_TEXT, source="<warm-up>"), selected, settings.WARM_UP_TIME_LIMIT_S)


def annotate(
    article: Article,
    *,
    time_limit_s: float = settings.ARTICLE_TIME_LIMIT_S,
    only: tuple[str, ...] | None = None,
) -> Article:
    """Run every stage (or the stages named in ``only``) on ``article`` in place and return it.

    Errors inside a stage become ``Problem("error", "stage-failed", ...)`` and the next stage runs.
    An article longer than ``settings.MAX_ARTICLE_CHARS`` characters is not annotated (error
    ``too-large``; text and raw bytes kept; its title, :func:`long_article_title`, is searched). When annotation runs past ``time_limit_s`` seconds
    (CPU time) plus ``settings.ARTICLE_TIME_PER_100K_CHARS_S`` per 100,000 characters of text the stage running is interrupted (main thread: ``SIGPROF``; elsewhere: checked
    between stages), its partial annotations dropped, the rest skipped, and the article gets the
    error ``timeout``. Never raises for bad input.
    """
    if not article.ok and not article.text:
        return article
    if len(article.text) > settings.MAX_ARTICLE_CHARS:
        if article.title is None:
            article.title = long_article_title(article)
        article.error(
            "too-large",
            f"article text is {len(article.text):,} characters, over the limit of "
            f"{settings.MAX_ARTICLE_CHARS:,}; kept raw, not annotated"
            + ("; searched by its title alone" if article.title is not None else ""),
        )
        return article
    selected = stages(only)
    _warm_up(selected)
    # the limit grows with the text (settings.ARTICLE_TIME_PER_100K_CHARS_S): a long article is no
    # runaway stage
    allowance = settings.ARTICLE_TIME_PER_100K_CHARS_S * len(article.text) / 100_000
    _run_stages(article, selected, time_limit_s + allowance)
    return article


def long_article_title(article: Article) -> Span | None:
    """The title of an article too long to annotate (``settings.MAX_ARTICLE_CHARS``), found without
    the layout stage, so that search finds it by its title words (cli29 item 6: it was not
    searchable at all): its reader's title field (:data:`marsad.layout.rules.FIELD_ROLES`:
    ``title``, ``headline``), else its first non-blank line when that is at most
    ``settings.MAX_TITLE_CHARS`` characters and ``settings.MAX_TITLE_WORDS`` words (the layout
    stage's bounds for a plain text's title); ``None`` otherwise."""
    from marsad.layout.rules import FIELD_ROLES

    for name, span in article.fields.items():
        if FIELD_ROLES.get(name.lower()) == "title" and article.text[span.start : span.end].strip():
            return Span(span.start, span.end)
    head = article.text[: settings.MAX_TITLE_CHARS + 2]
    m = re.match(r"\s*(\S[^\n]*)", head)
    if m is None:
        return None
    line = m.group(1).rstrip()
    if len(line) > settings.MAX_TITLE_CHARS or len(line.split()) > settings.MAX_TITLE_WORDS:
        return None
    return Span(m.start(1), m.start(1) + len(line))


def _run_stages(article: Article, selected: list[tuple[str, Stage]], time_limit_s: float) -> None:
    """Run ``selected`` on ``article`` within ``time_limit_s`` seconds (see :func:`annotate`)."""
    current = ""
    mark = None
    armed = _arm_timer(time_limit_s)
    # without the hard timer, a soft check between stages (with it, the timer interrupts: the
    # check's clock reads, one system call each, would only repeat it)
    t0 = _time.process_time() if armed is None else 0.0
    try:
        try:
            for name, stage in selected:
                if armed is None and _time.process_time() - t0 > time_limit_s:
                    article.error(
                        "timeout", f"annotation exceeded {time_limit_s:.3g} s of CPU before stage {name}"
                    )
                    break
                mark = None
                current = name
                if armed is not None:
                    mark = _mark(article)
                try:
                    stage(article)
                except Exception as exc:  # noqa: BLE001 - recorded, the batch goes on
                    article.error("stage-failed", f"{name}: {type(exc).__name__}: {exc}")
        finally:
            if armed is not None:
                _disarm_timer(armed)
    except StageTimeout:
        if mark is not None:
            _rollback(article, mark)
        article.error(
            "timeout",
            f"annotation exceeded {time_limit_s:.3g} s of CPU in stage {current}; its partial annotations "
            f"were dropped and later stages skipped",
        )


def _checked_input(data: object, fmt: str | None, caller: str) -> tuple[str | bytes, str | None]:
    """``(data, fmt)`` ready for :func:`marsad.io.readers.read_records`: bytes-like data as
    ``bytes``, ``fmt`` stripped and lower-cased. Raises at once for a call that cannot be meant
    (see :func:`parse`); ``caller`` names the function in the messages."""
    from marsad.io.formats import FORMATS

    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        if isinstance(data, os.PathLike):
            raise TypeError(
                f"marsad.{caller} reads an article's text or bytes, not a path ({type(data).__name__}): "
                f"use marsad.parse_path({os.fspath(data)!r}) or marsad.{caller}(path.read_bytes())"
            )
        raise TypeError(
            f"marsad.{caller} expects str or bytes, not {type(data).__name__} (a bytearray or memoryview is read as bytes)"
        )
    if isinstance(fmt, str):
        fmt = fmt.strip().lower()  # as `marsad ingest --format TEXT` (seventh new-user report, #13)
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if isinstance(data, str) and _looks_like_a_path(data):
        raise ValueError(f"marsad.{caller} reads an article's text, not a file name: {data.strip()!r} looks like one; "
                         "use marsad.parse_path(name) or marsad.parse(Path(name).read_bytes())")
    return data, fmt


def parse_many(data: str | bytes, fmt: str | None = None, source: str = "<string>") -> Iterator[Article]:
    """Parse every record in ``data`` (a file's content) and yield annotated articles.

    ``fmt`` is ``"text" | "trec" | "json" | "jsonl" | "html"`` or ``None`` to detect it.
    Bytes are decoded with encoding detection (see :mod:`marsad.io.encoding`). A bad record is
    yielded with its recorded error, but a call that cannot be meant raises at once, when called
    (not when first iterated): ``TypeError`` when ``data`` is not ``str`` or bytes-like (``bytes``,
    ``bytearray``, ``memoryview``; a path gets a pointer to :func:`parse_path`), ``ValueError`` for
    an unknown ``fmt`` or a file name given as the text (see :func:`parse`).
    """
    from marsad.io.readers import read_records

    data, fmt = _checked_input(data, fmt, "parse_many")
    return (annotate(article) for article in read_records(data, source=source, fmt=fmt))


#: A file name's ending: what ``marsad ingest`` reads as a file or archive.
_FILE_NAME_RE = re.compile(r"\.(?:txt|text|json|jsonl|ndjson|html?|xml|sgml?|trec|zip|gz|tgz|tar|bz2|xz)$", re.I)


def _looks_like_a_path(data: str) -> bool:
    """True when ``data`` is one word with no white space inside that names an existing file or ends
    like a file name (``examples/a.txt``): no article is written so (new-user report nu24, item 8:
    ``marsad.parse("examples/….txt")`` parsed the name as a one-line article, silently)."""
    name = data.strip()
    if not name or len(name) > 4096 or any(c.isspace() for c in name):
        return False
    if _FILE_NAME_RE.search(name):
        return True
    try:
        return os.path.isfile(name)
    except (OSError, ValueError):  # a NUL or an over-long name
        return False


def parse(data: str | bytes, fmt: str | None = None, source: str = "<string>") -> Article:
    """Parse one article from a string or bytes and return it annotated.

    ``data``: ``str``, or bytes-like (``bytes``, ``bytearray``, ``memoryview``) decoded with
    encoding detection. When ``data`` holds several records (a TREC file with many ``<DOC>``, a
    JSON array, JSON Lines) the first is returned, with a warning ``more-records`` saying how many
    records the input holds (they are all read, not annotated, to count them); :func:`parse_many`
    yields them all, :func:`parse_path` those of files. Input that holds no readable article
    (``""``, ``"[]"``, a binary file's bytes) still gives an :class:`Article`, with an error-level
    problem saying why (``article.ok`` is ``False``; ``article.problems[0].code``: ``empty``,
    ``binary``, …), as ``marsad ingest`` stores such a record. Raises ``TypeError`` when ``data``
    is not ``str`` or bytes-like (a :class:`~pathlib.Path`: the message points to
    :func:`parse_path`), ``ValueError`` for an unknown ``fmt`` or when ``data`` is a file name
    instead of a text (a ``str`` of one word that names a file or ends in ``.txt``, ``.json``,
    ``.zip`` …: use :func:`parse_path`).
    """
    from marsad.io.readers import read_records

    data, fmt = _checked_input(data, fmt, "parse")
    records = read_records(data, source=source, fmt=fmt)
    article = next(records, None)
    if article is None:  # (read_records yields at least one record)
        raise ValueError(f"no article found in {source}")
    rest = sum(1 for _ in records)
    if rest:
        # (new-user report nu33, M7: the other records were dropped without a word)
        article.warn(
            "more-records",
            f"the input holds {rest + 1:,} records; marsad.parse returns the first "
            "(marsad.parse_many yields them all)",
        )
    return annotate(article)


def parse_path(*paths: str | Path, fmt: str | None = None) -> Iterator[Article]:
    """Yield annotated articles from files, folders, ``.zip`` and ``.tar.gz`` archives, streamed.

    ``paths``: each a ``str`` or :class:`os.PathLike`, given as separate arguments
    (``parse_path(a, b)``; a list: ``parse_path(*names)``). Raises at once, when called: ``TypeError``
    for any other argument (a list, bytes), ``ValueError`` for an unknown ``fmt``. A missing or
    unreadable path is no exception: it yields an article with an error-level problem."""
    from marsad.io.formats import FORMATS
    from marsad.io.sources import iter_articles

    for p in paths:
        if isinstance(p, (list, tuple, set, frozenset)):
            raise TypeError(
                f"marsad.parse_path takes paths as separate arguments, not a {type(p).__name__}: "
                "parse_path(*names)"
            )
        if not isinstance(p, (str, os.PathLike)):
            raise TypeError(f"marsad.parse_path expects str or os.PathLike paths, not {type(p).__name__}")
    if isinstance(fmt, str):
        fmt = fmt.strip().lower()
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    return (annotate(article) for article in iter_articles(paths, fmt=fmt))


def annotate_all(articles: Iterable[Article]) -> Iterator[Article]:
    """Annotate a stream of already-read articles."""
    for a in articles:
        yield annotate(a)
