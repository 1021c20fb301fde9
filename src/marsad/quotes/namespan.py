"""The edges of a person's name as a speaker (step 51x of docs/quotes.md, issue 6, overlap class).

The gold convention is "the speaker is the fullest name in the article, without titles" (held-out
10/11 READMEs). Four kinds of wrong edge that the earlier rules of
:func:`marsad.quotes.canonical.canonicalise_speakers` leave, each a rewrite of one speaker string:

* **a first name that is also a particle** (:func:`particle_first_name`): ``آن`` (Anne) folds to
  ``ان``, the complementiser, and ``لي`` (Lee) is the preposition with a pronoun ("to me"), so the
  stop-word tests of the fuller-name rules never take them as names: ``رئيس بلدية باريس الاشتراكية
  آن هيدالغو`` … ``وأضافت هيدالغو`` gave ``هيدالغو``. The word is read as a first name only where
  news style introduces a person (right after a definite description or a title word, as written: the
  madda of ``آن`` is kept, ``أن``/``ان`` never count) and right before the one-word speaker.
* **a word before the name that is no part of it** (:func:`leading_non_name`): an independent
  pronoun of a self-introduction (``أعلن أنا جو رعد ترشحي`` → ``جو رعد``) and a clergy title that
  the tagger kept in the mention (``رابي ابراهام كوبر`` → ``ابراهام كوبر``, like the ranks of
  :data:`marsad.quotes.speakers.RANK_TITLES`).
* **a partitive description in apposition before a name** (:func:`leading_non_name`): ``أحد
  المنظمين بيار ستامبول`` ("one of the organisers, Pierre Stambul") → ``بيار ستامبول``; only after a
  definite plural, so a construct (``أحد متابعي ساويرس``, ``أحد أبناء الحرفي …``: gold keeps these
  whole, another person) is left.

* **a movement named without its head** (:func:`body_head`): ``طالبان`` → ``حركة طالبان`` where the
  article writes the head before the name more than half the times.

* **the cue's written subject cut at a name inside it** (step 52c, :func:`written_subject`): ``وقالت
  وكالة الأنباء دوغان`` gave ``دوغان``, ``وأفاد المتحدث باسم بحاح`` the principal ``بحاح``; the words
  between the cue and the name open with a body, medium or spokesman head → the subject as written.
  Called first in :func:`marsad.quotes.canonical.canonicalise_speakers`' chain, per quotation (a few
  slices and set look-ups).

:class:`NameEdges` runs them for one article (with :func:`marsad.quotes.canonical.quoted_medium_head`,
a medium in marks). Cost: each speaker string judged once per article; string tests on it and one
``str.find`` pass over its occurrences. Nothing runs per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.model import Article
from marsad.quotes.cues import fold
from marsad.quotes.plausible import word_class
from marsad.quotes.speakers import TITLE_WORDS, is_person_token, is_stop, lookup_cue

#: First names written like a particle or a preposition with a pronoun, as the text writes them (no
#: folding: ``آن`` with madda is never the complementiser ``أن``); two letters each
#: (:func:`particle_first_name` reads the two characters before a space before the name).
PARTICLE_FIRST_NAMES = ("آن", "لي")

#: Independent pronouns of a self-introduction before one's name (``أنا جو رعد``), folded.
_PRONOUNS = frozenset(fold(w) for w in "أنا نحن".split())

#: Clergy titles written before a name, never part of it (folded, without ``ال``): ``الحاخام``,
#: ``رابي`` (a rabbi, the transliterated form), ``القس``, ``الكاهن``, ``المطران``, ``الأسقف``,
#: ``البطريرك``, ``الكاردينال``.
CLERGY_TITLES = frozenset(fold(w) for w in "حاخام رابي قس قسيس كاهن مطران أسقف بطريرك كاردينال".split())

#: Partitive heads of a description in apposition before a name (``أحد المنظمين بيار ستامبول``), folded.
_PARTITIVES = frozenset(fold(w) for w in "أحد إحدى احد احدى".split())

#: Endings of a sound plural (folded): ``المنظمين``, ``الناشطات``, ``المسؤولون``.
_PLURAL_ENDINGS = ("ين", "ون", "ات")


def bare_word(word: str) -> str:
    """A folded word without the proclitic و/ف and the article ال (``وللقاضية`` stays as is; also
    :mod:`marsad.quotes.repair`'s ``_bare``, memoised there)."""
    w = fold(word)
    if len(w) > 3 and w[0] in "وف" and w[1:3] == "ال":
        w = w[1:]
    if len(w) > 3 and w.startswith("ال"):
        w = w[2:]
    return w


def _lead_forms() -> frozenset[str]:
    """The first words as written that :func:`leading_non_name` may drop: the pronouns and partitives,
    and each clergy title bare, with ``ال`` and with ``وال``, in both hamza spellings."""
    forms = {"أنا", "انا", "نحن", "أحد", "احد", "إحدى", "احدى"}
    for t in "حاخام رابي قس قسيس كاهن مطران أسقف اسقف بطريرك كاردينال".split():
        forms |= {t, "ال" + t, "وال" + t}
    return frozenset(forms)


_LEAD_FORMS = _lead_forms()


def _plain_name_word(word: str) -> bool:
    """A word that can be part of a name: letters only, two or more, no article, no stop word, no
    title word."""
    return (
        word.isalpha()
        and len(word) >= 2
        and not fold(word).startswith("ال")
        and not is_stop(word)
        and bare_word(word) not in TITLE_WORDS
    )


def particle_first_name(text: str, speaker: str) -> str | None:
    """``FIRST speaker`` where ``speaker`` is one word (a family name) that the article writes once or
    more right after a first name of :data:`PARTICLE_FIRST_NAMES`, itself right after a definite
    word or a title word (``الاشتراكية آن هيدالغو``: a person introduced by description); ``None``
    otherwise or when two such first names are written. ``text``: the article text."""
    if (
        " " in speaker
        or len(speaker) < 3
        or not speaker.isalpha()
        or is_stop(speaker)
        or fold(speaker).startswith("ال")
    ):
        return None
    found: set[str] = set()
    at = text.find(speaker)
    while at >= 0:  # (one pass over the speaker's occurrences, the word before each read in place)
        end = at + len(speaker)
        first = text[at - 3 : at - 1] if at >= 3 and text[at - 1] == " " else ""
        if (
            first in PARTICLE_FIRST_NAMES
            and (at == 3 or not text[at - 4].isalnum())
            and (end >= len(text) or not text[end].isalnum())
        ):
            before = text[max(0, at - 43) : at - 3].split()
            prev = before[-1] if before else ""
            if (
                prev.isalpha()
                and not is_stop(prev)
                and (bare_word(prev) in TITLE_WORDS or (fold(prev).startswith("ال") and len(fold(prev)) > 3))
            ):
                found.add(first + " " + speaker)
        at = text.find(speaker, end)
    return found.pop() if len(found) == 1 else None


def leading_non_name(article: Article, speaker: str) -> str | None:
    """The name of ``speaker`` without a leading pronoun, clergy title or partitive description (see
    the module docstring); ``None`` when nothing is dropped. The name kept is two or three words, none
    definite, none a stop or title word; after a pronoun it must be a person entity's name or alias."""
    words = speaker.split()
    if len(words) < 3 or words[0] not in _LEAD_FORMS:
        return None  # (a set look-up of the word as written before any folding)
    first = fold(words[0])
    if first in _PRONOUNS:
        rest = words[1:]
        f = fold(" ".join(rest))
        if not any(
            e.type == "PER" and (fold(e.name) == f or any(fold(a) == f for a in e.aliases))
            for e in article.entities
        ):
            return None
    elif bare_word(words[0]) in CLERGY_TITLES:
        rest = words[1:]
    elif first in _PARTITIVES and len(words) >= 4:
        second = fold(words[1])
        if not (second.startswith("ال") and second.endswith(_PLURAL_ENDINGS) and len(second) > 5):
            return None
        rest = words[2:]
        if any(word_class(w) is not None for w in rest):
            return None  # a verb or an adverb: the sentence going on, no name
    else:
        return None
    if not 2 <= len(rest) <= 3 or not all(_plain_name_word(w) for w in rest):
        return None
    return " ".join(rest)


#: Heads of a movement, party, team or alliance that the gold keeps before the name as the article
#: writes it (``حركة طالبان``, written once or more as ``طالبان`` alone). Not
#: ``منظمة``/``شركة``/``مجموعة``: the gold leaves those out in 7 of its 154 headed speakers
#: (``هيومن رايتس ووتش``, ``أبل``, ``بست باي``), all of them with these three heads.
BODY_HEADS = ("حركة", "جماعة", "حزب", "فريق", "حلف", "تنظيم")
#: One body head (optionally with و/ب/ل) ending right before a name, an opening mark allowed.
_BODY_HEAD_BEFORE_RE = re.compile(r"(?<!\w)[وبل]?(" + "|".join(BODY_HEADS) + r")\s+[\"«“]?$")
#: A ل-complement right after the name: a longer name (``حركة الشباب للتغيير``), not the body's head.
_LAM_AFTER_RE = re.compile(r"[\"»”]?\s+لل?\w{2,}")


def body_head(text: str, speaker: str) -> str | None:
    """``HEAD speaker`` for a body named without its head (``طالبان``) that the article writes after
    one head of :data:`BODY_HEADS` (``حركة طالبان``), the same head every time, and with it more than
    half the times the name is written (a proclitic glued to the name counts as written alone: ``وحماس``),
    as :meth:`marsad.quotes.canonical.SpeakerCanon.medium_head` does for media. Gold convention: the
    fullest name in the article (``حركة طالبان`` ×6 in held-out 39; ``حماس`` alone in held-out 5, where the
    article writes ``حركة حماس`` once in three). ``None`` otherwise; a speaker of one to three words,
    neither definite nor a head itself. Cost: ``str.find`` over the text for the speaker, a short regex
    search before each occurrence."""
    words = speaker.split()
    if not 1 <= len(words) <= 3 or fold(words[0]).startswith(("ال", "وال")) or words[0] in BODY_HEADS:
        return None
    found: set[str] = set()
    hits = bare = 0
    pos = text.find(speaker)
    while pos >= 0:
        end = pos + len(speaker)
        glued = pos > 0 and text[pos - 1] in "وفبل" and (pos == 1 or not text[pos - 2].isalnum())
        if end < len(text) and text[end].isalnum():
            pass
        elif glued:
            bare += 1  # وطالبان, لطالبان: the name alone with a proclitic
        elif pos == 0 or not text[pos - 1].isalnum():
            bare += 1
            m = _BODY_HEAD_BEFORE_RE.search(text, max(0, pos - 12), pos)
            if m is not None and not _LAM_AFTER_RE.match(text, end):
                hits += 1
                found.add(m.group(1))
        pos = text.find(speaker, end)
    if len(found) != 1 or 2 * hits <= bare:
        return None  # (حماس written alone as often as حركة حماس: the gold writes it alone)
    return found.pop() + " " + speaker


class NameEdges:
    """The step-51x rewrites of one article's speakers (see the module docstring), each speaker string
    judged once (a per-article memo: a speaker is repeated over an article's quotations); each rule
    reads the text at the speaker's occurrences only (one ``str.find`` pass each, no scan of the whole
    article per rule).
    ``quoted_medium``: :func:`marsad.quotes.canonical.quoted_medium_head` (passed in: that module
    imports this one)."""

    __slots__ = ("article", "text", "_memo", "_quoted_medium", "cuts")

    def __init__(self, article: Article, quoted_medium: Callable[[str, str], str | None]) -> None:
        self.article = article
        self.text = article.text
        self._memo: dict[str, str | None] = {}
        self._quoted_medium = quoted_medium
        self.cuts: dict[str, str | None] = {}  # step 53b: run_on's memo (read in place by the caller)

    def resolve(self, speaker: str) -> str | None:
        """The rewritten speaker, or ``None`` when no rule of this step applies."""
        memo = self._memo
        if speaker in memo:
            return memo[speaker]
        memo[speaker] = found = self._resolve(speaker)
        return found

    def _resolve(self, speaker: str) -> str | None:
        text = self.text
        n = speaker.count(" ") + 1
        if n >= 3:
            found = leading_non_name(self.article, speaker)
            if found:
                return found
        if n == 1:
            found = particle_first_name(text, speaker) or comma_split_name(text, speaker)  # step 53b
            if found:
                return found
        if n > 4:
            return None
        if is_person_token(speaker.split(" ", 1)[0]):
            # (a name-list word first: a medium in marks may be named so, a movement is not: one of the
            # two find passes per speaker, not both)
            return self._quoted_medium(text, speaker)
        return body_head(text, speaker) if n <= 3 else None

    def run_on(self, speaker: str) -> str | None:
        """Step 53b: :func:`run_on_cut` of a final speaker (whichever rule gave it), memoised per
        article."""
        cuts = self.cuts
        if speaker not in cuts:
            cuts[speaker] = run_on_cut(self.text, speaker)
        return cuts[speaker]


# -- step 52c: the cue's written subject, cut at a name inside it -----------------------------------

#: Heads of a body, a medium or a spokesman (folded, without ``ال``, ``ة`` as ``ه`` as
#: :func:`marsad.quotes.coref._head` keys them) that open the written subject of a cue when the
#: speaker was cut to the name inside it: ``وقالت وكالة الأنباء دوغان`` (``دوغان``), ``وقالت شرطة
#: واشنطن دي سي`` (``دي سي``), ``أعلن المكتب الرئاسي في سول`` (``سول``), ``ويصفه فريق رد سوكس``
#: (``سوكس``), ``وأفاد المتحدث باسم بحاح`` (``بحاح``). The body heads of
#: :data:`marsad.quotes.coref.BODY_HEADS`, the media heads of
#: :data:`marsad.quotes.canonical.MEDIUM_HEADS` and the spokesman heads of step 51u; not the role titles
#: (``قال رئيس الوزراء زيد``: the gold drops a person's title).
SUBJECT_HEADS = frozenset(
    (lambda b: b[:-1] + "ه" if b.endswith("ة") else b)(bare_word(w))
    for w in """منظمة وزارة هيئة مجلس حركة حزب جماعة شرطة حكومة شركة بنك مكتب لجنة تحالف جامعة اتحاد مركز
مؤسسة مرصد نيابة محكمة إدارة جهاز قوات مديرية دائرة برنامج فريق نادي منتخب مجموعة جمعية جبهة معهد أمانة
قيادة ادعاء رابطة نقابة بعثة سفارة قنصلية مستشفى صحيفة جريدة مجلة وكالة شبكة موقع قناة محطة تلفزيون إذاعة
متحدث متحدثة ناطق ناطقة""".split()
)

#: Spokesman heads (folded, without ``ال``): the name must follow ``باسم`` directly (the principal).
_SPOKESMAN = frozenset(fold(w) for w in "متحدث متحدثة ناطق ناطقة".split())

#: Words inside a body's written subject that :func:`marsad.quotes.speakers.is_stop` takes for the end of
#: a subject: ``في`` of a body's seat (``المكتب الرئاسي في سول``), ``باسم`` of a spokesman.
_SUBJECT_INNER = frozenset(("في", "باسم"))

#: A person's titles (folded, without ``ال``) that, inside the gap, make the name the title holder's:
#: ``مكتب رئيس الوزراء بنيامين نتنياهو`` stays the person (step 40b, form16). Not all of
#: :data:`marsad.quotes.speakers.TITLE_WORDS`: ``المكتب الصحفي`` is the press office.
_PERSON_TITLES = frozenset(fold(w) for w in "رئيس رئيسة وزير وزيرة ملك أمير نائب مستشار زعيم".split())

#: Most words written between the cue and the name (``المكتب الرئاسي في``: three).
SUBJECT_GAP_MAX = 4


def _subject_head(word: str) -> bool:
    b = bare_word(word)
    return (b[:-1] + "ه" if b.endswith("ة") else b) in SUBJECT_HEADS


def _prepositional(word: str) -> bool:
    """``في``, ``باسم`` or a word with the preposition ``ل`` (``لمسابقة``, ``لمايكروسوفت``; not ``ال``)."""
    return word in _SUBJECT_INNER or (word[:1] == "ل" and not fold(word).startswith("ال") and len(word) > 2)


def _name_in_complement(rest: list[str], name: str) -> bool:
    """After a definite head (``المكتب``) only definite adjectives may stand before a preposition
    (``الرئاسي في``, ``باسم``, ``لمسابقة``) that takes the name as its complement, or the name itself is
    written with ``ل`` (``المكتب الصحفي لمايكروسوفت``); an indefinite word there opens another phrase
    (``المجموعة حكومات``: the object), and a name right after definite words is in apposition (``الشركة
    الأمريكية أبل``: the body's description, the gold's speaker is the name)."""
    for w in rest:
        if _prepositional(w):
            return True
        if not fold(w).startswith("ال"):
            return False
    return _prepositional(name.split(" ", 1)[0])


def cue_subject(text: str, cue_end: int, start: int, end: int) -> str | None:
    """The written subject ``GAP NAME`` of a cue whose speaker ``NAME`` (``text[start:end]``) was read
    from the end of it: the words between the cue's end ``cue_end`` and ``start`` (one to
    :data:`SUBJECT_GAP_MAX`, on one line, letters only) open with a head of :data:`SUBJECT_HEADS`
    (``وكالة الأنباء`` | ``دوغان``, ``المتحدث باسم`` | ``بحاح``) and hold no stop word but ``في``/``باسم``
    (``وقالت الشرطة أمس زيد`` is left). A definite head alone before the name is the person's title
    (``الفريق مهاب مميش``: a rank) and a spokesman's own name after ``باسم X`` is in apposition
    (``المتحدث باسم الجيش جوناثان كونريكوس``): both left. Gold convention (held-out 10/11 READMEs): an organisation with
    its head as written, a spokesman with the one he speaks for (``متحدثة باسم شرطة لندن``). ``None``
    otherwise. Offsets: characters of ``text``."""
    if not 0 <= cue_end < start <= end or start - cue_end > 60:
        return None
    gap = text[cue_end:start]
    words = gap.split()
    if (
        not 1 <= len(words) <= SUBJECT_GAP_MAX
        or not gap[:1].isspace()
        or not gap[-1:].isspace()
        or "\n" in gap
    ):
        return None
    if not _subject_head(words[0]):
        return None
    if len(words) == 1 and fold(words[0]).startswith(("ال", "وال")):
        return None  # الفريق مهاب مميش, المتحدث زيد: a definite head right before a name is his title
    if bare_word(words[0]) in _SPOKESMAN and words[-1] != "باسم":
        return None  # المتحدث باسم الجيش جوناثان كونريكوس: the name is the spokesman's own, in apposition
    for w in words:
        if not w.isalpha() or (w not in _SUBJECT_INNER and is_stop(w)):
            return None
    if any(bare_word(w) in _PERSON_TITLES for w in words[1:]):
        return (
            None  # مكتب رئيس الوزراء بنيامين نتنياهو: a person's title before his name (step 40b: the person)
        )
    if fold(words[0]).startswith(("ال", "وال")) and not _name_in_complement(words[1:], text[start:end]):
        return None  # المجموعة حكومات مالي: a definite head takes no genitive (the verb's object follows)
    return " ".join(words) + " " + text[start:end]


def written_subject(article: Article, q) -> str | None:
    """:func:`cue_subject` for quote ``q`` (a :class:`marsad.model.Quote`) whose speaker is as written
    at its ``speaker_span`` (or a fuller name ending with it), after its cue."""
    span, cue, s = q.speaker_span, q.cue, q.speaker
    if span is None or cue is None or not s or span.start <= cue.end:
        return None
    text = article.text
    written = text[span.start : span.end]
    if s != written and not s.endswith(" " + written):
        return None  # (a name grown to the fullest one of that person counts: بحاح → خالد محفوظ بحاح)
    return cue_subject(text, cue.end, span.start, span.end)


# -- step 53b: a name cut, padded or split by the text (span32) -------------------------------------

#: Time words the text glues to the name before them with no space (``اكد السويسري جوزيف بلاترأمس
#: الاثنين``), as written; a typing slip of the source, read as one name word by the subject reader.
GLUED_TIME_WORDS = ("أمس", "اليوم")

#: A comma between two words (either comma, spaces around it optional) and the next two words after it.
_COMMA_PAIR_RE = re.compile(r"\s*[،,]\s*(\w+)\s+(\w+)")
#: A comma written before a word, as the text writes it (Arabic and Latin, with or without a space).
_COMMA_BEFORE = ("، ", "،", ", ", ",")


def _whole(text: str, pos: int, end: int) -> bool:
    """``text[pos:end]`` is a whole word (no letter or digit either side)."""
    return (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _count_whole(text: str, word: str) -> int:
    """How many times ``word`` is written as a whole word in ``text`` (one ``str.find`` pass)."""
    n = 0
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if _whole(text, pos, end):
            n += 1
        pos = text.find(word, end)
    return n


def comma_split_name(text: str, speaker: str) -> str | None:
    """``FIRST LAST`` for a one-word ``speaker`` that is either part of a name the text splits with a
    comma (``كشف أوغوستان، سينغور رئيس الاتحاد السنغالي`` … ``واعتبر سينغور``: the subject reader stops
    at the comma, the quotations go to ``أوغوستان`` or ``سينغور``). The pair: ``FIRST`` + comma +
    ``LAST`` + a title word (the apposition of news style, ``رئيس``), both plain name words
    (:func:`_plain_name_word`); ``FIRST`` written nowhere but before that comma (a first name never used
    alone: no list of people, whose members are named on their own), ``LAST`` written alone elsewhere
    (the surname the article goes on with). Gold convention: the fullest name the article gives the
    person (held-out 75: ``أوغوستان سينغور``). ``None`` otherwise. Cost: ``str.find`` passes over the
    speaker's and the other word's occurrences."""
    if " " in speaker or not _plain_name_word(speaker):
        return None
    pairs: set[tuple[str, str]] = set()
    pos = text.find(speaker)
    while pos > 0 and text[pos - 1].isalnum():  # the first occurrence as a whole word
        pos = text.find(speaker, pos + 1)
    end = pos + len(speaker)
    if pos >= 0 and (end >= len(text) or not text[end].isalnum()):
        # the speaker as FIRST: every occurrence stands before the comma, so the first one must
        m = _COMMA_PAIR_RE.match(text, end)
        if m is not None and _plain_name_word(m.group(1)) and bare_word(m.group(2)) in TITLE_WORDS:
            pairs.add((speaker, m.group(1)))
    if not pairs:  # the speaker as LAST: a comma right before one occurrence (a few C-level finds)
        for sep in _COMMA_BEFORE:
            at = text.find(sep + speaker)
            if at < 0:
                continue
            pos = at + len(sep)
            end = pos + len(speaker)
            before = text[max(0, at - 30) : at].split()
            after = text[end : end + 30].split(None, 1)
            if (
                (end >= len(text) or not text[end].isalnum())
                and before
                and _plain_name_word(before[-1])
                and after
                and bare_word(after[0]) in TITLE_WORDS
            ):
                pairs.add((before[-1], speaker))
    if len(pairs) != 1:
        return None
    first, last = pairs.pop()
    pair_re = r"(?<!\w)" + re.escape(first) + r"\s*[،,]\s*" + re.escape(last) + r"(?!\w)"
    n_pair = len(re.findall(pair_re, text))
    if n_pair == 0 or _count_whole(text, first) != n_pair or _count_whole(text, last) <= n_pair:
        return None  # FIRST written alone somewhere (another person, a list), or LAST never used alone
    return first + " " + last


def run_on_cut(text: str, speaker: str) -> str | None:
    """``speaker`` without a word the text runs on into its last name word (``None`` when nothing is
    cut): a time word glued with no space (``جوزيف بلاترأمس`` → ``جوزيف بلاتر``, the name written
    alone elsewhere in the article); a preposition or an adverb after a name of plain name words
    (``بنيامين نتنياهو خلال``: :func:`marsad.quotes.plausible.word_class`, which a name part never is;
    not a particle such as ``إن``, which ends ``لينكد إن``). Gold convention: the name as the article
    gives the person, nothing after it. A definite common noun run on after a name (``لوران الجدل``,
    the verb's object) is not cut: nothing in the text tells it from a family name with the article
    (``عبدالله العليان``, ``الفالح``; measured, step 53b). Cost: string tests, and ``str.find`` passes
    over the stem for a glued time word."""
    words = speaker.split()
    if not words:
        return None
    last = words[-1]
    if last.endswith(GLUED_TIME_WORDS):
        for t in GLUED_TIME_WORDS:
            stem = last[: -len(t)]
            if last.endswith(t) and len(stem) >= 3 and stem.isalpha() and _count_whole(text, stem) > 0:
                return " ".join([*words[:-1], stem])
    if len(words) < 2 or not is_stop(last) or is_person_token(last):
        return None
    if word_class(last) not in ("preposition", "adverb"):
        return None  # (a particle: لينكد إن)
    rest = words[:-1]
    if not all(_plain_name_word(w) for w in rest):
        return None  # (a role or body phrase: رئيس الوزراء خلال …, left to the role rules)
    return " ".join(rest)


#: A name in quotation marks right after a word (one space, the opening mark, one to four words, the
#: closing mark): ``جائزة "مان بوكر"``; group 1 the name.
_MARKED_NAME_RE = re.compile(r" [\"«“]([^\"«»“”\n.،,:؟?!]{2,40})[\"»”]")

#: Most words of a name in marks after its head.
MARKED_NAME_WORDS = 4


def marked_name_after_head(article: Article, q, quotes: list | None = None) -> str | None:
    """``HEAD NAME`` for quote ``q`` (a :class:`marsad.model.Quote`) whose speaker is one indefinite
    word written at its ``speaker_span`` (``جائزة``, ``مهرجان``, ``حملة``) right before a name in
    quotation marks (``أعلنت جائزة "مان بوكر" الأدبية عن …``): the subject reader stops at the mark,
    and a head alone names no one. Gold convention: an organisation with its head as written (held-out
    75: ``جائزة مان بوكر``). The name is one to :data:`MARKED_NAME_WORDS` words, none a stop word (a
    quotation in marks is a sentence), and lies before the quotation (``قال مصدر "…"`` is the quotation
    itself, and so is any quotation of ``quotes``, the article's, that starts inside the marks: ``وهتف
    متظاهرون "الشعب يريد إسقاط الفساد" و"ارحل"``). ``None`` otherwise. Cost: a two-character test per
    quotation, the rest only after a mark."""
    span, s = q.speaker_span, q.speaker
    if span is None or not s or " " in s:
        return None
    text = article.text
    if text[span.end : span.end + 2] not in (' "', " «", " “") or text[span.start : span.end] != s:
        return None
    if not s.isalpha() or fold(s).startswith(("ال", "وال")) or is_stop(s) or is_person_token(s):
        return None
    if bare_word(s) in TITLE_WORDS or word_class(s) is not None:
        return None
    m = _MARKED_NAME_RE.match(text, span.end)
    if m is None or q.start < m.end() <= q.end or span.end <= q.start < m.end():
        return None
    if quotes and any(span.end <= p.start < m.end() for p in quotes):
        return None  # the marks hold another quotation (a list of chants)
    words = m.group(1).split()
    if not 1 <= len(words) <= MARKED_NAME_WORDS or any(is_stop(w) for w in words):
        return None
    return s + " " + " ".join(words)


#: Most words of a conjunct read after the speaker (``والنقابات``, ``ونيسان موتور``).
JOINT_CONJUNCT_WORDS = 3


def _conjunct_word(word: str) -> bool:
    """A word that can open or continue a conjunct: letters only, no stop word, no verb or adverb
    (:func:`marsad.quotes.plausible.word_class`), no cue verb (``ويضيف``)."""
    return word.isalpha() and not is_stop(word) and word_class(word) is None and not lookup_cue(word)


def joint_subject(article: Article, q) -> str | None:
    """The whole coordinated subject of quote ``q`` (a :class:`marsad.model.Quote`) written right after
    its cue, where the speaker is one conjunct of it as written at its ``speaker_span``: the conjunct
    after it runs up to the quotation (``ويدعو المتظاهرون والنقابات إلى سحب …`` gave ``المتظاهرون``;
    a colon or comma before a direct quotation allowed), or the speaker opens with ``و`` right after
    the one word that follows the cue (``وندد سياسيون ونشطاء حقوق إنسان إسرائيليون بتعليقات …`` gave
    the second conjunct). Gold convention: joint speakers as written (held-out 11, 23, 75 READMEs). A
    conjunct after a definite speaker must be definite (``الوزير والوفد``), after a name a name word
    or an entity's (``زيد وعمرو``); ``None`` otherwise. Cost: a slice test per quotation."""
    span, cue, s = q.speaker_span, q.cue, q.speaker
    if span is None or cue is None or not s or span.start <= cue.end or q.start < span.end:
        return None
    text = article.text
    if s[:1] != "و" and text[span.end : span.end + 2] != " و":
        return None  # (the cheap test first: once per quotation)
    if text[span.start : span.end] != s:
        return None
    words = s.split()
    if words[0][:1] == "و" and len(words[0]) > 3 and _conjunct_word(words[0][1:]):
        before = text[cue.end : span.start]
        prev = before.split()
        if (
            len(prev) == 1
            and before[:1] == " "
            and before[-1:] == " "
            and _conjunct_word(prev[0])
            and not is_person_token(words[0][1:])
            and bare_word(prev[0]) not in TITLE_WORDS
        ):
            return prev[0] + " " + s  # سياسيون ونشطاء …: the first conjunct was left before the speaker
        return None
    gap = text[span.end : q.start].rstrip().rstrip(":،,").rstrip()
    after = gap.split()
    if not after or not 1 <= len(after) <= JOINT_CONJUNCT_WORDS or gap[:2] != " و" or "\n" in gap:
        return None
    first = after[0][1:]
    if len(first) < 3 or not _conjunct_word(first) or not all(_conjunct_word(w) for w in after[1:]):
        return None
    if fold(words[0]).startswith("ال"):

        def parallel(w: str) -> bool:  # الشرطة والنيابة العامة: definite words
            return fold(w).startswith("ال")
    else:
        named = {w for e in article.entities if e.type in ("PER", "ORG", "LOC") for w in e.name.split()}

        def parallel(w: str) -> bool:  # دمشق وموسكو: a name word or an entity's
            return is_person_token(w) or w in named

    if not parallel(first):
        return None  # الوزير وزيد: no parallel conjunct
    kept = [after[0]]
    for w in after[1:]:
        if not parallel(w):
            break  # وتتهم دمشق وموسكو مقاتلي المعارضة: the verb's object follows the conjunct
        kept.append(w)
    return s + " " + " ".join(kept)


def span_edges(article: Article, q, quotes: list | None = None) -> str | None:
    """Step 53b's rewrites read at quote ``q``'s ``speaker_span`` (one call per quotation, one slice
    test before either rule): :func:`marked_name_after_head` when a quotation mark follows the speaker,
    :func:`joint_subject` when ``و`` follows it or opens it; ``None`` otherwise."""
    span = q.speaker_span
    if span is None or not q.speaker:
        return None
    nxt = article.text[span.end : span.end + 2]
    if nxt in _MARK_AFTER:
        return marked_name_after_head(article, q, quotes)
    if nxt == " و" or q.speaker[:1] == "و":
        return joint_subject(article, q)
    return None


_MARK_AFTER = frozenset((' "', " «", " “"))
#: The two characters after a speaker that send a quotation to :func:`span_edges` (a mark, ``و``); the
#: caller tests them in place (with ``و`` opening the speaker) so most quotations make no call.
EDGE_NEXT = _MARK_AFTER | {" و"}
