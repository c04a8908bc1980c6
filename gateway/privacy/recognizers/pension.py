"""基礎年金番号: 10 digits, written ``1234-567890`` (4 + 6); no published check digit.

JAPANESE_PII.md, Identifiers, 基礎年金番号: reported on context words (年金番号, 年金手帳, …: every one
contains 年金).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, cell, digits, labelled, near_label

CONTEXT = ["年金", "pension"]
# right before a number in any grouping (foreign residents write English: Basic Pension Number)
LABELS = r"年金(?:手帳|証書)?(?:の)?番号|年金手帳|年金証書|(?i:(?:basic )?pension(?: number| no\.?)?)"


class PensionNumberRecognizer(JaPatternRecognizer):
    """基礎年金番号: ``1234-567890`` or 10 digits, weak alone, raised by 年金 nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.PENSION_NUMBER,
            "PensionNumberRecognizer",
            [
                Pattern("pension_number", digits(4, 6), SCORE_WEAK),
                Pattern("pension_labelled", labelled(LABELS, 10), SCORE_CONTEXT),
                Pattern("pension_cell", cell(10), 0.0),
                near_label("pension", 10),
            ],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 基礎年金番号 recognizers."""
    return [PensionNumberRecognizer()]
