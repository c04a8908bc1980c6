"""Fast structural checks of the fresh held-out corpus (no detector involved)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from stdnum import luhn
from stdnum.jp import in_ as my_number

from tests.eval.blind.model import NOT_PERSONAL, PERSONAL, BlindDoc
from tests.eval.fresh.corpus import REQUIRED, SEED, build_fresh
from tests.eval.fresh.digits import normalize_digits


@cache
def _docs() -> tuple[BlindDoc, ...]:
    return tuple(build_fresh(SEED))


def test_deterministic() -> None:
    assert list(_docs()) == build_fresh(SEED)


def test_size_and_mix() -> None:
    docs = _docs()
    spans = [s for d in docs for s in d.spans]
    assert len(docs) >= 400
    assert sum(d.negative for d in docs) >= 150
    assert sum(s.entity in PERSONAL for s in spans) >= 1200
    assert sum(s.entity in NOT_PERSONAL for s in spans) >= 200
    assert len({d.id for d in docs}) == len(docs)


def test_spans_well_formed() -> None:
    for doc in _docs():
        previous_end = 0
        for span in doc.spans:
            assert span.entity in PERSONAL | NOT_PERSONAL, (doc.id, span)
            assert 0 <= previous_end <= span.start < span.end <= len(doc.text), (doc.id, span)
            value = doc.text[span.start : span.end]
            assert value == value.strip(), (doc.id, value)
            previous_end = span.end


def test_negatives_have_no_personal_spans() -> None:
    for doc in _docs():
        has_personal = any(s.entity in PERSONAL for s in doc.spans)
        assert doc.negative is not has_personal, doc.id
        if doc.kind.startswith("neg_"):
            assert doc.negative, doc.id


def test_check_digits() -> None:
    checked: Counter[str] = Counter()
    for doc in _docs():
        for span in doc.spans:
            digits = normalize_digits(doc.text[span.start : span.end])
            if span.entity == "MY_NUMBER":
                assert len(digits) == 12, (doc.id, digits)
                assert my_number.is_valid(digits), (doc.id, digits)
            elif span.entity == "CREDIT_CARD":
                assert len(digits) in (15, 16), (doc.id, digits)
                assert luhn.is_valid(digits), (doc.id, digits)
            elif span.entity == "HEALTH_INSURANCE":
                before = doc.text[max(0, span.start - 8) : span.start]
                if "保険者番号" in before and "被保険者番号" not in before:
                    assert len(digits) == 8, (doc.id, digits)
                    assert luhn.is_valid(digits), (doc.id, digits)
                else:
                    continue
            else:
                continue
            checked[span.entity] += 1
    assert checked["MY_NUMBER"] >= 27
    assert checked["CREDIT_CARD"] >= 27
    assert checked["HEALTH_INSURANCE"] >= 10


def test_every_required_form_occurs_three_times() -> None:
    counts = Counter((s.entity, s.form) for d in _docs() for s in d.spans)
    missing = {pair: counts[pair] for pair in REQUIRED if counts[pair] < 3}
    assert not missing, missing
