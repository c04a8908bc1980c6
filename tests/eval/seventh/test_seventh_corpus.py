"""The seventh corpus is well formed: offsets, no overlaps, negatives, coverage of forms, check digits."""

from __future__ import annotations

import unicodedata
from collections import Counter
from itertools import pairwise

import pytest

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.seventh.corpus import build_seventh
from tests.eval.seventh.values import KANJI_DIGITS, luhn_ok, my_number_ok

NUMERIC = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
    "PHONE_NUMBER",
    "POSTAL_CODE",
)
NUM_FORMS = (
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "ideographic_space",
    "kanji",
    "kanji_mixed",
    "zero_width",
    "line_broken",
    "mixed",
)
OTHER_FORMS = {
    "EMAIL_ADDRESS": ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced"),
    "PERSON": ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title", "surname_only", "prose"),
    "ADDRESS": ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken"),
    "BIRTH_DATE": ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced"),
}
KINDS = {
    "news",
    "encyclopedic",
    "minutes",
    "chat",
    "foreign_resident",
    "counter_memo",
    "welfare",
    "form",
    "email",
    "bank",
    "json",
    "csv_export",
    "log",
    "prompt",
    "code",
}


@pytest.fixture(scope="module")
def docs() -> list[BlindDoc]:
    return build_seventh()


def digits_of(text: str) -> str:
    text = "".join(str(KANJI_DIGITS.index(c)) if c in KANJI_DIGITS else c for c in text)
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


def test_size_and_mix(docs: list[BlindDoc]) -> None:
    personal = sum(s.entity in PERSONAL for d in docs for s in d.spans)
    kept = sum(s.entity in NOT_PERSONAL for d in docs for s in d.spans)
    negatives = [d for d in docs if d.negative]
    assert 500 <= len(docs) <= 600
    assert 90 <= len(negatives) <= 110
    assert 2300 <= personal <= 2900
    assert kept >= 550
    assert {d.kind for d in docs if not d.negative} == KINDS
    assert all(d.kind.startswith("negative_") for d in negatives)


def test_ids_unique(docs: list[BlindDoc]) -> None:
    assert len({d.id for d in docs}) == len(docs)
    assert docs[0].id == "seventh-0001"


def test_offsets(docs: list[BlindDoc]) -> None:
    for d in docs:
        for s in d.spans:
            value = d.text[s.start : s.end]
            assert value, d.id
            assert value == value.strip(), (d.id, value)
            assert s.entity in PERSONAL | NOT_PERSONAL


def test_no_overlaps(docs: list[BlindDoc]) -> None:
    for d in docs:
        spans = sorted(d.spans, key=lambda s: s.start)
        for a, b in pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


def test_negatives_have_no_personal_span(docs: list[BlindDoc]) -> None:
    for d in docs:
        assert d.negative == (not any(s.entity in PERSONAL for s in d.spans))
        if d.kind.startswith("negative_"):
            assert d.negative, d.id
            assert "@" not in d.text, d.id
            assert "〒" not in d.text, d.id


def test_form_coverage(docs: list[BlindDoc]) -> None:
    seen = Counter((s.entity, s.form) for d in docs for s in d.spans)
    short = [(e, f, seen[e, f]) for e in NUMERIC for f in NUM_FORMS if seen[e, f] < 8]
    short += [(e, f, seen[e, f]) for e, forms in OTHER_FORMS.items() for f in forms if seen[e, f] < 5]
    assert not short


def test_check_digits(docs: list[BlindDoc]) -> None:
    checked: Counter[str] = Counter()
    for d in docs:
        for s in d.spans:
            num = digits_of(d.text[s.start : s.end])
            if s.entity == "MY_NUMBER":
                assert my_number_ok(num), (d.id, num)
            elif s.entity == "CREDIT_CARD":
                assert len(num) in (15, 16), (d.id, num)
                assert luhn_ok(num), (d.id, num)
            elif s.entity == "HEALTH_INSURANCE" and len(num) in (6, 8):
                assert luhn_ok(num), (d.id, num)
            else:
                continue
            checked[s.entity] += 1
    assert min(checked.values()) >= 50


def test_deterministic(docs: list[BlindDoc]) -> None:
    assert build_seventh() == docs
