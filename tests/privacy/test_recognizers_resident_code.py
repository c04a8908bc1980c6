"""住民票コード: 11 digits, reported only next to its label."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.resident_code import ResidentCodeRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like, reported

REC = ResidentCodeRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("住民票コード 12345678901", "12345678901"),
        ("住民票コード：１２３４５６７８９０１", "12345678901"),
        ("12345678901（住民票コード）", "12345678901"),
        ("住民票コードは\n98765432109です", "98765432109"),
    ],
)
def test_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize("text", ["12345678901", "住民票の写しは 09012345678 までお電話を"])
def test_weak_without_its_label(text: str) -> None:
    assert [score for _, score in found(REC, text)] == [SCORE_WEAK]
    assert reported(REC, text) == []


@pytest.mark.parametrize(
    "text",
    ["住民票コード 123456789012", "住民票コード 1234567890", "法人番号 1234567890123", "予算額 12,345,678円"],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["RESIDENT_CODE"])
