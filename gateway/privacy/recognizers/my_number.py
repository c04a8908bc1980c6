"""マイナンバー (個人番号): 12 digits, often written ``1234 5678 9012``.

JAPANESE_PII.md, Identifiers, マイナンバー: the last digit is a check digit (``stdnum.jp.in_``), which about
1 in 11 random 12-digit strings pass, so a number alone is reported only when it passes, at a modest
score; next to 個人番号 / マイナンバー it is reported even when the check fails (a typo is still somebody's
number).

A check digit alone is weaker than a label: right before the number, another identifier's label (``問合せ番号
4598-6311-5470``, 受付番号, 整理番号, 管理番号, 資産番号, 会員番号, 注文番号, お客様番号, any ``…番号`` / ``…ID`` /
``…No.``), a program's field (``order_no``), its column's header or an example marker (``例：…``) says what the
number is (``other_kind.py``), and it is not reported as a マイナンバー; with 個人番号 / マイナンバー in the window
the context still wins. A unit after it (``枚``, ``件``, ``人``) makes it a figure; one digit repeated (``0000 0000
0000``) is a form's placeholder. When only the card is named (``マイナンバーカードの暗証番号が…⏎番号 1234
5678⏎9012``), a number in any grouping with a right check digit is the number printed on it, at the check digit's
score: a number assembled from single digits one per space still needs the label itself (analyzer.py).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.jp import in_

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_VALID, WINDOW_AFTER, window_before
from gateway.privacy.recognizers._pattern import (
    NEAR_LABEL,
    OTHER_LABEL,
    JaPatternRecognizer,
    cell,
    digits,
    digits_only,
    labelled,
    near_label,
)
from gateway.privacy.recognizers._table import column_header
from gateway.privacy.recognizers.other_kind import names_other_kind

CONTEXT = ["個人番号", "マイナンバー", "マイナ", "my number", "individual number"]
# right before a number in any grouping; foreign residents write the English names
LABELS = "個人番号|マイナンバー(?!カード)|マイナ(?:の)?番号|(?i:my ?number|individual number)(?! ?card)"
_LABEL = re.compile(LABELS + r"|マイナ(?=[\s:：は]*[0-9])")  # マイナ 1234…: the short name as a label
_CARD = re.compile("マイナンバーカード|マイナカード|個人番号カード")
_LABELLED_PATTERNS = frozenset({"my_number_labelled", "my_number_cell"})  # the label or the column says it
_UNIT = re.compile(r"\s?(?:件|枚|人|名|円|世帯|%|％)")


class MyNumberRecognizer(JaPatternRecognizer):
    """マイナンバー: 12 digits with a valid check digit, or any 12 digits next to a context word."""

    keep_invalid_with_context = True

    def __init__(self) -> None:
        super().__init__(
            Entity.MY_NUMBER,
            "MyNumberRecognizer",
            [
                Pattern("my_number", digits(4, 4, 4), SCORE_VALID),
                Pattern("my_number_labelled", labelled(LABELS, 12), SCORE_CONTEXT),
                Pattern("my_number_cell", cell(12), 0.0),
                # the one identifier the law singles out: recall first, with the label anywhere in the window
                near_label("my_number", 12),
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
        """The pattern matches: an unusual grouping only with the label (or the card and a right check digit) in
        its window and not a date or time; raised by context only for the label itself; a match that only its
        check digit vouches for dropped when another identifier's label names it or a unit follows it."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            if len(set(digits_only(text[r.start : r.end]))) == 1:
                continue  # a form's placeholder (0000 0000 0000), nobody's number
            if _pattern_of(r) not in _LABELLED_PATTERNS:
                named_by = self._named_in_window(text, r.start, r.end)
                if named_by is None and _near_label(r):
                    continue
                if named_by != "label":  # the card, マイナポータル …: no stronger than the check digit
                    if not in_.is_valid(digits_only(text[r.start : r.end])):
                        continue
                    r.score = min(r.score, SCORE_VALID)
            if r.score < SCORE_CONTEXT and (OTHER_LABEL.search(text, max(0, r.start - 16), r.start)
                                            or names_other_kind(text, r.start, r.end) or _UNIT.match(text, r.end)):
                continue
            kept.append(r)
        return kept

    @staticmethod
    def _named_in_window(text: str, start: int, end: int) -> str | None:
        """"label" when 個人番号 / マイナンバー stands in the window or heads the table column, "card" when only the
        card does (マイナンバーカードの暗証番号が…⏎番号 1234 5678⏎9012: the number printed on it) and the check digit is
        right and the number is no figure (123,456,789,012枚), else None."""
        value = text[start:end]  # dates and figures in any grouping were dropped as candidates (_pattern.py)
        window = window_before(text, start) + value + " " + text[end : end + WINDOW_AFTER]
        if _LABEL.search(window) or column_header(text, start, end, _LABEL):
            return "label"
        if (_CARD.search(window) is not None and "," not in value and in_.is_valid(digits_only(value))
                and not _UNIT.match(text, end)):
            return "card"
        return None

    def validate_result(self, pattern_text: str) -> bool:
        """True when the check digit is right (``stdnum.jp.in_``)."""
        return bool(in_.is_valid(digits_only(pattern_text)))


def _pattern_of(result: RecognizerResult) -> str:
    explanation = result.analysis_explanation
    return explanation.pattern_name if explanation is not None and explanation.pattern_name else ""


def _near_label(result: RecognizerResult) -> bool:
    return _pattern_of(result).endswith(NEAR_LABEL)


def recognizers() -> list[EntityRecognizer]:
    """The マイナンバー recognizers."""
    return [MyNumberRecognizer()]
