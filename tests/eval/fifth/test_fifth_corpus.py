"""Checks of the fifth corpus itself (no detector): offsets, overlaps, negatives, coverage, check digits."""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter
from functools import cache

import pytest

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.fifth.corpus import SEED, build_fifth
from tests.eval.fifth.values import (
    ADDRESS_FORMS,
    BIRTH_FORMS,
    EMAIL_FORMS,
    NUM_FAMILIES,
    NUM_FORMS,
    PERSON_FORMS,
    license_digit,
    luhn_ok,
    mod11_digit,
    mynumber_digit,
)

KINDS = {"news", "encyclopedic", "minutes", "chat", "foreign_resident", "counter_memo", "welfare", "form", "email",
         "bank"}
KANJI = str.maketrans("〇一二三四五六七八九", "0123456789")


@cache
def corpus() -> tuple[BlindDoc, ...]:
    return tuple(build_fifth())


def digits(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).translate(KANJI) if c.isdigit())


def test_size_and_ids() -> None:
    docs = corpus()
    assert 500 <= len(docs) <= 600
    assert [d.id for d in docs] == [f"fifth-{i:04d}" for i in range(1, len(docs) + 1)]
    negatives = [d for d in docs if d.kind.startswith("negative_")]
    assert 80 <= len(negatives) <= 120
    assert {d.kind for d in docs if not d.kind.startswith("negative_")} == KINDS
    personal = sum(s.entity in PERSONAL for d in docs for s in d.spans)
    assert 2000 <= personal <= 3000
    assert 600 <= sum(s.entity in NOT_PERSONAL for d in docs for s in d.spans) <= 1300


def test_offsets_are_valid() -> None:
    for d in corpus():
        for s in d.spans:
            assert s.entity in PERSONAL | NOT_PERSONAL, s
            assert 0 <= s.start < s.end <= len(d.text), (d.id, s)
            value = d.text[s.start:s.end]
            assert value, (d.id, s)
            assert value == value.strip(), (d.id, s)


def test_personal_spans_do_not_overlap() -> None:
    for d in corpus():
        spans = sorted(d.spans, key=lambda s: (s.start, s.end))
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


def test_negatives_have_no_personal_span() -> None:
    for d in corpus():
        is_neg_kind = d.kind.startswith("negative_")
        assert d.negative == is_neg_kind, d.id
        if is_neg_kind:
            assert not any(s.entity in PERSONAL for s in d.spans), d.id
            assert "@" not in d.text, d.id
            assert "＠" not in d.text, d.id


def _expected() -> dict[tuple[str, str], int]:
    need: dict[tuple[str, str], int] = {}
    for fam in NUM_FAMILIES:
        for f in NUM_FORMS:
            need[(fam, f)] = 8
    for ent, forms in (("EMAIL_ADDRESS", EMAIL_FORMS), ("PERSON", PERSON_FORMS), ("ADDRESS", ADDRESS_FORMS),
                       ("BIRTH_DATE", BIRTH_FORMS)):
        for f in forms:
            need[(ent, f)] = 5
    return need


def test_every_form_is_covered() -> None:
    seen = Counter((s.entity, s.form) for d in corpus() for s in d.spans if s.entity in PERSONAL)
    missing = {k: seen[k] for k, n in _expected().items() if seen[k] < n}
    assert not missing
    assert set(seen) <= set(_expected()), set(seen) - set(_expected())


def _values(entity: str) -> list[str]:
    return [d.text[s.start:s.end] for d in corpus() for s in d.spans if s.entity == entity]


def test_my_number_check_digit() -> None:
    for v in _values("MY_NUMBER"):
        n = digits(v)
        assert len(n) == 12, v
        assert mynumber_digit(n[:11]) == n[11], v


def test_credit_card_luhn() -> None:
    for v in _values("CREDIT_CARD"):
        n = digits(v)
        assert 14 <= len(n) <= 16, v
        assert luhn_ok(n), v


def test_insurer_numbers_luhn() -> None:
    eight = [digits(v) for v in _values("HEALTH_INSURANCE") if len(digits(v)) == 8]
    assert len(eight) >= 40
    assert all(luhn_ok(n) for n in eight)


def test_resident_code_and_license_digits() -> None:
    for v in _values("RESIDENT_CODE"):
        n = digits(v)
        assert len(n) == 11, v
        assert mod11_digit(n[:10]) == n[10], v
    for v in _values("DRIVER_LICENSE"):
        n = digits(v)
        assert len(n) == 12, v
        assert license_digit(n[:10]) == n[10], v


@pytest.mark.parametrize(("entity", "shape"), [("PENSION_NUMBER", 10), ("CARE_INSURANCE", 10), ("POSTAL_CODE", 7)])
def test_fixed_lengths(entity: str, shape: int) -> None:
    for v in _values(entity):
        assert len(digits(v)) == shape, v


def test_passport_and_residence_card_shapes() -> None:
    for v in _values("PASSPORT"):
        t = unicodedata.normalize("NFKC", v)
        assert sum(c.isascii() and c.isalpha() for c in t) == 2, v
        assert len(digits(v)) == 7, v
    for v in _values("RESIDENCE_CARD"):
        t = unicodedata.normalize("NFKC", v)
        assert sum(c.isascii() and c.isalpha() for c in t) == 4, v
        assert len(digits(v)) == 8, v


def test_forms_are_what_they_say() -> None:
    for d in corpus():
        for s in d.spans:
            v = d.text[s.start:s.end]
            if s.form == "zero_width":
                assert "\u200b" in v, v
            elif s.form == "line_broken":
                assert "\n" in v, v
            elif s.form == "ideographic_space":
                assert "\u3000" in v, v
            elif s.form == "kanji" and s.entity in NUM_FAMILIES:
                assert not any(c.isdigit() and c.isascii() for c in v), v


def test_deterministic() -> None:
    assert build_fifth(SEED) == build_fifth(SEED)
    assert build_fifth(SEED + 1) != build_fifth(SEED)
