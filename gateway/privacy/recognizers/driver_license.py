"""運転免許証番号: 12 digits (公安委員会 2, year 2, serial 6, check 1, reissue 1).

JAPANESE_PII.md, Identifiers, 運転免許証番号: the check digit formula is unofficial, so it is not used;
the number is reported on context words (免許, 免許証, 運転免許証).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, cell, digits, labelled, near_label

CONTEXT = ["免許", "license", "licence"]


class DriverLicenseRecognizer(JaPatternRecognizer):
    """運転免許証番号: 12 digits (also 4-4-4), weak alone, raised by 免許 nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.DRIVER_LICENSE,
            "DriverLicenseRecognizer",
            [
                Pattern("driver_license", digits(4, 4, 4), SCORE_WEAK),
                Pattern("driver_license_labelled", labelled("免許証?(?:の)?番号|免許証", 12), SCORE_CONTEXT),
                Pattern("driver_license_cell", cell(12), 0.0),
                near_label("driver_license", 12),
            ],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 運転免許証番号 recognizers."""
    return [DriverLicenseRecognizer()]
