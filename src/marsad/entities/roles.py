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
new phrase), and never contains another person's name.

A *nominal reference* is a definite role noun standing alone (``الوزير``, ``وأكد الوزير``): it refers to
the last person (in text order) whose role contains that noun.
"""

from __future__ import annotations

from marsad.entities.features import ner_norm, proclitic_splits

#: Role nouns (first token of a role phrase; multi-token ones are matched on their first token and
#: kept whole by contiguity). Normalized forms are compared, with proclitics و/ف/ب/ل removed.
ROLE_NOUNS = (
    "وزير", "وزيرة", "رئيس", "رئيسة", "أمين", "الأمين", "نائب", "مساعد", "سفير", "سفيرة", "مندوب",
    "مبعوث", "المبعوث", "ممثل", "المتحدث", "المتحدثة", "الناطق", "متحدث", "ناطق", "مدير", "مديرة",
    "قائد", "زعيم", "ملك", "الملك", "أمير", "الأمير", "ولي", "مستشار", "مستشارة", "محافظ", "عضو",
    "رئيسي", "وكيل", "قاضي", "النائب", "المدعي", "مفوض", "المفوض", "منسق", "سكرتير", "الرئيس",
    "مرشد", "المرشد", "مفتي", "مدرب", "لاعب", "نجم", "الكاتب", "الكاتبة", "الشاعر", "الفنان",
    "الفنانة", "المخرج", "الممثل", "الممثلة", "الداعية", "الشيخ", "الجنرال", "اللواء", "العميد",
)  # fmt: skip
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

#: Longest role phrase, in tokens (``المتحدث باسم وزارة الخارجية الأمريكية`` is 5).
MAX_ROLE_TOKENS = 9
#: Nominal references: definite role nouns that can stand for a person already named.
NOMINAL_NOUNS = frozenset(
    ner_norm(w)
    for w in ("الوزير", "الوزيرة", "الرئيس", "الرئيسة", "السفير", "المبعوث", "المتحدث", "الأمين العام",
              "الأمير", "الملك", "المستشار", "المدير", "القائد", "الزعيم", "المحافظ", "النائب", "المدرب")
)  # fmt: skip

_PUNCT_STOP = frozenset(".،,؛;:!?؟()[]\"«»{}")


def role_split(tok: str, keys: frozenset[str] = _ROLE_KEYS) -> tuple[int, str] | None:
    """``(proclitic chars, normalized noun)`` when ``tok`` is a role noun, bare (``وزير``) or with
    proclitics (``ووزير`` → ``(1, "وزير")``, ``للوزير`` → ``(1, "الوزير")``); else ``None``."""
    w = ner_norm(tok)
    if w in keys:
        return 0, w
    for k, stem in proclitic_splits(w):
        if stem in keys:
            return k, stem
        if stem.startswith("ل") and "ا" + stem in keys:  # لل: ل + (ا)ل
            return k, "ا" + stem
    return None


def is_role_noun(tok: str) -> bool:
    return role_split(tok) is not None


def noun_of_nominal(tok: str) -> str | None:
    """For a nominal reference token (``الوزير``, ``والوزير``) the bare noun (``وزير``); ``None``
    when the token is not a nominal reference."""
    hit = role_split(tok, NOMINAL_NOUNS)
    if hit is None:
        return None
    k = hit[1]
    return k[2:] if k.startswith("ال") else k


def role_before(tokens: list[str], name_start: int, blocked: set[int]) -> tuple[int, int] | None:
    """Role phrase ending before the name starting at token ``name_start``: ``(first, end)`` token
    indices (end exclusive), or ``None``. ``tokens``: raw token texts of the sentence; ``blocked``:
    token indices inside other person mentions."""
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
        elif ner_norm(t) in ROLE_STOPWORDS:
            break
        i -= 1
    if first is None or first >= end:
        return None
    return first, end


def role_after(tokens: list[str], name_end: int, blocked: set[int]) -> tuple[int, int] | None:
    """Apposition after the name (``X، أمين عام …،``): ``(first, end)`` token indices or ``None``."""
    i = name_end
    if i >= len(tokens) or tokens[i] not in ("،", ","):
        return None
    i += 1
    if i >= len(tokens) or not is_role_noun(tokens[i]):
        return None
    first = i
    while i < len(tokens) and i - first < MAX_ROLE_TOKENS:
        t = tokens[i]
        if t in _PUNCT_STOP or i in blocked or (i > first and ner_norm(t) in ROLE_STOPWORDS):
            break
        i += 1
    return (first, i) if i > first else None
