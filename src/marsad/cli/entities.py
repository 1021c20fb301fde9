"""Commands ``marsad entities``, ``marsad train ner`` and ``marsad eval ner`` (thin: the work is in
:mod:`marsad.entities`)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Annotated, Any

import typer

from marsad.cli.app import app, eval_app, fail, open_readonly, train_app

_TYPES = ("PER", "ORG", "LOC", "MISC")
#: Other names of the types (CoNLL/ACE/OntoNotes spellings).
_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
                 "LOCATION": "LOC", "GPE": "LOC", "PLACE": "LOC"}


@app.command()
def entities(
    db: Annotated[Path, typer.Option("--db", help="The store: one SQLite file.")] = Path("marsad.db"),
    type: Annotated[str | None, typer.Option("--type", "-t", help="PER, ORG, LOC or MISC.")] = None,
    # --limit as well: search, quotes and stories --list name their count so (nu26: a new user's
    # ``entities --limit 5`` said "No such option")
    top: Annotated[
        int, typer.Option("--top", "--limit", "-n", min=1, help="How many entities to list.")
    ] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list currencies and الله (left out by default; docs/entities.md).")
    ] = False,
    copies: Annotated[
        bool,
        typer.Option(
            "--copies",
            help="Also count articles stored as copies of an earlier one (duplicate_of); by default a"
            " copied article is counted once, as in search and quotes.",
        ),
    ] = False,
) -> None:
    """List the most-mentioned entities of the store with article/mention counts and aliases
    (currencies and الله are left out unless ``--all``)."""
    from marsad.entities.registry import top_entities

    if not copies:
        top_entities = top_entities_without_copies  # noqa: F811 - the default: copies counted once
    if type is not None:
        given = type
        type = _TYPE_ALIASES.get(type.strip().upper(), type.strip().upper())
        if type not in _TYPES:
            # the value as typed (PERSON was shown as 'PERON'), exit 2 as every bad option value
            fail(f"--type must be one of {', '.join(_TYPES)}, not {given!r}", code=2)
    conn = open_readonly(db)
    try:
        # one more than asked: a cut list says so (nu29 item 12: 20 of 9,805 printed with no word)
        rows = top_entities(conn, type, top + 1, include_common=show_all)
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            fail(f"{db} has no entity registry (ingest with the entities stage)")
        fail(f"cannot read {db}: {exc}")
    except sqlite3.DatabaseError as exc:
        fail(f"cannot read {db}: {exc}")
    more = len(rows) > top
    rows = rows[:top]
    try:
        for r in rows:
            r["roles"] = top_roles(conn, [r["key"], *r.get("merged", [])])
    except sqlite3.Error:  # a store without entity_links (built by an older Marsad): no roles
        pass
    if as_json:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        if more:
            typer.echo(f"more entities not shown: raise --top or --limit (now {top})", err=True)
        return
    if not rows:
        from marsad.cli.quotes import _missing_stage_note

        typer.echo("no entities" + _missing_stage_note(db, "entities"))
        return
    typer.echo(f"{'type':<5} {'articles':>8} {'mentions':>8}  name  (aliases)")
    for r in rows:
        al = f"  ({' | '.join(r['aliases'])})" if r["aliases"] else ""
        roles = "; ".join(f"{role} ×{n}" for role, n in r.get("roles", []))
        typer.echo(f"{r['type']:<5} {r['articles']:>8} {r['mentions']:>8}  {r['name']}{al}"
                   + (f"  — {roles}" if roles else ""))
    if more:
        typer.echo(f"more entities not shown: raise --top or --limit (now {top})", err=True)


def top_roles(conn: sqlite3.Connection, keys: list[str], n: int = 3) -> list[list[Any]]:
    """The ``n`` roles most often given to the entity of registry ``keys`` (its key and the keys
    merged under it), as ``[role, articles]`` pairs, most articles first (a role counted once an
    article; ties by role). The roles are the per-article ``entity_links.roles`` (the title phrase
    before or after a mention: ``وزير الخارجية الروسي``; see docs/entities.md); a role seen in one
    article only is left out when the entity is in more than one (nu26 G3: ``marsad entities``
    showed no roles; a person's roles were only per article)."""
    from collections import Counter

    counts: Counter[str] = Counter()
    articles = set()
    for lo in range(0, len(keys), 500):
        part = keys[lo : lo + 500]
        for aid, roles in conn.execute(
            f"SELECT article_id, roles FROM entity_links WHERE key IN ({','.join('?' * len(part))})", part
        ):
            articles.add(aid)
            try:
                counts.update(set(json.loads(roles or "[]")))
            except (ValueError, TypeError):
                continue
    floor = 2 if len(articles) > 1 else 1
    ranked = sorted(((r, c) for r, c in counts.items() if c >= floor and isinstance(r, str) and r),
                    key=lambda rc: (-rc[1], rc[0]))
    return [[r, c] for r, c in ranked[:n]]


def top_entities_without_copies(
    conn: sqlite3.Connection, type: str | None = None, limit: int = 20, include_common: bool = False
) -> list[dict]:
    """:func:`marsad.entities.registry.top_entities` with the articles stored as copies of an
    earlier one (``articles.duplicate_of`` set: the same title and prose in other bytes, such as one
    text in UTF-8, cp1256 and UTF-16) left out of the counts, as ``marsad search`` folds them and
    ``marsad quotes`` lists their quotes once (hostile-tester report rob23, HIGH 2: one article
    stored three times was "3 articles, 24 mentions"). Same dict shape; an entity found only in
    copies is dropped.

    The registry's counts include every article. Only entities linked to a copy
    (``entity_links`` of those articles: ``A`` keys) can lose counts, and only downwards, so the
    true first ``limit`` are among the registry's first ``limit + A``; those touched are counted
    again from ``entity_links`` (articles: distinct non-copy articles of the entity and its merged
    keys; mentions: less the copies' mentions). A store without ``duplicate_of`` or without copies
    costs one query more than ``top_entities``."""
    from marsad.entities.registry import top_entities

    cols = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    if "duplicate_of" not in cols:
        return top_entities(conn, type, limit, include_common=include_common)
    copy_keys = {
        k
        for (k,) in conn.execute(
            "SELECT DISTINCT l.key FROM entity_links l JOIN articles a ON a.id = l.article_id "
            "WHERE a.duplicate_of IS NOT NULL"
        )
    }
    if not copy_keys:
        return top_entities(conn, type, limit, include_common=include_common)
    out = []
    for r in top_entities(conn, type, limit + len(copy_keys), include_common=include_common):
        keys = [r["key"], *r.get("merged", [])]
        if copy_keys.isdisjoint(keys):
            out.append(r)
            continue
        marks = ",".join("?" * len(keys))
        arts, copy_mentions = conn.execute(
            "SELECT COUNT(DISTINCT CASE WHEN a.duplicate_of IS NULL THEN l.article_id END), "
            "COALESCE(SUM(CASE WHEN a.duplicate_of IS NOT NULL THEN l.mentions END), 0) "
            f"FROM entity_links l JOIN articles a ON a.id = l.article_id WHERE l.key IN ({marks})",
            keys,
        ).fetchone()
        if arts:
            out.append({**r, "articles": arts, "mentions": max(r["mentions"] - copy_mentions, 0)})
    out.sort(key=lambda r: (-r["articles"], -r["mentions"], r["key"]))
    return out[:limit]


@train_app.command("ner")
def train_ner_cmd(
    shared: Annotated[
        Path | None, typer.Option("--shared", help="The shared data folder (default $MARSAD_SHARED, else ../shared).")
    ] = None,
    no_clusters: Annotated[
        bool, typer.Option("--no-clusters", help="Keep the shipped word clusters (skip ~1 min).")
    ] = False,
    dev: Annotated[
        bool, typer.Option("--dev", help="Train on the train part, report the dev split (nothing written).")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Folder to write the model to (default ./models/ner). Use it with MARSAD_NER_MODEL=FOLDER;"
            " score it with marsad eval ner --model FOLDER.",
        ),
    ] = None,
    replace_shipped: Annotated[
        bool,
        typer.Option(
            "--replace-shipped",
            help="Replace the model shipped in the package instead (each replaced file kept as .bak).",
        ),
    ] = False,
) -> None:
    """Train a NER model (gazetteers, word clusters, CRF) from ../shared into a folder of your own;
    the shipped model is replaced only with --replace-shipped."""
    from marsad import settings
    from marsad.entities.evaluate import format_scores
    from marsad.entities.train import DEFAULT_OUT, default_shared, train_ner

    if out is not None and replace_shipped:
        fail("--out and --replace-shipped exclude each other (one target folder)", code=2)
    if dev and (out is not None or replace_shipped):  # --dev writes nothing: the target was dropped (cli28)
        given = "--out" if out is not None else "--replace-shipped"
        fail(f"--dev writes no model, so {given} does not go with it", code=2)
    if out is not None and out.exists() and not out.is_dir():  # refused before training (cli30 item 3)
        fail(f"--out {out} is not a folder: the model is a folder of files", code=2)
    root = shared or default_shared()
    try:
        res = train_ner(
            root, rebuild_clusters=not no_clusters, dev=dev, out=out, replace_shipped=replace_shipped,
            log=typer.echo,
        )
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write the model: {exc}")
    if dev:
        typer.echo(format_scores(res))
        return
    typer.echo(f"model: {res['model']} ({res['bytes'] / 1e6:.1f} MB, trained on {res['tokens']:,} tokens)")
    for b in res["backups"]:
        typer.echo(f"previous file kept: {b}")
    if not replace_shipped:
        folder = out or DEFAULT_OUT
        typer.echo(
            f"not in use yet: score it with `marsad eval ner --model {folder}`, use it with "
            f"{settings.NER_MODEL_ENV}={folder} marsad ingest …"
        )


@eval_app.command("ner")
def eval_ner_cmd(
    file: Annotated[Path | None, typer.Argument(help="Two-column token-TAG BIO file.")] = None,
    no_consistency: Annotated[
        bool, typer.Option("--no-consistency", help="Sentence-level tags only (no document pass).")
    ] = False,
    model: Annotated[
        Path | None,
        typer.Option("--model", help="A model folder written by marsad train ner (default: the model in use)."),
    ] = None,
) -> None:
    """Entity-level P/R/F1 (conlleval) per type and overall; default file: ANERcorp test."""
    from marsad.entities.evaluate import format_scores
    from marsad.entities.train import TEST_FILE, default_shared, evaluate_file

    path = file or default_shared().joinpath(*TEST_FILE)
    if not path.exists():
        if file is None:
            typer.echo(f"skipped: the default test file is absent ({path}); pass a BIO file")
            return
        fail(f"no such file: {path}")
    if path.is_dir():
        fail(f"{path} is a folder: give a two-column `token TAG` BIO file", code=2)  # cli30 item 3
    try:
        res = evaluate_file(path, consistency=not no_consistency, model=model)
    except FileNotFoundError as exc:
        fail(str(exc))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        fail(f"cannot evaluate {path}: {exc}")
    typer.echo(f"{path}")
    typer.echo(format_scores(res))
