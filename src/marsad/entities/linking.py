"""Linking mentions inside one article into entities (issue 5).

Input: the article's tokens by sentence and candidate mentions (token ranges with a type). Steps,
each a small named function:

1. :func:`mention_name` — the name a mention stands for: proclitics removed (done by the stage),
   ``لل`` restored to ``ال``, titles stripped from person names.
2. :func:`marsad.entities.aliases.canonical` — curated alias groups and the spelling key.
3. :func:`group_by_key` — mentions with one registry key are one entity.
4. :func:`link_partial_names` — a person mention whose tokens are a contiguous part of a longer
   person name (``لافروف`` ⊂ ``سيرغي لافروف``) joins that person (the nearest preceding one when
   several match; a given name alone that two people of the article bear joins neither); a single-token LOC/ORG/MISC mention equal to a token of a person's name that no
   gazetteer lists as a place or organisation is re-typed as that person (a tagger slip).
5. Roles (:mod:`marsad.entities.roles`) are attached to persons; nominal references (``الوزير``)
   become mentions of the last person whose role contains the noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.entities.aliases import canonical, clean_name, name_key, strip_titles
from marsad.entities.features import ner_norm, proclitic_splits
from marsad.text.letters import has_letter_forms


@dataclass(slots=True)
class Cand:
    """A candidate mention: raw offsets, type, text as written (proclitics removed), the raw form of
    the whole tokens (``surface``), sentence/token position, and tagger confidence."""

    start: int
    end: int
    type: str
    text: str
    surface: str
    sent: int
    tok_first: int
    tok_end: int
    score: float = 1.0
    name: str = ""
    key: str = ""
    curated: bool = False
    entity: int = -1
    nominal: bool = False
    #: Made by the given-name rule (a first name written alone where the tagger said O; ent30).
    given: bool = False


@dataclass(slots=True)
class Group:
    """An entity under construction."""

    key: str
    type: str
    name: str
    curated: bool
    members: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    #: Bare nouns of titles written right before a mention of the name (``الملك سلمان`` → ``ملك``).
    titles: set[str] = field(default_factory=set)
    #: Sovereign or royal title kept in the name of a person known only by title and given name
    #: (``الملك سلمان``; see :func:`qualify_titled_given_names`), else "".
    title: str = ""


def mention_name(c: Cand) -> str:
    """The name ``c`` stands for (see module doc, step 1), cleaned (:func:`clean_name`: no hashtag
    marks, ``_`` as a space, no harakat or tatweel): ``دونالد #ترمب`` → ``دونالد ترمب``."""
    toks = clean_name(c.text).split()
    if toks:
        first = toks[0]
        if first.startswith("لل") and len(first) > 3:
            toks[0] = "ال" + first[2:]
    name = " ".join(toks)
    return strip_titles(name) if c.type == "PER" else name


def group_by_key(cands: list[Cand]) -> list[Group]:
    """One group per registry key, in order of first mention; fills ``name``/``key``/``entity``."""
    groups: list[Group] = []
    by_key: dict[str, int] = {}
    for i, c in enumerate(cands):
        c.name = c.name or mention_name(c)  # a rule may have named it (currencies: nonnames.currency_name)
        canon, key, curated = canonical(c.name, c.type)
        c.key, c.curated = key, curated
        g = by_key.get(key)
        if g is None:
            g = by_key[key] = len(groups)
            groups.append(Group(key=key, type=key.split(":", 1)[0], name=canon, curated=curated))
        groups[g].members.append(i)
        c.entity = g
    return groups


_ABD = name_key("عبد")


#: Second words of compound names (``فضل الله``, ``تقي الدين``), name keys: one word with the first.
_COMPOUND_TAILS = frozenset(name_key(w) for w in ("الله", "الدين"))


@lru_cache(maxsize=100_000)
def _tokens_of(name: str) -> tuple[str, ...]:
    """The words of a name's key with each ``عبد`` compound written as one word: ``عبد الله`` and
    ``عبدالله`` are one name in two spellings (``عبدالله صالح`` ⊂ ``علي عبد الله صالح``); so is each
    ``X الله`` / ``X الدين`` compound (``ملا فضل الله`` has no word ``الله`` that ``أرض الله`` could be)."""
    out: list[str] = []
    for t in name_key(name).split():
        if out and (out[-1] == _ABD or t in _COMPOUND_TAILS):
            out[-1] += t  # and 'فضل الله' / 'تقي الدين': the tail is never a name of its own
        else:
            out.append(t)
    return tuple(out)


def _compound_head(tok: str) -> bool:
    """Does ``tok`` (a :func:`_tokens_of` word) open a compound surname or a name by the father
    (:data:`COMPOUND_HEADS`; ``عبد`` compounds are one word there: ``عبدالناصر``)?"""
    return tok in COMPOUND_HEADS or (tok.startswith(_ABD) and len(tok) > len(_ABD))


#: Patronymic markers (normalized): in ``محمد بن سلمان`` the words after ``بن`` name the father, so
#: ``سلمان`` alone (``الملك سلمان``) is not a short form of the son; ``بن سلمان`` is.
PATRONYMIC_MARKERS = frozenset({"بن", "ابن", "بنت", "ولد"})


#: First words of compound surnames and name-by-father forms (normalized): a two-word tail of a
#: longer name that starts with one of them is the bearer's own surname (``عبد الناصر``,
#: ``أبو اليزيد``, ``ديل تورو``, ``بن سلمان``), not the father's full name.
COMPOUND_HEADS = PATRONYMIC_MARKERS | frozenset(
    name_key(w) for w in ("عبد", "أبو", "ابو", "أم", "بو", "آل", "ذو", "دي", "دا", "ديل", "دو", "فان", "فون", "لا", "لو", "ال")
)  # fmt: skip
#: Words after which a part of a name is no short form of its bearer (normalized): the patronymic
#: markers (the father) and the Arabic family and kunya heads ``آل``, ``أبو``, ``أم``, ``بو``, ``ذو``:
#: ``سعود`` of ``محمد بن سلمان … آل سعود`` names the family's founder (``الأمير سعود`` is another
#: person), ``بكر`` of ``أبو بكر البغدادي`` no one (nu31: ``سعود`` was an alias of both محمد بن سلمان
#: and محمد بن نايف in one store).
NO_PART_AFTER = PATRONYMIC_MARKERS | frozenset(name_key(w) for w in ("آل", "أبو", "أم", "بو", "ذو"))
#: Compound given names (Persian usage, normalized pairs): in ``محمد جواد ظريف`` the given name is
#: ``محمد جواد`` and ``جواد ظريف`` is the bearer's short form, not a father's name. Only second parts
#: that are rare as an Arab father's name after ``محمد`` are listed (not ``علي``, ``حسن``, ``حسين``).
COMPOUND_GIVEN_NAMES = frozenset(
    (name_key(a), name_key(b))
    for a, b in (("محمد", "جواد"), ("محمد", "باقر"), ("محمد", "رضا"), ("محمد", "مهدي"), ("محمد", "تقي"),
                 ("محمد", "صادق"), ("محمد", "كاظم"), ("علي", "أكبر"), ("علي", "رضا"))
)  # fmt: skip
#: Ordinal (regnal) numbers, normalized: ``الثاني`` in ``عبدالله الثاني`` is no short form of the name.
ORDINAL_KEYS = frozenset(
    name_key(w)
    for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر")
)  # fmt: skip


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is ``short`` a contiguous part of the name ``long`` that can stand for its bearer? Not when

    * the part starts right after a patronymic marker or a family/kunya head (:data:`NO_PART_AFTER`);
    * the part is only ordinal numbers (:data:`ORDINAL_KEYS`: ``الثاني`` of ``عبدالله الثاني``);
    * the part is a full name of two or more words at the end of the longer name, after a given
      name (``سمير غانم`` in ``إيمي سمير غانم``): Arabic names chain the person's given name and
      the father's (and grandfather's) names, so the tail is most likely the father, a different
      person. A definite word before it is a nisba or title, not a given name
      (``الأميركي دونالد ترمب``), and a part that starts with a word of :data:`COMPOUND_HEADS`
      (``بن سلمان``, ``عبد الناصر`` of ``جمال عبد الناصر``, ``ديل تورو``) is the bearer's compound
      surname or his name by his father, and the tail of a compound given name
      (:data:`COMPOUND_GIVEN_NAMES`: ``جواد ظريف`` of ``محمد جواد ظريف``) is the bearer: all keep the
      part linkable."""
    n = len(short)
    cut = n > 1 and short[-1] == _ABD  # a name cut after 'عبد' ('إيناس عبد' of 'إيناس عبد الدايم')
    if n > len(long) or (n == len(long) and (not cut or short == long)) or all(t in ORDINAL_KEYS for t in short):
        return False
    for i in range(len(long) - n + 1):
        window = long[i : i + n]
        if cut and window[:-1] == short[:-1] and window[-1].startswith(_ABD):
            window = short
        if window != short or (i > 0 and long[i - 1] in NO_PART_AFTER):
            continue
        if (
            n >= 2 and i > 0 and i + n == len(long) and not long[i - 1].startswith("ال")
            and not _compound_head(short[0]) and (long[i - 1], short[0]) not in COMPOUND_GIVEN_NAMES
        ):  # fmt: skip
            continue  # a father's name at the end of the child's name
        return True
    return False


def _credible_person(p: Group, forms, cands: list[Cand], gazetteer, person_tokens, short_names) -> bool:
    """Is the person ``p`` more than a tagger slip for the question "do two people share this given
    name"? Yes when named twice or more (its surname alone counts: ``short_names``, the names of the
    article's person groups), or when a word of its name after the first is a known name (a
    person-name token, a ``PER`` gazetteer entry): ``شيرين باعتذار`` (a name run on into the next
    word, once) does not make ``شيرين`` ambiguous beside ``شيرين عبد الوهاب``."""
    if sum(not cands[m].nominal for m in p.members) >= 2:
        return True
    for form in forms:  # the written forms of its name ('دونالد ترامب' of the curated 'دونالد ترمب')
        words = form[1:]
        if any(words[i:j] in short_names for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
            return True
        if any(w in person_tokens or (gazetteer is not None and "PER" in gazetteer.token_types(w)) for w in words):
            return True
    return False


def _two_people(names: list[tuple[str, ...]]) -> bool:
    """Do these full names (word tuples) name two people or more? Not when every one is made of
    words of the longest (``كيم جونغ`` and ``كيم جونغ أون``: one tagged short)."""
    if len(names) < 2:
        return False
    longest = set(max(names, key=len))
    return any(not set(n) <= longest for n in names)


def link_partial_names(
    cands: list[Cand], groups: list[Group], gazetteer=None, person_tokens: frozenset[str] | set[str] = frozenset()
) -> list[Group]:
    """Merge partial person names into full ones and re-type stray surname mentions (step 4).

    Returns the surviving groups (re-indexed; ``Cand.entity`` updated)."""
    persons = [g for g in groups if g.type == "PER"]
    # every name a person is written with in the article (a curated canonical name may be spelled
    # otherwise here: 'دونالد ترامب' → 'دونالد ترمب', and 'ترامب' is part of the written form)
    full = {id(g): {_tokens_of(g.name)} | {_tokens_of(cands[m].name) for m in g.members} for g in persons}
    parent: dict[int, int] = {}
    short_names = {_tokens_of(g.name) for g in persons}
    # a part of a name starts with one of its words, so only persons with the first word of a name
    # in one of their forms are compared with it (in group order, as a scan over all groups would)
    by_word: dict[str, list[int]] = {}
    for pj, p in enumerate(groups):
        if p.type == "PER":
            for w in {w for f in full[id(p)] for w in f}:
                by_word.setdefault(w, []).append(pj)
    for gi, g in enumerate(groups):
        toks = _tokens_of(g.name)
        if g.curated or not toks:
            continue
        if g.type != "PER":
            if len(toks) != 1 or len(toks[0]) < 3:
                continue
            if gazetteer is not None and gazetteer.token_types(toks[0]) & {"LOC", "ORG"}:
                continue
        first_pos = cands[g.members[0]].start
        best, best_pos = None, None
        given_of: list[tuple[str, ...]] = []  # names of persons whose given name this one word is

        for pj in by_word.get(toks[0], ()):
            p = groups[pj]
            if p is g:
                continue
            forms = full[id(p)]
            # a part of the name, or the same name spaced otherwise (عبدالله صالح = عبد الله صالح)
            if not any(_is_part(toks, f) for f in forms) and not (
                g.type == "PER" and pj < gi and len(toks) > 1 and toks in forms
            ):
                continue
            if len(toks) == 1 and _credible_person(p, forms, cands, gazetteer, person_tokens, short_names):
                # one name a person: the written forms of one person (the curated 'دونالد ترمب' and
                # the written 'دونالد ترامب') are no two people bearing 'دونالد' (ent28)
                mine = [f for f in forms if len(f) > 1 and f[0] == toks[0]]
                if mine:
                    given_of.append(max(mine, key=lambda f: (len(f), f)))
            pos = cands[p.members[0]].start
            # prefer the nearest person named before; otherwise the first named after
            rank = (0, first_pos - pos) if pos <= first_pos else (1, pos)
            if best is None or rank < best_pos:
                best, best_pos = pj, rank
        if best is None and len(toks) == 1 and g.type == "PER":  # 'الإسلام' (MISC) is no 'يوسف إسلام'
            best = _definite_surname_of(toks[0], gi, groups, full, by_word)
        if best is not None and not _two_people(given_of):  # a given name two people share names neither
            parent[gi] = best
    _link_across_types(cands, groups, parent, gazetteer, person_tokens)
    if not parent:
        return groups
    keep = [gi for gi in range(len(groups)) if gi not in parent]
    new_index = {gi: k for k, gi in enumerate(keep)}
    out = [groups[gi] for gi in keep]
    for gi, pj in parent.items():
        while pj in parent:  # chains (a ⊂ b ⊂ c)
            pj = parent[pj]
        target = out[new_index[pj]]
        for m in groups[gi].members:
            cands[m].type = target.type
            target.members.append(m)
    for k, g in enumerate(out):
        g.members.sort(key=lambda m: cands[m].start)
        for m in g.members:
            cands[m].entity = k
    return out


#: Sovereign and royal titles (normalized, with proclitics ``و ف ب ل`` allowed before them) under
#: which a given name alone is the usual way of naming a ruler or prince (``الملك سلمان``, ``الأمير
#: محمد``, ``السلطان قابوس``, ``الشيخ محمد``) → the title as shown in a name.
ROYAL_TITLES = {
    name_key(t): t for t in ("الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "الشيخ", "الشيخة", "العاهل")
}
#: Titles that name the same office (``العاهل السعودي الملك سلمان``): shown as the first.
_TITLE_SYNONYMS = {name_key("العاهل"): "الملك"}


def _definite_surname_of(tok: str, gi: int, groups: list[Group], full, by_word) -> int | None:
    """The person group whose surname the one-word person name ``tok`` (a :func:`_tokens_of` word;
    the caller checks the type: ``الإسلام`` MISC is no ``يوسف إسلام``) is with the article added: ``الدرويش`` of ``نجيب درويش`` (Arab family names are written with and
    without ``ال``; the eleventh new-user report, nu22, item 4). The bare word must end a name of two
    or more words, not after a patronymic marker (``بن درويش`` names the father); the nearest such
    person before ``groups[gi]`` wins, else none (``None``)."""
    if not tok.startswith("ال") or len(tok) < 5:
        return None
    bare = tok[2:]
    found = None
    for pj in by_word.get(bare, ()):
        if pj == gi:
            continue
        if any(len(f) > 1 and f[-1] == bare and f[-2] not in PATRONYMIC_MARKERS for f in full[id(groups[pj])]):
            if found is None or pj < gi:
                found = pj
    return found


#: Head nouns of organisation names (normalized, with and without the article): in ``ميليشيا
#: الحوثي``, ``مؤسسة الحريري``, ``حزب X`` the last word is the eponym, not a short form of the body.
ORG_HEAD_NOUNS = frozenset(
    name_key(a + w)
    for w in ("حزب", "حركة", "جماعة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "تيار", "تنظيم", "منظمة",
              "جمعية", "مؤسسة", "مجموعة", "شركة", "جبهة", "كتائب", "كتيبة", "قوات", "ائتلاف", "تحالف", "مجلس",
              "هيئة", "لجنة", "صندوق", "بنك", "مصرف", "نادي", "فريق", "وكالة", "صحيفة", "مجلة", "قناة", "إذاعة",
              "جامعة", "معهد", "مركز", "مستشفى", "مدرسة", "جائزة", "عائلة", "قبيلة", "أسرة", "آل", "جيش", "لواء")
    for a in ("", "ال")
)  # fmt: skip


def _coordinated(words: tuple[str, ...], gazetteer, person_tokens) -> bool:
    """Does a name's word after the first start with the conjunction ``و`` and not read as a name of
    its own (``ليبرمان وبانوس كامينوس``: two people tagged as one span; ``وليد`` is a given name)?"""
    return any(
        w.startswith("و") and w not in person_tokens
        and not (gazetteer is not None and "PER" in gazetteer.token_types(w))
        for w in words[1:]
    )  # fmt: skip


def _link_across_types(
    cands: list[Cand], groups: list[Group], parent: dict[int, int], gazetteer, person_tokens=frozenset()
) -> None:
    """One entity, one type: link a one-word name of one type to the multi-word name of another type
    (``ORG``/``MISC``/``PER``, no places) that it ends (``هامون`` MISC and ``بنوا هامون`` ORG: the tagger
    gave the two mentions of one man two types; nu22 item 4). The one-word group joins the longer one
    (recorded in ``parent``) and takes its type — unless the word was tagged PER and the longer name
    starts with a known given name (``person_tokens`` or a gazetteer PER word: ``مارين لوبان`` ORG +
    ``لوبان`` PER → one person), when both become PER; a word that is a gazetteer place or body
    (``كوريا``), is definite (``الإسلام`` of ``سيف الإسلام``) or is itself curated is left alone, and so is a word that ends two such names or a
    name headed by an organisation noun (:data:`ORG_HEAD_NOUNS`: ``ميليشيا الحوثي``, ``مؤسسة
    الحريري``: the word is the eponym) or made of two names joined by ``و`` (:func:`_coordinated`)."""
    types = ("ORG", "MISC", "PER")
    for gi, g in enumerate(groups):
        if gi in parent or g.curated or g.type not in types:
            continue
        toks = _tokens_of(g.name)
        if len(toks) != 1 or len(toks[0]) < 3 or toks[0].startswith("ال"):
            continue  # a definite word is a noun or nisba that ends a compound ('سيف الإسلام')
        if gazetteer is not None and gazetteer.token_types(toks[0]) & {"LOC", "ORG"}:
            continue
        hits = [
            pj for pj, p in enumerate(groups)
            if pj != gi and p.type in types and p.type != g.type and not p.curated
            and any(len(f) > 1 and f[-1] == toks[0] and f[-2] not in PATRONYMIC_MARKERS
                    and not ({f[0], f[0][1:]} & ORG_HEAD_NOUNS) and not _coordinated(f, gazetteer, person_tokens)
                    for f in {_tokens_of(p.name)} | {_tokens_of(cands[m].name) for m in p.members})
        ]  # fmt: skip
        if len(hits) == 1 and hits[0] not in parent:
            parent[gi] = hits[0]
            target = groups[hits[0]]
            first = _tokens_of(target.name)[0]
            given = first in person_tokens or (gazetteer is not None and "PER" in gazetteer.token_types(first))
            if g.type == "PER" and target.type != "PER" and given:
                # 'مارين لوبان' ORG + 'لوبان' PER: a given name and a surname alone name a person
                target.type = "PER"
                target.name, target.key, _ = canonical(target.name, "PER")
                for m in target.members:
                    cands[m].type = "PER"


def _royal_title(tok: str) -> str:
    """The royal title (:data:`ROYAL_TITLES`) a raw token is, with proclitics, as shown; else ""."""
    k = name_key(tok)
    for w in (k, k[1:] if k[:1] in "وفبل" else "", k[2:] if k[:2] in ("وب", "ول", "فب", "فل") else "",
              "ا" + k[1:] if k.startswith("لل") else ""):  # fmt: skip
        if w in ROYAL_TITLES:
            return _TITLE_SYNONYMS.get(w, ROYAL_TITLES[w])
    return ""


def qualify_titled_given_names(cands: list[Cand], groups: list[Group], sents) -> None:
    """Keep the title in the name of a person known in the article only by a royal title and one
    given name (``الملك سلمان``, ``السلطان قابوس``): the given name alone names many people
    (``سلمان`` the singer, the footballer ``سلمان الفرج``), the titled name one ruler at a time. Run
    after :func:`link_partial_names`, so a full name written in the article (``الملك سلمان بن
    عبدالعزيز``) has already absorbed the short form and this rule does not apply. Sets
    ``Group.title`` and the key ``PER:<title> <name>``; the registry lists such an entry under the
    full name that the store makes unambiguous (:func:`marsad.entities.registry.merge_map`).

    ``sents``: the article's sentences of ``(start, end, raw token)``."""
    for g in groups:
        if g.type != "PER" or g.curated:
            continue
        names = {_tokens_of(cands[m].name) for m in g.members if not cands[m].nominal}
        if len(names) != 1 or len(next(iter(names))) != 1:
            continue
        found = ""
        for m in g.members:
            c = cands[m]
            if c.nominal:
                continue
            words = c.text.split()
            if len(words) > 1:
                found = _royal_title(words[0])
            if not found and c.tok_first > 0:
                found = _royal_title(sents[c.sent][c.tok_first - 1][2])
            if found:
                break
        if found:
            g.title = found
            g.key = "PER:" + name_key(f"{found} {g.name}")


def _title_key(tok: str) -> str:
    """The normalized person title (:data:`marsad.entities.aliases.PERSON_TITLES`) a raw token is,
    proclitics ``و ف ب ل`` allowed (``والبابا``, ``للرئيس`` → ``الرئيس``); else ""."""
    from marsad.entities.aliases import _TITLE_KEYS

    k = name_key(tok)
    for w in (k, k[1:] if k[:1] in "وفبل" else "", k[2:] if k[:2] in ("وب", "ول", "فب", "فل") else ""):
        if w in _TITLE_KEYS:
            return w
    if k.startswith("لل") and "ا" + k[1:] in _TITLE_KEYS:
        return "ا" + k[1:]
    return ""


def link_title_only_persons(cands: list[Cand], groups: list[Group], sents) -> list[Group]:
    """A person "named" only by a title (``البابا``, ``الرئيس`` tagged as a name: the title stripped
    leaves nothing) is the nearest person before it written with that title (``البابا فرانسيس``);
    its mentions become nominal references of that person. With no such person it stays.
    Returns the surviving groups (re-indexed; ``Cand.entity`` updated)."""
    titled_at: list[tuple[int, str, int]] = []  # (start, title key, group) of titled name mentions
    title_only: list[int] = []
    for gi, g in enumerate(groups):
        if g.type != "PER":
            continue
        only = True
        for m in g.members:
            c = cands[m]
            words = c.text.split()
            if c.nominal:
                continue
            if len(words) == 1 and _title_key(words[0]):
                continue  # a title alone
            only = False
            t = _title_key(words[0]) if len(words) > 1 else ""
            if not t and c.tok_first > 0:
                t = _title_key(sents[c.sent][c.tok_first - 1][2])
            if t:
                titled_at.append((c.start, t, gi))
        if only and g.members:
            title_only.append(gi)
    if not title_only or not titled_at:
        return groups
    titled_at.sort()
    moved = False
    for gi in title_only:
        g = groups[gi]
        keep = []
        for m in g.members:
            c = cands[m]
            t = _title_key(c.text.split()[0]) if c.text.split() else ""
            target = None
            for start, tk, pj in titled_at:
                if start >= c.start:
                    break
                if tk == t and pj != gi:
                    target = pj
            if target is None:
                keep.append(m)
                continue
            c.nominal, c.entity = True, target
            groups[target].members.append(m)
            moved = True
        g.members = keep
    if not moved:
        return groups
    out = [g for g in groups if g.members]
    for k, g in enumerate(out):
        g.members.sort(key=lambda m: cands[m].start)
        for m in g.members:
            cands[m].entity = k
    return out


def choose_name(g: Group, cands: list[Cand]) -> str:
    """Entity name: the curated canonical name; for persons the longest name (with its royal title
    when :func:`qualify_titled_given_names` kept one: ``الملك سلمان``); otherwise the most frequent
    name as written (ties: the longer, then the first)."""
    names = [cands[m].name for m in g.members if not cands[m].nominal]
    if not names:
        return g.name
    if g.title:
        return f"{g.title} {standard_spelling(max(names, key=len), names)}"
    if g.curated:
        # the canonical spelling when the article writes it (modulo spelling), else as written
        ck = name_key(g.name)
        if any(name_key(n) == ck for n in names):
            return g.name
        names = [n for n in names if canonical(n, g.type)[1] == g.key] or names
    if g.type == "PER":
        return standard_spelling(max(names, key=lambda n: (len(n.split()), len(n), -names.index(n))), names)
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return standard_spelling(max(counts, key=lambda n: (counts[n], len(n), -names.index(n))), names)


def standard_spelling(name: str, names: list[str]) -> str:
    """``name``, or when it is written with Persian letters, presentation forms, a lam-alef ligature or
    a format character (:func:`marsad.text.letters.has_letter_forms`: ``علی لاریجانی``, ``ھشام``) the
    spelling of the same name (same :func:`~marsad.entities.aliases.name_key`) in standard Arabic
    letters written most often among ``names`` (ties: the first), if the article writes one, else the
    name with each word the article also writes in standard letters so written (spell25). A name the
    article writes only in presentation forms stays as written."""
    if not has_letter_forms(name):
        return name
    key = name_key(name)
    plain = [n for n in names if not has_letter_forms(n) and name_key(n) == key]
    if plain:
        return max(plain, key=lambda n: (plain.count(n), -plain.index(n)))
    # word by word: a word of another name of the entity (``لاريجاني`` beside ``علی لاریجانی``); a word
    # the article writes in no standard spelling stays as written (a final ی may be ي or ى)
    written: dict[str, list[str]] = {}
    for n in names:
        for w in n.split():
            if not has_letter_forms(w):
                written.setdefault(ner_norm(w), []).append(w)
    out = []
    for w in name.split():
        if has_letter_forms(w):
            same = written.get(ner_norm(w))
            if same:
                w = max(same, key=lambda x: (same.count(x), -same.index(x)))
        out.append(w)
    return " ".join(out)


def is_bare_title(form: str) -> bool:
    """Is ``form`` a title or role noun alone (``الرئيس``, ``للرئيس``, ``والوزير``, ``الأمير``,
    ``السفير``), with or without proclitics? Such a word is no name: it refers to whoever holds the
    office at that point of the text (fifth-user report nu22, item 3), so it is never an alias."""
    from marsad.entities.aliases import PERSON_TITLES
    from marsad.entities.roles import noun_of_nominal, role_split

    toks = form.split()
    if len(toks) != 1:
        return False
    t = toks[0]
    if noun_of_nominal(t) is not None:
        return True
    hit = role_split(t)
    if hit is not None and hit[1].startswith("ال"):
        return True
    w = ner_norm(t)
    titles = _title_keys(PERSON_TITLES)
    return w in titles or any(stem in titles or "ا" + stem in titles for _k, stem in proclitic_splits(w))


@lru_cache(maxsize=1)
def _title_keys(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(ner_norm(t) for t in titles)


#: Words written after a person's name that make it the son's (Jr.), normalized: ``دونالد الابن``,
#: ``دونالد ترامب الابن`` (``stage.name_juniors`` keeps them in the name; ent28).
JUNIOR_WORDS = frozenset(ner_norm(w) for w in ("الابن", "الإبن", "جونيور"))


def aliases_of(g: Group, cands: list[Cand], name: str) -> list[str]:
    """Other forms (mention text and whole-token surface form), first seen first, in display form
    (:func:`clean_name`: no tatweel, harakat or hashtag marks: ``السـعودية`` is listed as
    ``السعودية``, and not at all when that is the entity name).

    An alias is a name: nominal mentions (``الرئيس`` standing for the person named before) and bare
    titles (:func:`is_bare_title`) stay mentions of the entity but are no aliases of it — the same
    ``الرئيس`` refers to Obama in one paragraph and to Trump in the next (nu22 item 3).

    Nor is a form made of proclitics (``و ف ب ل ك``, :func:`proclitic_splits`) and another name of
    the entity (:func:`clitic_form_of`): ``وإيران``, ``لإيران``, ``بترامب`` are the mentions ``إيران``,
    ``ترامب`` after a conjunction or preposition (nu27: 54 % of the aliases shown were such forms),
    nor, for a person, proclitics + titles + a name (``للرئيس ترامب``, ent28), nor the father's name
    of a son named with ``الابن`` (:data:`JUNIOR_WORDS`: ``دونالد ترامب`` of ``دونالد ترامب الابن``)."""
    out: list[str] = []
    seen = {clean_name(name)}
    for m in g.members:
        if cands[m].nominal:
            continue
        for form in (clean_name(cands[m].text), clean_name(cands[m].surface)):
            if is_bare_title(form):
                continue
            if form and form not in seen:
                seen.add(form)
                out.append(form)
    if not out:
        return out
    keys = {name_key(f) for f in seen}
    titled = g.type == "PER"
    father = ""  # the son's mentions are written without 'الابن': the father's name is no alias of his
    if titled and " " in name and ner_norm(name.split()[-1]) in JUNIOR_WORDS:
        father = name_key(name.rsplit(" ", 1)[0])
    return [
        f for f in out
        if clitic_form_of(f, keys, titled) is None and name_key(strip_titles(f)) != father and not _cut_name(f)
    ]


def _cut_name(form: str) -> bool:
    """Does ``form`` (two or more words) end with a word that opens a compound name (``آل``, ``بن``,
    ``أبو``, ``عبد``: :data:`COMPOUND_HEADS`)? Then it is a mention cut before the name's last word
    (``تركي بن عبدالله آل`` of ``تركي بن عبدالله آل سعود``; nu31), no alias."""
    words = name_key(form).split()
    return len(words) > 1 and (words[-1] in COMPOUND_HEADS or words[-1] == _ABD)


def clitic_form_of(form: str, keys: set[str] | frozenset[str], titled: bool = False) -> str | None:
    """The name that ``form`` writes after proclitics, when its name key is one of ``keys`` (name
    keys of the entity's names): the first word without ``و ف ب ل ك`` (:func:`proclitic_splits`,
    longest first; ``لل`` → ``ال``: ``للاتحاد الأوروبي`` → ``الاتحاد الأوروبي``), the rest as
    written; ``None`` when no split gives one of ``keys`` (``وليد`` beside no ``ليد``). ``("لإيران",
    {"ايران"})`` → ``"إيران"``. With ``titled`` (a person's forms) the rest may also open with
    titles (:func:`marsad.entities.aliases.strip_titles`): ``للرئيس ترامب`` → ``ترامب`` beside
    ``دونالد ترامب`` (nu28: a role and a name behind a preposition was still listed as an alias)."""
    first, _, rest = form.partition(" ")
    for k, stem in proclitic_splits(first):
        cands = ("ا" + stem, stem) if first[k - 1] == "ل" and stem.startswith("ل") else (stem,)
        for st in cands:
            alt = f"{st} {rest}" if rest else st
            if name_key(alt) in keys:
                return alt
            if titled and rest:
                bare = strip_titles(alt)
                if bare != alt and name_key(bare) in keys:
                    return bare
    return None


def role_mentions_key(role: str) -> set[str]:
    """Role nouns of a role phrase, normalized, without proclitics or article (``وزير الخارجية
    الروسي`` → ``{"وزير"}``), for nominal reference matching.

    A phrase with a second, definite role noun after its head (``مستشار الأمن القومي للرئيس``,
    ``نائب الرئيس الأمريكي``) is a construct "the X of the Y": the name after it may be the X (Bolton,
    Pence) or the Y (Trump) — Arabic writes both the same way — so it gives no noun (``set()``) and a
    nominal ``المستشار``/``النائب``/``الرئيس`` is not linked through it. An indefinite second noun
    (``نائب رئيس الوزراء``) keeps the head only (``{"نائب"}``)."""
    from marsad.entities.roles import NOUN_SYNONYMS, role_split

    nouns: list[tuple[str, bool]] = []
    for t in role.split():
        hit = role_split(t)
        if hit is not None:
            definite = hit[1].startswith("ال") or t[hit[0] :].startswith("لل")
            nouns.append((hit[1].removeprefix("ال"), definite))
    if not nouns:
        return set()
    if any(definite and noun != nouns[0][0] for noun, definite in nouns[1:]):
        return set()
    return {NOUN_SYNONYMS.get(nouns[0][0], nouns[0][0])}


def _is_nisba_word(key: str) -> bool:
    return key.startswith("ال") and len(key) > 4 and (key.endswith("ي") or key.endswith("يه"))


#: Definite words that may close a role phrase used as a reference besides nisba adjectives.
_ROLE_TAIL_WORDS = frozenset(name_key(w) for w in ("السابق", "السابقة", "الأسبق", "الحالي", "المكلف"))


def role_signature(words: list[str], definite_head: bool = True) -> tuple[str, ...]:
    """``(head noun, complement, qualifier)`` of a role phrase, normalized, for matching a role
    phrase used as a reference (``ولي العهد``, ``رئيس المركز``) against a person's roles (``ولي العهد
    السعودي``, ``رئيس مركز بحر أبو سكينة``): the head noun without proclitics, article or synonym
    (``العاهل`` → ``ملك``), then up to two following words without the article (the definite
    ``المركز`` and the construct ``مركز`` are one word: the reference repeats the office), the
    second only when it is a nisba adjective or ``السابق`` (``رئيس الوزراء العراقي``). ``()`` when
    ``words`` does not open with a role noun; with ``definite_head=False`` a definite head
    (``الرئيس``) gives ``()`` too (the one-word references are matched elsewhere)."""
    from marsad.entities.roles import NOUN_SYNONYMS, role_split

    if not words:
        return ()
    hit = role_split(words[0])
    if hit is None or (not definite_head and hit[1].startswith("ال")):
        return ()
    head = hit[1].removeprefix("ال")
    out = [NOUN_SYNONYMS.get(head, head)]
    if len(words) > 1:
        comp = name_key(words[1])
        if comp.startswith("لل"):
            comp = "ال" + comp[2:]
        out.append(comp.removeprefix("ال"))
        if len(words) > 2:
            q = name_key(words[2])
            if _is_nisba_word(q) or q in _ROLE_TAIL_WORDS:
                out.append(q.removeprefix("ال"))
    return tuple(out)


def role_nisbas(role: str) -> frozenset[str]:
    """Nationality (nisba) adjectives of a role phrase, as :func:`nisba_skeleton` keys, anywhere
    after its head and complement (``وزير الخارجية السعودي`` → ``{"سعدي"}``; ``رئيس
    اتحاد القدم السعودي`` → ``{"سعدي"}``, :func:`nisba_skeleton`; ``وزير الخارجية`` → ``{}``)."""
    out = set()
    for w in role.split()[2:]:  # (the complement is the office: 'الخارجية' of 'وزير الخارجية')
        k = name_key(w).removesuffix("ه")
        if _is_nisba_word(k):
            out.add(nisba_skeleton(k))
    return frozenset(out)


def nisba_skeleton(key: str) -> str:
    """A nisba adjective's name key (with or without ``ال``, feminine ``ه``) compared across
    spellings: article, feminine ending and long-vowel letters inside dropped (``الأميركي`` =
    ``الامريكية`` = ``امرك`` + ``ي``; ``التركي`` → ``ترك`` + ``ي``)."""
    k = key.removesuffix("ه").removeprefix("ال")
    return "".join(ch for ch in k[:-1] if ch not in "اوي") + k[-1:]


def signatures_match(ref: tuple[str, ...], role: tuple[str, ...]) -> bool:
    """Does the role phrase used as a reference (signature ``ref``, two words or more) name the
    office of the role ``role``? Head and complement equal, and the qualifiers too where both have
    one (``رئيس الوزراء السابق`` ≠ ``رئيس الوزراء العراقي``)."""
    return len(ref) >= 2 and len(role) >= 2 and ref[:2] == role[:2] and (len(ref) < 3 or len(role) < 3 or ref[2] == role[2])
