"""Checks of the tenth blind corpus: offsets, overlaps, negatives, form minimums, check digits, determinism."""

from __future__ import annotations

import itertools
import re
import time
import unicodedata
from collections import Counter
from functools import cache

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.tenth.corpus import SEED, build_tenth
from tests.eval.tenth.values import (
    ADDRESS_FORMS,
    BIRTH_FORMS,
    EMAIL_FORMS,
    ID_ENTITIES,
    NUMBER_FORMS,
    PERSON_FORMS,
    PHONE_FORMS,
)

MINIMUM = {"PERSON": 1200, "ADDRESS": 500, "BIRTH_DATE": 280, "PHONE_NUMBER": 400, "EMAIL_ADDRESS": 200}
FORM_MINIMUM = {
    "PERSON": (PERSON_FORMS, 50),
    "ADDRESS": (ADDRESS_FORMS, 35),
    "BIRTH_DATE": (BIRTH_FORMS, 30),
    "EMAIL_ADDRESS": (EMAIL_FORMS, 10),
    "PHONE_NUMBER": (PHONE_FORMS, 8),
    "POSTAL_CODE": (NUMBER_FORMS, 8),
    **{e: (NUMBER_FORMS, 8) for e in ID_ENTITIES},
}
EDGE = re.compile(
    r"^[\s\u200b、。，．,.・：:；;（）()「」［］\[\]【】\-－]|[\s\u200b、。，．,.・：:；;（）()「」［］\[\]【】\-－]$"
)
PHONE = re.compile(r"(?<![0-9])0\d{1,4}[-(]\d{1,4}[-)]\d{3,4}(?![0-9])|(?<![0-9])0[5789]0\d{8}(?![0-9])|0120")
STREET = re.compile(
    r"\d+丁目|\d+番地|\d+番\d+号|(?<![0-9.])\d{1,4}-\d{1,4}-\d{1,4}(?![0-9])|[一二三四五六七八九十]+丁目"
)
DOMAINS = ("@example.jp", "@example.com", "@example.ne.jp", "@example.org")


@cache
def corpus() -> tuple[BlindDoc, ...]:
    return tuple(build_tenth(SEED))


def digits(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    return "".join(c for c in folded if c.isdigit())


def span_texts(entity: str) -> list[tuple[str, str]]:
    return [(d.text[s.start : s.end], s.form) for d in corpus() for s in d.spans if s.entity == entity]


def test_size_ids_and_kinds() -> None:
    docs = corpus()
    assert 500 <= len(docs) <= 560
    assert [d.id for d in docs] == [f"tenth-{i:04d}" for i in range(1, len(docs) + 1)]
    negatives = [d for d in docs if d.negative]
    assert 100 <= len(negatives) <= 120
    assert all(d.kind.startswith("negative_") for d in negatives)
    assert not any(d.kind.startswith("negative_") for d in docs if not d.negative)
    assert len({d.kind for d in negatives}) >= 10


def test_offsets_exact_and_stripped() -> None:
    for d in corpus():
        for s in d.spans:
            assert s.entity in PERSONAL | NOT_PERSONAL, (d.id, s)
            value = d.text[s.start : s.end]
            assert value, d.id
            assert value == value.strip(), (d.id, value)
            assert not EDGE.search(value), (d.id, value)
            if s.form == "line_broken":
                assert "\n" in value, (d.id, value)
            if s.form == "zero_width":
                assert "\u200b" in value, (d.id, value)


def test_no_overlapping_spans() -> None:
    for d in corpus():
        spans = sorted(d.spans, key=lambda s: (s.start, s.end))
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


def test_negatives_hold_nothing_personal() -> None:
    values = {v for d in corpus() for s in d.spans if s.entity in PERSONAL for v in [d.text[s.start : s.end]]}
    long_values = {v for v in values if len(v) >= 3}
    for d in corpus():
        if not d.negative:
            continue
        assert not any(s.entity in PERSONAL for s in d.spans)
        text = unicodedata.normalize("NFKC", d.text)
        assert "@" not in text, d.id
        assert "〒" not in text, d.id
        assert not PHONE.search(text), (d.id, PHONE.search(text))
        assert not STREET.search(text), (d.id, STREET.search(text))
        assert not [v for v in long_values if v in d.text], d.id
        for twelve in re.findall(r"(?<!\d)\d{12}(?!\d)", text):
            assert not in_.is_valid(twelve), (d.id, twelve)
        for thirteen in re.findall(r"(?<!\d)\d{13}(?!\d)", text):
            if "法人番号" in text:
                assert cn.is_valid(thirteen), (d.id, thirteen)


def test_entity_minimums() -> None:
    per_entity = Counter(s.entity for d in corpus() for s in d.spans)
    for entity in PERSONAL:
        assert per_entity[entity] >= MINIMUM.get(entity, 85), (entity, per_entity[entity])
    assert per_entity["ORGANIZATION"] > 0
    assert per_entity["LOCATION"] > 0


def test_form_minimums() -> None:
    per_form = Counter((s.entity, s.form) for d in corpus() for s in d.spans)
    for entity, (forms, least) in FORM_MINIMUM.items():
        written = {f for (e, f) in per_form if e == entity}
        assert written <= set(forms), (entity, written - set(forms))
        for form in forms:
            assert per_form[(entity, form)] >= least, (entity, form, per_form[(entity, form)])


def test_check_digits() -> None:
    for value, _form in span_texts("MY_NUMBER"):
        assert in_.is_valid(digits(value)), value
    for value, _form in span_texts("CREDIT_CARD"):
        assert luhn.is_valid(digits(value)), value
        assert 14 <= len(digits(value)) <= 16, value
    insurers = [digits(v) for v, _ in span_texts("HEALTH_INSURANCE") if len(digits(v)) in (6, 8)]
    assert len(insurers) >= 30
    assert all(luhn.is_valid(n) for n in insurers), insurers


def test_emails_use_example_domains() -> None:
    for value, form in span_texts("EMAIL_ADDRESS"):
        folded = unicodedata.normalize("NFKC", value).replace(" ", "")
        folded = re.sub(r"\(at\)|\[at\]|\[@\]|\(アット\)|アットマーク", "@", folded).replace("(dot)", ".")
        assert folded.endswith(DOMAINS), (form, value)


def test_birth_dates_have_other_dates_nearby() -> None:
    date_like = re.compile(r"\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}/\d{2}/\d{2}|R8\.\d|\d{1,2}/\d{1,2}")
    for d in corpus():
        births = [s for s in d.spans if s.entity == "BIRTH_DATE"]
        if not births:
            continue
        rest = list(d.text)
        for s in d.spans:
            rest[s.start : s.end] = [" "] * (s.end - s.start)
        assert date_like.search("".join(rest)), d.id


def test_same_seed_same_corpus_and_fast() -> None:
    start = time.perf_counter()
    again = build_tenth(SEED)
    assert time.perf_counter() - start < 5
    assert tuple(again) == corpus()
    assert build_tenth(SEED + 1) != list(corpus())


@pytest.mark.parametrize("entity", ["ORGANIZATION", "LOCATION"])
def test_not_personal_spans_are_names(entity: str) -> None:
    assert all(form == "name" for _, form in span_texts(entity))
