"""旅券番号: 2 letters + 7 digits, high with context, low without."""

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


def test_weak_without_context() -> None:
    assert found(REC, "型番 TK1234567") == [("TK1234567", SCORE_WEAK)]
    assert reported(REC, "型番 TK1234567") == []


@pytest.mark.parametrize(
    "text",
    ["旅券 TKA1234567", "旅券 TK12345678", "旅券 T1234567", "旅券 AB12345678CD", "旅券 TK1234567X"],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["PASSPORT"])
