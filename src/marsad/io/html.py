"""HTML news pages: one :class:`~marsad.model.Article` per page, parsed with selectolax's Lexbor backend.

An HTML parser does not report where in the source a text node came from, and the prose is spread
over many nodes with entities and inline tags between them; so HTML follows the JSON approach:
``Article.text`` is the extracted title, author, date and paragraphs joined by a blank line
(``"\\n\\n"``), ``Article.fields`` gives their spans (``title``, ``author``, ``date``, ``content``),
and ``Article.raw`` keeps the page's bytes verbatim.

Where each part comes from, first found wins (Open Graph protocol, ogp.me; ``article:`` properties):

* title: ``<meta property="og:title">``, the first ``<h1>``, the JSON-LD ``headline`` when the
  content comes from JSON-LD (below), ``<title>``;
* date: ``<time datetime>``, ``<meta property="article:published_time">``, ``<meta name="date">``
  and the other :data:`DATE_META`, the JSON-LD ``datePublished``/``dateCreated`` of the story's
  ``<script type="application/ld+json">`` (:func:`_json_ld`); the field is named ``date``;
* author: ``<meta name="author">``, ``<meta property="article:author">``, the JSON-LD ``author``;
* content: the text blocks of the story container in document order, each with its whitespace
  collapsed and its edge BiDi marks stripped, blank ones dropped. A block is the text between two
  block-level boundaries (:data:`BLOCK_TAGS`: ``<p>``, ``<div>``, ``<h2>``–``<h6>``, ``<li>``,
  ``<blockquote>``, … opening or closing) or ``<br>`` line breaks — pages that lay their story out
  with ``<br><br>`` or text-only ``<div>``s lose nothing (third new-user report, finding 2). Left out:
  :data:`SKIPPED_TAGS` (scripts, styles, the ``<h1>`` title, ``<time>``, and ``<nav>``, ``<aside>``,
  ``<footer>``, ``<figure>``, ``<form>``), elements whose class or id names share buttons, related
  links or comments (:data:`BOILERPLATE_CLASS_WORDS`), and blocks that are share or "read also"
  lines (:data:`BOILERPLATE_BLOCK_TABLE`, :data:`SHARE_LINE_FORMS`). The container is the page's
  ``<article>`` (several: one article per element when each has its own headline, else their
  blocks joined; :func:`_page_articles`, :func:`_read_several`) or ``<main>``;
  without either, the element of ``<body>`` holding the most text outside ``<p>``/list/heading
  blocks when that is at least ``settings.HTML_MIN_LOOSE_STORY_CHARS`` characters (a story laid
  out with ``<br>``), else the ``<p>`` paragraphs of the whole ``<body>`` (its headings and list
  items are mostly menus and sidebars), and for a page without any ``<p>`` the blocks of that
  element however short (a story in a few text-only ``<div>``s);
* content, when the markup holds no story text: the JSON-LD ``articleBody`` (:func:`_json_ld_story`),
  with the warning ``json-ld-body``;
* date, when no ``<meta>``/``<time datetime>`` gives one: the text of an element whose class or
  id names a date (:data:`DATE_CLASS_WORDS`: ``date``, ``time``, ``meta``, ``publish`` …), or the
  first or second content block, when it is short and :func:`marsad.time.parse_datetime` reads it
  whole; that element or block then leaves the content;
* meta: ``url`` (canonical link or ``og:url``), ``source`` (``og:site_name``), ``lang``;
* dropped: the page furniture left out of the story region (share/related/tags/comments … elements,
  share and "read also" lines, menu items; :func:`_blocks`), each block once, at most
  :data:`HTML_MAX_DROPPED_BLOCKS`, after the content in the field :data:`DROPPED_FIELD`, and each
  recorded in ``article.removed`` as ``RemovedBlock(kind="boilerplate", what=<reason>)`` — nothing
  is dropped silently (eleventh new-user report, finding 9). On a page without ``<article>``/
  ``<main>``, an ``<h2>``–``<h6>`` between two story ``<p>`` is kept as a sub-heading.

:func:`fragment_paragraphs` applies the same block rules to HTML found inside a JSON value
(:mod:`marsad.io.jsonrec`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad import settings
from marsad.io.plain import check_content
from marsad.model import Article, RemovedBlock, Span

TITLE_META = ('meta[property="og:title"]', 'meta[name="twitter:title"]')
DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[property="og:updated_time"]',
)
AUTHOR_META = ('meta[name="author"]', 'meta[property="article:author"]')
CONTENT_CONTAINERS = ("article", "main", "body")
#: The containers that hold the story itself, first found wins.
STORY_CONTAINERS_ORDER = ("article", "main")
#: Containers whose blocks are the story's own (``<body>`` also holds menus and sidebars).
STORY_CONTAINERS = frozenset({"article", "main"})
#: Blocks taken from a story container, in document order.
STORY_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote"
#: Parts of a page, also inside ``<article>``, that are not the story's text.
NON_STORY_TAGS = frozenset({"nav", "aside", "footer", "figure", "form"})
PART_SEPARATOR = "\n\n"
_SPACES_RE = re.compile(r"\s+")
#: BiDi controls (U+200E/U+200F, U+202A–U+202E, U+2066–U+2069, U+061C; Unicode UAX #9) stripped from
#: the edges of every extracted piece: an ``<h1>&#8207;…`` kept its RLM in quote speakers (third
#: new-user report, finding 2). Inside a piece they stay (the display layer removes them).
BIDI_EDGE_CHARS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_EDGE_CHARS = " \t\n\r\f\v\u00a0" + BIDI_EDGE_CHARS

#: Elements whose start and end bound a text block (HTML Living Standard "flow" blocks, and table
#: cells/rows); ``<br>`` ends a block too.
BLOCK_TAGS = frozenset(
    "p div section article main header hgroup h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table "
    "thead tbody tfoot tr td th caption center address hr details summary body".split()
)
#: Elements left out with everything inside them: not text (scripts, styles, embedded documents),
#: the title (``<h1>``, read separately), machine dates (``<time>``) and :data:`NON_STORY_TAGS`.
SKIPPED_TAGS = (
    frozenset(
        "script style noscript template iframe object embed svg canvas math head title h1 time button "
        "select option textarea input label".split()
    )
    | NON_STORY_TAGS
)
#: Class/id words (split at ``-``, ``_``, space) of page parts that are not the story: share and
#: social buttons, related and "read also" links, tags, comments, breadcrumbs, adverts, newsletters.
BOILERPLATE_CLASS_WORDS = frozenset(
    "share sharing social sharethis addthis related readmore read-more tags tag comments comment "
    "breadcrumb breadcrumbs advert advertisement ads ad newsletter subscribe print "
    # menus and footers laid out in <div>s (sixth new-user report, finding 7: a menu item became the
    # title, the copyright line a paragraph)
    "nav navbar navigation menu mainmenu footer copyright sidebar "
    # cookie and consent banners (eighth new-user report, finding 11)
    "cookie cookies consent gdpr".split()
)
#: Class/id words of an element that holds the headline on a page without ``<h1>`` (``<div
#: class="title">``, ``class="headline"``, ``id="article-title"``).
TITLE_CLASS_WORDS = frozenset("title headline heading".split())
#: Longest text (characters) such an element may hold to be taken as the headline.
TITLE_CLASS_MAX_CHARS = 300
#: Class/id words of an element that shows the publication date.
DATE_CLASS_WORDS = frozenset(
    "date time datetime meta published publish pubdate posted timestamp dateline".split()
)
_CLASS_WORD_RE = re.compile(r"[\s_\-]+")
#: Social networks named on share and follow lines (Arabic and Latin spellings).
SOCIAL_NETWORKS = (
    r"facebook|twitter|whatsapp|telegram|linkedin|instagram|x|"
    r"فيسبوك|فيس\s*بوك|الفيسبوك|الفيس\s*بوك|تويتر|إكس|اكس|واتساب|واتس\s*اب|الواتساب|تيليجرام|تلغرام|تليجرام|"
    r"لينكد\s*إن|انستغرام|إنستغرام|انستجرام"
)
#: What joins the networks of a list: ``و``, ``أو``, commas, slashes, bars, or white space alone
#: (the link words of a share bar, ``تويتر فيسبوك``: new-user report nu33, W14).
_NETWORK_JOIN = r"(?:\s*(?:[|،,/]|و|أو|او)\s*|\s+)"
#: One or more networks joined by :data:`_NETWORK_JOIN` (``فيسبوك وتويتر``), or "the social
#: networks" (``مواقع التواصل الاجتماعي``).
_NETWORK_LIST = (
    rf"(?:(?:{SOCIAL_NETWORKS})(?:{_NETWORK_JOIN}(?:{SOCIAL_NETWORKS}))*"
    r"|(?:مواقع|شبكات|منصات)\s+التواصل(?:\s+الاجتماعي)?)"
)
_SHARE_VERB = r"(?:شارك|شاركي|شاركها|شاركوا|شاركونا|مشاركة|انشر|أنشر|انشروا|share|tweet)"
#: What a share line shares: ``هذا الخبر``, ``المقال``, ``this story`` …
_SHARE_OBJECT = (
    r"(?:(?:هذا|هذه)\s+)?(?:الخبر|المقال|المقالة|الموضوع|التقرير|الصفحة|الفيديو|الصورة|القصة|الرابط|التدوينة)"
    r"|(?:this\s+)?(?:article|story|post|page|news)"
)
#: The forms of a share line (a block that is only a share button or its caption; twelfth
#: new-user report: ``شارك هذا الخبر على فيسبوك وتويتر`` and ``شارك هذا المقال`` stayed in the body
#: and made an ORG ``فيسبوك وتويتر``, the pattern wanted one word after على and no هذا). A table,
#: one form a row, so that a new form is one line: verb, what is shared, where.
SHARE_LINE_FORMS = (
    # شارك (هذا الخبر) على/عبر فيسبوك وتويتر; share (this story) on Facebook, Twitter
    rf"{_SHARE_VERB}\s*(?:(?:{_SHARE_OBJECT})\s*)?(?:على|عبر|في|مع|on|via|to|with)\s+(?:{_NETWORK_LIST})\W{{0,3}}",
    # شارك على فيسبوك (one word after على/عبر: a network the table does not name; not في, whose
    # ``شارك في الحوار`` is "took part in the dialogue")
    rf"{_SHARE_VERB}\s*(?:الخبر\s*)?(?:على|عبر)\s+\S+",
    # شارك هذا المقال; شارك الخبر; share this article
    rf"{_SHARE_VERB}\s+(?:{_SHARE_OBJECT})\W{{0,3}}",
    # شارك هذا الخبر: تويتر فيسبوك; share: Facebook Twitter (a caption, then the links' words)
    rf"{_SHARE_VERB}\s*(?:(?:{_SHARE_OBJECT})\s*)?[:\-–—]\s*(?:{_NETWORK_LIST})\W{{0,3}}",
    # a share button's caption alone: شارك, مشاركة, Share, ‎شارك:
    rf"{_SHARE_VERB}\W{{0,3}}",
    # share this / share via … (English buttons)
    r"(?:share|tweet)\s+(?:on|this|via)\b.*",
    # a row of network names alone: فيسبوك | تويتر | واتساب; تويتر فيسبوك
    rf"(?:{SOCIAL_NETWORKS})(?:{_NETWORK_JOIN}(?:{SOCIAL_NETWORKS}))*",
)
#: A block that is a share button, a "read also / more" link line, a follow line, a browser fallback
#: or a cookie notice, not story text: ``(reason, pattern)`` rows, each pattern matching the whole
#: block (Arabic and English forms; the table in one place).
BOILERPLATE_BLOCK_TABLE = (
    *(("share", form) for form in SHARE_LINE_FORMS),
    ("read-also", r"(?:اقرأ|إقرأ|اقرا|طالع)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)\b.*"),
    ("follow", r"(?:تابعونا|تابعوا|تابعنا)\s+(?:على|عبر)\b.*"),
    ("read-also", r"read\s+(?:more|also)\b.*"),
    # browser fallbacks and cookie notices outside <noscript>/<div class="cookie"> (finding 11)
    (
        "javascript",
        r"(?:يرجى|الرجاء|من فضلك|يجب)\s+(?:تفعيل|تمكين)\s+(?:ال)?(?:جافا\s*سكربت|جافا\s*سكريبت|javascript)\b.{0,80}",
    ),
    ("javascript", r"(?:please\s+)?enable\s+javascript\b.{0,80}"),
    (
        "cookie",
        r".{0,120}(?:ملفات تعريف الارتباط|الكوكيز|cookies).{0,120}(?:موافق|أوافق|قبول|أقبل|accept|agree)\W{0,3}",
    ),
)
BOILERPLATE_BLOCK_PATTERNS = tuple(p for _r, p in BOILERPLATE_BLOCK_TABLE)
BOILERPLATE_BLOCK_RE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_BLOCK_PATTERNS), re.IGNORECASE)
#: Why each :data:`BOILERPLATE_BLOCK_PATTERNS` line is dropped (the ``what`` of its removed record).
BOILERPLATE_BLOCK_REASONS = tuple(r for r, _p in BOILERPLATE_BLOCK_TABLE)
_BOILERPLATE_LINE_RES = tuple(re.compile(p, re.IGNORECASE) for p in BOILERPLATE_BLOCK_PATTERNS)
#: Why an element with a :data:`BOILERPLATE_CLASS_WORDS` class/id word is dropped, by that word.
BOILERPLATE_CLASS_REASONS = {
    **dict.fromkeys("share sharing social sharethis addthis".split(), "share"),
    **dict.fromkeys("related readmore read-more".split(), "related"),
    **dict.fromkeys("tags tag".split(), "tags"),
    **dict.fromkeys("comments comment".split(), "comments"),
    **dict.fromkeys("breadcrumb breadcrumbs".split(), "breadcrumb"),
    **dict.fromkeys("advert advertisement ads ad".split(), "ads"),
    **dict.fromkeys("newsletter subscribe".split(), "newsletter"),
    "print": "print",
    **dict.fromkeys("nav navbar navigation menu mainmenu sidebar".split(), "menu"),
    **dict.fromkeys("footer copyright".split(), "footer"),
    **dict.fromkeys("cookie cookies consent gdpr".split(), "cookie"),
}
#: Page furniture kept at most, per page, in the ``dropped`` field: blocks and characters (a page
#: of menus must not make the article text a site map).
HTML_MAX_DROPPED_BLOCKS = 40
HTML_MAX_DROPPED_CHARS = 4000
#: The field of an HTML article that holds the page furniture dropped from the story (see
#: :func:`read_html`); it has no layout role, so it makes no block.
DROPPED_FIELD = "dropped"
#: A content block read as the page's date must be at most this long (a date line, not a sentence).
DATE_BLOCK_MAX_CHARS = 100
#: How many elements right after the ``<h1>`` are looked at for a date line without a date class.
DATE_SIBLINGS_AFTER_TITLE = 2


def _clean(value: str | None) -> str:
    return _SPACES_RE.sub(" ", value).strip(_EDGE_CHARS) if value else ""


def _first_meta(tree, selectors: tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            value = _clean(node.attributes.get("content"))
            if value:
                return value
    return ""


def _title(tree, sites: set[str] | None = None) -> str:  # type: ignore[no-untyped-def]
    """The page's headline: ``og:title``/``twitter:title``, the first ``<h1>``, an element whose
    class/id names a headline (:func:`_class_title`), ``<title>``; from a meta tag or ``<title>``,
    without the site name and section (:func:`strip_site_name`)."""
    title = _first_meta(tree, TITLE_META)
    if title:
        return strip_site_name(title, sites or set())
    node = tree.css_first("h1")
    value = _clean(node.text(deep=True)) if node is not None else ""
    if value:
        return value
    value = _class_title(tree)
    if value:
        return value
    node = tree.css_first("title")
    value = _clean(node.text(deep=True)) if node is not None else ""
    return strip_site_name(value, sites or set()) if value else ""


def _class_title(tree) -> str:  # type: ignore[no-untyped-def]
    """The text of the first element in ``<body>`` whose class/id names a headline
    (:data:`TITLE_CLASS_WORDS`) and holds at most :data:`TITLE_CLASS_MAX_CHARS` characters; ``""``
    without one."""
    body = tree.body
    if body is None:
        return ""
    for node in body.traverse():
        if node.tag in SKIPPED_TAGS:
            continue
        words = _class_words(node)
        if words and not words.isdisjoint(TITLE_CLASS_WORDS):
            text = _clean(node.text(deep=True))
            if text and len(text) <= TITLE_CLASS_MAX_CHARS:
                return text
    return ""


#: Separators between a page title's headline and its site name or section (``الأهرام | …``,
#: ``… - أخبار``): spaced on both sides, so hyphenated words and ``1-0`` scores are not cut.
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||-|–|—|::|»|«)\s+")
#: Section names that a page title adds to its headline (``… - أخبار``, ``… | News``); compared
#: after :func:`_site_key` folding. Source: the section menus of the ANT sites (Al Arabiya, BBC,
#: CNN, France 24, Sky News Arabia) and of ahram.org.eg, alriyadh.com, aawsat.com.
TITLE_SECTION_WORDS = frozenset(
    _w
    for _w in (
        "أخبار اخبار الأخبار الاخبار عاجل محليات المحليات سياسة السياسة اقتصاد الاقتصاد رياضة "
        "الرياضة ثقافة الثقافة فن فنون منوعات تكنولوجيا صحة الصحة العالم عربي دولي دوليات "
        "الرئيسية مقالات رأي الرأي news home world sport sports business politics"
    ).split()
)
#: A pipe-separated edge part of at most this many words, beside a headline of at least
#: ``TITLE_MIN_HEADLINE_WORDS``, is a site name even when no ``og:site_name``/domain names it
#: (``الأهرام | مصر تعلن خطة جديدة``): news headlines do not use `` | ``.
TITLE_SITE_MAX_WORDS = 3
TITLE_MIN_HEADLINE_WORDS = 3
_NON_KEY_RE = re.compile(r"[\W_]+")


def _site_key(value: str) -> str:
    """``value`` folded for comparing site names: lower case, letters and digits only, a leading
    Arabic article ``ال`` dropped (``الأهرام`` ~ ``أهرام``), alef forms unified."""
    key = _NON_KEY_RE.sub("", value.lower()).translate(_ALEF_TABLE)
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


_ALEF_TABLE = str.maketrans("أإآٱ", "اااا")
_SECTION_KEYS = frozenset(_site_key(w) for w in TITLE_SECTION_WORDS)
#: Names of Arabic news sites as their pages' ``<title>`` ends (or opens) with them, after a
#: `` - ``/`` | ``/`` – `` separator (``… - الجزيرة نت``, ``… | العربية``): an edge part equal to
#: one (after :func:`_site_key` folding) is the site name even on a page that names no site
#: (``og:site_name``, URL), eleventh new-user report, finding 9. Source: the ``<title>`` of
#: these sites' article pages and the outlets of the corpora (ANT v2.1, SaudiNewsNet).
TITLE_SITE_NAMES = (
    "الجزيرة نت", "الجزيرة.نت", "الجزيرة", "العربية", "العربية.نت", "العربية نت", "سكاي نيوز عربية",
    "بي بي سي عربي", "BBC News عربي", "BBC عربي", "فرانس 24", "CNN بالعربية", "الشرق الأوسط",
    "اليوم السابع", "المصري اليوم", "الأهرام", "بوابة الأهرام", "الشروق", "مصراوي", "صدى البلد",
    "القدس العربي", "العربي الجديد", "رأي اليوم", "عربي21", "عربي 21", "RT Arabic", "روسيا اليوم",
    "الحرة", "الميادين", "النهار", "إرم نيوز", "هسبريس", "الخليج", "البيان", "الغد", "الرياض",
    "عكاظ", "سبق", "صحيفة سبق", "الوئام", "صحيفة الوئام", "المدينة", "الاقتصادية", "الوطن",
    "عين اليوم", "العربي", "يورونيوز", "euronews",
)  # fmt: skip
_SITE_NAME_KEYS = frozenset(_site_key(n) for n in TITLE_SITE_NAMES)


def _site_names(tree, url: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Folded names of the site: ``og:site_name``, ``application-name``, and the first label of the
    URL's host (``www.ahram.org.eg`` → ``ahram``)."""
    names = {
        _site_key(_first_meta(tree, (sel,)))
        for sel in ('meta[property="og:site_name"]', 'meta[name="application-name"]')
    }
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    labels = [x for x in host.split(".") if x and x != "www"]
    if labels:
        names.add(_site_key(labels[0]))
    return {n for n in names if len(n) >= 3}


def _is_site_part(part: str, sites: set[str], pipe: bool, tail: bool = False) -> bool:
    """True when the edge ``part`` of a page title is its site name or section (see
    :func:`strip_site_name`); a :data:`TITLE_SITE_NAMES` name counts as the ``tail`` (the last part:
    a place name such as ``الرياض`` opens a headline as its dateline, never ends one)."""
    key = _site_key(part)
    if not key:
        return True
    if key in TITLE_SECTION_WORDS or part.strip().lower() in TITLE_SECTION_WORDS:
        return True
    if tail and key in _SITE_NAME_KEYS:
        return True
    if any(key == s or (len(key) >= 4 and (key in s or s in key)) for s in sites):
        return True
    return pipe and len(part.split()) <= TITLE_SITE_MAX_WORDS


def strip_site_name(title: str, sites: set[str]) -> str:
    """The headline of a page ``title`` without the site name and section parts at its edges
    (``الأهرام | مصر تعلن خطة جديدة لدعم السياحة - أخبار`` → ``مصر تعلن خطة جديدة لدعم
    السياحة``). Conservative: only edge parts between :data:`TITLE_SEPARATOR_RE` separators that
    name the site (``sites``: :func:`_site_names`), are a :data:`TITLE_SECTION_WORDS` section, are
    a known site name at the end (:data:`TITLE_SITE_NAMES`, after `` - ``, `` | ``, `` – ``), or
    are a short part after/before `` | ``; the headline left keeps at least
    ``TITLE_MIN_HEADLINE_WORDS`` words, else the title is returned whole (third new-user report,
    finding 18)."""
    if not TITLE_SEPARATOR_RE.search(title):
        return title
    pieces = TITLE_SEPARATOR_RE.split(title)
    seps = [m.group().strip() for m in TITLE_SEPARATOR_RE.finditer(title)]
    lo, hi = 0, len(pieces)
    while hi - lo > 1:
        if _is_site_part(pieces[lo], sites, seps[lo] == "|"):
            lo += 1
        elif _is_site_part(pieces[hi - 1], sites, seps[hi - 2] == "|", tail=True):
            hi -= 1
        else:
            break
    if (lo, hi) == (0, len(pieces)):
        return title
    start = (
        0
        if lo == 0
        else next(m for k, m in enumerate(TITLE_SEPARATOR_RE.finditer(title)) if k == lo - 1).end()
    )
    end = (
        len(title)
        if hi == len(pieces)
        else next(m for k, m in enumerate(TITLE_SEPARATOR_RE.finditer(title)) if k == hi - 1).start()
    )
    headline = title[start:end].strip()
    words = [w for w in headline.split() if _NON_KEY_RE.sub("", w)]
    return headline if len(words) >= TITLE_MIN_HEADLINE_WORDS else title


def _date(tree) -> str:  # type: ignore[no-untyped-def]
    """The page's publication date string: ``<time datetime>``, the publication ``<meta>`` tags
    (:data:`DATE_META` but ``og:updated_time``), the JSON-LD ``datePublished``/``dateCreated``
    (:func:`_json_ld`), then ``og:updated_time`` (a modification time, the last resort)."""
    node = tree.css_first("time[datetime]")
    if node is not None:
        value = _clean(node.attributes.get("datetime"))
        if value:
            return value
    return _first_meta(tree, DATE_META[:-1]) or _json_ld(tree)[0] or _first_meta(tree, DATE_META[-1:])


#: schema.org types of a JSON-LD object that describes the story (its ``datePublished`` is the page's).
JSON_LD_ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BlogPosting "
    "LiveBlogPosting WebPage".split()
)
#: JSON-LD keys of the publication date, in order of preference (schema.org ``CreativeWork``).
JSON_LD_DATE_KEYS = ("datePublished", "dateCreated")
#: Most JSON-LD objects looked at per page (``@graph`` lists, nested objects): a hostile page
#: cannot make the walk long.
JSON_LD_MAX_OBJECTS = 200


def _json_ld(tree) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """``(date, author)`` from the page's ``<script type="application/ld+json">`` blocks: the
    ``datePublished`` (else ``dateCreated``; never ``dateModified``) of the first object of a
    :data:`JSON_LD_ARTICLE_TYPES` type that has one, and the author's ``name`` of the first that
    has one (``@graph`` lists and nesting looked through; an article type before ``WebPage``);
    ``""`` for each not found. ``publisher`` is not read (the outlet, not the writer). A block that is not valid JSON is skipped. Most
    Arabic news sites (Al Jazeera, Asharq Al-Awsat, Youm7) give the date only there (eighth new-user
    report, finding 10: such a page had ``no-date`` and lost its author)."""
    found: list[tuple[int, str, str]] = []
    for item, types in _json_ld_objects(tree):
        if types & JSON_LD_ARTICLE_TYPES:
            date = next((_clean(item[k]) for k in JSON_LD_DATE_KEYS if isinstance(item.get(k), str)), "")
            author = _json_ld_author(item.get("author"))
            if date or author:
                rank = 1 if types <= {"WebPage"} else 0
                found.append((rank, date, author))
    found.sort(key=lambda x: x[0])
    # each from the first object that has it: a story object without a date still names its author
    # (task fix33: the author of such a page was lost)
    return next((d for _, d, _ in found if d), ""), next((a for _, _, a in found if a), "")


#: JSON-LD keys of the story's headline and text (schema.org ``CreativeWork.headline``,
#: ``Article.articleBody``), read when the markup holds none (a page rendered by JavaScript).
JSON_LD_HEADLINE_KEYS = ("headline", "name")
JSON_LD_BODY_KEY = "articleBody"


def _json_ld_story(tree) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """``(headline, articleBody)`` of the first JSON-LD object of a :data:`JSON_LD_ARTICLE_TYPES`
    type other than ``WebPage`` that has an ``articleBody`` string; ``("", "")`` without one
    (twelfth new-user report: a page whose text is only there gave the title ``x`` and no body)."""
    for item, types in _json_ld_objects(tree):
        body = item.get(JSON_LD_BODY_KEY)
        if types & JSON_LD_ARTICLE_TYPES and not types <= {"WebPage"} and isinstance(body, str) and body.strip():
            headline = next((_clean(item[k]) for k in JSON_LD_HEADLINE_KEYS if isinstance(item.get(k), str)), "")
            return headline, body
    return "", ""


def _json_ld_objects(tree) -> Iterator[tuple[dict, set]]:  # type: ignore[no-untyped-def]
    """``(object, its @type set)`` of every JSON object in the page's JSON-LD blocks, depth first in
    document order (``@graph`` lists and nesting looked through), at most
    :data:`JSON_LD_MAX_OBJECTS` in all; a block that is not valid JSON is skipped."""
    import json

    seen = 0
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text() or "null")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and seen < JSON_LD_MAX_OBJECTS:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            seen += 1
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            yield item, types
            for value in item.values():
                if isinstance(value, (dict, list)):
                    stack.append(value)


def _json_ld_paragraphs(body: str) -> list[str]:
    """The paragraphs of a JSON-LD ``articleBody``: its blocks by the HTML rules when it holds
    markup (:func:`fragment_paragraphs`), else its non-blank lines, whitespace collapsed."""
    if re.search(r"<[A-Za-z/!]", body):
        return fragment_paragraphs(body)
    return [t for t in (_clean(line) for line in body.splitlines()) if t]


def _json_ld_author(value) -> str:  # type: ignore[no-untyped-def]
    """The author's name of a JSON-LD ``author`` (a string, a ``Person``/``Organization`` object,
    or a list of them, joined by ``، ``)."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _clean(value.get("name")) if isinstance(value.get("name"), str) else ""
    if isinstance(value, list):
        return "، ".join(n for n in (_json_ld_author(v) for v in value[:10]) if n)
    return ""


def _is_story_block(node, container) -> bool:  # type: ignore[no-untyped-def]
    """True for a block with no other block inside it (``node.css`` includes the node itself) and
    no :data:`SKIPPED_TAGS` element (``<noscript>``, ``<template>``, nav, aside, footer …) nor
    share/cookie/related element (:data:`BOILERPLATE_CLASS_WORDS`) between it and ``container``
    (eighth new-user report, finding 11: ``<noscript><p>يرجى تفعيل جافاسكربت</p></noscript>`` was
    a sub-heading, ``جافاسكربت`` a PER entity: the ``<p>`` fallback path checked NON_STORY_TAGS only)."""
    if len(node.css(STORY_BLOCKS)) > 1:
        return False
    parent = node.parent
    while parent is not None and parent.mem_id != container.mem_id:
        if parent.tag in SKIPPED_TAGS or _is_boilerplate_element(parent):
            return False
        parent = parent.parent
    return True


def _class_words(node) -> set[str]:  # type: ignore[no-untyped-def]
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip().lower()
    return set(_CLASS_WORD_RE.split(names)) if names else set()


def _is_boilerplate_element(node) -> bool:  # type: ignore[no-untyped-def]
    words = _class_words(node)
    return bool(words and not words.isdisjoint(BOILERPLATE_CLASS_WORDS))


def _menu_item(text: str) -> bool:
    """True for a block that is only a section name (``الرئيسية``, ``أخبار``, ``Home``): a menu
    item, never story text (sixth new-user report, finding 7: a <div> menu's first item became the
    title of a page without <h1>)."""
    return len(text) <= 20 and (text.strip().lower() in TITLE_SECTION_WORDS or _site_key(text) in _SECTION_KEYS)


def boilerplate_line_reason(text: str) -> str:
    """Why the block ``text`` is page furniture (:data:`BOILERPLATE_BLOCK_REASONS`: ``share``,
    ``read-also``, ``follow``, ``javascript``, ``cookie``), ``""`` when it is not one."""
    if not BOILERPLATE_BLOCK_RE.fullmatch(text):
        return ""
    return next(
        (r for r, rx in zip(BOILERPLATE_BLOCK_REASONS, _BOILERPLATE_LINE_RES, strict=True) if rx.fullmatch(text)),
        "share",
    )


def _element_reason(node) -> str:  # type: ignore[no-untyped-def]
    """Why a :func:`_is_boilerplate_element` element is left out (:data:`BOILERPLATE_CLASS_REASONS`
    of its first boilerplate class/id word, in the order written)."""
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip().lower()
    return next((BOILERPLATE_CLASS_REASONS[w] for w in _CLASS_WORD_RE.split(names) if w in BOILERPLATE_CLASS_REASONS), "page")


def _blocks(container, dropped: list[tuple[str, str]] | None = None, root_checked: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """The text blocks under ``container`` (see the module docstring), in document order.

    ``dropped``, when given, receives ``(reason, text)`` for each block left out as page furniture:
    the blocks of a share/related/tags/comments/menu … element (reason from its class/id word,
    :data:`BOILERPLATE_CLASS_REASONS`), a share or "read also" line (:func:`boilerplate_line_reason`)
    and a menu item (``menu``). Scripts, styles and the other :data:`SKIPPED_TAGS` are not text
    and are not recorded. ``root_checked``: ``container`` itself is a boilerplate element whose
    blocks are wanted. An explicit stack, not recursion: a hostile page nests thousands of elements."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            text = _clean("".join(current))
            current.clear()
            if not text:
                return
            reason = boilerplate_line_reason(text) or ("menu" if _menu_item(text) else "")
            if not reason:
                blocks.append(text)
            elif dropped is not None:
                dropped.append((reason, text))

    stack: list[object] = [container]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block element
            flush()
            continue
        tag = node.tag  # type: ignore[attr-defined]
        if tag == "-text":
            current.append(node.text_content or "")  # type: ignore[attr-defined]
            continue
        if tag in SKIPPED_TAGS or tag.startswith("-"):
            continue
        if _is_boilerplate_element(node) and not (root_checked and node.mem_id == container.mem_id):  # type: ignore[attr-defined]
            if dropped is not None:
                reason = _element_reason(node)
                inner: list[tuple[str, str]] = []
                dropped += [(reason, t) for t in _blocks(node, inner, root_checked=True)]
                dropped += inner
            continue
        if tag == "br":
            flush()
            continue
        if tag in BLOCK_TAGS:
            flush()
            stack.append(None)
        stack.extend(reversed(list(node.iter(include_text=True))))  # type: ignore[attr-defined]
    flush()
    return blocks


#: Block elements whose own loose text can be a story laid out with ``<br>`` (not ``<p>``, lists,
#: headings or table rows, whose text is already one block each).
LOOSE_TEXT_HOLDERS = frozenset({"div", "section", "td", "body", "center"})
#: The story container holds at least this share of the page's loose text (menus, credits and
#: footers hold the rest; the user's ``br.html``: 378 of 405 characters, 93 %).
LOOSE_TEXT_SHARE = 0.8


def _loose_text_holder(body):  # type: ignore[no-untyped-def]
    """The element of ``body`` (one of :data:`LOOSE_TEXT_HOLDERS`) holding the most story text
    outside ``<p>``/list/heading blocks, with that many characters; ``(None, 0)`` without any.

    The loose text of each holder counts for it and for every holder around it; the holder
    chosen is the innermost one holding at least :data:`LOOSE_TEXT_SHARE` of all of it: a story in
    ``<br>``-separated text is its own ``<div>`` (not the ``<body>`` with the menu), a story in
    sibling text-only ``<div>``s their common parent. One pass with an explicit stack, then one
    pass from the innermost holders out (linear even in hostile nesting)."""
    own: dict[int, int] = {}
    nodes: dict[int, object] = {body.mem_id: body}
    parent_of: dict[int, int | None] = {body.mem_id: None}
    depth: dict[int, int] = {body.mem_id: 0}
    stack = [(body, body.mem_id)]
    while stack:
        node, holder = stack.pop()
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                if holder is not None and text and not text.isspace():
                    own[holder] = own.get(holder, 0) + len(text.strip())
                continue
            if tag in SKIPPED_TAGS or tag.startswith("-") or _is_boilerplate_element(child):
                continue
            if tag in LOOSE_TEXT_HOLDERS:
                key = child.mem_id
                nodes[key], parent_of[key] = child, holder
                depth[key] = depth[holder] + 1 if holder is not None else 0
                stack.append((child, key))
            elif tag in BLOCK_TAGS:
                stack.append((child, None))
            else:
                stack.append((child, holder))
    if not own:
        return None, 0
    total: dict[int, int] = dict.fromkeys(nodes, 0)
    for key in sorted(nodes, key=depth.__getitem__, reverse=True):
        total[key] += own.get(key, 0)
        parent = parent_of[key]
        if parent is not None:
            total[parent] += total[key]
    whole = max(total.values())
    best = max((k for k in total if total[k] >= LOOSE_TEXT_SHARE * whole), key=lambda k: (depth[k], total[k]))
    return nodes[best], total[best]


#: Sub-heading elements kept between two story paragraphs of a page without ``<article>``/``<main>``.
FALLBACK_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Longest sub-heading (characters) kept there: a heading, not a teaser.
FALLBACK_HEADING_MAX_CHARS = 120


def _paragraphs(  # type: ignore[no-untyped-def]
    tree, dropped: list[tuple[str, str]] | None = None, articles: list | None = None
) -> list[str]:
    """The story's blocks (see the module docstring: the container — every one of ``articles``, the
    page's outermost ``<article>`` elements (:func:`_page_articles`), joined in document order when
    there are several —, the loose-text holder, the ``<p>`` paragraphs of ``<body>``); ``dropped``
    receives the page furniture left out of the region they were taken from (:func:`_blocks`)."""
    found: list[tuple[str, str]]
    if articles is not None and len(articles) > 1:
        # several <article>s, not each with its own headline (a story split in parts): joined
        found = []
        paras = [b for a in articles for b in _blocks(a, found)]
        if paras:
            if dropped is not None:
                dropped += found
            return paras
    for sel in STORY_CONTAINERS_ORDER:
        container = tree.css_first(sel)
        if container is not None:
            found = []
            paras = _blocks(container, found)
            if paras:
                if dropped is not None:
                    dropped += found
                return paras
    body = tree.body
    if body is None:
        return []
    holder, loose = _loose_text_holder(body)
    if holder is not None and loose >= settings.HTML_MIN_LOOSE_STORY_CHARS:
        found = []
        paras = _blocks(holder, found)
        if paras:
            if dropped is not None:
                dropped += found
            return paras
    paras = _body_paragraphs(body, dropped)
    if paras or holder is None:
        return paras
    # No <p> at all: a page laid out in text-only <div>s shorter than the loose-story threshold is
    # still read, its block-level elements as paragraphs (fifth new-user report, finding 13: such a
    # page gave ``empty``); scripts, styles, nav, aside, footer and noscript stay out (SKIPPED_TAGS).
    return _blocks(holder, dropped)


def _body_paragraphs(body, dropped: list[tuple[str, str]] | None) -> list[str]:  # type: ignore[no-untyped-def]
    """The ``<p>`` paragraphs of ``body`` (story blocks: :func:`_is_story_block`), and each
    ``<h2>``–``<h6>`` sub-heading (at most :data:`FALLBACK_HEADING_MAX_CHARS`) that comes right
    between two of them (eleventh new-user report, finding 9: ``<h2>ردود فعل</h2>`` of a page
    without ``<article>`` was dropped; the headings elsewhere in ``<body>`` are mostly menus and
    sidebar titles, so only those framed by story paragraphs are taken). ``dropped`` receives the
    share and "read also" paragraphs and the blocks of the share/related … elements of ``body``."""
    items: list[tuple[bool, str]] = []  # (is a heading, text)
    for n in body.css("p, h2, h3, h4, h5, h6"):
        if not _is_story_block(n, body):
            continue
        text = _clean(n.text(deep=True))
        if not text:
            continue
        reason = boilerplate_line_reason(text)
        if reason:
            if dropped is not None:
                dropped.append((reason, text))
            continue
        items.append((n.tag in FALLBACK_HEADINGS, text))
    paras = [
        text
        for k, (heading, text) in enumerate(items)
        if not heading
        or (
            len(text) <= FALLBACK_HEADING_MAX_CHARS
            and 0 < k < len(items) - 1
            and not items[k - 1][0]
            and not items[k + 1][0]
        )
    ]
    if dropped is not None and paras:
        dropped += _furniture_elements(body)
    return paras


def _furniture_elements(root) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """``(reason, text)`` of the blocks of each outermost share/related/tags/comments/menu …
    element under ``root`` (:func:`_is_boilerplate_element`) outside :data:`SKIPPED_TAGS`."""
    out: list[tuple[str, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.iter():
            if child.tag in SKIPPED_TAGS or child.tag.startswith("-"):
                continue
            if _is_boilerplate_element(child):
                inner: list[tuple[str, str]] = []
                reason = _element_reason(child)
                out += [(reason, t) for t in _blocks(child, inner, root_checked=True)]
                out += inner
            else:
                stack.append(child)
    return out


def _date_text(node) -> str:  # type: ignore[no-untyped-def]
    """``node``'s text when it is a date line: short and read whole by
    :func:`marsad.time.parse_datetime`; else ``""``."""
    from marsad.time import parse_datetime

    text = _clean(node.text(deep=True))
    if text and len(text) <= DATE_BLOCK_MAX_CHARS and parse_datetime(text) is not None:
        return text
    return ""


def _date_element(tree):  # type: ignore[no-untyped-def]
    """``(node, text)`` of the page's visible date line: the first element whose class/id names a
    date (:data:`DATE_CLASS_WORDS`), else one of the :data:`DATE_SIBLINGS_AFTER_TITLE` elements
    right after the ``<h1>``, whose text is a date line (:func:`_date_text`); ``(None, "")``
    without one."""
    body = tree.body
    if body is None:
        return None, ""
    for node in body.traverse():
        if node.tag in SKIPPED_TAGS:
            continue
        words = _class_words(node)
        if words and not words.isdisjoint(DATE_CLASS_WORDS):
            text = _date_text(node)
            if text:
                return node, text
    h1 = body.css_first("h1")
    node = h1.next if h1 is not None else None
    seen = 0
    while node is not None and seen < DATE_SIBLINGS_AFTER_TITLE:
        if not node.tag.startswith("-"):
            seen += 1
            text = _date_text(node)
            if text:
                return node, text
        node = node.next
    return None, ""


def fragment_paragraphs(markup: str) -> list[str]:
    """The text blocks of an HTML fragment (a JSON ``content`` value holding a page's markup), by
    the rules of the module docstring: ``<p>``/``<div>``/``<br>`` bound blocks, entities decoded,
    scripts, styles, share and "read also" lines dropped. Never raises on bad markup."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    body = tree.body
    return _blocks(body) if body is not None else []


def _date_block(paragraphs: list[str]) -> str:
    """The first or second content block when it is a date line (short, read whole by
    :func:`marsad.time.parse_datetime`); it is removed from ``paragraphs``. ``""`` otherwise."""
    from marsad.time import parse_datetime

    for k, block in enumerate(paragraphs[:2]):
        if len(block) <= DATE_BLOCK_MAX_CHARS and parse_datetime(block) is not None:
            del paragraphs[k]
            return block
    return ""


def _kept_furniture(dropped: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``dropped`` without repeats (the same text twice: kept once), cut at
    :data:`HTML_MAX_DROPPED_BLOCKS` blocks and :data:`HTML_MAX_DROPPED_CHARS` characters."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    chars = 0
    for reason, text in dropped:
        if text in seen:
            continue
        if len(out) >= HTML_MAX_DROPPED_BLOCKS or chars + len(text) > HTML_MAX_DROPPED_CHARS:
            break
        seen.add(text)
        out.append((reason, text))
        chars += len(text)
    return out


#: Headings that give one ``<article>`` of a page its own headline (:func:`_own_headline`).
ARTICLE_HEADINGS = "h1, h2, h3, h4, h5, h6"
_ARTICLE_TAG_RE = re.compile(r"<(/?)article\b[^>]*>", re.IGNORECASE)


def _page_articles(tree) -> list:  # type: ignore[no-untyped-def]
    """The outermost ``<article>`` elements of the page, in document order, leaving out those
    inside another ``<article>``, inside :data:`SKIPPED_TAGS` (``<aside>``, ``<nav>``, ``<footer>`` …)
    or a share/related … element, or themselves one (:func:`_is_boilerplate_element`): teaser cards
    of related stories are not the page's stories."""
    out = []
    for node in tree.css("article"):
        if _is_boilerplate_element(node):
            continue
        parent = node.parent
        while parent is not None:
            if parent.tag == "article" or parent.tag in SKIPPED_TAGS or _is_boilerplate_element(parent):
                break
            parent = parent.parent
        else:
            out.append(node)
    return out


def _own_headline(element):  # type: ignore[no-untyped-def]
    """The first ``<h1>``–``<h6>`` of ``element`` with text (at most :data:`TITLE_CLASS_MAX_CHARS`
    characters) that is not inside a :data:`NON_STORY_TAGS` or share/related … element of it;
    ``None`` without one."""
    for node in element.css(ARTICLE_HEADINGS):
        text = _clean(node.text(deep=True))
        if not text or len(text) > TITLE_CLASS_MAX_CHARS:
            continue
        parent = node.parent
        while parent is not None and parent.mem_id != element.mem_id:
            if parent.tag in NON_STORY_TAGS or _is_boilerplate_element(parent):
                break
            parent = parent.parent
        else:
            return node
    return None


def _article_slices(text: str, count: int) -> list[str] | None:
    """The source text of each of the page's outermost ``<article>…</article>`` elements, found by
    counting the tags (case-insensitive) in ``text``; ``None`` when they are not ``count`` (an
    ``<article>`` tag inside a script or comment, unclosed elements, ones left out by
    :func:`_page_articles`): then the parser's serialisation is the record's raw."""
    out: list[str] = []
    depth = 0
    start = 0
    for m in _ARTICLE_TAG_RE.finditer(text):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                out.append(text[start : m.end()])
    return out if len(out) == count and depth == 0 else None


def _compose(parts: list[tuple[str, str]], dropped: list[tuple[str, str]], article: Article) -> None:
    """Fill ``article.text``, its ``fields`` (``parts`` joined by :data:`PART_SEPARATOR`, blank ones
    left out) and a ``removed`` record for each ``dropped`` block (in the :data:`DROPPED_FIELD`)."""
    if dropped:
        parts = [*parts, (DROPPED_FIELD, PART_SEPARATOR.join(text for _r, text in dropped))]
    pieces: list[str] = []
    pos = 0
    for name, value in parts:
        if not value:
            continue
        if pieces:
            pieces.append(PART_SEPARATOR)
            pos += len(PART_SEPARATOR)
        article.fields[name] = Span(pos, pos + len(value))
        pieces.append(value)
        pos += len(value)
    article.text = "".join(pieces)
    if dropped:
        pos = article.fields[DROPPED_FIELD].start
        for reason, text in dropped:
            article.removed.append(
                RemovedBlock(
                    pos, pos + len(text), repeats=Span(0, 0), kind="boilerplate", similarity=1.0, what=reason
                )
            )
            pos += len(text) + len(PART_SEPARATOR)


def _page_meta(tree, url: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    meta = {"url": url, "source": _first_meta(tree, ('meta[property="og:site_name"]',))}
    html_node = tree.css_first("html")
    if html_node is not None:
        meta["lang"] = _clean(html_node.attributes.get("lang"))
    return {k: v for k, v in meta.items() if v}


def read_html(
    text: str, source: str, encoding: str | None, codec: str | None, data: bytes | None
) -> Iterator[Article]:
    """Yield the ``fmt="html"`` articles of the page ``text`` (see the module docstring): one, or
    one per ``<article>`` element when the page holds several and each has its own headline."""
    from selectolax.lexbor import LexborHTMLParser

    raw = data if data is not None else text.encode(codec or "utf-8", "replace")
    tree = LexborHTMLParser(text)
    canonical = tree.css_first('link[rel="canonical"]')
    url = _clean(canonical.attributes.get("href")) if canonical is not None else ""
    url = url or _first_meta(tree, ('meta[property="og:url"]',))
    articles = _page_articles(tree)
    if len(articles) > 1:
        heads = [_own_headline(a) for a in articles]
        if all(h is not None for h in heads):
            yield from _read_several(tree, text, articles, heads, url, source, encoding, codec)
            return
    title = _title(tree, _site_names(tree, url))
    date = _date(tree)
    date_node, date_text = _date_element(tree)
    if date_node is not None:
        date = date or date_text
        date_node.decompose()
    author = _first_meta(tree, AUTHOR_META) or _json_ld(tree)[1]
    parts = [("title", title), ("author", author), ("date", date)]
    dropped: list[tuple[str, str]] = []
    paragraphs = _paragraphs(tree, dropped, articles)
    from_json_ld = False
    if not paragraphs:
        headline, body = _json_ld_story(tree)
        paragraphs = _json_ld_paragraphs(body) if body else []
        from_json_ld = bool(paragraphs)
        if from_json_ld and headline and not (_first_meta(tree, TITLE_META) or _h1_or_class_title(tree)):
            parts[0] = ("title", headline)
    if not date:
        date = _date_block(paragraphs)
        if date:
            parts[2] = ("date", date)
    if paragraphs:
        parts.append(("content", PART_SEPARATOR.join(paragraphs)))
    dropped = _kept_furniture(dropped) if paragraphs else []
    article = Article(text="", source=source, fmt="html", encoding=encoding, raw=raw)
    _compose(parts, dropped, article)
    article.meta.update(_page_meta(tree, url))
    if from_json_ld:
        article.warn(
            "json-ld-body",
            "the page's markup holds no story text: content read from its JSON-LD articleBody",
        )
    check_content(article, "title" in article.fields, "content" in article.fields, "text blocks")
    yield article


def _h1_or_class_title(tree) -> str:  # type: ignore[no-untyped-def]
    """The page's ``<h1>`` text, else its class-named headline (:func:`_class_title`); ``""``."""
    node = tree.css_first("h1")
    value = _clean(node.text(deep=True)) if node is not None else ""
    return value or _class_title(tree)


def _read_several(tree, text, articles, heads, url, source, encoding, codec) -> Iterator[Article]:  # type: ignore[no-untyped-def]
    """One article per ``<article>`` element of a page holding several, each with its own headline
    (a front page, a live page, a digest; twelfth new-user report: the second of two disappeared
    without a word). Each: its headline as title (taken out of its blocks), its own ``<time
    datetime>`` or else the page's date, the page's author, its blocks and furniture, and as raw its
    own source text (:func:`_article_slices`, else its markup as the parser serialises it),
    re-encoded with the page's codec."""
    inside = {a.mem_id for a in articles}
    page_date = ""
    for node in tree.css("time[datetime]"):  # a <time> of the page, not of one of its stories
        parent = node.parent
        while parent is not None and parent.mem_id not in inside:
            parent = parent.parent
        if parent is None:
            page_date = _clean(node.attributes.get("datetime"))
            if page_date:
                break
    page_date = (
        page_date
        or _first_meta(tree, DATE_META[:-1])
        or _json_ld(tree)[0]
        or _first_meta(tree, DATE_META[-1:])
    )
    page_author = _first_meta(tree, AUTHOR_META) or _json_ld(tree)[1]
    meta = _page_meta(tree, url)
    slices = _article_slices(text, len(articles))
    for k, (element, head) in enumerate(zip(articles, heads, strict=True)):
        piece = slices[k] if slices is not None else (element.html or "")
        raw = piece.encode(codec or "utf-8", "replace")
        title = _clean(head.text(deep=True))
        head.decompose()
        own = element.css_first("time[datetime]")
        date = _clean(own.attributes.get("datetime")) if own is not None else ""
        for node in element.traverse():  # its visible date line (class/id names a date): out of the blocks
            words = _class_words(node) if node.tag not in SKIPPED_TAGS else set()
            if words and not words.isdisjoint(DATE_CLASS_WORDS):
                line = _date_text(node)
                if line:
                    date = date or line
                    node.decompose()
                    break
        dropped: list[tuple[str, str]] = []
        paragraphs = _blocks(element, dropped)
        date = date or page_date or _date_block(paragraphs)
        parts = [("title", title), ("author", page_author), ("date", date)]
        if paragraphs:
            parts.append(("content", PART_SEPARATOR.join(paragraphs)))
        article = Article(text="", source=source, fmt="html", encoding=encoding, raw=raw)
        _compose(parts, _kept_furniture(dropped) if paragraphs else [], article)
        article.meta.update(meta)
        check_content(article, True, "content" in article.fields, "text blocks")
        yield article
