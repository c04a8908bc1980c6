"""電話番号 through the ``phonenumbers`` library (region JP, default VALID leniency).

JAPANESE_PII.md, Identifiers, 電話番号: fixed lines with a variable area-code length (``03-1234-5678``,
``0166-12-3456``, ``03(1234)5678``), mobile 070/080/090, IP 050, 0120/0800, 0570, and ``+81``; the
VALID matcher checks the number ranges and does not fire on dates, amounts or 12-digit numbers.
presidio's PhoneRecognizer leaves JP out of its default regions, hence this recognizer.
"""

from __future__ import annotations

import re

from phonenumbers import Leniency, PhoneNumberMatch, PhoneNumberMatcher
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_VALID, raise_with_context

CONTEXT = ["電話", "tel", "携帯", "fax", "ファクス", "ファックス", "連絡先", "問い合わせ", "問合せ"]

# phonenumbers does not join digit groups across a line break, nor take a number glued to a Latin letter
# (TEL03-…, also what NFKC makes of ℡03-…). The matcher runs on a copy with those characters turned into
# spaces, one for one, so offsets stay the same.
_HIDDEN_SEPARATOR = re.compile(r"(?<=[0-9)-])\r?\n(?=[0-9(+-])|(?i:(?<=te)l|(?<=fa)x)(?=[0-9(+])")


class JaPhoneRecognizer(LocalRecognizer):
    """Phone numbers valid in the Japanese numbering plan, and +CC international numbers."""

    name: str

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Entity.PHONE_NUMBER.value],
            name="JaPhoneRecognizer",
            supported_language="ja",
            context=CONTEXT,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Find the numbers; a context word in the window raises the score."""
        searchable = _HIDDEN_SEPARATOR.sub(lambda m: " " * len(m.group()), text)
        matcher = PhoneNumberMatcher(searchable, "JP", leniency=Leniency.VALID)
        results = [self._result(match) for match in matcher]
        return raise_with_context(text, results, self.context)

    def _result(self, match: PhoneNumberMatch) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=SCORE_VALID,
            textual_explanation="valid number in the JP numbering plan (phonenumbers)",
        )
        return RecognizerResult(
            entity_type=Entity.PHONE_NUMBER.value,
            start=match.start,
            end=match.end,
            score=SCORE_VALID,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def recognizers() -> list[EntityRecognizer]:
    """The phone-number recognizers."""
    return [JaPhoneRecognizer()]
