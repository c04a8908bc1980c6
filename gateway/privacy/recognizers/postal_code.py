"""郵便番号: ``〒123-4567``, ``123-4567``, 7 digits.

JAPANESE_PII.md, Identifiers, 郵便番号: no validator. After the postal mark 〒 the number is certain;
``123-4567`` and bare 7 digits are weak alone and raised by 〒 / 郵便番号 / 住所 nearby. The mark itself
is not reported, only the number.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_STRONG, SCORE_WEAK
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, digits

CONTEXT = ["〒", "郵便番号", "住所", "所在地"]


class PostalCodeRecognizer(JaPatternRecognizer):
    """郵便番号: certain after 〒, weak alone (``123-4567``, 7 digits), raised by context."""

    def __init__(self) -> None:
        super().__init__(
            Entity.POSTAL_CODE,
            "PostalCodeRecognizer",
            [
                Pattern("postal_mark", rf"〒\s?(?P<value>{digits(3, 4)})", SCORE_STRONG),
                Pattern("postal_code", digits(3, 4), SCORE_WEAK),
            ],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 郵便番号 recognizers."""
    return [PostalCodeRecognizer()]
