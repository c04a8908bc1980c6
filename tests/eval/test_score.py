"""Unit tests of the scoring rules on small hand-made cases."""

from __future__ import annotations

import pytest

from tests.eval.corpus import GoldSpan as S
from tests.eval.score import covered, match, score


def test_exact_match_counts_tp_and_exact() -> None:
    report = score([[S("PERSON", 0, 4)]], [[S("PERSON", 0, 4)]], [False])
    row = report.per_type["PERSON"]
    assert (row.gold, row.tp, row.fp, row.fn, row.exact) == (1, 1, 0, 0, 1)
    assert (row.precision, row.recall, row.f1, row.exact_rate, row.coverage) == (1.0, 1.0, 1.0, 1.0, 1.0)


def test_partial_overlap_is_tp_but_not_exact() -> None:
    row = score([[S("ADDRESS", 0, 10)]], [[S("ADDRESS", 3, 12)]], [False]).per_type["ADDRESS"]
    assert (row.tp, row.exact, row.exact_rate) == (1, 0, 0.0)
    assert row.coverage == pytest.approx(0.7)


def test_type_mismatch_is_miss_and_false_alarm_but_covers() -> None:
    report = score([[S("MY_NUMBER", 5, 17)]], [[S("PHONE_NUMBER", 5, 17)]], [False])
    assert (report.per_type["MY_NUMBER"].fn, report.per_type["PHONE_NUMBER"].fp) == (1, 1)
    assert report.per_type["MY_NUMBER"].coverage == 1.0
    assert report.per_type["PHONE_NUMBER"].gold == 0
    assert [e.kind for e in report.errors] == ["miss", "false_alarm"]


def test_matching_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [S("PERSON", 0, 6)]
    pred = [S("PERSON", 5, 8), S("PERSON", 0, 5)]
    assert match(gold, pred) == [(0, 1)]
    row = score([gold], [pred], [False]).per_type["PERSON"]
    assert (row.tp, row.fp, row.fn) == (1, 1, 0)


def test_one_prediction_spanning_two_gold_spans_matches_one() -> None:
    gold = [S("PERSON", 0, 2), S("PERSON", 3, 8)]
    pred = [S("PERSON", 0, 8)]
    assert match(gold, pred) == [(1, 0)]
    row = score([gold], [pred], [False]).per_type["PERSON"]
    assert (row.tp, row.fn, row.coverage) == (1, 1, 1.0)


def test_coverage_counts_union_of_overlapping_predictions_once() -> None:
    gold = S("ADDRESS", 10, 20)
    pred = [S("ADDRESS", 8, 15), S("PERSON", 12, 16), S("ADDRESS", 18, 30), S("ADDRESS", 40, 50)]
    assert covered(gold, pred) == 6 + 2


def test_false_alarm_rate_counts_negative_documents_with_any_finding() -> None:
    report = score(
        [[], [], [], [S("PERSON", 0, 2)]],
        [[S("PERSON", 0, 2), S("PHONE_NUMBER", 3, 9)], [], [], [S("PERSON", 0, 2)]],
        [True, True, True, False],
    )
    assert (report.negative_docs, report.flagged_negative_docs) == (3, 1)
    assert report.false_alarm_rate == pytest.approx(1 / 3)
    assert report.per_type["PERSON"].fp == 1


def test_micro_totals_sum_types() -> None:
    report = score(
        [[S("PERSON", 0, 2), S("EMAIL_ADDRESS", 5, 20)]],
        [[S("PERSON", 0, 2), S("IP_ADDRESS", 30, 40)]],
        [False],
    )
    micro = report.micro
    assert (micro.gold, micro.tp, micro.fp, micro.fn) == (2, 1, 1, 1)
    assert (micro.precision, micro.recall) == (0.5, 0.5)


def test_empty_inputs_have_neutral_scores() -> None:
    report = score([[]], [[]], [False])
    assert report.per_type == {}
    assert report.false_alarm_rate == 0.0
    assert (report.micro.precision, report.micro.recall, report.micro.f1) == (1.0, 1.0, 1.0)


def test_mismatched_lengths_are_rejected() -> None:
    with pytest.raises(ValueError, match="same length"):
        score([[]], [], [False])
