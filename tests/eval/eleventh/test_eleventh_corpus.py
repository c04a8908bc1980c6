"""Checks of the eleventh blind corpus: shape, span hygiene, negatives, form coverage, check digits."""

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
from tests.eval.eleventh.addresses import ADDRESS_FORMS
from tests.eval.eleventh.corpus import SEED, build_eleventh, build_with_state, counts
from tests.eval.eleventh.ids import ALNUM, NUMERIC, PHONE_FORMS, forms_of, mod11
from tests.eval.eleventh.people import BIRTH_FORMS, EMAIL_FORMS, PERSON_FORMS
from tests.eval.eleventh.pools import GIVEN_F, GIVEN_M, HISTORICAL, SURNAMES

EXPECTED_FORMS: dict[str, tuple[str, ...]] = {
    "PERSON": PERSON_FORMS,
    "ADDRESS": ADDRESS_FORMS,
    "PHONE_NUMBER": PHONE_FORMS,
    "EMAIL_ADDRESS": EMAIL_FORMS,
    "BIRTH_DATE": BIRTH_FORMS,
    **{e: forms_of(e) for e in (*NUMERIC, *ALNUM)},
}
KANJI = str.maketrans("〇一二三四五六七八九", "0123456789")
HONORIFICS = ("様", "さん", "殿", "くん", "ちゃん", "氏", "先生", "委員", "部長", "課長")
DATE = re.compile(r"\d{1,4}年\d{1,2}月\d{1,2}日|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日|R\d\.\d{1,2}\.\d{1,2}")
STREET = re.compile(
    r"番地|号室|丁目|\d+番\d+号|(?<![0-9A-Za-z\-－])[0-9０-９]+[-－][0-9０-９]+[-－][0-9０-９]+(?![-－0-9])"
)


@pytest.fixture(scope="module")
def docs() -> list[BlindDoc]:
    return build_eleventh()


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text).translate(KANJI))


def outside_spans(doc: BlindDoc, entities: frozenset[str] | None = None) -> str:
    chars = list(doc.text)
    for s in doc.spans:
        if entities is None or s.entity in entities:
            chars[s.start : s.end] = [" "] * (s.end - s.start)
    return "".join(chars)


def test_sizes_and_ids(docs: list[BlindDoc]) -> None:
    assert 520 <= len(docs) <= 570
    assert [d.id for d in docs] == [f"eleventh-{i:04d}" for i in range(1, len(docs) + 1)]
    negatives = [d for d in docs if d.negative]
    assert 100 <= len(negatives) <= 120
    kinds = Counter(d.kind for d in negatives)
    assert len(kinds) >= 12
    assert min(kinds.values()) >= 7
    assert not {d.kind for d in negatives} & {d.kind for d in docs if not d.negative}
    per_entity, _ = counts(docs)
    assert sum(n for e, n in per_entity.items() if e in PERSONAL) >= 4000


def test_spans_exact_stripped_and_apart(docs: list[BlindDoc]) -> None:
    for doc in docs:
        last_end = 0
        for span in sorted(doc.spans, key=lambda s: s.start):
            text = doc.text[span.start : span.end]
            assert span.entity in PERSONAL | NOT_PERSONAL
            assert text, doc.id
            assert text == text.strip(), (doc.id, text)
            for ch in (text[0], text[-1]):
                assert unicodedata.category(ch)[0] not in "PZC", (doc.id, span, text)
            assert span.start >= last_end, (doc.id, span)
            last_end = span.end
            if span.entity in NOT_PERSONAL:
                assert span.form == "name"


def test_span_conventions(docs: list[BlindDoc]) -> None:
    for doc in docs:
        for span in doc.spans:
            text = doc.text[span.start : span.end]
            if span.entity == "PERSON":
                assert not text.endswith(HONORIFICS), (doc.id, text)
            if span.entity == "EMAIL_ADDRESS":
                assert "mailto" not in text
                assert not {"<", ">"} & set(text), text
            if span.entity == "POSTAL_CODE":
                assert "〒" not in text
            if span.entity == "BIRTH_DATE":
                assert not {"歳", "(", "（"} & set(text), text
            if span.entity == "PHONE_NUMBER":
                assert "内線" not in text


def test_negatives_hold_nothing_personal(docs: list[BlindDoc]) -> None:
    names = {s for s, _k, _r in SURNAMES if len(s) >= 2} | {n for n, _k, _r in GIVEN_M + GIVEN_F if len(n) >= 2}
    names |= {h for h, _r in HISTORICAL}
    for doc in (d for d in docs if d.negative):
        assert not any(s.entity in PERSONAL for s in doc.spans)
        text = doc.text
        assert not {"@", "＠", "〒"} & set(text), doc.id
        assert not list(phonenumbers.PhoneNumberMatcher(text, "JP")), doc.id
        assert not STREET.search(text), (doc.id, STREET.search(text))
        free = outside_spans(doc, NOT_PERSONAL)
        assert not [n for n in names if n in free], (doc.id, [n for n in names if n in free])
        for run in re.findall(r"(?<!\d)\d{12}(?!\d)", text):
            assert not mynumber.is_valid(run), (doc.id, run)


def test_form_minimums(docs: list[BlindDoc]) -> None:
    per_entity, per_form = counts(docs)
    for entity in PERSONAL:
        assert per_entity[entity] >= 90, entity
    for entity, forms in EXPECTED_FORMS.items():
        floor = 40 if entity in ("PERSON", "ADDRESS") else 9
        for form in forms:
            assert per_form[(entity, form)] >= floor, (entity, form, per_form[(entity, form)])
        written = {f for (e, f) in per_form if e == entity}
        assert written <= set(forms), (entity, written - set(forms))
    assert per_entity["ORGANIZATION"] >= 200
    assert per_entity["LOCATION"] >= 200


def test_every_drawn_value_is_written() -> None:
    """The balancing counts are exactly the spans written: no value drawn and dropped."""
    docs, g = build_with_state()
    _, per_form = counts(docs)
    assert per_form == +g.counts


def test_forms_are_balanced(docs: list[BlindDoc]) -> None:
    """Within an entity, the forms drawn freely differ by a handful at most."""
    _, per_form = counts(docs)
    for entity in ("PHONE_NUMBER", "EMAIL_ADDRESS", "BIRTH_DATE", "ADDRESS", "MY_NUMBER", "CREDIT_CARD"):
        values = [n for (e, f), n in per_form.items() if e == entity and f != "tab_cell"]
        assert max(values) - min(values) <= 3, (entity, values)


def test_check_digits(docs: list[BlindDoc]) -> None:
    checked = Counter[str]()
    for doc in docs:
        for span in doc.spans:
            d = digits_of(doc.text[span.start : span.end])
            if span.entity == "MY_NUMBER":
                assert len(d) == 12, (doc.id, d)
                assert mynumber.is_valid(d), (doc.id, d)
            elif span.entity == "CREDIT_CARD":
                assert 14 <= len(d) <= 16, (doc.id, d)
                assert luhn.is_valid(d), (doc.id, d)
            elif span.entity == "HEALTH_INSURANCE" and len(d) in (6, 8):
                assert luhn.is_valid(d), (doc.id, d)
            elif span.entity == "RESIDENT_CODE":
                assert len(d) == 11, (doc.id, d)
                assert mod11(d[:10]) == d[10], (doc.id, d)
            elif span.entity == "DRIVER_LICENSE":
                assert len(d) == 12, (doc.id, d)
                assert mod11(d[:10]) == d[10], (doc.id, d)
            elif span.entity == "POSTAL_CODE":
                assert len(d) == 7
            else:
                continue
            checked[span.entity] += 1
    assert checked["HEALTH_INSURANCE"] >= 30
    assert len(checked) == 6


def test_phone_numbers_valid(docs: list[BlindDoc]) -> None:
    for doc in docs:
        for span in doc.spans:
            if span.entity != "PHONE_NUMBER" or span.form == "dictated":
                continue
            d = digits_of(doc.text[span.start : span.end])
            if span.form == "international":
                d = "0" + d[2:].removeprefix("0")
            assert phonenumbers.is_valid_number(phonenumbers.parse(d, "JP")), (doc.id, d)


def test_birth_dates_come_with_other_dates(docs: list[BlindDoc]) -> None:
    with_birth = [d for d in docs if any(s.entity == "BIRTH_DATE" for s in d.spans)]
    assert len(with_birth) >= 100
    for doc in with_birth:
        assert DATE.search(outside_spans(doc)), doc.id


def test_deterministic_and_fast() -> None:
    start = time.perf_counter()
    first = build_eleventh(SEED)
    assert time.perf_counter() - start < 5.0
    assert build_eleventh(SEED) == first
    assert build_eleventh(SEED + 1) != first
