"""Every threshold and limit of Marsad in one place, each with the reason for its value.

Stages import from here; nothing else hard-codes a number that a user may want to tune.
"""

from __future__ import annotations

# --- input limits (issue 7: hostile input must not stall a batch) --------------------------
#: Largest single input file or archive member read into memory, in bytes. News articles are
#: rarely over 200 KB; 64 MB leaves room for multi-record JSON day files (SaudiNewsNet's largest
#: is ~13 MB) while bounding a zip bomb.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: Largest text of one article (characters) that the pipeline annotates; a longer article is not
#: annotated: it gets the error ``too-large`` and its raw text and bytes are kept whole (a truncated
#: annotation would cut blocks and sentences mid-way). 1 M characters ≈ 100× a long article.
MAX_ARTICLE_CHARS = 1_000_000
#: Total uncompressed bytes read from one archive before stopping with a clear error (zip bombs).
MAX_ARCHIVE_BYTES = 8 * 1024 * 1024 * 1024
#: Compression ratio above which a zip member is treated as a bomb (typical text: 3–10×).
MAX_COMPRESSION_RATIO = 200
#: CPU seconds one article may spend in the annotation stages before it is recorded as failed
#: ("timeout"). Typical ANT article: ~15 ms with every stage; a 400,000-character article ~2.4 s.
#: CPU, not wall-clock, time: on a machine at load 6 a wall-clock limit failed ordinary articles.
ARTICLE_TIME_LIMIT_S = 5.0
#: ... plus this many CPU seconds per 100,000 characters of the article's text: a long article needs
#: time in proportion (a 400,000-character article of news prose took 3.1 s warm and 4.5 s with the
#: stages' first-time caches on 2026-12-02, and went over the flat 5 s in a CI run on a slow VM:
#: a legitimate article must not time out; 1,000,000 characters, ``MAX_ARTICLE_CHARS``, get 25 s).
ARTICLE_TIME_PER_100K_CHARS_S = 2.0

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
#: Records handed to the worker processes at a time when ``marsad ingest --workers N`` (N > 1); two
#: windows are in flight, so memory holds at most ~2 × 256 articles (~5 MB for ANT-sized ones).
INGEST_WINDOW = 256

# --- input decoding and reading (marsad.io) ---------------------------------------------------
#: Share of control/NUL bytes above which an input is binary, not text (unless it is UTF-16).
#: Text has ~0 (TAB/CR/LF/FF/VT/ESC are not counted); random bytes have 29/256 ≈ 11 %; 5 % splits them.
MAX_CONTROL_BYTE_RATIO = 0.05
#: Share of the characters of an input decoded through its byte-order mark (UTF-8/16/32) that may be
#: no text — U+FFFD for an undecodable code unit, C0/C1 controls (TAB/LF/VT/FF/CR/ESC excepted),
#: surrogates, private use, U+FFFE/U+FFFF — before it is refused as ``binary`` (a BOM says nothing
#: about what follows: nu27, ``FF FE 00 00`` + 7 bytes was stored as a one-character article).
#: Random bytes after a BOM (200 × 2,000 bytes): UTF-16 10-14 % (private use 9.8 % and surrogates
#: 3.1 % of the code units), UTF-8 52-56 %, UTF-32 ~100 % (past U+10FFFF); news text ~0. 5 % as for bytes.
MAX_NOT_TEXT_CHAR_RATIO = 0.05
#: Share of the non-ASCII bytes that may be invalid UTF-8 for the input to still be read as
#: (damaged) UTF-8 with a warning. Windows-1256 Arabic is ~95 % invalid as UTF-8; damaged UTF-8 ~0 %.
MAX_BAD_UTF8_SHARE = 0.3
#: Share of the non-ASCII bytes forming valid UTF-8 sequences above which an input decoded with a
#: legacy code page is reported as mixed (Windows-1256 text reaches ~5 % by chance: ``ك،`` is DF A1).
MIXED_UTF8_SHARE = 0.1
#: Share of the letters that must be Arabic for a Windows-1256/ISO-8859-6 reading to be chosen
#: without asking charset-normalizer (Arabic news: > 0.8; Latin text misread as cp1256: ~0).
MIN_ARABIC_LETTER_SHARE = 0.5
#: An article whose text has at most two non-blank lines, none longer than this many characters,
#: (or, for TREC/JSON, a title and no content) is recorded with the warning ``title-only``.
TITLE_ONLY_MAX_CHARS = 300
#: How deep archives nested inside archives are opened (a zip of tar.gz files is depth 2).
MAX_ARCHIVE_DEPTH = 3
#: Members smaller than this (bytes, uncompressed) are not checked against
#: MAX_COMPRESSION_RATIO: however compressible, they cannot exhaust memory (1,000 spaces zip 100×).
BOMB_CHECK_MIN_BYTES = 1024 * 1024

# --- search (marsad.search) -------------------------------------------------------------------
#: Distinct words whose analysis the search analyzer caches before it starts over. The ANT corpus
#: (31,525 articles) has ~330k distinct words; an entry is ~370 B (tracemalloc, 75,851 entries after
#: 3,000 ANT files: 27.8 MB), so 400k entries held ~120 MB at the end of that corpus; 150k (≤ ~55 MB)
#: start over about twice there, and re-analysing a word afterwards costs ~4 µs (issue 2's 500 MB
#: peak-RSS budget is shared with the NER caches).
SEARCH_ANALYZER_CACHE_WORDS = 150_000
#: BM25 column weights (title, lead, body) — the title says what an article is about, the lead
#: summarises it (issue 4: "a boost for title and lead"). Surface-key columns get these weights,
#: stem columns the same times SEARCH_STEM_WEIGHT, so an exact match ranks above a stem-only match.
SEARCH_WEIGHT_TITLE = 6.0
#: Lead 4 (2.5 with FTS5): tantivy saturates BM25 per field where FTS5 summed the weighted term
#: counts of all columns first, so one lead match weighed less against many body matches; on the
#: 59 judged queries P@10 is 0.998 for lead 4–5 and stem weight 0.6–0.8, 0.992 at 2.5
#: (docs/benchmarks/search.md; tuned on that set).
SEARCH_WEIGHT_LEAD = 4.0
SEARCH_WEIGHT_BODY = 1.0
SEARCH_STEM_WEIGHT = 0.6
#: Candidates fetched per requested hit before duplicates are collapsed (ANT: 1,487 exact copies,
#: reposts with the same title and lead).
SEARCH_CANDIDATES_PER_HIT = 3
#: Most hits one ``marsad search`` lists (``--limit``, 1 to this): a page of hits, not a dump of
#: the store — each hit costs a snippet and :data:`SEARCH_CANDIDATES_PER_HIT` candidates (3,010 at
#: 1,000, within :data:`SEARCH_MAX_CANDIDATES`). Every article: ``marsad export``; more hits:
#: ``marsad.search.index.run_query`` in Python, which has no such cap (docs/search.md).
SEARCH_MAX_LIMIT = 1_000
#: Deepest nesting of brackets and NOT a query is parsed with; deeper, the brackets and NOT
#: operators are read as spaces, with a note (nu28: 330 nested '(' crashed the recursive parser
#: with RecursionError; no real query nests beyond a handful).
SEARCH_MAX_NESTING = 64
#: The longest one-line error the CLI prints, in characters (``marsad.cli.app.fail``): a longer one
#: quotes a long user input and keeps its first and last halves (the reason is at the end). 400 holds
#: every message of the CLI with a path or a query of ordinary length (nu29 item 13: ``marsad date``
#: with 100,000 letters printed them all).
ERROR_MAX_CHARS = 400
#: Snippet length in characters of display text (about two lines of a result list).
SEARCH_SNIPPET_CHARS = 220
#: Words of the body a listing shows for an article without a title (``(no title) أعلنت وزارة …``;
#: cli29 item 8: such articles were blank rows): about one table line.
LISTING_UNTITLED_WORDS = 8
#: Shortest prefix (in key letters) a ``word*`` query may have; shorter ones are searched as words
#: (a one-letter prefix scans a large part of the term dictionary).
SEARCH_MIN_PREFIX_CHARS = 2
#: A prefix ``word*`` also searches the other spellings (``variants.variants_of``, a foreign
#: name's other letters) of the words of the index that start with it (``نتنياه*`` → ``نتانياهو``;
#: cli29 item 1), for its this many commonest words, and only from this many letters: listing the
#: words costs ~2 µs a word (``ال``, 11,629 words on a 2,808-article store: 26 ms CPU; ``نتنياه``:
#: 1 word), and a 2-letter prefix is mostly the article or a proclitic, not a name.
SEARCH_PREFIX_SPELLING_WORDS = 200
SEARCH_PREFIX_SPELLING_MIN_CHARS = 3
#: Longest query (characters) searched; the rest is cut with a note. Real queries are < 200
#: characters; the cap bounds parsing and snippet-regex work on hostile input.
SEARCH_MAX_QUERY_CHARS = 1_000
#: Letters of a term used in the snippet prefilter regex (longer terms: their first letters; the
#: analyzer still checks every candidate word exactly). Regex compile time grows fast with length.
SEARCH_HIGHLIGHT_TERM_CHARS = 40
#: The search index beside the store (tantivy, ``<db>.search/``; docs/search.md). Writer memory
#: for one ingest batch (500 ANT articles use ~10 MB; tantivy needs ≥ 15 MB per thread) and for a
#: rebuild (fewer, larger segments: ``marsad reindex`` of ANT v2.1 flushes once).
SEARCH_WRITER_HEAP_MB = 64
SEARCH_REBUILD_HEAP_MB = 256
#: Seconds a commit waits for another process's index writer (tantivy allows one) before leaving
#: its rows to the next sync, and the pause between tries. A batch of 500 is indexed in < 1 s.
SEARCH_SYNC_WAIT_S = 120.0
SEARCH_SYNC_RETRY_S = 0.05
#: ``search_doc`` rows read per query while catching up (bounds memory of a rebuild).
SEARCH_CATCHUP_CHUNK = 2_000
#: Most candidates fetched to fill a page when duplicate copies crowd the best ones out.
SEARCH_MAX_CANDIDATES = 20_000
#: In-memory indexes (of ``:memory:`` stores) kept per process; older ones are rebuilt on use.
SEARCH_MEMORY_INDEXES = 16
#: Weight of the other spelling of a transliterated name (``ترامب`` → also ``ترمب``;
#: marsad.search.variants) relative to the spelling typed: low enough that a rarer variant's
#: higher IDF (up to ~2.5× on a 4,318-article store) does not lift it above the exact spelling.
SEARCH_VARIANT_WEIGHT = 0.3
#: Foreign-name letter variants (spell25, :func:`marsad.search.variants.letter_variants`: ``غيتس`` /
#: ``جيتس``, ``أنغيلا`` / ``أنجيلا``, ``مورينهو`` / ``مورينيو``): a spelling is bridged only when it reads
#: as a foreign name, not a native word: written with the article ``ال`` in at most this share of its uses
#: (documents of the store's index for search, the shipped news counts for ``quotes --speaker``).
#: Native words and names take the article (``قاسم`` 0.36, ``جاسم`` 0.38, ``جمال`` 0.13, ``كمال`` 0.086,
#: ``غاز`` 2.0, ``جامعة`` 0.66 in the news counts: ANT v2.1 + SaudiNewsNet), transliterated names do not
#: (``غيتس``, ``جيتس``, ``أنغيلا``, ``أنجيلا``, ``مورينيو``, ``مورينهو``, ``غوغل``, ``جوجل`` 0); the same
#: bound as :data:`NER_GIVEN_NAME_MAX_DEFINITE_SHARE`, from the same measurement.
SEARCH_LETTER_VARIANT_MAX_DEFINITE_SHARE = 0.05
#: Most spellings :func:`marsad.search.variants.letter_variants` generates for one word (6 g-letters at
#: three places: 215 others); a word with more variable places is not bridged (no name of the ANT
#: store's 200 most frequent persons has more than three).
SEARCH_LETTER_VARIANT_MAX = 256
#: ... and one of the two spellings must be a word of entity names (person, organisation, place) in at
#: least this share of the store's articles writing it: a foreign name is tagged as one where it is
#: written (``انجيلا`` ≥ 1.0 of its 41 ANT articles, ``غيتس`` 1.0, ``مورينيو`` ~1), while a native word
#: that meets a foreign name's letters is not (``سوقا`` 0 / ``سوغا`` Suga 1.0 passes: one side suffices;
#: ``قريبا``/``غريبا`` 0 / 0 and ``رقما``/``رغما`` 0 / 0 do not). Measured on the ANT v2.1 store, see
#: docs/search.md ("Foreign-name spellings").
SEARCH_LETTER_VARIANT_MIN_NAME_SHARE = 0.5

# --- quotes ---------------------------------------------------------------------------------
#: Tokens after a cue verb within which its complement (``إن``/``أن``/``:``/a quotation mark) must
#: start. The seed's longest gap is 14 tokens (``وأكد الوزير في مؤتمر صحفي مشترك مع … ، أن``).
QUOTE_COMPLEMENT_WINDOW = 30
#: Fewest words for a quoted span with no cue of its own to count as a quotation: after a comma
#: that continues reported speech (``…، "وفي نهاية المطاف …"``) or opening a paragraph. Names and
#: terms in marks (``"داعش"``, ``"الجيش السوري الحر"``) are 1–4 words; quoted statements are longer.
QUOTE_MIN_WORDS_UNCUED = 5
#: Fewest words for a quotation that ends its sentence right after a cue participle and a short
#: adjunct with no colon (``قائلا خلال زيارة لموسكو "…".``, reported.clause_after_adjunct; step 55c):
#: a quoted name there (``مضيفا في حديث لقناة "الجزيرة".``) is 1–2 words, so 3 as for a request's
#: quoted content (reported.request_content).
QUOTE_AFTER_ADJUNCT_MIN_WORDS = 3
#: Tokens from a verb of blaming or of naming a cause to its key word (``حمّل … مسؤولية``, ``أرجع … إلى``,
#: ``ألقى … باللوم``; quotes.reported.blame_verbs, docs/quotes.md step 50r). The longest in the 43
#: annotated sets is 11 (``حملت الولايات المتحدة، على لسان كبير المستشارين … لاري كادلو، رئيس الوزراء
#: الكندي جاستن ترودو مسؤولية``); 16 leaves room for a longer subject without reaching the next clause.
QUOTE_BLAME_KEY_TOKENS = 16
#: Tokens from ``باللوم``/``باللائمة`` to its ``على`` (``ألقى باللوم في ذلك على``, ``باللوم، في هجوم
#: دوما، على``): ANT v2.1 and SaudiNewsNet write none between them in 157 of 239 cases, and a short
#: adjunct (one to four tokens) in 61 of the rest.
QUOTE_BLAME_ON_TOKENS = 6
#: Most words before the colon of a headline quotation (``لافروف:``, ``وزير الخارجية الروسي:``).
HEADLINE_MAX_SPEAKER_WORDS = 5
#: Fewest words after the colon of a headline quotation (``لندن: رنيم حنوش`` is a byline).
HEADLINE_MIN_CONTENT_WORDS = 3
#: Most words of a verb's complement between a headline's speaker and its colon (``أردوغان يوضح دعوته
#: لتحديث القواعد الفقهية والاجتهادات لتتماشى مع العصر:`` 9; step 51t, the longest of the dev sets' misses
#: ``قيادي … يعلق على الموقف الدولي من تسميم الجاسوس الروسي السابق:`` 8). A longer part is a sentence.
HEADLINE_VERB_COMPLEMENT_MAX_WORDS = 10
#: Least share of a headline statement's words (three letters or more) that a body quotation must hold for
#: its person speaker to replace a place as the headline's speaker (``quotes.stage.headline_place_speakers``,
#: step 55d): the title repeats the words (``قطر ترد على السعودية: هناك دول كبيرة ولكن عقولهم صغيرة``,
#: held-out 50); a headline that sums up (``واشنطن: تقييمنا يشير بثقة …`` against ``إن تقييم السلطات
#: الأميركية يشير …``) shares less.
HEADLINE_PLACE_BODY_SHARE = 0.75
#: Most words of a noun phrase that alone opens a sentence before its cue verb and is read as its
#: subject (subj26, subject–verb order: ``الرياض ترفض``, ``رئيس الوزراء الكندي جاستن ترودو قال`` has
#: five, the longest on 2,432 fresh articles); longer openings are left to the other readings.
QUOTES_FRONTED_SUBJECT_WORDS = 6
#: Most tokens (words and commas) of the subject written after ``يذكر أن``/``يشار إلى أن`` before its
#: verb, an apposition between commas included (subj30: ``مدير المخابرات المركزية السابق، مايك بومبيو،
#: اجتمع`` has seven; ``لجنة التحقيقات الخاصة في ملف التدخلات الروسية في الانتخابات الرئاسية الأمريكية
#: 2016،`` thirteen, the longest of the dev sets' cases); a longer run is left to the other readings.
QUOTES_BACKGROUND_SUBJECT_TOKENS = 14
#: Most tokens between that subject's verb and a circumstantial participle or ``و`` + cue that shares
#: its subject (subj30: ``نعى الفقيد في بيان … ، موضحا``; a longer clause may hold a subject of its own).
QUOTES_BACKGROUND_VERB_TOKENS = 30
#: Most words of the ``في`` phrase that may describe the noun of a sentence-opening ``كان`` before its
#: cue verb (subj31: ``وكان كبير مسؤولي مكافحة الإرهاب في بريطانيا قال`` has two, ``وكانت تقارير في
#: وسائل الإعلام المحلية قد تحدثت`` four, the longest of the dev sets' cases, ``في`` counted); a longer
#: phrase is more often an adverbial of the clause, left to the other readings.
QUOTES_KANA_DESCRIPTION_TOKENS = 5
#: Most words a person mention of the entities stage may run past a name the subject reading cut
#: (subj26: ``كارل`` | ``فان أوستيروم``, ``جان لوي`` | ``بورلو``); a mention running further is more often
#: the tagger's run-on than the name.
QUOTES_NAME_EXTENSION_WORDS = 2
#: Fewest words a statement keeps when a post-posed attribution of the writer is cut from its end
#: (``quotes.stage.trailing_attribution_end``, step 55d): ``إنه بخير، بحسب مصادر`` → ``إنه بخير``.
#: Step 52f kept three, step 54b two; two words before the comma are more often a verb and its subject
#: with the attribution as a parenthesis before the object (``واستهدفت الضربات، وفق ما نقلت وكالة
#: الأنباء، مركز البحوث …``), so three (step 55d); two before ``ما`` + a verb of saying, never a
#: parenthesis of the statement (``مزاعم تزوير، وفق ما أفاد مراسلنا``).
QUOTES_ATTRIBUTION_MIN_WORDS = 3
#: Farthest (characters) before ``الأخير``/``هذا الأخير`` ("the latter") that the person it refers to
#: may be named (subj26): about two sentences of news prose; the referent is the last one named.
QUOTES_LATTER_CHARS = 400
#: Farthest (characters) before a cue that ``سبق لـ X أن`` ("X has … before") is read for the cue's
#: subject (new32, step 53d): ``وسبق للرئيس الروسي، فلاديمير بوتن، أن`` is 41, the longest of the 4
#: cases of 2,420 fresh ANT articles; 90 leaves room for a longer role before the name.
QUOTES_HAD_BEFORE_CHARS = 90
#: Most tokens after ``الذي يعتبر``/``التي تعتبر`` read for the comma that closes the relative clause
#: before any complementizer (new32, step 53d: ``الذي يعتبر أحد وجوه تيار الصحوة في المملكة العربية
#: السعودية،`` has 9); with none within them the verb stays a cue, as before.
QUOTES_CONSIDERED_TOKENS = 14

# --- layout (marsad.layout: segment, dedup) ---------------------------------------------------
#: Most words (spaces + 1) a sub-heading may have. The seed's sub-heading has 14 words; ANT
#: sub-headings ("شبكة الجيل الخامس", "ما قبل الحريق") have 1–12; a longer line without a final
#: stop is a sentence that lost its period (Jawhara FM: "و شارك في هذا الفيلم عدد من …").
MAX_SUBHEADING_WORDS = 16
#: Longest first line (characters) taken as the title of a plain-text article, or as a stand-in
#: title when a container has no title field. ANT titles: median ~60, 99th percentile ~140.
MAX_TITLE_CHARS = 250
#: A plain text's first line with more words than this that ends with a period (one ``.``) is
#: its first paragraph, not a title (new-user report nu22, item 2: a body-only text made its first
#: 200-character paragraph the title). ANT v2.1, every 5th file (4,001 articles, 2026-12-01): 0.02 %
#: of titles end a sentence after more than 15 words, 96 % of first TEXT paragraphs do. Task trail23:
#: 15 → 7. Of all 62,555 titles of ANT v2.1 (31,525) and SaudiNewsNet (31,030), 5 end with a single
#: full stop, 1 of them after more than 7 words; 72 of the 93 one-sentence leads that body-only
#: texts still took as their title (``bench/layout_plain.py``) end with one after 8–15 words.
MAX_SENTENCE_TITLE_WORDS = 7
#: A plain text's first line with more words than this is no title, whatever its end (ANT titles:
#: 99.9th percentile 17 words).
MAX_TITLE_WORDS = 30
#: Most closing lines marked as trailers, scanning back from the end (``// انتهى //`` plus the SPA
#: send time, or a credit plus a disclaimer plus a promotion: 2–3 in the corpora).
MAX_TRAILER_BLOCKS = 5
#: Shortest block (characters of its comparison key) tested for near-duplication; shorter blocks
#: are only compared exactly (two 20-character lines share most 5-grams by chance of wording).
MIN_NEAR_DUPLICATE_CHARS = 40
#: Share of an ABSTRACT's 5-gram shingles that must occur in the start of TEXT for the abstract
#: to count as a repeat of the lead when it is not a plain prefix (BBC rewrites "قرر الرئيس …" as
#: "الرئيس … يقرر"). Measured on 8,000 ANT v2.1 articles: 94 % of ABSTRACTs are plain prefixes;
#: of the rest, BBC standfirsts that restate the lead score 0.45–1.0 and teasers such as
#: "تعرف على الفنانة …" 0–0.48; there is no clean gap, 0.5 keeps the teasers as the lead.
ABSTRACT_CONTAINMENT_THRESHOLD = 0.5
#: Block pairs one article may compare for near-duplication (candidates in each block's length
#: window, at least 1 per block); beyond it only exact repeats are found, with the warning
#: ``near-duplicates-capped``. The longest ANT article (59 blocks) needs ~1,000; a hostile text of
#: 8,000 similar lines would need 32 million (56 s) without the cap, ~50 ms with it.
MAX_NEAR_DUPLICATE_PAIRS = 10_000

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

# --- text (marsad.text: sentences) -------------------------------------------------------------
#: Longest quotation/bracket pair (characters) inside which sentence-final marks are not
#: boundaries. News quotations of several sentences run to ~600 characters; a longer "pair" is
#: usually a stray quote mark paired with a later one, which would merge a whole paragraph.
MAX_QUOTED_SENTENCE_CHARS = 1000
#: Fewest words a sentence must already have for an ellipsis (``..``, ``...``, ``…``) followed by a
#: space to end it. Titles use ``..`` as a colon after 1–3 words (``اليمن.. الحوثيون``); UD PUD's
#: mid-sentence ellipses follow 5–7 words; informal ANT text separates clauses of 8+ words with ``..``.
ELLIPSIS_SPLIT_MIN_WORDS = 8

# --- reliability (marsad.pipeline time limit; issue 7, docs/reliability.md) ----------------------
#: Seconds the once-per-process warm-up (the stages run on a small built-in article so that loading
#: their data — gazetteer, NER model, cue tables: ~1 s idle, several on a busy machine — is not
#: charged to the first real article) may take before it is interrupted like any article.
WARM_UP_TIME_LIMIT_S = 60.0

# --- entities (marsad.entities; issue 5, docs/entities.md) ---------------------------------------
#: Longest run of tokens tagged as one sentence; longer unpunctuated runs are cut. The CRF looks
#: ±2 tokens, so cutting costs nothing measurable, and it bounds the per-sentence work of role and
#: linking rules on hostile input (a 1 MB article without a full stop). ANERcorp sentences average
#: ~30 tokens; news sentences rarely pass 120.
NER_MAX_SENTENCE_TOKENS = 200
#: Persons looked back at (most recent first) to resolve a nominal reference such as ``الوزير``.
NER_NOMINAL_LOOKBACK = 20
#: A clitic-stripped stem must occur at least this often in the news corpora (and more often than
#: the whole token) for leading و/ف/ب/ك/ل to be taken as proclitics and left out of a mention
#: (``وبسوريا`` → ``سوريا``; ``واشنطن``, ``لبنان`` stay whole). 20 ≈ the cluster vocabulary's tail.
NER_MIN_STEM_FREQ = 20
#: Confidence of mentions not scored by the CRF: curated-dictionary matches, document-level
#: propagation (the name was tagged elsewhere in the article), nominal references (``الوزير``).
NER_DICTIONARY_SCORE = 0.9
NER_PROPAGATED_SCORE = 0.8
NER_NOMINAL_SCORE = 0.6
#: Longest role phrase in tokens (``نائب مساعد وزير الخارجية الأمريكي لشؤون الخليج العربي`` is 8).
NER_MAX_ROLE_TOKENS = 9
#: Shortest single-token name (letters) that document-level consistency spreads to untagged
#: occurrences (two-letter tokens such as ``لي`` are mostly function words).
NER_MIN_PROPAGATED_LETTERS = 3
#: SQLite page cache of a store connection, in MiB (SQLite's default is 2 MiB). 16 MiB holds the
#: hot index pages of a store of ~100,000 articles (the content-hash index of the 31,525 ANT
#: articles is ~3 MB, its keys random). Measured on the whole ANT corpus: 64 MiB gave no faster
#: inserts than this needs, and the cache counts in the ingest's resident memory.
STORE_CACHE_MB = 16
#: Word types whose NER features are cached, per generation (two are kept: when the cache is full it
#: becomes the old one, and words found there move back, so the frequent vocabulary survives). An
#: entry holds ~3.7 KB (measured on ANT v2.1: 21,681 types after 300 articles used 77 MB), so the
#: former single bound of 300,000 types reached ~1.1 GB and the full-pipeline ingest of ANT v2.1
#: passed the 500 MB peak-RSS target; 2 × 20,000 types were still 554 MB peak for the whole ANT v2.1
#: ingest once the tantivy index came (13:20 UTC run); 2 × 10,000 types (≤ ~75 MB): see the
#: measurement under NER_STEM_CACHE_WORDS below.
NER_FEATURE_CACHE_WORDS = 10_000
#: Words whose stem candidates (:func:`marsad.entities.features.stem_candidates`) are cached. It is
#: consulted mostly on a feature-cache miss and by the gazetteer and consistency pass; at 200,000 it
#: held 86,501 entries after 4,000 ANT articles and kept growing. Measured together with the NER
#: feature cache at 2 × 10,000: −66 MB of resident memory after 4,000 articles (321 → 255 MB,
#: parse only), no measurable CPU change (56 → 58 s at load 5; 98,650 misses instead of 86,501).
NER_STEM_CACHE_WORDS = 50_000
#: A tanween word whose base is a person name (``محمداً``) is a name form only when its accusative
#: form (base + alef) is rare in the news corpora next to the base: at most this share of the base's
#: count. Names: محمد 0.0009, علي 0.0009, خالد 0.016; the common words that are also Wikidata name
#: tokens: كثير 1.5, يوم 0.15, الف 0.088, أول 0.14 (ANT + SaudiNewsNet counts of the cluster vocabulary).
NER_TANWEEN_NAME_MAX_SHARE = 0.03

# -- io: double-encoded UTF-8 (first-user finding; io work) -----------------------------------------
#: Lead+continuation pairs (``Ø¨``, ``Ã©``) a text needs before it is taken as mojibake: one pair can
#: be real Latin-1 text (``Ø»`` in Danish with a guillemet); two mark one mangled Arabic letter pair.
MOJIBAKE_MIN_PAIRS = 2
#: Share of the Latin-1/Windows-1252 characters those pairs must make up: mangled Arabic is ~100 %
#: pairs, while a Latin-1 text with an odd ``Ã`` is far below half.
MOJIBAKE_MIN_SHARE = 0.5

# -- first-user quality leftovers (io/layout/time work, 2026-11-29 evening) -------------------------
#: Fewest words a clause of a block needs to count as content of its own when the block is compared
#: with the one it seems to repeat (``marsad.layout.dedup.uncovered_clause``): a block with such a
#: clause that is not covered by the other is kept (BBC standfirsts adding a fact to the lead).
#: Shorter clauses (``كالوشا بواليا``, ``لمدة عامين``) are names and phrases set off by commas.
MIN_NEW_CLAUSE_WORDS = 5
#: Containment at or above which an ANT ABSTRACT is a near copy of TEXT's start and removed without
#: the clause test (a copy with small edits, often cut mid-word at ~200 characters across the first
#: paragraph break, so that its last clause is in TEXT's second paragraph, not in the lead).
ABSTRACT_NEAR_COPY_CONTAINMENT = 0.8
#: Highest confidence of a publication time that is only a crawl time (SaudiNewsNet's
#: ``date_extracted``, ``marsad.time.publication`` step 4½): it bounds the publication from above.
CRAWL_TIME_CONFIDENCE = 0.5
#: UTC hour (0–23) from which a publication stamped in UTC already falls on the next calendar day
#: where most Arab newsrooms write: 21:00 UTC is midnight at UTC+3 (Riyadh, Baghdad, Amman, Doha,
#: Kuwait; Cairo and Damascus in summer) and 01:00 at UTC+4 (Dubai, Muscat). A bare weekday of the
#: day after such a stamp's UTC day, governed by a past verb, is that local day, not six days back
#: (``marsad.time.expressions._bare_weekday_ahead``; time25, ANT v2.1 stamps 21,499 of 31,525 in
#: GMT: ``صدر أمر ملكي سعودي، السبت`` stamped Friday 22:14 UTC).
PUBLICATION_NEXT_DAY_UTC_HOUR = 21

# -- ingest speed, round 2 (store/io/search-writer work, 2026-11-29 evening) -------------------------
#: Documents an ingest gathers (committed store rows, display text dropped) before it writes and
#: commits them to the search index (the store still commits every INGEST_BATCH). Each index
#: commit writes a segment and feeds tantivy's merges. Whole ANT v2.1 `--core`, tantivy CPU per
#: article / peak RSS: every 500 (before) 0.47 ms / 152 MB; 3,000: 0.28 ms / 160 MB; 8,000:
#: 0.25 ms / 232 MB (the rows waiting, ~5 KB each, and tantivy's fuller writer heap): 3,000 keeps
#: the every-stage ingest under its 500 MB (docs/benchmarks/ingest.md). A crash loses only rows
#: not yet indexed; they are committed in the store and the next sync (ingest or search) adds them.
SEARCH_INDEX_COMMIT_DOCS = 3_000

# -- entities across articles, second-user findings (issue 5, 2026-11-29 evening) ------------------
#: A surname-only person entry (``PER:ترمب``) is listed under a full-name entry only when that one
#: entity holds at least this share of the mentions of all full-name entries ending in the surname
#: (variants included): unambiguous in the store. 0.9 as in issue 5's brief; on the 3,616-article
#: fresh-user sample ``دونالد ترمب`` holds 99% of the Trump full-name mentions.
NER_SURNAME_MERGE_SHARE = 0.9
#: ... and at least this many full-name mentions (a surname seen with one full name once is no evidence).
NER_SURNAME_MERGE_MIN_MENTIONS = 5
#: In a store of few articles the floor above is one mention per this many articles (at least one),
#: when the full name is the only one of the store ending in the surname (no other person, no name
#: starting with the word) and has at least the surname entry's mentions: a store of 3 articles
#: (nu27) holds ``نتنياهو`` ×2 and ``بنيامين نتانياهو`` ×2 and no more evidence. 100: on 2,500 fresh
#: ANT v2.1 articles a floor of 1 listed 39 more surnames, ~10 of them wrong (``أول`` → ``باك أول``).
NER_SURNAME_MERGE_ARTICLES_PER_MENTION = 100
#: Two spellings of one East Asian syllable (a word ending in ``نغ``/``نج``) that differ in more than
#: its /g/ letter name two people as often as one (Korean 정 Jong and 용 Yong: ``كيم جونغ نام``, the
#: half-brother, and ``كيم يونغ نام``, the official; ``كيم جونغ تشول`` / ``كيم يونغ تشول``); such a
#: full name goes under the other spelling (:func:`marsad.entities.registry._sound_merges`), or a
#: cut two-word form under its three-word name (``كيم جونغ`` → ``كيم جونغ أون``), only when that
#: one has at least this many times its mentions: on ANT v2.1 (registry of 31,525 articles)
#: ``كيم جونغ اون`` has 11.6× the mentions of ``كيم يونغ اون`` and 2.5× ``كيم جونغ``'s 647 (the cut
#: form of one name is frequent too: hence 2 for the prefix, 10 for the spelling), while the pairs of
#: two people have 3.5× (``كيم يونغ نام`` 7 / 2) and 3.4× (``كيم يونغ تشول`` 24 / 7).
NER_EAST_ASIAN_SPELLING_DOMINANCE = 10
NER_EAST_ASIAN_PREFIX_DOMINANCE = 2
#: A person row of the registry whose name the store holds as a place or an organisation in at least
#: this many times its articles is left out of the person listing (the tagger typed a place or club as
#: a person in a few articles: ``بيونغ يانغ`` PER 2 articles / LOC 24, ``ميلان`` PER 3 / ORG 9 on
#: 2,500 ANT v2.1 articles; ent27). 3: no person name of the top 600 rows of whole ANT v2.1 is that
#: much more often a place (see docs/entities.md).
NER_OTHER_TYPE_DOMINANCE = 3

# -- entity linking, third round (issue 5, 2026-11-29 night) -----------------------------------------
#: A given name standing alone (``روسمة`` after ``روسمة منصور``) becomes a mention of the person only
#: when its definite form (``ال`` + the word) has at most this share of its count in the news
#: corpora: given names that are common words take the article (``عادل``/``العادل`` 0.069, ``حسن``
#: 0.091, ``سعيد`` 0.27, ``أمل`` 0.89), names do not (``دونالد``, ``ماركوس``, ``تيريزا`` 0; ``ماجد``
#: 0.037, ``منصور`` 0.043). Counts: the shipped word-cluster frequencies (ANT v2.1 + SaudiNewsNet).
NER_GIVEN_NAME_MAX_DEFINITE_SHARE = 0.05
#: A one-word person mention written with a preposition clitic (``بإجمالي``) is a common noun when its
#: stem takes the article in at least this share of its news uses (``إجمالي`` 945/2,429 = 0.39,
#: ``مكرر`` 13/113 = 0.12, ``دعم`` 0.52); names do not (``هنيدي`` 115 and ``كافاني`` 243, 0 with the
#: article; ``مجرد`` of the singer ``سعد لمجرد``, 21/1,543, stays). Twice :data:`NER_GIVEN_NAME_MAX_DEFINITE_SHARE`: that bound says "a name", this one "no
#: name". Counts: the shipped word-cluster frequencies (ANT v2.1 + SaudiNewsNet); fix34 (nu33 item 2).
NER_CLITIC_NOUN_MIN_DEFINITE_SHARE = 0.1
#: A last word of a person mention is cut as a feminine perfect verb (``سارة سجلت`` → ``سارة``) only when
#: it occurs at least this often in the news counts: verbs of news prose do (``سجلت`` 1,441, ``ساهمت``
#: 464, ``صنعت`` 161), a surname of that shape does not (``فهد عافت``: ``عافت`` 21). Five times
#: NER_MIN_STEM_FREQ; fix34 (nu33 item 2), counts: the shipped word-cluster frequencies.
NER_FEMININE_VERB_MIN_FREQ = 100

#: A definite word run on after a person's name (``ترامب العسكري``, ``رونالدو القياسي``; ent30) is
#: cut off when it is a common word: at least this many uses in the news counts (the shipped
#: word-cluster frequencies) and no person-name token. Family names with the article are rarer or
#: listed (``العسكري`` 3,218, ``القياسي`` 656, ``الدكتاتور`` 51 — the rule asks for 100 so that a
#: rare family name stays — ``الجائزة`` 721; family names such as ``المطلك`` fall under it), and the
#: cut is made only where the article writes the name without the word (see
#: :func:`marsad.entities.stage.cut_name_tails`).
NER_NAME_TAIL_DEFINITE_MIN_FREQ = 100

# -- input robustness, third new-user report (2026-11-29 night) ----------------------------------------
#: An HTML page without ``<article>``/``<main>`` is read from the element holding the most text outside
#: ``<p>``/list/heading blocks (a story laid out with ``<br><br>``) when that text is at least this many
#: characters; below it, the ``<p>`` paragraphs of the body (a two-word ``<div>`` is no story): about one
#: Arabic news sentence (the fixtures of tests/test_robustness3_html.py: 90–140 characters).
HTML_MIN_LOOSE_STORY_CHARS = 80
#: A JSON date given as a Unix epoch number (``1521099000``, or milliseconds ``1521099000000``) is read
#: only inside this range of seconds (1990-01-01 … 2100-01-01 UTC): other integers are ids or years.
EPOCH_MIN_SECONDS = 631_152_000
EPOCH_MAX_SECONDS = 4_102_444_800

# -- mention boundaries, third new-user report #8 (2026-11-29 night) ---------------------------------
#: A mention's first token that is a frequent word (≥ NER_MIN_STEM_FREQ) is kept whole — not read as
#: proclitics + a known name — when it is at least as frequent as that stem (``بكين`` 1,296 vs ``كين``
#: 434; ``بريد`` "mail" 206 vs ``ريد`` 166); a token starting with the conjunction و/ف must be this many
#: times as frequent, because و attaches to every word and lists inflate such counts (``ودوقة`` 45 vs
#: ``دوقة`` 40 in ``دوق ودوقة كامبريدج``; ``وزيري`` the surname 100s vs ``زيري``). Counts: the shipped
#: word-cluster frequencies (ANT v2.1 + SaudiNewsNet).
NER_CONJ_WHOLE_WORD_RATIO = 2.0

# -- paragraphs and sentences, third new-user report #15, #17 (2026-11-29 night) -----------------------
#: A run of at least this many white-space characters (spaces, no-break spaces, tabs) inside a line
#: ends a paragraph: ALA 108 separates its 10 paragraphs with 16 (spaces + U+00A0) and no newline.
#: Measured in the <TEXT> of all 31,525 ANT v2.1 files: runs of 2 (3,482) and 3 (190) are sloppy spacing
#: inside sentences; 4–9 occur in bullet lists (``•\xa0\xa0 \xa0``) and ranking tables (``هاليب`` + 7
#: spaces + ``7965 نقطة``), which a cut would tear apart; every run of 10 or more (156 runs, 35 files;
#: 16 is the common one, 138 runs) follows a sentence end or a fact-box heading, i.e. a paragraph end.
PARAGRAPH_SPACE_RUN = 10
#: A sentence longer than this many characters is cut at the last ``؛``/``;``, else ``،``/``,``, else
#: white space in its second half before the limit (a 189,415-character paragraph without punctuation
#: was one sentence). The longest sentences found: 1,143 characters in 3,000 ANT articles, 2,391 in 1,500
#: SaudiNewsNet records (5 over 2,000): 3,000 leaves every real sentence whole.
SENTENCE_MAX_CHARS = 3000

# -- per-article time limit: the repeating timer (CI hang of 2026-11-29; docs/reliability.md) -----------
#: After ``ARTICLE_TIME_LIMIT_S`` the ``ITIMER_PROF`` timer fires again every this many seconds of
#: process CPU until the stage is interrupted. Linux (since 6.4) delivers a CPU-timer signal to the
#: thread that was running when it expired — during an ingest often one of tantivy's indexing
#: threads — and CPython 3.11 then does not wake the main thread, so one signal can be lost (59 of
#: 100 one-shot trials with a busy second thread; 0 of 100 repeating every 0.02 s, handled within
#: 0.22 s wall). 0.05 s: a few repeats even on a 2-core machine, negligible work when none is lost.
ARTICLE_TIMER_REPEAT_S = 0.05

# -- ingest speed, back half (store/search-writer work, 2026-11-30 night) ----------------------------
#: SEARCH_INDEX_COMMIT_DOCS for an ingest without the entities stage (``marsad ingest --core``):
#: fewer index commits, so fewer segments for tantivy to write and merge again (whole ANT v2.1
#: `--core`, measured 2026-11-29 evening: tantivy 0.28 -> 0.25 ms per article, peak RSS 160 -> 232
#: MB; re-measured in docs/benchmarks/ingest.md). The every-stage ingest keeps 3,000: its entities
#: caches leave no room for the rows waiting under its 500 MB target.
SEARCH_INDEX_COMMIT_DOCS_CORE = 8_000

# -- ingest: commit by time too (fifth new-user report, finding 10) --------------------------------
#: A batch is also committed once it has been open this many seconds (wall clock), whatever its
#: size: with every stage an ingest stores 10-17 articles/s on a busy 2-core machine, so a batch of
#: ``INGEST_BATCH`` = 500 took 30-50 s — a Ctrl-C at 24 s kept nothing and searches meanwhile saw
#: nothing. At 5 s a killed ingest loses at most ~5 s of work; ``--core`` (1,000 articles/s) still
#: commits by size, every 0.5 s.
INGEST_COMMIT_INTERVAL_S = 5.0

# -- several writers on one store (rel27, 2026-12-01) ------------------------------------------------
#: How long (seconds, wall clock) a write transaction waits in all for SQLite's write lock before
#: the command gives up with "the store is locked …; rerun to resume" (``store.db.StoreLocked``).
#: Each attempt at ``BEGIN IMMEDIATE`` waits SQLite's busy timeout (``STORE_BUSY_TIMEOUT_S``),
#: then the attempt is repeated after a random pause of up to ``STORE_LOCK_RETRY_PAUSE_S``. An
#: ingest holds the lock only while it writes a batch it has already annotated (a 500-article
#: every-stage batch: ~1 s here), ``marsad stories`` while it writes a chunk's rows: a writer
#: waiting minutes means a transaction left open (a ``sqlite3`` shell, a stopped process), not a
#: busy store. nu27: two ingests with ``stories``/``reindex``/``export`` failed after one 30 s wait.
STORE_LOCK_WAIT_S = 300.0
#: SQLite's busy timeout (seconds) of a writable ``Store``: how long one statement waits for a lock
#: another connection holds before it fails with "database is locked" (one attempt above).
STORE_BUSY_TIMEOUT_S = 30.0
#: Longest random pause (seconds) between two attempts at the write lock: random, so two writers
#: that both gave up do not retry in step.
STORE_LOCK_RETRY_PAUSE_S = 1.0

# -- ingest speed, front half (layout, time; 2026-11-30 early morning) -------------------------------
#: Credit strings parsed by ``marsad.layout.dateline.parse_credit`` kept by their text (and the
#: character on each side), then the cache starts over. A corpus repeats them: 459 distinct among
#: the first 2,000 ANT AUTHOR fields; an entry is ~1 KB, so at most ~4 MB.
CREDIT_CACHE_ENTRIES = 4096

# -- same story (near-duplicate articles, marsad.stories; 2026-11-30) ------------------------------
#: Words per shingle of the kept prose (search key). 5 (MMDS §3.2.2: k=5 for short documents such
#: as e-mails and news) against 3 and 4 on SaudiNewsNet 2015-07-23: at the same threshold k=3 adds
#: 43 pairs (k=4: 20), all at k=5 Jaccard 0.45-0.6, the range where ANT v2.1 pairs stop being
#: reliably one story (shared teaser paragraphs, updates); docs/benchmarks/stories.md.
STORY_SHINGLE_WORDS = 5
#: MinHash signature size: 128 32-bit values (512 bytes per article; standard error of a Jaccard
#: estimate ~ 1/sqrt(128) ≈ 0.09, enough for candidate generation, the link itself is verified).
STORY_NUM_PERM = 128
#: LSH banding, 42 bands of 3 rows (126 of the 128 values): a pair becomes a candidate with
#: probability 1 - (1 - J^3)^42: 0.996 at J = 0.5, 0.93 at 0.4, 0.04 at 0.1 (MMDS §3.4.2), so the
#: verification threshold below loses < 0.5 % of pairs to LSH while unrelated articles that share a
#: dateline or boilerplate (J < 0.1) are rarely verified.
STORY_LSH_BANDS = 42
STORY_LSH_ROWS = 3
#: Exact Jaccard index of two articles' shingle sets at or above which they tell the same story,
#: for two articles of one site or with a site unknown (two sites: STORY_CROSS_SITE_THRESHOLD).
#: Read from pairs around it (docs/benchmarks/stories.md): on ANT v2.1, same-site pairs at
#: 0.55-0.6 are mostly updates that repeat the site's earlier paragraphs (10 of 14 read; 1 another
#: event 81 days later), at 0.35-0.55 also other events of the same kind. The CNN "related
#: articles" teasers that once lifted unrelated pages to 0.51 are Blocks of kind ``related`` now,
#: outside the shingled prose (that pair scores 0.0). At >= 0.6, of 77 ANT pairs read (2026-11-30)
#: none is unrelated and 14 are updates of a developing story.
STORY_JACCARD_THRESHOLD = 0.6
#: The threshold for a pair of articles from two different known sites (the hosts of their URLs,
#: ``marsad.stories.detect.site_of``); ``STORY_JACCARD_THRESHOLD`` stays for a pair from one site
#: or with a site unknown. Read by exact-Jaccard band (2026-12-01, docs/benchmarks/stories.md):
#: ANT v2.1 cross-site pairs at 0.4-0.6, 70 read: 69 one event, 1 an update, none unrelated
#: (at 0.35-0.4, 15 of 16; the other two months' inflation figures, 0.399); same-site pairs at
#: 0.35-0.6, 67 read: 8 one event, 48 updates of a developing story, 11 other events (a site
#: repeats its own background paragraphs). SaudiNewsNet 2015-07-23 and 2015-08-10 (194 of 195
#: sampled pairs from two papers) at 0.35-0.6: each of the 155 pairs read is one story. LSH finds
#: a pair at J = 0.4 with probability 0.94 (0.98 at 0.45); on the three stores it found 1,349 of
#: the 1,352 pairs the rule links.
STORY_CROSS_SITE_THRESHOLD = 0.4
#: Fewest distinct shingles for an article to be linked by its prose (10 shingles = 14 words at
#: k = 5): a shorter kept prose ("شاهد الفيديو", a caption) is one or a few shingles, and two
#: unrelated video pages with the same caption line could otherwise score 1.0. A two-sentence wire
#: brief (~30 words, 26 shingles) is still linked. Exact copies are linked by ingest's body hash.
STORY_MIN_SHINGLES = 10
#: A same-story link that is the only one joining two parts of a group (a *bridge* of the link
#: graph: no triangle, no second path) is dropped when each part has at least this many articles:
#: two dense stories joined by one article pair are two stories. nu31 (2026-12-02): a SaudiNewsNet
#: bulletin that carried two items linked the 8 articles on the Qatari defence minister's visit to the
#: 8 on the Economic Council meeting by one pair (Jaccard 0.49); a chain of updates (A–B, B–C) keeps
#: its one- and two-article ends.
STORY_BRIDGE_MIN_SIDE = 3
#: Articles per committed transaction of ``marsad stories``: a killed run loses at most these.
STORY_BATCH = 2000
#: Shingle sets of earlier articles kept in memory for verification (then the older half is
#: dropped and recomputed from the stored text when needed): ~300 uint64 each, ~2.4 KB, so ≤ ~100 MB.
STORY_SHINGLE_CACHE = 40_000

# --- time: local clock times at a daylight-saving change (seventh new-user report, finding 10) ---
#: Confidence of a local time that happened twice (clocks went back: 01:30 on the night of the
#: change in Asia/Jerusalem), read as the first occurrence (PEP 495 ``fold=0``): one of two instants.
DST_FOLD_CONFIDENCE = 0.7
#: Confidence of a local time that never appeared on a clock (clocks went forward: 02:30 on
#: 2024-03-29 in Asia/Jerusalem): the string is wrong or written in the old offset; read with the
#: offset before the change (PEP 495: ``fold=0``).
DST_GAP_CONFIDENCE = 0.5

# --- quotes: the learned speaker ranker (docs/models/quotes-speaker-ranker.md) ---
#: Re-rank each quotation's speaker with the shipped linear model (marsad.quotes.ranker) after the
#: rules. Off: leave-one-set-out over the eleven annotated sets, the ranker gained 4 speakers of 921
#: (0.904 -> 0.909) with hyper-parameters picked on those folds, +1 with nested selection, improving 3
#: of 11 sets (the bar: better in total and on most sets); on 400 fresh unannotated articles 31 of
#: its 42 changes were wrong (mostly an honest empty speaker filled with a wrong name). Still off after
#: the retraining on twenty-five sets (2026-11-30, third session): leave-one-set-out 1,696 -> 1,713 of
#: 2,079, and on 1,317 blind quotations (held-out 19-22, 29-38) +14 speakers, but of the 23 empty speakers
#: it filled there 11 got a wrong name (docs/models/quotes-speaker-ranker.md). gate14 (2026-11-30, fourth
#: session) added a learned fill gate: leave-one-set-out 1,696 -> 1,710 of 2,079, no set below the rules,
#: fills 10 right / 1 wrong (ungated 12 / 11), the bar for turning it on; but on 1,500 fresh ANT articles
#: it still fills 65 empty speakers (ungated 146), and of 20 of them read in context 13 are wrong, 6 right.
#: Retrained on thirty-one sets at the end of that session: 2,101 -> 2,124 of 2,554, fills 19 right / 5
#: wrong, the dev set one below the rules; on the blind held-out 39-44 and 51-56 +12 speakers of 946. Still off.
#: Fifth session (rank15, step 39): no fill gate kept the wrong fills of 218 labelled fresh quotations at a
#: quarter, so the model writes no fills; replacements only, retrained on thirty-seven sets: 2,509 -> 2,512
#: of 3,050 (+3), for ~+10 % of the quotes stage. Still off.
QUOTES_SPEAKER_RANKER = False

# --- time: eighth new-user report (findings 4, 8, 9) ----------------------------------------------
#: Confidence of a year of ``HIJRI_YEAR_MIN``..``HIJRI_YEAR_MAX`` read as Hijri without a calendar
#: mark (``1445-10-11``, ``1445/10/11``): a Saudi CMS or Umm al-Qura API writes such dates, but the
#: reading is inferred from the year alone.
HIJRI_INFERRED_CONFIDENCE = 0.8
#: Confidence of a time written with a zone place that names two zones (``بتوقيت عمان``: Amman or
#: Oman; ``بتوقيت طرابلس``: Libya or Lebanon) and no context to choose: kept naive, with a warning.
AMBIGUOUS_ZONE_PLACE_CONFIDENCE = 0.6
#: Confidence of such a zone chosen from the article's context (only one of the two countries is
#: named in the text or its source fields): likely, not written.
ZONE_FROM_CONTEXT_CONFIDENCE = 0.85
#: Confidence of a zone assumed from the dateline place on the publication time's own line, for a
#: source without a zone convention (``القاهرة، 12 مارس 2019 10:30`` → Africa/Cairo): a wire's local
#: time at the place it was filed is the usual reading, not a written one (ninth new-user report, item 5).
DATELINE_ZONE_CONFIDENCE = 0.8
#: How far after the ingest time (the clock of the machine that ingests, UTC) a publication time may
#: lie before it is a ``future-date`` warning: clock skew and a naive local time read as UTC (zones
#: reach UTC+14) stay within a day.
FUTURE_DATE_TOLERANCE_HOURS = 24
#: Confidence of a publication time in the future (value kept: a bad CMS field, a day/month swap or a
#: wrong year; listings sort it by the value as stored, see docs/time.md).
FUTURE_DATE_CONFIDENCE = 0.3
#: A publication year below this is implausible for a news article (``0024-04-20``): warned, with
#: confidence ``FUTURE_DATE_CONFIDENCE`` (the value kept).
PUBLICATION_YEAR_MIN = 1800
#: Characters from the start of the article searched for the country that decides an ambiguous zone
#: place (``بتوقيت عمان``): the title, dateline and lead name it when anything does.
ZONE_CONTEXT_CHARS = 3000

# --- site boilerplate (layout.boilerplate; eighth new-user report, findings 1 and 2) ---------------
#: A block longer than this (characters) is never whole-line boilerplate (share bars, contact
#: lines, disclaimers are short; the longest derived table line, a CNN disclaimer, has 136), except
#: an "about the agency" paragraph (``عن الوكالة: …``), which is known by its opening.
BOILERPLATE_MAX_LINE_CHARS = 300
#: Mark CNN Arabic's related-news widget (the five teasers closing an article) as blocks of kind
#: ``related`` (``layout.boilerplate.related_teasers``, new-user reports nu16 H2 and nu22 item 1):
#: kept, but not the article's prose (entities, time, search, stories skip them); the quotes stage
#: reads each teaser on its own (``quotes.stage.teaser_quotes``), so the 13 gold quotations inside
#: teasers are still found, with speakers from the teaser alone. See docs/layout.md.
LAYOUT_RELATED_TEASERS = True
#: Links to other stories inside the body (BBC/France24 ``Label: teaser title`` lines, new-user
#: report nu28: 32 of 326 headline quotes of a 2,300-article ANT v2.1 store lay outside the title,
#: mostly such lines): a body line of at most this many characters (and at least
#: ``QUOTES_LINK_LINE_MIN_WORDS`` words, so a crosshead of one to three words is not one) with no
#: final stop, between paragraphs that end with one (``quotes.stage.link_blocks``). The longest link
#: line read on fresh BBC articles has ~90 characters; a paragraph's opening sentence is longer.
QUOTES_LINK_LINE_MAX_CHARS = 100
QUOTES_LINK_LINE_MIN_WORDS = 4
#: Step 53a (coref32): an unnamed official's statement (``قال مسؤول كبير في الاتحاد الأوروبي إن تركيا
#: تبتعد …``) and the next quotation, whose attribution names a person with the same title, definite
#: (``وأوضح يوهانس هان، مفوض الاتحاد الأوروبي المسؤول …``), are one statement when they share at least
#: this many content words (folded words of four letters or more: ``تركيا الاتحاد الأوروبي``; ``تعزيزات
#: المشتركة``). Gold of the 46 dev sets: the two leads linked share 3 and 2; held-out 8's ``أعلن مسؤول
#: فلسطيني`` followed by new facts from ``غسان دغلس المسؤول في السلطة`` shares none and its gold keeps
#: the description ("the article does not say so").
QUOTES_UNNAMED_RESTATED_WORDS = 2
#: Same story: a linked pair must have at least this many common 5-word shingles outside the last
#: prose block of each article (a shared footer closes the text; two unrelated stories share no
#: 5-word run elsewhere). The report's briefs with one 75-word agency footer: 0. Linked pairs before
#: this rule: SaudiNewsNet 2015-07-23, 174 pairs, fewest 15; ANT v2.1, 439 pairs, fewest 2 (Sky
#: News stories of two blocks, the second the whole body). A share of the common shingles instead
#: (0.1) unlinked 12 true ANT pairs (docs/stories.md).
STORY_MIN_BODY_SHINGLES = 2

# --- NER training and model choice (eighth new-user report, finding 3) -----------------------------
#: Environment variable naming a model folder written by ``marsad train ner`` (``--out``, default
#: ``./models/ner``) that the entities stage and ``eval ner`` use instead of the shipped model: a
#: trained model is used only when named (training once replaced the shipped model in place).
NER_MODEL_ENV = "MARSAD_NER_MODEL"
#: Fewest tokens a NER training file must have (``marsad train ner`` refuses smaller ones). ANERcorp
#: train has 125,087 tokens and ~4,900 entities; 10,000 tokens (8 %, ~400 entities) is well below
#: any useful model (a 5-token file made `الجهود` a person), yet lets a smaller corpus of one's own
#: through.
NER_TRAIN_MIN_TOKENS = 10_000

# -- entities: name boundaries, 2026-11-30 (ENT12) ----------------------------------------------------
#: A stem shaped like the inside of a transliterated foreign name (``يارا`` of ``بيارا``, ``وثار`` of
#: ``لوثار``: a long-vowel letter or a consonant cluster right after ب/ك/ل/ف) below this news-corpus
#: count is no evidence of a proclitic on its own; the article must write the stem alone. Read on
#: ANT v2.1 splits: wrong ones reach 100 (``يوري`` of ``ليوري ساني``), Arabic given names of that shape
#: that are no gazetteer entry start above (``ياسمين`` 65 and ``وائل`` 224 are rarely written after
#: ب/ل: 0 and 1 times in ANT v2.1 + SaudiNewsNet). Counts: the shipped word-cluster frequencies.
NER_TRANSLIT_STEM_MAX_FREQ = 150
#: ... unless that stem is frequent; then the whole word must be a frequent word too (≥ NER_MIN_STEM_FREQ)
#: and have at least this share of the stem's count: ``ليروي`` (Leroy) 65 of ``يروي`` 190, ``بليغ`` (Baligh)
#: 23 of ``ليغ`` 215; a proclitic + a common word is a far smaller share (``لاية`` 46 of ``اية`` 2,409).
NER_TRANSLIT_WHOLE_MIN_SHARE = 0.1
