"""在留カード番号: AB12345678CD, distinctive without context."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_STRONG
from gateway.privacy.recognizers.residence_card import ResidenceCardRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like

REC = ResidenceCardRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("AB12345678CD", "AB12345678CD"),
        ("在留カード番号：AB12345678CD", "AB12345678CD"),
        ("番号はＡＢ１２３４５６７８ＣＤです", "AB12345678CD"),
        ("ID:XY00000001ZZ", "XY00000001ZZ"),
        ("在留カード YW.34082780.ZW", "YW.34082780.ZW"),  # parted by dots, slashes, brackets or 、
        ("妻 FC/14092808/HB", "FC/14092808/HB"),
        ("| NGUYEN VAN AN | ベトナム | (VY)38199793-XE |", "(VY)38199793-XE"),
        ("在留カードの番号はSH、00409261、UU、", "SH、00409261、UU"),
    ],
)
def test_reported(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_STRONG)]


@pytest.mark.parametrize(
    "text",
    ["在留 ABC12345678CD", "在留 AB1234567CD", "在留 AB12345678CDE", "在留 AB12345678C", "TK1234567"],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["RESIDENCE_CARD"])
