"""在留カード番号: ``AB12345678CD`` (2 letters, 8 digits, 2 letters).

JAPANESE_PII.md, Identifiers, 在留カード番号: no check digit, but the shape is distinctive enough to be
reported without context.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_STRONG
from gateway.privacy.recognizers._pattern import LEFT_EDGE, RIGHT_EDGE, JaPatternRecognizer

CONTEXT = ["在留", "特別永住者", "residence card"]
# capitals and digits parted by spaces, line breaks, '-', dots, slashes, 、 or brackets (``TT 72002940-XN``,
# ``G C-88421417-CP``, ``YW.34082780.ZW``, ``FC/14092808/HB``, ``(VY)38199793-XE``, ``DZ、44647866、MP``)
_LETTERS = r"(?:\([A-Z]{2}\)|[A-Z] ?[A-Z])"  # (VY) in brackets, or two capitals
_PART = r"[\s\-./・、,]{0,2}"
_SPLIT = rf"{_LETTERS}{_PART}[0-9](?:[\s\-./]?[0-9]){{7}}{_PART}{_LETTERS}"


class ResidenceCardRecognizer(JaPatternRecognizer):
    """在留カード番号: 2 letters, 8 digits, 2 letters, maybe with a space or '-' between the parts
    or inside the digits."""

    def __init__(self) -> None:
        super().__init__(
            Entity.RESIDENCE_CARD,
            "ResidenceCardRecognizer",
            [
                Pattern(
                    "residence_card",
                    f"{LEFT_EDGE}(?:[A-Za-z]{{2}}[0-9]{{8}}[A-Za-z]{{2}}|{_SPLIT}){RIGHT_EDGE}",
                    SCORE_STRONG,
                )
            ],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 在留カード番号 recognizers."""
    return [ResidenceCardRecognizer()]
