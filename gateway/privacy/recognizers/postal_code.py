"""郵便番号: ``〒123-4567``, ``123-4567``, 7 digits.

JAPANESE_PII.md, Identifiers, 郵便番号: no validator. After the postal mark 〒 the number is certain;
``123-4567`` and bare 7 digits are weak alone and raised by 〒 / 郵便番号 / 住所 nearby. The mark itself
is not reported, only the number. In a TSV / CSV / markdown / aligned table the label stands in the
header line of the number's column (``郵便番号,住所`` then ``361-6855,…``): the same context (``_table``).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG, SCORE_WEAK
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, cell, digits, labelled
from gateway.privacy.recognizers.address import ADDRESS_START

CONTEXT = ["〒", "郵便番号", "住所", "所在地", "郵便", "zip", "postal"]

class PostalCodeRecognizer(JaPatternRecognizer):
    """郵便番号: certain after 〒, weak alone (``123-4567``, 7 digits), raised by context."""

    def __init__(self) -> None:
        super().__init__(
            Entity.POSTAL_CODE,
            "PostalCodeRecognizer",
            [
                Pattern("postal_mark", rf"〒\s?(?P<value>{digits(3, 4)})", SCORE_STRONG),
                Pattern("postal_code", digits(3, 4), SCORE_WEAK),
                Pattern("postal_labelled", labelled("郵便番号|〒", 7), SCORE_CONTEXT),
                Pattern("postal_cell", cell(7), 0.0),
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
        """The pattern matches (raised by a context word, also a column header such as 郵便番号 / 〒), and a weak
        one raised to SCORE_CONTEXT right before an address (``514-9674 三重県津市…``)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if result.score < SCORE_CONTEXT and ADDRESS_START.match(text, result.end):
                result.score = SCORE_CONTEXT
        return results


def recognizers() -> list[EntityRecognizer]:
    """The 郵便番号 recognizers."""
    return [PostalCodeRecognizer()]
