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
