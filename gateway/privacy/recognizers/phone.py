"""電話番号 through the ``phonenumbers`` library (region JP, default VALID leniency).

JAPANESE_PII.md, Identifiers, 電話番号: fixed lines with a variable area-code length (``03-1234-5678``,
``0166-12-3456``, ``03(1234)5678``), mobile 070/080/090, IP 050, 0120/0800, 0570, and ``+81``; the
VALID matcher checks the number ranges and does not fire on dates, amounts or 12-digit numbers.
presidio's PhoneRecognizer leaves JP out of its default regions, hence this recognizer.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_STRONG, SCORE_VALID, raise_with_context
from gateway.privacy.recognizers._pattern import LEFT_EDGE, RIGHT_EDGE, JaPatternRecognizer, digits_only
from gateway.privacy.recognizers._table import column_header
from gateway.privacy.recognizers.other_kind import named_other_kind

CONTEXT = [
    "電話", "tel", "携帯", "fax", "ファクス", "ファックス", "連絡先", "問い合わせ", "問合せ", "sms", "ショートメール",
    "折り返し", "折返し",
]

# phonenumbers does not take a number glued to a Latin letter (TEL03-…, also what NFKC makes of ℡03-…), nor
# join digit groups across a line break. The matcher runs on copies with those characters turned into spaces,
# one for one, so offsets stay the same: first with the line breaks kept, then with them joined, where a
# joined match counts only if it overlaps no first-pass match (a line that ends in a digit, such as an
# address ``…24番地26``, must not swallow the number on the next line).
_GLUED_LETTER = re.compile(r"(?i:(?<=te)l|(?<=fa)x)(?=[0-9(+])")
_LINE_BREAK = re.compile(r"(?<=[0-9)-])\r?\n[ \t]*(?=[0-9(+-])")
# A bracket the matcher keeps at either end without its partner (``（090-…）`` after NFKC gives ``(090-…``)
# belongs to the surrounding text, not to the number; ``(03)1234-5678`` keeps its pair.
_OPENING = "([{"
_CLOSING = ")]}"
# A table column headed by another identifier's label (事業所番号, 受付コード) holds no phone numbers, nor does such a
# label right before the number (``事業所番号 0777748350``), unless a phone word stands next to the number itself.
OTHER_COLUMN = re.compile(r"^(?!.*(?:電話|tel|fax|携帯|連絡先)).*(?:番号|コード|ID|No\.?)$", re.IGNORECASE)
# Numbers in a phone number's shape that the numbering plan does not (yet) hold (090-0xxx-xxxx, a made-up
# 0263-xx-xxxx): still somebody's number when a phone word names it. A mobile number written 0X0-XXXX-XXXX is
# distinctive enough on its own (after a name in brackets: ``ごとう　ひとみ（090-0393-3733）``), just above the
# threshold, so that a number another family's label names still wins the overlap.
_MOBILE_WRITTEN = 0.55
_SHAPES = (
    ("mobile_shape", r"0[5789]0[- ]?[0-9]{4}[- ]?[0-9]{4}"),
    ("fixed_shape", r"0[1-9][0-9]{0,3}-[0-9]{1,4}-[0-9]{4}"),
    ("fixed_digits_shape", r"0[1-9][0-9]{8}"),
)


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
        """Find the numbers; a context word in the window raises the score.

        A number that passes the numbering-plan check and has a phone word next to it is stronger
        (``SCORE_STRONG``) than a bare digit shape with its own family's word (a 10-digit 基礎年金番号 near
        年金 in ``年金事務所に電話（0296887470）``), so the overlap goes to the phone number.
        """
        searchable = _GLUED_LETTER.sub(_blank, text)
        spans = _matches(searchable)
        spans += [span for span in _matches(_LINE_BREAK.sub(_blank, searchable)) if not _overlaps(span, spans)]
        results = [self._result(*_trimmed(text, *span)) for span in sorted(spans)]
        results = raise_with_context(text, results, self.context, SCORE_STRONG)
        return [r for r in results if r.score >= SCORE_STRONG or not (
            column_header(text, r.start, r.end, OTHER_COLUMN) or named_other_kind(text, r.start))]

    def _result(self, start: int, end: int) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=SCORE_VALID,
            textual_explanation="valid number in the JP numbering plan (phonenumbers)",
        )
        return RecognizerResult(
            entity_type=Entity.PHONE_NUMBER.value,
            start=start,
            end=end,
            score=SCORE_VALID,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _matches(text: str) -> list[tuple[int, int]]:
    """(start, end) of every number phonenumbers finds in ``text``."""
    return [(match.start, match.end) for match in PhoneNumberMatcher(text, "JP", leniency=Leniency.VALID)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without an unpaired bracket or whitespace at either end."""
    while start < end:
        piece = text[start:end]
        if piece[0].isspace() or (piece[0] in _OPENING and _unpaired(piece, _OPENING.index(piece[0]))):
            start += 1
        elif piece[-1].isspace() or (piece[-1] in _CLOSING and _unpaired(piece, _CLOSING.index(piece[-1]))):
            end -= 1
        else:
            break
    return start, end


def _unpaired(piece: str, kind: int) -> bool:
    return piece.count(_OPENING[kind]) != piece.count(_CLOSING[kind])


class PhoneShapeRecognizer(JaPatternRecognizer):
    """Digits in a phone number's shape, reported only next to a phone word (below a valid number's score)."""

    def __init__(self) -> None:
        super().__init__(
            Entity.PHONE_NUMBER,
            "PhoneShapeRecognizer",
            [
                *(Pattern(name, f"{LEFT_EDGE}{shape}{RIGHT_EDGE}", 0.0) for name, shape in _SHAPES),
                Pattern("mobile_written", f"{LEFT_EDGE}0[789]0-[0-9]{{4}}-[0-9]{{4}}{RIGHT_EDGE}", _MOBILE_WRITTEN),
            ],
            CONTEXT,
        )


def is_phone_number(value: str) -> bool:
    """The digits of ``value`` are a Japanese phone number written from its 0 and in the numbering plan."""
    number = digits_only(value)
    try:
        return number.startswith("0") and bool(phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")))
    except phonenumbers.NumberParseException:
        return False


def recognizers() -> list[EntityRecognizer]:
    """The phone-number recognizers."""
    return [JaPhoneRecognizer(), PhoneShapeRecognizer()]
