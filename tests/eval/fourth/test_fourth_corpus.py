"""Structural checks of the "fourth" corpus (no detector involved)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from itertools import pairwise

import pytest

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.fourth.corpus import SEED, build_fourth
from tests.eval.fourth.gen import ADDRESS_FORMS, BIRTH_FORMS, EMAIL_FORMS
from tests.eval.fourth.render import NUM_FORMS, license_digit, luhn_ok, my_number_digit

NUMERIC = ("PHONE_NUMBER", "POSTAL_CODE", "MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE", "PENSION_NUMBER",
           "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "BANK_ACCOUNT", "CREDIT_CARD", "CARE_INSURANCE",
           "DISABILITY_CERTIFICATE")
PERSON_FORMS = ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title", "surname_only", "prose")
OTHER_FORMS = {"PERSON": PERSON_FORMS, "ADDRESS": ADDRESS_FORMS, "BIRTH_DATE": BIRTH_FORMS,
               "EMAIL_ADDRESS": EMAIL_FORMS}
KINDS = {"news", "encyclopedic", "minutes", "chat", "foreign_resident", "counter_memo", "welfare", "form", "email",
         "bank"}
KANJI = str.maketrans("〇一二三四五六七八九", "0123456789")


@cache
def corpus() -> tuple[BlindDoc, ...]:
    return tuple(build_fourth())


def _value(doc: BlindDoc, span) -> str:  # type: ignore[no-untyped-def]
    return doc.text[span.start:span.end]


def _alnum(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).translate(KANJI)
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def test_size_and_ids() -> None:
    docs = corpus()
    assert 500 <= len(docs) <= 600
    ids = [d.id for d in docs]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"fourth-\d{4}", i) for i in ids)
    assert ids == [f"fourth-{n:04d}" for n in range(1, len(docs) + 1)]


def test_kinds_and_negatives() -> None:
    docs = corpus()
    kinds = Counter(d.kind for d in docs)
    assert set(k for k in kinds if not k.startswith("negative_")) == KINDS
    negatives = [d for d in docs if d.kind.startswith("negative_")]
    assert 80 <= len(negatives) <= 120
    for d in docs:
        assert d.negative == d.kind.startswith("negative_"), d.id
        personal = [s for s in d.spans if s.entity in PERSONAL]
        assert bool(personal) != d.negative, d.id


def test_offsets_valid() -> None:
    for d in corpus():
        for s in d.spans:
            assert 0 <= s.start < s.end <= len(d.text), d.id
            value = _value(d, s)
            assert value == value.strip(), (d.id, value)
            assert value.strip("\u200b") == value, (d.id, value)
            assert s.entity in PERSONAL | NOT_PERSONAL, s.entity


def test_personal_spans_do_not_overlap() -> None:
    for d in corpus():
        spans = sorted(d.spans, key=lambda s: (s.start, s.end))
        for a, b in pairwise(spans):
            if a.entity in PERSONAL or b.entity in PERSONAL:
                assert a.end <= b.start, (d.id, _value(d, a), _value(d, b))


def test_negatives_have_no_contact_data() -> None:
    for d in corpus():
        if d.negative:
            assert "@" not in d.text, d.id
            assert "＠" not in d.text, d.id
            assert not re.search(r"0\d{1,4}-\d{1,4}-\d{4}", d.text), d.id
            assert not re.search(r"\d+丁目\d+番", d.text), d.id


def test_every_form_is_well_represented() -> None:
    counts = Counter((s.entity, s.form) for d in corpus() for s in d.spans)
    for entity in NUMERIC:
        for form in NUM_FORMS:
            assert counts[(entity, form)] >= 8, (entity, form, counts[(entity, form)])
    for entity, forms in OTHER_FORMS.items():
        for form in forms:
            assert counts[(entity, form)] >= 5, (entity, form, counts[(entity, form)])


def test_forms_are_known() -> None:
    for d in corpus():
        for s in d.spans:
            if s.entity in NUMERIC:
                assert s.form in NUM_FORMS, (d.id, s)
            elif s.entity in OTHER_FORMS:
                assert s.form in OTHER_FORMS[s.entity], (d.id, s)
            else:
                assert s.form == "name", (d.id, s)


def test_totals() -> None:
    spans = [s for d in corpus() for s in d.spans]
    personal = sum(s.entity in PERSONAL for s in spans)
    public = sum(s.entity in NOT_PERSONAL for s in spans)
    assert 2400 <= personal <= 4200
    assert 700 <= public <= 1000


@pytest.mark.parametrize(
    ("entity", "shape"),
    [
        ("MY_NUMBER", r"\d{12}"),
        ("RESIDENT_CODE", r"\d{11}"),
        ("PENSION_NUMBER", r"\d{10}"),
        ("DRIVER_LICENSE", r"\d{12}"),
        ("PASSPORT", r"[A-Z]{2}\d{7}"),
        ("RESIDENCE_CARD", r"[A-Z]{2}\d{8}[A-Z]{2}"),
        ("CREDIT_CARD", r"\d{16}"),
        ("CARE_INSURANCE", r"\d{10}"),
        ("POSTAL_CODE", r"\d{7}"),
        ("PHONE_NUMBER", r"0\d{9,10}|81\d{9,10}"),
        ("HEALTH_INSURANCE", r"\d{2,8}"),
        ("BANK_ACCOUNT", r"\d{7,13}"),
        ("DISABILITY_CERTIFICATE", r"\d{5,7}"),
    ],
)
def test_identifier_shapes(entity: str, shape: str) -> None:
    for d in corpus():
        for s in d.spans:
            if s.entity == entity:
                assert re.fullmatch(shape, _alnum(_value(d, s))), (d.id, _value(d, s))


def test_check_digits() -> None:
    checked = Counter()
    for d in corpus():
        for s in d.spans:
            digits = _alnum(_value(d, s))
            if s.entity == "MY_NUMBER":
                assert my_number_digit(digits[:11]) == digits[11], (d.id, digits)
            elif s.entity == "CREDIT_CARD":
                assert luhn_ok(digits), (d.id, digits)
            elif s.entity == "HEALTH_INSURANCE" and len(digits) in (6, 8):
                assert luhn_ok(digits), (d.id, digits)  # 保険者番号 (and 後期 numbers written the same way)
            elif s.entity == "DRIVER_LICENSE":
                assert license_digit(digits[:10]) == digits[10], (d.id, digits)  # unofficial formula
            else:
                continue
            checked[s.entity] += 1
    assert min(checked.values()) >= 80


def test_deterministic() -> None:
    assert build_fourth(SEED) == build_fourth(SEED)
    assert build_fourth(SEED) != build_fourth(SEED + 1)
