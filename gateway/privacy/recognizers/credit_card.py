"""クレジットカード番号: 14–16 digits, usually in groups of 4, with a Luhn check digit.

JAPANESE_PII.md, Identifiers, クレジットカード (Luhn, ``stdnum.luhn``) and presidio facts (presidio's own
credit-card recognizer is registered for English only). Card numbers start with 2–6 (Mastercard 2/5,
Amex/JCB/Diners 3, Visa 4, Discover/UnionPay 6). A grouped number that passes Luhn is certain; 14–16
digits run together pass Luhn one time in ten, so those get a modest score, raised by カード nearby.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import luhn

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG, SCORE_VALID
from gateway.privacy.recognizers._pattern import (
    LEFT_EDGE,
    RIGHT_EDGE,
    JaPatternRecognizer,
    digits,
    digits_only,
    labelled,
    near_label,
)

CONTEXT = ["カード", "クレジット", "card", "visa", "mastercard", "jcb", "amex", "有効期限"]

_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")  # 2015-2016 2017-2018: years, not a card
_GROUPED = "|".join(digits(*sizes, plain=False) for sizes in ((4, 4, 4, 4), (4, 6, 5), (4, 6, 4)))


class JaCreditCardRecognizer(JaPatternRecognizer):
    """Card numbers in Japanese text: grouped (4-4-4-4, 4-6-5, 4-6-4) or 14–16 digits, Luhn-checked; in any
    other grouping only right after カード番号."""

    def __init__(self) -> None:
        super().__init__(
            Entity.CREDIT_CARD,
            "JaCreditCardRecognizer",
            [
                Pattern("card_grouped", _GROUPED, SCORE_STRONG),
                Pattern("card_digits", f"{LEFT_EDGE}[0-9]{{14,16}}{RIGHT_EDGE}", SCORE_VALID),
                # four groups of four, dashes and spaces mixed (5446-6739 1637-1425), as the check digit vouches
                Pattern("card_mixed", f"{LEFT_EDGE}(?<![0-9] )[0-9]{{4}}(?:[- ][0-9]{{4}}){{3}}(?! [0-9]){RIGHT_EDGE}",
                        SCORE_VALID),
                *(Pattern(f"card_labelled_{n}", labelled("カード(?:の)?番号|クレジットカード", n), SCORE_CONTEXT)
                  for n in (16, 15, 14)),
                *(near_label(f"card_{n}", n) for n in (16, 15, 14)),
            ],
            CONTEXT,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The matches, without a number that only its check digit vouches for and another label names
        (``証明書シリアル 5220409787133897``)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if r.score >= SCORE_CONTEXT
                or not (self._named_other(text, r.start) or len(_YEAR.findall(text, r.start, r.end)) >= 2)]

    def validate_result(self, pattern_text: str) -> bool:
        """True for a number starting with 2–6 that passes Luhn (``stdnum.luhn``)."""
        number = digits_only(pattern_text)
        return number[:1] in ("2", "3", "4", "5", "6") and bool(luhn.is_valid(number))


def recognizers() -> list[EntityRecognizer]:
    """The credit-card recognizers."""
    return [JaCreditCardRecognizer()]
