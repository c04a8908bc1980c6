"""Checks of the fifteenth blind corpus: shape, offsets, span conventions, negatives, minimums, check digits."""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from functools import cache

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc

from .corpus import NEGATIVE, POSITIVE, PROSE_KINDS, SEED, build_fifteenth, build_with_counts

HONORIFICS = ("様", "さん", "氏", "殿", "くん", "ちゃん", "先生", "委員", "課長", "部長", "夫妻")
PERSON_FORMS = (
    "full_space", "full_zen", "full_nospace", "hiragana", "katakana", "hankaku", "reading_paren", "ruby", "variant",
    "surname_later", "staff_surname", "given_only", "title", "speaker", "signature", "with_age", "dono", "mention",
    "list", "couple", "maiden", "relation", "foreign_katakana", "romanized", "initial_family", "comma_given",
    "english_sentence", "prose", "cell", "filename", "cjk_kanji", "quoted", "quoted_reply",
)  # fmt: skip
KANA_FORMS = frozenset({"spoken", "half_kana", "dictated"})
KANA_DIGIT = {"ゼロ": "0", "マル": "0", "レイ": "0", "イチ": "1", "ニー": "2", "ニ": "2", "サン": "3", "ヨン": "4",
              "ゴー": "5", "ゴ": "5", "ロク": "6", "ナナ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9"}  # fmt: skip
KANA_RE = re.compile("|".join(sorted(KANA_DIGIT, key=len, reverse=True)))
KANJI = "〇一二三四五六七八九"


@cache
def corpus() -> tuple[list[BlindDoc], Counter[tuple[str, str]]]:
    return build_with_counts()


def docs() -> list[BlindDoc]:
    return corpus()[0]


def spans_of(entity: str) -> list[tuple[BlindDoc, str, str]]:
    return [(d, d.text[s.start : s.end], s.form) for d in docs() for s in d.spans if s.entity == entity]


def digits(text: str) -> str:
    """Fold width, kanji digits and digits read in katakana to ASCII digits."""
    text = unicodedata.normalize("NFKC", text)
    text = KANA_RE.sub(lambda m: KANA_DIGIT[m.group(0)], text)
    return "".join(str(KANJI.index(c)) if c in KANJI else c for c in text if c.isdigit() or c in KANJI)


def is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P") or ch.isspace() or ch in "\u200b"


def test_sizes_ids_and_kinds() -> None:
    ds = docs()
    assert SEED == 20261208
    assert 540 <= len(ds) <= 600
    assert [d.id for d in ds] == [f"fifteenth-{i:04d}" for i in range(1, len(ds) + 1)]
    pos = [d for d in ds if not d.negative]
    neg = [d for d in ds if d.negative]
    assert 430 <= len(pos) <= 490
    assert 100 <= len(neg) <= 120
    assert len({d.kind for d in pos}) >= 30
    assert len({d.kind for d in neg}) >= 14
    assert {d.kind for d in pos} == {k for k, _f, _n in POSITIVE}
    assert {d.kind for d in neg} == {k for k, _f, _n in NEGATIVE}
    assert sum(d.kind in PROSE_KINDS for d in pos) * 3 >= len(pos)


def test_offsets_and_span_text() -> None:
    for d in docs():
        last_end = -1
        for s in sorted(d.spans, key=lambda s: s.start):
            assert s.entity in PERSONAL | NOT_PERSONAL
            assert 0 <= s.start < s.end <= len(d.text), (d.id, s)
            text = d.text[s.start : s.end]
            assert text == text.strip(), (d.id, text)
            assert text.strip("\u200b") == text, (d.id, text)
            assert not is_punct(text[0]), (d.id, s.entity, text)
            assert not is_punct(text[-1]), (d.id, s.entity, text)
            assert s.start >= last_end, (d.id, "overlap", text)
            last_end = s.end


def test_span_conventions() -> None:
    for d in docs():
        for s in d.spans:
            text = d.text[s.start : s.end]
            assert not text.startswith(("〒", "@", "＠", "mailto:", "<")), (d.id, text)
            assert "内線" not in text, (d.id, text)
            assert "支店" not in text, (d.id, text)
            assert "歳" not in text, (d.id, text)
            if s.entity == "PERSON":
                assert not text.endswith(HONORIFICS), (d.id, text)
            if s.entity == "BIRTH_DATE":
                assert not text.endswith(("生", "曜日", "歳")), (d.id, text)
            if s.entity == "EMAIL_ADDRESS" and s.form in ("mailto", "angle", "header"):
                assert d.text[: s.start].endswith(("mailto:", "<")), (d.id, text)


def test_negatives_hold_nothing_personal() -> None:
    for d in (d for d in docs() if d.negative):
        assert not any(s.entity in PERSONAL for s in d.spans)
        assert "@" not in d.text, d.id
        assert "＠" not in d.text, d.id
        assert "〒" not in d.text, d.id
        found = [m.raw_string for m in phonenumbers.PhoneNumberMatcher(d.text, "JP")]
        assert not found, (d.id, found)
        for run in re.findall(r"(?<!\d)\d{12}(?!\d)", unicodedata.normalize("NFKC", d.text)):
            assert not mynumber.is_valid(run), (d.id, run)


def test_minimums() -> None:
    _ds, counts = corpus()
    per_entity: Counter[str] = Counter()
    for (e, _f), n in counts.items():
        per_entity[e] += n
    assert sum(n for e, n in per_entity.items() if e in PERSONAL) >= 4500
    assert per_entity["PERSON"] >= 1800
    assert per_entity["ADDRESS"] >= 700
    assert per_entity["ORGANIZATION"] >= 300
    assert per_entity["LOCATION"] >= 100
    for form in PERSON_FORMS:
        assert counts[("PERSON", form)] >= 45, form
    address_forms = [f for (e, f) in counts if e == "ADDRESS"]
    assert len(address_forms) >= 14
    assert all(counts[("ADDRESS", f)] >= 20 for f in address_forms)
    for entity in PERSONAL - {"PERSON", "ADDRESS"}:
        forms = [f for (e, f) in counts if e == entity]
        assert len(forms) >= 10, entity
        for form in forms:
            assert counts[(entity, form)] >= 12, (entity, form, counts[(entity, form)])
    assert sum(n for (e, f), n in counts.items() if f == "spoken") >= 150


def test_counts_equal_spans() -> None:
    ds, counts = corpus()
    assert Counter((s.entity, s.form) for d in ds for s in d.spans) == counts


def test_check_digits() -> None:
    for d, text, form in spans_of("MY_NUMBER"):
        assert mynumber.is_valid(digits(text)), (d.id, text, form)
    for d, text, form in spans_of("CREDIT_CARD"):
        n = digits(text)
        assert len(n) in (14, 16), (d.id, text, form)
        assert luhn.is_valid(n), (d.id, text, form)


def test_phone_numbers() -> None:
    for d, text, form in spans_of("PHONE_NUMBER"):
        folded = unicodedata.normalize("NFKC", text).replace("+81", "0")
        n = digits(folded)
        if form in KANA_FORMS:
            assert len(n) in (10, 11), (d.id, text)
            continue
        assert phonenumbers.is_valid_number(phonenumbers.parse(n, "JP")), (d.id, text, form)


@pytest.mark.parametrize(("entity", "sizes"), [("POSTAL_CODE", {7}), ("RESIDENT_CODE", {11}), ("PENSION_NUMBER", {10}),
                                               ("DRIVER_LICENSE", {12}), ("CARE_INSURANCE", {10})])  # fmt: skip
def test_digit_lengths(entity: str, sizes: set[int]) -> None:
    for d, text, _form in spans_of(entity):
        assert len(digits(text)) in sizes, (d.id, text)


def test_determinism_and_build_time() -> None:
    t0 = time.perf_counter()
    again = build_fifteenth()
    assert time.perf_counter() - t0 < 5
    assert again == docs()
