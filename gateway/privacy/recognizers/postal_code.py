"""郵便番号: ``〒123-4567``, ``123-4567``, 7 digits.

JAPANESE_PII.md, Identifiers, 郵便番号: no validator. After the postal mark 〒 the number is certain;
``123-4567`` and bare 7 digits are weak alone and raised by 〒 / 郵便番号 / 住所 nearby. The mark itself
is not reported, only the number. In a TSV / CSV / markdown / aligned table the label stands in the
header line of the number's column (``郵便番号,住所`` then ``361-6855,…``): the same context (``_table``).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG, SCORE_WEAK
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, digits
from gateway.privacy.recognizers._table import in_named_column
from gateway.privacy.recognizers.address import ADDRESS_START

CONTEXT = ["〒", "郵便番号", "住所", "所在地"]
HEADER = re.compile(r"〒|郵便番号|郵便|zip|postal", re.IGNORECASE)
# a whole table cell holding a postal code: the shared edges reject "1,123-4567,0" (an amount's commas),
# but between cell separators the number stands alone
_CELL = re.compile(r"(?:^|(?<=[,\t|]))[ \t\"]*(?P<value>[0-9]{3}-?[0-9]{4})[ \t\"]*(?=[,\t|\r\n]|$)", re.MULTILINE)


class PostalCodeRecognizer(JaPatternRecognizer):
    """郵便番号: certain after 〒, weak alone (``123-4567``, 7 digits), raised by context."""

    def __init__(self) -> None:
        super().__init__(
            Entity.POSTAL_CODE,
            "PostalCodeRecognizer",
            [
                Pattern("postal_mark", rf"〒\s?(?P<value>{digits(3, 4)})", SCORE_STRONG),
                Pattern("postal_code", digits(3, 4), SCORE_WEAK),
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
        """The pattern matches, a weak one raised to SCORE_CONTEXT in a column headed 郵便番号 / 〒 or right before
        an address (``514-9674 三重県津市…``)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if result.score < SCORE_CONTEXT and (
                in_named_column(text, result.start, result.end, HEADER) or ADDRESS_START.match(text, result.end)
            ):
                result.score = SCORE_CONTEXT
        if not any(sep in text for sep in ",\t|"):
            return results
        seen = {(r.start, r.end) for r in results}
        for cell in _CELL.finditer(text):
            start, end = cell.span("value")
            if (start, end) not in seen and in_named_column(text, start, end, HEADER):
                results.append(RecognizerResult(self.supported_entities[0], start, end, SCORE_CONTEXT))
        return results


def recognizers() -> list[EntityRecognizer]:
    """The 郵便番号 recognizers."""
    return [PostalCodeRecognizer()]
