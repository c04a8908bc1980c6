"""基礎年金番号: 1234-567890 or 10 digits, reported next to 年金."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.pension import PensionNumberRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like, reported

REC = PensionNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("基礎年金番号 1234-567890", "1234-567890"),
        ("年金手帳の番号は1234567890です", "1234567890"),
        ("基礎年金番号：１２３４－５６７８９０", "1234-567890"),
        ("1234 567890（年金番号）", "1234 567890"),
        ("年金番号 1234ー567890", "1234-567890"),
        # the label in the question, the number in the answer, in a grouping of the caller's own
        ("職員：基礎年金番号をお願いいたします。\n市民：えっと、4809-692 282です。", "4809-692 282"),
        ("年金 12345-67890", "12345-67890"),
    ],
)
def test_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize("text", ["1234-567890", "番号 1234567890"])
def test_weak_without_context(text: str) -> None:
    assert [score for _, score in found(REC, text)] == [SCORE_WEAK]
    assert reported(REC, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "年金 1234-5678901",
        "年金の相談は 03-1234-5678 まで",  # a phone number in its grouping
        "年金の説明会 2024-06-15 13:30",
        "年金 01-1234-567890",
        "年金額 1234567890円",
        "令和6年度",
        "会議 14:00-15:30",
        "法人番号 1234567890123",
    ],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["PENSION_NUMBER"])
