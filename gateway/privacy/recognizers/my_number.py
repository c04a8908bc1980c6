"""マイナンバー (個人番号): 12 digits, often written ``1234 5678 9012``.

JAPANESE_PII.md, Identifiers, マイナンバー: the last digit is a check digit (``stdnum.jp.in_``), which about
1 in 11 random 12-digit strings pass, so a number alone is reported only when it passes, at a modest
score; next to 個人番号 / マイナンバー it is reported even when the check fails (a typo is still somebody's
number).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern
from stdnum.jp import in_

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_VALID
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, digits, digits_only

CONTEXT = ["個人番号", "マイナンバー", "マイナ"]


class MyNumberRecognizer(JaPatternRecognizer):
    """マイナンバー: 12 digits with a valid check digit, or any 12 digits next to a context word."""

    keep_invalid_with_context = True

    def __init__(self) -> None:
        super().__init__(
            Entity.MY_NUMBER,
            "MyNumberRecognizer",
            [Pattern("my_number", digits(4, 4, 4), SCORE_VALID)],
            CONTEXT,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """True when the check digit is right (``stdnum.jp.in_``)."""
        return bool(in_.is_valid(digits_only(pattern_text)))


def recognizers() -> list[EntityRecognizer]:
    """The マイナンバー recognizers."""
    return [MyNumberRecognizer()]
