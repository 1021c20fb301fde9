"""Question-and-answer interviews: the questions are the interviewer's, the answers the interviewee's.

An interview printed as plain paragraphs (a question paragraph ending in ``؟``, then the answer in one
or more paragraphs, then the next question; or questions marked ``س:`` / ``سؤال:`` and answers ``ج:`` /
``جواب:``) names its interviewee in the title or lead (``في حوار مع "الوطن"``, ``قال … في مقابلة …``)
and never again: the answers are in the first person (``أكدت أنني …``, ``وطالبت الرجلين …``,
``وأكدنا …``), so a cue verb in an answer has no subject of its own, and the elided-subject rules of
:mod:`marsad.quotes.speakers` carried the last subject — often a noun in the previous *question*
(``أكدت معلومات سابقة …؟``). Source of the kind: the hostile tester's report rob23 item 4b
(alwatan, علي ناصر محمد: five answers credited to ``معلومات سابقة``, a question taken as a quote).

The reading (:func:`apply_interview`), only in an article recognised as an interview
(:func:`interview_layout`):

* a quote whose cue lies in an **answer**, whose cue verb can be first person (:func:`first_person_cue`:
  ``أكدت``, ``وطالبت``, ``أكدنا``, ``نؤكد``) and whose speaker was not named inside that answer (an
  elided subject resolved to an earlier mention, or none) is the interviewee's; a third-person cue
  (``وقال``, ``يؤكد``) in an answer is about someone else and keeps its speaker;
* a quote whose cue lies in a **question** and whose speaker was not named inside that question (the
  interviewer's ``تؤكد مرارا …`` addressed to the interviewee) is dropped: a question is not a
  statement of the interviewee's. A source named in the question (``أكدت معلومات سابقة …``) is kept;
  so is a statement the interviewer reports back to the interviewee with a past that can be second
  person (``ذكرت في تصريح سابق أن …``, ``أعلنتم أن …``: :func:`second_person_past`), as the
  interviewee's indirect quote (iv25). A kept quote ends before the question that follows it
  (``…، فهل ترى …؟``);
* the interviewee is the speaker the article's quotations before the first question name most
  (the headline's included); with none there, no answer is reassigned.

Recognition is conservative (ANT v2.1: 31,525 articles, 271 with two or more question paragraphs each
followed by prose, almost all explainer sub-headings ``ما هي العقوبات؟`` of BBC and France 24 whose
prose is the journalist's): besides two question→answer pairs it needs a lead that announces the
interview (:data:`INTERVIEW_LEADS` of kind ``announce``: ``وإلى نص الحوار``, a byline ``حاوره:``,
``في هذا اللقاء``), or a lead that mentions one (kind ``mention``: ``في حوار مع``, ``في حوار خص به``,
``التقته "الرياض"``) with two questions in the second person (:data:`ADDRESS_RE`), or two bulleted
questions (``●``/``*``, :data:`QUESTION_BULLET_RE`) with two in the second person, or a question
opening with the interviewer's label (``فرانس24:``, :data:`INTERVIEWER_LABELS`), or two marked
questions (:data:`QUESTION_MARK_RE`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from marsad import _speedups
from marsad.model import Article, Quote
from marsad.text.scan import char_positions, matches_at

#: A paragraph that is a question: its last letter-bearing character is ``؟`` or ``?`` (closing marks,
#: brackets and spaces may follow).
_ENDS_QUESTION_RE = re.compile(r"[؟?][\s\"'»”)\].…]*$")
#: An opening quotation mark at the start of a paragraph: a quoted question is someone's words, not
#: the interviewer's.
_OPENS_QUOTE_RE = re.compile(r"^[\s\-–—*•]*[\"«“']")
#: A question marked as such at the start of its paragraph: ``س:``, ``س/``, ``سؤال:``, ``السؤال:``
#: (optionally numbered, ``س1:``).
QUESTION_MARK_RE = re.compile(r"^[\s\-–—*•]*(?:ال)?(?:س|سؤال)\s*\d*\s*[:/：\-–]")
#: A question opening with a bullet (``●``, ``•``, ``*``, ``▪``, ``-``), the Saudi papers' interview layout
#: (okaz ``●``, aawsat ``*``): two such questions in the second person make an interview.
QUESTION_BULLET_RE = re.compile(r"^\s*[●•*▪■◄►\-–]+\s*\S")
#: An answer marked as such: ``ج:``, ``ج/``, ``جواب:``, ``الجواب:``.
ANSWER_MARK_RE = re.compile(r"^[\s\-–—*•]*(?:ال)?(?:ج|جواب)\s*\d*\s*[:/：\-–]")
#: Adjectives of an interview noun (``في حوار خاص``, ``في حديث شامل``, ``في حواره الخاص``).
_LEAD_ADJ = (
    r"(?:ال)?(?:خاص|خاصة|حصري|حصرية|صحفي|صحفية|صحافي|صحافية|تلفزيوني|تلفزيونية|إذاعي|إذاعية|"
    r"هاتفي|هاتفية|مطول|مطولة|مطوّل|مطوّلة|شامل|شاملة|موسع|موسعة|مفصل|مفصلة|مقتضب|مقتضبة)"
)
#: How an article names the interview it prints, as data: ``(name, kind, pattern)``. ``announce``: the
#: lead (or title) says that what follows is the interview — a byline ``حوار: فلان`` / ``حاوره:``, ``وإلى
#: نص الحوار``, ``الحوار التالي``, ``في هذا الحوار``, ``ضيفنا اليوم`` — and two question→answer pairs
#: suffice; ``mention``: the lead reports that someone spoke in an interview (``قال … في حوار مع
#: "الوطن"``, ``في حوار خص به "اليوم"``, ``التقته "الرياض"``), as a news article quoting an interview
#: does too (BBC explainers: ``في مقابلة مع بي بي سي`` then ``ما هي العقوبات؟``), so two questions must
#: also be addressed to someone (:data:`ADDRESS_RE`). Source: the leads of the SaudiNewsNet and ANT
#: v2.1 articles with two question→answer pairs (hostile tester nu25: 4 of 15 interviews missed);
#: the count each adds is in docs/quotes.md (step 48iv).
INTERVIEW_LEADS: tuple[tuple[str, str, str], ...] = (
    # في حوار مع, خلال مقابلة خاصة لـ, في حواره الخاص لـ, في أول حوار له مع, في حوار أجرته معه, في لقاء خص به
    (
        "in-interview",
        "mention",
        r"(?:^|\s)[وف]?(?:في|خلال|ضمن|عبر)\s+(?:أول\s+)?(?:حوار|مقابلة|حديث|لقاء)(?:ه|ها|هم|هما)?"
        rf"(?:\s+{_LEAD_ADJ}){{0,2}}(?:\s+(?:له|لها|لهم|معه|معها))?"
        r"\s+(?:مع|لـ|ل(?=\S)|أجرته|أجرتها|أجراه|أجرتهما|أجريناه|أجريناها|خص|خصّ|خصت|خصّت|خصه|خصها)",
    ),
    # خلال الحوار الذي دار بينه وبين الصحافيين, في المقابلة التي أجرتها معه
    (
        "in-the-interview-that",
        "mention",
        r"(?:^|\s)[وف]?(?:في|خلال)\s+(?:ال)(?:حوار|مقابلة|لقاء|حديث)\s+(?:الذي|التي)\s+(?:دار|دارت|أجرته|أجرتها|أجراه|أجري|أجريت)",
    ),
    # التقته "الرياض", حاورته «عكاظ», "الشرق الأوسط" التقت بـ, التقيناه, حاورناه
    (
        "paper-met-him",
        "mention",
        r"(?:^|\s)[وف]?(?:التقته|التقتها|التقتهم|حاورته|حاورتها|حاورتهم|التقيناه|التقيناها|حاورناه|حاورناها)(?=\s|$|[.،,:])"
        r"|[»\"”]\s*(?:التقت|حاورت|التقته|التقتها|حاورته|حاورتها)(?=\s)"
        r"|(?:^|\s)(?:التقت|حاورت)\s*[«\"“]",
    ),
    # وإلى نص الحوار:, فإلى تفاصيل الحوار, وفيما يلي الحوار, وفيما يلي حوار «الشرق الأوسط» مع, يأتي نص الحوار
    (
        "text-follows",
        "announce",
        r"(?:(?:^|\s)(?:يلي|يأتي|[وف]?إليكم)\s+(?:(?:نص|تفاصيل)\s+)?(?:ال)?"
        r"|(?:^|\s)[وف]إلى\s+(?:(?:نص|تفاصيل)\s+)?ال|(?:^|\s)[وف]?(?:هذا|هنا)\s+نص\s+(?:ال)?|(?:^|\s)نص\s+(?:ال)?)"
        r"(?:حوار|مقابلة|لقاء)(?=\s|$|[.،,:])(?!\s+(?:ال)?(?:وطني|سياسي|مجتمعي|بين))",
    ),
    # الحوار التالي, سطور الحوار التالي, أجرينا الحوار التالي مع, كان لنا الحوار التالى
    (
        "following",
        "announce",
        r"(?:الحوار|المقابلة|اللقاء|الحديث)\s+(?:التالي|التالى|التالية|الآتي|الآتية|الاتي|الاتية)",
    ),
    # في هذا الحوار, وفي هذا اللقاء, فكان معه هذا الحوار (not هذا الحوار الوطني)
    (
        "this-interview",
        "announce",
        r"(?:^|\s)[وف]?(?:في|معه|معها|معهم)?\s*(?:هذا|هذه)\s+(?:الحوار|اللقاء|المقابلة)(?=\s|$|[.،,:])"
        r"(?!\s+(?:ال)?(?:وطني|سياسي|مجتمعي|بين|حول\s+الحوار))",
    ),
    # a byline: حوار: علي الزنقري, حوار ـ محمد المرحبي, حاوره: عبدالله الغضوي, حاورها:بدر, أجرى الحوار- صالح
    (
        "byline",
        "announce",
        r"(?<!\w)(?:حوار|لقاء|مقابلة|حاوره|حاورها|حاورته|حاورتها|حاورهم|حاورهما|أجرى\s+الحوار|أجرت\s+الحوار|أجرى\s+اللقاء)"
        r"\s*[:：\-–—ـ]+\s*(?!\d)\w",
    ),
    # ضيفنا اليوم, ضيفتنا, زاوية نستضيف من خلالها, استضفنا
    (
        "our-guest",
        "announce",
        r"(?:^|\s)[وف]?(?:ضيفنا|ضيفنَا|ضيفتنا|نستضيف|نستضيفه|نستضيفها|استضفنا|استضفناه|استضفناها)(?=\s|$|[.،,:ًَ])",
    ),
)
#: The interviewer's label opening a question (``فرانس24: كيف دخلت …؟``, ``مراسلة: ما هي مشكلتهم؟``):
#: the medium or the interviewer named as the asker, the layout of France 24's and CNN's interviews
#: (ANT v2.1: 4 articles, none with two questions in the second person).
INTERVIEWER_LABELS = (
    "فرانس24",
    "فرانس 24",
    "بي بي سي",
    "سي إن إن",
    "الصحيفة",
    "المجلة",
    "المحاور",
    "المحاورة",
    "المذيع",
    "المذيعة",
    "مراسل",
    "مراسلة",
    "المراسل",
    "المراسلة",
    "الصحفي",
    "الصحفية",
)
_LABELLED_QUESTION_RE = re.compile(r"^[\s\-–—*•]*(?:" + "|".join(INTERVIEWER_LABELS) + r")\s*[:：]")
#: The leads of :data:`INTERVIEW_LEADS` of each kind, one pattern.
ANNOUNCE_LEAD_RE = re.compile("|".join(f"(?:{p})" for _, k, p in INTERVIEW_LEADS if k == "announce"))
MENTION_LEAD_RE = re.compile("|".join(f"(?:{p})" for _, k, p in INTERVIEW_LEADS if k == "mention"))
#: A title that begins ``حوار`` / ``مقابلة`` (an announcing lead). ``الحوار الوطني`` (the national
#: dialogue) is none of these.
_TITLE_INTERVIEW_RE = re.compile(r"^[\s\"«]*(?:حوار|مقابلة)\b")


#: What every lead of :data:`INTERVIEW_LEADS` holds (its interview noun or verb): the patterns run only
#: on the words around these (:func:`_lead_windows`), as a scan of the whole lead with each pattern cost
#: ~600 µs an article with two question→answer pairs (ANT v2.1 + SaudiNewsNet leads, 762 characters
#: on average).
_LEAD_HINT_RE = re.compile(r"حوار|حاور|مقابل|لقاء|حديث|التق|ضيف|ستضف|ستضيف")
#: Characters kept before and after a hint (``وفيما يلي تفاصيل`` | ``الحوار``; ``في`` | ``حوار`` |
#: ``خاص صحفي له مع``), widened to whole words.
_LEAD_BEFORE, _LEAD_AFTER = 40, 60


def _lead_windows(text: str) -> list[str]:
    """The stretches of ``text`` around its interview hints (:data:`_LEAD_HINT_RE`), each from a word's
    start to a word's end, overlapping ones merged; ``[]`` when it has none."""
    spans: list[list[int]] = []
    for m in _LEAD_HINT_RE.finditer(text):
        a = m.start() - _LEAD_BEFORE
        a = 0 if a <= 0 else max(text.rfind(" ", 0, a), text.rfind("\n", 0, a)) + 1
        b = text.find(" ", m.end() + _LEAD_AFTER) if m.end() + _LEAD_AFTER < len(text) else -1
        b = len(text) if b < 0 else b
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [text[a:b] for a, b in spans]


def interview_lead(title: str, lead: str) -> str | None:
    """The kind of interview lead (:data:`INTERVIEW_LEADS`) that ``title`` or ``lead`` (the paragraphs
    before the first question) holds: ``"announce"``, ``"mention"`` or ``None``."""
    if _TITLE_INTERVIEW_RE.match(title):
        return "announce"
    windows = _lead_windows(title) + _lead_windows(lead)
    if any(ANNOUNCE_LEAD_RE.search(w) for w in windows):
        return "announce"
    if any(MENTION_LEAD_RE.search(w) for w in windows):
        return "mention"
    return None


#: A question addressed to the interviewee (second person): the pronouns ``أنت``/``أنتم``/``حضرتك``, the
#: prepositions ``لك``/``لكم``/``عندك``/``برأيك``, the verbs of opinion ``ترى``/``ترون``/``تقيم``/
#: ``تقيمون``/``تعتقد``/``تتوقع``/``تنظر``, a noun with the plural possessive ``كم`` (``زيارتكم``,
#: ``بصفتكم``; not ``الحكم``: no article) or a past verb in ``تم`` (``غبتم``, ``صمتم``; not ``تم``).
#: Explainer sub-headings (``ما هي العقوبات؟``, ``ماذا قال ترامب؟``) have none.
ADDRESS_RE = re.compile(
    r"(?:^|[\s(])[وف]?(?:أنت|أنتم|أنتما|حضرتك|حضرتكم|لك|لكم|عندك|عندكم|برأيك|برأيكم|رأيك|رأيكم|"
    r"ترى|ترون|تقيم|تقيمون|تقيّم|تقيّمون|تعتقد|تعتقدون|تتوقع|تتوقعون|تنظر|تنظرون|"
    r"(?!ال)\w{3,}كم|(?!ال)\w{2,}تم)(?=$|[\s؟?،,.!:])"
)
#: The longest paragraph read as a question (characters); the longest question of the source article
#: is 262.
MAX_QUESTION_CHARS = 400


@dataclass(slots=True)
class Interview:
    """The question-and-answer layout of one article.

    ``questions``: ``[start, end)`` offsets of the question paragraphs; ``answers``: the region of each
    answer (from the end of its question to the start of the next question, or to the end of the last
    paragraph); ``intro_end``: the start of the first question (the lead ends there).
    """

    questions: list[tuple[int, int]] = field(default_factory=list)
    answers: list[tuple[int, int]] = field(default_factory=list)
    intro_end: int = 0


#: A line anywhere in a text that opens like :data:`QUESTION_MARK_RE` (the quick test of
#: :func:`interview_layout`).
_MARK_HINT_RE = re.compile(
    r"س\s*\d*\s*[:/：\-–]"
)  # (what every such line holds: a literal first letter, fast)
_MARKED_LINE_RE = re.compile(r"(?:^|\n)[\s\-–—*•]*(?:ال)?(?:س|سؤال)\s*\d*\s*[:/：\-–]")


def _has_marked_line(text: str) -> bool:
    """``_MARKED_LINE_RE.search(text) is not None``, the pattern tried only where a match can start:
    at the text's start (``^``, no ``re.M``) and at its line breaks (``\n``); the search tried it at
    every character of the article (~0.2 % of the quotes stage; speed34)."""
    return next(matches_at(_MARKED_LINE_RE, text, [0, *char_positions(text, "\n")]), None) is not None


def _mark_hint_python(text: str) -> bool:
    """``_MARK_HINT_RE.search(text) is not None``."""
    return _MARK_HINT_RE.search(text) is not None


def _compiled_mark_hint():
    """The compiled ``mark_hint`` of ``marsad._speedups.quotes`` (the search as one pass: the
    pattern was tried at every ``س`` of every article, ~0.3 % of the quotes stage; speed30), or
    ``None``: not built, stale, disabled, or written for another :data:`_MARK_HINT_RE`."""
    compiled = _speedups.load("quotes")
    if compiled is None or getattr(compiled, "MARK_HINT_PATTERN", None) != _MARK_HINT_RE.pattern:
        return None
    return compiled.mark_hint


#: ``_mark_hint(text) -> bool``: :func:`_mark_hint_python` or its compiled form.
_mark_hint = _compiled_mark_hint() or _mark_hint_python


def _is_question(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > MAX_QUESTION_CHARS:
        return False
    if QUESTION_MARK_RE.match(s):
        return True
    if "؟" not in s and "?" not in s:
        return False  # (what :data:`_ENDS_QUESTION_RE` needs: its search tried every character; speed25)
    return bool(_ENDS_QUESTION_RE.search(s)) and not _OPENS_QUOTE_RE.match(s) and not ANSWER_MARK_RE.match(s)


def may_be_interview(text: str) -> bool:
    """Whether :func:`interview_layout` can recognise an interview in ``text``: two question marks
    (``؟``, ``?``) or a line opening like a marked question (:data:`_MARKED_LINE_RE`); ``False`` for
    most articles, whose prose lines need not be listed then (speed34)."""
    return text.count("؟") + text.count("?") >= 2 or (_mark_hint(text) and _has_marked_line(text))


def interview_layout(text: str, lines: list[tuple[int, int]], title: str = "") -> Interview | None:
    """The interview layout of an article, or ``None`` when it is not recognised as an interview.

    ``lines``: the ``[start, end)`` offsets into ``text`` of its prose paragraphs in reading order,
    title excluded (``title`` is its text). Recognised when at least two question paragraphs
    (:func:`_is_question`) are each followed by a paragraph that is not a question, and either the
    title or a paragraph before the first question announces the interview (:func:`interview_lead`
    ``"announce"``: a byline, ``وإلى نص الحوار``, a title beginning ``حوار``/``مقابلة``), or one
    mentions it (``"mention"``: ``في حوار مع``) and at least two of the questions are addressed to
    someone (:data:`ADDRESS_RE`), or at least two questions open with a bullet
    (:data:`QUESTION_BULLET_RE`) and two are addressed, or a question opens with the interviewer's
    label (:data:`INTERVIEWER_LABELS`), or at least two questions carry a question mark
    (:data:`QUESTION_MARK_RE`). Never raises.
    """
    if not may_be_interview(text):
        return None  # (two questions need two question marks or a marked line: most articles stop here)
    qs = [_is_question(text[a:b]) for a, b in lines]
    pairs = [i for i in range(len(lines) - 1) if qs[i] and not qs[i + 1]]
    if len(pairs) < 2:
        return None
    first = pairs[0]
    marked = sum(1 for i in pairs if QUESTION_MARK_RE.match(text[lines[i][0] : lines[i][1]]))
    lead = " ".join(text[a:b] for a, b in lines[:first])
    kind = interview_lead(title, lead)
    addressed = sum(1 for i in pairs if ADDRESS_RE.search(text[lines[i][0] : lines[i][1]]))
    bulleted = sum(1 for i in pairs if QUESTION_BULLET_RE.match(text[lines[i][0] : lines[i][1]]))
    if (
        marked < 2
        and kind != "announce"
        and not any(_LABELLED_QUESTION_RE.match(text[lines[i][0] : lines[i][1]]) for i in pairs)
        and not (addressed >= 2 and (kind == "mention" or bulleted >= 2))
    ):
        return None
    out = Interview(intro_end=lines[first][0])
    qidx = [i for i in range(first, len(lines)) if qs[i]]
    for k, i in enumerate(qidx):
        out.questions.append(lines[i])
        nxt = qidx[k + 1] if k + 1 < len(qidx) else len(lines)
        if nxt > i + 1:
            out.answers.append((lines[i + 1][0], lines[nxt - 1][1]))
    return out


def _inside(regions: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for a, b in regions:
        if a <= pos < b:
            return (a, b)
    return None


def _named_inside(q: Quote, region: tuple[int, int], text: str) -> bool:
    """Whether ``q``'s speaker is named inside ``region``: its speaker span lies there, or its speaker
    is written there as found (``وتشير الدراسات إلى``, whose span may point at an earlier mention)."""
    sp = q.speaker_span
    if sp is not None and region[0] <= sp.start < region[1]:
        return True
    return bool(q.speaker) and q.speaker in text[region[0] : region[1]]


#: Diacritics and tatweel, removed before the cue's person is read.
_MARKS_RE = re.compile(r"[\u064B-\u0652\u0640]")
#: First-person singular present forms of cue verbs (``أقول``, ``أؤكد``): written without the
#: person's prefix alone they would be ambiguous with form-IV pasts (``أشار``, ``أوضح``), so a list.
FIRST_PERSON_PRESENT = frozenset(
    "أقول أرى أعتقد أؤكد أشير أطالب أتوقع أعتبر أظن أدعو أرفض أتمنى أنفي أوضح أكرر أشدد أضيف أعلن".split()
)


def first_person_cue(cue: str) -> bool:
    """Whether the cue word ``cue`` (as written, with ``و``/``ف`` or diacritics) can be first person:
    a past in ``ت`` (``أكدت``, ``وطالبت``, ``ذكرت``, ``كتبت`` — also the third feminine, which an
    answer names inside itself when meant; not with an alif before the last root letter: ``وقالت``,
    ``أشارت``, ``أضافت`` are third feminine, the first person of a hollow verb is ``قلت``, ``أشرت``) or in ``نا`` (``أكدنا``), a present in ``ن`` (``نؤكد``,
    ``نطالب``) or a listed present in ``أ`` (:data:`FIRST_PERSON_PRESENT`). Third-person cues
    (``قال``, ``يؤكد``, ``أكدوا``) and participles (``مؤكدا``) are not: their subject is someone the
    interviewee talks about (``وجمعته ببعض المعارضين وقال:``)."""
    w = _MARKS_RE.sub("", cue.strip().split()[0]) if cue.strip() else ""
    if len(w) > 3 and w[0] in "وف" and not w.startswith(("وا", "فا")):
        w = w[1:]
    if len(w) < 3:
        return False
    if w.endswith("نا") or (w.endswith("ت") and w[-3] != "ا" and not w.startswith(("ي", "ت", "ن"))):
        return True  # not ``قالت``/``أشارت``/``أضافت``: a hollow verb's first person drops the alif (``قلت``)
    return (w[0] == "ن" and len(w) >= 4) or w in FIRST_PERSON_PRESENT


#: A relative pronoun right before a cue (``المنطقة العسكرية التى اعلنت ولاءها``): the verb's subject is
#: the noun before it, third person.
_RELATIVE_BEFORE_RE = re.compile(r"(?:^|\s)(?:التي|التى|الذي|الذى|الذين|اللذين|اللتين|اللاتي|اللواتي)\s*$")


def _after_relative(text: str, pos: int) -> bool:
    return bool(_RELATIVE_BEFORE_RE.search(text[max(0, pos - 12) : pos]))


#: The clause before a cue, back to the last sentence or clause mark.
_CLAUSE_START_RE = re.compile(r"[.!?؟؛;:\n]")
_WORD_RE = re.compile(r"[^\W\d_][\wً-ْـ]*")
#: A comma ending a clause (spaces after it).
_COMMA_AT_END_RE = re.compile(r"[،,]\s*$")


def _third_feminine_here(text: str, region_start: int, pos: int) -> bool:
    """Whether a past in ``ت`` at ``pos`` is read as third feminine by its clause (hostile tester nu25:
    ``فوزارة الأوقاف أكدت أنها …`` and ``قامت الوزارة … وأكدت ضرورة …`` were credited to the
    interviewee): the word right before the cue, with no punctuation between, is a definite noun
    (``ال``, ``وال``, ``فال``, ``بال``, ``لل``: a subject before its verb), or the clause before the cue
    holds a verb in ``ت`` followed by a definite noun (``قامت الوزارة``: its subject, which a
    coordinated ``وأكدت`` shares)."""
    cut = max((m.end() for m in _CLAUSE_START_RE.finditer(text, region_start, pos)), default=region_start)
    clause = text[cut:pos]
    words = _WORD_RE.findall(clause)
    if (
        words
        and words[-1].startswith(("ال", "وال", "فال", "بال", "لل"))
        and len(words[-1]) > 3
        and not _COMMA_AT_END_RE.search(clause)
    ):
        return True
    return any(
        w.endswith("ت") and len(w) >= 3 and nxt.startswith(("ال", "وال")) and len(nxt) > 3
        for w, nxt in zip(words, words[1:], strict=False)
    )


def second_person_past(cue: str) -> bool:
    """Whether the cue word ``cue`` can be a past in the second person: ``ذكرت``, ``أكدت``, ``وصرحت``
    (the ``ت`` past of :func:`first_person_cue`, the same letters as the first person and, but for a
    hollow verb, as the third feminine) or the plural ``ذكرتم``, ``أكدتم``. Present forms (``تؤكد``)
    are not: the question's present describes the interviewee, it reports no statement."""
    w = _MARKS_RE.sub("", cue.strip().split()[0]) if cue.strip() else ""
    if len(w) > 3 and w[0] in "وف" and not w.startswith(("وا", "فا")):
        w = w[1:]
    if w.endswith(("تم", "تما")) and len(w) >= 5 and not w.startswith(("ي", "ت", "ن")):
        return True
    return len(w) >= 3 and w.endswith("ت") and w[-3] != "ا" and not w.startswith(("ي", "ت", "ن"))


def _reported_to_interviewee(q: Quote, region: tuple[int, int], text: str, pos: int) -> bool:
    """Whether a quote cued in a question with no speaker named in it reports the interviewee's own
    earlier statement (hostile tester nu25: ``ذكرت في تصريح سابق أن …``): an indirect or direct quote
    whose cue is a past that can be second person (:func:`second_person_past`), not after a relative
    pronoun and not read as a third feminine by its clause (:func:`_third_feminine_here`)."""
    return (
        q.kind in ("indirect", "direct")
        and second_person_past(q.cue_text)
        and not _after_relative(text, pos)
        and not _third_feminine_here(text, region[0], pos)
    )


#: Where the question itself starts after a reported statement: after a comma a question word
#: (``…، فهل ترى …``, ``…، ما ردكم``), without one ``هل`` or a question word with ``ف`` (``… فكيف …``),
#: or the question mark.
_QUESTION_TAIL_RE = re.compile(
    r"\s*[،,؛;]\s*(?P<comma>[وف]?(?:هل|ما|ماذا|لماذا|كيف|متى|أين|أي|من|ألا|أليس|إلى\s+أي))(?=\s)"
    r"|\s+(?:ف(?:هل|ما|ماذا|لماذا|كيف|متى|أين)|هل)(?=\s)|\s*[؟?]"
)
#: The most words a question after a comma may have (``، ما ردكم`` is 2, ``، فهل ترى أن هذا التقدير ما
#: زال قائما`` 8): a longer rest is more likely the statement's own clause (``…، ما أدى إلى …``).
QUESTION_TAIL_WORDS = 12


def _before_question_tail(text: str, start: int, end: int) -> int:
    """The end of a statement reported in a question: before the question that follows it (``أن
    العجز سينخفض، فهل ترى …؟`` → ``أن العجز سينخفض``); ``end`` when none follows."""
    for m in _QUESTION_TAIL_RE.finditer(text, start, end):
        if m.start() <= start:
            continue
        if m.group("comma") is not None and len(text[m.start() : end].split()) > QUESTION_TAIL_WORDS:
            continue
        return m.start()
    return end


def interviewee(quotes: list[Quote], intro_end: int, article: Article | None = None) -> Quote | None:
    """The quote (the first of its speaker) whose speaker the quotations before ``intro_end`` name
    most often (ties: the earliest); ``None`` when none there has a speaker. With ``article``, only
    speakers linked to a person entity count: an interviewee is a person (hostile tester nu25: the
    noun ``عاطفتك`` of a question in the intro was chosen, and two answers credited to it)."""

    def person(q: Quote) -> bool:
        if article is None:
            return True
        return (
            q.entity is not None
            and 0 <= q.entity < len(article.entities)
            and article.entities[q.entity].type == "PER"
        )

    before = [
        q for q in quotes if q.speaker and (q.cue.start if q.cue else q.start) < intro_end and person(q)
    ]
    if not before:
        return None
    counts = Counter(q.speaker for q in before)
    best = max(counts.values())
    for q in before:
        if counts[q.speaker] == best:
            return q
    return None


def apply_interview(article: Article, quotes: list[Quote], lines: list[tuple[int, int]]) -> list[Quote]:
    """``quotes`` (of ``article``, in text order) read as an interview's when the article is one
    (:func:`interview_layout` over ``lines``, the ``[start, end)`` of its prose paragraphs without the
    title): quotes cued in a question with no speaker named in it are dropped, quotes cued in an
    answer with a first-person cue and no speaker named in it get the interviewee (:func:`interviewee`: speaker, entity and
    speaker span of the first quote of that speaker). Returns the list (the same objects, changed in
    place; a new list only when some were dropped); unchanged when the article is no interview."""
    text = article.text
    title = text[article.title.start : article.title.end] if article.title is not None else ""
    layout = interview_layout(text, lines, title)
    if layout is None:
        return quotes
    who = interviewee(quotes, layout.intro_end, article)
    out: list[Quote] = []
    for q in quotes:
        pos = q.cue.start if q.cue is not None else q.start
        if pos < layout.intro_end:
            out.append(q)
            continue
        region = _inside(layout.questions, pos)
        if region is not None:
            if not _named_inside(q, region, text):
                if q.cue_text.strip().endswith("ت") and _third_feminine_here(text, region[0], pos):
                    pass  # المنظمة أعربت عن …: the clause names its subject, a source's statement (kept)
                elif who is None or not _reported_to_interviewee(q, region, text, pos):
                    continue
                else:
                    # ذكرت في تصريح سابق أن …، فهل …؟: the interviewee's earlier statement, reported to them
                    q.speaker, q.entity, q.speaker_span = who.speaker, who.entity, who.speaker_span
            # (… المحدود، كيف تضمنون ذلك؟: the question after the statement is the interviewer's own)
            q.end = _before_question_tail(text, q.start, q.end)
            out.append(q)
            continue
        region = _inside(layout.answers, pos)
        if (
            region is not None
            and who is not None
            and first_person_cue(q.cue_text)
            and not _named_inside(q, region, text)
            and not _after_relative(text, pos)
            and not (q.cue_text.strip().endswith("ت") and _third_feminine_here(text, region[0], pos))
        ):
            q.speaker = who.speaker
            q.entity = who.entity
            q.speaker_span = who.speaker_span
        out.append(q)
    return out
