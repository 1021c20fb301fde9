"""Evaluate quotation extraction against gold files in the format of ``../shared/gold``.

A folder holds raw articles, each beside ``<same name>.gold.json`` (``x.txt`` → ``x.gold.json``). A gold
file's ``quotes`` list gives, per quotation, ``kind`` (direct/indirect/headline), ``speaker``, ``cue``,
``starts_with`` and ``ends_with`` (a short prefix and suffix of the content) and, in Marsad's own
development set, ``start``/``end`` character offsets into ``Article.text``. Gold spans are located by
their offsets when these still frame ``starts_with``…``ends_with``, otherwise by searching the two
strings (so a gold file survives a change of the reader's text layout).

Scoring (issue 6): a predicted quotation *matches* a gold one when the kinds are equal and the spans
overlap (one-to-one, greedy by overlap); a statement repeated word for word elsewhere in the article
(ANT's ABSTRACT repeats the lead) matches when its text contains the gold prefix or suffix.
Precision = matched predictions / predictions; recall = matched gold / gold; speaker accuracy =
matched pairs whose speakers are equal after spelling folding and levelling the case of plural
sources (:func:`same_speaker`) / matched pairs; exact = matched pairs whose content starts with
``starts_with`` and ends with ``ends_with``.

The development set (``tests/data/quotes/*.gold.json``) stores only a locator of each article
(archive and member path, or zip, member and record index) — never the article — and
:func:`materialise` writes the raw articles from ``../shared`` into a folder for evaluation.
"""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from marsad.model import Article, Quote
from marsad.quotes.cues import fold

GOLD_SUFFIX = ".gold.json"


@dataclass(slots=True)
class GoldQuote:
    """One gold quotation located in the article text (``start``/``end`` absolute offsets)."""

    kind: str
    speaker: str | None
    cue: str
    starts_with: str
    ends_with: str
    start: int
    end: int


@dataclass(slots=True)
class FileResult:
    """Scores of one article: counts, and the unmatched gold and predicted quotations as text."""

    name: str
    n_gold: int = 0
    n_pred: int = 0
    matched: int = 0
    speaker_ok: int = 0
    exact: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)
    unlocated: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """Totals over a folder; ``precision``, ``recall``, ``speaker_accuracy`` and ``exact_rate`` in [0, 1]."""

    files: list[FileResult] = field(default_factory=list)

    def _sum(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def n_gold(self) -> int:
        return self._sum("n_gold")

    @property
    def n_pred(self) -> int:
        return self._sum("n_pred")

    @property
    def precision(self) -> float:
        return self._sum("matched") / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self._sum("matched") / self.n_gold if self.n_gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        m = self._sum("matched")
        return self._sum("speaker_ok") / m if m else 1.0

    @property
    def exact_rate(self) -> float:
        m = self._sum("matched")
        return self._sum("exact") / m if m else 1.0

    def summary(self) -> dict[str, float | int]:
        """The headline figures as a plain dict."""
        return {
            "articles": len(self.files), "gold": self.n_gold, "predicted": self.n_pred,
            "matched": self._sum("matched"), "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "speaker_accuracy": round(self.speaker_accuracy, 4),
            "exact_boundaries": round(self.exact_rate, 4),
        }


def case_key(name: str) -> str:
    """``name`` (already folded) with the case of sound masculine plurals levelled: a word of at least
    five letters ending in nominative ``ون`` is written with genitive/accusative ``ين``, and a
    construct-state ``و`` before another word with ``ي`` (``مسؤولون ومحللون`` → ``مسؤولين ومحللين``,
    ``مسؤولو الصحة`` → ``مسؤولي الصحة``). The case of a plural source follows the cue (``قال مسؤولون``,
    ``وفقا لمسؤولين``), not who spoke, and the gold files differ in which form they write (held-out 8:
    ``مسؤولي الصحة في الولايات المتحدة`` after ``ووفقاً لـ``; held-out 11: ``مسؤولون ومحللون`` for
    ``وفقا لمسؤولين ومحللين``). Short words (``حسون``/``حسين``) and final ``و`` (``بيدرو``) are kept."""
    words = name.split()
    last = len(words) - 1
    for i, w in enumerate(words):
        if len(w) >= 5 and w.endswith("ون"):
            words[i] = w[:-2] + "ين"
        elif i < last and len(w) >= 5 and w.endswith("و"):
            words[i] = w[:-1] + "ي"
    return " ".join(words)


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """Speakers agree when equal after spelling folding (hashtag marks and underscores ignored) and
    levelling the case of plural sources (:func:`case_key`), or when one is the other followed by more
    words (``متحدث باسم هيئة ضبط الحدود`` vs ``… التابعة لوزارة الداخلية``: the same unnamed source with
    a longer description)."""
    fa = fold((pred or "").replace("#", " ").replace("_", " ")).split()
    fb = fold((gold or "").replace("#", " ").replace("_", " ")).split()
    a, b = case_key(" ".join(fa)), case_key(" ".join(fb))
    if a == b:
        return True
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    # the shorter name against as many first words of the longer, each levelled as a name of its own:
    # a construct-state و is levelled only before another word, so the last word of the shorter
    # (علي بونجو) and the same word inside the longer (علي بونجو اونديمبا) are compared alike (new31)
    return len(short) >= 2 and len(long_) > len(short) and case_key(" ".join(short)) == case_key(" ".join(long_[: len(short)]))


def locate(text: str, q: dict) -> tuple[int, int] | None:
    """The ``(start, end)`` of gold quotation ``q`` in ``text``: its offsets when they frame
    ``starts_with``…``ends_with``, else the first ``starts_with`` followed by ``ends_with``."""
    sw, ew = q.get("starts_with", ""), q.get("ends_with", "")
    s, e = q.get("start"), q.get("end")
    if isinstance(s, int) and isinstance(e, int) and text[s:e].startswith(sw) and text[s:e].endswith(ew):
        return s, e
    pos = text.find(sw)
    while pos >= 0:
        end = text.find(ew, pos + max(0, len(sw) - len(ew)))
        if end >= 0:
            return pos, end + len(ew)
        pos = text.find(sw, pos + 1)
    return None


def raw_beside(gold_path: Path) -> Path | None:
    """The raw article file beside ``gold_path`` (same name without ``.gold.json``, any extension)."""
    stem = gold_path.name[: -len(GOLD_SUFFIX)]
    for p in sorted(gold_path.parent.iterdir()):
        if p.name.startswith(stem + ".") and not p.name.endswith(GOLD_SUFFIX) and p.name != gold_path.name:
            return p
    return None


def read_article(path: Path) -> Article:
    """Read and annotate the first article of ``path`` with the full pipeline. A stage that failed or
    ran out of time (an error recorded on the article, its annotations missing) is reported on
    standard error with the file's name, so a score is never silently computed from an article whose
    quotes stage crashed (a helper's first version of a rule once left 86 of 3,078 matched quotations
    on the sets with no message)."""
    from marsad.io.readers import read_records
    from marsad.pipeline import annotate

    for article in read_records(path.read_bytes(), source=str(path)):
        annotate(article)
        for p in article.problems:
            if p.level == "error" and p.code in ("stage-failed", "timeout"):
                print(f"marsad eval: {path.name}: {p.code}: {p.message}", file=sys.stderr)
        return article
    raise ValueError(f"no article in {path}")


def match_quotes(text: str, golds: list[GoldQuote], preds: list[Quote]) -> list[tuple[int, int]]:
    """The one-to-one matching of gold and predicted quotations of one article: ``(gold index,
    predicted index)`` pairs, greedily by overlap in characters, largest first. A pair needs the same
    kind and overlapping spans, or a predicted span holding the gold's ``starts_with`` or
    ``ends_with`` (the same statement repeated at another place, counted as overlap 1)."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if p.kind != g.kind:
                continue
            ov = min(p.end, g.end) - max(p.start, g.start)
            if ov <= 0:
                ptext = text[p.start : p.end]
                if (g.starts_with and g.starts_with in ptext) or (g.ends_with and g.ends_with in ptext):
                    ov = 1  # the same statement repeated at another place
                else:
                    continue
            pairs.append((ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def score_article(article: Article, gold: dict, name: str = "") -> FileResult:
    """Score ``article.quotes`` against the ``quotes`` of one gold dict (see the module docstring)."""
    text = article.text
    res = FileResult(name)
    golds: list[GoldQuote] = []
    for q in gold.get("quotes", []):
        span = locate(text, q)
        if span is None:
            res.unlocated.append(q.get("starts_with", ""))
            continue
        golds.append(GoldQuote(q["kind"], q.get("speaker"), q.get("cue", ""), q.get("starts_with", ""),
                               q.get("ends_with", ""), *span))
    res.n_gold = len(gold.get("quotes", []))
    preds: list[Quote] = list(article.quotes)
    res.n_pred = len(preds)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for gi, pi in match_quotes(text, golds, preds):
        used_g.add(gi)
        used_p.add(pi)
        g, p = golds[gi], preds[pi]
        res.matched += 1
        ptext = text[p.start : p.end]
        if same_speaker(p.speaker, g.speaker):
            res.speaker_ok += 1
        else:
            res.wrong_speaker.append(f"{g.starts_with[:30]}…: gold {g.speaker!r} got {p.speaker!r}")
        if ptext.startswith(g.starts_with) and ptext.endswith(g.ends_with):
            res.exact += 1
    res.missed = [f"{g.kind} {g.starts_with[:40]}" for i, g in enumerate(golds) if i not in used_g]
    res.missed += [f"(unlocated) {s[:40]}" for s in res.unlocated]
    res.spurious = [f"{p.kind} [{p.cue_text}] {text[p.start:p.end][:60]}" for i, p in enumerate(preds)
                    if i not in used_p]
    return res


def load_gold(path: Path) -> dict:
    """A gold file's content, checked: a JSON object whose ``quotes`` (when present) is a list of
    objects, each with a string ``kind`` and ``starts_with``/``ends_with`` strings when present, and
    whose ``source``, when it is a locator (an object), names ``archive`` and ``member``. Raises
    ``ValueError`` with a one-line message naming ``path`` (eighth new-user report, finding 18: a
    malformed gold file gave a traceback, and bad JSON an error that did not name the file)."""
    try:
        gold = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(gold, dict):
        raise ValueError(f"{path}: a gold file is a JSON object with a \"quotes\" list, not a {type(gold).__name__}")
    quotes = gold.get("quotes", [])
    if not isinstance(quotes, list):
        raise ValueError(f"{path}: \"quotes\" must be a list of objects, not a {type(quotes).__name__}")
    for i, q in enumerate(quotes):
        if not isinstance(q, dict):
            raise ValueError(f"{path}: quotes[{i}] must be an object, not a {type(q).__name__}")
        bad = [k for k in ("kind", "starts_with", "ends_with", "speaker", "cue")
               if k in q and q[k] is not None and not isinstance(q[k], str)]
        if "kind" not in q or bad:
            what = f"{bad[0]!r} must be a string" if bad else "it has no \"kind\""
            raise ValueError(f"{path}: quotes[{i}]: {what}")
    src = gold.get("source")
    if isinstance(src, dict) and not (isinstance(src.get("archive"), str) and isinstance(src.get("member"), str)):
        raise ValueError(f"{path}: a \"source\" locator must have \"archive\" and \"member\" strings")
    return gold


def evaluate_dir(folder: str | Path, shared: str | Path | None = None) -> Report:
    """Score every ``*.gold.json`` of ``folder`` against the raw article beside it.

    When no gold file of ``folder`` has its raw article beside it and every one carries a ``source``
    locator (the project's gold sets in ``tests/data/quotes``), and ``shared`` (the shared data
    folder) is given, the articles are first materialised from ``shared`` into a temporary folder
    (:func:`materialise`) and scored there.

    Raises ``FileNotFoundError`` when the folder does not exist, has no gold file or a gold file has
    no raw article (nor a locator that ``shared`` resolves), ``ValueError`` (naming the file) for
    a malformed gold file (:func:`load_gold`) or a locator that ``shared`` cannot resolve.
    """
    folder = Path(folder)
    if not folder.exists():
        raise FileNotFoundError(f"no such folder: {folder}")
    if not folder.is_dir():
        raise FileNotFoundError(f"not a folder: {folder} (give the folder of the articles and their *{GOLD_SUFFIX} files)")
    gold_files = sorted(folder.glob("*" + GOLD_SUFFIX))
    if not gold_files:
        raise FileNotFoundError(f"no *{GOLD_SUFFIX} files in {folder}")
    golds = {gp: load_gold(gp) for gp in gold_files}  # every file checked before any is scored
    if shared is not None and all(raw_beside(gp) is None for gp in gold_files) and all(
        isinstance(g.get("source"), dict) for g in golds.values()
    ):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="marsad-quotes-eval-") as tmp:
            try:
                materialise(folder, shared, tmp)
            except (OSError, KeyError, IndexError, TypeError, ValueError, tarfile.TarError, zipfile.BadZipFile) as exc:
                raise ValueError(
                    f"cannot fetch the articles of {folder} from {shared}: {type(exc).__name__}: {exc}"
                ) from None
            return evaluate_dir(tmp)
    report = Report()
    for gp in gold_files:
        raw = raw_beside(gp)
        if raw is None:
            raise FileNotFoundError(f"no raw article beside {gp}")
        gold = golds[gp]
        report.files.append(score_article(read_article(raw), gold, raw.name))
    return report


# -- the development set: locators into ../shared ------------------------------------------------
def fetch_source(shared: Path, source: dict) -> tuple[bytes, str]:
    """The raw bytes and file extension of one article named by a dev-set locator.

    ``source``: ``{"archive": "corpora/….tar.gz", "member": "…/x.txt"}`` (a TREC file) or
    ``{"archive": "corpora/…/x.zip", "member": "x.json", "record": 17}`` (one JSON record, written
    as a one-element JSON array).
    """
    archive = shared / source["archive"]
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive, "r:gz") as tf:
            f = tf.extractfile(source["member"])
            if f is None:
                raise FileNotFoundError(source["member"])
            return f.read(), ".txt"
    with zipfile.ZipFile(archive) as zf:
        records = json.loads(zf.read(source["member"]))
        rec = records[source["record"]]
        return json.dumps([rec], ensure_ascii=False, indent=1).encode("utf-8"), ".json"


def materialise(gold_dir: str | Path, shared: str | Path, out_dir: str | Path) -> list[Path]:
    """Write each dev-set article (from ``shared``) and its gold file into ``out_dir``; return the
    gold paths written. Tar members are read in one pass per archive."""
    gold_dir, shared, out_dir = Path(gold_dir), Path(shared), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    golds = sorted(gold_dir.glob("*" + GOLD_SUFFIX))
    by_tar: dict[str, dict[str, Path]] = {}
    written = []
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        src = gold["source"]
        stem = gp.name[: -len(GOLD_SUFFIX)]
        if src["archive"].endswith(".tar.gz"):
            by_tar.setdefault(src["archive"], {})[src["member"]] = gp
            continue
        data, ext = fetch_source(shared, src)
        (out_dir / (stem + ext)).write_bytes(data)
        (out_dir / gp.name).write_bytes(gp.read_bytes())
        written.append(out_dir / gp.name)
    for archive, members in by_tar.items():
        with tarfile.open(shared / archive, "r:gz") as tf:
            for ti in tf:
                gp = members.get(ti.name)
                if gp is None:
                    continue
                f = tf.extractfile(ti)
                stem = gp.name[: -len(GOLD_SUFFIX)]
                (out_dir / (stem + ".txt")).write_bytes(f.read() if f else b"")
                (out_dir / gp.name).write_bytes(gp.read_bytes())
                written.append(out_dir / gp.name)
    return written
