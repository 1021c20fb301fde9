"""Commands ``marsad quotes`` and ``marsad eval quotes`` (thin: the work is in :mod:`marsad.quotes`)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Annotated

import typer

from marsad.cli.app import app, eval_app, fail, iso_date_option, open_readonly


@app.command("quotes")
def quotes_cmd(
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            help="Only quotes by this speaker: whole words (spelling folded, punctuation dropped) of the"
            " speaker's name or of the linked entity's name, an alias or a role (الرئيس التركي).",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--from", help="Only articles published on/after DATE (ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date-time; or a date as written in the news, e.g. '14 تشرين الأول 2018')."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--to", help="Only articles published on/before DATE, the whole period included (2018-07 is all of July), as search's to:."),
    ] = None,
    db: Annotated[Path, typer.Option("--db", help="The store: one SQLite file.")] = Path("marsad.db"),
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most quotes to print.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    copies: Annotated[
        bool,
        typer.Option(
            "--copies",
            help="Also list the quotes of articles stored as copies of an earlier one (duplicate_of);"
            " by default a copied article's quotes are listed once, from the first.",
        ),
    ] = False,
    oldest_first: Annotated[
        bool,
        typer.Option(
            "--oldest-first",
            help="Oldest article first (a timeline); the default lists the newest first.",
        ),
    ] = False,
    count: Annotated[
        bool,
        typer.Option(
            "--count",
            help="Count quotes per speaker instead (one person once across spellings: by the entity registry"
            " key), most first; --limit speakers.",
        ),
    ] = False,
) -> None:
    """List quotations (speaker, kind, cue, text) across the store; with --json each has the speaker's
    registry key (one key per person across spellings)."""
    from marsad.quotes.store import query_quotes, speaker_counts

    since = iso_date_option(since, "--from")
    until = iso_date_option(until, "--to")
    if since and until and _empty_period(since, until):
        fail(f"--from {since} is after --to {until}: no article can match", code=2)
    wanted = _speaker_words(speaker)
    conn = open_readonly(db)
    try:
        # one more than asked: a cut list says so (nu29 item 12: 50 of 522 printed with no word)
        rows = query_quotes(conn, speaker=speaker if wanted else None, since=since,
                            limit=_ALL if count else limit + 1, copies=copies, until=until,
                            with_keys=as_json or count, oldest_first=oldest_first)
    except (LookupError, sqlite3.Error) as exc:
        fail(f"cannot read quotes from {db}: {exc}")
    if count:
        every = speaker_counts(rows)
        groups = every[:limit]
        # the entity by the name `marsad entities` shows, not its registry key: the curated key
        # PER:دونالد ترمب is the spelling of 3 articles, ترامب of 337 (new-user report nu32)
        shown = _entity_names(conn, [g["key"] for g in groups])
        for g in groups:
            if g["key"] in shown:
                g["entity"] = shown[g["key"]]
            if as_json:
                typer.echo(json.dumps(g, ensure_ascii=False))
            else:
                others = ", ".join(f"{s} ×{n}" for s, n in g["spellings"].items() if s != g["name"])
                entity = f"{g['key'].split(':', 1)[0]}: {shown[g['key']]}" if g["key"] in shown else g["key"]
                typer.echo(
                    f"{g['quotes']:>6}  {g['name']}"
                    + (f"  [{entity}]" if g["key"] else "")
                    + (f"  (also: {others})" if others else "")
                )
        if not groups:
            typer.echo("no quotes found" + _missing_stage_note(db, "quotes") + _latin_note(speaker)
                       + _broader_note(conn, speaker, since, until, copies), err=True)
        elif len(every) > limit:
            typer.echo(f"{len(every) - limit:,} more speakers not shown: raise --limit (now {limit})", err=True)
        return
    more = len(rows) > limit
    rows = rows[:limit]
    for r in rows:
        if as_json:
            typer.echo(json.dumps({k: getattr(r, k) for k in r.__slots__}, ensure_ascii=False))
        else:
            typer.echo(
                f"[{r.article_id}] {r.published or '-'}{' (crawl time)' if r.published_is_crawl_time else ''}"
                f" {r.speaker or '?'} ({r.kind}, {r.cue}): {r.text}"
                + ("  [in a teaser of another story]" if r.related else "")
            )
    if not rows:
        typer.echo("no quotes found" + _missing_stage_note(db, "quotes") + _latin_note(speaker)
                   + _broader_note(conn, speaker, since, until, copies), err=True)
    elif more:
        typer.echo(f"more quotes not shown: raise --limit (now {limit})", err=True)


def _broader_note(conn, speaker: str | None, since, until, copies: bool) -> str:
    """``""``, or a hint when ``--speaker`` ends in a relative adjective (nisba, search key ending in
    ``ي``/``يه``: ``السعودية``, ``الأمريكي``) and the query without it finds quotes: the articles name a
    speaker as the context allows (``وزارة الداخلية`` in a Saudi paper), so the stored speaker often
    lacks the country the user adds (nu31: ``--speaker "وزارة الداخلية السعودية"`` found nothing while
    ``وزارة الداخلية`` has 18 quotes, of the Saudi, Egyptian and Afghan ministries)."""
    from marsad.quotes.store import query_quotes, speaker_query_words

    words = speaker_query_words(speaker) if speaker else []
    if len(words) < 2 or not (words[-1].endswith("ي") or words[-1].endswith("يه")):
        return ""
    shorter = " ".join(speaker.split()[:-1]) if len(speaker.split()) == len(words) else " ".join(words[:-1])
    try:
        rows = query_quotes(conn, speaker=shorter, since=since, until=until, limit=1001, copies=copies)
    except (LookupError, sqlite3.Error):
        return ""
    if not rows:
        return ""
    n = f"{len(rows):,}" if len(rows) <= 1000 else "over 1,000"
    return (
        f" for {speaker!r}; {n} by {shorter!r} (a speaker is stored as the article names it, often without"
        f" the country): try --speaker {shorter!r} and read the articles"
    )


def _latin_note(speaker: str | None) -> str:
    """``""``, or a hint when ``--speaker`` is written in Latin letters only: speakers are matched
    as the articles write them, in Arabic script (nu30: ``--speaker Erdogan`` found nothing, silently)."""
    if not speaker or not any("a" <= c.lower() <= "z" for c in speaker):
        return ""
    if any("\u0600" <= c <= "\u06ff" for c in speaker):
        return ""
    return (
        f" for {speaker!r}: speakers are matched as the articles write them, in Arabic script"
        " (e.g. --speaker أردوغان)"
    )


def _entity_names(conn: sqlite3.Connection, keys: list[str | None]) -> dict[str, str]:
    """:func:`marsad.entities.registry.key_names` of ``keys``; ``{}`` for a store without a registry."""
    from marsad.entities.registry import key_names

    try:
        return key_names(conn, [k for k in keys if k])
    except sqlite3.Error:
        return {}


#: ``--count`` reads every quote of the period (the groups are cut to ``--limit`` afterwards).
_ALL = 1 << 62


def _missing_stage_note(db: Path, stage: str) -> str:
    """``""``, or a note when no stored article went through ``stage`` (a ``--core`` store): then
    an empty listing means "not annotated", not "none found" (second-user finding)."""
    from marsad.cli.app import stage_coverage

    done, total = stage_coverage(db, stage)
    if total and done == 0:
        return (
            f": none of the {total:,} stored articles went through the {stage} stage (ingested with"
            " --core); ingest the same input again without --core to add it"
        )
    return ""


def _speaker_words(speaker: str | None) -> list[str] | None:
    """``--speaker`` as search-key words, punctuation dropped (``None`` when not given); blank or
    punctuation only is a usage error."""
    if speaker is None:
        return None
    from marsad.quotes.store import speaker_query_words

    words = speaker_query_words(speaker)
    if not words:
        fail("--speaker must name someone (it is blank)", code=2)
    return words


def _is_speaker(name: str | None, words: list[str]) -> bool:
    """True when ``words`` (search keys) occur as consecutive whole words of the speaker ``name``
    after search-key normalization (:func:`marsad.quotes.store.speaker_matches`, which also reads the
    linked entity's aliases and roles): ``ماي`` matches ``تيريزا ماي``, not ``مايك بومبيو`` or
    ``ألتماير``; ``لافروف`` matches ``سيرغي لافروف``; a word also matches the other spellings of
    the same transliterated name (:data:`marsad.search.variants.VARIANTS`: ``ترامب`` matches
    ``دونالد ترمب``), as search does."""
    from marsad.quotes.store import speaker_matches

    return speaker_matches([name], words)


@eval_app.command("quotes")
def eval_quotes(
    folder: Annotated[Path, typer.Argument(help="Raw articles, each beside <name>.gold.json.")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List misses and spurious quotes.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    shared: Annotated[
        Path | None,
        typer.Option(
            "--shared", help="Shared data folder for gold files that hold only locators (default $MARSAD_SHARED, else ../shared)."
        ),
    ] = None,
) -> None:
    """Precision, recall and speaker accuracy of quotation extraction against gold files (raw articles
    beside them, or locator-only gold such as tests/data/quotes, read from the shared data folder)."""
    from marsad.entities.train import default_shared
    from marsad.quotes.evaluate import evaluate_dir

    # the misses were printed after the JSON object, which no reader then parsed (cli28)
    if as_json and verbose:
        fail("--json and --verbose exclude each other (the JSON summary is one object)", code=2)

    if folder.exists() and not folder.is_dir():  # a path of the wrong kind: a usage error (cli30 item 3)
        fail(f"not a folder: {folder} (give the folder of the articles and their *.gold.json files)", code=2)
    try:
        report = evaluate_dir(folder, shared or default_shared())
    except (OSError, ValueError) as exc:  # a missing folder, a malformed gold file: one line naming it
        fail(str(exc))
    s = report.summary()
    if as_json:
        typer.echo(json.dumps(s))
    else:
        typer.echo(
            f"articles {s['articles']}  gold {s['gold']}  predicted {s['predicted']}  matched {s['matched']}\n"
            f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
            f"speaker accuracy {s['speaker_accuracy']:.3f}  exact boundaries {s['exact_boundaries']:.3f}"
        )
    if verbose:
        for f in report.files:
            for line in f.missed:
                typer.echo(f"{f.name}: MISS {line}")
            for line in f.spurious:
                typer.echo(f"{f.name}: SPURIOUS {line}")
            for line in f.wrong_speaker:
                typer.echo(f"{f.name}: SPEAKER {line}")


def _empty_period(since: str, until: str) -> bool:
    """True when no day is both on/after ``since`` and within ``until``'s whole period (``--to 2018``
    is all of 2018, so ``--from 2018-10-15 --to 2018`` is a period: nu28 found it refused). Dates
    are compared by calendar day, as the store's filter does; an instant bound is its own day."""
    from marsad.search.query import date_bound

    lo, hi = date_bound(since, upper=False), date_bound(until, upper=True)
    if lo is None or hi is None:
        return since[:10] > until[:10]
    if "T" in hi.upper():  # an instant: the last day is its own
        return lo[:10] > hi[:10]
    return lo[:10] >= hi[:10]  # the day after the period's end
