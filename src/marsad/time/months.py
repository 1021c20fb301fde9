"""Month- and weekday-name tables (data only), in the folded spelling of :func:`~marsad.time.numerals.fold`.

Every table maps a *folded* spelling (alef forms → ``ا``, ``ى`` → ``ي``, ``ة`` → ``ه``, tatweel and
harakat removed) to a month number. Spelling variants come from the corpora in ``../shared``
(ANT multi-source, ANT v1.1 / Jawhara FM, SaudiNewsNet) and from common print usage:

* ``MSA`` — Egyptian/Gulf transliterations of the Latin names (``يناير`` … ``ديسمبر``), with variants
  ``إبريل/أبريل``, ``يونيه/يونية``, ``يوليه/يولية``, ``اغسطس`` (no hamza, as SaudiNewsNet writes it);
* ``LEVANTINE`` — the Syriac-derived names of Syria, Lebanon, Jordan, Palestine and Iraq
  (``كانون الثاني`` … ``كانون الأول``), also with a numeral (``كانون 2`` = January, ``تشرين 1`` = October)
  and without the article (``تشرين اول``);
* ``MAGHREBI`` — the French-derived names of Tunisia and Algeria (``جانفي``, ``فيفري``, ``أفريل``, ``ماي``,
  ``جوان``, ``جويلية``, ``أوت``) and Morocco (``يوليوز``, ``غشت``, ``شتنبر``, ``نونبر``, ``دجنبر``);
* ``ENGLISH`` — full names and RFC 822 abbreviations (matched case-insensitively);
* ``HIJRI`` — the twelve months of the Islamic calendar with their common spellings
  (``ربيع الأول``/``ربيع 1``, ``جمادى الآخرة``/``جمادى الثانية``, ``ذو القعدة``/``ذي القعدة`` …).
"""

from __future__ import annotations

from marsad.time.numerals import fold

#: Set name → {folded spelling: month number}.
# fmt: off
MSA: dict[str, int] = {
    "يناير": 1, "ينايير": 1,
    "فبراير": 2, "فبرايير": 2, "فيبراير": 2,
    "مارس": 3,
    "ابريل": 4, "ابريال": 4,
    "مايو": 5, "مايوا": 5,
    "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7,
    "اغسطس": 8, "اغستس": 8, "اغشطس": 8, "اغسطوس": 8,
    "سبتمبر": 9, "سيبتمبر": 9,
    "اكتوبر": 10, "اوكتوبر": 10,
    "نوفمبر": 11, "نوفيمبر": 11,
    "ديسمبر": 12, "ديسيمبر": 12, "دسمبر": 12,
}
LEVANTINE: dict[str, int] = {
    "كانون الثاني": 1, "كانون ثاني": 1, "كانون 2": 1, "كانون الثان": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10, "تشرين اول": 10, "تشرين 1": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "تشرين 2": 11,
    "كانون الاول": 12, "كانون اول": 12, "كانون 1": 12,
}
MAGHREBI: dict[str, int] = {
    "جانفي": 1, "جانفييه": 1,
    "فيفري": 2, "فيفرى": 2,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7, "جويليه": 7, "يوليوز": 7,
    "اوت": 8, "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}
ENGLISH: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
HIJRI: dict[str, int] = {
    "محرم": 1, "المحرم": 1,
    "صفر": 2,
    "ربيع الاول": 3, "ربيع اول": 3, "ربيع 1": 3,
    "ربيع الثاني": 4, "ربيع الاخر": 4, "ربيع ثاني": 4, "ربيع اخر": 4, "ربيع 2": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاوله": 5, "جمادي 1": 5,
    "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6, "جمادي الثاني": 6, "جمادي 2": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذوالقعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12, "ذوالحجه": 12,
}

#: Every Gregorian month spelling (folded) → (number, set name). ``مارس`` is shared by MSA and
#: Maghrebi usage and listed once.
GREGORIAN: dict[str, tuple[int, str]] = {}
for _set, _table in (("msa", MSA), ("levantine", LEVANTINE), ("maghrebi", MAGHREBI), ("english", ENGLISH)):
    for _k, _v in _table.items():
        GREGORIAN.setdefault(fold(_k), (_v, _set))
#: Hijri month spellings, folded.
HIJRI_FOLDED: dict[str, int] = {fold(k): v for k, v in HIJRI.items()}

#: Weekday names → Python ``date.weekday()`` number (Monday = 0); see :data:`WEEKDAYS_FOLDED`.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "اثنين": 0,
    "الثلاثاء": 1, "الثلاثا": 1,
    "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# fmt: on
WEEKDAYS_FOLDED: dict[str, int] = {fold(k): v for k, v in WEEKDAYS.items()}
#: Arabic weekday names for messages (Monday = 0).
WEEKDAY_NAMES_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def alternation(words) -> str:
    """A regex matching any of ``words`` (a space in a word matches any run of spaces), built as a
    trie so that Python's backtracking engine tests each leading letter once (a flat alternation of
    ~150 month names is ~5× slower to scan over an article). The longest word wins at a position."""
    import re

    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            piece = r"\s*" if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return emit(trie)


# --- ordinal numbers: days of the month and hours of the clock (eighth new-user report, finding 5) --
#: Masculine ordinals 1–10 (the day, يوم, is masculine: ``الثامن من آذار``) and their feminine forms
#: (``الساعة العاشرة``; also found with days: ``الأولى من``), without the article. Compounds are
#: made from these below: 11–19 ``الحادي عشر`` … ``التاسع عشر`` (feminine ``الحادية عشرة``), 20 and
#: 30 ``العشرين``/``الثلاثين`` (also the nominative ``العشرون``), 21–29 and 31 ``الحادي والعشرين``.
#: Source: Wright, *A Grammar of the Arabic Language* §§ 330–334 (ordinal numbers); Badawi, Carter
#: & Gully, *Modern Written Arabic* (2004) § 3.3.3, dates ``في الثامن من آذار``.
_ORDINAL_UNITS_M = ("اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
_ORDINAL_UNITS_F = ("اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره")
_ORDINAL_TENS = {20: ("عشرين", "عشرون"), 30: ("ثلاثين", "ثلاثون")}


def _ordinal_table(max_n: int, units: tuple[str, ...], one: str, teen: str) -> dict[str, int]:
    """Folded ordinal spellings 1..``max_n``, with and without ``ال``; ``one``: the form of 1 in
    compounds (``حادي``/``حاديه``); ``teen``: the second word of 11–19 (``عشر``/``عشره``)."""
    plain: dict[str, int] = {}
    for n, w in enumerate(units, 1):
        plain[w] = n
    for n in range(11, min(20, max_n + 1)):
        first = one if n == 11 else units[n - 11]
        plain[f"{first} {teen}"] = n
    for tens, spellings in _ORDINAL_TENS.items():
        for t in spellings:
            if tens <= max_n:
                plain[t] = tens
            for k in range(1, 10):
                if tens + k <= max_n:
                    first = one if k == 1 else units[k - 1]
                    plain[f"{first} و{t}"] = tens + k
    out: dict[str, int] = {}
    for w, n in plain.items():
        out[w] = n
        # the article on each word: الحادي والعشرين, الثاني عشر (the second word of a teen is bare)
        words = w.split(" ")
        words[0] = "ال" + words[0]
        if len(words) == 2 and words[1].startswith("و"):
            words[1] = "وال" + words[1][1:]
        out[" ".join(words)] = n
    out.pop("اولي", None)  # bare 'أولى' is 'more deserving' far more often than 'first'
    return out


#: Day of the month as an ordinal (folded, with and without ``ال``) → 1..31.
ORDINAL_DAYS: dict[str, int] = {
    **_ordinal_table(31, _ORDINAL_UNITS_F, "حاديه", "عشره"),
    **_ordinal_table(31, _ORDINAL_UNITS_M, "حادي", "عشر"),
}
#: Hour of a 12-hour clock as a feminine ordinal after ``الساعة`` (``الساعة العاشرة صباحاً``) → 1..12;
#: 1 is ``الواحدة`` (a cardinal: "the hour one").
ORDINAL_HOURS: dict[str, int] = {
    **{k: v for k, v in _ordinal_table(12, _ORDINAL_UNITS_F, "حاديه", "عشره").items() if k.startswith("ال")},
    "الواحده": 1,
}
del ORDINAL_HOURS["الاولي"]
