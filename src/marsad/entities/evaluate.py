"""Entity-level precision, recall and micro F1 with conlleval semantics, and BIO file reading.

An entity is a maximal chunk ``(type, start, end)``: it starts at ``B-X``, or at ``I-X`` when the
previous tag is ``O`` or of another type (conlleval treats a stray ``I-X`` as a chunk start), and
ends before the next ``B-*``, ``O``, or tag of another type. A predicted entity counts as correct only
when type and both boundaries equal a gold entity (CoNLL-2000/2003 shared tasks, ``conlleval.pl``;
the same as ``seqeval`` in its default mode). Micro F1 pools counts over all types.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: ANERcorp type names → Marsad type names.
TYPE_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def read_bio(path: str | Path, strict: bool = False) -> list[list[tuple[str, str]]]:
    """Read a two-column ``token TAG`` file (blank line between sentences) into sentences of
    ``(token, tag)``; tags are mapped with :data:`TYPE_MAP` (``B-PERS`` → ``B-PER``). Lines with one
    column are skipped; a file without blank lines is one sentence per 200 tokens at most (ANERcorp's
    CAMeL split has blank lines). Raises ``OSError`` when the file cannot be read.

    ``strict`` (``eval ner``, ``train ner``: eighth new-user report, finding 18, a file with an
    untagged line scored 100 % and an empty one 0, both with rc 0): raises ``ValueError`` with a
    one-line message (``line 2: expected two columns "token TAG", found 1: 'علي'``) for a line that
    is not exactly two columns, a tag that is not ``O``/``B-X``/``I-X`` with X a type of
    :data:`TYPE_MAP`, and a file with no tagged token; ``UnicodeDecodeError`` is raised as
    ``ValueError`` too."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        if not strict:
            raise
        raise ValueError(f"not UTF-8 ({exc.reason} at byte {exc.start:,})") from None
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if strict and len(parts) != 2:
            raise ValueError(f'line {n}: expected two columns "token TAG", found {len(parts)}: {line.strip()[:60]!r}')
        if len(parts) < 2:
            continue
        tok, tag = parts[0], parts[-1]
        if tag != "O" and "-" in tag:
            p, _, t = tag.partition("-")
            if strict and (p not in ("B", "I") or t not in TYPE_MAP):
                raise ValueError(_bad_tag(n, tag))
            tag = f"{p}-{TYPE_MAP.get(t, t)}"
        elif strict and tag != "O":
            raise ValueError(_bad_tag(n, tag))
        cur.append((tok, tag))
        if len(cur) >= 200 and tok in (".", "!", "?", "؟"):
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    if strict and not sents:
        raise ValueError('no tagged tokens (expected "token TAG" lines)')
    return sents


def _bad_tag(n: int, tag: str) -> str:
    return f"line {n}: tag {tag!r} is not O, B-X or I-X with X one of {', '.join(TYPE_MAP)}"


def chunks(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """Entities ``(type, start, end)`` (end exclusive) in one BIO tag sequence, conlleval style."""
    out: set[tuple[str, int, int]] = set()
    start, typ = -1, ""
    for i, tag in enumerate(tags):
        if tag == "O" or not tag:
            p, t = "O", ""
        else:
            p, _, t = tag.partition("-")
        if typ and (p in ("B", "O") or t != typ):
            out.add((typ, start, i))
            typ = ""
        if p == "B" or (p == "I" and not typ):
            start, typ = i, t
    if typ:
        out.add((typ, start, len(tags)))
    return out


@dataclass
class Scores:
    """Counts and scores for one type (or ``"overall"``); P/R/F1 in percent."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def entity_scores(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, Scores]:
    """Per-type and ``"overall"`` (micro) scores of predicted vs gold tag sequences (same lengths).

    Raises ``ValueError`` when a predicted sentence's length differs from the gold one's.
    """
    res: dict[str, Scores] = {"overall": Scores()}
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence length mismatch: gold {len(g)} vs predicted {len(p)}")
        gc, pc = chunks(g), chunks(p)
        for typ, *_ in gc | pc:
            res.setdefault(typ, Scores())
        for c in gc & pc:
            res[c[0]].tp += 1
            res["overall"].tp += 1
        for c in pc - gc:
            res[c[0]].fp += 1
            res["overall"].fp += 1
        for c in gc - pc:
            res[c[0]].fn += 1
            res["overall"].fn += 1
    return res


def format_scores(res: dict[str, Scores]) -> str:
    """A small fixed-width table: type, P, R, F1, gold and predicted counts."""
    lines = [f"{'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for typ in [t for t in ("PER", "LOC", "ORG", "MISC") if t in res] + sorted(
        t for t in res if t not in ("PER", "LOC", "ORG", "MISC", "overall")
    ) + ["overall"]:
        s = res[typ]
        lines.append(
            f"{typ:<8}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}{s.tp + s.fn:7d}{s.tp + s.fp:7d}"
        )
    return "\n".join(lines)
