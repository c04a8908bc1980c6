"""Fast checks of the blind evaluation corpus itself (not of the detector)."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from stdnum import luhn
from stdnum.jp import in_

from gateway.privacy.entities import Entity
from tests.eval.blind.corpus import NOT_PERSONAL, PERSONAL, REQUIRED_FORMS, SEED, BlindDoc, build_blind

_KANJI = str.maketrans("〇零一二三四五六七八九", "00123456789")
_EDGE = " \t\n\u3000\u200b\u200c\u200d\ufeff"
# (digits, letters) each identifier has once normalised, where the shape is fixed
SHAPES: dict[str, set[tuple[int, int]]] = {
    "MY_NUMBER": {(12, 0)},
    "RESIDENT_CODE": {(11, 0)},
    "PENSION_NUMBER": {(10, 0)},
    "DRIVER_LICENSE": {(12, 0)},
    "CARE_INSURANCE": {(10, 0)},
    "PASSPORT": {(7, 2), (7, 1)},
    "RESIDENCE_CARD": {(8, 4)},
    "CREDIT_CARD": {(15, 0), (16, 0)},
}


@pytest.fixture(scope="module")
def docs() -> list[BlindDoc]:
    return build_blind()


def normalise(text: str) -> tuple[str, str]:
    """Digits and ASCII letters of a written value, whatever its form."""
    folded = unicodedata.normalize("NFKC", text).translate(_KANJI)
    digits = "".join(c for c in folded if c.isascii() and c.isdigit())
    letters = "".join(c for c in folded if c.isascii() and c.isalpha())
    return digits, letters


def test_deterministic(docs: list[BlindDoc]) -> None:
    assert build_blind(SEED) == docs
    assert build_blind(SEED + 1) != docs


def test_size_and_balance(docs: list[BlindDoc]) -> None:
    spans = [s for d in docs for s in d.spans]
    assert 600 <= len(docs) <= 800
    assert sum(s.entity in PERSONAL for s in spans) >= 2000
    assert sum(s.entity in NOT_PERSONAL for s in spans) >= 250
    assert sum(d.negative for d in docs) >= 250
    assert len({d.id for d in docs}) == len(docs)


# The brief asks for two types the gateway's Entity enum does not (yet) define.
BRIEF_ONLY = {"CARE_INSURANCE", "DISABILITY_CERTIFICATE"}


def test_entity_names_are_known(docs: list[BlindDoc]) -> None:
    used = {s.entity for d in docs for s in d.spans}
    assert used == PERSONAL | NOT_PERSONAL
    assert {e.value for e in Entity} >= PERSONAL - BRIEF_ONLY


def test_spans_in_range_sorted_and_disjoint(docs: list[BlindDoc]) -> None:
    for d in docs:
        end = 0
        for s in d.spans:
            assert 0 <= s.start < s.end <= len(d.text), d.id
            assert s.start >= end, f"{d.id}: overlapping spans"
            end = s.end


def test_span_text_is_clean(docs: list[BlindDoc]) -> None:
    for d in docs:
        for s in d.spans:
            value = d.text[s.start : s.end]
            assert value, d.id
            assert value[0] not in _EDGE, (d.id, value)
            assert value[-1] not in _EDGE, (d.id, value)


def test_negatives(docs: list[BlindDoc]) -> None:
    for d in docs:
        assert d.negative == d.kind.startswith("negative_"), d.id
        has_personal = any(s.entity in PERSONAL for s in d.spans)
        assert has_personal != d.negative, d.id
        if d.negative:
            assert "@" not in d.text, d.id
            assert "＠" not in d.text, d.id


def test_identifier_shapes_and_check_digits(docs: list[BlindDoc]) -> None:
    checked: Counter[str] = Counter()
    for d in docs:
        for s in d.spans:
            digits, letters = normalise(d.text[s.start : s.end])
            if s.entity in SHAPES:
                assert (len(digits), len(letters)) in SHAPES[s.entity], (d.id, s)
            if s.entity == "MY_NUMBER":
                assert in_.is_valid(digits), (d.id, digits)
                checked[s.entity] += 1
            elif s.entity == "CREDIT_CARD":
                assert luhn.is_valid(digits), (d.id, digits)
                checked[s.entity] += 1
            elif s.entity == "HEALTH_INSURANCE":
                i = d.text.rfind("保険者番号", max(0, s.start - 12), s.start)
                if i >= 0 and (i == 0 or d.text[i - 1] != "被"):
                    assert len(digits) in (6, 8), (d.id, digits)
                    assert luhn.is_valid(digits), (d.id, digits)
                    checked[s.entity] += 1
    assert checked["MY_NUMBER"] >= 40
    assert checked["CREDIT_CARD"] >= 30
    assert checked["HEALTH_INSURANCE"] >= 10


def test_every_required_form_occurs(docs: list[BlindDoc]) -> None:
    seen = Counter((s.entity, s.form) for d in docs for s in d.spans)
    missing = [(e, f, seen[(e, f)]) for e, forms in REQUIRED_FORMS.items() for f in forms if seen[(e, f)] < 3]
    assert not missing


def test_forms_change_the_text(docs: list[BlindDoc]) -> None:
    """Spot-check that each written form really looks like its name."""
    for d in docs:
        for s in d.spans:
            value = d.text[s.start : s.end]
            if s.form == "zero_width":
                assert any(c in value for c in "\u200b\u200c\u200d\ufeff"), value
            elif s.form == "line_broken":
                assert "\n" in value, value
            elif s.form == "ideographic_spaced":
                assert "\u3000" in value, value
            elif s.form == "spaced" and s.entity != "PERSON":
                assert " " in value, value
            elif s.form == "fullwidth_space":
                assert "\u3000" in value, value
