"""Per-source date conventions: what a source's date fields mean when they do not say it themselves.

A convention supplies (a) the IANA zone of naive times, with the confidence of that assumption, and
(b) the day/month order of all-numeric dates, so an ambiguous ``02/05/2016`` is never silently
swapped. Keys are corpus names; :data:`SOURCE_ALIASES` maps the ``<SRC>`` / ``source`` values found
in the corpora of ``../shared`` to them.

Evidence for each convention is in ``docs/time.md``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceConvention:
    """How to read one source's dates.

    ``default_tz``: IANA zone for times written without one (``None``: leave naive).
    ``tz_confidence``: confidence in [0, 1] of that assumption. ``day_first``: order of ambiguous
    all-numeric dates (``True`` = DD/MM/YYYY), ``None`` when the source does not say.
    """

    name: str
    default_tz: str | None
    tz_confidence: float
    day_first: bool | None
    note: str


# fmt: off
CONVENTIONS: dict[str, SourceConvention] = {
    "ant-multisource": SourceConvention(
        "ant-multisource", None, 1.0, True,
        "ANT v2.1 (Al Arabiya, BBC, CNN, France 24, Sky News Arabia): TIME is RFC 822 with GMT or a "
        "numeric offset (+0400, +0000), so every value is an instant by itself.",
    ),
    "ant-v1.1": SourceConvention(
        "ant-v1.1", "Africa/Tunis", 0.95, True,
        "ANT v1.1 (Jawhara FM, Tunisia): TIME is ISO 8601 with +01:00, ISO basic time without a zone, "
        "or dd/mm/yyyy; 3,238 of 5,333 dd/mm/yyyy values have a first field > 12 and none a second "
        "field > 12, so the order is day-first; local time is Tunis.",
    ),
    "saudinewsnet": SourceConvention(
        "saudinewsnet", "Asia/Riyadh", 0.9, True,
        "SaudiNewsNet date_extracted is 'YYYY-MM-DD hh:mm:ss' without a zone: the crawler's clock. "
        "Against the Saudi Press Agency trailers 'hh:mm ت م' (Mecca time) of the same 369 articles, "
        "read as Asia/Riyadh it is never before publication and the lags start at 1 minute (11 within "
        "10 minutes); a UTC clock would mean no article was fetched within 3 hours, a clock further "
        "ahead would put fetches before publication. Extraction, not authoring, time.",
    ),
}

SOURCE_ALIASES: dict[str, str] = {
    # ANT multi-source <SRC>
    "bbc": "ant-multisource", "cnn": "ant-multisource", "alarabia": "ant-multisource",
    "france24": "ant-multisource", "skynews": "ant-multisource",
    # ANT v1.1 <SRC>
    "jawhara fm": "ant-v1.1", "jawharafm": "ant-v1.1", "jawhara": "ant-v1.1",
    # SaudiNewsNet `source`
    **{
        s: "saudinewsnet"
        for s in (
            "aawsat", "aleqtisadiya", "aljazirah", "almadina", "alriyadh", "alwatan", "alweeam",
            "alyaum", "arreyadi", "arreyadiyah", "arriyadiyah", "okaz", "sabq", "was", "3alyoum",
        )
    },
}
# fmt: on


def convention_for(source: str | SourceConvention | None) -> SourceConvention | None:
    """The convention for a corpus name (``"ant-v1.1"``), a source value (``"Jawhara FM"``,
    ``"okaz"``) or a :class:`SourceConvention` itself; ``None`` when unknown."""
    if source is None or isinstance(source, SourceConvention):
        return source
    key = source.strip().lower()
    return CONVENTIONS.get(key) or CONVENTIONS.get(SOURCE_ALIASES.get(key, ""))
