"""Site boilerplate: share bars, contact blocks, disclaimers and link lines inside the article text.

Eighth new-user report, finding 1: Okaz's share bar ``شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك``
opened 156 of one SaudiNewsNet day's 170 Okaz articles, glued to the lead, so ``فيسبوك`` found 157
articles of which 151 never mention Facebook, and the bar was the store's third most frequent entity.
Such text recurs across the articles of a site, never inside one, so :mod:`marsad.layout.dedup` did
not see it.

Two sources of rules, both data:

* **The derived table** ``boilerplate_table.json``, written by ``bench/boilerplate.py`` from the
  corpora (SaudiNewsNet, ANT v2.1): whole lines and text openings that recur verbatim (digits aside)
  in many articles of one source, each with its source and counts (see that script for the
  criteria). An entry matches near-verbatim: any alef/hamza form, ``ى``/``ي``, ``ة``/``ه``,
  harakat and tatweel, any run of white space, any digits (:func:`flexible_pattern`).
* **Kinds** (:data:`KINDS`): what such lines are made of, for sites and days the corpora do not
  hold: share/follow bars (verbs + network names), SMS/phone/e-mail/handle contact lines,
  subscription and app lines, copyright lines, an "about the agency" paragraph, a sponsor line
  (``هذا المقال منشور بالتعاون مع موقع …``), navigation.

* **Site trailers** (table entries ``where: "trailer"``, task trail23): a fixed prefix whose
  variable tail closes the last prose block: 3alyoum's tag list glued to the last paragraph
  (``… الموج. سمات الأرصاد طقس``, 1,657 of 2,080 articles), Al Weeam's
  ``رابط الخبر بصحيفة الوئام: <title>`` on its own line (1,849 of 2,083; glued to a paragraph the
  layout's inline trailer takes it). See :func:`site_trailer`.

A block (``lead``, ``body``, ``subheading``) that is wholly boilerplate leaves ``article.blocks``; an
opening glued to the first prose block is cut off it. Each is recorded in ``article.removed`` as a
``RemovedBlock(kind="boilerplate", what=<kind name or "site">, similarity=1.0, repeats=Span(0, 0))``
(``repeats`` is empty: what it repeats is in other articles). ``article.text`` is unchanged.
Cost: one or two set tests of the block's first characters (:func:`_gated`); a regex only for
candidates (on ANT v2.1, +2 % of the layout and text stages' time).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from marsad import settings
from marsad.layout.dateline import find_lead_dateline
from marsad.layout.rules import LIST_ITEM_START
from marsad.model import Article, Block, RemovedBlock, Span
from marsad.text.normalize import LETTER_FOLDS
from marsad.text.scan import compiled_contains_any, compiled_translation

TABLE_PATH = Path(__file__).with_name("boilerplate_table.json")

#: Social networks and sharing targets, as Arabic and Latin sites write them.
NETWORKS = (
    "تويتر|تويتّر|فيسبوك|فيس بوك|فيسبوك|جوجل بلس|جوجل\\+|غوغل بلس|واتساب|واتس اب|واتس آب|تيليجرام|"
    "تلغرام|تليجرام|انستقرام|انستغرام|إنستغرام|انستجرام|سناب شات|سناب|يوتيوب|لينكد إن|لينكدإن|"
    "twitter|facebook|google\\+|google plus|whatsapp|telegram|instagram|snapchat|youtube|linkedin|x"
)
_NET = f"(?:{NETWORKS})"
_SEP = r"[\s،,|/•·\-–]*"
_DIG = r"[0-9٠-٩]"
#: The end of a word of a share caption: white space, or a colon or dash (``شارك هذا الخبر: …``).
_CAPTION_END = r"(?:\s*[:\-–—]\s*|\s+)"
#: Mobile operators named in SMS contact lines (Saudi: STC/الاتصالات, Mobily/موبايلي, Zain/زين).
OPERATORS = r"(?:stc|mobily|zain|الاتصالات|موبايلي|زين)"

#: Kinds of boilerplate: name → (opening words, the regex of the whole line after them). The
#: opening words gate the test (a block is looked at only when its first three characters are those
#: of an opening word); the regex runs with ``fullmatch`` (a whole block) or ``match`` (an opening,
#: for the ``*_opening`` kinds), case-insensitively.
KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    # "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", "شارك الخبر على فيسبوك", "شارك هذا الخبر:
    # تويتر فيسبوك" (a colon or dash after the caption: new-user report nu33, W14)
    "share": (
        ("شارك", "شاركها", "شاركوا", "انشر", "مشاركة", "share", "tweet"),
        rf"(?:شارك|شاركها|شاركوا|انشر|مشاركة|share|tweet){_CAPTION_END}"
        rf"(?:(?:الخبر|المقال|هذا|this|on|via|من خلال|عبر|على|في){_CAPTION_END})*"
        rf"{_NET}(?:{_SEP}(?:{_NET}|اكتب رأيك|أضف تعليق|اضف تعليق|تعليق|طباعة|إرسال|ارسال|البريد الإلكتروني|email|print))*\W*",
    ),
    # "تابعونا على تويتر وفيسبوك", "تابعوا آخر الأخبار عبر حسابنا على تويتر"
    "follow": (
        ("تابعونا", "تابعوا", "تابعنا", "تابع", "follow"),
        rf"(?:تابعونا|تابعوا|تابعنا|تابع|follow)\s+(?:\S+\s+){{0,6}}?(?:على|عبر|في|on|us on)\s+(?:حساب\S*\s+(?:\S+\s+)?(?:على|في)\s+)?"
        rf"(?:\S+\s+)?{_NET}(?:{_SEP}(?:و\s*)?{_NET})*.{{0,40}}",
    ),
    # "اشترك في نشرتنا البريدية", "للاشتراك في خدمة الأخبار العاجلة أرسل …"
    "subscribe": (
        ("اشترك", "اشتركوا", "للاشتراك", "subscribe", "sign"),
        r"(?:اشترك|اشتركوا|للاشتراك)(?:\s+الآن)?\s+(?:في|ب|على)\s*(?:\S+\s+)?(?:ال)?(?:نشرة|نشرتنا|القائمة البريدية|"
        r"قائمتنا البريدية|قناتنا|قناة|خدمة الرسائل|خدمة الأخبار|خدمة العاجل|خدمة الخبر)\b.{0,100}"
        r"|(?:subscribe|sign up)(?:\s+now)?\s+(?:to|for)\s+(?:our\s+)?(?:newsletter|channel|updates).{0,100}",
    ),
    # "حمّل تطبيق … على هاتفك", "لتحميل تطبيق الصحيفة"
    "app": (
        ("حمل", "حمّل", "حملوا", "نزل", "نزّل", "لتحميل", "لتنزيل", "download", "get"),
        r"(?:حمل|حمّل|حملوا|نزل|نزّل|لتحميل|لتنزيل|download|get)\s+(?:\S+\s+){0,2}(?:تطبيق|التطبيق|تطبيقنا|the app|our app|app).{0,150}",
    ),
    # Al-Madina / Okaz SMS blocks: "للتواصل مع الكاتب ارسل رسالة SMS", "تبدأ بالرمز (48) ثم مسافة
    # ثم نص الرسالة إلى", "88591 - Stc", "الاتصالات ,636250 موبايلي, 738303"; "تويتر: @name"; e-mail
    "contact": (
        tuple(
            "للتواصل لمراسلة ارسل أرسل تبدأ زين الاتصالات موبايلي stc mobily zain تويتر twitter انستقرام "
            "instagram سناب snapchat فاكس هاتف جوال البريد إيميل ايميل الإيميل email e-mail بالرمز".split()
        )
        + tuple("abcdefghijklmnopqrstuvwxyz_0@"),  # an e-mail address, a handle, a phone number
        r"(?:(?:للتواصل|لمراسلة)(?:\s+مع)?(?:\s+الكاتب|\s+الكاتبة)?\s*[:،,]?\s*)?(?:ارسل|أرسل|إرسل)\s+"
        r"(?:رسالة\s+)?(?:نصية\s+)?(?:sms|رسالة نصية|رسالة قصيرة)\b.{0,160}"
        r"|(?:للتواصل|لمراسلة)(?:(?:\s+مع)?\s+(?:الكاتب|الكاتبة|المحرر|معنا)\s*[:،,]?.{0,60}?|\s*[:(]+\s*|\s+)"
        r"(?:sms|@|فاكس|هاتف|جوال|ايميل|إيميل|البريد|[\w.+-]+@|" + _DIG + r"{5}).{0,120}"
        # an Al-Madina block printed without line breaks: "تويتر: @name name@mail.comللتواصل مع الكاتب …"
        r"|(?:"
        + _NET
        + r"\s*[:：]?\s*@[A-Za-z0-9_.]+\s*)?(?:[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4})+\s*)?"
        r"(?:للتواصل|لمراسلة)\s+مع\s+(?:الكاتب|الكاتبة).{0,250}"
        r"|بالرمز\s*[(]?" + _DIG + r"+[)]?\s*(?:ثم\s+)?مسافة.{0,40}"  # the SMS line's second half
        r"|(?:" + OPERATORS + r"\s*)?تبدأ\s+بالرمز.{0,80}"
        r"|(?:(?:أو|او|و)?\s*[(]?" + _DIG + r"{4,7}[)]?\s*[-–,،:]?\s*" + OPERATORS + r"[\s,،\-–]*)+"
        r"(?:تبدأ\s+بالرمز.{0,60})?"
        r"|(?:" + OPERATORS + r"\s*[-–,،:]?\s*" + _DIG + r"{4,7}[\s,،\-–]*)+" + OPERATORS + r"?"
        r"|(?:" + _NET + r"|هاتف|فاكس|جوال)\s*[:：]?\s*(?:@[\w.]+|\+?" + _DIG + r"[0-9٠-٩ \-]{5,20})"
        r"|@[A-Za-z0-9_.]{2,30}"  # a bare handle line ("@T_algashgari")
        r"|(?:البريد(?: الإلكتروني| الالكتروني)?|الإيميل|إيميل|ايميل|e-?mail)?\s*[:：]?\s*[\w.+-]+@[\w-]+\.[\w.]+",
    ),
    # "جميع الحقوق محفوظة لـ …", "© 2024 …", "All rights reserved"
    "copyright": (
        ("جميع", "كل", "حقوق", "©", "(c", "all", "copyright"),
        r"(?:©|\(c\)|copyright|(?:جميع|كل) الحقوق محفوظة|حقوق (?:النشر|الطبع)(?: والطبع)? محفوظة|all rights reserved).{0,150}",
    ),
    # a wire's "about the agency" paragraph: "عن الوكالة: وكالة … جميع الحقوق محفوظة …"
    "about": (
        ("عن", "نبذة", "about"),
        r"(?:عن|نبذة عن|about)\s+(?:الوكالة|الشركة|المجموعة|الموقع|الصحيفة|المؤسسة|الشبكة|القناة|الكاتب|الكاتبة|the agency|us)\s*[:：].*",
    ),
    # a sponsor line (nu16 H2, CNN Arabic with Bayt.com): "هذ المقال منشور بالتعاون مع موقع التوظيف
    # الإلكتروني "بيت.كوم"", "نشر هذا المقال بالتعاون مع موقع …" (19 CNN articles of ANT v2.1)
    "sponsor": (
        ("هذ", "هذا", "نشر"),
        r"(?:هذا?|نشر هذا)\s+المقال\s+(?:منشور\s+|نشر\s+)?بالتعاون\s+مع\s+[^!?؟\n]{2,120}",
    ),
    # "Next Previous" (عين اليوم's slider buttons)
    "navigation": (
        ("next", "previous", "prev", "السابق", "التالي"),
        r"(?:next|previous|prev|السابق|التالي)(?:\s+(?:next|previous|prev|السابق|التالي))+",
    ),
}
#: Kinds whose regex may also match an *opening* of the first prose block (the rest of the block
#: being the article): a share bar, a navigation run glued to the dateline/lead.
OPENING_KINDS = ("share", "navigation")

_ALEF = "[اأإآٱ]"
_LETTER_CLASSES = {
    "ا": _ALEF,
    "أ": _ALEF,
    "إ": _ALEF,
    "آ": _ALEF,
    "ٱ": _ALEF,
    "ى": "[ىي]",
    "ي": "[ىي]",
    "ة": "[ةه]",
    "ه": "[ةه]",
}
_MARKS = "[\u064b-\u0652\u0670\u0640]*"
_DIGIT_RUN = re.compile(r"[0-9٠-٩۰-۹]+")
_SPACE_RUN = re.compile(r"\s+")
_MARK_CHARS = re.compile("[\u064b-\u0652\u0670\u0640]")


def _near_verbatim_pattern(text: str, letter: Callable[[str], str]) -> str:
    """The regex source shared by :func:`flexible_pattern` and :func:`folded_pattern`: harakat of
    ``text`` dropped, any digit run as one class, any white-space run as ``\\s+``, every other
    character written by ``letter``."""
    text = _MARK_CHARS.sub("", text)
    out: list[str] = []
    i = 0
    while i < len(text):
        m = _DIGIT_RUN.match(text, i)
        if m:
            out.append("[0-9٠-٩۰-۹]+")
            i = m.end()
            continue
        m = _SPACE_RUN.match(text, i)
        if m:
            out.append(r"\s+")
            i = m.end()
            continue
        out.append(letter(text[i]))
        i += 1
    return "".join(out)


def flexible_pattern(text: str) -> str:
    """A regex source matching ``text`` near-verbatim: any alef/hamza seat, ``ى``/``ي``,
    ``ة``/``ه``, harakat and tatweel after a letter, any white-space run, any digit run."""
    return _near_verbatim_pattern(
        text, lambda ch: _LETTER_CLASSES.get(ch, re.escape(ch)) + (_MARKS if ch.isalpha() else "")
    )


#: The letters :func:`flexible_pattern` writes as a class, each as the one letter standing for it.
_LETTER_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_MARK_RUN = re.compile("[\u064b-\u0652\u0670\u0640]+")


def _strip_marks_after_letters(line: str) -> str:
    """``line`` without the runs of harakat/tatweel that follow a letter (``str.isalpha``), where
    :func:`flexible_pattern` lets them be; a run anywhere else stays (and matches no entry)."""

    def edit(m: re.Match[str]) -> str:
        p = m.start()
        return "" if p and line[p - 1].isalpha() else m.group()

    return _MARK_RUN.sub(edit, line)


def _folds_exactly(text: str) -> bool:
    """Whether :func:`folded_pattern` of ``text`` on :func:`fold_line` matches as
    :func:`flexible_pattern` does: every character Arabic (U+0600–U+06FF) or ASCII or white space,
    none of which folds case-insensitively into a letter of another script."""
    return all(c <= "\x7f" or "\u0600" <= c <= "\u06ff" or c.isspace() for c in text)


def folded_pattern(text: str) -> str:
    """:func:`flexible_pattern` of ``text`` for a line passed through :func:`fold_line`: one letter
    for each alef/hamza seat, ``ى``/``ي`` and ``ة``/``ه`` class and no harakat after letters, so the
    compiled pattern has a character class only per digit run (``flexible_pattern`` has one after
    every letter: ~50 ms to compile the derived table, once per process)."""
    return _near_verbatim_pattern(text, lambda ch: re.escape(ch.translate(_LETTER_FOLD)))


_has_mark = compiled_contains_any("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640") or (
    lambda s: _MARK_RUN.search(s) is not None
)
_fold_letters = compiled_translation(dict(_LETTER_FOLD)) or (
    lambda s: s.translate(_LETTER_FOLD)
)
_DIGIT_CHARS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def fold_line(line: str) -> str:
    """``line`` as :func:`folded_pattern` reads it: harakat/tatweel after letters deleted, alef/hamza
    seats, ``ى`` and ``ة`` folded (``fold_line("إلى اللقاءَ") == "الي اللقاء"``)."""
    if _has_mark(line):
        line = _strip_marks_after_letters(line)
    return _fold_letters(line)  # type: ignore[no-any-return]


#: How many characters of each derived line's opening the cheap first test of :class:`_FoldedLines`
#: compares (read from the first ``_SITE_HEAD_READ`` characters of a line, folded).
_SITE_HEAD_CHARS = 5
_SITE_HEAD_READ = 8


def _literal_head(text: str) -> str:
    """What a line matching ``folded_pattern(text)`` opens with once folded and lower-cased: the
    characters of ``text`` (harakat deleted, folded) before its first digit or white space, at most
    ``_SITE_HEAD_CHARS``."""
    out = []
    for ch in _MARK_CHARS.sub("", text)[:_SITE_HEAD_CHARS]:
        if ch in _DIGIT_CHARS or ch.isspace():
            break
        out.append(ch.translate(_LETTER_FOLD).lower())
    return "".join(out)


class _FoldedLines:
    """The derived ``line`` entries as one pattern over :func:`fold_line`: ``fullmatch(line)`` is
    true exactly when the :func:`flexible_pattern` alternation of the entries fullmatches ``line``.

    Compiling that alternation costs ~50 ms a process (a character class after every letter);
    this pattern has one per digit run. Folding a whole line (~2 µs for 200 characters) costs
    more than a pattern failing on the first letters, so a line is folded only when its first
    characters, folded, open some entry (:meth:`_may_open`)."""

    def __init__(self, texts: list[str]) -> None:
        self.pattern = re.compile("|".join(folded_pattern(t) for t in texts), re.I)
        heads = [_literal_head(t) for t in texts]
        self.heads = {n: frozenset(h for h in heads if len(h) == n) for n in {len(h) for h in heads if h}}
        opening = [_MARK_CHARS.sub("", t)[:1] for t in texts]
        self.opens_with_digit = any(c in _DIGIT_CHARS for c in opening)
        self.opens_with_space = any(not c or c.isspace() for c in opening)

    def _may_open(self, line: str) -> bool:
        """False only when no entry can match ``line``: its first characters, folded, open no
        entry, and they are ASCII or Arabic (whose case-insensitive matches are their ``lower()``)."""
        if self.opens_with_space:
            return True
        f = fold_line(line[:_SITE_HEAD_READ])  # a prefix of fold_line(line)
        if self.opens_with_digit and f[:1] in _DIGIT_CHARS:
            return True
        h = f[:_SITE_HEAD_CHARS]
        if len(h) < _SITE_HEAD_CHARS and len(line) > _SITE_HEAD_READ:
            return True  # harakat took the place of letters: undecided here
        if not h.isascii() and not all(c <= "\x7f" or "\u0600" <= c <= "\u06ff" for c in h):
            return True
        h = h.lower()
        return any(h[:n] in heads for n, heads in self.heads.items())

    def fullmatch(self, line: str) -> bool:
        if not self._may_open(line):
            return False
        return self.pattern.fullmatch(fold_line(line)) is not None


def _variants(word: str) -> set[str]:
    """The gate keys of ``word``: its first three characters (all of a shorter word), lower case,
    digits as ``0``, in every alef/hamza form."""
    head = _DIGIT_RUN.sub("0", word.lower())[:3]
    keys = {""}
    for ch in head:
        forms = "اأإآ" if ch in "اأإآ" else ch
        keys = {k + f for k in keys for f in forms}
    return keys


def load_table(path: Path = TABLE_PATH) -> list[dict]:
    """The derived entries (``where`` = ``line``/``opening``, ``text``, ``source``, counts); ``[]``
    when the file is missing or unreadable (the kinds still apply)."""
    try:
        return list(json.loads(path.read_text(encoding="utf-8"))["entries"])
    except (OSError, ValueError, KeyError, TypeError):
        return []


#: Longest site trailer (characters from its prefix to the end of the block): 3alyoum's longest tag
#: list in SaudiNewsNet has ~250, Al Weeam's title line ~200; a longer tail is the article's text.
SITE_TRAILER_MAX_CHARS = 300


#: Longest trailer glued to the last sentence without a sentence end before it, in an article of the
#: entry's own source (``… خلال المداهمات سمات الأكراد تركيا حملة داعش``): SaudiNewsNet's 3alyoum
#: tag lists have a median of 34 characters.
SITE_TRAILER_GLUED_MAX_CHARS = 150


def _compile_trailers() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """One pattern of the table's ``trailer`` prefixes (near-verbatim, :func:`flexible_pattern`),
    each ending a word (:func:`site_trailer` checks what precedes it), and their sources."""
    entries = [e for e in load_table() if e.get("where") == "trailer" and e.get("text")]
    if not entries:
        return None, frozenset()
    prefixes = sorted({e["text"] for e in entries}, key=len, reverse=True)
    alt = "|".join(flexible_pattern(t) for t in prefixes)
    return re.compile(rf"(?:{alt})(?=\s|$)", re.I), frozenset(str(e.get("source", "")).lower() for e in entries)


_TRAILER_RULE, _TRAILER_SOURCES = _compile_trailers()


def _compile() -> tuple[frozenset[str], list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    gate: set[str] = set()
    lines: list[tuple[str, re.Pattern[str]]] = []
    openings: list[tuple[str, re.Pattern[str]]] = []
    table = load_table()
    site_lines = [e["text"] for e in table if e.get("where") == "line"]
    site_openings = [e["text"] for e in table if e.get("where") == "opening"]
    for t in site_lines + site_openings:
        gate |= _variants(t.split()[0] if t.split() else t)
    if site_lines:
        if all(_folds_exactly(t) for t in site_lines):
            lines.append(("site", _FoldedLines(site_lines)))  # type: ignore[arg-type]
        else:
            lines.append(("site", re.compile("|".join(flexible_pattern(t) for t in site_lines), re.I)))
    if site_openings:
        openings.append(
            (
                "site",
                re.compile("(?:" + "|".join(flexible_pattern(t) for t in site_openings) + r")(?=\s)", re.I),
            )
        )
    for name, (words, pattern) in KINDS.items():
        for w in words:
            gate |= _variants(w)
        lines.append((name, re.compile(pattern, re.I)))
        if name in OPENING_KINDS:
            # the longest run that ends before a space: the article follows
            openings.append((name, re.compile(f"(?:{pattern})(?=\\s)", re.I)))
    return frozenset(gate), lines, openings


_GATE, _LINE_RULES, _OPENING_RULES = _compile()
#: one-character opening words (``0`` for a digit run, a Latin letter for an e-mail address)
_GATE1 = frozenset(k for k in _GATE if len(k) == 1)
#: two-character opening words (``عن``, ``كل``, ``(c``)
_GATE2 = frozenset(k for k in _GATE if len(k) == 2)
_GATE_DIGITS = str.maketrans("123456789٠١٢٣٤٥٦٧٨٩", "0" * 19)


def _gated(head: str) -> bool:
    """Whether a block opening with ``head`` (its first three characters) may be boilerplate. An
    Arabic opening is one or two set tests; Latin letters, digits and symbols are lower-cased and
    their digits shown as ``0`` first."""
    if head in _GATE or head[:2] in _GATE2:
        return True
    if head and ("\u0600" <= head[0] <= "\u065f" or head[0] >= "\u066a"):
        return False  # an Arabic letter (not a digit) that opens no opening word
    key = head.lower().translate(_GATE_DIGITS)
    return key in _GATE or key[:2] in _GATE or key[:1] in _GATE1


_COMPARED = ("lead", "body", "subheading")


def boilerplate_kind(line: str) -> str | None:
    """The kind name (a :data:`KINDS` key, or ``"site"`` for a derived table entry) when the whole
    ``line`` (stripped) is boilerplate, else ``None``."""
    if not line or not _gated(line[:3]):
        return None
    if len(line) > settings.BOILERPLATE_MAX_LINE_CHARS and not line.startswith(
        ("عن", "نبذة", "about", "About")
    ):
        return None
    for name, rx in _LINE_RULES:
        if rx.fullmatch(line):
            return name
    return None


def boilerplate_opening(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``(kind, end of the opening)`` when ``text[start:end]`` opens with boilerplate followed by
    more text (a share bar glued to the lead), else ``None``."""
    if not _gated(text[start : start + 3]):
        return None
    for name, rx in _OPENING_RULES:
        m = rx.match(text, start, end)
        if m and m.end() > start:
            return name, m.end()
    return None


#: CNN Arabic's related-news widget: the pages end with this many teasers (ANT v2.1: 751 of 3,323
#: distinct CNN articles end with exactly five paragraphs found verbatim in other articles).
RELATED_TEASERS = 5
#: Shortest teaser (a teaser is the lead sentence of another story).
_TEASER_MIN_CHARS = 60
#: The letter folds of the search key, harakat and tatweel deleted (as ``dedup.fast_fold``; dedup
#: imports this module).
_FOLD = str.maketrans({**LETTER_FOLDS, **{chr(c): None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)}})


def fast_fold(word: str) -> str:
    """``word`` with the letter folds applied and harakat/tatweel deleted."""
    return word.translate(_FOLD)


#: Words that open a paragraph continuing the article (folded), alone or after و/ف: a teaser is
#: the *first* sentence of another story and opens with none of them.
_CONTINUATION = frozenset(
    fast_fold(w)
    for w in """كان كانت يذكر يشار في من على مع بحسب وفقا وفق تابع لفت أشار بين ذلك هذا هذه لم لا قد بعد
    قبل خلال منذ إذ أن إن يأتي تأتي جاء أما لكن بينما عن إلى الى يعد تعد كما أيضا بدوره بدورها نقلا حسب
    رغم هو هي""".split()
)
_CONTINUATION_BARE = frozenset(fast_fold(w) for w in "ثم كما أما لكن بينما إلا غير يذكر يشار لم لا لن هذا هذه".split())
_SIDE = ("جانب", "جهت", "ناحيت")  # "من جانبه", "من جهتها"


def _continues(line: str) -> bool:
    """True when a paragraph opens like a continuation of the article (``وأضاف``, ``ويذكر``, ``كما``,
    ``من جانبه``, a list item), not like the lead of another story."""
    from marsad.quotes.cues import CUE_FORMS

    words = line.split()
    if not words or LIST_ITEM_START.match(line):
        return True
    if ":" in line[:30]:  # a labelled entry of a timeline or list ("سبتمبر/أيلول 2016: توصلت …")
        return True
    w = fast_fold(words[0])
    if w in _CONTINUATION_BARE:
        return True
    if w[:1] in "وف" and len(w) > 2 and (w[1:] in _CONTINUATION or w[1:] in CUE_FORMS):
        return True
    return w == "من" and len(words) > 1 and words[1].startswith(_SIDE)


#: Openers :func:`_continues` reads as a continuation that also open a lead (``في 9 سبتمبر/أيلول
#: …``, ``لم يستغرق اجتماع …``, ``منذ أسبوع والإعلامي …``, ``رغم أن العقوبات …``): prepositions,
#: particles and negations, not words pointing back at the text before (``يذكر``, ``كما``,
#: ``ذلك``, ``بدوره``) nor any opener after و/ف.
_LEAD_TOO = frozenset(
    fast_fold(w)
    for w in """في من على مع بعد قبل خلال منذ بين رغم لم لا لن قد إن أن إذ عن إلى الى بحسب وفقا وفق حسب
    نقلا كان كانت""".split()
)


def _lead_despite_opener(line: str) -> bool:
    """True when ``line`` reads as a continuation (:func:`_continues`) only by its form that leads
    share: a label within the first 30 characters (``السعودية: إعفاء …``, ``يوجد نوعان …: …``), a
    list mark (``- أعلنت قوات التحالف …``) or a bare opener of :data:`_LEAD_TOO`. The one teaser of a
    widget that may open so (:func:`related_teasers`, new-user report nu23)."""
    words = line.split()
    if not words:
        return False
    if LIST_ITEM_START.match(line) or ":" in line[:30]:
        return True
    return fast_fold(words[0]) in _LEAD_TOO


def _is_cnn(article: Article, prose: list) -> bool:
    meta = article.meta
    if meta.get("SRC", "").upper() == "CNN" or "cnn.com" in meta.get("URL", "").lower():
        return True
    return "(CNN" in article.text[prose[0].start : prose[0].start + 150]


def related_teasers(article: Article) -> list:
    """The blocks of CNN Arabic's related-news widget at the end of ``article``, or ``[]``.

    New-user report nu16 H2: the five teasers (lead sentences of other stories) closing CNN
    articles were body, so their quotes, entities and weekdays were credited to the article. In
    the raw text nothing marks them in most articles (a line of white space precedes them in 94 of
    3,323): what does is their form. The last :data:`RELATED_TEASERS` prose blocks are the widget
    when the article is CNN's (``SRC``, the URL, or ``(CNN`` in the lead), at least one prose block
    precedes them, each is a ``body`` paragraph of at least 60 characters opening like a lead (no
    continuation word: :func:`_continues`), they open with at least 3 different words and at most
    two with و/ف (an article's own closing paragraphs mostly continue it: ``وأضاف``, ``وكان``), and
    the article is no opinion piece (``هذا المقال بقلم`` in its first three paragraphs), and fewer
    than four of them share a word (light stem of ≥ 4 letters) with the title. The last two guards
    give way when at least :data:`TEASER_DATED_LEADS` of the five open in CNN's dated-lead form
    (:func:`_dated_lead`, new-user report nu22 item 1: widgets on the article's own subject, and
    the widget closing opinion columns). New-user report nu23: **one** guard may give way when at
    least :data:`TEASER_WAIVER_DATED_LEADS` of the five is a dated lead — one block that is a
    sub-heading or opens like a continuation only in a form leads share
    (:func:`_lead_despite_opener`), a third و/ف opener, or the title guard when at least
    :data:`TEASER_TITLE_LEAD_FORMS` of the five open in a lead's form (dated or
    :func:`_appositive_lead`). Measured against cross-article evidence by
    ``bench/layout_teasers.py`` (docs/layout.md)."""
    prose = [b for b in article.blocks if b.kind in _COMPARED]
    n = RELATED_TEASERS
    if len(prose) < n + 1 or not _is_cnn(article, prose):
        return []
    text = article.text
    tail = prose[-n:]
    lines = [text[b.start : b.end].strip().lstrip("\u200b\u200f\ufeff\u00a0 ") for b in tail]
    if any(len(line) < _TEASER_MIN_CHARS for line in lines):
        return []
    dated = sum(_dated_lead(line) for line in lines)
    # guards given way to (at most one, and only with a dated lead among the five: nu23)
    waived = 0
    odd = [i for i, (b, line) in enumerate(zip(tail, lines, strict=False)) if b.kind != "body" or _continues(line)]
    if len(odd) > 1:
        return []
    if odd:  # one teaser opening like a continuation (``لم يستغرق``, ``السعودية: …``) or a
        # headline-shaped teaser line segmented as a sub-heading
        b, line = tail[odd[0]], lines[odd[0]]
        if b.kind not in ("body", "subheading") or (_continues(line) and not _lead_despite_opener(line)):
            return []
        waived += 1
    if len({line.split()[0] for line in lines}) < 3:
        return []
    openers = sum(line[:1] in "وف" for line in lines)
    if openers > TEASER_WAW_OPENERS + 1:
        return []
    waived += openers > TEASER_WAW_OPENERS  # a third و/ف opener (``وبَّخت``, ``وودوارد``)
    if any("هذا المقال بقلم" in text[b.start : b.end] for b in prose[:3]) and dated < TEASER_DATED_LEADS:
        return []
    # the article's own closing paragraphs keep to its subject: four of the five naming a word of
    # the title (``إيكاردي``, ``الفيلم``) are the article's (teasers of related stories share one
    # name at most with it: ``خاشقجي`` in two of five)
    topic = _title_stems(article)
    if topic and sum(bool(topic & _stems(line)) for line in lines) >= 4 and dated < TEASER_DATED_LEADS:
        # a widget on the article's own subject (Khashoggi teasers closing a Khashoggi story) when
        # nearly all five open in a lead's form (an own paragraph on the subject may be dated too)
        if sum(_dated_lead(line) or _appositive_lead(line) for line in lines) < TEASER_TITLE_LEAD_FORMS:
            return []
        waived += 1
    if waived > 1 or (waived and dated < TEASER_WAIVER_DATED_LEADS):
        return []
    return tail


#: A CNN lead's house form: the subject, then the weekday between commas (``قال الرئيس التركي، رجب
#: طيب أردوغان، الجمعة، إن …``, ``… اليوم السبت، …``, ``… صباح الأحد، …``), within the first
#: :data:`_DATED_LEAD_CHARS` characters.
_DATED_LEAD = re.compile(
    r"[،,]\s*(?:(?:اليوم|يوم|صباح|مساء|ليلة|فجر|ظهر)\s+)?(?:ال)?"
    r"(?:سبت|[أا]حد|[إا]ثنين|ثلاثاء|[أا]ربعاء|خميس|جمعة)\s*[،,]"
)
_DATED_LEAD_CHARS = 150
#: How many of the closing :data:`RELATED_TEASERS` blocks in the dated-lead form outweigh the title
#: guard (teasers of stories on the article's own subject: ``ترامب``/``تركيا`` in an article on
#: Turkey's sanctions).
TEASER_DATED_LEADS = 2


#: How many of the closing :data:`RELATED_TEASERS` blocks may open with و/ف (an article's own
#: closing paragraphs mostly continue it: ``وأضاف``, ``وكان``); one more is a guard given way to.
TEASER_WAW_OPENERS = 2
#: Dated leads (:func:`_dated_lead`) among the five that let **one** guard give way (new-user
#: report nu23: one teaser opening like a continuation or a headline-shaped sub-heading, a third
#: و/ف opener, or four of five sharing a title word). ANT v2.1 CNN: 56 more widgets, every one's
#: five blocks found verbatim in another CNN article (``bench/layout_teasers.py``).
TEASER_WAIVER_DATED_LEADS = 1


#: A lead's other house form: the first word, then the subject's title and name between commas
#: (``قال الرئيس التركي، رجب طيب أردوغان، …``, ``رفض النائب الأول لمندوب روسيا لدى الأمم المتحدة،
#: ديميتري بوليانسكي، …``). ANT v2.1 CNN: 67 % of the blocks of 5-block shared tails, 26 % of the
#: last five blocks of articles sharing none (``bench/layout_teasers.py``).
_APPOSITIVE_LEAD = re.compile(r"[^\s،,]+\s+[^،,.]{2,70}[،,]\s*[^،,.]{2,45}[،,]")
#: How many of the five must open in a lead's form (dated or appositive) for the title guard to
#: give way with fewer than :data:`TEASER_DATED_LEADS` dated leads.
TEASER_TITLE_LEAD_FORMS = 4


def _appositive_lead(line: str) -> bool:
    """True when ``line`` opens in :data:`_APPOSITIVE_LEAD`'s form (within its first 160 characters)."""
    return _APPOSITIVE_LEAD.match(line, 0, 160) is not None


def _dated_lead(line: str) -> bool:
    """True when ``line`` opens in CNN's dated-lead form (:data:`_DATED_LEAD` in its first
    :data:`_DATED_LEAD_CHARS` characters)."""
    return _DATED_LEAD.search(line, 0, _DATED_LEAD_CHARS) is not None


_WORD = re.compile(r"[^\W\d_]+")


def _stems(text: str) -> set[str]:
    """Light stems (:func:`marsad.search.stemmer.light_stem`) of at least 4 letters of ``text``'s
    words, after :func:`fast_fold`."""
    from marsad.search.stemmer import light_stem

    return {st for w in _WORD.findall(fast_fold(text)) if len(st := light_stem(w)) >= 4}


def _title_stems(article: Article) -> set[str]:
    return _stems(article.span_text(article.title)) if article.title is not None else set()


def _mark_related_teasers(article: Article) -> None:
    """Turn the blocks of CNN's related-news widget (:func:`related_teasers`) into blocks of kind
    ``related``: kept in ``article.blocks`` with their text and offsets, but no longer the article's
    prose, so entities, time expressions, search, same-story shingles and the article's quotations
    skip them; the quotes stage reads each teaser on its own (:mod:`marsad.quotes.related`), since it
    is the lead of another story whose statements are real (the quotes gold annotates 13 of them).
    Hashtags inside a teaser are dropped. Off when ``settings.LAYOUT_RELATED_TEASERS`` is false."""
    if not settings.LAYOUT_RELATED_TEASERS:
        return
    tail = related_teasers(article)
    if not tail:
        return
    for b in tail:
        b.kind = "related"
    if article.hashtags:
        article.hashtags = [h for h in article.hashtags if not any(b.start <= h.start < b.end for b in tail)]


#: Al-Jazirah's "other articles by the writer" list (new-user report nu16 M8): the widget's title
#: ``مقالات أخرى للكاتب`` followed by the writer's other titles glued together (``…للكاتببين العامي
#: والفصيحالوطن العربي…``), closing the text; in SaudiNewsNet on its own line (305 of 389 Al-Jazirah
#: records) or after a space at the end of the last paragraph (84). Any alef seat of ``أخرى``; ``ى``
#: or ``ي``; ``للكاتبة`` for a woman writer.
_AUTHOR_LIST = re.compile(r"(?:(?<=\s)|^)مقالات\s+[أاإ]خر[ىي]\s+لل?كاتب")
#: Longest such list (characters from the title to the end of the block): SaudiNewsNet's longest
#: is 464 (median 154); a longer tail is text of the article, not the widget.
AUTHOR_LIST_MAX_CHARS = 800


def author_list(article: Article) -> tuple[int, int] | None:
    """``(start, end)`` of Al-Jazirah's "other articles by the writer" list closing ``article``
    (:data:`_AUTHOR_LIST`), or ``None``.

    The list is looked for only in the last prose block (lead, body or subheading); it runs from its
    title to the end of that block, at most :data:`AUTHOR_LIST_MAX_CHARS` characters, and its title
    opens the block or follows white space. Offsets are those of ``article.text``; ``start`` is the
    title's first character (the white space before it is left to the paragraph)."""
    prose = [b for b in article.blocks if b.kind in _COMPARED]
    if not prose:
        return None
    last = prose[-1]
    text = article.text
    lo = max(last.start, last.end - AUTHOR_LIST_MAX_CHARS - 8)
    if "مقالات" not in text[lo : last.end]:
        return None
    found = None
    for m in _AUTHOR_LIST.finditer(text, last.start, last.end):
        found = m
    if found is None or last.end - found.start() > AUTHOR_LIST_MAX_CHARS:
        return None
    return found.start(), last.end


def _remove_author_list(article: Article) -> None:
    """Cut Al-Jazirah's writer list (:func:`author_list`) out of the prose: a block that is only the
    list leaves ``article.blocks``, a paragraph it is glued to ends before it. Recorded as
    ``RemovedBlock(kind="boilerplate", what="author-list")``."""
    found = author_list(article)
    if found is None:
        return
    start, end = found
    block = next(b for b in reversed(article.blocks) if b.kind in _COMPARED)
    _cut_closing(article, block, start, end, "author-list")


def _cut_closing(article: Article, block: Block, start: int, end: int, what: str) -> None:
    """Move ``[start, end)``, the closing part of the last prose ``block``, to ``article.removed`` as
    ``RemovedBlock(kind="boilerplate", what=what)``: the block ends before it (white space trimmed),
    or leaves ``article.blocks`` when nothing of it is left (the next prose block becomes the lead
    when it was the lead); hashtags inside the span are dropped. ``article.text`` is unchanged."""
    text = article.text
    keep_end = start
    while keep_end > block.start and text[keep_end - 1].isspace():
        keep_end -= 1
    if keep_end > block.start:
        block.end = keep_end
    else:
        was_lead = block.kind == "lead"
        article.blocks = [b for b in article.blocks if b is not block]
        if was_lead and not any(b.kind == "lead" for b in article.blocks):
            for b in article.blocks:
                if b.kind in ("body", "subheading"):
                    b.kind = "lead"
                    break
    article.removed.append(
        RemovedBlock(start, end, repeats=Span(0, 0), kind="boilerplate", similarity=1.0, what=what)
    )
    article.removed.sort(key=lambda r: r.start)
    if article.hashtags:
        article.hashtags = [h for h in article.hashtags if not start <= h.start < end]


def site_trailer(article: Article) -> tuple[int, int] | None:
    """``(start, end)`` of a site trailer closing ``article`` (a derived ``trailer`` prefix and its
    tail), or ``None``.

    Looked for in the last prose block (lead, body or subheading) only: the prefix opens the block
    or follows a sentence end (``.``, ``!``, ``?``, ``؟``, then any closing quote) and white space,
    and from it to the end of the block there are at most :data:`SITE_TRAILER_MAX_CHARS` characters
    and no further sentence end followed by text, and after a one-word prefix it does not close
    with a full stop (the tail is one tag list or one title: ``سمات جامعة تبوك``, not a sentence of
    the article that happens to open with ``سمات``; a longer prefix such as ``رابط الخبر بصحيفة
    الوئام:`` is no sentence's opening, and its title may end with one). In an article
    of the entry's own source (``meta["source"]`` or ``SRC``, as the table names it) the prefix may
    also follow a word with no sentence end (the site glued its tags to an unpunctuated last
    sentence) when its tail has at most :data:`SITE_TRAILER_GLUED_MAX_CHARS` characters. The last
    such match counts. Offsets are those of ``article.text``; ``start`` is the prefix's first
    character."""
    if _TRAILER_RULE is None:
        return None
    prose = [b for b in article.blocks if b.kind in _COMPARED]
    if not prose:
        return None
    last = prose[-1]
    text = article.text
    end = last.end
    while end > last.start and text[end - 1].isspace():
        end -= 1
    lo = max(last.start, end - SITE_TRAILER_MAX_CHARS)
    meta = article.meta
    own = str(meta.get("source") or meta.get("SRC") or "").lower() in _TRAILER_SOURCES
    start = -1
    one_word = False
    for m in _TRAILER_RULE.finditer(text, lo, end):
        p = m.start()
        if (
            p == last.start
            or (p > last.start and _AFTER_SENTENCE.search(text, last.start, p))
            or (own and end - p <= SITE_TRAILER_GLUED_MAX_CHARS and p > last.start and text[p - 1].isspace())
        ):
            start = p
            one_word = not any(c.isspace() for c in m.group())
    if start < 0:
        return None
    if _SENTENCE_INSIDE.search(text, start, end) or (one_word and _FULL_STOP_END.search(text, start, end)):
        return None
    return start, end


#: A sentence end and white space closing the text before a trailer's prefix.
_AFTER_SENTENCE = re.compile(r"[.!?؟][”\"»'’)\]]*\s+$")
#: A tail closing with a full stop is a sentence (``… سمات خاصة تميزها عن غيرها.``), not a tag
#: list or a title (an ellipsis ``..`` is none).
_FULL_STOP_END = re.compile(r"(?<!\.)\.[”\"»'’)\]]*$")
#: A sentence end followed by more text (an ellipsis ``..`` or ``…`` is none).
_SENTENCE_INSIDE = re.compile(r"(?<![.…])[.!?؟](?![.…])\s+\S")


def _remove_site_trailer(article: Article) -> None:
    """Cut a site trailer (:func:`site_trailer`) out of the prose, as :func:`_remove_author_list`
    does; recorded as ``RemovedBlock(kind="boilerplate", what="site-trailer")``."""
    found = site_trailer(article)
    if found is None:
        return
    start, _end = found
    block = next(b for b in reversed(article.blocks) if b.kind in _COMPARED)
    # the trailing white space goes with the trailer
    _cut_closing(article, block, start, block.end, "site-trailer")


def remove_boilerplate(article: Article) -> None:
    """Move site boilerplate out of the prose blocks of ``article`` into ``article.removed``.

    Whole blocks that are boilerplate (:func:`boilerplate_kind`) are removed; the first prose
    block loses a boilerplate opening (:func:`boilerplate_opening`). When the lead goes, the next
    prose block becomes the lead. Hashtags inside removed spans are dropped. Never raises on odd
    input; never changes ``article.text``.
    """
    _mark_related_teasers(article)  # CNN's related-news widget (nu16 H2, nu22 item 1)
    _remove_author_list(article)  # Al-Jazirah's list of the writer's other articles (nu16 M8)
    _remove_site_trailer(article)  # 3alyoum's tags, Al Weeam's link line (trail23)
    text = article.text
    # the common case first: no prose block opens with a gate word (97 % of ANT prose blocks)
    gate, gate2, compared = _GATE, _GATE2, _COMPARED
    for b in article.blocks:
        if b.kind in compared:
            head = text[b.start : b.start + 3]
            if (
                head in gate
                or head[:2] in gate2
                or not ("\u0600" <= head[:1] <= "\u065f" or head[:1] >= "\u066a")
            ):
                break
    else:
        return
    removed: list[RemovedBlock] = []
    keep = []
    first = True
    lead_gone = False
    for b in article.blocks:
        if b.kind not in _COMPARED:
            keep.append(b)
            continue
        if not _gated(text[b.start : b.start + 3]):
            keep.append(b)
            first = False
            continue
        kind = boilerplate_kind(text[b.start : b.end])
        if kind is not None:
            removed.append(
                RemovedBlock(
                    b.start, b.end, repeats=Span(0, 0), kind="boilerplate", similarity=1.0, what=kind
                )
            )
            if b.kind == "lead":
                lead_gone = True
            continue
        if first:
            found = boilerplate_opening(text, b.start, b.end)
            if found is not None:
                name, cut = found
                rest = cut
                while rest < b.end and text[rest].isspace():
                    rest += 1
                if rest < b.end:
                    removed.append(
                        RemovedBlock(
                            b.start, cut, repeats=Span(0, 0), kind="boilerplate", similarity=1.0, what=name
                        )
                    )
                    b.start = rest
                    credit = find_lead_dateline(text, rest, b.end, whole_line=True)
                    if credit is not None and credit.end >= b.end:
                        # "Next Previous عين اليوم – جدة": what the bar hid is the dateline line
                        for kind, sp in credit.pieces:
                            keep.append(Block(sp.start, sp.end, kind, b.field))
                        if credit.dateline is not None and article.dateline is None:
                            article.dateline = credit.dateline
                        if credit.byline is not None and article.byline is None:
                            article.byline = credit.byline
                        lead_gone = lead_gone or b.kind == "lead"
                        continue
        first = False
        keep.append(b)
    if not removed:
        return
    article.blocks = keep
    keep.sort(key=lambda b: b.start)
    if lead_gone and not any(b.kind == "lead" for b in keep):
        for b in keep:
            if b.kind in ("body", "subheading"):
                b.kind = "lead"
                break
    article.removed.extend(removed)
    article.removed.sort(key=lambda r: r.start)
    if article.hashtags:
        spans = [(r.start, r.end) for r in removed]
        article.hashtags = [h for h in article.hashtags if not any(s <= h.start < e for s, e in spans)]
