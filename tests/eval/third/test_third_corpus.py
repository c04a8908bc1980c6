"""Structural checks of the third corpus (no detector involved)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pytest

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.third.corpus import SEED, build_third
from tests.eval.third.render import ADDRESS_FORMS, BIRTH_FORMS, EMAIL_FORMS, NUM_FORMS, NUMERIC, PERSON_FORMS
from tests.eval.third.values import luhn_valid, my_number_valid

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
}
KANJI = str.maketrans("〇一二三四五六七八九０１２３４５６７８９", "01234567890123456789")


@pytest.fixture(scope="module")
def docs() -> list[BlindDoc]:
    return build_third()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(KANJI))


def test_size_and_ids(docs: list[BlindDoc]) -> None:
    assert 500 <= len(docs) <= 600
    assert len({d.id for d in docs}) == len(docs)
    assert all(re.fullmatch(r"third-\d{4}", d.id) for d in docs)
    negatives = [d for d in docs if d.negative]
    assert 90 <= len(negatives) <= 110
    assert all(d.kind.startswith("negative_") == d.negative for d in docs)
    assert {d.kind for d in docs if not d.negative} == KINDS


def test_offsets(docs: list[BlindDoc]) -> None:
    for d in docs:
        for s in d.spans:
            value = d.text[s.start : s.end]
            assert value, (d.id, s)
            assert value == value.strip(), (d.id, s)
            assert s.entity in PERSONAL | NOT_PERSONAL, (d.id, s)


def test_no_overlap(docs: list[BlindDoc]) -> None:
    for d in docs:
        spans = sorted(d.spans, key=lambda s: s.start)
        for a, b in pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


def test_negatives_clean(docs: list[BlindDoc]) -> None:
    for d in docs:
        if d.kind.startswith("negative_"):
            assert not any(s.entity in PERSONAL for s in d.spans), d.id
            assert "@" not in d.text, d.id
            assert "＠" not in d.text, d.id
            assert not re.search(r"(?<!\d)0[5789]0-?\d{4}-?\d{4}(?!\d)", d.text), d.id
            assert not re.search(r"\d+丁目|\d+-\d+-\d+号", d.text), d.id


def test_form_coverage(docs: list[BlindDoc]) -> None:
    counts = Counter((s.entity, s.form) for d in docs for s in d.spans)
    required = {(e, f): 8 for e in NUMERIC for f in NUM_FORMS}
    required |= {("EMAIL_ADDRESS", f): 5 for f in EMAIL_FORMS}
    required |= {("PERSON", f): 5 for f in PERSON_FORMS}
    required |= {("ADDRESS", f): 5 for f in ADDRESS_FORMS}
    required |= {("BIRTH_DATE", f): 5 for f in BIRTH_FORMS}
    missing = {k: counts[k] for k, n in required.items() if counts[k] < n}
    assert not missing, missing


def test_form_shapes(docs: list[BlindDoc]) -> None:
    for d in docs:
        for s in d.spans:
            v = d.text[s.start : s.end]
            if s.form == "zero_width":
                assert "\u200b" in v, (d.id, s)
            elif s.form == "line_broken":
                assert "\n" in v, (d.id, s)
            elif s.form == "ideographic_space":
                assert "\u3000" in v, (d.id, s)
            elif s.form == "kanji" and s.entity in NUMERIC:
                assert not re.search(r"[0-9０-９]", v), (d.id, s)
            elif s.form == "kanji_mixed":
                assert re.search("[〇一二三四五六七八九]", v), (d.id, s)
            elif s.form == "fullwidth" and s.entity in NUMERIC:
                assert not re.search(r"[0-9]", v), (d.id, s)


def test_check_digits(docs: list[BlindDoc]) -> None:
    seen = Counter()
    for d in docs:
        for s in d.spans:
            num = digits(d.text[s.start : s.end])
            if s.entity == "MY_NUMBER":
                assert len(num) == 12, (d.id, s)
                assert my_number_valid(num), (d.id, s)
            elif s.entity == "CREDIT_CARD":
                assert len(num) in (15, 16), (d.id, s)
                assert luhn_valid(num), (d.id, s)
            elif s.entity == "HEALTH_INSURANCE" and len(num) in (6, 8):
                assert luhn_valid(num), (d.id, s)  # 保険者番号 and 被保険者番号 of 8 (国保 6) digits
            elif s.entity == "RESIDENT_CODE":
                assert len(num) == 11, (d.id, s)
            elif s.entity == "PENSION_NUMBER":
                assert len(num) == 10, (d.id, s)
            elif s.entity == "DRIVER_LICENSE":
                assert len(num) == 12, (d.id, s)
            elif s.entity == "CARE_INSURANCE":
                assert len(num) == 10, (d.id, s)
            elif s.entity == "POSTAL_CODE" or s.entity == "PASSPORT":
                assert len(num) == 7, (d.id, s)
            elif s.entity == "RESIDENCE_CARD":
                assert len(num) == 8, (d.id, s)
            seen[s.entity] += 1
    assert seen["MY_NUMBER"] > 0
    assert seen["CREDIT_CARD"] > 0


def test_deterministic(docs: list[BlindDoc]) -> None:
    assert build_third() == docs
    assert build_third(SEED) == docs
    assert build_third(SEED + 1) != docs
