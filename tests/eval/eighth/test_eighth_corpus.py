"""Structural checks of the eighth blind corpus (fast: the corpus is built once)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.eighth.corpus import SEED, build_eighth
from tests.eval.eighth.forms import FORMS, KANJI_DIGITS, MINIMUM
from tests.eval.eighth.values import luhn_valid, mod11_check

_KANJI = str.maketrans(KANJI_DIGITS, "0123456789")


@functools.cache
def docs() -> tuple[BlindDoc, ...]:
    return tuple(build_eighth(SEED))


def chars(text: str) -> str:
    """Digits and letters of a written value, whatever its width, script or separators."""
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).translate(_KANJI).upper())


def spans(entity: str) -> list[str]:
    return [d.text[s.start : s.end] for d in docs() for s in d.spans if s.entity == entity]


def test_size_and_ids() -> None:
    ds = docs()
    assert 500 <= len(ds) <= 560
    assert [d.id for d in ds] == [f"eighth-{i:04d}" for i in range(1, len(ds) + 1)]
    negatives = [d for d in ds if d.negative]
    assert 100 <= len(negatives) <= 120
    assert len({d.kind for d in negatives}) >= 8
    assert all(d.kind.startswith("negative_") == d.negative for d in ds)
    spans_all = [s for d in ds for s in d.spans]
    assert sum(s.entity in PERSONAL for s in spans_all) >= 2400
    assert sum(s.entity in NOT_PERSONAL for s in spans_all) >= 600
    assert {s.entity for s in spans_all} <= PERSONAL | NOT_PERSONAL


def test_offsets_exact_stripped_and_disjoint() -> None:
    for d in docs():
        last_end = 0
        for s in sorted(d.spans, key=lambda s: s.start):
            value = d.text[s.start : s.end]
            assert 0 <= s.start < s.end <= len(d.text), d.id
            assert value == value.strip(), (d.id, value)
            assert s.start >= last_end, (d.id, value)
            last_end = s.end


def test_negatives_hold_nothing_personal() -> None:
    for d in docs():
        if d.negative:
            assert not any(s.entity in PERSONAL for s in d.spans), d.id
            assert not {"@", "＠", "〒"} & set(d.text), d.id
        else:
            assert any(s.entity in PERSONAL for s in d.spans), d.id


def test_every_form_at_its_minimum_and_no_unknown_form() -> None:
    counts = Counter((s.entity, s.form) for d in docs() for s in d.spans)
    for (entity, form), _n in counts.items():
        assert form in FORMS[entity], (entity, form)
    for entity, minimum in MINIMUM.items():
        for form in FORMS[entity]:
            assert counts[(entity, form)] >= minimum, (entity, form, counts[(entity, form)])
    for entity in NOT_PERSONAL:
        assert counts[(entity, "plain")] > 0


def test_check_digits() -> None:
    for text in spans("MY_NUMBER"):
        n = chars(text)
        assert re.fullmatch(r"\d{12}", n), text
        assert mod11_check(n[:11]) == n[11], text
    for text in spans("RESIDENT_CODE"):
        n = chars(text)
        assert re.fullmatch(r"\d{11}", n), text
        assert mod11_check(n[:10]) == n[10], text
    for text in spans("CREDIT_CARD"):
        n = chars(text)
        assert re.fullmatch(r"\d{15,16}", n), text
        assert luhn_valid(n), text
    eight = [chars(t) for t in spans("HEALTH_INSURANCE") if len(chars(t)) == 8]
    assert len(eight) >= 80
    assert all(luhn_valid(n) for n in eight)


def test_other_identifier_shapes() -> None:
    assert all(re.fullmatch(r"[A-Z]{2}\d{7}", chars(t)) for t in spans("PASSPORT"))
    assert all(re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", chars(t)) for t in spans("RESIDENCE_CARD"))
    assert all(re.fullmatch(r"\d{10}", chars(t)) for t in spans("PENSION_NUMBER"))
    assert all(re.fullmatch(r"\d{12}", chars(t)) for t in spans("DRIVER_LICENSE"))
    assert all(re.fullmatch(r"\d{10}", chars(t)) for t in spans("CARE_INSURANCE"))
    assert all(re.fullmatch(r"\d{10}", chars(t)) for t in spans("BANK_ACCOUNT"))
    assert all(re.fullmatch(r"\d{7}", chars(t)) for t in spans("POSTAL_CODE"))


def test_forms_are_what_they_say() -> None:
    for d in docs():
        for s in d.spans:
            value = d.text[s.start : s.end]
            if s.form == "line_broken":
                assert "\n" in value, (d.id, value)
            elif s.form == "zero_width":
                assert re.search("[\u200b\u200c\u200d\u2060\ufeff]", value), (d.id, value)
            elif s.form == "ideographic_space" or s.form == "fullwidth_space":
                assert "\u3000" in value, (d.id, value)
            elif s.entity in ("MY_NUMBER", "PHONE_NUMBER") and s.form == "kanji":
                assert not re.search("[0-9]", value), (d.id, value)


def test_deterministic() -> None:
    assert build_eighth(SEED) == list(docs())
    assert build_eighth(SEED + 1) != list(docs())
