"""郵便番号: certain after 〒, weak alone, raised by context."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG, SCORE_WEAK
from gateway.privacy.recognizers.postal_code import PostalCodeRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like, reported

REC = PostalCodeRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("〒100-0001 東京都千代田区", "100-0001"),
        ("〒 100-0001", "100-0001"),
        ("〒1000001", "1000001"),
        ("〒１００－０００１", "100-0001"),
        ("〒100ー0001", "100-0001"),
        ("〶100-0001", "100-0001"),
    ],
)
def test_postal_mark(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_STRONG)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("郵便番号 100-0001", "100-0001"),
        ("郵便番号：1000001", "1000001"),
        ("住所 100-0001 東京都千代田区千代田1-1", "100-0001"),
        ("100-0001（郵便番号）", "100-0001"),
    ],
)
def test_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("氏名,郵便番号,住所\n山田太郎,361-6855,埼玉県行田市", "361-6855"),
        ("No,郵便番号,電話\n1,361-6855,0312345678", "361-6855"),  # commas next to digits in a CSV row
        ("氏名\t〒\t住所\n山田\t3616855\t埼玉県", "3616855"),
        ("| 郵便番号 | 住所 |\n|---|---|\n| 361-6855 | 埼玉県行田市 |", "361-6855"),
        ("名前　　　郵便番号　住所\n山田太郎　361-6855　埼玉県行田市", "361-6855"),
    ],
)
def test_table_column_headed_postal_code(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        "氏名,受付番号,備考\n山田太郎,361-6855,再送",
        "No,件数,金額\n1,361-6855,0",
        "郵便番号,住所\n\n受付番号,件数\n361-6855,3",  # a blank line ends the table
    ],
)
def test_other_table_columns_stay_weak(text: str) -> None:
    assert reported(REC, text) == []


@pytest.mark.parametrize("text", ["100-0001", "受付番号 1000001", "123 4567"])
def test_weak_without_context(text: str) -> None:
    assert [score for _, score in found(REC, text)] == [SCORE_WEAK]
    assert reported(REC, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "03-123-4567",  # tail of a phone number
        "123-4567-8901",
        "12345678",
        "住所 1234567円",
        "予算額 12,345,678円",
        "会議 14:00-15:30",
        "2024年4月1日",
        "法人番号 1234567890123",
    ],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["POSTAL_CODE"])
