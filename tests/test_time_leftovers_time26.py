"""time26: the time leftovers of time25.

* a perfect whose weekday belongs to its object (``العقوبات التي أعادت واشنطن فرضها الثلاثاء``:
  sanctions in force the day after publication) no longer decides the weekday's direction;
* ``سيتم``/``ستتم`` (a future of a doubled root, two letters after the prefix) is a future verb;
* ``marsad date --ref`` reads a UTC reference at or after 21:00 as the pipeline reads such a stamp;
* ``أمس``/``اليوم`` of an article stamped late in UTC keep counting from the UTC day, dateline or
  not (measured on ANT v2.1: the writers' today is the UTC day; see docs/time.md).

Sentences and records written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

import marsad
import marsad.cli.time  # noqa: F401  (registers the command)
from marsad.cli.app import app
from marsad.time import describe
from marsad.time.expressions import find_time_expressions

WEDNESDAY = date(2024, 5, 15)


def _values(text: str, ref: date = WEDNESDAY, late: bool = False) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_time_expressions(text, ref, next_day_begun=late)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the object's event: the day after publication is the coming one
        ("العقوبات التي أعادت واشنطن فرضها الخميس", "2024-05-16"),
        ("المدينة التي استأنف الجيش قصفها الخميس", "2024-05-16"),
        # further back the most recent one, as before
        ("المدينة التي استأنف النظام قصفها، الثلاثاء", "2024-05-14"),
        # a perfect with a plain object still decides: six days back
        ("التقى الرئيس الوزير الخميس", "2024-05-09"),
        ("أعادت الشرطة فتح الطريق الخميس", "2024-05-09"),  # no pronoun on the object: the verb's day
        # the future of a doubled root
        ("وقال إن نص القرار سيتم توزيعه الخميس على الأعضاء", "2024-05-16"),
        ("وقال إن الانتخابات ستتم الخميس", "2024-05-16"),
    ],
)
def test_weekday_direction(text, value):
    assert _values(text)[-1][1] == value


def test_date_ref_reads_a_late_utc_reference_as_the_pipeline_does():
    text = "التقى الرئيس الوزير الخميس"
    late = describe(text, ref="2024-05-15T22:30:00Z")
    assert late["next_day_begun"] is True
    assert late["expressions"][0]["value"] == "2024-05-16"
    assert _values(text, late=True)[0][1] == "2024-05-16"  # what the pipeline gives such a stamp
    for ref in (
        "2024-05-15T22:30:00",
        "2024-05-15T22:30:00+03:00",
        "2024-05-15T20:59:00+00:00",
        "2024-05-15",
    ):
        out = describe(text, ref=ref)
        assert out["next_day_begun"] is False, ref
        assert out["expressions"][0]["value"] == "2024-05-09", ref


def test_date_command_ref_late_utc():
    r = CliRunner().invoke(app, ["date", "التقى الرئيس الوزير الخميس", "--ref", "2024-05-15T22:30Z"])
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    assert out["ref"] == "2024-05-15" and out["expressions"][0]["value"] == "2024-05-16"


def _record(time: str, first_line: str) -> bytes:
    return (
        "<DOC>\n<DOCNO>X-1</DOCNO>\n<SRC>bbc</SRC>\n"
        f"<TIME>{time}</TIME>\n<TITLE>عنوان الخبر</TITLE>\n<TEXT>\n{first_line}\n</TEXT>\n</DOC>\n"
    ).encode()


def test_relative_days_count_from_the_utc_day_of_a_late_utc_stamp():
    # measured (time26): in ANT v2.1 the اليوم + weekday phrases of UTC stamps at or after 21:00
    # name the UTC day 51 times and the next day 8 times; counting from the dateline place's day
    # turned 83 checked phrases into weekday mismatches and 22 the other way, so the UTC day stays
    a = marsad.parse(
        _record(
            "Mon, 13 May 2024 22:30:00 GMT",
            "القدس (رويترز) - قال الوزير اليوم الاثنين إن الاجتماع انتهى أمس.",
        )
    )
    assert a.published.value.tz == "UTC" and a.published.value.local.startswith("2024-05-13T22:30")
    assert [(t.text, t.value) for t in a.timexes] == [("اليوم الاثنين", "2024-05-13"), ("أمس", "2024-05-12")]
