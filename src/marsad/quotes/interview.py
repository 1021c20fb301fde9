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
* the interviewee is the speaker the article's quotations before the first question name most
  (the headline's included); with none there, no answer is reassigned.

Recognition is conservative (ANT v2.1: 31,525 articles, 271 with two or more question paragraphs each
followed by prose, almost all explainer sub-headings ``ما هي العقوبات؟`` of BBC and France 24 whose
prose is the journalist's): besides two question→answer pairs it needs an interview named in the
title or the lead (:data:`INTERVIEW_LEAD_RE`) with two questions in the second person
(:data:`ADDRESS_RE`), or two bulleted questions (``●``/``*``, :data:`QUESTION_BULLET_RE`) with two in
the second person, or two marked questions (:data:`QUESTION_MARK_RE`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from marsad.model import Article, Quote

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
#: The interview named in the title or the lead: ``في حوار مع``, ``في مقابلة خاصة مع``, ``خلال حديث
#: لـ``, ``في لقاء أجرته``, ``الحوار التالي``, ``نص الحوار``, ``وفيما يلي نص المقابلة``, or a title that
#: begins ``حوار`` / ``مقابلة``. ``الحوار الوطني`` (the national dialogue) is none of these.
INTERVIEW_LEAD_RE = re.compile(
    r"(?:^|\s)(?:[وف]?(?:في|خلال|ضمن|عبر))\s+(?:حوار|مقابلة|حديث|لقاء)(?:\s+(?:خاص|خاصة|حصري|حصرية|صحفي|صحفية|صحافي|صحافية|تلفزيوني|تلفزيونية|إذاعي|إذاعية|مطول|مطولة)){0,2}\s+(?:مع|لـ|ل(?=\S)|أجرته|أجرتها|أجراه|أجرتهما)"
    r"|(?:الحوار|المقابلة|اللقاء|الحديث)\s+(?:التالي|التالية|الآتي|الآتية)"
    r"|(?:نص|وفيما\s+يلي|فيما\s+يلي|وإليكم|إليكم|وهذا\s+نص)\s+(?:نص\s+)?(?:الحوار|المقابلة|اللقاء)"
)
_TITLE_INTERVIEW_RE = re.compile(r"^[\s\"«]*(?:حوار|مقابلة)\b")
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
_MARK_HINT_RE = re.compile(r"س\s*\d*\s*[:/：\-–]")  # (what every such line holds: a literal first letter, fast)
_MARKED_LINE_RE = re.compile(r"(?:^|\n)[\s\-–—*•]*(?:ال)?(?:س|سؤال)\s*\d*\s*[:/：\-–]")


def _is_question(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > MAX_QUESTION_CHARS:
        return False
    if QUESTION_MARK_RE.match(s):
        return True
    if "؟" not in s and "?" not in s:
        return False  # (what :data:`_ENDS_QUESTION_RE` needs: its search tried every character; speed25)
    return bool(_ENDS_QUESTION_RE.search(s)) and not _OPENS_QUOTE_RE.match(s) and not ANSWER_MARK_RE.match(s)


def interview_layout(text: str, lines: list[tuple[int, int]], title: str = "") -> Interview | None:
    """The interview layout of an article, or ``None`` when it is not recognised as an interview.

    ``lines``: the ``[start, end)`` offsets into ``text`` of its prose paragraphs in reading order,
    title excluded (``title`` is its text). Recognised when at least two question paragraphs
    (:func:`_is_question`) are each followed by a paragraph that is not a question, and either the
    title or a paragraph before the first question names an interview (:data:`INTERVIEW_LEAD_RE`, a
    title beginning ``حوار``/``مقابلة``) and at least two of the questions are addressed to someone
    (:data:`ADDRESS_RE`), or at least two questions open with a bullet (:data:`QUESTION_BULLET_RE`) and
    two are addressed, or at least two questions carry a question mark (:data:`QUESTION_MARK_RE`).
    Never raises.
    """
    if text.count("؟") + text.count("?") < 2 and (_MARK_HINT_RE.search(text) is None or _MARKED_LINE_RE.search(text) is None):
        return None  # (two questions need two question marks or a marked line: most articles stop here)
    qs = [_is_question(text[a:b]) for a, b in lines]
    pairs = [i for i in range(len(lines) - 1) if qs[i] and not qs[i + 1]]
    if len(pairs) < 2:
        return None
    first = pairs[0]
    marked = sum(1 for i in pairs if QUESTION_MARK_RE.match(text[lines[i][0] : lines[i][1]]))
    lead = " ".join(text[a:b] for a, b in lines[:first])
    named = bool(INTERVIEW_LEAD_RE.search(title) or _TITLE_INTERVIEW_RE.match(title) or INTERVIEW_LEAD_RE.search(lead))
    addressed = sum(1 for i in pairs if ADDRESS_RE.search(text[lines[i][0] : lines[i][1]]))
    bulleted = sum(1 for i in pairs if QUESTION_BULLET_RE.match(text[lines[i][0] : lines[i][1]]))
    if marked < 2 and not (addressed >= 2 and (named or bulleted >= 2)):
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
    if words and words[-1].startswith(("ال", "وال", "فال", "بال", "لل")) and len(words[-1]) > 3 \
            and not _COMMA_AT_END_RE.search(clause):
        return True
    return any(w.endswith("ت") and len(w) >= 3 and nxt.startswith(("ال", "وال")) and len(nxt) > 3
               for w, nxt in zip(words, words[1:], strict=False))


def interviewee(quotes: list[Quote], intro_end: int, article: Article | None = None) -> Quote | None:
    """The quote (the first of its speaker) whose speaker the quotations before ``intro_end`` name
    most often (ties: the earliest); ``None`` when none there has a speaker. With ``article``, only
    speakers linked to a person entity count: an interviewee is a person (hostile tester nu25: the
    noun ``عاطفتك`` of a question in the intro was chosen, and two answers credited to it)."""
    def person(q: Quote) -> bool:
        if article is None:
            return True
        return q.entity is not None and 0 <= q.entity < len(article.entities) \
            and article.entities[q.entity].type == "PER"

    before = [q for q in quotes if q.speaker and (q.cue.start if q.cue else q.start) < intro_end and person(q)]
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
                continue
            out.append(q)
            continue
        region = _inside(layout.answers, pos)
        if (region is not None and who is not None and first_person_cue(q.cue_text)
                and not _named_inside(q, region, text) and not _after_relative(text, pos)
                and not (q.cue_text.strip().endswith("ت") and _third_feminine_here(text, region[0], pos))):
            q.speaker = who.speaker
            q.entity = who.entity
            q.speaker_span = who.speaker_span
        out.append(q)
    return out
