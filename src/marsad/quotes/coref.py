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

Inputs: the article (``text``, ``entities``, ``mentions``); a speaker string. Cost: one pass over the
article's person mentions, on first use per article, and set look-ups per speaker.
"""
from __future__ import annotations

import re

from marsad.model import Article
from marsad.quotes.cues import fold
from marsad.quotes.repair import _bare
from marsad.quotes.speakers import TITLE_WORDS, _role_stem, is_person_token, is_place, lookup_cue

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


#: Person titles not in :data:`TITLE_WORDS` (folded, without ``ال``): a diplomatic attaché.
MORE_TITLES = frozenset(fold(w) for w in "ملحق ملحقة".split())

#: Words as written (not folded) that fold onto a title but are none: the preposition ``أمام``
#: (``امام`` = ``إمام``).
NOT_TITLE_SPELLINGS = frozenset("أمام وأمام".split())


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
        within the clause (no cue, complementiser or mark inside)."""
        toks = [t for t in _TOKEN_RE.findall(text, max(0, start - 160), start) if t not in _QUOTE_MARKS]
        while toks and (fold(toks[-1]) in HONORIFICS or toks[-1] in "،,"):
            toks.pop()
        words: list[str] = []
        for t in reversed(toks):
            if not t[0].isalnum() or lookup_cue(t) or fold(t) in STOPS or len(words) >= ROLE_WORDS + 2:
                break
            words.append(t)
        words.reverse()
        at = max((i for i, w in enumerate(words) if _title(w)), default=None)
        if at is None or not _ends_role(words[-1]):
            return []
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
        before = _TOKEN_RE.findall(text, max(0, start - 30), start)
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
        return found.pop() if len(found) == 1 else None
