"""Checks of the ninth blind corpus: offsets, overlaps, clean negatives, form minimums, check digits, determinism."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

import pytest

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.ninth.corpus import SEED, build_ninth
from tests.eval.ninth.forms import (
    BIRTH_FORMS,
    EMAIL_FORMS,
    NUMERIC,
    NUMERIC_FORMS,
    corporate_valid,
    digits_of,
    luhn_valid,
    my_number_valid,
)
from tests.eval.ninth.people import ADDRESS_FORMS, PERSON_FORMS

MIN_NUMERIC_FORM = 8
MIN_EMAIL_FORM = 10
MIN_BIRTH_FORM = 30
MIN_PERSON_FORM = 50
MIN_ADDRESS_FORM = 35
EDGE_JUNK = set(" \t\n\u3000\u200b、。，．「」『』（）()【】［］[]：:・,;；")


@pytest.fixture(scope="module")
def docs() -> list[BlindDoc]:
    return build_ninth(SEED)


@pytest.fixture(scope="module")
def forms(docs: list[BlindDoc]) -> Counter[tuple[str, str]]:
    return Counter((s.entity, s.form) for d in docs for s in d.spans)


def test_size_ids_and_kinds(docs: list[BlindDoc]) -> None:
    assert 520 <= len(docs) <= 560
    assert [d.id for d in docs] == [f"ninth-{i:04d}" for i in range(1, len(docs) + 1)]
    negatives = [d for d in docs if d.negative]
    assert 100 <= len(negatives) <= 120
    kinds = {d.kind for d in negatives}
    assert len(kinds) >= 9
    assert all(k.startswith("negative_") for k in kinds)
    assert all(not d.kind.startswith("negative_") for d in docs if not d.negative)


def test_exact_and_stripped_offsets(docs: list[BlindDoc]) -> None:
    for d in docs:
        for s in d.spans:
            assert 0 <= s.start < s.end <= len(d.text), (d.id, s)
            t = d.text[s.start : s.end]
            assert t == t.strip(), (d.id, s, t)
            assert t[0] not in EDGE_JUNK, (d.id, s, t)
            assert t[-1] not in EDGE_JUNK, (d.id, s, t)
            assert s.entity in PERSONAL | NOT_PERSONAL
            if s.entity in NUMERIC:
                assert unicodedata.normalize("NFKC", t[0]).isalnum() or t[0] in "〇一二三四五六七八九", (d.id, t)
                assert unicodedata.normalize("NFKC", t[-1]).isalnum() or t[-1] in "〇一二三四五六七八九", (d.id, t)
        assert d.text == d.text.rstrip("\n")


def test_no_overlaps(docs: list[BlindDoc]) -> None:
    for d in docs:
        spans = sorted(d.spans, key=lambda s: (s.start, s.end))
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


PHONE_LIKE = re.compile(
    r"(?<![0-9０-９])0[0-9０-９]{1,4}[-－‐(（ ][0-9０-９]{1,4}[-－‐)） ][0-9０-９]{4}(?![0-9０-９])"
)
MOBILE_LIKE = re.compile(r"(?<![0-9])0[789]0[0-9]{8}(?![0-9])")
STREET_LIKE = re.compile(r"丁目|番地|[0-9０-９]+番[0-9０-９]+号|号室")


def test_negatives_clean(docs: list[BlindDoc]) -> None:
    for d in docs:
        if not d.negative:
            assert any(s.entity in PERSONAL for s in d.spans), d.id
            continue
        assert not any(s.entity in PERSONAL for s in d.spans), d.id
        for mark in ("@", "＠", "〒"):
            assert mark not in d.text, (d.id, mark)
        assert not PHONE_LIKE.search(d.text), (d.id, PHONE_LIKE.search(d.text))
        assert not MOBILE_LIKE.search(d.text), d.id
        assert not STREET_LIKE.search(d.text), (d.id, STREET_LIKE.search(d.text))
        assert any(s.entity in NOT_PERSONAL for s in d.spans), d.id


def test_every_entity_and_form_at_its_minimum(forms: Counter[tuple[str, str]]) -> None:
    per_entity = Counter()
    for (e, _f), n in forms.items():
        per_entity[e] += n
    for e in PERSONAL:
        assert per_entity[e] >= 80, (e, per_entity[e])
    for e in NUMERIC:
        for f in NUMERIC_FORMS:
            assert forms[(e, f)] >= MIN_NUMERIC_FORM, (e, f, forms[(e, f)])
    for f in EMAIL_FORMS:
        assert forms[("EMAIL_ADDRESS", f)] >= MIN_EMAIL_FORM, f
    for f in BIRTH_FORMS:
        assert forms[("BIRTH_DATE", f)] >= MIN_BIRTH_FORM, f
    for f in PERSON_FORMS:
        assert forms[("PERSON", f)] >= MIN_PERSON_FORM, f
    for f in ADDRESS_FORMS:
        assert forms[("ADDRESS", f)] >= MIN_ADDRESS_FORM, f
    assert forms[("PERSON", "kanji")] > 2 * MIN_PERSON_FORM
    assert forms[("PERSON", "surname_only")] > 2 * MIN_PERSON_FORM
    assert per_entity["ORGANIZATION"] > 300
    assert per_entity["LOCATION"] > 200


def _values(docs: list[BlindDoc], entity: str) -> list[str]:
    return [d.text[s.start : s.end] for d in docs for s in d.spans if s.entity == entity]


def test_check_digits(docs: list[BlindDoc]) -> None:
    for v in _values(docs, "MY_NUMBER"):
        assert my_number_valid(digits_of(v)), v
    for v in _values(docs, "CREDIT_CARD"):
        assert len(digits_of(v)) in (14, 16), v
        assert luhn_valid(digits_of(v)), v
    for v in _values(docs, "HEALTH_INSURANCE"):
        assert len(digits_of(v)) in (6, 8), v
        assert luhn_valid(digits_of(v)), v
    for v in _values(docs, "PHONE_NUMBER"):
        ds = digits_of(v)
        assert ds.startswith("0"), v
        assert len(ds) in (10, 11), v
    for v in _values(docs, "POSTAL_CODE"):
        assert len(digits_of(v)) == 7, v
    corporate = reference = 0
    for d in docs:
        if d.kind == "negative_bid_notice":
            for m in re.finditer(r"法人番号 ([0-9]{13})", d.text):
                assert corporate_valid(m.group(1)), m.group(1)
                corporate += 1
        if d.kind == "negative_reference_numbers":
            for m in re.finditer(r"照会番号 ([0-9 ]{12,14})", d.text):
                ds = m.group(1).replace(" ", "")
                assert len(ds) == 12, ds
                assert not my_number_valid(ds), ds
                reference += 1
    assert corporate >= 5
    assert reference >= 20


def test_mail_domains_are_example(docs: list[BlindDoc]) -> None:
    for v in _values(docs, "EMAIL_ADDRESS"):
        folded = unicodedata.normalize("NFKC", v).replace(" ", "")
        assert "example" in folded, v


def test_wordlike_names_also_places(docs: list[BlindDoc]) -> None:
    persons = set(_values(docs, "PERSON"))
    places = set(_values(docs, "LOCATION")) | set(_values(docs, "ORGANIZATION"))
    for word in ("森", "林", "小野", "石川", "長野", "岡山"):
        assert any(p.startswith(word) for p in persons), word
        assert any(word in p for p in places), word
    for given in ("光", "翼", "渚"):
        assert any(p.endswith(given) for p in persons), given


def test_deterministic() -> None:
    assert build_ninth(SEED) == build_ninth(SEED)
    assert build_ninth(SEED + 1) != build_ninth(SEED)
