"""Self-checks of the labelled corpus."""

from __future__ import annotations

from collections import Counter

import pytest

from gateway.privacy.entities import Entity
from tests.eval.corpus import POSITIVE, Sample, build_corpus
from tests.eval.templates_negative import NEGATIVE

# Types added after this corpus was written; the blind corpora (tests/eval/blind, tests/eval/fresh) cover them.
# types added after the corpus was written, and ID_NUMBER, the fallback for numbers no type names
LATER = {Entity.CARE_INSURANCE.value, Entity.DISABILITY_CERTIFICATE.value, Entity.ID_NUMBER.value}


@pytest.fixture(scope="module")
def corpus() -> list[Sample]:
    return build_corpus()


def test_size(corpus: list[Sample]) -> None:
    assert len(corpus) >= 1200
    assert sum(s.negative for s in corpus) >= 300
    assert len({s.id for s in corpus}) == len(corpus)


def test_template_variety() -> None:
    assert sum(len(t) for t in POSITIVE.values()) >= 60
    assert set(NEGATIVE) == set(POSITIVE)
    assert len(POSITIVE) == 10


def test_spans_are_in_bounds_non_empty_and_disjoint(corpus: list[Sample]) -> None:
    for sample in corpus:
        previous_end = 0
        for span in sorted(sample.spans, key=lambda s: s.start):
            assert 0 <= span.start < span.end <= len(sample.text), sample.id
            assert span.start >= previous_end, sample.id
            assert sample.text[span.start : span.end].strip(), sample.id
            previous_end = span.end


def test_negatives_have_no_spans_and_positives_have_some(corpus: list[Sample]) -> None:
    assert all(not s.spans for s in corpus if s.negative)
    assert all(s.spans for s in corpus if not s.negative)


def test_every_entity_type_is_present(corpus: list[Sample]) -> None:
    counts = Counter(span.entity for s in corpus for span in s.spans)
    assert {e.value for e in Entity} - LATER <= set(counts)
    assert min(n for entity, n in counts.items() if entity not in LATER) >= 25


def test_deterministic(corpus: list[Sample]) -> None:
    assert build_corpus() == corpus
    assert [s.text for s in build_corpus(seed=1)] != [s.text for s in corpus]
