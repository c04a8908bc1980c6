"""What every structured-identifier recognizer shares: the module contract, the context window, the
negatives that must never fire, and failing closed when a pattern times out."""

from __future__ import annotations

from types import ModuleType

import pytest
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from gateway.privacy.entities import DetectionError, Entity
from gateway.privacy.recognizers import STRUCTURED, _pattern, my_number
from gateway.privacy.recognizers._context import (
    SCORE_CONTEXT,
    WINDOW_AFTER,
    WINDOW_BEFORE,
    context_word,
    raise_with_context,
)
from tests.privacy.recognizer_support import REPORT_THRESHOLD

MODULES: list[ModuleType] = list(STRUCTURED)
ALL = [rec for module in MODULES for rec in module.recognizers()]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_module_contract(module: ModuleType) -> None:
    recs = module.recognizers()
    assert recs
    for rec in recs:
        assert isinstance(rec, EntityRecognizer)
        assert rec.supported_language == "ja"
        assert len(rec.supported_entities) == 1
        assert rec.supported_entities[0] in {e.value for e in Entity}
        assert rec.context, "every family has Japanese or English context words"


def test_names_are_unique() -> None:
    names = [rec.name for rec in ALL]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "text",
    [
        "令和6年度",
        "2024年4月1日",
        "令和6年4月1日（月）",
        "予算額 12,345,678円",
        "予算額 1234567円",
        "地方自治法第252条の17の2",
        "文書番号 つ総第1234号",
        "法人番号 1234567890123",
        "会議は14:00-15:30に第2会議室で",
        "バージョン 2.2.366、v1.2.3",
        "123ページ、p.45、pp.10-12",
        "2024-04-01 10:00:00",
        "令和6年4月1日付け つ総第1234号 地方自治法第252条の17の2 予算額 12,345,678円",
    ],
)
def test_negatives_never_fire(text: str) -> None:
    assert [(rec.name, r.start, r.end) for rec in ALL for r in rec.analyze(text, [], None)] == []


def test_context_of_the_next_item_does_not_count() -> None:
    text = "免許証番号 123456789012 個人番号 123456789018、受付 1234567、普通預金 7654321"
    found = {(r.entity_type, text[r.start : r.end]) for rec in ALL for r in rec.analyze(text, [], None)}
    reported = {(r.entity_type, text[r.start : r.end]) for rec in ALL for r in rec.analyze(text, [], None)
                if r.score >= REPORT_THRESHOLD}  # fmt: skip
    assert ("MY_NUMBER", "123456789012") not in found
    assert reported == {
        ("DRIVER_LICENSE", "123456789012"),
        ("MY_NUMBER", "123456789018"),
        ("BANK_ACCOUNT", "7654321"),
    }


def test_an_ordinary_12_digit_number_with_a_bad_check_digit_is_not_reported() -> None:
    number = "123456789019"  # stdnum.jp.in_ check digit would be 8
    results = [r for rec in ALL for r in rec.analyze(f"受付番号 {number}", [], None)]
    assert all(r.score < REPORT_THRESHOLD for r in results)


def test_context_window_bounds() -> None:
    words = ["個人番号"]
    for gap, found in ((WINDOW_BEFORE - 4, "個人番号"), (WINDOW_BEFORE - 3, None)):
        before = "個人番号" + "x" * gap
        assert context_word(before + "123", len(before), len(before) + 3, words) == found
    for gap, found in ((WINDOW_AFTER - 4, "個人番号"), (WINDOW_AFTER - 3, None)):
        assert context_word("123" + "x" * gap + "個人番号", 0, 3, words) == found
    assert context_word("TEL 03", 4, 6, ["tel"]) == "tel"
    assert context_word("個人番号は次のとおり。123", 11, 14, words) == "個人番号"
    assert context_word("123。個人番号", 0, 3, words) is None
    assert context_word("123、個人番号", 0, 3, words) is None  # the next item
    assert context_word("123\n個人番号", 0, 3, words) is None
    assert context_word("123 個人番号 456", 0, 3, words) is None  # labels the next value
    assert context_word("123（個人番号）", 0, 3, words) == "個人番号"
    assert context_word("個人番号", 0, 4, words) is None  # the match itself is not its context


def test_raise_with_context_never_lowers_and_marks_the_result() -> None:
    strong = RecognizerResult("X", 3, 6, 0.95, AnalysisExplanation("r", 0.95), {})
    weak = RecognizerResult("X", 3, 6, 0.3, AnalysisExplanation("r", 0.3), {})
    raise_with_context("電話 123", [strong, weak], ["電話"])
    assert (strong.score, weak.score) == (0.95, SCORE_CONTEXT)
    assert weak.recognition_metadata == {RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True}


def test_a_timed_out_pattern_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pattern, "REGEX_TIMEOUT_SECONDS", 1e-9)
    text = "個人番号 " + "1" * 1_000_000
    with pytest.raises(DetectionError) as caught:
        my_number.MyNumberRecognizer().analyze(text, [], None)
    assert "1111" not in str(caught.value)
