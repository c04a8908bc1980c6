"""Leak scoring: a value leaks unless every character that carries information is masked."""

from __future__ import annotations

from dataclasses import dataclass

from tests.eval.leaks import leaked, leaks


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int
    form: str = "plain"


def test_a_partly_masked_name_has_leaked() -> None:
    text = "イイヅカ ユウキさん"
    gold = Span("PERSON", 0, 9)
    assert leaked(text, gold, [Span("PERSON", 5, 9)])
    assert not leaked(text, gold, [Span("PERSON", 0, 4), Span("PERSON", 5, 9)])  # the space carries nothing


def test_any_type_of_finding_covers() -> None:
    assert not leaked("番号 1 2 3", Span("MY_NUMBER", 3, 8), [Span("PHONE_NUMBER", 3, 8)])


def test_report_by_type_form_kind_and_over_masking() -> None:
    texts = ["山田さんはつくば市に", "予算 100 円"]
    gold = [[Span("PERSON", 0, 2, "kanji"), Span("LOCATION", 5, 9)], []]
    found = [[Span("PERSON", 0, 2), Span("ADDRESS", 5, 9)], [Span("PHONE_NUMBER", 3, 6)]]
    report = leaks(texts, ["memo", "negative"], gold, found, [False, True], frozenset({"LOCATION"}))
    assert report.per_type["PERSON"].rate == 0.0
    assert report.per_form[("PERSON", "kanji")].total == 1
    assert report.over_masked["LOCATION"].rate == 1.0
    assert report.negative_docs.rate == 1.0
