"""健康保険: the 保険者番号 (insurer number) and the 記号・番号 (the insured person's symbol and number).

JAPANESE_PII.md, Identifiers, 健康保険: a 保険者番号 has 8 digits (国保: 6) and its last digit is a Luhn
check digit (``stdnum.luhn``); 記号・番号 are free-form and found through their labels (記号, 番号, 枝番,
被保険者番号) next to an insurance word; like the 住民票コード they fall under 告知要求 restrictions
(JAPANESE_PII.md, What the law asks).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern
from stdnum import luhn

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_WEAK
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, digits, digits_only

INSURER_CONTEXT = ["保険者番号", "保険者", "保険証", "国保"]
INSURED_CONTEXT = ["保険", "国保", "資格確認書", "協会けんぽ", "共済"]

# One 記号 or 番号 value: letters, digits and '-', with at least one digit; up to three values joined by
# ・ or / ("記号・番号 1234・56").
_VALUE = r"(?=[A-Za-z-]*[0-9])[0-9A-Za-z][0-9A-Za-z-]{0,15}(?![0-9A-Za-z-])"
# The labels; 番号 after 電話/個人/保険者/郵便/旅券/免許/年金/口座 belongs to another identifier (保険者番号 is
# the insurer number above, checked by Luhn).
_LABEL = r"(?:被保険者証?番号|記号|枝番|(?<![者話人便券許金座])番号)"


class InsurerNumberRecognizer(JaPatternRecognizer):
    """保険者番号: 8 or 6 digits passing Luhn, weak alone, raised by 保険者番号 / 保険証 nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.HEALTH_INSURANCE,
            "InsurerNumberRecognizer",
            [
                Pattern("insurer_number", digits(8), SCORE_WEAK),
                Pattern("insurer_number_kokuho", digits(6), SCORE_WEAK),
            ],
            INSURER_CONTEXT,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """True when the last digit is the Luhn check digit (``stdnum.luhn``)."""
        return bool(luhn.is_valid(digits_only(pattern_text)))


class InsuredSymbolNumberRecognizer(JaPatternRecognizer):
    """被保険者 記号・番号・枝番: the values after those labels, reported only next to an insurance word."""

    def __init__(self) -> None:
        super().__init__(
            Entity.HEALTH_INSURANCE,
            "InsuredSymbolNumberRecognizer",
            [
                Pattern(
                    "insured_symbol_number",
                    rf"{_LABEL}\s*(?:[:は]\s*)?(?P<value>{_VALUE}(?:\s?[・/]\s?{_VALUE}){{0,2}})",
                    0.0,
                )
            ],
            INSURED_CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 健康保険 recognizers."""
    return [InsurerNumberRecognizer(), InsuredSymbolNumberRecognizer()]
