"""Person linking scored against hand-written gold clusters on 20 random real articles (issue 5).

Gold: ``tests/data/entities/linking_gold.json`` — 13 ANT v2.1 and 7 SaudiNewsNet (2015-07-26) articles
drawn at random (seed 20261129; 600–2,600 characters with a title or role word; not the seed article),
read by hand: every person named in the article, with each mention of that person (name as written,
given name or surname alone, nickname, spelling variant, and anaphoric role nouns such as
``الرئيس الفلسطيني`` or ``المدرب`` standing for a person named earlier) as ``[start, end, text, kind]``
(``kind``: ``name`` / ``nominal``; offsets into ``Article.text``), plus the roles the article gives.
The file holds locators and short strings only; the articles are read from ``../shared``. A second
file, ``linking_gold_heldout.json``, holds 6 more random articles annotated the same way without
looking at the system's output (see :data:`GOLD_SETS`).

Scores (:func:`score`): B-cubed (Bagga & Baldwin 1998) over person mentions, where a mention with no
twin on the other side scores 0 (a missed gold mention 0 recall, a spurious system mention — a word
that is no person, or a person the gold does not list — 0 precision), so that detection and
linking errors both count; a spurious mention still lowers the precision of the mentions it is
clustered with. Only the title and the kept prose blocks count (the entities stage
reads nothing else: the repeated ABSTRACT of ANT files is removed by the layout). A system mention
aligns with the gold mention it overlaps most (one to one); a title word that the stage made a
nominal mention right before a name of the same entity (``الرئيس`` of ``الرئيس دونالد ترامب``) is
part of that naming, not a reference of its own, and is left out. ``role_accuracy``: share of
gold persons with roles whose system entity (the one holding most of their mentions) has a role
compatible with one of them (equal or one containing the other, spelling-normalized);
``wrong_roles``: system roles of aligned entities compatible with none of the person's gold roles
when the gold lists some (a role taken from another person's apposition).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).parent / "data" / "entities"
GOLD = GOLD_DIR / "linking_gold.json"


def _kept_spans(article) -> list[tuple[int, int]]:
    spans = [(b.start, b.end) for b in article.paragraphs]
    if article.title is not None:
        spans.append((article.title.start, article.title.end))
    return spans


def _inside(spans, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _title_of_name(article, mentions, i: int) -> bool:
    """Is system mention ``i`` a role-only word right before a name of the same entity?"""
    from marsad.entities.registry import is_role_only

    m = mentions[i]
    if not is_role_only(m.text):
        return False
    for n in mentions[i + 1 :]:
        if n.start < m.end:
            continue
        between = article.text[m.end : n.start]
        if any(ch in between for ch in ".،,؛:!?؟\"«»()\n") or len(between.split()) > 3:
            return False
        return n.entity == m.entity
    return False


def _role_ok(sys_role: str, gold_role: str) -> bool:
    from marsad.entities.aliases import name_key

    a, b = name_key(sys_role), name_key(gold_role)
    return bool(a and b) and (a == b or a in b or b in a)


def score_article(article, gold_persons: list[dict]) -> dict:
    """B³ sums, mention counts and role checks of one article (see module doc)."""
    spans = _kept_spans(article)
    gold = [
        (s, e, pi)
        for pi, p in enumerate(gold_persons)
        for s, e, _t, _k in p["mentions"]
        if _inside(spans, s, e)
    ]
    sysm = sorted(
        (m for m in article.mentions if m.type == "PER" and _inside(spans, m.start, m.end)), key=lambda m: m.start
    )
    sysm = [m for i, m in enumerate(sysm) if not _title_of_name(article, sysm, i)]
    # one-to-one alignment, largest overlap first
    pairs = sorted(
        ((min(e, m.end) - max(s, m.start), gi, si) for gi, (s, e, _) in enumerate(gold)
         for si, m in enumerate(sysm) if min(e, m.end) > max(s, m.start)),
        reverse=True,
    )  # fmt: skip
    g2s: dict[int, int] = {}
    s2g: dict[int, int] = {}
    for _ov, gi, si in pairs:
        if gi not in g2s and si not in s2g:
            g2s[gi], s2g[si] = si, gi
    gold_cluster = {gi: {gj for gj, (_, _, pj) in enumerate(gold) if pj == p} for gi, (_, _, p) in enumerate(gold)}
    sys_cluster = {
        si: {sj for sj, n in enumerate(sysm) if n.entity == m.entity} for si, m in enumerate(sysm)
    }

    def sys_as_gold(si: int):  # a system mention in gold ids (spurious: its own id)
        return ("g", s2g[si]) if si in s2g else ("s", si)

    r_sum = 0.0
    for gi in range(len(gold)):  # a missed mention: recall 0
        if gi in g2s:
            g = {("g", x) for x in gold_cluster[gi]}
            r_sum += len(g & {sys_as_gold(sj) for sj in sys_cluster[g2s[gi]]}) / len(g)
    p_sum = 0.0
    for si in range(len(sysm)):  # a spurious mention (no gold person mention): precision 0
        if si in s2g:
            s = {sys_as_gold(sj) for sj in sys_cluster[si]}
            p_sum += len({("g", x) for x in gold_cluster[s2g[si]]} & s) / len(s)
    roles_gold = roles_hit = wrong_roles = 0
    for pi, p in enumerate(gold_persons):
        if not any(pj == pi for _, _, pj in gold):
            continue  # named only outside the kept text (a teaser of another story): not scored, as its mentions
        ents = [sysm[g2s[gi]].entity for gi, (_, _, pj) in enumerate(gold) if pj == pi and gi in g2s]
        if not ents:
            roles_gold += bool(p["roles"])
            continue
        ent = article.entities[max(set(ents), key=ents.count)]
        if p["roles"]:
            roles_gold += 1
            roles_hit += any(_role_ok(r, g) for r in ent.roles for g in p["roles"])
            wrong_roles += sum(not any(_role_ok(r, g) for g in p["roles"]) for r in ent.roles)
    return {
        "gold": len(gold), "sys": len(sysm), "aligned": len(g2s), "r_sum": r_sum, "p_sum": p_sum,
        "roles_gold": roles_gold, "roles_hit": roles_hit, "wrong_roles": wrong_roles,
    }  # fmt: skip


def score(articles_and_gold) -> dict:
    """Micro-averaged B³ precision/recall/F1 over ``(article, gold persons)`` pairs, role accuracy."""
    tot: dict[str, float] = {}
    for article, persons in articles_and_gold:
        for k, v in score_article(article, persons).items():
            tot[k] = tot.get(k, 0) + v
    p = tot["p_sum"] / tot["sys"] if tot["sys"] else 1.0
    r = tot["r_sum"] / tot["gold"] if tot["gold"] else 1.0
    return {
        "b3_precision": round(p, 4), "b3_recall": round(r, 4),
        "b3_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "mention_recall": round(tot["aligned"] / tot["gold"], 4), "mention_precision": round(tot["aligned"] / tot["sys"], 4),
        "role_accuracy": round(tot["roles_hit"] / tot["roles_gold"], 4), "wrong_roles": int(tot["wrong_roles"]),
        "gold_mentions": int(tot["gold"]), "system_mentions": int(tot["sys"]),
    }  # fmt: skip


def load_gold_articles(shared_root: Path, gold_path: Path = GOLD):
    """``[(Article, gold persons)]`` for the gold file, articles read from ``shared_root`` (each tar
    archive in one pass)."""
    import tarfile

    import marsad
    from marsad.quotes.evaluate import fetch_source

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw: dict[int, bytes] = {}
    by_tar: dict[str, dict[str, int]] = {}
    for i, item in enumerate(gold["articles"]):
        src = item["source"]
        if src["archive"].endswith(".tar.gz"):
            by_tar.setdefault(src["archive"], {})[src["member"]] = i
        else:
            raw[i] = fetch_source(shared_root, src)[0]
    for archive, members in by_tar.items():
        with tarfile.open(shared_root / archive, "r:gz") as tf:
            for ti in tf:
                if ti.name in members:
                    raw[members[ti.name]] = tf.extractfile(ti).read()
    out = []
    for i, item in enumerate(gold["articles"]):
        article = next(iter(marsad.parse_many(raw[i], source=item["source"]["member"])))
        assert len(article.text) == item["text_length"], item["source"]
        out.append((article, item["persons"]))
    return out


#: Gold sets: (file, articles, mentions, floors). Floors sit a little under the values measured at
#: the commit that added them (docs/entities.md, "Linking evaluation"), leaving room for tagger changes:
#: * linking_gold.json — 20 random articles; before the third-round rules (commit 8111fa9) B³ P 0.840
#:   / R 0.744, roles 0.54, 0 wrong; after them 0.872 / 0.835, roles 0.74, 0 wrong (not blind: the
#:   rules were written after reading these articles);
#: * linking_gold_heldout.json — 6 more random articles (seed 20261130), annotated without looking at
#:   the system's output and scored once on the third-round code (commit 1390358):
#:   P 0.900 / R 0.654, roles 0.667, 1 wrong (before the round: 0.892 / 0.573, 0.50, 1 wrong); after
#:   the two rules written for its errors (a spokesman's principal gets no role, منطقة is an
#:   institution head) 0.923 / 0.654, 0.667, 0 wrong — no longer blind.
GOLD_SETS = [
    ("linking_gold.json", 20, 160, {"b3_precision": 0.85, "b3_recall": 0.81, "role_accuracy": 0.70, "wrong_roles": 1}),
    ("linking_gold_heldout.json", 6, 59, {"b3_precision": 0.89, "b3_recall": 0.62, "role_accuracy": 0.60, "wrong_roles": 1}),
]


def test_gold_files_hold_locators_and_short_strings_only():
    for name, articles, mentions, _floors in GOLD_SETS:
        gold = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))
        assert len(gold["articles"]) == articles
        for item in gold["articles"]:
            assert set(item["source"]) <= {"archive", "member", "record"}
            assert "000_146a293be66b7c19" not in item["source"]["member"]
            for p in item["persons"]:
                assert p["mentions"] and p["name"]
                for s, e, text, kind in p["mentions"]:
                    assert e - s == len(text) <= 40 and kind in ("name", "nominal")
        assert sum(len(p["mentions"]) for a in gold["articles"] for p in a["persons"]) == mentions


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "articles", "mentions", "floors"), GOLD_SETS, ids=[g[0] for g in GOLD_SETS])
def test_linking_scores_on_gold(shared, name, articles, mentions, floors):
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    pairs = load_gold_articles(shared(), GOLD_DIR / name)
    for article, persons in pairs:  # the offsets still point at the strings
        for p in persons:
            for s, e, text, _kind in p["mentions"]:
                assert article.text[s:e] == text, (p["name"], text)
    s = score(pairs)
    print(name, s)
    assert s["b3_precision"] >= floors["b3_precision"], s
    assert s["b3_recall"] >= floors["b3_recall"], s
    assert s["role_accuracy"] >= floors["role_accuracy"], s
    assert s["wrong_roles"] <= floors["wrong_roles"], s
