"""The answer scan reads the same pieces whether the answer is streamed or whole, and never cuts a value."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.privacy.answer_scan import CLAUSE_LIMIT, Segments, clauses
from gateway.privacy.entities import Finding, unshadowed

WORDS = st.sampled_from(["yamada.taro@example.jp", "090-4821-7733", " ", "  ", "abc", "、", "。", "\n", "佐藤",
                         "(03)1234-5678", "x" * 50, "a b", "\\u0030", "－"])
TEXTS = st.lists(WORDS, max_size=80).map("".join)


def _streamed(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    segments, pieces = Segments(), []
    for a, b in itertools.pairwise(points):
        pieces += clauses(segments.feed(text[a:b]))
    return pieces + clauses(segments.flush())


@settings(max_examples=300)
@given(text=TEXTS, cuts=st.lists(st.integers(0, 4000), max_size=20))
def test_streamed_pieces_are_the_whole_texts_pieces(text: str, cuts: list[int]) -> None:
    assert [p for p in _streamed(text, cuts) if p] == [p for p in clauses(text) if p]


def test_a_long_run_is_never_cut_inside_an_address_or_number() -> None:
    run = " ".join(["Mail yamada.taro@example.jp or call 090 4821 7733 (Taro Yamada)."] * 20)
    pieces = clauses(run)
    assert len(pieces) > 1
    assert all(len(p) <= 4 * CLAUSE_LIMIT for p in pieces)
    for piece in pieces:
        assert piece.strip().startswith("Mail")
        assert piece.strip().endswith("Yamada).")


def test_an_allowed_finding_gives_way_to_the_one_it_shadowed() -> None:
    address = Finding("ADDRESS", 0, 10, 0.8)
    person = Finding("PERSON", 0, 4, 0.9, shadowed=(address,))
    assert unshadowed([person], lambda e: e == "PERSON") == [address]
    assert unshadowed([person], lambda e: False) == [person]
    later = Finding("PHONE_NUMBER", 8, 12, 0.9)
    assert unshadowed([person, later], lambda e: e == "PERSON") == [person, later]  # it would overlap the next
