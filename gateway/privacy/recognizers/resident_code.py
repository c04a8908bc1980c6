"""住民票コード: 11 digits (10 + a check digit whose formula is not verified, so it is not checked).

JAPANESE_PII.md, Identifiers, 住民票コード: reported on context words only. The context is the label
住民票コード itself, not 住民票 alone: municipal text mentions 住民票 (の写し) next to 11-digit mobile
numbers all the time, and a 住民票コード is blocked with high severity. 住民票 alone (``・住民票 12345678901``) counts
only for a number that cannot be a phone number (it does not start with 0).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK, context_word
from gateway.privacy.recognizers._pattern import (
    JaPatternRecognizer,
    cell,
    digits,
    digits_only,
    labelled,
    near_label,
)

# 住基コード: the short name (住民基本台帳) staff write
CONTEXT = ["住民票コード", "住民票番号", "住民票のコード", "住民票 コード", "住基コード", "resident record code",
           "resident code"]
# foreign residents write English
LABELS = "住民票(?:の)?\\s?コード|住民票番号|住基コード|(?i:resident(?: record)? code)"
SHORT_CONTEXT = ["住民票", "住基"]


class ResidentCodeRecognizer(JaPatternRecognizer):
    """住民票コード: 11 digits, weak alone, raised by a context word."""

    def __init__(self) -> None:
        super().__init__(
            Entity.RESIDENT_CODE,
            "ResidentCodeRecognizer",
            [
                Pattern("resident_code", digits(11), SCORE_WEAK),
                Pattern("resident_code_labelled", labelled(LABELS, 11), SCORE_CONTEXT),
                Pattern("resident_code_cell", cell(11), 0.0),
                near_label("resident_code", 11),
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
        """The pattern matches, and those next to 住民票 alone that cannot be phone numbers."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if (result.score < SCORE_CONTEXT and not digits_only(text[result.start : result.end]).startswith("0")
                    and context_word(text, result.start, result.end, SHORT_CONTEXT)):
                result.score = SCORE_CONTEXT
        return results


def recognizers() -> list[EntityRecognizer]:
    """The 住民票コード recognizers."""
    return [ResidentCodeRecognizer()]
