"""旅券番号: Japanese ``TK1234567`` (2 letters + 7 digits) and the common foreign shapes; no check digit.

JAPANESE_PII.md, Identifiers, 旅券番号: the shape alone is weak (product codes look the same); next to
旅券 / パスポート / Passport No. it is reported with a high score. Foreign residents' passports appear
after the same labels in other shapes: 1–2 letters + 7–8 digits (``N8655396``, ``E21183006``),
9 digits (US), a letter + 7 digits + a letter (PH ``P3506088B``). Letters and digits may be parted
by a space or '-', and the digits split anywhere (``B 2085030``, ``TK-1234567``, ``MZ-84659-41``).
Those shapes are everywhere (order numbers, serials), so without a label they are not reported at all;
only the Japanese shape keeps its weak score alone.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers._pattern import LEFT_EDGE, RIGHT_EDGE, JaPatternRecognizer
from gateway.privacy.recognizers.other_kind import named_other_kind

# the Japanese shape alone, written as printed (TK1234567: the letters of a Japanese passport start with T, M or R):
# above the threshold, below every labelled family, like ID_NUMBER; an order or product code that another label
# names is left alone (``named_other_kind``); with its parts apart (TK.8035642, ID 1234567) only with context
SCORE_SHAPE = 0.55

# the word in the languages of Japan's foreign residents, as they write it on forms and in mail
CONTEXT = ["旅券", "パスポート", "passport", "pasaporte", "passaporte", "passeport", "reisepass", "护照", "護照",
           "여권", "hộ chiếu", "ho chieu", "paspor", "राहदानी", "पासपोर्ट", "หนังสือเดินทาง"]
# letters and digits parted by a space, '-', a dot, a slash or 、 (``TK.8035642``, ``AZ/1987703``)
_SEP = "[\\s\\-./・、]"
FOREIGN = (
    ("passport_letters_digits", f"[A-Za-z]{{1,2}}{_SEP}?[0-9](?:[\\s-]?[0-9]){{6,7}}"),
    ("passport_9_digits", "[0-9]{9}"),
    ("passport_letter_digits_letter", "[A-Za-z][0-9]{7}[A-Za-z]"),
)


class PassportRecognizer(JaPatternRecognizer):
    """旅券番号: the Japanese shape weak alone; every shape raised by 旅券 / パスポート nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.PASSPORT,
            "PassportRecognizer",
            [Pattern("passport", f"{LEFT_EDGE}[TMR][A-Z][0-9]{{7}}{RIGHT_EDGE}", SCORE_SHAPE),
             Pattern("passport_parted", f"{LEFT_EDGE}[A-Z]{{2}}{_SEP}[0-9]{{7}}{RIGHT_EDGE}", 0.0)]
            + [Pattern(name, f"{LEFT_EDGE}{shape}{RIGHT_EDGE}", 0.0) for name, shape in FOREIGN],
            CONTEXT,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The pattern matches, without a shape alone that another kind's label names (品番 AB1234567)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if r.score >= SCORE_CONTEXT or not named_other_kind(text, r.start)]


def recognizers() -> list[EntityRecognizer]:
    """The 旅券番号 recognizers."""
    return [PassportRecognizer()]
