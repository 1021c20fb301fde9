"""Every threshold and limit of Marsad in one place, each with the reason for its value.

Stages import from here; nothing else hard-codes a number that a user may want to tune.
"""

from __future__ import annotations

# --- input limits (issue 7: hostile input must not stall a batch) --------------------------
#: Largest single input file or archive member read into memory, in bytes. News articles are
#: rarely over 200 KB; 64 MB leaves room for multi-record JSON day files (SaudiNewsNet's largest
#: is ~13 MB) while bounding a zip bomb.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: Largest text of one article (characters) that the full pipeline annotates; longer articles are
#: truncated for annotation only (raw text kept whole) with a warning. 1 MB ≈ 100× a long article.
MAX_ARTICLE_CHARS = 1_000_000
#: Total uncompressed bytes read from one archive before stopping with a clear error (zip bombs).
MAX_ARCHIVE_BYTES = 8 * 1024 * 1024 * 1024
#: Compression ratio above which a zip member is treated as a bomb (typical text: 3–10×).
MAX_COMPRESSION_RATIO = 200
#: Wall-clock seconds one article may spend in the annotation stages before it is recorded as
#: failed ("timeout"). Typical article: < 2 ms.
ARTICLE_TIME_LIMIT_S = 5.0

# --- layout ---------------------------------------------------------------------------------
#: Character-shingle size for near-duplicate blocks. 5-grams over the search key are robust to
#: one-word edits in a 30-word paragraph (the seed's 'لكنه ربط' → 'رابطاُ').
SHINGLE_SIZE = 5
#: Jaccard similarity of shingle sets at or above which a later block is a near-duplicate of an
#: earlier one. The seed's repeated lead scores ~0.8; distinct paragraphs of one article < 0.3.
NEAR_DUPLICATE_THRESHOLD = 0.6
#: Longest line (characters) that may be a sub-heading (short line without final punctuation).
MAX_SUBHEADING_CHARS = 160

# --- store ----------------------------------------------------------------------------------
#: Articles per committed transaction: a killed ingest loses at most this many.
INGEST_BATCH = 500

# --- quotes ---------------------------------------------------------------------------------
#: Tokens after a cue verb within which its complement (``إن``/``أن``/``:``/a quotation mark) must
#: start. The seed's longest gap is 14 tokens (``وأكد الوزير في مؤتمر صحفي مشترك مع … ، أن``).
QUOTE_COMPLEMENT_WINDOW = 30
#: Fewest words for a quoted span with no cue of its own to count as a quotation: after a comma
#: that continues reported speech (``…، "وفي نهاية المطاف …"``) or opening a paragraph. Names and
#: terms in marks (``"داعش"``, ``"الجيش السوري الحر"``) are 1–4 words; quoted statements are longer.
QUOTE_MIN_WORDS_UNCUED = 5
#: Most words before the colon of a headline quotation (``لافروف:``, ``وزير الخارجية الروسي:``).
HEADLINE_MAX_SPEAKER_WORDS = 5
#: Fewest words after the colon of a headline quotation (``لندن: رنيم حنوش`` is a byline).
HEADLINE_MIN_CONTENT_WORDS = 3

# --- layout (marsad.layout: segment, dedup) ---------------------------------------------------
#: Most words (spaces + 1) a sub-heading may have. The seed's sub-heading has 14 words; ANT
#: sub-headings ("شبكة الجيل الخامس", "ما قبل الحريق") have 1–12; a 20-word line is a sentence.
MAX_SUBHEADING_WORDS = 20
#: Longest first line (characters) taken as the title of a plain-text article, or as a stand-in
#: title when a container has no title field. ANT titles: median ~60, 99th percentile ~140.
MAX_TITLE_CHARS = 250
#: Most closing lines marked as trailers, scanning back from the end (``// انتهى //`` plus the SPA
#: send time, or a credit plus a disclaimer plus a promotion: 2–3 in the corpora).
MAX_TRAILER_BLOCKS = 5
#: Shortest block (characters of its comparison key) tested for near-duplication; shorter blocks
#: are only compared exactly (two 20-character lines share most 5-grams by chance of wording).
MIN_NEAR_DUPLICATE_CHARS = 40
#: Share of an ABSTRACT's 5-gram shingles that must occur in the start of TEXT for the abstract
#: to count as a repeat of the lead when it is not a plain prefix (BBC rewrites "قرر الرئيس …" as
#: "الرئيس … يقرر"). Measured on ANT v2.1: rewrites of the lead score 0.55–0.9, independent
#: summaries < 0.35.
ABSTRACT_CONTAINMENT_THRESHOLD = 0.5

# --- time (marsad.time) ---------------------------------------------------------------------
#: Longest string parse_datetime looks at (characters). Header lines and TIME fields are < 80;
#: a longer string is prose, not a date string, and is rejected without matching.
DATE_MAX_STRING_CHARS = 200
#: Words besides the date parts a date string may hold (a dateline place such as 'إسلام آباد',
#: an agency tag 'واس', a label such as 'آخر تحديث'); more means a sentence that contains a date.
DATE_MAX_EXTRA_WORDS = 4
#: A 4-digit year in this range without a calendar mark is read as Hijri (AH 1300–1500 =
#: 1882–2077 CE; Gregorian news years are ≥ 1900 outside history pieces, which use 'م' or names).
HIJRI_YEAR_MIN = 1300
HIJRI_YEAR_MAX = 1500
#: Days a printed Hijri date may differ from the Umm al-Qura conversion of its paired Gregorian
#: date and still 'agree' (sighting-based and tabular Hijri calendars differ by one day); beyond
#: it the pair is reported as disagreeing. The Gregorian date is always the one kept.
HIJRI_TOLERANCE_DAYS = 1
#: Confidence of an all-numeric date whose day/month order is ambiguous (both fields ≤ 12) and
#: read day-first with no source convention to say so.
AMBIGUOUS_DAY_MONTH_CONFIDENCE = 0.6
#: Characters from the start of the text searched for a header-like date line when the layout
#: stage made no 'header' block; lines searched.
HEADER_SCAN_CHARS = 600
HEADER_SCAN_LINES = 6
