"""旅券番号: Japanese ``TK1234567`` (2 letters + 7 digits) and the common foreign shapes; no check digit.

JAPANESE_PII.md, Identifiers, 旅券番号: the shape alone is weak (product codes look the same); next to
旅券 / パスポート / Passport No. it is reported with a high score. Foreign residents' passports appear
after the same labels in other shapes: 1–2 letters + 7–8 digits (``N8655396``, ``E21183006``),
9 digits (US), a letter + 7 digits + a letter (PH ``P3506088B``). Letters and digits may be parted
by a space or '-', and the digits split anywhere (``B 2085030``, ``TK-1234567``, ``MZ-84659-41``).
Those shapes are everywhere (order numbers, serials), so without a label they are not reported at all;
only the Japanese shape keeps its weak score alone.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_WEAK
from gateway.privacy.recognizers._pattern import LEFT_EDGE, RIGHT_EDGE, JaPatternRecognizer

CONTEXT = ["旅券", "パスポート", "passport"]
FOREIGN = (
    ("passport_letters_digits", "[A-Za-z]{1,2}[\\s-]?[0-9](?:[\\s-]?[0-9]){6,7}"),
    ("passport_9_digits", "[0-9]{9}"),
    ("passport_letter_digits_letter", "[A-Za-z][0-9]{7}[A-Za-z]"),
)


class PassportRecognizer(JaPatternRecognizer):
    """旅券番号: the Japanese shape weak alone; every shape raised by 旅券 / パスポート nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.PASSPORT,
            "PassportRecognizer",
            [Pattern("passport", f"{LEFT_EDGE}[A-Za-z]{{2}}[ -]?[0-9]{{7}}{RIGHT_EDGE}", SCORE_WEAK)]
            + [Pattern(name, f"{LEFT_EDGE}{shape}{RIGHT_EDGE}", 0.0) for name, shape in FOREIGN],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 旅券番号 recognizers."""
    return [PassportRecognizer()]
