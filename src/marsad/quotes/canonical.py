"""Article-level speaker canonicalisation (step 24, docs/quotes.md): a speaker that is right but not
written in the article's canonical form is rewritten to the form the gold convention asks for
("speaker = the fullest name in the article, without titles; a short or nominal subject resolved to
the name the article gives; statements → their author"; held-out 10–11 READMEs, *Conventions
followed*). It runs after :func:`marsad.quotes.repair.repair_speakers`, once every quote of the article
has its speaker, and only rewrites; it never adds or drops a quote.

* **alias → the entity's name**: a speaker that the entities stage records as an alias of an
  organisation whose name is longer (``فيفا``, ``الفيفا`` of ``الاتحاد الدولي لكرة القدم (فيفا)``:
  the ``LONG (SHORT)`` apposition of news style) → the organisation's name;
* **a document for the author of the statement it carried**: a document noun as the subject
  (``وأضاف البيان``, ``بيان أصدره``) whose issuer the phrase does not name → the speaker of the latest
  earlier statement of the article given "in a statement" (``وقالت الشركة في بيان``, ``بحسب ما أعلنته
  الحركة في بيان لها``): the document continues that speaker's statement (discourse anaphora of the
  definite noun; held-out 3, 5, 10 gold); ``بيان للوزارة`` → the ministry the article names in full;
* **the nominative of a plural source**: a sound masculine plural of a person noun written in the
  genitive/accusative after a preposition or an attribution phrase (``وفقا لمسؤولين ومحللين``,
  ``بحسب المسؤولين``) → the nominative the gold writes speakers in (``مسؤولون ومحللون``); only for
  the person nouns of :data:`PLURAL_PERSON_STEMS`, never for names ending in ``ين`` (``حسين``,
  ``فلسطين``, ``الدين``);
* **a role → its holder** (step 32): a speaker that is a role phrase (``مدير مطار الجوف``, two
  words or more, headed by a title word) which the entities stage records as the role of exactly one
  person of the article (``ومدير مطار الجوف عبدالمحسن المضيان``: the role in apposition before the
  name) → that person's name (the gold convention: "the fullest name in the article, without titles");
* **role + name → the name** (step 32): a speaker phrase that ends with the name of a person entity of
  the article and starts with other words that do not make it an organisation (``متحدث باسم مصلحة
  السجون الإسرائيلية اساف ليبراتي``, ``ريال مدريد فلورنتينو بيريزن`` → the name; ``شركة إيفانكا ترامب``
  stays);
* **a document → its issuer** (step 32): a document noun, its adjectives and the name of an
  organisation or person entity of the article (``تقرير جديد للأمم المتحدة`` → ``الأمم المتحدة``);
* **a family name → the full name in apposition**: a one-word speaker (``الوعري``) that the article
  writes once between commas with its first names (``رئيس مجلس الإدارة، صائل الوعري،``: news style
  introduces a person by role, comma, full name, comma).
* **a description → the named person or body** (step 35): a definite role cut before its holder's
  name (``المسؤول عن البرنامج الوطني …، فيصل السماعلي``, ``أمين الأحساء رئيس اللجنة … م. عادل
  الملحم``: :meth:`SpeakerCanon.described_holder`); a definite body noun and its nisba (``الصحيفة
  الإسبانية``) → the body named earlier with that head (``صحيفة "ماركا" الإسبانية``:
  :meth:`SpeakerCanon.described_body`); ``المصدر``, ``المصدر نفسه``, ``نفس المسؤول`` → the source just
  quoted (:meth:`SpeakerCanon.same_source`); a role worded otherwise than the one written after a
  name (``المتحدث القطري`` for ``جاسم آل ثاني، الناطق باسم السفارة القطرية``:
  :meth:`SpeakerCanon.loose_role_holder`). Each only with one candidate, never across a genitive
  or a verb's object, never for an unnamed indefinite official (``مسؤول فلسطيني``, step 28).
* **a described person → the one compatible person** (step 42a, :mod:`marsad.quotes.coref`): a
  definite person description (``مدرب دورتموند``, ``نائب الرئيس``, ``الملحق الصحي السعودي``) → the
  one person whose role phrase written beside a mention has the same head title and every other word
  of it (``بيتر شتويغر المدير الفني لفريق بوروسيا دورتموند``); two or none: kept as written.
* **a body's short form → the body named in full** (step 44c, :class:`marsad.quotes.coref.NamedBodies`):
  ``المملكة`` → the one kingdom the article names (``السعودية``); ``LONG (SHORT)`` → ``SHORT`` is
  ``LONG`` (``إيتا``); a definite head alone or with words of the name (``الشرطة``, ``الادعاء
  السويسري``, ``أمانة المنظمة``) → the one longer body name with that head holding those words by
  stem (``شرطة تورونتو``, ``مكتب الادعاء الاتحادي السويسري``, ``الأمانة العامة لمنظمة التعاون
  الإسلامي``); a one-word club → ``نادي X`` as written. Last in the chain; one candidate only.
* **the fullest name** (step 34): a one- or two-word person name that is a proper part of a PER
  entity's name, of a mention with first names before it, or of a first name introduced with its
  family name (``الفيفي`` → ``موسى الفيفي``, ``أليكسندرا`` → ``أليكسندرا رايزمان``), when the article
  writes one fuller form only; a definite title or description before a name dropped (``المقدم
  الفيفي``, ``الشاهد أليكس شاكر``); a bare unnamed source (``المسؤول``) → the one description the
  article gives it (``مسؤول أمريكي مطلع``); a name cut at its hyphen or dot by a tagger's mention →
  the name as written (``وو سي`` → ``وو سي-هوا``).
* **a medium's head** (step 39b): a paper, agency or channel named without its head (``رويترز``,
  ``النهار الجديد``) → the one head the article writes it with, when it does so at least half the
  times (``وكالة رويترز``, ``صحيفة النهار الجديد``: :meth:`SpeakerCanon.medium_head`); and no rule's
  rewrite to a common word of the name lists (``ليس الوحيد``: :func:`common_start`).

Inputs: the article (its text and ``entities``) and its final quotes; set look-ups and one compiled
regex per rule, run only for the quotes whose speaker has the shape a rule applies to.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from marsad.model import Article, Quote
from marsad.quotes.coref import (
    DescribedPersons,
    NamedBodies,
    NameForms,
    ProfessionHolders,
    QuotedAppositions,
    SpeechEventOwners,
    StudyMakers,
    name_unnamed_officials,
    related_person,
    transposed_name,
)
from marsad.quotes.cues import fold, is_verbal_noun
from marsad.quotes.duals import name_dual_subjects
from marsad.quotes.namespan import EDGE_NEXT, NameEdges, span_edges, written_subject
from marsad.quotes.plausible import common_word_name, word_class
from marsad.quotes.repair import REPORT_SUBJECTS, SpeakerRepair, _bare
from marsad.quotes.speakers import (
    DOCUMENT_HEADS,
    LEADING_VERBS,
    ORG_HEADS,
    PHRASE_STOPS,
    RELATION_HEADS,
    SOURCE_HEADS,
    TITLE_WORDS,
    SpeakerBook,
    _nationality,
    _role_stem,
    is_person_token,
    is_place,
    is_stop,
    lookup_cue,
)
from marsad.quotes.tokens import mark_token_offsets
from marsad.text.scan import char_positions, matches_at

#: Singular stems (folded, without ``ال``) of person nouns whose sound masculine plural ``-ون``/``-ين``
#: names a group of sources in news (``مسؤولون``, ``محللون``, ``ناشطون``, ``باحثون`` …): the plural in
#: ``-ين`` is the genitive/accusative (after ``وفقا ل``, ``بحسب``, ``عن``), ``-ون`` the nominative of a
#: subject (Wright, *A Grammar of the Arabic Language*, §§ 301–302, the sound plural).
PLURAL_PERSON_STEMS = frozenset(fold(w) for w in """
مسؤول محلل مراقب ناشط دبلوماسي باحث مسلح مواطن معارض متظاهر مشارك مختص متحدث موظف مستثمر مقاتل
أكاديمي اقتصادي سياسي عسكري صحفي صحافي مستشار مسعف مراسل منتقد مشرع منظم مدرس معلم أمني محقق
مفاوض محام مدافع مشجع ناخب نائب مهندس مزارع مسافر لاجئ عامل ممثل مندوب منسق مؤيد معلق متابع ناج
مقيم
""".split())

#: A word of a sound masculine plural in the genitive/accusative: optional ``و``, optional ``ال``, a
#: stem, then ``ين`` (``ومحللين``, ``المسؤولين``, ``الدبلوماسيين``).
_OBLIQUE_PLURAL_RE = re.compile(r"^(?P<pre>و?(?:ال)?)(?P<stem>\S{3,}?)ين$")

#: "In a statement" after a cue and its subject, also "in its statement", "by a statement":
#: ``في بيان``, ``في بيانها``, ``ببيان``, ``في تقرير``, ``في رسالة`` (the document heads), folded.
_IN_DOCUMENT_RE = re.compile(
    r"(?<!\S)(?:في|ب|عبر)\s*(?:ال)?(?P<doc>" + "|".join(sorted(DOCUMENT_HEADS, key=len, reverse=True))
    + r")(?:ه|ها|هم|ا)?(?!\S)"
)
#: A document noun with a possessive pronoun, with or without a preposition (``لتقريرها``,
#: ``بيانه``): the document of the sentence's subject (step 51d), folded.
_OWN_DOCUMENT_RE = re.compile(
    r"(?<!\S)(?:[وفبل]|ول|وب)?(?P<doc>" + "|".join(sorted(DOCUMENT_HEADS, key=len, reverse=True))
    + r")(?:ه|ها)(?!\S)"
)
#: How far after a cue (characters) an earlier statement's "in a statement" may stand.
IN_DOCUMENT_REACH = 160
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")


def _plausible_author(speaker: str) -> bool:
    """A speaker that can have issued a statement: not another document (``بيان``, ``بيانًا``), not
    a cue word read as a subject (``مؤكدة``), not a bare construct plural cut from its complement
    (``مسؤولو``) or a one-word role or source head."""
    words = speaker.split()
    if any(_bare(w).rstrip("اً") in DOCUMENT_HEADS or _bare(w) in DOCUMENT_HEADS for w in words):
        return False
    if lookup_cue(words[-1]):
        return False
    if len(words) == 1:
        b = _bare(words[0])
        if b in TITLE_WORDS or b in SOURCE_HEADS or b.endswith("و"):
            return False
    return True


def nominative_plural(speaker: str) -> str:
    """``speaker`` with a leading oblique sound masculine plural of a person noun (and its
    coordinated plurals and plural nisba adjectives) in the nominative: ``مسؤولين ومحللين`` →
    ``مسؤولون ومحللون``, ``المسؤولين الأمريكيين`` → ``المسؤولون الأمريكيون``; any other speaker as it
    is (``حسين``, ``فلسطين``, ``صلاح الدين``, ``مسؤولي الصحة``)."""
    words = speaker.split()
    if not words:
        return speaker
    out: list[str] = []
    changed = False
    for k, w in enumerate(words):
        m = _OBLIQUE_PLURAL_RE.match(w)
        stem = fold(m.group("stem")) if m else ""
        if m and (stem in PLURAL_PERSON_STEMS or (changed and out[-1].endswith("ون"))):
            # (its adjectives and coordinated plurals right after a converted head agree with it:
            # الأمريكيين, حاليين وسابقين)
            out.append(w[:-2] + "ون")
            changed = True
            continue
        if k == 0:
            return speaker  # the first word is no plural person noun: a name or another noun
        out.append(w)
    return " ".join(out) if changed else speaker


class SpeakerCanon:
    """The canonical forms of one article's speakers (see the module docstring)."""

    def __init__(self, article: Article, quotes: list[Quote], book: SpeakerBook | None = None) -> None:
        self.article = article
        self.text = article.text
        self.quotes = quotes
        self._aliases: dict[str, str] | None = None
        self._appositions: dict[str, list[tuple[list[str], int]]] | None = None
        self._persons: list[tuple[str, str, list[str]]] | None = None
        self._entity_keys: list[tuple[str, frozenset[str]]] | None = None
        self._person_mentions: tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]]] | None = None
        self._person_roles: dict[str, list[str]] | None = None
        self._book = book  # the stage's speaker book (its name scans are cached), or one made on first use
        self._tokens: list[tuple[int, str]] | None = None
        self._fullest: dict[str, str | None] = {}  # fullest_name per speaker string
        self._medium_heads: dict[str, str | None] = {}  # medium_head per speaker string

    # -- aliases --------------------------------------------------------------------------------
    @property
    def aliases(self) -> dict[str, str]:
        """Folded alias (also without ``ال``) → the name of the organisation entity it is an alias of,
        for organisations named in two words or more; an alias of two such entities is left out."""
        if self._aliases is None:
            table: dict[str, str] = {}
            clash: set[str] = set()
            for e in self.article.entities:
                if e.type != "ORG" or len(e.name.split()) < 2:
                    continue
                for a in e.aliases:
                    f = fold(a)
                    if len(f.split()) != 1 or f in ORG_HEADS or _bare(f) in TITLE_WORDS:
                        continue  # a one-word short form only (فيفا), not a head noun (الاتحاد)
                    for key in {f, _bare(f)}:
                        if key in table and table[key] != e.name:
                            clash.add(key)
                        table[key] = e.name
            self._aliases = {k: v for k, v in table.items() if k not in clash}
        return self._aliases

    def alias_name(self, speaker: str) -> str | None:
        """The organisation a one-word speaker abbreviates (``الفيفا`` → ``الاتحاد الدولي لكرة القدم``)."""
        if len(speaker.split()) != 1 or not self.article.entities:
            return None
        f = fold(speaker)
        name = self.aliases.get(f) or self.aliases.get(_bare(f))
        return name if name and fold(name) != f else None

    # -- roles and names (step 32) ---------------------------------------------------------------
    @property
    def persons(self) -> list[tuple[str, str, list[str]]]:
        """``(name, folded name, folded roles)`` of the article's person entities named in two words
        or more (a one-word name is too often a family name shared by two people)."""
        if self._persons is None:
            self._persons = [(e.name, fold(e.name), [fold(r) for r in e.roles])
                             for e in self.article.entities if e.type == "PER" and len(e.name.split()) >= 2]
        return self._persons

    @property
    def entity_keys(self) -> list[tuple[str, frozenset[str]]]:
        """``(type, folded name and aliases)`` of every entity of the article, folded once."""
        if self._entity_keys is None:
            self._entity_keys = [(e.type, frozenset(x for x in (fold(e.name), *map(fold, e.aliases)) if x))
                                 for e in self.article.entities]
        return self._entity_keys

    def role_holder(self, speaker: str) -> str | None:
        """The one person whose recorded role is ``speaker`` (a role phrase of two words or more
        headed by a title word: ``مدير مطار الجوف`` → ``عبدالمحسن المضيان``); ``None`` when no person
        or more than one has that role."""
        words = speaker.split()
        if len(words) < 2 or _bare(words[0]) not in TITLE_WORDS or not self.article.entities:
            return None
        f = fold(speaker)
        last = fold(words[-1])
        if not (last.startswith("ال") or last.endswith(("ي", "ية")) or self._names_body(last)):
            return None  # وكيل أعمال: an indefinite construct whose complement is the name that follows
        if any(w.startswith("لل") or (w.startswith("ل") and w[1:] in TITLE_WORDS) for w in f.split()[1:]):
            return None  # مستشار للرئيس التركي: an adviser to the president, not the president
        found = {name for name, _, roles in self.persons if f in roles}
        return found.pop() if len(found) == 1 else None

    def named_in_phrase(self, speaker: str) -> str | None:
        """The person name a longer speaker phrase ends with (``متحدث باسم مصلحة السجون اساف
        ليبراتي`` → ``اساف ليبراتي``) when the words before it are not an organisation's or a
        document's head (``شركة إيفانكا ترامب`` is the company) nor a kinship or relation noun
        (``والد …``, ``ابن …``: another person)."""
        words = speaker.split()
        if len(words) < 3 or not self.article.entities:
            return None
        head = _bare(words[0])
        if head in ORG_HEADS or head in DOCUMENT_HEADS or head in RELATION_HEADS or (
                head in SOURCE_HEADS and head not in TITLE_WORDS):
            return None  # (a spokesman, متحدث, is both a source and a title: his name is the speaker)
        f = fold(speaker)
        best, best_f = None, ""
        for name, fname, _ in self.persons:
            if f.endswith(" " + fname) and len(fname) > len(best_f):
                best, best_f = name, fname
        if best is None:
            return None
        if best_f.split()[0] == "باسم":
            return None  # المتحدثة باسم ترامب: the tagger read "on behalf of" as the first name باسم
        rest = f[: -len(best_f)].split()
        if any(_bare(w) in ORG_HEADS or _bare(w) in RELATION_HEADS for w in rest[-1:]) or any(
                w in _NAME_LINK_WORDS for w in rest):
            return None  # شركة X: the name is the complement; أبو الخير آدم يونس: more of the name
        if any(w.startswith("لل") or (w.startswith("ل") and w[1:] in TITLE_WORDS) or w in _CLOSE_TO_WORDS
               for w in rest[1:]):
            return None  # مستشار للرئيس التركي رجب طيب أردوغان, مصدر مقرب من …: the name is a complement
        if "باسم" in rest and (rest[-1] == "باسم" or any(
                _bare(w) in TITLE_WORDS for w in rest[rest.index("باسم") + 1 :])):
            return None  # متحدث باسم رئيسة الوزراء تيريزا ماي: the spokesman of the named person
        # the word before the name must end a description (a definite noun or adjective, or a place
        # or body the article names), not be more of the name (لويس إيناسيو لولا دا سيلفا, آلان بيتر
        # كايتانو) nor an indefinite construct noun whose complement the name is (متحدث باسم آبي لويل)
        prev = rest[-1]
        if not self._names_body(" ".join(rest)) and (is_person_token(prev) or not (prev.startswith("ال") and len(prev) > 3)):
            return None
        return best

    def _names_body(self, folded: str) -> bool:
        """True when the folded words ``folded`` end with the name or an alias of a place or
        organisation entity of the article (``ريال مدريد``, ``قبرص``)."""
        return any(t != "PER" and any(folded.endswith(x) for x in keys) for t, keys in self.entity_keys)

    # -- a family name and its apposition ---------------------------------------------------------
    @property
    def appositions(self) -> dict[str, list[tuple[list[str], int]]]:
        """Last word → ``(first words, offset of the opening comma)`` of every two- or three-word
        phrase written between commas (or a comma and a colon) in the article; one scan, on first use."""
        if self._appositions is None:
            table: dict[str, list[tuple[list[str], int]]] = {}
            # (tried only at the commas, found by one compiled character scan: the same matches as
            # ``finditer``, whose first character class was tested at every character; speed17)
            for m in matches_at(_APPOSITION_RE, self.text, char_positions(self.text, "،,")):
                words = m.group("words").split()
                if 2 <= len(words) <= 3:
                    table.setdefault(words[-1], []).append((words[:-1], m.start()))
            self._appositions = table
        return self._appositions

    def apposed_name(self, speaker: str) -> str | None:
        """The full name of a one-word speaker (a family name: ``الوعري``) that the article writes
        once in apposition between commas (``…، صائل الوعري، عن إطلاق …``: news style introduces a
        person with role, comma, full name, comma), when that is the only fuller form written there;
        the added first names are words of one to two tokens, not role, stop or definite words."""
        b = _bare(speaker)
        if len(speaker.split()) != 1 or len(speaker) < 3 or b in TITLE_WORDS or b in ORG_HEADS or b in SOURCE_HEADS \
                or b.endswith(("ات", "ون", "ين")) and not is_person_token(speaker):
            return None  # a role, a body, a source or a plural (قيادات) is no family name
        found: set[str] = set()
        for first, at in self.appositions.get(speaker, ()):
            if any(not _first_name_like(w) for w in first):
                continue
            before = self.text[max(0, at - 80) : at].split()[-6:]
            if not any(is_person_token(w) for w in first) and not any(
                    _bare(w) in TITLE_WORDS or _bare(w.lstrip("و")) in TITLE_WORDS for w in before):
                continue  # an unknown first name only after a role: رئيس مجلس الإدارة، صائل الوعري،
            found.add(" ".join(first + [speaker]))
        return found.pop() if len(found) == 1 else None

    # -- the fullest form of a person's name (step 34) ---------------------------------------------
    def fullest_name(self, speaker: str) -> str | None:
        """The fullest form the article writes of a person's name given short (step 34): ``الفيفي`` →
        ``موسى الفيفي``, ``أليكسندرا`` → ``أليكسندرا رايزمان``, ``محمد الصمعاني`` → ``وليد بن محمد
        الصمعاني``. ``speaker`` (one or two words, every one name-like: no role, body, source or document
        head, place, stop or cue word, no plural) is a proper part of

        * a PER entity's name of the article (the speaker's words at its start or its end);
        * a mention in the text with person-name tokens or links before it
          (:meth:`marsad.quotes.speakers.SpeakerBook._expansions`: ``قائد الفريق موسى الفيفي``);
        * a mention in the text with one or two name-like words right after a one-word first name
          (:data:`FULLER_AFTER_WORDS`; news style writes the full name where it introduces the person,
          ``لاعبة الجمباز السابقة أليكسندرا رايزمان،`` and then ``وقالت أليكسندرا``); a definite word
          (``الفيفي``) is a family name and is not extended after.

        The fuller forms found must be parts of one longest form (two people sharing a family name,
        ``إيفانكا ترامب`` and ``دونالد ترامب``, give none); the words added must be person-name tokens,
        name links or first-name-like words (:func:`_first_name_like`, no word of a closed class of
        :func:`marsad.quotes.plausible.word_class`). ``None`` when nothing fuller is written. Gold
        convention: "the speaker is the fullest name in the article" (held-out 10/11 READMEs)."""
        if speaker in self._fullest:
            return self._fullest[speaker]
        self._fullest[speaker] = found_name = self._fullest_name(speaker)
        return found_name

    def _glued(self, words: list[str]) -> bool:
        """Span27: whether the folded ``words`` of an entity's name run a cue's subject into its object
        (:meth:`marsad.quotes.speakers.SpeakerBook.glue_point`: ``ترامب غوغل``), no fuller name."""
        if self._book is None:
            self._book = SpeakerBook(self.article)
        return self._book.glue_point(words) is not None

    def _fullest_name(self, speaker: str) -> str | None:
        """:meth:`fullest_name` uncached."""
        words = speaker.split()
        if not 1 <= len(words) <= 2 or not all(_name_word(w) for w in words) or not all(
                self._person_shaped(w) for w in words):
            return None
        own = [fold(w) for w in words]
        found: list[list[str]] = []
        for typ, keys in self.entity_keys:
            if typ != "PER":
                continue
            for key in keys:
                kw = key.split()
                if len(kw) <= len(own) or not (kw[: len(own)] == own or kw[-len(own):] == own):
                    continue
                if self._glued(kw):
                    continue  # (two parties the tagger ran together: ترامب غوغل; span27)
                if _added_ok(kw, own) or (kw[: len(own)] == own and all(
                        _name_word(w, after=True) for w in kw[len(own):]) and self._introduced_name(kw)):
                    found.append(kw)  # (an unknown family name, where the article introduces the person)
                elif len(own) == 1 and kw[0] == own[0] and self._name_repeated(kw):
                    found.append(kw)  # زعيم الكوميديا عادل إمام … #عادل_إمام: إمام is no title after a first name
        if self._book is None:
            self._book = SpeakerBook(self.article)
        for longer in self._book._expansions(speaker):
            kw = [fold(w) for w in longer.split()]
            if len(kw) > len(own) and kw[-len(own):] == own and _added_ok(kw, own, longer.split()):
                found.append(kw)
        if len(own) == 1 and not words[0].startswith(("ال", "وال")):
            # (not أليكسندرا: fold writes it اليكسندرا)
            found += self._introduced_after(words[0])
        found += self._called_before(speaker)
        if not found:
            return None
        longest = max(found, key=len)
        joined = " " + " ".join(longest) + " "
        if any((" " + " ".join(f) + " ") not in joined for f in found):
            return None  # two different fuller names
        # the longest form as the article writes it (its spelling, not the folded key)
        if self._tokens is None:
            self._tokens = mark_token_offsets(self.text)  # (_WORD_RE.finditer; compiled when built: speed23)
        return _find_words([t for _, t in self._tokens], longest)

    def _name_repeated(self, folded: list[str]) -> bool:
        """Whether a PER entity's name with folded words ``folded`` (two or three words: a first name
        and the rest, letters only) is written whole at least :data:`REPEATED_NAME_TIMES` times in the
        article, a ``#hashtag_name`` counting as written (``عادل إمام`` ×3 and ``#عادل_إمام``). A
        first name's one-word speaker then takes the whole name even where the rest reads as a title
        or a preposition (``إمام`` folds to ``امام``, "in front of"; new-user report nu24 item 1: 6
        quotes of AL-culture-32 credited to ``عادل``); a tagger's one-off run-on (``وقف عادل أمام``)
        is written once."""
        if not 2 <= len(folded) <= 3 or not all(w.isalpha() and len(w) > 1 for w in folded):
            return False
        plain = fold(self.text.replace("_", " "))
        return len(_whole_word_spans(plain, " ".join(folded))) >= REPEATED_NAME_TIMES

    def _introduced_after(self, word: str) -> list[list[str]]:
        """Folded full names that the article writes where it introduces the person with first name
        ``word``: ``word`` and one or two name-like words (:func:`_name_word`), after a description or a
        title (a definite word, a title word, ``تدعى``/``يدعى``, a comma or a line start) and before a
        comma, colon, parenthesis, full stop, line end or a definite word (``لاعبة الجمباز السابقة
        أليكسندرا رايزمان،``). Elsewhere the words after a name are the sentence going on (``وقالت
        أحلام | ستعود``, ``طارق | زار``)."""
        out: list[list[str]] = []
        for m_start, m_end in _whole_word_spans(self.text, word):
            if not self._introduced_at(m_start):
                continue
            after = _WORD_RE.findall(self.text[m_end : m_end + 80])[: FULLER_AFTER_WORDS + 1]
            added: list[str] = []
            k = 0
            while k < min(len(after), FULLER_AFTER_WORDS) and _name_word(after[k], after=True):
                added.append(fold(after[k]))
                k += 1
            nxt = after[k] if k < len(after) else "."
            if added and (nxt in "،,:(.؛" or (nxt.isalpha() and fold(nxt).startswith("ال") and not is_stop(nxt))):
                out.append([fold(word)] + added)
            elif len(added) == 1 and self._titled_at(m_start) and self._written_alone(after[0], word):
                out.append([fold(word), added[0]])  # العماد ميشال عون قد …, and عون alone elsewhere
        return out

    def _called_before(self, speaker: str) -> list[list[str]]:
        """Folded full names written ``تدعى``/``يدعى`` (:data:`_CALLED`) + one or two name-like words
        (:func:`_name_word`) + ``speaker``: what follows "called" up to the name is more of the name
        (``امرأة تدعى نا فانتا كامارا`` → ``نا فانتا كامارا``; step 41b)."""
        out: list[list[str]] = []
        text = self.text
        own = [fold(w) for w in speaker.split()]
        for start, _ in _whole_word_spans(text, speaker):
            lead = text[max(0, start - 40) : start]
            if "دع" not in lead and "سم" not in lead:
                continue  # (a substring test first: "called" is rare, a tokenised window is not cheap)
            before = _WORD_RE.findall(lead)[-3:]
            for k in (1, 2):
                if len(before) > k and fold(before[-k - 1]) in _CALLED and all(
                        _name_word(w, after=True) for w in before[-k:]):
                    out.append([fold(w) for w in before[-k:]] + own)
                    break
        return out

    def _titled_at(self, at: int) -> bool:
        """Whether the word before offset ``at`` is a title or a definite description (``العماد``,
        ``الرئيس``, ``الشيخ``, ``الاشتراكية``): news style's introduction of a person, not a comma or a
        line start (where a name's next word may be the sentence going on)."""
        before = _WORD_RE.findall(self.text[max(0, at - 30) : at])
        prev = before[-1] if before else ""
        return prev.isalpha() and (_bare(prev) in TITLE_WORDS or (fold(prev).startswith("ال") and not is_stop(prev)))

    def _written_alone(self, family: str, first: str) -> bool:
        """Whether ``family`` (a word read after the first name ``first``) is also written as a
        whole word somewhere not right after ``first``: news names a person in full once and by the
        family name after (``العماد ميشال عون`` … ``يرفض عون``), so a word used so is a name (step 41b)."""
        for start, _ in _whole_word_spans(self.text, family):
            prev = _WORD_RE.findall(self.text[max(0, start - 40) : start])
            if not prev or fold(prev[-1]) != fold(first):
                return True
        return False

    def _introduced_at(self, at: int) -> bool:
        """Whether a name written at ``at`` stands where news style introduces a person: after a
        description or a title (a definite word, a title word, ``تدعى``/``يدعى``), a comma or at a line
        start."""
        lead = self.text[max(0, at - 40) : at]
        before = _WORD_RE.findall(lead)
        prev = before[-1] if before else ""
        if not lead.strip(" \t") or lead.rstrip(" \t").endswith("\n") or prev in "،,":
            return True
        return fold(prev) in _CALLED or (prev.isalpha() and (fold(prev).startswith("ال") or _bare(prev) in TITLE_WORDS))

    def _introduced_name(self, folded: list[str]) -> bool:
        """Whether the name with folded words ``folded`` is written somewhere at an introduction
        (:meth:`_introduced_at`) and ends there (a comma, colon, parenthesis, full stop, line end or a
        definite word follows: a tagger's PER name that runs on into the sentence, ``رشدي راشد مهووس``,
        does not)."""
        if self._tokens is None:
            self._tokens = mark_token_offsets(self.text)  # (_WORD_RE.finditer; compiled when built: speed23)
        toks = self._tokens
        n = len(folded)
        for k, (at, t) in enumerate(toks):
            if fold(t) != folded[0] or [fold(x) for _, x in toks[k : k + n]] != folded:
                continue
            nxt = toks[k + n][1] if k + n < len(toks) else "."
            ends = nxt in "،,:(.؛" or (nxt.isalpha() and fold(nxt).startswith("ال") and not is_stop(nxt))
            if ends and self._introduced_at(at):
                return True
        return False

    def titled_name(self, speaker: str) -> str | None:
        """The name after a definite description or rank written in front of it (step 34): ``الشاهد
        أليكس شاكر`` → ``أليكس شاكر``, ``المقدم الفيفي`` → ``موسى الفيفي`` (then its fullest form,
        :meth:`fullest_name`). The first word is a definite noun that is no organisation, document,
        source, relation or report head (``زوجة``, ``والد`` name another person) and no person-name token;
        the rest is one or two name words that start with a known first name or have a fuller form in
        the article. Gold convention: the name "without titles"."""
        words = speaker.split()
        if not 2 <= len(words) <= 3:
            return None
        first = words[0]
        b = _bare(first)
        if not fold(first).startswith("ال") or len(fold(first)) < 4 or is_person_token(first) or b in ORG_HEADS or b in DOCUMENT_HEADS \
                or b in RELATION_HEADS or b in SOURCE_HEADS or fold(first) in REPORT_SUBJECTS:
            return None
        rest = " ".join(words[1:])
        if not all(_name_word(w) for w in words[1:]):
            return None
        fuller = self.fullest_name(rest)
        if fuller:
            return fuller
        return rest if is_person_token(words[1]) and not words[1].startswith("ال") else None

    def described_source(self, q: Quote) -> str | None:
        """The description the article gives an unnamed source written bare (step 34): ``المسؤول``,
        ``مسؤول`` (a headline ``مسؤول: …``, an anaphor ``ووصف المسؤول``) → ``مسؤول أمريكي مطلع``, the
        only other speaker of the article with the same indefinite head and a nisba adjective after it
        (``وفقا لمسؤول أمريكي مطلع``), or a preposition of where it serves (``مسؤول في سفارة الهند
        بالرياض``, step 51s). ``None`` when there is none or two different ones (``مسؤول
        أمريكي``, ``مسؤول روسي``). Gold convention: the core noun phrase of the source."""
        words = (q.speaker or "").split()
        if len(words) != 1:
            return None
        head = _bare(words[0])
        if head not in _SINGLE_SOURCE_HEADS:
            return None
        found: set[str] = set()
        for p in self.quotes:
            ws = (p.speaker or "").split()
            if p is q or len(ws) < 2 or fold(ws[0]) != head:
                continue
            second = fold(ws[1])
            if second in _SOURCE_COMPLEMENT_PREPS and len(ws) >= 3:
                found.add(p.speaker or "")  # مسؤول في سفارة الهند بالرياض: described by where it serves (step 51s)
                continue
            if len(second) < 4 or not second.endswith(("ي", "ية")) or second.startswith("ال") or is_stop(ws[1]):
                continue
            found.add(p.speaker or "")
        return found.pop() if len(found) == 1 else None

    def _person_shaped(self, word: str) -> bool:
        """A one-word speaker that may be a person's first name to extend in the text: a person-name
        token, or a word with no feminine ``ة`` and no pronoun suffix (``دراسة``, ``حكومته`` are things)
        that is no name or alias of a place or organisation of the article (``أثينا``)."""
        if is_person_token(word):
            return True
        f = fold(word)
        if f.endswith("ة") or (len(f) > 4 and f.endswith(_PRONOUN_SUFFIXES)) or word_class(word) is not None:
            return False
        if f[:1] in "وفلبك" and (is_stop(word[1:]) or f[1:] in _NAME_LINK_WORDS):
            return False  # وهذا, لمشروع, كابن: a clitic on a particle or a link
        return not any(t != "PER" and f in keys for t, keys in self.entity_keys)

    # -- documents ------------------------------------------------------------------------------
    def document_author(self, q: Quote, org_of_head: Callable[[str, Quote], str | None]) -> str | None:
        """The author of a document speaker (``البيان``, ``بيان أصدره``) whose phrase names no issuer:
        the speaker of the latest earlier quote whose cue is followed, in its sentence and within
        :data:`IN_DOCUMENT_REACH` characters, by ``في`` + the same document noun (``وقالت الشركة في
        بيان``); ``None`` when there is none."""
        words = (q.speaker or "").split()
        if not words or len(words) > 2 or q.cue is None:
            return None
        doc = _bare(words[0])
        if doc not in DOCUMENT_HEADS:
            return None
        if len(words) == 2:
            second = fold(words[1])
            if second.startswith("ل") and len(second) > 3:
                # بيان للوزارة: the issuer is the ministry, written in full elsewhere
                head = second[2:] if second.startswith("لل") else second[1:]
                if head.startswith("ال"):
                    head = head[2:]
                return self._named_after(words[1], q) or org_of_head(head, q)
            if not second.startswith(("ا", "ن", "ك")) or not second.endswith(("ه", "ها")):
                return None  # بيان أصدره, بيان نشرته: a verb of issuing; any other word: a name
        return self._carried_by(q, doc) or self._owned_by(q, doc)

    def _owned_by(self, q: Quote, doc: str) -> str | None:
        """The speaker of the latest earlier quote whose sentence (cue to full stop, the quote's own
        words included) writes the document with a possessive pronoun (``ذكرت منظمة "يونيسيف" … وفقا
        لتقريرها`` → the report is the organisation's, and ``وذكر التقرير`` is hers; step 51d). The
        pronoun refers to the sentence's subject, the quote's speaker; ``None`` when there is none."""
        for p in reversed(self.quotes):
            if p is q or p.cue is None or p.cue.start >= q.cue.start or not p.speaker or not _plausible_author(p.speaker):
                continue
            lo = min(p.cue.start, p.start)
            stop = _SENTENCE_END_RE.search(self.text, max(p.cue.end, p.end), max(p.cue.end, p.end) + IN_DOCUMENT_REACH)
            hi = min(stop.start() if stop else max(p.cue.end, p.end), q.cue.start)
            if any(m.group("doc") == doc for m in _OWN_DOCUMENT_RE.finditer(fold(self.text[lo:hi]))):
                return p.speaker
        return None

    def document_issuer(self, speaker: str) -> str | None:
        """The issuer a document speaker names after its head (step 32): ``تقرير جديد للأمم المتحدة``
        → ``الأمم المتحدة``, ``تقرير تي إم زد`` → ``تي إم زد``, ``بيان لوزارة الخارجية الروسية`` →
        ``وزارة الخارجية الروسية``, when the words after the document noun and its adjectives are the
        name or alias of an entity of the article (the gold convention "a statement speaks for its
        issuer"). Adjectives skipped: :data:`_DOCUMENT_ADJECTIVES`."""
        words = speaker.split()
        if len(words) < 2 or _bare(words[0]) not in DOCUMENT_HEADS or not self.article.entities:
            return None
        if fold(words[0]).startswith("ال"):
            return None  # البيان موسكو: a definite noun takes no genitive; the name is the verb's object
        k = 1
        while k < len(words) - 1 and fold(words[k]) in _DOCUMENT_ADJECTIVES:
            k += 1
        rest = words[k:]
        first = fold(rest[0])
        if first.startswith("ل") and _bare(words[0]) in _ADDRESSED_DOCUMENTS:
            return None  # رسالة لستورمي دانييلز: a letter's ل names its addressee, not its writer
        if first.startswith("لل") and len(first) > 4:
            rest = ["ال" + rest[0][2:], *rest[1:]]
        elif first.startswith("ل") and len(first) > 3 and not first.startswith("ال"):
            rest = [rest[0][1:], *rest[1:]]
        issuer = " ".join(rest)
        f = fold(issuer)
        # (not a place: بيان بوينس أيرس, مذكرة ميونخ name a declaration after the city)
        return issuer if any(t in ("ORG", "PER") and f in keys for t, keys in self.entity_keys) else None

    def _named_after(self, glued: str, q: Quote) -> str | None:
        """The organisation named as written from ``glued`` (``للمجلس``, the ``ل``-complement of a
        document noun) on: ``ال`` + its head and the definite words and ``ل``-complements that follow
        (``للمجلس الدولي لكرة القدم`` → ``المجلس الدولي لكرة القدم``); ``None`` when no word follows."""
        at = q.speaker_span.start if q.speaker_span is not None else (q.cue.start if q.cue is not None else q.start)
        pos = self.text.find(glued, at)
        if pos < 0:
            return None
        toks = _WORD_RE.findall(self.text[pos + len(glued) : pos + len(glued) + 120])
        name = []
        for k, t in enumerate(toks[:ISSUER_NAME_WORDS]):
            f = fold(t)
            if len(f) > 3 and f.startswith("ال") and _bare(t) not in DOCUMENT_HEADS:
                name.append(t)
            elif len(f) > 2 and f[0] == "ل" and not f.startswith("لل") and k + 1 < len(toks) and fold(toks[k + 1]).startswith("ال"):
                name.append(t)  # لكرة (القدم)
            else:
                break
        if not name or fold(name[-1])[0] == "ل":
            return None
        head = glued[2:] if fold(glued).startswith("لل") else glued[1:]
        return "ال" + head + " " + " ".join(name)

    def _carried_by(self, q: Quote, doc: str) -> str | None:
        """The speaker of the latest earlier quote given "in a statement" (``في`` + ``doc``)."""
        for p in reversed(self.quotes):
            if p is q or p.cue is None or p.cue.start >= q.cue.start or not p.speaker:
                continue
            if not _plausible_author(p.speaker):
                continue
            end = p.cue.end + IN_DOCUMENT_REACH
            stop = _SENTENCE_END_RE.search(self.text, p.cue.end, end)
            if stop:
                end = stop.start()
            if p.start > p.cue.end:
                end = min(end, p.start)
            window = fold(self.text[p.cue.start : end])
            if any(m.group("doc") == doc for m in _IN_DOCUMENT_RE.finditer(window)):
                return p.speaker
        return None


    # -- a description → the named person or body (step 35) ------------------------------------
    @property
    def person_mentions(self) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]]]:
        """``({start: (end, name)}, {end: (start, name)})`` of the mentions written in two words or more
        of the article's person entities named in two words or more (``عادل الملحم``), by their
        character offsets; one pass over :attr:`Article.mentions`, on first use."""
        if self._person_mentions is None:
            by_start: dict[int, tuple[int, str]] = {}
            by_end: dict[int, tuple[int, str]] = {}
            ents = self.article.entities
            for m in self.article.mentions:
                if m.entity is None or not 0 <= m.entity < len(ents):
                    continue
                e = ents[m.entity]
                if e.type != "PER" or m.type != "PER" or len(e.name.split()) < 2 or len(m.text.split()) < 2:
                    continue
                by_start[m.start] = (m.end, e.name)
                by_end[m.end] = (m.start, e.name)
            self._person_mentions = (by_start, by_end)
        return self._person_mentions

    def described_holder(self, q: Quote) -> str | None:
        """The person a role description names (step 35): a speaker headed by a title word (``أمين
        الأحساء``, ``المسؤول``, ``مسؤولة السياسة الخارجية في الاتحاد الأوروبي``) → the one person
        whose full name the article writes in apposition with that same phrase: after it, past more
        of the role, a second role, an honorific or a comma (``وأوضح أمين الأحساء رئيس اللجنة المحلية
        م. عادل الملحم``, ``المسؤول عن البرنامج الوطني …، فيصل السماعلي``), or before it after a comma
        or a cue verb (``أكد سليمان الحمدان رئيس الهيئة العامة``). Every written occurrence of a
        phrase of two words or more is read, only the speaker's own mention for a one-word role;
        ``None`` unless exactly one person is found (the gold convention "the fullest name in the
        article", held-out 10–11 READMEs). Not for sources (``مصدر``), relations (``والد …``) or
        plurals, and never across a genitive (``مستشار ترامب``, ``مدير مكتب الرئيس X``, ``متحدث باسم
        رئيسة الوزراء X``: the name is the complement)."""
        speaker = q.speaker or ""
        words = speaker.split()
        if not words or len(words) > 10 or not self.article.mentions:
            return None
        head = _bare(words[0])
        if not _definite_role(words):
            return None  # مسؤول فلسطيني: an unnamed official keeps the description (step 28)
        if (not _person_title(words[0]) and head not in _MORE_ROLE_HEADS) or head in _UNNAMED_HEADS \
                or head in RELATION_HEADS or len(head) > 5 and head.endswith(("ون", "ين")):
            return None
        if any(_is_complement_link(w, nxt) for w, nxt in zip(words, [*words[1:], ""], strict=True)) or any(
                _person_title(w) and fold(w).startswith("ال") for w in words[1:]):
            # (a coordinated role of the same holder stays: كاتب العدل والرئيس السابق)
            return None  # مستشار للرئيس التركي, متحدث باسم رئيسة الوزراء, نائب الرئيس: a complement
        for k in range(1, len(words)):
            if _person_title(words[k]) and not (k == 1 and head in _COMPOUND_TITLE_HEADS) and not (
                    fold(words[k - 1]).startswith("ال") or _coordinated(words[k])):
                return None  # مدير مكتب وزير الخارجية X, مستشار رئيس الوزراء X: X holds the inner title
        by_start, by_end = self.person_mentions
        if not by_start:
            return None
        spots = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)[وف]?" + re.escape(speaker) + r"(?!\w)", self.text)]
        if len(words) == 1:
            own = q.speaker_span
            spots = [sp for sp in spots if own is not None and sp[0] <= own.start < sp[1] + 1]
        found: set[str] = set()
        for s, e in spots:
            after = self._name_after_role(e, by_start, words[-1])
            if after:
                found.add(after)
            if self.text[s] not in "وف" or self.text[s : s + len(speaker)] == speaker:
                before = self._name_before_role(s, by_end)
                if before:
                    found.add(before)
        return found.pop() if len(found) == 1 else None

    def _name_after_role(self, at: int, by_start: dict[int, tuple[int, str]], last: str) -> str | None:
        """The person named right after a role phrase ending at ``at``: past at most
        :data:`ROLE_GAP_WORDS` words that go on describing the role (definite words, ``ل``/``ب``
        words, ``في``/``على``/``عن`` + a non-title word, an indefinite title word after a definite one,
        honorifics, one comma); ``None`` at a sentence end, a quotation mark, a cue, ``أن``, a number,
        or a word before the name that makes the name its complement. ``last``: the role's last word."""
        prev = fold(last)
        n = 0
        dot_ok = False
        pp = False  # (a complement after على/عن read: step 55e)
        toks = [(m.start(), m.group()) for m in _WORD_RE.finditer(self.text, at, min(len(self.text), at + 240))]
        for i, (pos, w) in enumerate(toks):
            hit = by_start.get(pos)
            if hit is not None:
                if prev not in ("،", ",") and not _ends_description(prev):
                    return None  # مستشار ترامب, الحالة الصحية للفنان X: the name is a complement
                return hit[1]
            f = fold(w)
            if w in "،,":
                if prev in ("،", ","):
                    return None
                prev = w
                continue
            if w == "." and dot_ok:
                dot_ok = False
                continue
            n += 1
            if prev == "عن" and f == "بعد":
                prev = "ال"  # التعليم عن بعد ("remote" learning) goes on describing the role
                continue
            if n > ROLE_GAP_WORDS or not w[0].isalpha() and f not in _HONORIFICS or lookup_cue(w) \
                    or f in _STOP_BEFORE_NAME or (prev in ("،", ",") and f not in _HONORIFICS):
                return None
            if f in _HONORIFICS:
                prev = "ال"  # (an honorific ends a description: م. عادل الملحم)
                dot_ok = len(f) == 1
                continue
            dot_ok = False
            definite = f.startswith(("ال", "وال", "بال", "لل"))
            if pp and definite and _profession_before_name(w, prev, toks, i, by_start):
                prev = "ال"  # المشرف على العروض المخرج X: the holder's profession (step 55e)
                continue
            if _person_title(w) and (definite or f[:1] in ("ل", "ب") and _bare(w) != f):
                return None  # another person's role: الرئيس X, لرئيس X
            if _person_title(w) and not _ends_description(prev):
                return None  # مدير مكتب وزير …: the title is the genitive of an indefinite noun
            if prev == _FI and not definite and _unknown_place_before(w, toks, i, by_start):
                prev = "ال"  # (the place ends the description, as a definite word would)
                continue  # في موتريال ميلين دروان: a place the gazetteer lacks, then the holder (step 54d)
            if prev in _PREPOSITIONS and not (definite or is_place(w)) and not _construct_after_on(prev, w, toks, i):
                return None  # من أجل …, المسؤول عن رئيس …: no longer the role's description
            if f in _ON_ABOUT:
                pp = True
            if f in _CLOSE_TO_WORDS and f not in _PREPOSITIONS:
                return None
            if not (definite or f in _PREPOSITIONS or _person_title(w) or is_place(w) or _nisba_word(w)):
                nxt = fold(toks[i + 1][1]) if i + 1 < len(toks) else ""
                if not nxt.startswith(("ال", "لل", "بال")):
                    return None  # an indefinite word goes on the role only in construct: لنصرة الأشقاء
            prev = f
        return None

    def _name_before_role(self, at: int, by_end: dict[int, tuple[int, str]]) -> str | None:
        """The person named right before a role phrase starting at ``at``: ``X، ROLE`` (a comma), or
        ``CUE X ROLE`` (a cue verb before the name: ``أكد سليمان الحمدان رئيس الهيئة``; any other
        word before ``X ROLE`` may make the role the verb's object: ``استقبل الملك سلمان مدير …``)."""
        k = at
        while k > 0 and self.text[k - 1] in " \t":
            k -= 1
        comma = k > 0 and self.text[k - 1] in "،,"
        if comma:
            k -= 1
            while k > 0 and self.text[k - 1] in " \t":
                k -= 1
        hit = by_end.get(k)
        if hit is None:
            return None
        if comma:
            return hit[1]
        before = self.text[max(0, hit[0] - 40) : hit[0]].split()
        return hit[1] if before and lookup_cue(before[-1]) else None

    def same_source(self, q: Quote) -> str | None:
        """The earlier speaker an anaphoric source stands for (step 35): ``المصدر``, ``المصدر ذاته``,
        ``نفس المصدر``, ``المسؤول نفسه`` … (a definite source or official marked as "the same", or the
        bare definite ``المصدر``) → the speaker of the latest earlier quote of the article (``بحسب بيان
        نشرته الحركة … بحسب المصدر ذاته`` → the movement, held-out 23; ``نفس المسؤول`` → ``مصدر مسؤول في
        وزارة الخارجية السورية``, held-out 15; ``بحسب ما أوضحه جاو كيغي … وتابع المصدر نفسه``). A bare
        ``المصدر`` never becomes a named person (step 21, finding 9: ``قال مفتي الجمهورية الشيخ أحمد
        الطيب … وقال المصدر`` is someone else), only a description or a body (``النيابة العامة``). A bare ``المصدر`` after an indefinite ``مصدر`` written before (``حسب
        ما قال مصدر ناقش المسألة … وذكرت صحيفة بوليتيكو … وقال المصدر``) takes only an earlier quote of
        such a source (the lexical antecedent, not the paper quoted in between). ``None`` when there
        is none."""
        f = fold(q.speaker or "")
        words = f.split()
        if not words or len(words) > 2:
            return None
        if len(words) == 1:
            if f != "المصدر":
                return None
        else:
            a, b = words
            if a in _SAME_BEFORE and _bare(b) in _SAME_HEADS and b.startswith("ال"):
                pass
            elif _bare(a) in _SAME_HEADS and a.startswith("ال") and b in _SAME_MARKERS:
                pass
            else:
                return None
        at = q.cue.start if q.cue is not None else q.start
        # (a bare المصدر after an indefinite مصدر written earlier, قال مصدر ناقش المسألة … وقال
        # المصدر, takes that unnamed source: only a quote of a source is its antecedent; "the same
        # source", المصدر نفسه, is the one just quoted)
        unnamed = len(words) == 1 and _INDEFINITE_SOURCE_RE.search(self.text, 0, at) is not None
        for p in reversed(self.quotes):
            if p is q or not p.speaker or (p.cue.start if p.cue is not None else p.start) >= at:
                continue
            pf = fold(p.speaker)
            if pf == f or pf in _ANAPHORIC_SOURCES:
                continue
            if unnamed and _bare(pf.split()[0]) != "مصدر":
                continue
            if len(words) == 1 and not self._marked_same(q) and self._named_person(p.speaker):
                return None  # قال مفتي الجمهورية أحمد الطيب … وقال المصدر: never a named person (step 21)
            return p.speaker
        return None

    def _marked_same(self, q: Quote) -> bool:
        """Whether the mention of a one-word ``المصدر`` is written "the same source" (``المصدر ذاته``,
        ``المصدر نفسه``, ``نفس المصدر``: the speaker phrase may stop before the marker)."""
        sp = q.speaker_span
        if sp is None:
            return False
        after = _WORD_RE.findall(self.text[sp.end : sp.end + 20])[:1]
        before = self.text[max(0, sp.start - 8) : sp.start].split()[-1:]
        return bool(after and fold(after[0]) in _SAME_MARKERS or before and fold(before[0]) in _SAME_BEFORE)

    def _named_person(self, speaker: str) -> bool:
        """Whether ``speaker`` names a person: a known person-name token, or the name of a person
        entity of the article."""
        f = fold(speaker)
        return any(is_person_token(w) for w in speaker.split()) or any(
            t == "PER" and f in keys for t, keys in self.entity_keys)

    def medium_head(self, speaker: str) -> str | None:
        """A medium named without its head → the head the article writes it with (step 39b): ``رويترز``
        → ``وكالة رويترز``, ``النهار الجديد`` → ``صحيفة النهار الجديد`` (written ``صحيفة "النهار
        الجديد"``), ``أساهي اليابانية`` → ``محطة تلفزيون أساهي اليابانية``: the gold convention (the
        fullest name in the article; held-out 12–64 write ``صحيفة غارديان``, ``موقع بلومبرغ``, 27
        such speakers of the 33 sets had lost the head). Only a speaker of one to four words that is no
        head itself, when the article writes it after one head (or two: ``محطة تلفزيون``) of
        :data:`MEDIUM_HEADS`, the same one every time, and with it at least half the times it is written
        (not ``فيسبوك``, once ``موقع فيسبوك``); ``None`` otherwise. Cached per speaker string (each
        call reads every occurrence in the article)."""
        if speaker not in self._medium_heads:
            self._medium_heads[speaker] = self._medium_head(speaker)
        return self._medium_heads[speaker]

    def _medium_head(self, speaker: str) -> str | None:
        """:meth:`medium_head`, uncached."""
        words = speaker.split()
        if not words or len(words) > 4 or _bare(words[0]) in MEDIUM_HEADS or is_person_token(words[0]):
            return None
        if fold(speaker).startswith(("ال", "وال")) and _bare(words[0]) in ORG_HEADS:
            return None
        text = self.text
        found: dict[str, str] = {}
        hits = bare = 0
        pos = text.find(speaker)
        while pos >= 0:
            end = pos + len(speaker)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                bare += 1
                lo = max(0, pos - 24)
                m = _HEAD_BEFORE_RE.search(text, lo, pos) if _head_end_before(text, lo, pos) else None
                if m is not None and not _LAM_COMPLEMENT_RE.match(text, end):
                    hits += 1
                    found[fold(m.group(1))] = m.group(1)
                # (a ل-complement after it makes a longer name: وكالة الأمم المتحدة للهجرة, a UN agency,
                # not the head of الأمم المتحدة; review of step 39b, fresh ANT FR-internationalNews-1677)
            pos = text.find(speaker, end)
        if len(found) != 1 or 2 * hits < bare:
            return None  # (a platform or company the article mostly names alone: فيسبوك, once موقع فيسبوك)
        head = " ".join(found.popitem()[1].split())
        if fold(head.split()[0]).lstrip("وبل") == fold("موقع") and hits < bare:
            return None  # (موقع الكرملين, موقع غوغل: the website of a body the article also names alone,
            # which speaks itself: وقال الكرملين; a news site is written with its head every time)
        return head + " " + speaker

    def loose_role_holder(self, speaker: str) -> str | None:
        """The one person of the article whose role, as the entities stage records it or as written
        right after the name (``جاسم آل ثاني، الناطق باسم السفارة القطرية``, ``خالد محفوظ بحاح،
        نائب رئيس اليمن،``), holds every word of a role speaker (``المتحدث القطري``, ``نائب الرئيس
        اليمني``): the same head title (``متحدث`` = ``ناطق``) and each other word's stem among the
        role's (:func:`marsad.quotes.speakers._role_stem`: ``اليمني`` = ``اليمن``, ``القطري`` =
        ``القطرية``) (step 35). ``None`` unless exactly one person has such a role and no other
        person of the article has a role with the same head title (``وزير`` of two countries)."""
        words = speaker.split()
        if len(words) < 2 or len(words) > 6 or not self.article.entities or not _person_title(words[0]):
            return None
        head = _bare(words[0])
        if not _definite_role(words) or head in _UNNAMED_HEADS or head in RELATION_HEADS or any(
                _is_complement_link(w, nxt) for w, nxt in zip(words, [*words[1:], ""], strict=True)):
            return None
        want = {_title_stem(w) for w in words[1:] if fold(w) not in _ROLE_FILLERS}
        h = _title_stem(words[0])
        match: set[str] = set()
        same_head: set[str] = set()
        for name, roles in self.person_roles.items():
            for r in roles:
                rw = r.split()
                if not rw or _title_stem(rw[0]) != h:
                    continue
                same_head.add(name)
                if want <= {_title_stem(w) for w in rw[1:]}:
                    match.add(name)
        return next(iter(match)) if len(match) == 1 and same_head == match else None

    @property
    def person_roles(self) -> dict[str, list[str]]:
        """Name → roles of the article's persons named in two words or more: the roles the entities
        stage records, and the role phrase written right after a mention of the full name, after a
        comma or when a cue verb stands before the name (``X، الناطق باسم …``, ``أكد X رئيس الهيئة``;
        any other verb may have the role as its object: ``استقبل الملك سلمان مدير الشركة``): a title
        word first, up to a comma, a full stop, a cue, ``أن`` or :data:`ROLE_GAP_WORDS` words; on
        first use."""
        if self._person_roles is None:
            table: dict[str, list[str]] = {name: list(e_roles) for name, _, e_roles in self.persons}
            by_start, by_end = self.person_mentions
            for end, (start, name) in by_end.items():
                before = self.text[max(0, start - 40) : start].split()
                comma = self.text[end : end + 3].lstrip(" ")[:1] in ("،", ",")
                if not comma and not (before and lookup_cue(before[-1])):
                    continue  # استقبل الملك سلمان مدير الشركة: the role after the name is the object
                toks: list[str] = []
                for m in _WORD_RE.finditer(self.text, end, min(len(self.text), end + 200)):
                    w = m.group()
                    if w in "،," and not toks:
                        continue
                    if not w[0].isalpha() or lookup_cue(w) or fold(w) in _STOP_BEFORE_NAME \
                            or len(toks) >= ROLE_GAP_WORDS or m.start() in by_start:
                        break
                    toks.append(w)
                if toks and _person_title(toks[0]):
                    table.setdefault(name, []).append(" ".join(toks))
            self._person_roles = table
        return self._person_roles

    def described_body(self, q: Quote) -> str | None:
        """The named body a definite description of a newspaper, company, movement, group … stands
        for (step 35): ``الصحيفة الإسبانية`` → ``صحيفة ماركا`` (written earlier ``صحيفة "ماركا"
        الإسبانية``), ``الحركة`` → ``حركة النهضة``, ``المجموعة المتخصصة بالتطوير العقاري`` → ``مجموعة
        واندا``: the head noun of :data:`DESCRIBED_BODY_HEADS` written earlier without ``ال`` and
        followed by a name (quoted, a mention of an entity, or words the article records as part of an
        entity's name or role), whose nisba adjectives (``الإسبانية``) follow that name. ``None``
        unless exactly one such name stands before the speaker (the antecedent of an anaphoric
        definite noun is written before it), or when the description is itself a name (a ``ل``
        complement: ``المنظمة الدولية للهجرة``; a name of an entity of the article)."""
        words = (q.speaker or "").split()
        if not words or len(words) > 8 or not fold(words[0]).startswith("ال"):
            return None
        head = _bare(words[0])
        if head not in DESCRIBED_BODY_HEADS:
            return None
        f = fold(q.speaker or "")
        if any(fold(w).startswith("ل") for w in words[1:]) or any(f in keys for _, keys in self.entity_keys):
            return None  # المنظمة الدولية للهجرة, الحركة الشعبية (an entity): a name, not a description
        nisbas = []  # the nisba adjectives of the head itself: the definite words right after it
        for w in words[1:]:
            if not fold(w).startswith("ال"):
                break  # المجموعة المتخصصة بالتطوير العقاري: العقاري describes التطوير
            if _nisba_word(w):
                nisbas.append(_bare(w))
        at = q.speaker_span.start if q.speaker_span is not None else (q.cue.start if q.cue is not None else q.start)
        if q.speaker_span is not None and fold(self.text[q.speaker_span.start : q.speaker_span.end]) == f:
            after = _before_statement(_WORD_RE.findall(self.text[q.speaker_span.end : q.speaker_span.end + 60])[:4])
            if any(t in "\"«“" for t in after):
                return None  # المنظمة غير الحقوقية التي تديره "سي ووتش": the text names it right there
        found: dict[str, str] = {}
        bare_names: dict[str, str] = {}  # names written with no nisba after them (step 51d)
        for m in _described_head_re(head).finditer(self.text, 0, at):
            if m.group(1):
                continue  # a definite head is another description, not the name
            name = self._body_name_at(m.end())
            if name is None:
                continue
            tail = [_bare(t) for t in _WORD_RE.findall(self.text[m.end() + len(name[1]) : m.end() + len(name[1]) + 80])
                    if t not in "\"«»“”'"][:3]
            if any(n not in tail and not _nisba_of_name(n, name[0]) for n in nisbas):
                if not any(_nisba_word(t) for t in tail[:1]):
                    bare_names.setdefault(fold(name[0]), m.group(2) + " " + name[0])
                continue  # الصحيفة الإسبانية is not صحيفة لوموند الفرنسية
            found.setdefault(fold(name[0]), m.group(2) + " " + name[0])
        if (not found and len(bare_names) == 1 and head in _ONE_NAMED_HEADS and self._one_named(head)
                and all(fold(w).startswith("ال") and fold(w) not in _OTHER_WORDS for w in words[1:])):
            # صحيفة "صنداي تايمز" … الصحيفة البريطانية: the one paper the article names, its nisba not
            # written after its name (step 51d)
            return next(iter(bare_names.values()))
        return next(iter(found.values())) if len(found) == 1 else None

    def _one_named(self, head: str) -> bool:
        """Whether every head noun ``head`` written without ``ال`` in the whole article is followed by the
        same name (:meth:`_body_name_at`) or by none: the article names one such body (step 51d)."""
        names = set()
        for m in _described_head_re(head).finditer(self.text):
            if not m.group(1):
                name = self._body_name_at(m.end())
                if name is not None:
                    names.add(fold(name[0]))
        return len(names) == 1

    def _body_name_at(self, at: int) -> tuple[str, str] | None:
        """``(name, as written)`` of the name that starts at offset ``at`` after a body head: a quoted
        name of one to four words (``"ماركا"``), a mention of an entity of the article (``ماركا``), or
        one word that, with the head before it, is part of an entity's name or role (``حركة النهضة``
        in ``رئيس حركة النهضة``); ``None`` otherwise."""
        text = self.text
        start = at
        stray = _STRAY_MARK_RE.match(text, at)
        if stray:
            at = stray.end()  # صحيفة " "صنداي تايمز": a stray mark and a space before the opening one (step 51d)
        if at < len(text) and text[at] in "\"«“":
            close = {"«": "»", "“": "”"}.get(text[at], "\"")
            end = text.find(close, at + 1, at + 60)
            inner = text[at + 1 : end].strip() if end > 0 else ""
            name = inner.lstrip("#").replace("_", " ").strip()  # " #أطباء_بلا_حدود": a hashtag
            if name and 1 <= len(name.split()) <= 4 and not any(c in name for c in ".،,:؛#"):
                return name, text[start : end + 1]
            return None
        if self._book is None:
            self._book = SpeakerBook(self.article)
        for m in self._book.mention_index.at(at):
            if m.entity is not None and m.text and m.text[0].isalpha():
                return m.text, m.text
        w = _WORD_RE.match(text, at)
        if w is None or not w.group()[0].isalpha():
            return None
        word = w.group()
        head_word = fold(text[max(0, at - 20) : at].split()[-1]) if text[max(0, at - 20) : at].split() else ""
        pair = _bare(head_word) + " " + fold(word)
        for e in self.article.entities:
            for x in (e.name, *e.aliases, *e.roles):
                fx = " " + fold(x) + " "
                if " " + pair + " " in fx or " ال" + pair + " " in fx:
                    ew = e.name.split()
                    if x is e.name and len(ew) > 2 and fold(" ".join(ew[:2])) == pair:
                        rest = " ".join(ew[1:])  # منظمة الشفافية الدولية: the entity's name in full
                        return rest, word
                    return word, word
        return None

def _unknown_place_before(w: str, toks: list[tuple[int, str]], i: int, by_start: dict[int, tuple[int, str]]) -> bool:
    """Step 54d (new33): whether ``w`` (``toks[i]``, after ``في``) is a place the
    gazetteer does not know, written between ``في`` and the person named after the role: ``المسؤولة
    الإقليمية عن الصحة العامة في موتريال ميلين دروان`` (a misspelt Montreal; held-out 83 FR-2185, 2
    quotations). Only ``في`` + one word of letters, no title, right before a person mention's start
    (``by_start``); any other word after a preposition still ends the role's description."""
    return (w.isalpha() and not _person_title(w) and not is_place(w) and i + 1 < len(toks)
            and toks[i + 1][0] in by_start)


#: ``في`` ("in"), folded.
_FI = fold("في")

#: ``على`` and ``عن``, the prepositions of a supervisor's or an official's field (``المشرف على العروض``,
#: ``المسؤول عن البرنامج``), folded (step 55e).
_ON_ABOUT = frozenset(fold(w) for w in "على عن".split())


def _construct_after_on(prev: str, w: str, toks: list[tuple[int, str]], i: int) -> bool:
    """Step 55e (new34): whether ``w`` (``toks[i]``), an indefinite word right after ``على``/``عن``
    (``prev``, folded), opens a construct chain that goes on describing the role: a word of letters, no
    person's title, whose next word is definite (``والمشرف على برنامج المسار الإلكتروني …``: held-out 85
    snn-1420, 3 quotations). ``المسؤول عن رئيس …`` (a title) and ``من أجل …`` (another preposition)
    still end the description."""
    if prev not in _ON_ABOUT or not w.isalpha() or _person_title(w) or i + 1 >= len(toks):
        return False
    return fold(toks[i + 1][1]).startswith(("ال", "لل", "بال"))


def _profession_before_name(w: str, prev: str, toks: list[tuple[int, str]], i: int,
                            by_start: dict[int, tuple[int, str]]) -> bool:
    """Step 55e (new34): whether ``w`` (``toks[i]``), a definite person's title, is the holder's own
    profession in apposition after a role's complement (``المشرف على العروض المخرج فيصل يماني``:
    held-out 86 snn-1330, 2 quotations), not another person's role: the description before it went
    through ``على``/``عن`` (checked by the caller) and ends in a definite word, a nisba or a place
    (``prev``, folded: a definite noun takes no genitive), and a person mention starts right after
    it (``by_start``)."""
    return (_person_title(w) and _ends_description(prev) and i + 1 < len(toks) and toks[i + 1][0] in by_start)


def _whole_word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of ``word`` in ``text`` with no word character (``\\w``:
    ``str.isalnum`` or ``_``) on either side, left to right and not overlapping: the matches of
    ``re.finditer(r"(?<![\\w])" + re.escape(word) + r"(?![\\w])", text)`` without compiling a
    pattern per word (~0.2 ms each, and nearly every word is new: ~360 compiles per 3,000 ANT
    articles; speed16). An empty ``word`` goes through that pattern."""
    if not word:
        return [m.span() for m in re.finditer(r"(?<![\w])(?![\w])", text)]
    out: list[tuple[int, int]] = []
    n, size = len(word), len(text)
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")) and (
                end >= size or not (text[end].isalnum() or text[end] == "_")):
            out.append((pos, end))
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return out


_WORD_RE = re.compile(r"[^\s\"«»“”'،,.:;؛!?؟()]+|[\"«»“”'،,.:;؛!?؟()]")
#: At most this many words of an organisation's name read after ``بيان لل…`` (``للمجلس الدولي لكرة القدم``).
ISSUER_NAME_WORDS = 4


# -- step 35: descriptions ------------------------------------------------------------------------
#: At most this many words between a role phrase and the name of its holder (``أمين الأحساء رئيس
#: اللجنة المحلية للانتخابات م. عادل الملحم``: five).
ROLE_GAP_WORDS = 8

#: Role heads not in :data:`TITLE_WORDS` that name one office holder (``المشرف على الفريق``; ``رجل
#: الأعمال``, ``سيدة الأعمال``, "businessman/-woman", a role in idafa: step 47n), folded.
_MORE_ROLE_HEADS = frozenset(fold(w) for w in "مشرف مشرفة رجل سيدة".split())

#: Heads of an unnamed source, which keeps its description (step 28), folded.
_UNNAMED_HEADS = frozenset(fold(w) for w in "مصدر مصادر شاهد شهود".split())
#: Heads of an anaphoric "the same source" (``المصدر ذاته``, ``نفس المسؤول``), folded, without ``ال``.
_SAME_HEADS = frozenset(fold(w) for w in "مصدر مسؤول مسؤولة متحدث متحدثة ناطق ناطقة".split())
#: An indefinite source written in the text (``مصدر``, ``ومصدر``, ``لمصدر``), not ``المصدر``.
_INDEFINITE_SOURCE_RE = re.compile(r"(?<!\w)[وفبل]?مصدر(?!\w)")
#: "The same" after the noun, folded.
_SAME_MARKERS = frozenset(fold(w) for w in "ذاته ذاتها نفسه نفسها عينه".split())
#: Anaphoric sources that are not an antecedent themselves (folded).
_ANAPHORIC_SOURCES = frozenset(fold(w) for w in ["المصدر", "المصدر ذاته", "المصدر نفسه", "نفس المصدر", "ذات المصدر"])
#: "The same" before the noun (``نفس المصدر``; ``ذات المصدر``, the Maghrebi press's form: held-out 77
#: JA-4489 ``وفق ذات المصدر``, new31), folded.
_SAME_BEFORE = frozenset(fold(w) for w in "نفس ذات".split())

#: Words of a role phrase not compared between a speaker and a recorded role (folded).
_ROLE_FILLERS = frozenset(fold(w) for w in "في من عن على باسم".split())
#: Head titles that name the same office (folded, stems): a spokesman is ``متحدث`` or ``ناطق``.
_TITLE_SYNONYMS = {"متحدث": "ناطق"}


def _definite_role(words: list[str]) -> bool:
    """Whether a role phrase is definite and so names one office holder: a definite head
    (``المسؤول``, ``المتحدث القطري``) or a head in construct with a definite word or a place (``نائب
    الرئيس اليمني``, ``مدير مكتب الحملة``, ``أمين الأحساء``); an indefinite head with an indefinite
    adjective or a preposition first (``مسؤول فلسطيني``, ``مسؤول بارز في …``, ``مسؤول في الوزارة``)
    is an unnamed official, which keeps its description (step 28)."""
    if fold(words[0]).startswith(("ال", "وال", "فال")):
        return True
    for w in words[1:]:  # a construct chain is definite by its last noun: مدير مكتب الحملة
        f = fold(w)
        if f.startswith(("ال", "لل", "بال", "وال")) or is_place(w) and not _nisba_word(w):
            return True
        if f in _PREPOSITIONS or _nisba_word(w) or f[:1] in ("ب", "ل"):
            return False  # مسؤول فلسطيني, مسؤول بارز في …: an indefinite official
    return False


def _title_stem(word: str) -> str:
    """:func:`marsad.quotes.speakers._role_stem` with the synonyms of :data:`_TITLE_SYNONYMS`."""
    st = _role_stem(word)
    return _TITLE_SYNONYMS.get(st, st)


#: Heads that make one office with the title right after them (``نائب رئيس الوزراء X``: X is the
#: deputy), folded.
_COMPOUND_TITLE_HEADS = frozenset(fold(w) for w in "نائب نائبة مساعد مساعدة وكيل وكيلة".split())

#: Honorifics between a role and the name (``م. عادل الملحم``, ``الدكتور بدر …``), folded.
_HONORIFICS = frozenset(fold(w) for w in """د. م. أ. د م الدكتور الدكتورة المهندس المهندسة الشيخ الشيخة الأستاذ
الأستاذة الأستاذ.""".split())

#: Prepositions through which a role goes on (``المشرف على الفريق``, ``المسؤول عن البرنامج``), folded.
_PREPOSITIONS = frozenset(fold(w) for w in "في على عن من".split())

#: Words after which no name of the role's holder follows in the same phrase (folded): a
#: complementiser or a time word ends the subject.
_STOP_BEFORE_NAME = frozenset(fold(w) for w in """أن إن ان بأن وأن أنه إنه أنها إنها الذي التي الذين اليوم أمس
الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت خلال قبل بعد حيث كما لكن وقال""".split())

#: Body heads whose definite form describes a named body of the article (``الصحيفة``, ``الشركة``,
#: ``الحركة``, ``المجموعة`` …), folded, without ``ال``.
DESCRIBED_BODY_HEADS = frozenset(fold(w) for w in """صحيفة جريدة مجلة وكالة قناة شبكة إذاعة شركة مجموعة حركة
حزب جماعة جبهة منظمة جمعية مؤسسة فرقة بعثة معهد نادي""".split())


#: Words of :data:`TITLE_WORDS` that are no person's title (an adjective of a role, a body, a place,
#: a source), folded, without ``ال``: ``رئيس الهيئة العامة`` holds no second title.
_NOT_PERSON_TITLES = frozenset(fold(w) for w in """عام عامة دولي ملكي منطقة حكومة وزارة ولاية محافظة اقليم رئاسة
معارضة عهد حساب خلف خلفه سلف سلفه مصادر مصدر سمو سموه سعادة فضيلة معالي""".split())


def _person_title(word: str) -> bool:
    """A person's title (``رئيس``, ``الرئيس``, ``للوزير``): a word of :data:`TITLE_WORDS` without its
    clitics and article, not one of :data:`_NOT_PERSON_TITLES`."""
    f = fold(word)
    forms = [f]
    if f[:1] in ("و", "ف") and len(f) > 4:
        f = f[1:]
        forms.append(f)
    if f.startswith("لل"):
        forms.append("ال" + f[2:])
    elif f[:1] in ("ل", "ب") and not f.startswith("ال"):
        forms.append(f[1:])
    return any(_bare(x) in TITLE_WORDS and _bare(x) not in _NOT_PERSON_TITLES for x in forms)


def _coordinated(word: str) -> bool:
    """A word glued to ``و`` before a title (``والرئيس``): a second role of the same holder."""
    f = fold(word)
    return f[:1] == "و" and _person_title(f[1:]) and (f[1:].startswith("ال") or _bare(f) not in TITLE_WORDS)


#: Prepositions after an unnamed source's head that open where it serves (``مسؤول في سفارة الهند``,
#: ``مصدر من الوزارة``), folded: :meth:`SpeakerCanon.described_source` (step 51s).
_SOURCE_COMPLEMENT_PREPS = frozenset(fold(w) for w in "في من لدى".split())


def _nisba_word(word: str) -> bool:
    """A nisba adjective (``الإسبانية``, ``اليمني``): a word of four letters or more in ``ي``/``ية``."""
    b = _bare(word)
    return len(b) > 3 and b.endswith(("ي", "ية", "يه"))


#: Step 55b: the words that open a statement after its speaker (folded): ``إن``/``أن`` and their forms.
_STATEMENT_OPENERS = frozenset(fold(w) for w in "إن أن بأن إنه أنه إنها أنها : ،".split())


def _before_statement(tokens: list[str]) -> list[str]:
    """Step 55b (desc34): ``tokens`` up to the first that opens the statement (:data:`_STATEMENT_OPENERS`):
    a quotation mark after ``إن`` opens the quoted statement (``وقال المعهد غير الربحي إن «…»``, held-out
    68 snn-122), not a quoted name of the described body."""
    for k, t in enumerate(tokens):
        if fold(t) in _STATEMENT_OPENERS:
            return tokens[:k]
    return tokens


def _nisba_of_name(nisba: str, name: str) -> bool:
    """Step 55b (desc34): whether a nisba adjective (bare, :func:`_bare`: ``امميه``) is derived from a
    word of a body's ``name`` (``الأمم المتحدة``): its stem without ``ي``/``ية`` is that word without
    ``ال`` (``البعثة الأممية`` for ``بعثة الأمم المتحدة في العراق``, held-out 78 snn-921; ``الأوروبية``
    for ``أوروبا``). Stems of three letters or more only."""
    stem = nisba
    for end in ("ية", "يه", "ي"):
        if stem.endswith(end):
            stem = stem[: -len(end)]
            break
    if len(stem) < 3:
        return False
    return any(_bare(w) == stem or _bare(w)[:-1] == stem and _bare(w)[-1:] in ("ا", "ى") for w in name.split())


def _ends_description(folded: str) -> bool:
    """Whether a folded word can end a role description right before its holder's name: a definite
    word (``الأحساء``), a nisba, or a place name (``لبنان``, ``عسير``: a known place); not an
    indefinite noun whose genitive the name would be, nor a noun glued to ``لل``/``بال`` whose
    complement it would be (``للفنان لطفي لبيب``)."""
    if folded.startswith(("لل", "بال")):
        return False  # الحالة الصحية للفنان X, بالفنان X: the name is the complement of the glued noun
    return folded.startswith(("ال", "وال")) or _nisba_word(folded) or is_place(folded)


def _is_complement_link(word: str, nxt: str) -> bool:
    """A word of a role phrase that makes what follows a complement: ``ل``/``لل`` + a title
    (``للرئيس``), ``باسم`` before a title, or a "close to" word (``مقرب``)."""
    f = fold(word)
    if _person_title(word) and f.startswith("ل") and not f.startswith("ال"):
        return True
    if f == "باسم" and nxt and _person_title(nxt):
        return True
    return f in _CLOSE_TO_WORDS and f not in _PREPOSITIONS


_DESCRIBED_HEAD_RES: dict[str, re.Pattern[str]] = {}


def _described_head_re(head: str) -> re.Pattern[str]:
    """``(ال)?HEAD`` as a word with its proclitics, then a space or a quotation mark; group 1 the
    article, group 2 the head as written. ``head`` is folded; each letter matches its written forms."""
    pat = _DESCRIBED_HEAD_RES.get(head)
    if pat is None:
        body = "".join(_UNFOLD.get(c, re.escape(c)) for c in head)
        pat = re.compile(r"(?<!\w)(?:[وفب]|ل(?!ل))?(ال)?(" + body + r")\s*(?=[\"«“\w])")
        _DESCRIBED_HEAD_RES[head] = pat
    return pat


#: Heads of a described body resolved to the one name of its kind the article writes even when the
#: description's nisba is not written after that name (``الصحيفة البريطانية`` → ``صحيفة صنداي تايمز``):
#: media, whose nisba a later description adds (step 51d), folded.
_ONE_NAMED_HEADS = frozenset(fold(w) for w in "صحيفة مجلة وكالة قناة معهد نادي".split())

#: Adjectives that set a described body apart from another of its kind (``الصحيفة المدريدية الأخرى``):
#: such a description is not the one body named (step 51d), folded.
_OTHER_WORDS = frozenset(fold(w) for w in "الأخرى الآخر الثانية الثاني".split())

#: A stray quotation mark and spaces before the mark that opens a quoted name (``صحيفة " "صنداي
#: تايمز"``, a typing slip of the source; step 51d).
_STRAY_MARK_RE = re.compile(r"[\"«“]\s+(?=[\"«“]\w)")

#: The written letters that :func:`fold` maps to one letter (alef with hamza, taa marbuta …).
_UNFOLD = {"ا": "[اأإآ]", "و": "[وؤ]"}


#: Words after which a person's name is the complement of the phrase, not its head (folded): ``مصدر
#: مقرب من الرئيس …``, ``قريب من``, ``تابع ل``.
_CLOSE_TO_WORDS = frozenset(fold(w) for w in "من عن مقرب مقربة مقربون مقربين قريب قريبة تابع تابعة".split())

#: Adjectives of a document noun read past before its issuer (``تقرير جديد للأمم المتحدة``), folded.
_DOCUMENT_ADJECTIVES = frozenset(fold(w) for w in """جديد جديدة صادر صادرة رسمي رسمية مشترك مشتركة أخير أخيرة
سنوي سنوية حديث حديثة""".split())

#: Document nouns whose ``ل``-complement is the addressee (``رسالة لـ``, ``مذكرة لـ``), folded.
_ADDRESSED_DOCUMENTS = frozenset(fold(w) for w in "رسالة مذكرة".split())

#: Name links that may stand among the first names added to a family name (``عبد``, ``بن`` …), folded.
_NAME_LINK_WORDS = frozenset(fold(w) for w in "عبد بن ابن بنت أبو ابو آل".split())


def _hamza_al(word: str) -> bool:
    """A word written with ``أل``/``إل`` at its start (``أليكسندرا``, ``ألبرت``): its folded form starts
    with ``ال`` but the article is never written with a hamza, so it is no definite word (step 41b).
    Four letters or more and of no closed word class (:func:`marsad.quotes.plausible.word_class`:
    ``إلي``, "to me", is a preposition; ``ألقى`` a verb) and no nisba adjective (``ألماني``)."""
    return (word.startswith(("أل", "إل")) and len(word) >= 4 and word_class(word) is None
            and not word.endswith(("ي", "ية", "يه")))


def _first_name_like(word: str) -> bool:
    """A word that can be a first name added before a family name: letters only, no article (but
    name links such as ``عبد``), no conjunction or preposition glued to an unknown word (``فمن``,
    ``بقيادة``, ``وغرفة``), no role, relation, stop, cue or verbal-noun word, and no feminine noun
    in ``ة`` that is not a known name (``استقالة``)."""
    f = fold(word)
    if not word.isalpha() or len(f) < 2 or f in _NAME_LINK_WORDS:
        return word.isalpha()
    if is_person_token(word):
        return True
    return not ((f.startswith("ال") and not _hamza_al(word)) or f[0] in "وفبل" or f.endswith("ة") or is_stop(word)
                or lookup_cue(word) or _bare(word) in TITLE_WORDS or _bare(word) in RELATION_HEADS or is_verbal_noun(word))


#: Verbs that introduce a person's name (``امرأة تدعى نا فانتا كامارا``), folded.
_CALLED = frozenset(fold(w) for w in "يدعى تدعى يسمى تسمى المدعو المدعوة".split())

#: Links of filiation (``بن``, ``بنت``, ``ابن``, ``ولد``), folded: the word after one is the father's
#: name, and none opens a name.
_FILIATION_WORDS = frozenset(fold(w) for w in "بن بنت ابن ولد".split())

#: Words that are no part of a name though no stop word either (partitives, demonstratives), folded.
_NOT_NAME_WORDS = frozenset(fold(w) for w in "أحد إحدى احدى بعض هذا هذه ذلك تلك هؤلاء أولئك".split())

#: Heads of one unnamed source (singular; not a partitive ``أحد``, not a plural ``مصادر``), folded.
_SINGLE_SOURCE_HEADS = frozenset(fold(w) for w in "مصدر مسؤول مسؤولة دبلوماسي متحدث متحدثة ناطق مقرب مقربة".split())

#: How many times a PER entity's whole name is written for a first name alone to take it
#: (:meth:`SpeakerCanon._name_repeated`).
REPEATED_NAME_TIMES = 3
#: How many name-like words after a one-word first name :meth:`SpeakerCanon.fullest_name` reads
#: (``هونج هسيو تشو``: a given name and a two-word rest).
FULLER_AFTER_WORDS = 2
#: Pronoun suffixes of a possessed noun (``حكومته``, ``عملياتها``), folded.
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "كم", "نا")


def _name_word(word: str, after: bool = False) -> bool:
    """A word that can be (part of) a person's name as a speaker: letters only, no role, body,
    source, document, relation or report head (``تقارير``), no place, stop, cue or plural word
    (``مسؤولون``, ``قيادات``).
    ``after``: a word read after a first name in the text, which must also look like a first name
    (:func:`_first_name_like`) and be of no closed class of :func:`marsad.quotes.plausible.word_class`
    (a verb, an adverb: ``وقالت أليكسندرا | إن``)."""
    if not word.isalpha():
        return False
    f = fold(word)
    b = _bare(word)
    if f in PHRASE_STOPS or is_stop(word) or lookup_cue(word) or is_place(word) or len(f) < 2 or f in _NOT_NAME_WORDS:
        return False
    if (b in TITLE_WORDS or b in ORG_HEADS or b in SOURCE_HEADS or b in DOCUMENT_HEADS or b in RELATION_HEADS
            or f in REPORT_SUBJECTS):
        return False
    if f.endswith(("ون", "ين", "ات")) and not is_person_token(word):
        return False
    if after:
        if f in _NAME_LINK_WORDS:
            return False  # (a link opens more of the name: read by the entities, not here)
        if is_person_token(word):
            return True
        if f[:1] in "يت" and len(f) > 3 or f.endswith("ت") or (len(f) > 4 and f.endswith(_PRONOUN_SUFFIXES)):
            return False  # a verb's shape or a pronoun suffix: أثينا | تستأنف, دراسة | شملت, تقارير | نشرتها
        return _first_name_like(word) and word_class(word) is None
    return True


def _added_ok(longer: list[str], own: list[str], written: list[str] | None = None) -> bool:
    """The words of a fuller name (folded ``longer``) that are not the speaker's (``own``) are
    person-name tokens, name links or first-name-like words (:func:`_name_word`; not a role, place, verb
    or description: ``الشاهد أليكس شاكر``, ``عسير محمد السيد``, ``تحمل جاستن ترودو`` add no name).
    ``written``: the same words as the text writes them, when known (``أليكسندرا`` folds to
    ``اليكسندرا``, which looks definite: :func:`_hamza_al`)."""
    before = longer[: len(longer) - len(own)] if longer[len(longer) - len(own):] == own else []
    if before:
        if written is not None and len(written) != len(longer):
            written = None
        if any((w.startswith("ال") and not (written and _hamza_al(written[i]))) or word_class(w) is not None
               for i, w in enumerate(before)):
            return False  # a first name takes no article and is no verb: الحاج محمد لحمر, تحمل جاستن ترودو
        if any(w[:1] in "وفلبك" and w[1:] in _NAME_LINK_WORDS for w in before):
            return False  # كابن سلام الجمحي: "like Ibn Sallam", a preposition on the link
        if before[0] in _FILIATION_WORDS or before[0] in LEADING_VERBS:
            return False  # ولد دونالد ترامب: "was born" (or "son of") opens no name
        return all(w in _NAME_LINK_WORDS or is_person_token(w) or _name_word(w, after=True) for w in before)
    after = longer[len(own):]
    if after[-1] in _NAME_LINK_WORDS or fold(after[-1]) in ("دي", "دا", "دو", "فان", "فون"):
        return False  # لويجي دي: a link ends no name
    # (a tagger's mention runs on after a name: رشدي راشد مهووس, ترمب نقاش مكثف; only name words)
    # (after a filiation link the father's name, whatever its spelling: وليد بن على الجلال)
    return all(w in _NAME_LINK_WORDS or is_person_token(w) or (k and after[k - 1] in _FILIATION_WORDS and w.isalpha()) or (
        w.startswith("ال") and len(w) > 4 and word_class(w) is None and not is_verbal_noun(w)) for k, w in enumerate(after))


#: A word that may follow a person's name where the sentence goes on after it: ``أن``/``بأن``/``إن``
#: (with a pronoun), the complementisers of reported speech (:func:`filiation_rest_end`).
_AFTER_NAME_RE = re.compile(r"(?:ب|ل)?[اأإ]ن(?:ه|ها|هم|هما)?")
#: :func:`filiation_rest_end`'s readers (compiled once: speed25): the letters of the word right after a
#: name (after one optional space), the next token after spaces or tabs (group 1), a run of letters.
_FIRST_LETTERS_AFTER_RE = re.compile(r" ?([^\W\d_]+)")
_NEXT_TOKEN_RE = re.compile(r"[ \t]*(\S*)")
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def filiation_rest_end(text: str, start: int, end: int) -> int | None:
    """Where the family name after a ``… بن X`` speaker ends: ``text[start:end]`` is a speaker's
    mention whose last-but-one word is a filiation link (``بن``/``بنت``/``ابن``), and the next word is
    a definite name word (``العرج``, ``القحطاني``: :func:`_name_word` — no title, body, place, stop,
    cue or plural — of no closed class of :func:`marsad.quotes.plausible.word_class`, no verbal noun, no
    nationality) followed by a punctuation mark, a line end, a cue word or ``أن``/``بأن``/``إن``.
    Returns the end offset of that word, else ``None``. A Gulf name runs given name, ``بن``, father,
    family name; a tagger that stops after the father cuts it (new-user report nu24 item 1: article
    314 ``وزير الخدمة المدنية خالد بن عبدالله العرج بأن`` → ``خالد بن عبدالله``)."""
    words = text[start:end].split()
    if len(words) < 3 or fold(words[-2]) not in _FILIATION_WORDS:
        return None
    m = _FIRST_LETTERS_AFTER_RE.match(text[end : end + 40])
    if m is None:
        return None
    w = m.group(1)
    f = fold(w)
    if (not f.startswith("ال") or len(f) < 5 or not _name_word(w) or word_class(w) is not None
            or is_verbal_noun(w) or _nationality(w)):
        return None
    w_end = end + m.end()
    rest = text[w_end : w_end + 30]
    nxt = _NEXT_TOKEN_RE.match(rest)
    after = nxt.group(1) if nxt else ""
    word = _LETTERS_RE.match(after)
    if not after or not after[0].isalnum() or "\n" in rest[: nxt.start(1)]:
        return w_end  # a punctuation mark or a line end
    if word and (_AFTER_NAME_RE.fullmatch(word.group(0)) or lookup_cue(word.group(0))):
        return w_end
    return None


def _find_words(toks: list[str], folded: list[str]) -> str | None:
    """The words of ``toks`` (a text's tokens) whose folded forms are ``folded``, as written (first
    occurrence); ``None`` when they are not written so."""
    n = len(folded)
    first = folded[0]
    for k, t in enumerate(toks):
        if fold(t) == first and [fold(x) for x in toks[k : k + n]] == folded:
            return " ".join(toks[k : k + n])
    return None


#: ``، FIRST [SECOND] FAMILY،`` — a phrase between commas (or a comma and a colon), the closing
#: comma left for the next phrase; at most four words are read (two or three are kept).
_APPOSITION_RE = re.compile(r"[،,][^\S\n]*(?P<words>[^\s،,.:؛!?؟\"«»“”()]+(?:[^\S\n]+[^\s،,.:؛!?؟\"«»“”()]+){0,3})"
                            r"(?=[^\S\n]*[،,:])")


def _org_of_head(article: Article, quotes: list[Quote]) -> Callable[[str, Quote], str | None]:
    """``(head, q) -> name``: the organisation with head noun ``head`` (folded, without ``ال``) that
    the article names in full (:meth:`marsad.quotes.repair.SpeakerRepair.organisations`), the latest
    one written before ``q``'s cue, else the first after it; ``None`` when there is none."""
    orgs: list[str] | None = None

    def org_of_head(head: str, q: Quote) -> str | None:
        nonlocal orgs
        if orgs is None:
            orgs = SpeakerRepair(article.text, quotes).organisations()
        at = q.cue.start if q.cue is not None else q.start
        best, best_at, first, first_at = None, -1, None, len(article.text)
        for o in orgs:
            ws = o.split()
            if len(ws) < 2 or _bare(ws[0]) != head:
                continue
            pos = article.text.rfind(o, 0, at)
            if pos > best_at:
                best, best_at = o, pos
            after = article.text.find(o, at)
            if best is None and 0 <= after < first_at:
                first, first_at = o, after
        return best or first

    return org_of_head


#: The rest of a hyphenated or dotted name written right after a speaker's span (``وو سي`` | ``-هوا``,
#: ``مون جيه`` | ``-إن``): a hyphen or dot glued to letters or digits on both sides.
_GLUED_REST_RE = re.compile(r"(?:[-‐.][^\W_]+)+")
#: The rest of a hyphenated name only (``تاي`` | ``-يونغ``): a hyphen glued to letters on both sides, no
#: dot (a dot glued to a word is as often a sentence end as a name's part).
_HYPHEN_REST_RE = re.compile(r"(?:[-‐][^\W\d_]+)+")


def glued_rests(text: str, quotes: list[Quote]) -> dict[str, str]:
    """Speaker → the speaker with the rest of its last word, for the speakers whose span in the text
    stops at a hyphen or a dot inside a name (``وقال وزير التعليم وو سي-هوا إن`` read as ``وو سي`` by a
    tagger mention cut at the hyphen): the name is written whole (step 34; step 26 keeps a hyphenated
    token whole in the phrase reader, but a mention of the entities stage is taken as it is). A
    speaker given two different rests is left. A speaker with no span there (linked or elided) takes
    the hyphenated rest (no dot) glued to every place it is written, when that is one rest and the
    speaker is never written without it (step 41b)."""
    found: dict[str, set[str]] = {}
    for q in quotes:
        sp, s = q.speaker_span, q.speaker
        if sp is None or not s or " ".join(text[sp.start : sp.end].split()) != s:
            continue
        m = _GLUED_REST_RE.match(text, sp.end)
        if m is None:
            continue
        rest = m.group()
        if rest[0] == "." and len(re.split(r"[-‐.]", rest)) == 2 and len(rest) > 4:
            continue  # a full stop and a word glued to it is a sentence end (``وو سي.وقال``), no name part
        found.setdefault(s, set()).add(rest)
    # (a part glued before the span is not read: ``د.حسام خنكار`` is the title "Dr.")
    out = {s: s + next(iter(r)) for s, r in found.items() if len(r) == 1}
    # a speaker reached through a link or an anaphor has no span at the hyphen: the text itself says
    # where the name ends when every place it is written is glued to one hyphenated rest (step 41b:
    # ``لم يعبأ شين تاي-يونغ مدرب كوريا``, the tagger's mention ``شين تاي`` linked to ``وقال``)
    for s in {q.speaker for q in quotes if q.speaker and q.speaker not in found}:
        first = text.find(s)
        if first < 0 or text[first + len(s) : first + len(s) + 1] not in ("-", "‐"):
            continue  # (the first place it is written must be glued already: one partial find)
        if len(s.split()) > 3 or not s.split()[-1].isalpha():
            continue
        rests: set[str] = set()
        spans = _whole_word_spans(text, s)
        for _, end in spans:
            m = _HYPHEN_REST_RE.match(text, end)
            rests.add(m.group() if m else "")
            if len(rests) > 1 or "" in rests:
                break
        if spans and len(rests) == 1 and "" not in rests:
            out[s] = s + rests.pop()
    return out


#: One-letter proclitics (``ل``, ``ب``, ``و``, ``ف``, ``ك``) that some texts write apart from the next
#: word; alone at the end of a speaker they are a cut, no part of it (step 41b).
_APART_PROCLITICS = frozenset("لبوفك")

#: ``كل من`` / ``كلا من`` ("each of"), which opens a coordination: its conjuncts are one subject.
_EACH_OF_RE = re.compile(r"(?<!\w)كلا? من[^\S\n]+$")
#: One more conjunct after a coordinated speaker: ``و`` glued to one word (``وروسيا``, ``والإمارات``).
_CONJUNCT_RE = re.compile(r"[^\S\n]+و([^\W\d_]{2,})(?!\w)")
#: At most this many conjuncts are added after the speaker (``السعودية والإمارات والكويت``: two).
EACH_OF_CONJUNCTS = 4


def each_of(article: Article, q: Quote) -> str | None:
    """The whole coordination when the speaker is written right after ``كل من`` ("each of") and
    conjuncts with ``و`` follow it (``وتنفي كل من سوريا وروسيا`` → ``سوريا وروسيا``; ``تعهدت كل من
    السعودية والإمارات والكويت``): ``كل من`` announces two or more subjects, and the gold names them all
    (held-out 16, 24; step 41b). Each conjunct is one word that is a place, a person-name token or a
    word of an entity's name in ``article`` (``وقوع``, "the occurrence", is none); a speaker of more
    than two words, or none written at its span, gives ``None``."""
    text = article.text
    sp, s = q.speaker_span, q.speaker
    if sp is None or not s or "كل" not in text[max(0, sp.start - 12) : sp.start]:
        return None  # (the cheap test first: once per quotation)
    if len(s.split()) > 2 or " ".join(text[sp.start : sp.end].split()) != s:
        return None
    if not _EACH_OF_RE.search(text, max(0, sp.start - 12), sp.start):
        return None
    names = sorted({e.name for e in article.entities if len(e.name.split()) > 1}, key=len, reverse=True)
    end, added = sp.end, 0
    while added < EACH_OF_CONJUNCTS:
        m = _CONJUNCT_RE.match(text, end)
        if m is None:
            break
        word = m.group(1)
        if is_stop(word) or lookup_cue(word) or not (is_place(word) or is_person_token(word) or fold(word) in {
                fold(w) for e in article.entities for w in e.name.split()}):
            break
        end, added = m.end(), added + 1
        # a conjunct that starts an entity's name of two words or more is read whole (وسناب شات)
        whole = next((n for n in names if text.startswith(n, m.start(1))
                      and not text[m.start(1) + len(n) : m.start(1) + len(n) + 1].isalnum()), None)
        if whole is not None:
            end = m.start(1) + len(whole)
    return " ".join(text[sp.start : end].split()) if added else None


#: Name links after a given name (folded): ``فيصل بن خالد`` goes on as a name.
_LINKS = frozenset(fold(w) for w in "بن ابن بنت أبو أبي آل ولد".split())


def common_start(name: str) -> bool:
    """A rewritten speaker that starts with a common word of the person-name lists and no name after
    it (:func:`marsad.quotes.plausible.common_word_name`: ``ليس الوحيد``, ``أدى``; step 39b)."""
    ws = name.split()
    nxt = ws[1] if len(ws) > 1 else ""
    return common_word_name(ws[0], nxt) is not None and not (nxt and (is_person_token(nxt) or fold(nxt) in _LINKS))


#: Heads of a medium (folded, without ``ال``): the gold writes a paper, agency or channel with its head
#: as the article does (``صحيفة غارديان``, ``وكالة رويترز``, ``محطة تلفزيون أساهي``).
MEDIUM_HEADS = frozenset(fold(w) for w in "صحيفة جريدة مجلة وكالة شبكة موقع قناة محطة تلفزيون إذاعة".split())
_MEDIUM_HEAD_ALT = "|".join(sorted({"صحيفة", "جريدة", "مجلة", "وكالة", "شبكة", "موقع", "قناة", "محطة", "تلفزيون",
                                    "تلفزيونية", "إذاعة", "اذاعة"}, key=len, reverse=True))


def _head_end_before(text: str, lo: int, pos: int) -> bool:
    """A cheap first test for :data:`_HEAD_BEFORE_RE` in ``text[lo:pos]`` (False: it cannot match;
    True: it may). Before ``pos``: an optional mark, whitespace (``str.isspace``, what ``\\s`` of
    ``re`` matches), then the last letter of a head (every head of :data:`_MEDIUM_HEAD_ALT` ends in
    ``ة``, ``ع`` or ``ن``). A newline right before ``pos`` gives True (``$`` also matches before it)."""
    j = pos
    if j > lo and text[j - 1] == "\n":
        return True
    if j > lo and text[j - 1] in "\"«“":
        j -= 1
    k = j
    while k > lo and text[k - 1].isspace():
        k -= 1
    return lo < k < j and text[k - 1] in "ةعن"


#: A ``ل``-complement right after a name (``… للهجرة``, ``… لغوث اللاجئين``): the head before it heads a
#: longer name.
_LAM_COMPLEMENT_RE = re.compile(r"[\"»”]?\s+ل(?!(?:كن|كنه|كنها|دى|دي|قد|أن|ان|ذلك|هذا|هذه|يس|يست|م|ن|ا|ه|ها|هم)(?!\w))\w{2,}")
#: One or two medium heads ending right before a name (optionally an opening quotation mark): group 1
#: the head(s) as written (searched in the few characters before each occurrence of the name).
_HEAD_BEFORE_RE = re.compile(r"(?<![\w])[وبل]?((?:" + _MEDIUM_HEAD_ALT + r")(?:\s+(?:" + _MEDIUM_HEAD_ALT
                             + r"))?)\s+[\"«“]?$")


def quoted_medium_head(text: str, speaker: str) -> str | None:
    """Step 51x: a medium's name that opens with a word of the person-name lists (``برلينر مورجن بوست``),
    which :meth:`SpeakerCanon.medium_head` leaves alone, → the head the article writes it with, when
    every time it is written it stands in quotation marks right after one medium head
    (``صحيفة "برلينر مورجن بوست"``): a name in marks after a head names the medium, not a person.
    Gold convention: the fullest name in the article (held-out 63). ``None`` otherwise."""
    words = speaker.split()
    if not 1 <= len(words) <= 4 or not is_person_token(words[0]) or _bare(words[0]) in MEDIUM_HEADS:
        return None
    found: dict[str, str] = {}
    pos = text.find(speaker)
    while pos >= 0:
        end = pos + len(speaker)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            lo = max(0, pos - 24)
            m = _HEAD_BEFORE_RE.search(text, lo, pos) if _head_end_before(text, lo, pos) else None
            if m is None or text[pos - 1] not in '"«“' or text[end : end + 1] not in '"»”':
                return None  # written once without its head and marks: a person's name is possible
            found[fold(m.group(1))] = m.group(1)
        pos = text.find(speaker, end)
    if len(found) != 1:
        return None
    return " ".join(found.popitem()[1].split()) + " " + speaker


def canonicalise_speakers(article: Article, quotes: list[Quote], book: SpeakerBook | None = None) -> None:
    """Rewrite the speakers of ``quotes`` (the article's final quotes, in text order) to their
    canonical form, in place (see the module docstring). ``book``: the quotes stage's
    :class:`marsad.quotes.speakers.SpeakerBook` of the article, whose fuller-name scans are reused
    (one is made when needed otherwise). Never raises on odd input; a rule that finds nothing leaves
    the speaker as it is."""
    if not quotes:
        return
    glued = glued_rests(article.text, quotes)
    for q in quotes:
        if q.speaker in glued:
            q.speaker = glued[q.speaker]
    for q in quotes:
        both = each_of(article, q)
        if both:
            q.speaker = both
        elif q.speaker and len(q.speaker.split()) > 1 and q.speaker.split()[-1] in _APART_PROCLITICS:
            # مصادر ل "دنيا الرياضة": a proclitic written apart before a quoted medium ends no speaker
            q.speaker = q.speaker.rsplit(" ", 1)[0]
    canon = SpeakerCanon(article, quotes, book)
    described = DescribedPersons(article)  # step 42a: a described person → the one compatible person
    bodies = NamedBodies(article, quotes)  # step 44c: a body's short form → its one full name
    org_of_head = _org_of_head(article, quotes)
    forms = NameForms(article)  # step 46d: a family name spelt another way
    makers = StudyMakers(article)  # step 51d: a study → the researchers who made it
    quoted = QuotedAppositions(article)  # step 51d: a description → the quoted name written after it
    owners = SpeechEventOwners(article)  # step 51a: وفي تصريحات لـNAME، أكد / وجاء ذلك في حوار لـNAME
    professions = ProfessionHolders(article)  # step 51w: معالج النادي → the one person after المعالج
    related: dict[str, str | None] = {}  # step 51w: شبيه رونالدو → the one other person, per speaker
    edges = NameEdges(article, quoted_medium_head)  # step 51x: particle first names, words before a name, heads
    cuts = edges.cuts  # step 53b: the run-on cuts of this article, per final speaker
    text = article.text
    for q in quotes:
        s = q.speaker
        if not s:
            continue
        new = (written_subject(article, q) or (span_edges(article, q, quotes) if s[:1] == "و" or (q.speaker_span is not None and text[q.speaker_span.end : q.speaker_span.end + 2] in EDGE_NEXT) else None) or owners.owner(q) or canon.alias_name(s) or canon.document_author(q, org_of_head) or canon.document_issuer(s) or canon.role_holder(s)
               or canon.named_in_phrase(s) or canon.apposed_name(s) or canon.fullest_name(s)
               or canon.titled_name(s) or canon.described_source(q) or canon.described_holder(q)
               or canon.described_body(q) or canon.same_source(q) or canon.loose_role_holder(s)
               or described.holder(s, q.kind == "headline") or forms.variant(s) or canon.medium_head(s)
               or bodies.resolve(s) or makers.resolve(s) or quoted.resolve(s) or transposed_name(article, s)
               or professions.holder(s) or (related[s] if s in related else related.setdefault(s, related_person(article, s)))
               or edges.resolve(s))  # step 51x
        if book is not None and book.apart and fold(s) in book.apart:
            # step 46w: a description kept apart by its nationality is none of the speakers it was found
            # not to be; the one person the article names with that nationality, else as written
            if new and fold(new) in {fold(x) for x in book.apart[fold(s)]}:
                new = None
            new = new or book.nationality_holder(s)
        if new is None:
            nom = nominative_plural(s)
            new = nom if nom != s else None
        if new and new != s and common_start(new):
            new = None  # the entities stage's "person" ليس الوحيد (ليس is in the name lists): no name
        final = new or s
        cut = cuts[final] if final in cuts else edges.run_on(final)  # step 53b: a word run on into the name
        if cut:
            new = cut
        if new and new != s:
            q.speaker = new
    # step 53a: an unnamed official → the one person quoted later under the same title, definite
    name_unnamed_officials(article, quotes)
    name_dual_subjects(article, quotes)  # step 44: a dual subject → the two parties it names


#: Step 51u: heads of a spokesman or an unnamed source (folded, without ``ال``): ``متحدث باسم X``,
#: ``ناطق باسم X``, ``مصدر في X``, ``مصادر مطلعة في X``.
_SPOKESMAN_HEADS = frozenset(fold(w) for w in "متحدث متحدثة ناطق ناطقة مصدر مصادر".split())


def spokesman_entity(article: Article, q: Quote) -> int | None:
    """Step 51u: the entity a spokesman's or an unnamed source's quotation stays linked to (``q.entity``
    or ``None``; new-user report nu29 #2). A speaker that still reads ``متحدث/ناطق باسم X …`` or
    ``مصدر/مصادر … في X`` is an unnamed source of X, never X itself nor a place of its description: a
    link to an entity that is not a person is dropped (``متحدث باسم السفارة البريطانية في القاهرة``
    → not ``القاهرة``; ``مصادر في مدينة الحديدة`` → not ``الحديدة``). A person stays linked only when
    the phrase names the spokesman: not when the name is in apposition to a title of the ``باسم``
    complement (``المتحدث باسم الرئيس التركي رجب طيب إردوغان``: the title and its adjectives, no
    ``ل`` complement between them and the name, are the president's, so the name is too), but
    ``المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك`` keeps the spokesman's name."""
    i = q.entity
    if i is None or not q.speaker or i >= len(article.entities):
        return i
    words = q.speaker.split()
    if len(words) < 2 or _bare(words[0]) not in _SPOKESMAN_HEADS:
        return i
    e = article.entities[i]
    if e.type not in ("PER", "PERS"):
        return None
    names = {fold(w) for w in e.name.split()}
    f = [fold(w) for w in words]
    at = next((k for k in range(1, len(f)) if f[k] in names), None)
    if at is None or "باسم" not in f[:at]:
        return i
    title = False
    for w in f[f.index("باسم") + 1 : at]:
        b = _bare(w)
        if b in TITLE_WORDS and b not in ORG_HEADS:
            title = True  # الرئيس, رئيس الوزراء, الأمين العام: a person's title
        elif w[:1] == "ل" or w in ("،", ","):
            title = False  # للأمم المتحدة: the title's complement closed; the name after it is the spokesman's
    return None if title else i
