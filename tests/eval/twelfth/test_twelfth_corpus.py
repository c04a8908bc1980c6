"""Checks of the twelfth blind corpus: sizes, spans, conventions, negatives, forms, balance, check digits."""

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
from tests.eval.twelfth.corpus import SEED, build_twelfth, build_with_counts

NUM = ("plain", "nohyphen", "fullwidth", "spaced", "kanji", "mixed", "zero_width", "line_broken", "long_vowel_dash",
       "dotted", "tab_cell", "label_next_line", "half_read")  # fmt: skip
ALNUM = ("plain", "fullwidth", "spaced", "mixed", "zero_width", "line_broken", "long_vowel_dash", "lowercase",
         "tab_cell", "label_next_line")  # fmt: skip
FORMS: dict[str, tuple[str, ...]] = {
    **{e: NUM for e in ("MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE", "PENSION_NUMBER", "DRIVER_LICENSE",
                        "BANK_ACCOUNT", "CREDIT_CARD", "CARE_INSURANCE", "DISABILITY_CERTIFICATE", "POSTAL_CODE")},
    "PASSPORT": ALNUM,
    "RESIDENCE_CARD": ALNUM,
    "PHONE_NUMBER": ("plain", "paren_area", "international", "fullwidth", "spaced", "kanji", "dictated",
                     "long_vowel_dash", "extension", "half_read", "label_next_line"),
    "EMAIL_ADDRESS": ("plain", "fullwidth", "at_paren", "at_bracket", "at_word", "at_katakana", "spaced", "mailto",
                      "angle", "quoted_header"),
    "BIRTH_DATE": ("seireki", "wareki", "gannen", "era_letter", "slash", "iso", "kanji_numerals", "age_with_date",
                   "short_year", "weekday", "label_next_line"),
    "PERSON": ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana", "reading_parens", "surname_only",
               "title", "foreign_katakana", "romanized", "prose", "speaker", "signature", "name_with_age", "dono",
               "mention", "attendance", "relation", "given_only"),
    "ADDRESS": ("plain", "fullwidth", "hyphen", "kanji_numerals", "building_room", "line_broken", "rural", "partial",
                "kyoto", "hokkaido", "banchi_no", "seirei_ward", "katakana_building", "label_next_line", "ocr_spaced"),
}  # fmt: skip
HONORIFICS = ("様", "さん", "氏", "殿", "くん", "ちゃん", "君", "先生", "委員", "部長", "課長", "会長", "係長")
KANJI = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
READINGS = sorted(
    {"ゼロ": "0", "マル": "0", "レイ": "0", "イチ": "1", "ニー": "2", "ニ": "2", "サン": "3", "ヨン": "4", "ゴー": "5",
     "ゴ": "5", "ロク": "6", "ナナ": "7", "ハチ": "8", "キュー": "9", "キュウ": "9"}.items(),
    key=lambda kv: -len(kv[0]),
)  # fmt: skip
DATE = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}/\d{1,2}/\d{1,2}|(令和|平成|昭和)\d+年|[RHS]\d{1,2}[./]\d{1,2}[./]\d{1,2}")


@cache
def corpus() -> tuple[BlindDoc, ...]:
    return tuple(build_twelfth(SEED))


def digits(text: str) -> str:
    """The digits a number span stands for, through every written form."""
    t = unicodedata.normalize("NFKC", text)
    t = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in t)
    for k, v in READINGS:
        t = t.replace(k, v)
    return "".join(KANJI.get(c, c) for c in t if c in KANJI or c.isdigit())


def is_punct(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z", "C")) or ch in "〒@＠<>＜＞"


def test_sizes_and_ids() -> None:
    docs = corpus()
    assert 520 <= len(docs) <= 580
    assert [d.id for d in docs] == [f"twelfth-{i:04d}" for i in range(1, len(docs) + 1)]
    neg = [d for d in docs if d.negative]
    assert 100 <= len(neg) <= 120
    assert len({d.kind for d in docs if not d.negative}) >= 30
    assert len({d.kind for d in neg}) >= 12
    assert sum(s.entity in PERSONAL for d in docs for s in d.spans) >= 4500


def test_spans_exact_and_clean() -> None:
    for d in corpus():
        end = -1
        for s in sorted(d.spans, key=lambda s: s.start):
            assert s.entity in PERSONAL | NOT_PERSONAL, d.id
            t = d.text[s.start : s.end]
            assert 0 <= s.start < s.end <= len(d.text), d.id
            assert t, d.id
            assert t == t.strip(), (d.id, t)
            assert not is_punct(t[0]), (d.id, s, t)
            assert not is_punct(t[-1]), (d.id, s, t)
            assert s.start >= end, (d.id, "overlap", t)
            end = s.end
            if s.entity in NOT_PERSONAL:
                assert s.form == "name"
        assert d.negative == (not any(s.entity in PERSONAL for s in d.spans))


def test_conventions() -> None:
    for d in corpus():
        for s in d.spans:
            t = d.text[s.start : s.end]
            assert not any(w in t for w in ("内線", "〒", "mailto")), (d.id, t)
            if s.entity == "PERSON":
                assert not t.endswith(HONORIFICS), (d.id, t)
                assert not t.startswith("@"), (d.id, t)
            if s.entity == "BIRTH_DATE":
                assert "歳" not in t, (d.id, t)
                assert "曜" not in t, (d.id, t)
            if s.entity in FORMS and FORMS[s.entity] in (NUM, ALNUM):
                assert not t.startswith("第"), (d.id, t)
                assert not t.endswith("号"), (d.id, t)
            if s.form == "mention":
                assert d.text[s.start - 1] == "@", (d.id, t)
            if s.form == "line_broken":
                assert "\n" in t, (d.id, t)
            if s.form == "zero_width":
                assert "\u200b" in t, (d.id, t)
            if s.form == "label_next_line":
                assert d.text[s.start - 1] == "\n", (d.id, t)


def test_organisations_and_places_labelled_everywhere() -> None:
    for d in corpus():
        spans = [(s.start, s.end) for s in d.spans]
        for s in d.spans:
            if s.entity not in NOT_PERSONAL:
                continue
            name = d.text[s.start : s.end]
            for m in re.finditer(re.escape(name), d.text):
                assert any(a <= m.start() and m.end() <= b for a, b in spans), (d.id, name)


def test_negatives() -> None:
    for d in corpus():
        if not d.negative:
            continue
        text = unicodedata.normalize("NFKC", d.text)
        assert "@" not in text, d.id
        assert "〒" not in text, d.id
        assert not list(phonenumbers.PhoneNumberMatcher(d.text, "JP")), d.id
        assert not re.search(r"\d+丁目|\d+番地|\d+番\d+号", text), d.id
        for run in re.findall(r"(?<!\d)\d{12}(?!\d)", text):
            assert not mynumber.is_valid(run), d.id
        assert {s.entity for s in d.spans} <= NOT_PERSONAL


def test_forms_and_minimums() -> None:
    per_entity: Counter[str] = Counter()
    per_form: Counter[tuple[str, str]] = Counter()
    for d in corpus():
        for s in d.spans:
            if s.entity in PERSONAL:
                per_entity[s.entity] += 1
                per_form[(s.entity, s.form)] += 1
    assert set(per_entity) == PERSONAL
    for entity, forms in FORMS.items():
        assert per_entity[entity] >= 90, entity
        written = {f for (e, f) in per_form if e == entity}
        assert written == set(forms), (entity, written ^ set(forms))
        floor = 40 if entity in ("PERSON", "ADDRESS") else 10
        for f in forms:
            assert per_form[(entity, f)] >= floor, (entity, f, per_form[(entity, f)])


def test_balance_counts_equal_spans() -> None:
    docs, counts = build_with_counts(SEED)
    written = Counter((s.entity, s.form) for d in docs for s in d.spans if s.entity in PERSONAL)
    assert +counts == written


def test_check_digits() -> None:
    w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for d in corpus():
        for s in d.spans:
            n = digits(d.text[s.start : s.end])
            if s.entity == "MY_NUMBER":
                assert len(n) == 12, (d.id, n)
                assert mynumber.is_valid(n), (d.id, n)
            elif s.entity == "CREDIT_CARD":
                assert len(n) == 16, (d.id, n)
                assert luhn.is_valid(n), (d.id, n)
            elif s.entity == "HEALTH_INSURANCE" and len(n) in (6, 8):
                assert luhn.is_valid(n), (d.id, n)
            elif s.entity == "DRIVER_LICENSE":
                cd = (11 - sum(int(c) * x for c, x in zip(n[:10], w, strict=True)) % 11) % 11 % 10
                assert len(n) == 12, (d.id, n)
                assert int(n[10]) == cd, (d.id, n)
            elif s.entity == "RESIDENT_CODE":
                assert len(n) == 11, (d.id, n)
            elif s.entity == "POSTAL_CODE":
                assert len(n) == 7, (d.id, n)


def test_phone_numbers_valid() -> None:
    for d in corpus():
        for s in d.spans:
            if s.entity != "PHONE_NUMBER":
                continue
            t = d.text[s.start : s.end]
            n = digits(t)
            if s.form not in ("dictated", "half_read", "kanji"):
                norm = re.sub(r"[ー―−]", "-", unicodedata.normalize("NFKC", t)).replace("\u200b", "")
                assert phonenumbers.is_valid_number(phonenumbers.parse(norm, "JP")), (d.id, t)
            else:
                assert phonenumbers.is_valid_number(phonenumbers.parse(n, "JP")), (d.id, t)


def test_email_domains() -> None:
    for d in corpus():
        for s in d.spans:
            if s.entity == "EMAIL_ADDRESS":
                t = unicodedata.normalize("NFKC", d.text[s.start : s.end]).replace(" ", "")
                assert t.endswith(("example.jp", "example.com", "example.ne.jp", "example.org")), (d.id, t)


def test_birth_documents_hold_other_dates() -> None:
    for d in corpus():
        births = [s for s in d.spans if s.entity == "BIRTH_DATE"]
        if not births:
            continue
        text = d.text
        for s in births:
            text = text[: s.start] + " " * (s.end - s.start) + text[s.end :]
        assert DATE.search(text), d.id


@pytest.mark.parametrize("seed", [SEED, 7])
def test_deterministic_and_fast(seed: int) -> None:
    t0 = time.perf_counter()
    a = build_twelfth(seed)
    assert time.perf_counter() - t0 < 5
    assert a == build_twelfth(seed)
