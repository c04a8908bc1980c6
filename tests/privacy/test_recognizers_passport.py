"""旅券番号: the Japanese shape and foreign shapes, high with context; only the Japanese shape is weak alone."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.passport import PassportRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like, reported

REC = PassportRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("旅券番号 TK1234567", "TK1234567"),
        ("パスポート番号：ＴＫ１２３４５６７", "TK1234567"),
        ("TR7654321（旅券）", "TR7654321"),
        ("Passport No. MZ0000001", "MZ0000001"),
    ],
)
def test_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("旅券番号：N8655396", "N8655396"),  # 1 letter + 7 digits
        ("パスポート番号 E21183006", "E21183006"),  # 1 letter + 8 digits
        ("旅券 TK12345678", "TK12345678"),  # 2 letters + 8 digits
        ("Passport No.: 123456789", "123456789"),  # US: 9 digits
        ("旅券番号 P3506088B（フィリピン）", "P3506088B"),  # PH: letter + 7 digits + letter
        ("国籍 ベトナム\nパスポート C1234567", "C1234567"),
    ],
)
def test_foreign_shapes_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize("text", ["注文番号 N8655396", "シリアル 123456789", "型番 P3506088B", "E21183006"])
def test_foreign_shapes_need_context(text: str) -> None:
    assert found(REC, text) == []


def test_weak_without_context() -> None:
    assert found(REC, "型番 TK1234567") == [("TK1234567", SCORE_WEAK)]
    assert reported(REC, "型番 TK1234567") == []


@pytest.mark.parametrize(
    "text",
    ["旅券 TKA1234567", "旅券 T123456", "旅券 1234567890", "旅券 AB12345678CD", "旅券 TK1234567X", "旅券 TK123456789"],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["PASSPORT"])
