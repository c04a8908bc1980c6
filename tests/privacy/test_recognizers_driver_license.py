"""運転免許証番号: 12 digits, reported next to 免許."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.driver_license import DriverLicenseRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like, reported

REC = DriverLicenseRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("運転免許証番号 第123456789012号", "123456789012"),
        ("免許証番号：１２３４５６７８９０１２", "123456789012"),
        ("123456789012（運転免許証）", "123456789012"),
        ("免許証 1234 5678 9012", "1234 5678 9012"),
        ("Driver's license 1234-5678-9012", "1234-5678-9012"),
    ],
)
def test_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


def test_an_ordinary_12_digit_number_is_weak() -> None:
    assert found(REC, "受付 123456789012") == [("123456789012", SCORE_WEAK)]
    assert reported(REC, "受付 123456789012") == []


@pytest.mark.parametrize(
    "text",
    ["免許 1234567890123", "免許 12345678901", "免許 4111 1111 1111 1111", "予算額 123,456,789,012円"],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["DRIVER_LICENSE"])
