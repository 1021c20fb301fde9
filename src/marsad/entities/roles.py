"""Roles of people from title phrases and appositions, and nominal references (``الوزير``).

A *role phrase* starts with a role noun (:data:`ROLE_NOUNS`, e.g. ``وزير``, ``رئيس``, ``أمين عام``,
``المتحدث باسم``) and runs over its complements — the ministry or body (``الخارجية``, an organisation
name such as ``منظمة الأمن والتعاون الأوروبي``) and a nationality adjective (``الروسي``) — up to the
person's name. Two placements are recognised (the usual Arabic news apposition patterns; cf. the
ACE 2005 Arabic guidelines on titles and appositives):

* *pre-nominal title*: ``وزير الخارجية الروسي سيرغي لافروف``, ``أمين عام منظمة …، لامبرتو زافيير`` —
  the phrase ends right before the name, or before a comma that precedes it;
* *post-nominal apposition*: ``لامبرتو زافيير، أمين عام منظمة …،`` — a comma, then the phrase up to
  the next punctuation.

A role phrase is at most :data:`MAX_ROLE_TOKENS` tokens, never crosses punctuation (except the
apposition comma) or a stop word (:data:`ROLE_STOPWORDS`: verbs of saying, prepositions that open a
new phrase), never contains another person's name, and is made of role nouns and their complements
only (definite words such as ``الروسي``, :data:`COMPLEMENT_WORDS`, construct-state heads, words of
organisation/place mentions): an indefinite word such as a verb (``يطالب``) ends it. Titles written
between the role and the name (``أمير الكويت الشيخ صباح``) are left out of the role. No apposition is
read after a name governed by a preposition (``لميركل، المتحدث …`` is about someone else).

A role phrase never runs over a coordinated role noun (``الملك والرئيس، دونالد ترامب``: the role of
Trump is ``الرئيس``; two people are named).

A *nominal reference* is a definite role noun standing alone (``الوزير``, ``وأكد الوزير``): it refers to
the last person (in text order) whose role has that noun as its head (see
:func:`marsad.entities.linking.role_mentions_key`) or whose name is written right after that noun as a
title (``الملك سلمان``); with no such person it stays unlinked.
"""

from __future__ import annotations

from functools import lru_cache

from marsad import settings
from marsad.entities.features import ner_norm, proclitic_splits, stem_with_article

#: Role nouns (first token of a role phrase; multi-token ones are matched on their first token and
#: kept whole by contiguity). Normalized forms are compared, with proclitics و/ف/ب/ل removed.
ROLE_NOUNS = (
    "وزير", "وزيرة", "رئيس", "رئيسة", "أمين", "الأمين", "نائب", "مساعد", "سفير", "سفيرة", "مندوب",
    "مبعوث", "المبعوث", "ممثل", "المتحدث", "المتحدثة", "الناطق", "متحدث", "ناطق", "مدير", "مديرة",
    "قائد", "زعيم", "ملك", "الملك", "أمير", "الأمير", "ولي", "مستشار", "مستشارة", "محافظ", "عضو",
    "رئيسي", "وكيل", "قاضي", "النائب", "المدعي", "مفوض", "المفوض", "منسق", "سكرتير", "الرئيس",
    "مرشد", "المرشد", "مفتي", "مدرب", "لاعب", "نجم", "الكاتب", "الكاتبة", "الشاعر", "الفنان",
    "الفنانة", "المخرج", "الممثل", "الممثلة", "الداعية", "الشيخ", "الجنرال", "اللواء", "العميد",
    # third-user findings: the king as 'العاهل السعودي', a party member in apposition ('حنان عشراوي،
    # العضو في حركة فتح')
    "العاهل", "عاهل", "العضو", "بابا", "البابا",
    # nu32: France 24's word for the UN envoy ('موفد الأمم المتحدة إلى سوريا ستافان دي ميستورا'; 56
    # ANT v2.1 uses of موفد/الموفد) was no role: the quotes kept the title, the name was lost
    "موفد", "الموفد", "موفدة",
)  # fmt: skip
#: Role nouns whose definite form is an adjective, no role (``الرئيسي`` "main").
_NO_DEFINITE_ROLE = frozenset(ner_norm(w) for w in ("رئيسي",))
_ROLE_KEYS = frozenset(ner_norm(w) for w in ROLE_NOUNS) | frozenset(
    ner_norm(w)[2:] for w in ROLE_NOUNS if w.startswith("ال")
)

#: Tokens that end a role phrase scanning away from the name (verbs of saying, prepositions,
#: conjunction-like particles): ``مع أمين عام …`` keeps ``مع`` out of the role.
ROLE_STOPWORDS = frozenset(
    ner_norm(w)
    for w in (
        "مع", "في", "من", "إلى", "على", "عن", "بين", "أن", "إن", "قال", "أكد", "وقال", "وأكد", "أعلن",
        "التقى", "استقبل", "بحث", "حيث", "الذي", "التي", "كما", "و", "أو", "ثم", "لكن", "بعد", "قبل",
        "اليوم", "أمس", "خلال", "عند", "لدى", "شدد", "دعا", "أشار", "اعتبر", "رأى", "هو", "هي",
    )
)  # fmt: skip

#: Words that end a role phrase naming the one it serves, not the holder: ``متحدث باسم هيلاري
#: كلينتون`` is her spokesman (blind held-out gold, SaudiNewsNet 2015-07-27).
_ON_BEHALF = frozenset({ner_norm("باسم")})

#: Longest role phrase, in tokens (``settings.NER_MAX_ROLE_TOKENS``).
MAX_ROLE_TOKENS = settings.NER_MAX_ROLE_TOKENS
#: Nominal references: definite role nouns that can stand for a person already named.
NOMINAL_NOUNS = frozenset(
    ner_norm(w)
    for w in ("الوزير", "الوزيرة", "الرئيس", "الرئيسة", "السفير", "المبعوث", "المتحدث", "الأمين العام",
              "الأمير", "الملك", "المستشار", "المدير", "القائد", "الزعيم", "المحافظ", "النائب", "المدرب",
              "العاهل", "العميد")
)  # fmt: skip
#: Nouns of one office (bare, normalized): ``العاهل`` is the king (``العاهل السعودي الملك سلمان``).
NOUN_SYNONYMS = {ner_norm("عاهل"): ner_norm("ملك")}

_PUNCT_STOP = frozenset(".،,؛;:!?؟()[]\"«»{}")
#: Marks that open an apposition after a name: the comma, and the semicolon that some Saudi
#: papers write there (``المهندس عبدالله القاضي؛ نائب رئيس اللجنة الوطنية``, SaudiNewsNet).
APPOSITION_MARKS = frozenset("،,؛;")


@lru_cache(maxsize=100_000)
def role_split(tok: str, keys: frozenset[str] = _ROLE_KEYS) -> tuple[int, str] | None:
    """``(proclitic chars, normalized noun)`` when ``tok`` is a role noun, bare (``وزير``), definite
    (``المدرب``: role nouns only) or with proclitics (``ووزير`` → ``(1, "وزير")``, ``للوزير`` →
    ``(1, "الوزير")``, ``للمدرب``); else ``None``."""
    w = ner_norm(tok)
    definite_ok = keys is _ROLE_KEYS  # 'المدرب', 'للمدرب': the definite form of a role noun

    def known(x: str) -> bool:
        return x in keys or (definite_ok and x.startswith("ال") and x[2:] in keys and x[2:] not in _NO_DEFINITE_ROLE)

    if known(w):
        return 0, w
    for k, stem in proclitic_splits(w):
        if known(stem):
            return k, stem
        if stem.startswith("ل") and known("ا" + stem):  # لل: ل + (ا)ل; the span keeps "لل"
            return k - 1, "ا" + stem
    return None


def is_role_noun(tok: str) -> bool:
    return role_split(tok) is not None


def is_governed_role_noun(tok: str) -> bool:
    """A role noun written with the preposition ``ب`` (``بالرئيس``, ``برئيس``): the object of a verb
    (``اتصل``, ``التقى``, ``رحب``), which opens the phrase of the name after it — ``اتصل رئيس الحكومة
    الإسرائيلية بالرئيس الأمريكي ترامب`` names two people, and only ``الرئيس الأمريكي`` is Trump's
    (nu26 item 3: the whole phrase was glued across ``ب``, and tied Netanyahu's later ``رئيس
    الحكومة`` to Trump). ``ل`` is not such a break: after a role noun it writes the genitive
    (``النائب الأول لوزير الخارجية``, ``المساعد الخاص لرئيس المنتدى``: the name is the deputy's)."""
    hit = role_split(tok)
    return hit is not None and hit[0] > 0 and ner_norm(tok)[hit[0] - 1 : hit[0]] == "ب"


def is_coordinated_role_noun(tok: str) -> bool:
    """A role noun written with the conjunction و (``والرئيس``, ``ووزير``): it starts a new
    conjunct — ``بين الملك والرئيس، دونالد ترامب`` names two people, and only ``الرئيس`` is the
    role of the name after it."""
    hit = role_split(tok)
    return hit is not None and hit[0] > 0 and ner_norm(tok)[:1] == "و"


@lru_cache(maxsize=100_000)
def noun_of_nominal(tok: str) -> str | None:
    """For a nominal reference token (``الوزير``, ``والوزير``) the bare noun (``وزير``); ``None``
    when the token is not a nominal reference."""
    hit = role_split(tok, NOMINAL_NOUNS)
    if hit is None:
        return None
    k = hit[1]
    k = k[2:] if k.startswith("ال") else k
    return NOUN_SYNONYMS.get(k, k)


#: Indefinite words that may continue a role phrase (heads of construct phrases and fixed parts).
COMPLEMENT_WORDS = frozenset(
    ner_norm(w)
    for w in (
        "عام", "باسم", "لشؤون", "شؤون", "دولة", "وزراء", "مجلس", "منظمة", "حركة", "حزب", "جبهة",
        "جامعة", "وزارة", "هيئة", "لجنة", "اتحاد", "جيش", "قوات", "شركة", "بنك", "صندوق", "مكتب",
        "أركان", "ركن", "رسمي", "سابق", "سابقا", "الأسبق", "بالوكالة", "بالإنابة",
    )
)  # fmt: skip
#: Titles written between a role and the name (``أمير الكويت الشيخ صباح``): not part of the role.
_TRAILING_TITLES = frozenset(
    ner_norm(w)
    for w in ("الشيخ", "السيد", "السيدة", "الدكتور", "المهندس", "الحاج", "سمو", "الأمير", "الأميرة",
              "الملك", "السلطان", "الجنرال", "اللواء", "العميد", "العقيد", "المشير", "الفريق",
              "الدكتورة", "المهندسة", "الشيخة", "الأستاذ", "الأستاذة")
)  # fmt: skip


def _complement(tokens: list[str], i: int, ok: frozenset[int] | set[int]) -> bool:
    """May token ``i`` continue a role phrase? Role nouns, definite words (``الخارجية``,
    ``والتعاون``, ``للشؤون``, nationality adjectives ``الروسي``), :data:`COMPLEMENT_WORDS`,
    the word right after a role noun (construct state: ``رئيس وزراء``), and words inside organisation or
    place mentions (``ok``)."""
    if i in ok or is_role_noun(tokens[i]):
        return True
    w = ner_norm(tokens[i])
    if w.isdigit():  # the number of a unit after its noun ('قائد اللواء 143')
        return i > 0 and is_role_noun(tokens[i - 1])
    if w in COMPLEMENT_WORDS or len(w) < 2:
        return w in COMPLEMENT_WORDS
    if stem_with_article(w).startswith("ال"):
        return True
    # construct state ('رئيس وزراء'): only an indefinite head governs the next word; a definite role
    # noun is no construct head ('المبعوث نقل للرئيس': نقل is the verb, nu22 item 3)
    return i > 0 and (hit := role_split(tokens[i - 1])) is not None and not _definite(tokens[i - 1], hit)


def _definite(tok: str, hit: tuple[int, str]) -> bool:
    """Is the role noun ``tok`` (its :func:`role_split` result ``hit``) definite (``المبعوث``,
    ``للرئيس``)? Role nouns listed with the article (``الأمين``) count as definite only when so written."""
    return ner_norm(tok)[hit[0] :].startswith(("ال", "لل"))


#: Sovereign titles (folded, with the article → bare noun): a sovereign holds no other office, so a
#: role phrase with another head before the title is someone else's (``التقى وزير الخارجية الأمريكي
#: الملك سلمان``: the minister met the king).
SOVEREIGN_TITLES = {ner_norm("الملك"): "ملك", ner_norm("السلطان"): "سلطان"}


def _trim(tokens: list[str], first: int, end: int) -> tuple[int, int]:
    """The role phrase ``tokens[first:end]`` without the titles written between it and the name;
    the sovereign title alone when one stands there under another head (``وزير … الملك سلمان``);
    the person's own title alone when a sovereign's phrase stands before another title (``وعين
    العاهل السعودي الأمير بدر``: the king appointed the prince, who is no king)."""
    name_start = end
    while end - 1 > first and ner_norm(tokens[end - 1]) in _TRAILING_TITLES:
        end -= 1
    head = role_split(tokens[first])
    bare = head[1].removeprefix("ال") if head is not None else ""
    bare = NOUN_SYNONYMS.get(bare, bare)
    for i in range(end, name_start):
        noun = SOVEREIGN_TITLES.get(ner_norm(tokens[i]))
        if noun is not None and (head is None or bare != noun):
            return i, i + 1  # the sovereign title alone is this person's role
    if bare in SOVEREIGN_TITLES.values():
        other = [i for i in range(end, name_start) if ner_norm(tokens[i]) not in SOVEREIGN_TITLES]
        if other:
            return other[0], other[0] + 1  # the person's own title alone ('الأمير')
    return first, end


def role_before(
    tokens: list[str], name_start: int, blocked: set[int], ok: frozenset[int] | set[int] = frozenset()
) -> tuple[int, int] | None:
    """Role phrase ending before the name starting at token ``name_start``: ``(first, end)`` token
    indices (end exclusive), or ``None``. ``tokens``: raw token texts of the sentence; ``blocked``:
    token indices inside other person mentions; ``ok``: token indices inside ORG/LOC mentions."""
    end = name_start
    if end > 0 and tokens[end - 1] in ("،", ","):
        end -= 1
    first = None
    i = end - 1
    while i >= 0 and end - i <= MAX_ROLE_TOKENS:
        t = tokens[i]
        if t in _PUNCT_STOP or i in blocked:
            break
        if is_role_noun(t):
            first = i
            if is_coordinated_role_noun(t) or is_governed_role_noun(t):
                break  # 'الملك والرئيس، X', 'رئيس الحكومة بالرئيس X': the phrase of X starts here
        elif ner_norm(t) in ROLE_STOPWORDS or not _complement(tokens, i, ok):
            break
        i -= 1
    if first is None or first >= end:
        return None
    if end == name_start and _needs_genitive(tokens, end - 1, ok):  # 'مدير حملة ترامب': his campaign's
        return None
    if ner_norm(tokens[end - 1]) in _ON_BEHALF:  # 'متحدث باسم هيلاري كلينتون': she is not the spokesman
        return None
    principal = _principal_title(tokens, first, end) if end == name_start else None
    if principal is not None:  # 'المتحدث باسم الرئيس التركي رجب طيب إردوغان': Erdogan is the president
        return _trim(tokens, principal, end)
    if first >= 2 and tokens[first - 1] in APPOSITION_MARKS and end == name_start and _apposition_host(tokens, first - 2, blocked):
        inner = _inner_title(tokens, first, end)
        if inner is not None:  # 'بولتون، مستشار الرئيس ترامب': Trump is the president, not the adviser
            return _trim(tokens, inner, end)
    return _trim(tokens, first, end)


#: Possessive pronoun suffixes as written (``أعماله``, ``مديرها``): ``ه`` is never ``ة``.
_POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


def _needs_genitive(tokens: list[str], i: int, ok: frozenset[int] | set[int]) -> bool:
    """Is token ``i``, the last of a role phrase written right before a name (no comma), an
    indefinite noun in the construct state, so that the name is its genitive, not the holder
    of the role? ``مدير حملة ترامب`` (Trump's campaign manager), ``مستشار ترامب`` (Trump's
    adviser): an indefinite role noun, or a word that continued the phrase only as the governed
    noun of one (:func:`_complement`'s construct rule), unless it holds a possessive pronoun
    (``مدير أعماله``) or is a nisba adjective (``مستشار قانوني``). Definite words (``وزير الخارجية الروسي``),
    words of place or organisation mentions (``رئيس وزراء بريطانيا``), fixed complements
    (``أمين عام``, ``سابق``) and titles (``الرئيس``) end a phrase that names the holder."""
    if i in ok:
        return False
    w = ner_norm(tokens[i])
    if w in COMPLEMENT_WORDS or w.isdigit() or stem_with_article(w).startswith("ال"):
        return False
    if tokens[i].endswith(_POSSESSIVE_SUFFIXES):  # 'مديره تيري فريمو', 'رئيسه فيصل الفايز'
        return False
    hit = role_split(tokens[i])
    if hit is not None:
        return not _definite(tokens[i], hit) and ner_norm(tokens[i])[hit[0] :] not in _TRAILING_TITLES
    # a noun with a possessive pronoun is definite ('مدير أعماله سكوتر براون': he is the manager);
    # an indefinite nisba adjective agrees with the noun before it ('مستشار قانوني حسن الحايس')
    return not (len(w) > 3 and w.endswith("ي"))


def _apposition_host(tokens: list[str], i: int, blocked: set[int]) -> bool:
    """Can token ``i`` (right before an apposition comma) end the name that a role phrase after the
    comma describes? Another person's name (``blocked``), or a word that is no punctuation, stop
    word or role noun (``علي أكبر ولايتي، مستشار المرشد …``: the tagger missed ولايتي)."""
    if i in blocked:
        return True
    t = tokens[i]
    return t not in _PUNCT_STOP and ner_norm(t) not in ROLE_STOPWORDS and not is_role_noun(t) and len(ner_norm(t)) > 2


def _principal_title(tokens: list[str], first: int, end: int) -> int | None:
    """Step 51w (issue 6, task desc30): in a spokesman's phrase written right before a name, ``باسم``
    + a definite person's title + one or more nisba adjectives and nothing else (``المتحدث باسم
    الرئيس التركي رجب طيب إردوغان``, ``متحدث باسم رئيس الوزراء البلجيكي شارل ميشال``), the index of
    that title: the name is in apposition to the principal's title (title and nationality, the
    holder's full style), so the role is the title's, not the spokesman's (qfu29 found Erdogan
    given ``المتحدث باسم الرئيس التركي``). A bare title (``المتحدث باسم الرئيس يون يونغ تشان``, the
    spokesman; ``… باسم الرئيس فلاديمير بوتين``, the president) is read both ways in the news and is
    left to the spokesman; a ``ل`` complement (``باسم الأمين العام للأمم المتحدة ستيفان دوجاريك``) or
    a body (``باسم الرئاسة التركية إبراهيم كالين``) names the spokesman. ``None`` otherwise."""
    k = next((i for i in range(first, end - 2) if ner_norm(tokens[i]) in _ON_BEHALF), None)
    if k is None:
        return None
    hit = role_split(tokens[k + 1])
    if hit is None or is_coordinated_role_noun(tokens[k + 1]):
        return None
    j = k + 2
    if not ner_norm(tokens[k + 1])[hit[0] :].startswith("ال"):
        # رئيس الوزراء: an indefinite title with its definite complement (not a nisba: that is the
        # complement of another head, ``مستشار الرئيس``)
        if j >= end - 1 or not ner_norm(tokens[j]).startswith("ال") or _nisba(tokens[j]):
            return None
        j += 1
    adjectives = tokens[j:end]
    if not adjectives or not all(_nisba(t) for t in adjectives):
        return None
    return k + 1


def _nisba(tok: str) -> bool:
    """A definite nisba adjective (``التركي``, ``البلجيكية``, ``الأميركي``), normalized."""
    w = ner_norm(tok)
    return w.startswith("ال") and len(w) > 4 and w.endswith(("ي", "يه", "ية"))


def _inner_title(tokens: list[str], first: int, end: int) -> int | None:
    """In a construct role phrase ``tokens[first:end]`` with an indefinite head (``مستشار الرئيس``,
    ``مستشار المرشد الإيراني``) the index of the first definite role noun after the head, or ``None``.
    Used when the phrase is the apposition of a name before it (``X، مستشار الرئيس Y``): the head
    is X's office, and Y holds the inner title (nu22 item 3: Bolton's and Velayati's roles went to
    Trump and Khamenei)."""
    head = role_split(tokens[first])
    if head is None or _definite(tokens[first], head) or is_coordinated_role_noun(tokens[first]):
        return None
    for j in range(first + 1, end):
        hit = role_split(tokens[j])
        if hit is not None and _definite(tokens[j], hit) and not is_coordinated_role_noun(tokens[j]):
            return j
    return None


#: Verbs after which the name is the subject, so that an indefinite role noun right after the name
#: (no comma) is its apposition: ``وقال أنتوني ماتيفي مساعد المدعي الاتحادي``, ``قام زياد البازعي
#: محافظ أملج``. After other verbs the role noun may open the object (``التقى ترامب رئيس الوزراء``).
SUBJECT_VERBS = frozenset(
    ner_norm(w)
    for v in ("قال", "أضاف", "أكد", "أوضح", "ذكر", "صرح", "أشار", "كشف", "أعلن", "تابع", "اعتبر", "لفت",
              "قام", "شدد", "بين", "نوه", "أفاد")
    for w in (v, "و" + v, "ف" + v)
)  # fmt: skip


def role_after(
    tokens: list[str], name_end: int, blocked: set[int], ok: frozenset[int] | set[int] = frozenset(),
    subject: bool = False,
) -> tuple[int, int] | None:
    """Apposition after the name (``X، أمين عام …،``): ``(first, end)`` token indices or ``None``.
    With ``subject`` (the name follows a verb of :data:`SUBJECT_VERBS`) an indefinite role noun right
    after the name opens an apposition without a comma (``وقال أنتوني ماتيفي مساعد المدعي``)."""
    i = name_end
    if i >= len(tokens):
        return None
    if tokens[i] in APPOSITION_MARKS:
        i += 1
    elif not (subject and (hit := role_split(tokens[i])) is not None and hit[0] == 0 and not hit[1].startswith("ال")):
        return None
    if i >= len(tokens) or not is_role_noun(tokens[i]) or is_coordinated_role_noun(tokens[i]):
        return None  # 'ترامب، والزعيم الكوري الشمالي، كيم': a conjunct opens the next person's title
    first = i
    while i < len(tokens) and i - first < MAX_ROLE_TOKENS:
        t = tokens[i]
        if i in blocked:  # "X، وزير الدفاع Y": the title of the next person, not an apposition
            # ... unless the phrase is a construct whose inner title is Y's ('X، مستشار الرئيس Y':
            # X is the adviser, Y the president)
            inner = _inner_title(tokens, first, i)
            return (first, i) if inner is not None else None
        if t in _PUNCT_STOP:
            break
        if i > first and (ner_norm(t) in ROLE_STOPWORDS or is_coordinated_role_noun(t) or not _complement(tokens, i, ok)):
            break
        i += 1
    return _trim(tokens, first, i) if i > first else None
