"""介護保険 被保険者番号: 10 digits that the municipality assigns; no published check digit.

Reported on context words only (介護保険, 要介護, 介護の番号 …). Its label is the one health-insurance
cards use (被保険者番号), and the 介護 word that tells them apart often stands a sentence before
(``介護保険料の納付書について。被保険者番号は…``), so a 介護 word up to ``LOOKBACK`` characters back
counts too when no health-insurance word (国保, 後期高齢 …) stands closer and the number is not a valid phone
number, and then this family outscores the health-insurance recognizers (``SCORE_STRONG``), as it does in a
column headed 被保険者番号 alone: a 介護保険 number is personal, but not under the 告知要求 restriction that
makes health-insurance numbers blocked (JAPANESE_PII.md, What the law asks). A phone word
nearer than the 介護 word (``介護保険課 TEL 0263-41-2712``) makes it a phone number instead, and a column
headed by another identifier's label (事業所番号) holds no such numbers, nor does a number that a provider's label
(``介護保険事業所番号（参考）：…``) or an example marker (``例：…``) stands right before (``other_kind.py``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_STRONG, SCORE_WEAK, context_word
from gateway.privacy.recognizers._pattern import (
    NEAR_LABEL,
    JaPatternRecognizer,
    cell,
    digits,
    labelled,
    loose,
    near_label,
)
from gateway.privacy.recognizers._table import column_header, in_named_column
from gateway.privacy.recognizers.other_kind import names_other_kind
from gateway.privacy.recognizers.phone import CONTEXT as PHONE_CONTEXT
from gateway.privacy.recognizers.phone import OTHER_COLUMN, is_phone_number

CONTEXT = ["介護保険", "介護被保険者", "要介護", "要支援", "介護認定", "介護の番号", "介護番号", "care insurance",
           "long-term care", "(介護)", "介保", "ltc"]  # 被保険者番号（介護）, 介保 (a clerk's abbreviation)
LOOKBACK = 80
_CARE = re.compile(r"介護保険|介護被保険者|要介護|要支援|介護認定|介護の番号|介護番号|\(介護\)|介保")
_PHONE = re.compile("|".join(PHONE_CONTEXT), re.IGNORECASE)
_HEALTH = re.compile("国保|健保|健康保険|後期高齢|社保|協会けんぽ|共済|資格確認書|(?<!介護)保険証")


class CareInsuranceRecognizer(JaPatternRecognizer):
    """介護保険 被保険者番号: 10 digits, weak alone, raised above health insurance by a 介護 word nearby."""

    # a column headed 被保険者番号 alone (a health-insurance column names its scheme: 国保, 後期高齢 …)
    column_labels: ClassVar[re.Pattern[str]] = re.compile("^(?:介護(?:保険)?の?)?被保険者証?の?番号$")

    def __init__(self) -> None:
        super().__init__(
            Entity.CARE_INSURANCE,
            "CareInsuranceRecognizer",
            [
                Pattern("care_insurance_number", digits(10), SCORE_WEAK),
                Pattern("care_insurance_labelled", labelled("被保険者番号|介護保険証?(?:の)?(?:番号)?|介護の?番号", 10),
                        SCORE_WEAK),
                Pattern("care_insurance_cell", cell(10), 0.0),
                near_label("care_insurance", 10),
                # a letter and 9 digits, as some municipalities number their insured (H123456789)
                Pattern(f"care_insurance_lettered{NEAR_LABEL}", rf"(?<![0-9A-Za-z])[A-Z][ \-]{{0,2}}{loose(9)}", 0.0),
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
        """The matches with a 介護 word near (or further back, with no health word closer), raised to STRONG."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            before = text[max(0, result.start - LOOKBACK) : result.start]
            care, health, phone = _last(_CARE, before), _last(_HEALTH, before), _last(_PHONE, before)
            if (
                (column_header(text, result.start, result.end, OTHER_COLUMN)
                 and not in_named_column(text, result.start, result.end, self.column_labels))
                or names_other_kind(text, result.start, result.end)
                or health > care  # 要介護の母の保険証の番号は…: the health-insurance card is nearer
                or (phone > care and context_word(text, result.start, result.end, PHONE_CONTEXT))
            ):
                result.score = 0.0
            elif result.score > SCORE_WEAK or (care >= 0 and not is_phone_number(text[result.start : result.end])):
                result.score = SCORE_STRONG
        return results


def _last(words: re.Pattern[str], text: str) -> int:
    """Where the last of ``words`` starts in ``text``, -1 if none does."""
    return max((m.start() for m in words.finditer(text)), default=-1)


def recognizers() -> list[EntityRecognizer]:
    """The 介護保険 recognizers."""
    return [CareInsuranceRecognizer()]
