"""Sanity of the sixth corpus: offsets, overlaps, negatives, coverage of written forms, check digits, determinism."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from itertools import pairwise

from tests.eval.blind.model import PERSONAL, BlindDoc
from tests.eval.sixth.core import FORMS, NUMERIC
from tests.eval.sixth.corpus import SEED, build_sixth
from tests.eval.sixth.numbers import luhn_ok, mod11_digit

KANJI = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}


@cache
def corpus() -> tuple[BlindDoc, ...]:
    return tuple(build_sixth(SEED))


def unescape(text: str) -> str:
    """Undo the JSON escapes (\\uXXXX, \\n) of values written inside JSON strings."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text).replace("\\n", "\n")


def digits_of(text: str) -> str:
    text = "".join(KANJI.get(c, c) for c in unescape(text))
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


def test_size_and_ids() -> None:
    docs = corpus()
    assert 500 <= len(docs) <= 620
    assert len({d.id for d in docs}) == len(docs)
    assert all(d.id.startswith("sixth-") for d in docs)
    assert 80 <= sum(d.negative for d in docs) <= 130


def test_offsets_are_exact_and_stripped() -> None:
    for d in corpus():
        for s in d.spans:
            value = d.text[s.start:s.end]
            assert value, (d.id, s)
            assert value == value.strip(), (d.id, s)
            assert s.form, (d.id, s)


def test_personal_spans_do_not_overlap() -> None:
    for d in corpus():
        spans = sorted((s for s in d.spans if s.entity in PERSONAL), key=lambda s: s.start)
        for a, b in pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


def test_no_span_overlaps_another() -> None:
    for d in corpus():
        spans = sorted(d.spans, key=lambda s: s.start)
        for a, b in pairwise(spans):
            assert a.end <= b.start, (d.id, a, b)


def test_negatives_have_no_personal_span() -> None:
    kinds = Counter()
    for d in corpus():
        assert d.negative == d.kind.startswith("negative_"), d.id
        if d.negative:
            kinds[d.kind] += 1
            assert not any(s.entity in PERSONAL for s in d.spans), d.id
            assert "@" not in d.text, d.id
            assert "〒" not in d.text, d.id
    assert len(kinds) >= 6


def test_every_form_is_covered() -> None:
    counts = Counter((s.entity, s.form) for d in corpus() for s in d.spans)
    for entity, forms in FORMS.items():
        need = 8 if entity in NUMERIC else 5
        for form in forms:
            assert counts[(entity, form)] >= need, (entity, form, counts[(entity, form)])
    allowed = {(e, f) for e, fs in FORMS.items() for f in fs}
    allowed |= {("ORGANIZATION", "plain"), ("LOCATION", "plain")}
    assert set(counts) <= allowed, set(counts) - allowed


def test_kinds() -> None:
    kinds = Counter(d.kind for d in corpus())
    for k in ("news", "encyclopedic", "minutes", "chat", "foreign_resident", "counter_memo", "welfare", "form", "email",
              "bank", "json", "csv_export", "log", "prompt", "code"):
        assert kinds[k] >= 20, k
    machine = sum(n for k, n in kinds.items() if k in ("json", "csv_export", "log", "prompt", "code")
                  or k in ("negative_json", "negative_csv", "negative_log", "negative_code"))
    assert 0.25 <= machine / sum(kinds.values()) <= 0.42


def test_check_digits() -> None:
    checked = Counter()
    for d in corpus():
        for s in d.spans:
            digits = digits_of(d.text[s.start:s.end])
            if s.entity == "MY_NUMBER":
                assert len(digits) == 12, (d.id, s)
                assert mod11_digit(digits[:11]) == digits[11], (d.id, s)
                checked[s.entity] += 1
            elif s.entity == "RESIDENT_CODE":
                assert len(digits) == 11, (d.id, s)
                assert mod11_digit(digits[:10]) == digits[10], (d.id, s)
                checked[s.entity] += 1
            elif s.entity == "CREDIT_CARD":
                assert len(digits) in (15, 16), (d.id, s)
                assert luhn_ok(digits), (d.id, s)
                checked[s.entity] += 1
            elif s.entity == "HEALTH_INSURANCE" and len(digits) == 8:
                assert luhn_ok(digits), (d.id, s)
                checked[s.entity] += 1
            elif s.entity == "PENSION_NUMBER":
                assert len(digits) == 10, (d.id, s)
            elif s.entity in ("DRIVER_LICENSE",):
                assert len(digits) == 12, (d.id, s)
            elif s.entity == "POSTAL_CODE":
                assert len(digits) == 7, (d.id, s)
    assert checked["MY_NUMBER"] >= 80
    assert checked["CREDIT_CARD"] >= 80
    assert checked["HEALTH_INSURANCE"] >= 8


def test_letters_of_passport_and_residence_card() -> None:
    for d in corpus():
        for s in d.spans:
            if s.entity in ("PASSPORT", "RESIDENCE_CARD"):
                text = unicodedata.normalize("NFKC", unescape(d.text[s.start:s.end]))
                letters = [c for c in text if c.isascii() and c.isalpha()]
                assert len(letters) == (2 if s.entity == "PASSPORT" else 4), (d.id, s)
                assert len(digits_of(text)) == (7 if s.entity == "PASSPORT" else 8), (d.id, s)


def test_deterministic() -> None:
    assert build_sixth(SEED) == list(corpus())
