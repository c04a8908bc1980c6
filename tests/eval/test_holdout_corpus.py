"""Self-checks of the hold-out corpus (tests/eval/holdout)."""

from __future__ import annotations

from collections import Counter

import pytest

from gateway.privacy.entities import Entity
from tests.eval.corpus import Sample
from tests.eval.holdout.corpus import POSITIVE, build_holdout
from tests.eval.holdout.templates_negative import NEGATIVE

# Types added after this corpus was written; the blind corpora (tests/eval/blind, tests/eval/fresh) cover them.
# types added after the corpus was written, and ID_NUMBER, the fallback for numbers no type names
LATER = {Entity.CARE_INSURANCE.value, Entity.DISABILITY_CERTIFICATE.value, Entity.ID_NUMBER.value}


@pytest.fixture(scope="module")
def corpus() -> list[Sample]:
    return build_holdout()


def test_size_and_template_variety(corpus: list[Sample]) -> None:
    assert sum(not s.negative for s in corpus) >= 400
    assert sum(s.negative for s in corpus) >= 150
    assert sum(len(t) for t in POSITIVE.values()) >= 50
    assert sum(len(t) for t in NEGATIVE.values()) >= 20
    assert len({s.id for s in corpus}) == len(corpus)


def test_negatives_have_no_spans_and_positives_have_some(corpus: list[Sample]) -> None:
    assert all(not s.spans for s in corpus if s.negative)
    assert all(s.spans for s in corpus if not s.negative)


def test_spans_are_in_bounds_non_empty_trimmed_and_disjoint(corpus: list[Sample]) -> None:
    for sample in corpus:
        previous_end = 0
        for span in sorted(sample.spans, key=lambda s: s.start):
            assert 0 <= span.start < span.end <= len(sample.text), sample.id
            assert span.start >= previous_end, sample.id
            value = sample.text[span.start : span.end]
            assert value.strip() == value, (sample.id, value)
            previous_end = span.end


def test_every_entity_type_is_present_at_least_five_times(corpus: list[Sample]) -> None:
    counts = Counter(span.entity for s in corpus for span in s.spans)
    assert {e.value for e in Entity} - LATER <= set(counts) <= {e.value for e in Entity}
    assert min(counts.values()) >= 5


def test_deterministic(corpus: list[Sample]) -> None:
    assert build_holdout() == corpus
    assert [s.text for s in build_holdout(seed=1)] != [s.text for s in corpus]
