"""Checks of the thirteenth blind corpus."""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import PERSONAL, BlindDoc
from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.corpus import FORM_MIN, FORMS, SEED, build_thirteenth, build_with_counts
from tests.eval.thirteenth.numbers import LICENSE_W, MOD11_W, mod11

DOCS = build_thirteenth()
PUNCT = set("、。，,.：:；;（）()「」『』【】[]<>＜＞!?！？・-－\"'")
HONORIFICS = ("様", "さん", "氏", "殿", "くん", "ちゃん", "先生", "委員", "部長", "課長")


def to_digits(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    for i, k in enumerate(P.KANJI_DIGITS):
        t = t.replace(k, str(i))
    for reads in (P.KATA_READ, P.HIRA_READ):
        for i, w in sorted(enumerate(reads), key=lambda x: -len(x[1])):
            t = t.replace(w, str(i))
    return re.sub(r"\D", "", t)


def test_sizes_and_ids() -> None:
    assert 520 <= len(DOCS) <= 580
    assert [d.id for d in DOCS] == [f"thirteenth-{i:04d}" for i in range(1, len(DOCS) + 1)]
    neg = [d for d in DOCS if d.negative]
    assert 100 <= len(neg) <= 120
    assert len({d.kind for d in neg}) >= 12
    assert len({d.kind for d in DOCS if not d.negative}) >= 30
    assert sum(s.entity in PERSONAL for d in DOCS for s in d.spans) >= 4500


def test_spans_exact() -> None:
    for d in DOCS:
        last = 0
        for s in sorted(d.spans, key=lambda s: s.start):
            text = d.text[s.start : s.end]
            assert text, (d.id, text)
            assert text == text.strip(), (d.id, text)
            assert text[0] not in PUNCT, (d.id, text)
            assert text[-1] not in PUNCT, (d.id, text)
            assert s.start >= last, (d.id, text)
            last = s.end


def test_conventions() -> None:
    for d in DOCS:
        for s in d.spans:
            t = d.text[s.start : s.end]
            assert "mailto:" not in t
            assert "〒" not in t
            assert "内線" not in t
            if s.entity == "PERSON":
                assert not t.endswith(HONORIFICS), (d.id, t)
                assert not t.startswith("@"), (d.id, t)
                assert "歳" not in t
            if s.entity == "EMAIL_ADDRESS":
                assert re.search(r"example\s*(\.|dot)", unicodedata.normalize("NFKC", t), re.I), t


def test_negatives() -> None:
    for d in (d for d in DOCS if d.negative):
        assert not any(s.entity in PERSONAL for s in d.spans)
        assert "@" not in d.text
        assert "〒" not in d.text
        assert "＠" not in d.text
        assert not list(phonenumbers.PhoneNumberMatcher(d.text, "JP")), d.id
        for run in re.findall(r"(?<!\d)\d{12}(?!\d)", d.text):
            assert not mynumber.is_valid(run), (d.id, run)


def test_minimums_and_balance() -> None:
    docs, counts = build_with_counts(SEED)
    written: Counter[tuple[str, str]] = Counter(
        (s.entity, s.form) for d in docs for s in d.spans if s.entity in PERSONAL
    )
    assert written == +counts
    per_entity = Counter(s.entity for d in docs for s in d.spans)
    for e, forms in FORMS.items():
        assert per_entity[e] >= 90, e
        for f in forms:
            assert written[(e, f)] >= max(10, FORM_MIN[e] - 2), (e, f, written[(e, f)])


def _spans(entity: str) -> list[tuple[str, str]]:
    return [(d.text[s.start : s.end], s.form) for d in DOCS for s in d.spans if s.entity == entity]


def test_check_digits() -> None:
    for t, _f in _spans("MY_NUMBER"):
        assert mynumber.is_valid(to_digits(t)), t
    for t, _f in _spans("CREDIT_CARD"):
        assert luhn.is_valid(to_digits(t)), t
        assert len(to_digits(t)) == 16, t
    for t, _f in _spans("HEALTH_INSURANCE"):
        assert len(to_digits(t)) in (6, 8), t
        assert luhn.is_valid(to_digits(t)), t
    for t, _f in _spans("RESIDENT_CODE"):
        n = to_digits(t)
        assert len(n) == 11, t
        assert mod11(n[:10], MOD11_W[1:]) == n[10], t
    for t, _f in _spans("DRIVER_LICENSE"):
        n = to_digits(t)
        assert len(n) == 12, t
        assert mod11(n[:10], LICENSE_W) == n[10], t


def test_phones_valid() -> None:
    for t, f in _spans("PHONE_NUMBER"):
        if f in ("dictated", "half_read"):
            assert len(to_digits(t)) in (10, 11), t
            continue
        n = to_digits(t)
        num = phonenumbers.parse("+" + n if t.lstrip().startswith("+") else n, "JP")
        assert phonenumbers.is_valid_number(num), t


def test_birth_docs_have_other_dates() -> None:
    date = re.compile(r"\d{1,4}[年/]\d{1,2}[月/]\d{1,2}|\d{1,2}月\d{1,2}日")
    for d in DOCS:
        births = [s for s in d.spans if s.entity == "BIRTH_DATE"]
        if births:
            masked = list(d.text)
            for s in d.spans:
                masked[s.start : s.end] = ["#"] * (s.end - s.start)
            assert date.search("".join(masked)), d.id


def test_deterministic_and_fast() -> None:
    t0 = time.perf_counter()
    again = build_thirteenth(SEED)
    assert time.perf_counter() - t0 < 5
    assert again == DOCS
    assert build_thirteenth(SEED + 1) != DOCS


@pytest.mark.parametrize("doc", DOCS[:3], ids=lambda d: d.id)
def test_sample_docs_nonempty(doc: BlindDoc) -> None:
    assert doc.text.strip()
