"""The token layer of an article (``Article.tokens``): standoff tokens of every sentence, as
spaCy's ``Doc`` has (new-user report nu24, item 8: the brief names a token layer, the API had none)."""
from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.model import Sentence, Token

SEED = Path(__file__).parent / "data" / "000_146a293be66b7c19.txt"


def test_seed_tokens_slice_the_raw_text_and_know_their_sentence() -> None:
    a = marsad.parse(SEED.read_bytes())
    tokens = a.tokens
    assert len(tokens) == 505
    assert tokens[:3] == [Token(42, 49, "hashtag", 0, "#لافروف"), Token(49, 50, "punct", 0, ":"),
                          Token(51, 57, "word", 0, "الجهود")]
    assert all(t.text == a.text[t.start : t.end] for t in tokens)  # (nu25: Token had no .text)
    assert a.text[42:49] == "#لافروف"
    words = [a.text[t.start : t.end] for t in a.sentence_tokens(1)[:6]]
    assert words == ["شدد", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف"]
    for t in tokens:  # inside its sentence, in order, never empty
        s = a.sentences[t.sentence]
        assert s.start <= t.start < t.end <= s.end
    assert all(x.end <= y.start for x, y in zip(tokens, tokens[1:], strict=False))
    assert a.tokens is tokens  # computed once
    assert a.sentence_tokens(-1) == a.sentence_tokens(len(a.sentences) - 1) != []  # (nu25: -1 gave [])
    with pytest.raises(IndexError):
        a.sentence_tokens(99)


def test_token_kinds_and_clitics_attached() -> None:
    a = marsad.parse("وقال الوزير في بغداد إن 3.5 مليون زاروا www.example.com و#سوريا اليوم.")
    got = [(a.text[t.start : t.end], t.kind) for t in a.tokens]
    assert ("بغداد", "word") in got and ("3.5", "number") in got
    assert ("www.example.com", "url") in got and ("#سوريا", "hashtag") in got
    assert ("وقال", "word") in got  # the conjunction stays on the verb
    assert got[-1] == (".", "punct")


def test_the_layer_follows_new_sentences_and_to_dict_adds_it_on_request() -> None:
    a = marsad.parse("قال الوزير إن الاجتماع انتهى. وأضاف أنه راض.")
    assert "tokens" not in a.to_dict()
    d = a.to_dict(tokens=True)["tokens"]
    assert d[0] == {"start": a.tokens[0].start, "end": a.tokens[0].end, "kind": "word", "sentence": 0, "text": "قال"}
    a.sentences = [Sentence(0, 3, 0)]
    assert [(t.start, t.end) for t in a.tokens] == [(0, 3)]
