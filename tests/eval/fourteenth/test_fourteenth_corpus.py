"""Checks of the fourteenth blind corpus: offsets, conventions, negatives, minimums, check digits, determinism."""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.fourteenth.corpus import KINDS, SEED, build_fourteenth, build_with_counts
from tests.eval.fourteenth.negatives import NEGATIVES
from tests.eval.fourteenth.numbers import fold

DOCS, COUNTS = build_with_counts()
POSITIVE = [d for d in DOCS if not d.negative]
NEGATIVE = [d for d in DOCS if d.negative]
HONORIFICS = ("様", "さん", "氏", "殿", "くん", "ちゃん", "先生", "委員", "課長", "部長", "係長", "議員")
ID_ENTITIES = sorted(PERSONAL - {"PERSON", "ADDRESS"})


def spans(entity: str | None = None) -> list[tuple[BlindDoc, str, str]]:
    return [(d, d.text[s.start : s.end], s.form) for d in DOCS for s in d.spans if entity in (None, s.entity)]


def test_sizes_and_ids() -> None:
    assert 540 <= len(DOCS) <= 600
    assert 430 <= len(POSITIVE) <= 480
    assert 100 <= len(NEGATIVE) <= 120
    assert [d.id for d in DOCS] == [f"fourteenth-{i:04d}" for i in range(1, len(DOCS) + 1)]
    assert len({d.kind for d in POSITIVE}) >= 30
    assert len({d.kind for d in NEGATIVE}) >= 14
    assert {d.kind for d in NEGATIVE} <= set(NEGATIVES)
    assert {d.kind for d in POSITIVE} <= set(KINDS)


def test_prose_share() -> None:
    prose = sum(KINDS[d.kind][2] for d in POSITIVE)
    assert prose * 4 >= len(POSITIVE)


def test_offsets_and_span_shape() -> None:
    for d in DOCS:
        last = -1
        for s in sorted(d.spans, key=lambda s: s.start):
            text = d.text[s.start : s.end]
            assert s.entity in PERSONAL | NOT_PERSONAL
            assert text, d.id
            assert text == text.strip(), (d.id, text)
            for ch in (text[0], text[-1]):
                assert not unicodedata.category(ch).startswith(("P", "Z")), (d.id, text)
            assert s.start >= last, (d.id, text)
            last = s.end


def test_conventions() -> None:
    for d, text, _form in spans("PERSON"):
        assert "@" not in text, (d.id, text)
        assert not text.endswith(HONORIFICS), (d.id, text)
        assert not re.search(r"\d", text), (d.id, text)
    for d, text, _form in spans("POSTAL_CODE"):
        assert "〒" not in text, (d.id, text)
    for d, text, _form in spans("EMAIL_ADDRESS"):
        assert not text.startswith("mailto"), (d.id, text)
        assert not set(text) & set("<>"), (d.id, text)
    for d, text, _form in spans("PHONE_NUMBER"):
        assert "内線" not in text, (d.id, text)
    for d, text, _form in spans("BIRTH_DATE"):
        assert not set(text) & set("歳（"), (d.id, text)
        assert not text.endswith("生"), (d.id, text)
    for d, text, _form in spans("BANK_ACCOUNT"):
        assert "支店" not in text, (d.id, text)
        assert "普通" not in text, (d.id, text)


def test_counts_equal_spans() -> None:
    seen: Counter[tuple[str, str]] = Counter((s.entity, s.form) for d in DOCS for s in d.spans if s.entity in PERSONAL)
    assert seen == +COUNTS


MIN_FORMS = {"PERSON": 22, "ADDRESS": 14}


@pytest.mark.parametrize("entity", sorted(PERSONAL))
def test_minimums(entity: str) -> None:
    forms = {f: n for (e, f), n in COUNTS.items() if e == entity}
    assert len(forms) >= MIN_FORMS.get(entity, 6), forms
    floor = {"PERSON": 45, "ADDRESS": 20}.get(entity, 12)
    assert min(forms.values()) >= floor, forms


def test_totals() -> None:
    per = Counter(s.entity for d in DOCS for s in d.spans)
    assert sum(per[e] for e in PERSONAL) >= 4500
    assert per["PERSON"] >= 1800
    assert per["ADDRESS"] >= 700
    assert per["ORGANIZATION"] >= 200
    assert per["LOCATION"] >= 100


def test_my_number_check_digit() -> None:
    for d, text, _form in spans("MY_NUMBER"):
        assert mynumber.is_valid(fold(text)), (d.id, text)


def test_credit_card_luhn() -> None:
    for d, text, _form in spans("CREDIT_CARD"):
        digits = fold(text)
        assert len(digits) == 16, (d.id, text)
        assert luhn.is_valid(digits), (d.id, text)


def test_phone_numbers_valid() -> None:
    for d, text, form in spans("PHONE_NUMBER"):
        digits = fold(text.replace("+81", "0").replace("+８１", "0"))
        if form in ("spoken", "kana_half"):
            assert len(digits) in (10, 11), (d.id, text)
            continue
        number = phonenumbers.parse(digits, "JP")
        assert phonenumbers.is_valid_number(number), (d.id, text)


def test_digit_lengths() -> None:
    lengths = {
        "POSTAL_CODE": {7},
        "RESIDENT_CODE": {11},
        "PENSION_NUMBER": {10},
        "DRIVER_LICENSE": {12},
        "CARE_INSURANCE": {10},
        "DISABILITY_CERTIFICATE": {6, 7},
    }
    for entity, ok in lengths.items():
        for d, text, _form in spans(entity):
            assert len(fold(text)) in ok, (d.id, text)


def test_negatives_hold_nothing_personal() -> None:
    for d in NEGATIVE:
        assert not any(s.entity in PERSONAL for s in d.spans)
        assert not set(d.text) & set("@＠〒"), d.id
        assert not list(phonenumbers.PhoneNumberMatcher(d.text, "JP")), d.id
        folded = unicodedata.normalize("NFKC", d.text)
        for run in re.findall(r"(?<!\d)\d{12}(?!\d)", folded):
            assert not mynumber.is_valid(run), (d.id, run)


def test_deterministic_and_fast() -> None:
    start = time.perf_counter()
    again = build_fourteenth()
    assert time.perf_counter() - start < 5
    assert again == DOCS
    assert SEED == 20261207
