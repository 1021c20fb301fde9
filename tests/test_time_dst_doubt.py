"""A local clock time at a daylight-saving change gets a warning and lowered confidence (seventh
new-user report, finding 10: they had confidence 1.0). Transitions from the IANA tz database:
Israel 2024-03-29 02:00 → 03:00 and 2024-10-27 02:00 → 01:00; Egypt 2024-04-26 00:00 → 01:00 and
2024-10-31 24:00 → 23:00."""
from __future__ import annotations

import pytest

from marsad import settings
from marsad.time import parse_datetime as parse_date


@pytest.mark.parametrize(
    ("text", "local", "confidence", "warning"),
    [
        (
            "29-03-2024 02:30 بتوقيت القدس",
            "2024-03-29T02:30:00+02:00",
            settings.DST_GAP_CONFIDENCE,
            "local time 02:30 on 2024-03-29 in Asia/Jerusalem never appeared on a clock (clocks went "
            "forward): read with the offset before the change, +02:00",
        ),
        (
            "26-04-2024 00:30 بتوقيت القاهرة",
            "2024-04-26T00:30:00+02:00",
            settings.DST_GAP_CONFIDENCE,
            "local time 00:30 on 2024-04-26 in Africa/Cairo never appeared on a clock (clocks went "
            "forward): read with the offset before the change, +02:00",
        ),
        (
            "27-10-2024 01:30 بتوقيت القدس",
            "2024-10-27T01:30:00+03:00",
            settings.DST_FOLD_CONFIDENCE,
            "local time 01:30 on 2024-10-27 in Asia/Jerusalem happened twice (clocks went back): read as "
            "the first, +03:00",
        ),
        (
            "31-10-2024 23:30 بتوقيت القاهرة",
            "2024-10-31T23:30:00+03:00",
            settings.DST_FOLD_CONFIDENCE,
            "local time 23:30 on 2024-10-31 in Africa/Cairo happened twice (clocks went back): read as "
            "the first, +03:00",
        ),
    ],
)
def test_a_time_in_a_gap_or_a_fold_is_flagged(text: str, local: str, confidence: float, warning: str) -> None:
    value = parse_date(text)
    assert value.local == local
    assert value.confidence == confidence
    assert warning in value.warnings


@pytest.mark.parametrize(
    "text",
    ["20-04-2024 01:18 AM بتوقيت القدس المحتلة", "29-03-2024 03:30 بتوقيت القدس", "27-10-2024 02:30 بتوقيت القدس"],
)
def test_times_next_to_a_change_are_not_flagged(text: str) -> None:
    value = parse_date(text)
    assert value.confidence == 1.0 and value.warnings == []
