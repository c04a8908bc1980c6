"""旅券番号: 2 letters + 7 digits (``TK1234567``); no check digit.

JAPANESE_PII.md, Identifiers, 旅券番号: the shape alone is weak (product codes look the same); next to
旅券 / パスポート it is reported with a high score.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_WEAK
from gateway.privacy.recognizers._pattern import LEFT_EDGE, RIGHT_EDGE, JaPatternRecognizer

CONTEXT = ["旅券", "パスポート", "passport"]


class PassportRecognizer(JaPatternRecognizer):
    """旅券番号: 2 letters and 7 digits, weak alone, raised by 旅券 / パスポート nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.PASSPORT,
            "PassportRecognizer",
            [Pattern("passport", f"{LEFT_EDGE}[A-Za-z]{{2}}[0-9]{{7}}{RIGHT_EDGE}", SCORE_WEAK)],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 旅券番号 recognizers."""
    return [PassportRecognizer()]
