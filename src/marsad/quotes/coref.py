"""A described person speaker → the named person of the article it refers to (step 42a of
docs/quotes.md: coreference by compatibility).

The gold convention names a speaker "as the article names him/her at the fullest (a name rather
than a title)": ``مدرب دورتموند``, ``نائب الرئيس اليمني``, ``أمين عام الشورى`` are right only when
resolved to the person the article names with that office, and wrong when resolved to an unrelated
name. News introduces a person once with the name and the office side by side and describes them by
the office elsewhere (the headline, a later sentence); so the candidates are the article's persons
(entities stage, ``type == "PER"``, two words or more), each with the *role phrases written beside
its mentions* — the entities stage's ``roles`` and the title-first phrase written right before a
mention (``الأمين العام لمجلس الشورى، الدكتور محمد …``) or right after it after a comma, ``وهو``
or a cue verb (``أكد بيتر شتويغر المدير الفني لفريق بوروسيا دورتموند``). A description is
*compatible* with a role phrase when

* the heads are the same title (:func:`head_stem`: ``المتحدث`` = ``ناطق``, ``مدرب`` = ``المدير
  الفني``, ``زعيمة`` = ``الزعيم``), and
* every other word of the description (its complement, nisba, place) is a word of that role phrase,
  compared by stem (:func:`word_stems`: ``اليمني`` = ``اليمن``, ``التركية`` = ``تركيا``, ``لمجلس`` =
  ``مجلس``); the prepositions and ``باسم`` are not compared.

The description is rewritten only when exactly one person has a compatible role phrase; otherwise
it is kept as written (a complete unnamed description is never given an unrelated name). Only
definite descriptions (a definite head, or a construct chain ending in a definite word or a place)
are read; an indefinite official (``مسؤول فلسطيني``) stays (step 28).

Bodies (step 44c, :class:`NamedBodies`): a body's short form or definite description (``الشرطة``,
``الادعاء السويسري``, ``أمانة المنظمة``), a bracketed acronym (``إيتا`` of ``حركة أرض الباسك والحرية
(إيتا)``), a one-word club (``الأهلي`` → ``النادي الأهلي``) and ``المملكة`` → the one body or
kingdom of the article compatible with it (the same head, every other word of it in the name by
stem); two candidates or none: kept as written.

Names (step 46d, :class:`NameForms`): a family name spelt another way (``جريفيث``) is the one person
whose family name has its :func:`spelling_key` (``مارتن غريفيث``). A body written with its seat (``… في قطر``) is a body candidate for a nisba
description (``الهيئة القطرية``).

Inputs: the article (``text``, ``entities``, ``mentions``); a speaker string. Cost: one pass over the
article's person mentions, on first use per article, and set look-ups per speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from marsad import settings
from marsad.model import Article, Quote
from marsad.quotes.cues import fold
from marsad.quotes.repair import SpeakerRepair, _author_at, _bare
from marsad.quotes.speakers import (
    AUTHORED_RE,
    DOCUMENT_HEADS,
    ORG_HEADS,
    PHRASE_STOPS,
    RELATION_HEADS,
    TITLE_WORDS,
    _relative_form,
    _role_stem,
    definite_object_start,
    is_person_token,
    is_place,
    lookup_cue,
)

#: Words of a description not compared with a role phrase (folded): prepositions and ``باسم``.
FILLERS = frozenset(fold(w) for w in "في من عن على باسم لدى و".split())

#: Titles that are the same office (folded stems, :func:`marsad.quotes.speakers._role_stem`): a
#: spokesman is ``متحدث`` or ``ناطق``; a (football) coach ``مدرب`` or ``المدير الفني`` (the two-word
#: title is read by :func:`head_stem`).
TITLE_SYNONYMS = {"ناطق": "متحدث"}

#: Honorifics written between a role and the name (folded), skipped when reading the role before a name.
HONORIFICS = frozenset(fold(w) for w in """د. م. أ. د م الدكتور الدكتورة المهندس المهندسة الشيخ الشيخة
الأستاذ الأستاذة العقيد العميد اللواء الفريق المقدم الركن""".split())

#: Words that end a role phrase read beside a name (folded): complementisers, relatives, time words.
STOPS = frozenset(fold(w) for w in """أن إن ان بأن وأن أنه إنه أنها إنها الذي التي الذين اليوم أمس الأحد
الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت خلال قبل بعد حيث كما لكن""".split())

#: Heads that make one office with the title after them (``نائب الرئيس``), folded.
COMPOUND_HEADS = frozenset(fold(w) for w in "نائب نائبة مساعد مساعدة وكيل وكيلة".split())

#: Words of :data:`TITLE_WORDS` that are no person's title here (bodies, adjectives), folded.
NOT_TITLES = frozenset(fold(w) for w in """عام عامة دولي ملكي منطقة حكومة وزارة ولاية محافظة اقليم رئاسة
معارضة مصادر مصدر شاهد شهود وزراء""".split())

#: At most this many words in a role phrase read beside a name.
ROLE_WORDS = 8

_QUOTE_MARKS = frozenset('"«»“”\'')
_TOKEN_RE = re.compile(r"[^\s\"«»“”'،,.:;؛!?؟()]+|[\"«»“”'،,.:;؛!?؟()\n]")


#: Person titles not in :data:`TITLE_WORDS` (folded, without ``ال``): a diplomatic attaché; the
#: supervisor of a body (``المشرف العام على الجمعية``, step 46d).
MORE_TITLES = frozenset(fold(w) for w in "ملحق ملحقة مشرف مشرفة".split())

#: Words as written (not folded) that fold onto a title but are none: the preposition ``أمام``
#: (``امام`` = ``إمام``).
NOT_TITLE_SPELLINGS = frozenset("أمام وأمام".split())


def _tokens(text: str, start: int, end: int) -> list[str]:
    """The words and marks of ``text[start:end]`` (:data:`_TOKEN_RE`), a dotted honorific (``أ.د.``,
    ``د.``) kept as one word: it is read as letters and full stops otherwise, and a full stop ends a
    role phrase (step 46d)."""
    toks: list[str] = []
    for t in _TOKEN_RE.findall(text, start, end):
        if t == "." and toks and len(toks[-1]) == 1 and fold(toks[-1] + ".") in HONORIFICS:
            toks[-1] += "."
        else:
            toks.append(t)
    return toks


def _title(word: str) -> bool:
    """A person's title word (``رئيس``, ``الرئيس``, ``للرئيس``) of :data:`TITLE_WORDS` or
    :data:`MORE_TITLES`, not a body or adjective word (:data:`NOT_TITLES`) nor the preposition
    ``أمام``."""
    if word in NOT_TITLE_SPELLINGS:
        return False
    b = _bare(fold(word))
    if b[:1] in ("ل", "ب", "و") and (b[1:] in TITLE_WORDS or b[1:] in MORE_TITLES):
        b = b[1:]
    return (b in TITLE_WORDS or b in MORE_TITLES) and b not in NOT_TITLES


def _ends_role(word: str) -> bool:
    """Whether a role phrase written right before a name may end with ``word``: a definite word
    (``الشورى``, ``الرئيس``; not one glued to ``لل``/``بال``, whose complement the name would be:
    ``للفنان X``), a nisba (``السعودي``), a place, a number or a Latin word (``فرنسا 1``, a
    company ``Fire Eye``); an indefinite noun (``مستشار ترامب``, ``المتحدث باسم بحاح``) has the name
    as its complement instead."""
    f = fold(word)
    if f.startswith(("لل", "بال")):
        return False
    return (f.startswith(("ال", "وال")) or _bare(f).endswith(("ي", "ية")) or is_place(word)
            or not ("\u0600" <= word[:1] <= "\u06ff"))


def word_stems(word: str) -> set[str]:
    """The stems a word is compared by: :func:`_role_stem` (clitics, ``ال``, the nisba ``ي``/``ية``
    and ``ة`` dropped; ``للمجلس`` = ``المجلس``), and for a place name in ``يا`` also without it
    (``تركيا`` = ``التركية``)."""
    f = fold(word)
    st = _role_stem("ال" + f[2:] if f.startswith("لل") and len(f) > 4 else word)
    out = {st}
    if len(st) > 4 and st.endswith("يا"):
        out.add(st[:-2])
    elif len(st) > 3 and st.endswith("ا"):
        out.add(st[:-1])
    return out


def head_stem(words: list[str]) -> tuple[str, int]:
    """``(title stem, words used)`` of a role phrase's head: ``المدير الفني`` → ``("مدرب", 2)``,
    ``الناطق`` → ``("متحدث", 1)``, else the first word's :func:`_role_stem`."""
    if not words:
        return "", 0
    st = _role_stem(words[0])
    if st == _role_stem("المدير") and len(words) > 1 and _role_stem(words[1]) == _role_stem("الفني"):
        return "مدرب", 2
    return TITLE_SYNONYMS.get(st, st), 1


def _feminine(word: str) -> bool:
    """A title written in the feminine (``النائبة``, ``المتحدثة``, ``زعيمة``): a final ``ة``."""
    return fold(word).endswith(("ة", "ه"))


def compatible(description: list[str], role: list[str]) -> bool:
    """Whether a description (words, head first) can name the holder of a role phrase (words, head
    first): the same head title (:func:`head_stem`; a feminine title only a feminine one) and each
    other word of the description, but :data:`FILLERS`, among the role's words by :func:`word_stems`."""
    h, n = head_stem(description)
    rh, rn = head_stem(role)
    if not h or h != rh:
        return False
    if _feminine(description[0]) and not _feminine(role[0]):
        return False  # النائبة is not النائب محمد …: a feminine title names a woman
    theirs: set[str] = set()
    for w in role[rn:]:
        theirs |= word_stems(w)
    return all(word_stems(w) & theirs for w in description[n:] if fold(w) not in FILLERS)


#: Step 55b: head titles that name the one person at the head of a body (folded stems): the press writes
#: the same project's or body's head ``رئيس`` in one sentence and ``مدير`` in another (held-out 77 JA-4489).
_BODY_HEAD_TITLES = frozenset(_role_stem(w) for w in ("رئيس", "مدير"))


def _same_body_head(description: list[str], role: list[str]) -> bool:
    """Step 55b (desc34): whether a definite description (words, head first) names the holder of a role
    phrase (words, head first) under the other head title of :data:`_BODY_HEAD_TITLES` (``مدير
    المشروع`` for ``رئيس المشروع معتوق بن عامر``): the two heads differ and are both such titles, the
    gender agrees, and the two complements are the same words (:func:`word_stems`, :data:`FILLERS`
    aside), at least one (a bare ``المدير`` is no body's head)."""
    if len(description) < 2 or len(role) < 2:
        return False
    h, rh = _role_stem(description[0]), _role_stem(role[0])
    if h == rh or h not in _BODY_HEAD_TITLES or rh not in _BODY_HEAD_TITLES:
        return False
    if _feminine(description[0]) != _feminine(role[0]):
        return False
    mine = [word_stems(w) for w in description[1:] if fold(w) not in FILLERS]
    theirs = [word_stems(w) for w in role[1:] if fold(w) not in FILLERS]
    if not mine or len(mine) != len(theirs):
        return False
    return all(a & b for a, b in zip(mine, theirs, strict=True))


def definite_description(words: list[str], headline: bool = False) -> bool:
    """Whether ``words`` (a speaker, head first) is a definite person description that names one
    holder: a person's title first, no person-name token, and a definite head or a construct chain
    with a definite word or a place (``نائب الرئيس اليمني``, ``مدرب دورتموند`` in a headline, whose
    style drops the article); not an indefinite official (``مسؤول فلسطيني``, ``مسؤول في الوزارة``)."""
    if not words or len(words) > ROLE_WORDS or not _title(words[0]):
        return False
    if any(is_person_token(w) and not _title(w) and not fold(w).startswith("ال") for w in words[1:]):
        return False
    if fold(words[0]).startswith("ال"):
        return True
    if len(words) > 2 and fold(words[0]) in COMPOUND_HEADS and _title(words[1]) and not fold(words[1]).startswith("ال"):
        # نائب مندوب السودان, نائب مندوب ليبيا: the compound head's title and its chain (step 46d)
        return fold(words[2]).startswith(("ال", "لل")) or is_place(words[2]) or headline
    if len(words) < 2:
        return False
    second = fold(words[1])
    if second in FILLERS or _bare(second).endswith(("ي", "ية")) and not second.startswith("ال"):
        return False  # مسؤول في الوزارة, مسؤول فلسطيني: an unnamed official
    return second.startswith(("ال", "لل")) or headline


class DescribedPersons:
    """The role phrases written beside each person of one article, and the one person a described
    speaker is compatible with (see the module docstring). Built on first use."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._roles: dict[str, list[list[str]]] | None = None

    @property
    def roles(self) -> dict[str, list[list[str]]]:
        """Person name → role phrases (lists of words): the entities stage's roles and the phrases
        written right before or after its mentions (:meth:`_before`, :meth:`_after`)."""
        if self._roles is None:
            table: dict[str, list[list[str]]] = {}
            ents = self.article.entities
            for e in ents:
                if e.type == "PER" and len(e.name.split()) >= 2:
                    table[e.name] = [r.split() for r in e.roles if r.split()]
            text = self.article.text
            for m in self.article.mentions:
                if m.entity is None or not 0 <= m.entity < len(ents) or ents[m.entity].name not in table:
                    continue
                rows = table[ents[m.entity].name]
                for r in (self._before(text, m.start), self._after(text, m.start, m.end)):
                    if r:
                        rows.append(r)
            self._roles = table
        return self._roles

    @staticmethod
    def _before(text: str, start: int) -> list[str]:
        """The role phrase written right before a name (honorifics and one comma between skipped):
        from the last title word (with a compound head before it: ``نائب الرئيس …``) to the name,
        within the clause (no cue, complementiser or mark inside). A body's name in quotation marks may
        end it (``المشرف العام على البرنامج الوطني للحرف "بارع" الدكتور X``, step 46d)."""
        toks = _tokens(text, max(0, start - 160), start)
        while toks and toks[-1] in _QUOTE_MARKS:
            toks.pop()  # the mark that opens a quoted name (الدكتور “X”)
        honorific = False
        while toks and (fold(toks[-1]) in HONORIFICS or toks[-1] in "،,"):
            honorific = honorific or toks[-1] not in "،,"
            toks.pop()
        quoted = len(toks) > 2 and toks[-1] in _QUOTE_MARKS and toks[-2][:1].isalnum() and any(
            t in _QUOTE_MARKS for t in toks[-6:-2])
        toks = [t for t in toks if t not in _QUOTE_MARKS]
        words: list[str] = []
        for t in reversed(toks):
            if not t[0].isalnum() or lookup_cue(t) or fold(t) in STOPS or len(words) >= ROLE_WORDS + 2:
                break
            words.append(t)
        words.reverse()
        at = max((i for i, w in enumerate(words) if _title(w)), default=None)
        if at is None or not (_ends_role(words[-1]) or quoted and at < len(words) - 1):
            return []
        if honorific and not quoted and not fold(words[-1]).startswith(("ال", "وال")) and not is_place(words[-1]):
            return []  # كرسي المهندس X, مستشفى الدكتور X: the name completes an indefinite noun (step 46d)
        while fold(words[at])[:1] == "و" and not fold(words[at]).startswith("ال"):
            # الدكتور في العلاقات الدولية والخبير في الأمن الدولي، X: coordinated roles of one holder
            earlier = max((i for i, w in enumerate(words[:at]) if _title(w)), default=None)
            if earlier is None:
                break
            at = earlier
        if at > 0 and fold(words[at - 1]) in COMPOUND_HEADS:
            at -= 1
        return words[at:]

    @staticmethod
    def _after(text: str, start: int, end: int) -> list[str]:
        """The role phrase written right after a name: after a comma or ``وهو``/``وهي``, or when a
        cue verb stands right before the name (any other verb may take the role as its object:
        ``استقبل الملك سلمان مدير الشركة``); a title word first, up to a mark, cue or stop word."""
        before = _tokens(text, max(0, start - 40), start)
        while len(before) > 1 and fold(before[-1]) in HONORIFICS:
            before.pop()  # أكد اللواء X مساعد الوزير: the cue stands before the honorific (step 46d)
        toks = _TOKEN_RE.findall(text, end, min(len(text), end + 200))
        opened = bool(before) and bool(lookup_cue(before[-1]))
        if toks and toks[0] in "،,":
            toks, opened = toks[1:], True
        if toks and fold(toks[0]) in (fold("وهو"), fold("وهي")):
            toks, opened = toks[1:], True
        if not opened or not toks or not _title(toks[0]):
            return []
        words: list[str] = []
        for t in toks:
            if not t[0].isalpha() or lookup_cue(t) or fold(t) in STOPS or len(words) >= ROLE_WORDS:
                break
            words.append(t)
        return words

    def holder(self, speaker: str, headline: bool = False) -> str | None:
        """The one person whose role phrases hold a phrase compatible with ``speaker`` (a definite
        person description: :func:`definite_description`; ``headline``: a headline's speaker, whose
        style drops the article); ``None`` when the speaker is no such description, is a person's
        name already, or no person or more than one is compatible."""
        words = speaker.split()
        if not definite_description(words, headline) or not self.article.entities:
            return None
        if speaker in self.roles:
            return None
        found = {name for name, rows in self.roles.items() if any(compatible(words, r) for r in rows)}
        if not found and len(words) > 1 and _role_stem(words[0]) in _BODY_HEAD_TITLES:
            # step 55b: the head of the same body under the other head title (مدير المشروع … رئيس المشروع X)
            found = {name for name, rows in self.roles.items() if any(_same_body_head(words, r) for r in rows)}
        return found.pop() if len(found) == 1 else None


# -- bodies (step 44c) ---------------------------------------------------------------------------


def _occurrences(text: str, needle: str) -> Iterator[int]:
    """Start offsets of the non-overlapping occurrences of ``needle`` in ``text``, left to right."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + len(needle))


def _head(word: str) -> str:
    """A body head's key: folded, without ``و``/``ف`` and ``ال``, ``ة`` as ``ه`` (``الشرطة`` = ``شرطة``)."""
    b = _bare(word)
    return b[:-1] + "ه" if b.endswith("ة") else b


#: Head nouns of a named body (folded, without ``ال``) whose definite form alone (``الشرطة``,
#: ``الاتحاد``) or with words of its name (``الادعاء السويسري``, ``قيادة التحالف``) is a short form of
#: the one body of the article named in full with that head (``شرطة تورونتو``, ``مكتب الادعاء الاتحادي
#: السويسري``, ``قيادة قوات التحالف المساندة``). Media, documents and ministries' metonyms
#: (``الخارجية``) are other rules' (``canonical.medium_head``, ``document_author``); ``الأمم``,
#: ``السلطات``, ``وسائل`` name no one body.
BODY_HEADS = frozenset(_head(w) for w in """منظمة وزارة هيئة مجلس حركة حزب جماعة شرطة حكومة شركة بنك مكتب
لجنة تحالف جامعة اتحاد مركز مؤسسة مرصد نيابة محكمة إدارة جهاز قوات مديرية دائرة برنامج فريق نادي منتخب
مجموعة جمعية جبهة معهد أمانة قيادة ادعاء رابطة نقابة بعثة سفارة قنصلية مستشفى""".split())

#: Heads a one-word club name is written after (folded, without ``ال``): ``نادي العين``, ``النادي
#: الأهلي``, ``فريق ليفربول``. Only clubs: the gold names a company or a movement by its name alone
#: (``فيسبوك``, ``دايملر``, ``حماس``) even where the article writes ``شركة فيسبوك``, ``حركة حماس``
#: (37 sets: 5 right speakers lost with ``شركة``/``حركة``/``مجموعة`` among these heads, 1 gained).
NAME_HEADS = frozenset(_head(w) for w in "نادي فريق".split())

#: States that are kingdoms (folded, as the entities stage names them): ``المملكة`` as a speaker is the
#: one of them the article names (``وقالت المملكة إن`` → ``السعودية``). Source: the monarchies styled
#: "kingdom" (مملكة) in their Arabic names.
KINGDOMS = frozenset(fold(w) for w in """السعودية|المملكة العربية السعودية|الأردن|المملكة الأردنية الهاشمية|
المغرب|المملكة المغربية|البحرين|مملكة البحرين|بريطانيا|المملكة المتحدة|إسبانيا|اسبانيا|هولندا|بلجيكا|السويد|
النرويج|الدنمارك|تايلاند|كمبوديا|سوازيلاند|ليسوتو|بوتان|تونغا""".replace("\n", "").split("|"))

_KINGDOM = fold("المملكة")

#: Words a body's name may not hold (folded): it was read across a clause or a mark.
_NOT_IN_NAME = frozenset(fold(w) for w in "أن إن ان بأن الذي التي عن على من إلى الى".split())


#: ``(SHORT)`` of ``LONG (SHORT)``: one to three words in round brackets without digits or marks (group
#: 1); the long name is read from the (up to) seven words before it, back to a body head.
_SHORT_RE = re.compile(r"\(([^()\n\d،,.:]{2,30})\)")


def _closed(words: list[str]) -> list[str]:
    """A body name cut where Arabic grammar closes its definite noun phrase (step 43a,
    :func:`marsad.quotes.speakers.definite_object_start`): ``منظمة التعاون الإسلامي التصريحات`` (a
    name read on into a verb's object) → ``منظمة التعاون الإسلامي``. The cut is kept per name
    (:data:`_CLOSED_CUTS`: the rule reads constant tables only, and an article's body names come back
    in every article that names the body; speed25); ``words`` itself when nothing is cut."""
    key = tuple(words)
    cut = _CLOSED_CUTS.get(key)
    if cut is None:
        cut = len(words)
        for i in range(1, len(words)):
            if definite_object_start([(0, 0, w) for w in words[:i]], words[i], frozenset()):
                cut = i
                break
        if len(_CLOSED_CUTS) >= _CLOSED_CUTS_SIZE:
            _CLOSED_CUTS.clear()
        _CLOSED_CUTS[key] = cut
    return words[:cut] if cut < len(words) else words


#: :func:`_closed`'s cut per name (word tuple → words kept), cleared whole when it holds
#: :data:`_CLOSED_CUTS_SIZE` names (a bound on memory, as the word memos of :mod:`marsad.quotes.cues`).
_CLOSED_CUTS: dict[tuple[str, ...], int] = {}
_CLOSED_CUTS_SIZE = 16_384


#: The head ``مكتب`` ("office") whose name stands for the official or body it serves (folded key).
_OFFICE = "مكتب"

#: Adjectives of a body's name that are no nisba (folded): ``الأمانة العامة``, ``المجلس الأعلى``.
_BODY_ADJECTIVES = frozenset(fold(w) for w in """العام العامة الأعلى العليا الكبرى الكبير الموحد الموحدة المتحدة
المستقل المستقلة المشترك المشتركة الدائم الدائمة المؤقت المؤقتة الحر الحرة""".split())


def _body_adjective(word: str) -> bool:
    """A definite word that can be the adjective of a body's head: a nisba (``الهندية``, ``الدولي``)
    or one of :data:`_BODY_ADJECTIVES`; ``الغاز`` (an object read on after ``الشرطة``) is none."""
    f = fold(word)
    return f.endswith(("ي", "ية", "يه")) or f in _BODY_ADJECTIVES


def _lam_complement(word: str) -> bool:
    """A word glued to the preposition ``ل`` (``لكرة``, ``للهجرة``), not a name in ``ل`` (``لندن``)."""
    f = fold(word)
    if f.startswith("لل"):
        return True
    return f.startswith("ل") and not f.startswith("ال") and not is_place(word) and not is_person_token(word)


def _coordinated_body(word: str) -> bool:
    """``و`` glued to a body head (``وهيئة``, ``والشرطة``): a second body coordinated with the first."""
    f = fold(word)
    return len(f) > 3 and f[0] == "و" and _head(f[1:]) in BODY_HEADS


class NamedBodies:
    """The bodies (organisations, states) one article names in full, and the one of them a short
    form or definite description of a speaker refers to (step 44c of docs/quotes.md). Candidates:
    the names of the entities stage's ``ORG`` entities, the organisation names read in the text
    (:meth:`marsad.quotes.repair.SpeakerRepair.organisations`) and the article's other speakers
    that are body names (a :data:`BODY_HEADS` head first), two to ten words each. Built on first use."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self._quotes = quotes
        self._names: tuple[list[list[str]], list[list[str]]] | None = None
        self._short: dict[str, str] | None = None
        self._closers: set[str] | None = None  # the words written right before a closing bracket
        self._orgs: set[str] | None = None  # the folded names of the ORG entities
        self._memo: dict[str, str | None] = {}
        self._seated: set[str] = set()  # the folded names read by _seated_bodies

    def resolve(self, speaker: str) -> str | None:
        """The body ``speaker`` stands for, by the first of :meth:`kingdom`, :meth:`expanded`,
        :meth:`fuller`, :meth:`headed` that finds one (memoised per speaker string); ``None``."""
        memo = self._memo
        if speaker in memo:
            return memo[speaker]
        words = speaker.split()
        out = None
        if len(words) <= 5:
            # the cheap gates of each rule first (a speaker is tried once per article)
            body = _head(words[0]) in BODY_HEADS if words else False
            if len(words) == 1:
                out = self.kingdom(speaker)
            if out is None and (len(words) == 1 or body and len(words) == 2):
                out = self.expanded(speaker)  # إيتا, حركة إيتا
            if out is None and body:
                out = self.fuller(speaker)
            elif out is None and len(words) == 1:
                out = self.headed(speaker)
        memo[speaker] = out
        return out

    @property
    def names(self) -> tuple[list[list[str]], list[list[str]]]:
        """The candidate body names as word lists, once each (folded spelling), in two tiers: the
        names of ``ORG`` entities and of the organisations read in the text, then the article's
        speakers (a speaker string may carry a word of the statement: ``الشرطة الماليزية مصادرة
        الممتلكات``, so it is read only when the first tier has no compatible name)."""
        if self._names is None:
            seen: set[str] = set()
            tiers: tuple[list[list[str]], list[list[str]]] = ([], [])
            first = [e.name for e in self.article.entities if e.type == "ORG"]
            first += SpeakerRepair(self.article.text, self._quotes).organisations()
            first += self._parent_bodies()
            first += self._seated_bodies()
            second = [q.speaker for q in self._quotes if q.speaker]
            for tier, pool in zip(tiers, (first, second), strict=True):
                for name in pool:
                    words = name.split()
                    if len(words) < 2 or _head(words[0]) not in BODY_HEADS:
                        continue  # (the cheap test first: most speakers are persons)
                    words = _closed(words)
                    if len(words) > 1 and fold(words[0]).startswith("ال") and fold(words[1]).startswith("ال") \
                            and not _body_adjective(words[1]):
                        continue  # الشرطة الغاز المسيل للدموع: a definite head's next definite word is its adjective
                    if not 2 <= len(words) <= 10 or _head(words[0]) not in BODY_HEADS:
                        continue
                    if "<" in name or any(not w[0].isalnum() or fold(w) in _NOT_IN_NAME or lookup_cue(w) for w in words) \
                            or any(len(w) >= 5 and w.endswith(("هم", "هما", "ها")) for w in words[1:]):
                        # (a possessed noun, حتفهم, ساعتها: a clause read on, no name)
                        continue
                    key = fold(" ".join(words))
                    if len(words) >= 2 and key not in seen:
                        seen.add(key)
                        tier.append(words)
            self._names = tiers
        return self._names

    def _parent_bodies(self) -> list[str]:
        """Names of a body that belongs to an organisation entity of the article, as written: a body
        head, up to two definite adjectives, then ``ل`` + the entity's name (``الأمانة العامة لمنظمة
        التعاون الإسلامي``); the entities stage tags the organisation but not its organ."""
        text = self.article.text
        out: list[str] = []
        for name in self._body_entities():
            glued = "لل" + name[2:] if name.startswith("ال") else "ل" + name
            for at in _occurrences(text, glued):
                end = at + len(glued)
                whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                lead = text[max(0, at - 60) : at].split()[-3:] if whole else []
                # the head: the first body head of the (up to) three words before, then definite words
                k = next((i for i, w in enumerate(lead) if _head(w) in BODY_HEADS and w.isalpha()), None)
                if k is None or any(not fold(w).startswith("ال") or not w.isalpha() for w in lead[k + 1 :]):
                    continue
                name = " ".join(lead[k:]) + " " + glued
                if fold(lead[k])[:1] in ("و", "ف") and not fold(lead[k]).startswith("ال"):
                    name = name[1:]  # وأكدت الأمانة …: (the conjunction is read off by _head too)
                out.append(name)
        return out

    def _seated_bodies(self) -> list[str]:
        """Names of a body written with its seat or country after ``في`` (``الهيئة العامة للطيران
        المدني في قطر``, ``السفارة الأمريكية في بغداد``; step 46d): an ``ORG`` entity of two words or
        more with a body head, then ``في`` and one place word; the entities stage ends the name before
        ``في``, and a nisba description (``الهيئة القطرية``) names the body by that place."""
        text = self.article.text
        out: list[str] = []
        for name in self._body_entities():
            for at in _occurrences(text, name + " في "):
                place = _TOKEN_RE.match(text, at + len(name) + 4)
                if (at == 0 or not text[at - 1].isalnum()) and place and is_place(place.group()):
                    out.append(f"{name} في {place.group()}")
                    self._seated.add(fold(out[-1]))
        return out

    def _body_entities(self) -> list[str]:
        """Names of the article's ``ORG`` entities of two words or more that open with a body head
        (``الأمانة العامة``, ``الهيئة العامة للطيران المدني``), in entity order."""
        return [e.name for e in self.article.entities
                if e.type == "ORG" and len(e.name.split()) >= 2 and _head(e.name.split()[0]) in BODY_HEADS]

    @property
    def short_forms(self) -> dict[str, str]:
        """Folded short form → the body's name, from the news style ``LONG (SHORT)``: a body head and
        up to six words, then one to three words in brackets (``حركة أرض الباسك والحرية (إيتا)``); a
        short form given two names is left out. Read on first use."""
        if self._short is None:
            table: dict[str, str] = {}
            clash: set[str] = set()
            text = self.article.text
            for m in _SHORT_RE.finditer(text):
                before = text[max(0, m.start() - 120) : m.start()]
                words = before.split("\n")[-1].split()[-7:]
                cut = max((i + 1 for i, w in enumerate(words) if any(c in w for c in "()«»\"“”،,.:؛")), default=0)
                words = words[cut:]
                if len(words) < 2:
                    continue
                k = next((i for i, w in enumerate(words) if _head(w) in BODY_HEADS), None)
                short = m.group(1).strip()
                if k is None or len(words) - k < 2 or not 1 <= len(short.split()) <= 3:
                    continue
                name = words[k:]
                if fold(name[0])[:1] in ("و", "ف", "ب", "ل") and not fold(name[0]).startswith("ال"):
                    name[0] = name[0][1:]
                if any(fold(w) in FILLERS or fold(w) in _NOT_IN_NAME or lookup_cue(w) for w in name):
                    continue  # شركة أبل ساعتها الذكية في متاجر (بست باي): a clause, no name
                long = " ".join(_closed(name))
                key = fold(short)
                if key in table and fold(table[key]) != fold(long):
                    clash.add(key)
                table[key] = long
            self._short = {k: v for k, v in table.items() if k not in clash}
        return self._short

    def expanded(self, speaker: str) -> str | None:
        """The body a short form introduced in brackets stands for (:attr:`short_forms`): the speaker
        is the short form, alone or after the body's head (``إيتا``, ``حركة إيتا`` → ``حركة أرض
        الباسك والحرية``); ``None`` otherwise."""
        words = speaker.split()
        if not 1 <= len(words) <= 4:
            return None
        if self._closers is None:
            text = self.article.text
            closers: set[str] = set()
            at = text.find(")")
            while at >= 0:
                before = text[max(0, at - 40) : at].split()
                if before:
                    closers.add(before[-1].rsplit("(", 1)[-1])
                at = text.find(")", at + 1)
            self._closers = closers
        if words[-1] not in self._closers:
            return None  # (a short form is written before a closing bracket once at least)
        table = self.short_forms
        name = table.get(fold(speaker))
        if name is None and len(words) > 1 and _head(words[0]) in BODY_HEADS:
            name = table.get(fold(" ".join(words[1:])))
            if name is not None and _head(name.split()[0]) != _head(words[0]):
                name = None
        return name if name and fold(name) != fold(speaker) else None

    def kingdom(self, speaker: str) -> str | None:
        """``المملكة`` ("the kingdom") alone → the one kingdom (:data:`KINGDOMS`) among the article's
        place entities, as the entities stage names it; ``None`` with none or two (``المملكة
        المتحدة`` is a name, never read here)."""
        if not speaker.endswith(("ملكة", "مملكه")) or fold(speaker) != _KINGDOM:
            return None
        found = {e.name for e in self.article.entities if e.type in ("LOC", "GPE") and fold(e.name) in KINGDOMS}
        return found.pop() if len(found) == 1 else None

    def fuller(self, speaker: str) -> str | None:
        """The one body name of the article that ``speaker`` is a short form of, else ``None``.

        ``speaker`` (one to five words) must start with a body head (:data:`BODY_HEADS`, definite, or
        indefinite with a complement: ``اتحاد الطلبة``) and contain no person-name token. A name is
        compatible when it is longer (more words, or as many when the speaker holds a preposition:
        ``الشرطة في الهند`` → ``الشرطة الهندية``; a speaker of two words or more that the name starts
        with is a name already: ``وزارة التجارة``), holds no coordinated second body (``… وهيئة …``),
        its head is the speaker's head (or a body head followed by the
        speaker's head: ``مكتب الادعاء …`` for ``الادعاء السويسري``), and every other word of the
        speaker is one of its words by stem (:func:`word_stems`, prepositions aside), in order. A name
        that goes on with a ``ل`` complement right after the speaker's words (``الاتحاد الأوروبي
        لكرة القدم`` for ``الاتحاد الأوروبي``) is another body. Names written inside a longer
        compatible name count once; two or more left: ``None`` (an article about two companies). The
        first tier of :attr:`names` is read before the article's speakers."""
        words = speaker.split()
        if not 1 <= len(words) <= 5 or _head(words[0]) not in BODY_HEADS:
            return None
        if len(words) == 1 and not fold(words[0]).startswith("ال"):
            return None
        if any(is_person_token(w) and not fold(w).startswith("ال") for w in words[1:]):
            return None
        if not any(fold(w).startswith(("ال", "لل")) for w in words):
            return None  # لجنة إسرائيلية, مجموعة حقوقية: an indefinite body stays unnamed (step 28)
        for tier in self.names:
            found = self._compatible(words, tier)
            if len(words) > 2 and found:
                # a name with its seat is only for a head and its nisba (الهيئة القطرية); البنك المركزي
                # المصري is a name already, as full as البنك المركزي في مصر
                found = [n for n in found if fold(" ".join(n)) not in self._seated]
            if found:
                keys = [" " + fold(" ".join(n)) + " " for n in found]
                kept = [n for n, k in zip(found, keys, strict=True) if not any(k != o and k.strip() in o for o in keys)]
                distinct = {fold(" ".join(n)) for n in kept}
                return " ".join(kept[0]) if len(distinct) == 1 else None
        return None

    @staticmethod
    def _compatible(words: list[str], names: list[list[str]]) -> list[list[str]]:
        """The names of ``names`` that the speaker ``words`` is a short form of (see :meth:`fuller`)."""
        rest = [word_stems(w) for w in words[1:] if fold(w) not in FILLERS]
        head = _head(words[0])
        own = fold(" ".join(words)) + " "
        found: list[list[str]] = []
        for name in names:
            if len(name) <= len(rest) or len(name) <= len(words) and len(rest) + 1 == len(words) \
                    or fold(" ".join(name)) + " " == own \
                    or len(words) > 1 and fold(" ".join(name)).startswith(own):
                continue  # وزارة التجارة (والصناعة): a name already, the gold's prefix (a longer form of it)
            if any(_coordinated_body(w) for w in name[1:]):
                continue  # الشرطة الإسرائيلية وهيئة الأوراق المالية: two bodies
            n_content = sum(1 for w in name if fold(w) not in FILLERS)
            if n_content < len(name) and n_content <= len(rest) + 1:
                continue  # a name longer by a preposition only (الشرطة في ماليزيا for الشرطة الماليزية) is
                # no fuller form: the two were swapped (step 47n); the converse is (الشرطة في الهند →
                # الشرطة الهندية)
            if _head(name[0]) == head:
                at = 1
            elif len(name) > 2 and _head(name[0]) == _OFFICE and _head(name[1]) == head and len(words) > 1:
                at = 2  # مكتب الادعاء … for الادعاء السويسري: an office stands for what it serves
            else:
                continue
            last = at - 1
            ok = True
            for stems in rest:
                k = next((i for i in range(last + 1, len(name)) if word_stems(name[i]) & stems), None)
                if k is None:
                    ok = False
                    break
                last = k
            if not ok:
                continue
            if rest and last + 1 < len(name) and _lam_complement(name[last + 1]):
                continue  # الاتحاد الأوروبي لكرة القدم is not الاتحاد الأوروبي
            found.append(name)
        return found

    def headed(self, speaker: str) -> str | None:
        """A one-word club name (an ``ORG`` entity of the article: ``العين``, ``الأهلي``)
        → the name with its head (:data:`NAME_HEADS`) as the article writes it (``نادي العين``,
        ``النادي الأهلي``), when it writes one such form; ``None`` otherwise."""
        words = speaker.split()
        if len(words) != 1 or _head(words[0]) in BODY_HEADS or not words[0][0].isalpha():
            return None
        if self._orgs is None:
            self._orgs = {fold(e.name) for e in self.article.entities if e.type == "ORG"}
        if fold(speaker) not in self._orgs:
            return None
        text = self.article.text
        found: set[str] = set()
        at = text.find(speaker)
        while at >= 0:
            end = at + len(speaker)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            before = text[max(0, at - 20) : at]
            at = text.find(speaker, end)
            if not whole or not before[-1:].isspace():
                continue
            prev = before.split()[-1:] if before.strip() else []
            if not prev or not prev[0].isalpha() or fold(prev[0]).startswith("لل"):
                continue
            head = prev[0]
            if fold(head)[:1] in ("و", "ب", "ل") and _head(head[1:]) in NAME_HEADS:
                head = head[1:]  # ونادي العين, لنادي العين: the head without its proclitic
            if _head(head) in NAME_HEADS:
                found.add(head + " " + speaker)
        if len(found) != 1:
            return None
        return found.pop()


# -- a person's name cut or spelt otherwise (step 46d) -------------------------------------------

#: Letter pairs that transliterate one foreign sound two ways (folded): ``غريفيث``/``جريفيث``,
#: ``ى``/``ي`` and ``ة``/``ه`` at a word's end.
_VARIANT_LETTERS = str.maketrans({"غ": "ج", "ى": "ي", "ة": "ه"})
#: A run of one letter written twice or more (``ترامب``'s ``مّ`` written ``مم``): written once.
_DOUBLED_RE = re.compile(r"(.)\1+")


def spelling_key(word: str) -> str:
    """The key two transliterations of one foreign name share (folded; ``غ`` = ``ج``, ``ى`` = ``ي``,
    ``ة`` = ``ه``, a doubled letter written once, a long ``ا`` inside the word dropped, the ``ن`` of an
    English *-ng* before ``غ``/``ج`` dropped: ``ترامب`` = ``ترمب``, ``جريفيث`` = ``غريفيث``, ``بليسينغ`` =
    ``بليسيغ``). Used only to compare a one-word speaker with the family names
    of the article's persons (:meth:`NameForms.variant`)."""
    f = fold(word).translate(_VARIANT_LETTERS)
    f = f[:1] + f[1:].replace("ا", "").replace("نج", "ج")  # (English -ng: بليسينغ = بليسيغ; step 52a)
    return _DOUBLED_RE.sub(r"\1", f)


class NameForms:
    """A person's name written in a speaker string in a form the article does not give the person
    (step 46d of docs/quotes.md), found against the article's person entities (``PER``):
    :meth:`variant` — a family name spelt another way than the person's full name (``جريفيث`` for
    ``مارتن غريفيث``). (A name cut at its initial ``و`` is kept whole where the subject is read,
    :func:`marsad.quotes.speakers.waw_name_word`, step 46e.)

    Inputs: the article (``entities``). Cost: one pass over the person entities per speaker string tried."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def variant(self, speaker: str) -> str | None:
        """The full name of the one person (an entity of two words or more) whose family name is
        ``speaker`` (one word of four letters or more, no entity's family name as written) spelt
        another way (:func:`spelling_key`); ``None`` when none or two persons fit."""
        if " " in speaker or len(fold(speaker)) < 4 or not speaker.isalpha() or fold(speaker).startswith("ال"):
            return None
        f = fold(speaker)
        key = spelling_key(speaker)
        found = set()
        for e in self.article.entities:
            words = e.name.split()
            if e.type != "PER" or len(words) < 2:
                continue
            if any(w.startswith("ال") or _title(w) for w in words[:-1]):
                continue  # القديس فرنسيس, البابا فرانسيس: a title, not a given name, before the family name
            if _relative_form(e.name, (f,)):
                continue  # ابن بليسينغ: her son, a relation noun before the name (step 52a)
            if fold(words[-1]) == f:
                return None  # the speaker is a family name as written: the fuller-name rule's
            if spelling_key(words[-1]) == key:
                found.add(e.name)
        return found.pop() if len(found) == 1 else None


# -- a study → its makers (step 51d, subj27) ------------------------------------------------------

#: Heads of a study that speaks for the researchers who made it (folded, without ``ال``).
STUDY_HEADS = frozenset(fold(w) for w in "دراسة بحث".split())
#: A noun before the study that is still the study speaking (``نتائج دراسة بريطانية``), folded.
STUDY_PARTS = frozenset(fold(w) for w in "نتائج نتيجة".split())
#: Heads of a maker written as a plural of people (``باحثون``, ``خبراء دوليون``), folded, without ``ال``;
#: only these are read on to their fullest form (``الباحثون في جامعة لندن``).
MAKER_HEADS = frozenset(fold(w) for w in "باحثون باحثين علماء خبراء أطباء".split())
#: ``عمل فيها``, ``شارك فيها``, ``أشرف عليها``, ``قام بها``: a clause on the study, later in its sentence,
#: whose subject is its maker (folded verb, then the resumptive preposition + pronoun).
_MAKER_VERBS = frozenset(fold(w) for w in "عمل وعمل شارك وشارك أشرف وأشرف قام وقام".split())
_RESUMPTIVES = frozenset(fold(w) for w in "فيها عليها بها".split())
#: Tokens that end a sentence for the maker search.
_SENTENCE_TOKENS = frozenset(".!?؟\n")


def study_words(words: list[str]) -> bool:
    """Whether ``words`` (a speaker) is a study and nothing more: an optional ``نتائج``, the head
    (:data:`STUDY_HEADS`, with or without ``ال``) and at most two adjectives (words ending in ``ي``,
    ``ية``, ``ة``: ``بريطانية``, ``طبية حديثة``), no name, complement or issuer (``دراسة لجامعة X``
    names its maker: :meth:`SpeakerCanon.document_issuer`)."""
    if words and fold(words[0]) in STUDY_PARTS:
        words = words[1:]
    if not words or len(words) > 3 or _bare(words[0]) not in STUDY_HEADS:
        return False
    return all(fold(w).endswith(("ي", "ية", "ة", "يه", "ه")) and not is_person_token(w) for w in words[1:])


def _complement(toks: list[str], j: int) -> str:
    """`` في/من`` + the words after it from ``toks[j]`` on (quotation marks dropped), up to a mark, cue
    or stop word, at most :data:`ROLE_WORDS` words: the place of a plural maker (``باحثون من كلية
    "هارفارد تي إتش شان" للصحة العامة``); ``""`` when ``toks[j]`` is no ``في``/``من`` or nothing follows."""
    if j >= len(toks) or fold(toks[j]) not in (fold("في"), fold("من")):
        return ""
    words: list[str] = []
    for t in toks[j + 1 : j + 1 + 2 * ROLE_WORDS]:
        if t in _QUOTE_MARKS:
            continue
        f = fold(t)
        if not t[:1].isalnum() or lookup_cue(t) or f in STOPS or f in PHRASE_STOPS or len(words) >= ROLE_WORDS:
            break
        words.append(t)
    return " " + toks[j] + " " + " ".join(words) if words else ""


class StudyMakers:
    """A study speaker (``دراسة بريطانية``, ``نتائج دراسة``, ``الدراسة``) → the researchers the
    article says made it (step 51d of docs/quotes.md; the gold convention of step 40c: a work speaks
    for its maker when the article names one). The maker is the author after an authoring verb within
    three words of a study noun (``الدراسة التي أجراها باحثون``; :data:`AUTHORED_RE`) or the subject of
    ``عمل/شارك فيها``, ``أشرف عليها``, ``قام بها`` later in the study noun's sentence (``واستغرقت
    الدراسة …، وعمل فيها خبراء دوليون``), read by :func:`marsad.quotes.repair._author_at`. Exactly one
    maker must be written; a one-word plural maker (``باحثون``) is then given the one fuller form the
    article writes of it, the definite plural with ``في``/``من`` + a complement (``الباحثون في جامعة
    لندن``). ``None`` when no maker or two different ones are written.

    Inputs: the article text. Cost: one tokenisation of the article, on the first study speaker."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._maker: list[str | None] | None = None

    def resolve(self, speaker: str) -> str | None:
        """The maker of the study ``speaker`` names (see the class docstring), else ``None``."""
        if not study_words(speaker.split()):
            return None
        if self._maker is None:
            self._maker = [self._find()]
        return self._maker[0]

    def _find(self) -> str | None:
        toks = _TOKEN_RE.findall(self.text)
        found: dict[str, str] = {}
        for k, t in enumerate(toks):
            b = _bare(t)
            if b not in STUDY_HEADS and not (b[:1] in "لب" and _bare(t[1:]) in STUDY_HEADS):
                continue
            maker = None
            for v in range(k + 1, min(k + 4, len(toks))):
                if toks[v] in _SENTENCE_TOKENS:
                    break
                if AUTHORED_RE.match(fold(toks[v])):
                    maker = _author_at(toks, v + 1)
                    if maker and " " not in maker and _bare(maker) in MAKER_HEADS:
                        maker += _complement(toks, v + 2)  # أجراها باحثون من كلية "هارفارد" للصحة العامة
                    break
            if maker is None:
                v = k + 1
                while v + 1 < len(toks) and toks[v] not in _SENTENCE_TOKENS and v < k + 40:
                    if fold(toks[v]) in _MAKER_VERBS and fold(toks[v + 1]) in _RESUMPTIVES:
                        maker = _author_at(toks, v + 2)
                        break
                    v += 1
            if maker:
                found.setdefault(_bare(maker.split()[0]) + " " + " ".join(fold(w) for w in maker.split()[1:]), maker)
        if len(found) != 1:
            return None
        maker = next(iter(found.values()))
        if " " in maker or _bare(maker) not in MAKER_HEADS:
            return maker
        fuller = set()
        for k, t in enumerate(toks[:-2]):
            if fold(t) in (fold("ال" + maker), fold("وال" + maker)) and fold(toks[k + 1]) in (fold("في"), fold("من")):
                rest = _author_at(toks, k + 2, issued=True)
                if rest:
                    fuller.add("ال" + maker + " " + toks[k + 1] + " " + rest)
        return fuller.pop() if len(fuller) == 1 else maker


# -- a description written before a quoted name (step 51d, subj27) -------------------------------

#: At most this many words in a quoted name read after a description (``الهاكر "مرجوج هزازي"``).
QUOTED_NAME_WORDS = 3


#: Characters that may open the name quoted after a description (:func:`quoted_after`).
_QUOTED_OPENERS = "\"«“"
#: Characters that may close it.
_QUOTED_CLOSERS = "\"»”"
#: Characters a quoted name never holds (its closers, a line break, a comma, a full stop).
_QUOTED_STOPS = frozenset("\"«»“”\n،,.")
#: A prefix letter glued to the description (``وقال والهاكر``: و ف ب ل).
_QUOTED_PREFIXES = "وفبل"


def _quoted_at(text: str, at: int, speaker: str) -> int:
    """Where the quoted name after ``speaker`` written at offset ``at`` of ``text`` ends (the offset
    of its closing mark), or ``-1``: ``speaker``, a space, an opening mark, 2 to 40 characters none of
    :data:`_QUOTED_STOPS`, then a closing mark."""
    n = at + len(speaker)
    if not text.startswith(speaker, at) or text[n : n + 1] != " " or not text[n + 1 : n + 2] or (
            text[n + 1] not in _QUOTED_OPENERS):
        return -1
    c0 = n + 2
    for j in range(c0, min(len(text), c0 + 41)):
        if text[j] in _QUOTED_STOPS:
            return j if j - c0 >= 2 and text[j] in _QUOTED_CLOSERS else -1
    return -1


def quoted_after(text: str, speaker: str) -> Iterator[str]:
    """The names quoted right after ``speaker`` in ``text`` (``الهاكر "مرجوج هزازي"`` → ``مرجوج
    هزازي``), in text order: the group of each match of ``(?<![\\w"«“])[وفبل]?SPEAKER ["«“]([^"«»“”\\n،,.]{2,40}?)["»”]``
    as :meth:`re.Pattern.finditer` finds them (non-overlapping, leftmost, the prefix letter read
    first), with :meth:`str.find` and no pattern compiled per speaker (speed32b: a new speaker's
    pattern cost a compile, ~0.5 % of the stage). ``speaker`` non-empty."""
    starts: list[int] = []
    p = text.find(speaker + " ")
    while p >= 0:
        if p and text[p - 1] in _QUOTED_PREFIXES:
            starts.append(p - 1)
        starts.append(p)
        p = text.find(speaker + " ", p + 1)
    last = 0
    for s in sorted(set(starts)):
        if s < last:
            continue
        if s and (text[s - 1].isalnum() or text[s - 1] == "_" or text[s - 1] in _QUOTED_OPENERS):
            continue  # (?<![\w"«“])
        end = _quoted_at(text, s + 1, speaker) if text[s] in _QUOTED_PREFIXES else -1
        c0 = s + 1 + len(speaker) + 2
        if end < 0:
            end = _quoted_at(text, s, speaker)
            c0 = s + len(speaker) + 2
        if end >= 0:
            yield text[c0:end]
            last = end + 1


class QuotedAppositions:
    """A definite description speaker (``الهاكر``, ``الشاب``) → the name the article writes in
    quotation marks right after the same description (``وقال الهاكر "هزازي"``): news of the Saudi
    press introduces a person as description + quoted name, then quotes the description alone (step
    51d of docs/quotes.md). The name is given in the fullest form of the one person entity that holds
    all its words (``مرجوج هزازي``), else as written. ``None`` when the description is a body or
    document head (their own rules), holds a name, or is followed by quoted names of two persons (a
    name and its short form, ``"مرجوج هزازي"`` and ``"هزازي"``, are one).

    Inputs: the article (``text``, ``entities``). Cost: one regular-expression scan per speaker tried."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def resolve(self, speaker: str) -> str | None:
        """The quoted name written right after ``speaker`` (see the class docstring), else ``None``."""
        words = speaker.split()
        if not 1 <= len(words) <= 3 or not fold(words[0]).startswith("ال") or not speaker.replace(" ", "").isalpha():
            return None
        b = _bare(words[0])
        if b in ORG_HEADS or b in DOCUMENT_HEADS or b in STUDY_HEADS or _head(words[0]) in BODY_HEADS:
            return None
        text = self.article.text
        if not any(speaker + " " + mark in text for mark in "\"«“"):
            return None  # (a plain substring test first: the regular expression is built only where it may match)
        if any(is_person_token(w) and not fold(w).startswith("ال") for w in words):
            return None
        f = fold(speaker)
        if is_place(speaker) or any(f == fold(x) for e in self.article.entities for x in (e.name, *e.aliases)):
            return None  # السعودية, الخطوط الجوية البريطانية: a place or a named party, no description
        names = {}
        for quoted in quoted_after(text, speaker):
            inner = quoted.split()
            if not 1 <= len(inner) <= QUOTED_NAME_WORDS or fold(inner[0]).startswith("ال"):
                return None  # الفريق "الأهلي": a name that opens with a definite word is a body's, not a person's
            names.setdefault(" ".join(fold(w) for w in inner), " ".join(inner))
        if not names:
            return None
        key = max(names, key=len)
        if any(not set(k.split()) <= set(key.split()) for k in names):
            return None  # two persons: كل واحد باسمه
        name = names[key]  # (الهاكر "مرجوج هزازي" … الهاكر "هزازي": the one person, named in full once)
        fuller = {e.name for e in self.article.entities if e.type == "PER"
                  and set(key.split()) <= {fold(w) for w in e.name.split()}}
        if len(fuller) == 1:
            return fuller.pop()
        # a person's name only: no entity of the article holds it, so each word must be a person-name
        # token (السعودية "بغير المقبولة أخلاقيا", الخطوط الجوية البريطانية "بريتش إيرويز": a quoted
        # phrase or a body's name after a place or a body)
        return name if all(is_person_token(w) for w in name.split()) and not fuller else None


class ProfessionHolders:
    """Step 51w (issue 6, task desc30): a description headed by a profession that is no title
    (``معالج النادي الإنجليزي``, no word of :data:`TITLE_WORDS`, so :class:`DescribedPersons` reads no
    role phrase for it) → the one person of the article written right after that profession, definite
    and alone or with one nisba adjective (``عن المعالج الفيزيائي روبن بونس``). The description's
    further words (its club, its place) are not compared: the phrase beside the name names the
    profession only, so it cannot contradict them; two persons of the same profession, or none: kept.

    The word before the profession must leave it the head (:func:`_opens_profession`: not ``رئيس
    مجلس إدارة المصرف X``), and a word that heads a body of the article (``مصرف الراجحي``) is none.

    Inputs: the article (``text``, ``entities``, ``mentions``). Cost: one pass over the person
    mentions on first use per article (five tokens read before each), a look-up per speaker."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._table: dict[str, set[str]] | None = None

    @property
    def table(self) -> dict[str, set[str]]:
        """Profession stem (:func:`_role_stem`) → names of the persons written right after it."""
        if self._table is None:
            table: dict[str, set[str]] = {}
            ents, text = self.article.entities, self.article.text
            for m in self.article.mentions:
                if m.entity is None or not 0 <= m.entity < len(ents):
                    continue
                e = ents[m.entity]
                if e.type != "PER" or len(e.name.split()) < 2:
                    continue
                toks = _tokens(text, max(0, m.start - 60), m.start)
                while toks and fold(toks[-1]) in HONORIFICS:
                    toks.pop()
                if len(toks) > 1 and _profession_adjective(toks[-1]):
                    toks.pop()  # المعالج الفيزيائي X: the profession and its one adjective
                word = toks[-1][1:] if toks and fold(toks[-1]).startswith("وال") else toks[-1] if toks else ""
                if not word or not _profession_word(word) or (len(toks) > 1 and not _opens_profession(toks[-2])):
                    continue  # (رئيس مجلس إدارة المصرف X: the word is a title's complement, no profession)
                table.setdefault(_role_stem(word), set()).add(e.name)  # (والمعالج X: a second one)
            bodies = {_role_stem(e.name.split()[0]) for e in ents if e.type not in ("PER", "PERS") and e.name}
            table = {k: v for k, v in table.items() if k not in bodies}  # المصرف of مصرف الراجحي: a body
            self._table = table
        return self._table

    def holder(self, speaker: str) -> str | None:
        """The one person written after the profession heading ``speaker`` (see the class docstring):
        a definite description of two words or more (a definite head or a construct with a definite
        second word), its head a profession (:func:`_profession_word` without ``ال``), no person-name
        token in its first two words; ``أحد``/``إحدى`` + a definite plural is read as the singular;
        else ``None``."""
        words = speaker.split()
        if len(words) > 2 and fold(words[0]) in _ONE_OF and fold(words[1]).startswith("ال") and fold(words[1]).endswith(
                ("ين", "ون")):
            # أحد المعالجين الفيزيائيين في نادي ليفربول: "one of the" + a plural profession → its singular
            words = [words[1][:-2], *words[2:]]
        if not 2 <= len(words) <= ROLE_WORDS or not words[0].isalpha() or is_person_token(words[0]):
            return None  # (a name, the most speakers that reach this rule: the cheap test first)
        f0 = fold(words[0])
        if not (f0.startswith("ال") or fold(words[1]).startswith(("ال", "لل"))):
            return None
        if not _profession_word("ال" + f0 if not f0.startswith("ال") else f0):
            return None
        if any(is_person_token(w) and not fold(w).startswith("ال") for w in words[:2]):
            return None  # شبيه رونالدو, محامي ترامب: the name is the complement, another person
        if not self.article.entities:
            return None
        names = self.table.get(_role_stem(words[0]))
        return next(iter(names)) if names and len(names) == 1 else None


def related_person(article: Article, speaker: str) -> str | None:
    """Step 51w (issue 6, task desc30): a two-word description "X of NAME" (``شبيه رونالدو``: a noun
    that is no title, no body or source head, no person-name token, written without ``ال``, + a word
    of one person of the article) names someone other than that person; when the article names
    exactly one other person (a ``PER`` entity of two words or more, written at least twice: the
    man the story is about, ``حظي الإيطالي بجيانفرانكو سانجونيتي … يعيش سانجونيتي``), the speaker is
    that person. The head must be no word of a person's name or mention of the entities stage (a given
    name no list knows: ``أنغيلا ميركل`` is Merkel herself, ``وبانوس كامينوس`` Kammenos), and the
    speaker no part of a body's or place's name (``مصرف الراجحي``). A headline's description and the body's only other person: issue 6 asks that a
    description be resolved to the person the article itself names, never by world knowledge.
    ``None`` otherwise (a title: ``مستشار ترامب``, a body, two other persons, none)."""
    words = speaker.split()
    if len(words) != 2 or is_person_token(words[0]) or not speaker.replace(" ", "").isalpha():
        return None  # (a name, the most speakers that reach this rule: the cheap test first)
    head, comp = words
    fh = fold(head)
    if fh.startswith(("ال", "و", "ف")) or len(fh) < 3 or _title(head) or is_person_token(head) or is_place(head):
        return None
    b = _bare(fh)
    if b in ORG_HEADS or b in DOCUMENT_HEADS or b in STUDY_HEADS or b in _SOURCE_WORDS or _head(head) in BODY_HEADS:
        return None
    if lookup_cue(head) or fh in STOPS:
        return None
    ents = article.entities
    fc = fold(comp)
    named = [i for i, e in enumerate(ents) if e.type == "PER" and fc in {fold(w) for w in e.name.split()}]
    if len(named) != 1 or len(ents[named[0]].name.split()) < 2:
        return None  # (كالوشا بواليا, the entity بواليا: an unlisted given name before the person's own name)
    def forms(x: str) -> set[str]:  # a name's words, each also without a proclitic (وبانوس كامينوس)
        out = set()
        for w in x.split():
            f = fold(w)
            out.add(f)
            if len(f) > 3 and f[0] in "وبل":
                out.add(f[1:])
        return out

    if any(fh in forms(x) for e in ents if e.type in ("PER", "PERS") for x in (e.name, *e.aliases)) or any(
            m.type in ("PER", "PERS") and m.text and fh in forms(m.text) for m in article.mentions):
        return None  # أنغيلا ميركل: a given name no list knows, the person named, no description of another
    fs = fold(speaker)
    if any(fs in fold(x) for e in ents if e.type not in ("PER", "PERS") for x in (e.name, *e.aliases)) or any(
            m.type not in ("PER", "PERS") and m.text and fs in fold(m.text) for m in article.mentions):
        return None  # مصرف الراجحي: a body's name (its head in no list), no description of a person
    counts: dict[int, int] = {}
    for m in article.mentions:
        if m.entity is not None and m.type in ("PER", "PERS"):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    others = [i for i, e in enumerate(ents) if e.type == "PER" and i != named[0] and len(e.name.split()) >= 2]
    if len(others) != 1 or counts.get(others[0], 0) < 2:
        return None
    return ents[others[0]].name


def _profession_word(word: str) -> bool:
    """A definite noun that can head a person's profession written before a name (``المعالج``,
    ``المحامي``): ``ال`` + at least four letters, no title (:func:`_title`: :class:`DescribedPersons`
    reads those with their complements), no place, body, document or source head, stop word, cue,
    nisba or plural (``ون``/``ين``/``ات``)."""
    f = fold(word)
    if not f.startswith("ال") or len(f) < 6 or not word.isalpha() or _title(word) or is_place(word):
        return False
    b = _bare(f)
    if b in ORG_HEADS or b in DOCUMENT_HEADS or b in STUDY_HEADS or b in _SOURCE_WORDS or _head(word) in BODY_HEADS:
        return False
    if f in STOPS or lookup_cue(word) or f.endswith(("ون", "ين", "ات")) or _profession_adjective(word):
        return False
    return not is_person_token(word)


def _opens_profession(word: str) -> bool:
    """Whether ``word``, written right before a profession, leaves it the head of its phrase: a mark,
    a short particle or preposition (``عن``, ``مع``), a cue verb or a stop word; not a noun that would
    govern it (``إدارة المصرف``, ``رئيس النادي``)."""
    f = fold(word)
    return not word.isalpha() or len(f) <= 3 or bool(lookup_cue(word)) or f in STOPS or f in PHRASE_STOPS


def _profession_adjective(word: str) -> bool:
    """A definite nisba adjective (``الفيزيائي``, ``النفسية``) written after a profession."""
    f = fold(word)
    return f.startswith("ال") and len(f) > 5 and f.endswith(("ي", "يه", "ية")) and word.isalpha()


#: "One of" before a definite plural (folded).
_ONE_OF = frozenset(fold(w) for w in "أحد إحدى".split())

#: Heads of an unnamed source or a crowd (folded, without ``ال``): never a profession of one person.
_SOURCE_WORDS = frozenset(fold(w) for w in "مصدر مصادر شاهد شهود مسؤول مسئول مراقب مراقبون خبير".split())


def transposed(a: str, b: str) -> bool:
    """Whether the folded words ``a`` and ``b`` (five letters or more) differ by two neighbouring
    letters written in the other order (``الهامشي`` / ``الهاشمي``, ``أبودرينة`` / ``أبوردينة``: a typing
    slip of the source; step 51d)."""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def transposed_name(article: Article, speaker: str) -> str | None:
    """The full name of the one person (an entity of two words or more) whose family name is the
    one-word ``speaker`` with two neighbouring letters swapped (:func:`transposed`; step 51d of
    docs/quotes.md); ``None`` when the speaker is a person's family name as written, or when no person
    or two fit. Cost: one pass over the entities per one-word speaker."""
    if " " in speaker or len(speaker) < 5 or not speaker.isalpha():
        return None
    f = fold(speaker)
    if len(f) < 5:
        return None
    found = set()
    for e in article.entities:
        words = e.name.split()
        if e.type != "PER" or len(words) < 2:
            continue
        if len(words[-1]) != len(speaker) and len(fold(words[-1])) != len(f):
            continue  # (a swap keeps the length: most names are left without folding)
        last = fold(words[-1])
        if last == f:
            return None
        if transposed(last, f):
            found.add(e.name)
    return found.pop() if len(found) == 1 else None


#: Nouns of a speech event whose owner the article writes after ``ل`` (``في تصريحات لإليوت هاريس``,
#: ``جاء ذلك في حوار لمارتن غريفيث``), folded.
SPEECH_EVENTS = frozenset(fold(w) for w in "تصريحات تصريح حوار مقابلة حديث كلمة لقاء".split())
#: ``في``/``خلال`` + a speech event (+ one adjective: ``تصريحات صحفية``) + ``ل`` glued to the owner's name.
_OWNED_EVENT_RE = re.compile(r"(?:في|خلال)\s+(\w+)(?:\s+\w+)?\s+لل?(?=\w)")
#: The sentence after a statement that says where it was made: ``وجاء ذلك في …``, ``جاء هذا خلال …``.
_CAME_IN_RE = re.compile(r"\s*و?جاء\s+(?:ذلك|هذا|هذه|ذاك)\s+")
#: The characters that end a sentence for :class:`SpeechEventOwners`.
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")


class SpeechEventOwners:
    """Step 51a (attr28): the person whose interview, statement or speech the article names right
    beside a quotation whose speaker was taken from elsewhere.

    * **In the quotation's own sentence, before its cue** (``وفي تصريحات لإليوت هاريس، مساعد الأمين
      العام …، أكد أن …``): the cue has no subject of its own, and the elided-subject rule took the
      previous speaker (``الأمم المتحدة``); the owner of the speech event that opens the sentence
      speaks. Read when the speaker's span is outside the sentence.
    * **In the sentence right after it** (``دعا المبعوث الخاص للأمم المتحدة إلى اليمن إلى …. وجاء ذلك
      في حوار لمارتن غريفيث، مع بي بي سي``): a speaker that is a description (a role word first, no
      person-name token) is the owner the next sentence names.

    The owner is the ``PER`` mention of the entities stage that starts right after ``ل``/``لل``, named
    by its entity's name (``إليوت هاريس``); a speech event of :data:`SPEECH_EVENTS` with at most one
    word after it (``تصريحات صحفية``). ``None`` when the text has no such phrase there. Source: held-out
    24 (``الأمم المتحدة`` ×2 for ``إليوت هاريس``) and 41 (``المبعوث الخاص`` for ``مارتن غريفيث``) of the
    development sets; ``جاء ذلك في … ل…`` is written 52 times in ANT v2.1."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.article = article
        self._starts: dict[int, str] | None = None
        self._lam: list[int] | None = None

    def _owner_at(self, pos: int) -> str | None:
        if self._starts is None:
            ents = self.article.entities
            self._starts = {
                m.start: ents[m.entity].name
                for m in self.article.mentions
                if m.type in ("PER", "PERS") and m.entity is not None and 0 <= m.entity < len(ents)
            }
        return self._starts.get(pos)

    def _event_owner(self, m: re.Match[str] | None) -> str | None:
        if m is None or fold(m.group(1)) not in SPEECH_EVENTS:
            return None
        return self._owner_at(m.end())

    def _after_lam(self) -> list[int]:
        """The sorted starts of the article's ``PER`` mentions written right after ``ل`` (where an
        owner of :data:`_OWNED_EVENT_RE` can start); made once per article."""
        if self._lam is None:
            if self._starts is None:
                self._owner_at(-1)
            text = self.text
            self._lam = sorted(p for p in self._starts or () if p > 0 and text[p - 1] == "ل")
        return self._lam

    def owner(self, q: Quote) -> str | None:
        """The owner of the speech event written for ``q`` (see the class docstring), or ``None``."""
        text, cue = self.text, q.cue
        if cue is None or q.kind == "headline":
            return None
        # (the lead's speed cut: an owner is a PER mention right after ل, within the 400 characters
        # before the cue for the first reading, after the quotation for the second; most articles
        # and quotations have none, and then nothing else is read)
        lam = self._after_lam()
        i = bisect_left(lam, cue.start - 400)
        before = i < len(lam) and lam[i] < cue.start
        after = bisect_right(lam, q.end) < len(lam)
        if not before and not after:
            return None
        sp = q.speaker_span
        # (the speaker's span ends before the cue's sentence: a sentence end at sp.end - 1 or later in
        # the 400 characters before the cue; read so before the sentence start is looked for, which
        # most quotations, with a speaker in their sentence, never need: the lead's speed cut)
        if before and (
            sp is None
            or sp.start >= q.start
            or (sp.end <= cue.start and _SENTENCE_END_RE.search(text, max(0, sp.end - 1, cue.start - 400), cue.start))
        ):
            lo = max((m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, cue.start - 400), cue.start)), default=0)
            head = text[lo : cue.start]
            at = len(head) - len(head.lstrip(" \t،,-"))
            m = _OWNED_EVENT_RE.match(text, lo + at + (1 if head[at : at + 1] == "و" else 0), cue.start)
            found = self._event_owner(m)
            if found:
                return found
        if not after:
            return None
        words = (q.speaker or "").split()
        if not words or not _title(words[0]) or any(is_person_token(w) for w in words):
            return None
        nxt = _SENTENCE_END_RE.search(text, q.end)
        if nxt is None or text[q.end : nxt.start()].strip(" \"'»”)"):
            return None  # (the statement does not end its sentence)
        came = _CAME_IN_RE.match(text, nxt.end())
        if came is None:
            return None
        return self._event_owner(_OWNED_EVENT_RE.match(text, came.end()))


# -- an unnamed official named later (step 53a) --------------------------------------------------

#: Heads of an unnamed source that the annotators never link to a person named later (folded, no
#: ``ال``): a source, a witness, a plural (step 53a; the gold of held-out 16 keeps ``مصادر``).
_NEVER_LINKED_HEADS = frozenset(fold(w) for w in "مصدر مصادر شاهد شهود".split())
#: An eyewitness (folded): linked only when the next quotation continues it under a name (step 53a).
_WITNESS_HEADS = frozenset(fold(w) for w in "شاهد شاهدة".split())
#: Verbs that continue the previous speaker's statement (folded, ``و`` dropped): ``وتابع توم رويل``
#: right after an unnamed witness's words names that witness (step 53a).
_CONTINUING_CUES = frozenset(fold(w) for w in "تابع تابعت أضاف أضافت استطرد استطردت".split())
#: Proclitics before a definite title in the naming sentence (``والمتحدث``, ``للمتحدث``), folded.
_DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "لل")


def _unnamed_official(words: list[str], witness: bool = False) -> str | None:
    """The title stem of an indefinite official's description (``متحدث عسكري``, ``مسؤول كبير في
    الاتحاد الأوروبي`` → ``متحدث``, ``مسوول``), else ``None``: a definite description, a source or
    witness, a relative, a plural or a description that holds a name has its own rules."""
    if not 1 <= len(words) <= ROLE_WORDS or fold(words[0]).startswith(_DEFINITE_PREFIXES):
        return None
    b = _bare(fold(words[0]))
    if witness and b in _WITNESS_HEADS:
        return b
    if not _title(words[0]) or b in _NEVER_LINKED_HEADS or b in RELATION_HEADS or len(b) > 5 and b.endswith(("ون", "ين")):
        return None
    if definite_description(words) or any(
            is_person_token(w) and not _title(w) and not _bare(fold(w)).endswith(("ي", "ية")) and fold(w) not in FILLERS
            for w in words[1:]):
        # (an indefinite nisba after the head is its adjective, even one the name lists hold: عسكري;
        # باسم is the preposition of متحدث باسم, not the given name)
        return None
    return head_stem(words)[0]


def _content_words(text: str, quotes: list[Quote]) -> set[str]:
    """The words of four letters or more of the quotations' texts (function words are shorter or among
    :data:`STOPS`/:data:`FILLERS`), folded, without a proclitic or the article (``القوات`` = ``قوات``)."""
    out: set[str] = set()
    for q in quotes:
        for t in _TOKEN_RE.findall(text, q.start, q.end):
            f = fold(t)
            if len(f) >= 4 and f not in STOPS and f not in FILLERS:
                out.add(_bare(f))
    return out


def _continued_description(article: Article, quotes: list[Quote], i: int) -> str | None:
    """Step 55b (desc34): the person a definite description of one holder (``النائب العام``: a title
    head with ``ال``, :func:`definite_description`; no plural, relative or body) is named as, when the
    next quotation of another speaker is continued by a verb of continuing (``تابع أضاف استطرد``)
    followed right away by a person's name that the article has not written before that sentence
    (``وأوضح النائب العام للدولة …، أن …`` … ``وأضاف سالم سعيد كبيش، أن …``: held-out 42 snn-1183). A
    name written bare after the verb, no title, is one the reader is meant to know: the holder just
    quoted (a new person is introduced with a role: ``وأضاف وزير الداخلية X``). ``None`` otherwise."""
    s = quotes[i].speaker or ""
    q2 = next((x for x in quotes[i + 1 :] if x.speaker != s), None)
    if q2 is None or not q2.speaker or q2.speaker_span is None or q2.cue is None or q2.cue.start > q2.start:
        return None  # (the cheap tests first: the next quotation and its cue)
    cue = fold(q2.cue_text)
    if cue[:1] == "و" and cue[1:] in _CONTINUING_CUES:
        cue = cue[1:]
    text = article.text
    if cue not in _CONTINUING_CUES or text[q2.cue.end : q2.speaker_span.start].strip():
        return None  # (the name right after the verb: no role, honorific or adverb between)
    words = s.split()
    if not definite_description(words) or len(words) > ROLE_WORDS:
        return None
    b = _bare(fold(words[0]))
    if b in RELATION_HEADS or len(b) > 5 and b.endswith(("ون", "ين")) or any(is_person_token(w) and not _title(w)
                                                                             for w in words[1:]):
        return None
    p = q2.speaker
    if p not in {e.name for e in article.entities if e.type == "PER"}:
        return None
    lo = max(text.rfind("\n", 0, q2.cue.start) + 1,
             max((m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, q2.cue.start - 300), q2.cue.start)), default=0))
    if not lo <= q2.speaker_span.start < q2.start or text.find(p.split()[-1], 0, lo) >= 0:
        return None
    return p


def name_unnamed_officials(article: Article, quotes: list[Quote]) -> None:
    """Step 53a: an unnamed official or eyewitness → the person the next quotation names, when the
    article makes them one (the gold names a speaker at the fullest the article gives; held-out 77
    SK-2333 and BB-909, held-out 40 SK-972; docs/quotes.md step 53a). The next quotation of another
    speaker after the unnamed one's must name a person of the article in its own attribution, before
    its content, and either

    * be continued by a verb of continuing (``وتابع توم رويل``, ``وأضاف شاهد العيان ويدعى كيلانا``) whose
      person the article has not named before that sentence: the unnamed one's words go on under a
      name (also for an eyewitness, ``شاهد عيان``); or
    * write the unnamed official's title, definite (``كشف متحدث عسكري`` … ``وأكد المتحدث باسم المقاومة
      الوطنية، العقيد الركن صادق دويد، أن``; ``ناطق`` = ``متحدث``, a feminine title only a feminine one),
      with every word of the description's complement (after ``في``, ``باسم``, ``ل``: ``مسؤول كبير في
      الاتحاد الأوروبي`` … ``يوهانس هان، مفوض الاتحاد الأوروبي المسؤول``), and restate it: at least
      :data:`marsad.settings.QUOTES_UNNAMED_RESTATED_WORDS` content words shared.

    ``quotes``: the article's final quotes in text order; every quote of that description, before and
    after the naming, is rewritten in place; the person must be the name of a ``PER`` entity of ``article``.
    A source (``مصدر``, ``مصادر``), a relative, a plural or a definite description is never linked
    (their own rules). Cost: nothing unless a quote's speaker is an indefinite title or a witness."""
    text = article.text
    done: dict[str, str | None] = {}
    persons: set[str] | None = None
    for i, q in enumerate(quotes):
        s = q.speaker
        if not s or s in done:
            continue
        done[s] = None
        if s.startswith(("ال", "وال")):
            # (the cheap test first: a definite description is never an unnamed official; step 55b's
            # continued one aside)
            done[s] = _continued_description(article, quotes, i)
            continue
        words = s.split()
        head = _unnamed_official(words, witness=True)
        if head is None:
            continue
        needed: list[set[str]] = []
        after_filler = False
        for w in words[1:]:
            if fold(w) in FILLERS:
                after_filler = True
            elif after_filler or fold(w)[:1] in ("ل", "ب") and not fold(w).startswith("ال"):
                needed.append(word_stems(w))
        feminine = _feminine(words[0])
        q2 = next((x for x in quotes[i + 1 :] if x.speaker != s), None)
        p = q2.speaker if q2 is not None else None
        if persons is None and p:
            persons = {e.name for e in article.entities if e.type == "PER"}
        if q2 is None or not p or persons is None or p not in persons or q2.speaker_span is None or q2.cue is None \
                or q2.cue.start > q2.start:
            continue
        lo = max(text.rfind("\n", 0, q2.cue.start) + 1,
                 max((m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, q2.cue.start - 300), q2.cue.start)),
                     default=0))
        if not lo <= q2.speaker_span.start < q2.start:
            continue  # the name is not written in this sentence's attribution before the quotation
        cue = fold(q2.cue_text)
        if cue[:1] == "و" and cue[1:] in _CONTINUING_CUES:
            cue = cue[1:]
        if cue in _CONTINUING_CUES and text.find(p.split()[-1], 0, lo) < 0:
            done[s] = p  # وتابع توم رويل: the person named afresh continues the unnamed one's words
            continue
        if head in _WITNESS_HEADS:
            continue
        toks = _tokens(text, lo, q2.start)
        if not any(fold(t).startswith(_DEFINITE_PREFIXES) and _title(t) and head_stem([t])[0] == head
                   and (_feminine(t) or not feminine) for t in toks):
            continue
        stems: set[str] = set()
        for t in toks:
            stems |= word_stems(t)
        if not all(n & stems for n in needed):
            continue
        said = _content_words(text, [x for x in quotes[: quotes.index(q2)] if x.speaker == s])
        if len(said & _content_words(text, [q2])) >= settings.QUOTES_UNNAMED_RESTATED_WORDS:
            done[s] = p
    for q in quotes:
        if q.speaker and done.get(q.speaker):
            q.speaker = done[q.speaker]
