"""Checks of the sixteenth blind corpus: sizes, offsets, span conventions, check digits, minimums, determinism."""

from __future__ import annotations

import time
import unicodedata
from collections import Counter

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.jp import in_

from ..blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from .corpus import NEGATIVE, POSITIVE, PROSE_KINDS, SEED, build_sixteenth, build_with_counts
from .forms import FORMS
from .numbers import fold

DOCS, COUNTS = build_with_counts()
SPANS = [(d, s) for d in DOCS for s in d.spans]
DIGITS = {
    "POSTAL_CODE": 7,
    "RESIDENT_CODE": 11,
    "PENSION_NUMBER": 10,
    "DRIVER_LICENSE": 12,
    "CARE_INSURANCE": 10,
    "MY_NUMBER": 12,
}
ENDS_OK = frozenset("ー")


def _bad_end(ch: str) -> bool:
    return ch.isspace() or ch == "\u200b" or (unicodedata.category(ch).startswith("P") and ch not in ENDS_OK)


def test_sizes_and_ids() -> None:
    assert len(DOCS) >= 560
    negatives = [d for d in DOCS if d.negative]
    assert len(negatives) >= 100
    assert len({d.kind for d in negatives}) >= 15
    assert len({d.kind for d in DOCS if not d.negative}) >= 40
    assert [d.id for d in DOCS] == [f"sixteenth-{i:04d}" for i in range(1, len(DOCS) + 1)]
    assert sum(s.entity in PERSONAL for _d, s in SPANS) >= 4500


def test_kinds_match_plans() -> None:
    plans = {name: n for name, _k, n in (*POSITIVE, *NEGATIVE)}
    assert Counter(d.kind for d in DOCS) == plans
    assert all(d.negative for d in DOCS if d.kind.startswith("neg_"))
    assert not any(d.negative for d in DOCS if not d.kind.startswith("neg_"))
    assert {name for name, _k, _n in POSITIVE} >= PROSE_KINDS


def test_prose_share() -> None:
    positive = [d for d in DOCS if not d.negative]
    assert sum(d.kind in PROSE_KINDS for d in positive) / len(positive) >= 0.38


def test_entities_known() -> None:
    assert all(s.entity in PERSONAL | NOT_PERSONAL for _d, s in SPANS)


def test_spans_stripped_and_disjoint() -> None:
    for d in DOCS:
        last = 0
        for s in sorted(d.spans, key=lambda s: s.start):
            text = d.text[s.start : s.end]
            assert text, d.id
            assert s.start >= last, (d.id, text)
            assert not _bad_end(text[0]), (d.id, s.entity, s.form, text)
            assert not _bad_end(text[-1]), (d.id, s.entity, s.form, text)
            last = s.end


def test_exact_offsets_rebuild() -> None:
    """Every span's text is what the builder wrote: no span crosses the request line or leaks a label."""
    for d, s in SPANS:
        text = d.text[s.start : s.end]
        assert text == text.strip()
        if s.entity in PERSONAL:
            for label in ("様", "殿", "夫妻", "mailto:", "内線", "〒", "FN:", "TEL;", "ADR;", "BDAY:"):
                assert not text.endswith(label), (d.id, text)
                assert not text.startswith(label), (d.id, text)


def test_conventions() -> None:
    for d, s in SPANS:
        text = d.text[s.start : s.end]
        if s.entity == "PERSON":
            assert not text.endswith(("さん", "くん", "ちゃん", "先生", "課長")), (d.id, text)
            assert not text.startswith("故"), (d.id, text)
        if s.entity == "BIRTH_DATE":
            assert "歳" not in text, (d.id, text)
            assert "（" not in text, (d.id, text)
        if s.entity == "EMAIL_ADDRESS":
            assert not text.startswith(("<", "mailto")), (d.id, text)
        if s.form == "sql":
            assert d.text[s.start - 1] == "'", (d.id, text)
            assert d.text[s.end] == "'", (d.id, text)
    couples = [s for _d, s in SPANS if s.form == "couple"]
    maidens = [s for _d, s in SPANS if s.form == "maiden"]
    assert len(couples) % 2 == 0
    assert len(maidens) % 3 == 0


def test_negatives_hold_no_personal_value() -> None:
    for d in DOCS:
        if d.negative:
            assert all(s.entity in NOT_PERSONAL for s in d.spans)
            assert "@" not in d.text
            assert "様" not in d.text


def test_minimums() -> None:
    per_entity: Counter[str] = Counter()
    for (entity, _form), n in COUNTS.items():
        per_entity[entity] += n
    assert per_entity["PERSON"] >= 1800
    assert per_entity["ADDRESS"] >= 700
    assert per_entity["ORGANIZATION"] >= 600
    assert per_entity["LOCATION"] >= 180
    for entity, forms in FORMS.items():
        need = 45 if entity == "PERSON" else 20 if entity == "ADDRESS" else 12
        for form in forms:
            assert COUNTS[(entity, form)] >= need, (entity, form, COUNTS[(entity, form)])
    for (entity, form), n in COUNTS.items():
        if entity in PERSONAL:
            need = 45 if entity == "PERSON" else 20 if entity == "ADDRESS" else 12
            assert n >= need, (entity, form, n)
    spoken = sum(n for (_e, f), n in COUNTS.items() if f in ("spoken", "half_kana", "dictated", "caption"))
    assert spoken >= 150


def test_counts_equal_spans() -> None:
    assert Counter((s.entity, s.form) for _d, s in SPANS) == COUNTS


@pytest.mark.parametrize("entity", ["MY_NUMBER", "CREDIT_CARD", "HEALTH_INSURANCE"])
def test_check_digits(entity: str) -> None:
    values = [fold(d.text[s.start : s.end]) for d, s in SPANS if s.entity == entity]
    assert values
    for v in values:
        if entity == "MY_NUMBER":
            assert in_.is_valid(v), v
        else:
            assert luhn.is_valid(v), v


def test_phones_valid() -> None:
    for d, s in SPANS:
        if s.entity == "PHONE_NUMBER":
            v = fold(d.text[s.start : s.end])
            assert phonenumbers.is_valid_number(phonenumbers.parse(v, "JP")), (d.id, s.form, v)


def test_digit_lengths() -> None:
    for d, s in SPANS:
        if s.entity in DIGITS:
            v = fold(d.text[s.start : s.end])
            assert v.isdigit(), (d.id, s.entity, s.form, v)
            assert len(v) == DIGITS[s.entity], (d.id, s.entity, s.form, v)
        if s.entity == "PASSPORT":
            assert len(fold(d.text[s.start : s.end])) == 9
        if s.entity == "RESIDENCE_CARD":
            assert len(fold(d.text[s.start : s.end])) == 12


def test_deterministic_and_fast() -> None:
    start = time.perf_counter()
    again = build_sixteenth(SEED)
    assert time.perf_counter() - start < 5
    assert again == DOCS
    other = build_sixteenth(SEED + 1)
    assert [d.text for d in other] != [d.text for d in DOCS]


def test_doc_model() -> None:
    assert all(isinstance(d, BlindDoc) and d.text for d in DOCS)
