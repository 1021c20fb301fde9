"""Speaker attribution: the subject after a cue verb, elided and nominal subjects, canonical names.

Arabic puts the subject after the verb (``وقال وزير الخارجية الروسي سيرغي لافروف، اليوم، إن …``).
:func:`subject_phrase` reads that noun phrase: the words after the cue up to the first stop (a comma,
a complementizer ``إن``/``أن``, a preposition, a time adverb, a colon or a quotation mark).
:func:`analyse_phrase` splits it into a *role* (title words, definite nouns, nisba adjectives:
``وزير الخارجية الروسي``) and a *name* (the first name-like word to the end: ``سيرغي لافروف``), and
classifies it:

* ``"name"`` — a person or named source (``سيرغي لافروف``, ``رويترز``);
* ``"nominal"`` — a definite role noun that refers back (``الوزير``, ``المتحدث``): resolved to the
  last speaker whose role contains that noun, else the last speaker of the same gender;
* ``"source"`` — an unnamed source kept as written (``مصادر أميركية``, ``مسؤول أمريكي``);
* ``"org"`` — an organisation or other definite noun phrase (``وزارة الخارجية``), kept as written;
* ``"elided"`` — no subject (``وتابع:``, ``وقال إن``): the last speaker, with gender agreement of the
  verb (``وقالت`` → the last female speaker).

:class:`SpeakerBook` keeps the speakers of one article in order and canonicalises every name to the
fullest form seen in the article (``لافروف`` → ``سيرغي لافروف``). When the entities stage has
linked PER mentions, a mention inside the subject phrase wins over all of this (its entity's
canonical name, and :attr:`marsad.model.Quote.entity` is set).

The word lists are data, in one place below; they come from the role nouns of ANT and SaudiNewsNet
articles and standard Arabic grammar (the ``نسبة`` adjective, the ``تاء مربوطة`` feminine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.model import Article, Span
from marsad.quotes.cues import fold

#: Words of a role or title (folded spelling; matched with and without the article ``ال``).
TITLE_WORDS = frozenset(fold(w) for w in """
وزير وزيرة رئيس رئيسة نائب نائبة مستشار مستشارة سفير سفيرة مدير مديرة أمين أمينة عام عامة
متحدث متحدثة ناطق ناطقة باسم قائد قائدة زعيم زعيمة ملك ملكة أمير أميرة شيخ دكتور دكتورة
سيد سيدة لواء عميد عقيد جنرال مشير عضو عضوة منسق منسقة مبعوث مبعوثة ممثل ممثلة مندوب مندوبة
حاكم محافظ عمدة قاضي قاض مدعي بابا رئيسا مسؤول مسؤولة مصدر مصادر خبير خبيرة محلل محللة مراسل
مراسلة كاتب كاتبة مؤسس مدرب مدربة لاعب لاعبة نجم نجمة مغني مغنية فنان فنانة ممثلة مخرج مخرجة
سيناتور نائبا عقيد رائد نقيب ولي عهد المرشد مرشد الداعية الإمام إمام مفتي رئيسي الأمين المدير
بروفيسور أستاذ أستاذة طبيب طبيبة باحث باحثة وكيل وكيلة قنصل أسقف بطريرك كاردينال مفوض مفوضة
مساعد مساعدة زوجة زوج والد والدة شقيق شقيقة ابن ابنة رئاسة وزارة الحكومة
""".split())

#: Head nouns of organisations and collective sources (kept as the speaker, never resolved).
ORG_HEADS = frozenset(fold(w) for w in """
منظمة وزارة هيئة مجلس حركة حزب جماعة وكالة صحيفة قناة جيش الجيش شرطة الشرطة حكومة الحكومة
الرئاسة رئاسة البيت الخارجية الداخلية الدفاع شركة بنك البنك مكتب لجنة اللجنة تحالف التحالف
جامعة الجامعة اتحاد الاتحاد مركز المركز مؤسسة المؤسسة بيان البيان التقرير تقرير المرصد مرصد
الأمم المجلس النيابة نيابة محكمة المحكمة السلطات سلطات الإدارة إدارة الوكالة الصحيفة القناة
الموقع موقع وسائل شبكة الشبكة التلفزيون إذاعة الإذاعة
""".split())

#: Adjectives that follow an unnamed source (``مسؤول أمريكي كبير``) and are not names.
SOURCE_ADJECTIVES = frozenset(fold(w) for w in """
كبير كبيرة رفيع رفيعة بارز بارزة سابق سابقة رسمي رسمية مطلع مطلعة مطلعون مطلعين مقرب مقربة
عسكري عسكرية أمني أمنية دبلوماسي دبلوماسية حكومي حكومية محلي محلية آخر أخرى آخرون متطابقة
""".split())

#: Words that end the subject phrase (prepositions, adverbs, conjunctions; folded).
PHRASE_STOPS = frozenset(fold(w) for w in """
في خلال مع عن أمام عبر حول لدى عند قبل بعد منذ خلال على إلى من حتى إثر عقب أثناء ضمن وسط
اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ظهر فجر ليل
مساء الليلة غدا حاليا أيضا كذلك بدوره بدورها من جهته من جهتها جهته جهتها ذلك لكن لكنه
أن إن أنه إنه وأن بأن ان انه قد لقد لم لن لا ما إذ إذا كما الذي التي الذين وهو وهي هو هي
تعليقا ردا تعقيبا معلقا تعليقه يوم مؤخرا سابقا لاحقا الأسبوع الشهر العام صحفي صحافي
""".split())

#: ``ل`` + a medium noun that starts a dative adjunct (``لوكالة``, ``للصحفيين``) and ends the phrase.
_LAM_ADJUNCT = re.compile(r"^(?:لل|لـ|ل(?:وكالة|صحيفة|قناة|موقع|شبكة|إذاعة|اذاعة|تلفزيون|راديو|مراسل|وسائل|صحفيين))")

#: Feminine head nouns end in taa marbuta (``الوزيرة``, ``المتحدثة``); a few are feminine by meaning.
_FEMININE_HEADS = frozenset(fold(w) for w in "الملكة السيدة".split())

#: Tokens of a subject phrase: words (letters, digits, harakat, tatweel, ZWNJ) or one punctuation mark.
TOKEN_RE = re.compile(r"[\w\u0640\u064b-\u065f\u0670\u200c.]+|[^\w\s]")


@dataclass(slots=True)
class Phrase:
    """A subject noun phrase after a cue: ``start``/``end`` absolute offsets; ``text`` as written;
    ``kind`` (name/nominal/source/org/elided); ``name`` and its span when a name was found; ``role``."""

    start: int
    end: int
    text: str
    kind: str
    name: str = ""
    name_span: Span | None = None
    role: str = ""
    gender: str = ""


@dataclass(slots=True)
class SpeakerRecord:
    """One speaker seen in an article: the name (or phrase) as written, its roles, gender, span,
    and the linked entity index when the entities stage linked it."""

    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    gender: str = ""
    span: Span | None = None
    entity: int | None = None


def _strip_clitic(word: str) -> str:
    w = fold(word)
    if len(w) > 3 and w[0] in "وفب" and w[1:3] == "ال":
        return w[1:]
    return w


def _is_definite(word: str) -> bool:
    return _strip_clitic(word).startswith("ال")


def _is_nisba(word: str) -> bool:
    w = _strip_clitic(word)
    return w.endswith(("ي", "ية", "يه", "يون", "يين", "يان"))


def _is_title(word: str) -> bool:
    w = _strip_clitic(word)
    return w in TITLE_WORDS or (w.startswith("ال") and w[2:] in TITLE_WORDS) or w in ORG_HEADS


def phrase_tokens(text: str, start: int, limit: int = 14) -> list[tuple[int, int, str]]:
    """Up to ``limit`` tokens of ``text`` from ``start`` as ``(start, end, token)`` (local offsets)."""
    out = []
    for m in TOKEN_RE.finditer(text, start):
        tok = m.group()
        if tok.endswith(".") and len(tok) > 1:  # a word glued to a full stop: stop before the dot
            out.append((m.start(), m.end() - 1, tok[:-1]))
            out.append((m.end() - 1, m.end(), "."))
        else:
            out.append((m.start(), m.end(), tok))
        if len(out) >= limit:
            break
    return out


def is_stop(tok: str, preps: tuple[str, ...] = ()) -> bool:
    """True when ``tok`` ends a subject phrase (punctuation, preposition, adverb, complementizer, or
    a ``ب``-word when the cue takes ``ب``: ``وطالب الوزير بضرورة``)."""
    if not tok[0].isalnum():
        return True
    f = fold(tok)
    if f in PHRASE_STOPS or _LAM_ADJUNCT.match(tok):
        return True
    if "ب" in preps and f.startswith("ب") and not f.startswith("باسم"):
        return True
    return False


def subject_phrase(
    text: str, start: int, base: int, preps: tuple[str, ...] = (), known: frozenset[str] = frozenset(),
    object_follows: bool = False,
) -> tuple[Phrase, int]:
    """Read the subject noun phrase of a cue from ``text[start:]`` (a paragraph, ``base`` its offset).

    Returns the :class:`Phrase` (kind ``"elided"`` when the first word stops the phrase) and the local
    offset where the phrase ends. ``known`` holds folded name tokens seen in the article; when
    ``object_follows`` (``وجدد لافروف استعداد …``) the phrase ends after the known name.
    """
    toks = phrase_tokens(text, start)
    words: list[tuple[int, int, str]] = []
    name_first = object_follows and bool(toks) and fold(toks[0][2]) in known
    for s, e, tok in toks:
        if is_stop(tok, preps):
            break
        if name_first and fold(tok) not in known:
            break  # the object starts after the known name: وجدد لافروف استعداد …
        words.append((s, e, tok))
    if not words:
        return Phrase(base + start, base + start, "", "elided"), start
    return analyse_phrase(text, words, base), words[-1][1]


def analyse_phrase(text: str, words: list[tuple[int, int, str]], base: int) -> Phrase:
    """Split subject-phrase ``words`` into role and name and classify the phrase (see module doc)."""
    p_start, p_end = words[0][0], words[-1][1]
    name_i = None
    for i, (_, _, tok) in enumerate(words):
        if _is_title(tok) or _is_definite(tok):
            continue
        if fold(tok) in SOURCE_ADJECTIVES:
            continue
        if _is_nisba(tok) and (i == len(words) - 1 or _is_definite(words[i + 1][2])
                               or _is_nisba(words[i + 1][2]) or fold(words[i + 1][2]) in SOURCE_ADJECTIVES):
            continue
        if not any(ch.isalpha() for ch in tok):
            continue
        name_i = i
        break
    head = _strip_clitic(words[0][2])
    gender = "f" if (head.endswith("ة") or head in _FEMININE_HEADS) else ""
    full = text[p_start:p_end]
    if name_i is not None:
        ns, ne = words[name_i][0], words[-1][1]
        role = text[p_start:words[name_i - 1][1]] if name_i > 0 else ""
        return Phrase(base + p_start, base + p_end, full, "name", text[ns:ne], Span(base + ns, base + ne),
                      role, gender)
    if not _is_definite(words[0][2]) and (head in TITLE_WORDS or head.startswith(("مصادر", "مصدر"))):
        return Phrase(base + p_start, base + p_end, full, "source", "", None, full, gender)
    if _is_definite(words[0][2]) and head[2:] in TITLE_WORDS and head not in ORG_HEADS:
        return Phrase(base + p_start, base + p_end, full, "nominal", "", None, full, gender)
    return Phrase(base + p_start, base + p_end, full, "org", "", None, full, gender)


def _tokens(name: str) -> list[str]:
    return [fold(t) for t in name.split()]


class SpeakerBook:
    """The speakers of one article in reading order, for resolution and canonical names."""

    def __init__(self, article: Article) -> None:
        self.records: list[SpeakerRecord] = []
        self.article = article
        self._per_mentions = [
            (i, m) for i, m in enumerate(article.mentions) if m.type in ("PER", "PERS") and m.entity is not None
        ]
        self.known_tokens: set[str] = set()

    # -- entities first ------------------------------------------------------------------
    def entity_in(self, start: int, end: int) -> tuple[int, str, Span] | None:
        """A linked PER mention inside ``[start, end)``: ``(entity index, canonical name, span)``."""
        for _, m in self._per_mentions:
            if m.start >= start and m.end <= end and m.end > m.start:
                ent = self.article.entities[m.entity]  # type: ignore[index]
                return m.entity, ent.name, Span(m.start, m.end)  # type: ignore[return-value]
        return None

    # -- recording and resolution -------------------------------------------------------
    def add(self, rec: SpeakerRecord) -> SpeakerRecord:
        """Record a speaker (named or unnamed) as the most recent one."""
        self.records.append(rec)
        if rec.kind == "name":
            self.known_tokens.update(_tokens(rec.name))
        return rec

    def learn_name(self, name: str) -> None:
        """Add a person name seen outside a cue (e.g. in a headline) to the known name tokens."""
        self.known_tokens.update(_tokens(name))

    def last(self, gender: str = "", role_word: str = "") -> SpeakerRecord | None:
        """The most recent speaker, preferring one whose role contains ``role_word`` (folded,
        without ``ال``), then one whose gender agrees with ``gender`` (``"f"``/``"m"``)."""
        people = [r for r in reversed(self.records) if r.kind in ("name", "nominal")]
        if role_word:
            for r in people:
                if any(role_word in fold(x) for x in r.roles):
                    return r
        for r in people:
            if gender == "f" and r.gender == "f":
                return r
            if gender != "f" and r.gender != "f":
                return r
        if not gender and people:
            return people[0]
        return None

    def resolve(self, phrase: Phrase, verb_gender: str) -> SpeakerRecord | None:
        """The speaker a subject phrase refers to (see the module docstring)."""
        linked = self.entity_in(phrase.start, phrase.end) if phrase.kind != "elided" else None
        if linked is not None:
            idx, name, span = linked
            rec = SpeakerRecord(name, "name", [phrase.role] if phrase.role else [],
                                phrase.gender or verb_gender, span, idx)
            return self.add(rec)
        gender = phrase.gender or verb_gender
        if phrase.kind == "elided":
            return self.last(verb_gender)
        if phrase.kind == "nominal":
            head = _strip_clitic(phrase.text.split()[0])[2:]
            prev = self.last(gender, head)
            if prev is not None:
                if phrase.text not in prev.roles:
                    prev.roles.append(phrase.text)
                return prev
            return self.add(SpeakerRecord(phrase.text, "nominal", [phrase.text], gender,
                                          Span(phrase.start, phrase.end)))
        if phrase.kind == "name":
            return self.add(SpeakerRecord(phrase.name, "name", [phrase.role] if phrase.role else [],
                                          gender, phrase.name_span))
        return self.add(SpeakerRecord(phrase.text, phrase.kind, [], gender, Span(phrase.start, phrase.end)))

    # -- canonical names ----------------------------------------------------------------------
    def canonical(self, name: str) -> str:
        """The fullest name of the article that contains every word of ``name`` in order at its end or
        as a subset (``لافروف`` → ``سيرغي لافروف``); ``name`` itself when none is longer."""
        toks = _tokens(name)
        best = name
        best_len = len(toks)
        for r in self.records:
            if r.kind != "name":
                continue
            rt = _tokens(r.name)
            if len(rt) > best_len and all(t in rt for t in toks):
                best, best_len = r.name, len(rt)
        return best
