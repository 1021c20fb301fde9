"""nu28's findings fixed by the lead (fifteenth session): a deeply nested query, a --from inside --to's period."""

from __future__ import annotations

from marsad.cli.quotes import _empty_period
from marsad.search.query import parse


def test_deeply_nested_brackets_are_read_as_spaces_with_a_note() -> None:
    # nu28: 330 nested '(' crashed the recursive parser with RecursionError (a traceback, exit 1)
    for text in ("(" * 330 + "ترامب", "-(" * 400 + "ترامب", "NOT " * 2000 + "ترامب", "(" * 5000):
        q = parse(text)
        assert any("nested deeper than 64" in n for n in q.notes), q.notes
    q = parse("(" * 330 + "ترامب")
    assert repr(q.tree).count("ترامب") == 1
    # an ordinary nesting is untouched
    q = parse("(" * 20 + "ترامب" + ")" * 20 + " NOT (بوتين OR كيم)")
    assert not any("nested" in n for n in q.notes)


def test_quotes_from_inside_the_to_period_is_no_empty_period() -> None:
    # nu28: --from 2018-10-15 --to 2018 was refused as "--from is after --to"
    assert not _empty_period("2018-10-15", "2018")
    assert not _empty_period("2018-10-01", "2018-10")
    assert not _empty_period("2018-10-31", "2018-10-31")
    assert _empty_period("2018-11-01", "2018-10")
    assert _empty_period("2019", "2018-12-31")
    assert _empty_period("2018-10-16", "2018-10-15")
