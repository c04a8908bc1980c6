"""Tests of the report's target check and table, without the analyzer."""

from __future__ import annotations

from tests.eval.corpus import GoldSpan as S
from tests.eval.run import TARGETS, failures, format_table
from tests.eval.score import score


def test_perfect_predictions_meet_every_target() -> None:
    gold = [[S(entity, 0, 5)] for entity in TARGETS]
    report = score(gold, gold, [False] * len(gold))
    assert failures(report) == []
    assert format_table(report).splitlines()[-1].startswith("TOTAL")


def test_misses_and_false_alarms_are_reported() -> None:
    gold = [[S(entity, 0, 5)] for entity in TARGETS] + [[]]
    pred: list[list[S]] = [[] for _ in TARGETS] + [[S("PERSON", 0, 2)]]
    missed = failures(score(gold, pred, [False] * len(TARGETS) + [True]))
    assert any(m.startswith("MY_NUMBER: recall 0.000") for m in missed)
    assert missed[-1].startswith("false alarms in 100.0%")
