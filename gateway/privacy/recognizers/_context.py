"""The character-window context check shared by every structured-identifier recognizer, and the score levels.

Japanese context often follows the number or stands a few words before it (JAPANESE_PII.md, presidio
facts: the enhancer looks at tokens before the match only), so each recognizer also looks at a window of
characters around the match itself and raises the score there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from gateway.privacy.recognizers._table import column_header

SCORE_WEAK = 0.3  # an ambiguous shape (a bare 7/10/11/12-digit number): reported only with context
SCORE_VALID = 0.6  # a shape plus a passing check (check digit, phonenumbers' number ranges)
SCORE_CONTEXT = 0.85  # a shape with one of its family's context words in the window
SCORE_STRONG = 0.9  # a distinctive shape (〒123-4567, AB12345678CD, AKIA…, a PEM block)

WINDOW_BEFORE = 20
WINDOW_AFTER = 10

_ITEM_END = re.compile("[。!?！？、,\n]")
_SENTENCE_END = re.compile("[。!?！？]")
_DIGIT = re.compile("[0-9]")
QUESTION_LINE = 60  # characters of the line before that may hold the label of the next line's number
_ANSWER = 10  # an answer's own start before the number (市民：はい。) does not end the question's reach
_NEXT_VALUE = re.compile(r"[ \t:は]*[0-9A-Za-z]")
# a number that refers back to a label named earlier: 先ほどの番号は…, 番号ですが、…, その番号：…
# (after の, or opening the line: 個人番号：… is a label of its own, 記号 12、番号 345 a record's next field)
_REFERENCE = re.compile(
    r"(?:の|(?:^|(?<=\n))[ \t]*)(?:番号|ナンバー)(?:は|が|を|ですが|でしたが)?[、,]?[ \t]*[:：]?[ \t]*[「『(]?[ \t]*$"
)
REFERENCE_REACH = 12  # characters before the number that may hold the reference
FAR_WINDOW = 120  # characters before a referring number searched for its label, within the paragraph


def context_word(text: str, start: int, end: int, words: Sequence[str]) -> str | None:
    """Return the first of ``words`` found within the window around ``text[start:end]``, if any.

    The window is ``WINDOW_BEFORE`` characters before the match and ``WINDOW_AFTER`` after it, compared
    case-insensitively; the match itself is not part of it. A label may stand in the sentence before
    (``連絡先は次のとおりです。03-…``), but what follows a match belongs to the next item once a sentence,
    a 、 or the line ends, or when the word labels the next value (``123456789012 個人番号 1234…``). The
    window does not reach back past a blank line (the end of a paragraph or a table). In a table (TSV, CSV,
    markdown, aligned columns) the header cell of the match's column counts too (``_table.column_header``).
    A number in the first sentence of its line also has the line before as its window when that line holds
    no number of its own: a question and its answer (``職員：基礎年金番号をお願いします。⏎市民：えっと、1234-…``), a
    heading and its value. A number that refers back to a label (``本人の住民票コードを控えました。先ほどの番号は…``)
    has the paragraph up to ``FAR_WINDOW`` characters before it as its window.
    """
    if _REFERENCE.search(text, max(0, start - REFERENCE_REACH), start):
        before = text[max(0, start - FAR_WINDOW) : start].lower().rsplit("\n\n", 1)[-1]
    else:
        before = window_before(text, start).lower().rsplit("\n\n", 1)[-1]  # not past a blank line
    after = _ITEM_END.split(text[end : end + WINDOW_AFTER], maxsplit=1)[0].lower()
    for word in words:
        folded = word.lower()
        if folded in before:
            return word
        at = after.find(folded)
        if at >= 0 and not _NEXT_VALUE.match(text, end + at + len(folded)):
            return word
    header = column_header(text, start, end, _any_of(tuple(words))) if words else None
    return next((w for w in words if w.lower() == header.group().lower()), None) if header else None


def window_before(text: str, start: int) -> str:
    """The characters before ``start`` that may hold its label: ``WINDOW_BEFORE`` of them, or its line so far
    and the line before when the number is in its line's first sentence and that line holds no number."""
    window = text[max(0, start - WINDOW_BEFORE) : start]
    line_start = text.rfind("\n", 0, start) + 1
    prefix = start - line_start
    ended = prefix > _ANSWER and _SENTENCE_END.search(text, line_start, start) is not None
    if line_start == 0 or prefix > WINDOW_BEFORE or ended:
        return window
    previous = text[max(0, text.rfind("\n", 0, line_start - 1) + 1, line_start - QUESTION_LINE) : line_start]
    if _DIGIT.search(previous):
        return window
    return previous + text[line_start:start]


@lru_cache(maxsize=256)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


def raise_with_context(
    text: str, results: list[RecognizerResult], words: Sequence[str], score: float = SCORE_CONTEXT
) -> list[RecognizerResult]:
    """Raise each result with a context word in its window to at least ``score``, in place.

    A raised result is marked as enhanced, so presidio's own context enhancer does not add to it again.
    """
    for result in results:
        word = context_word(text, result.start, result.end, words)
        if word is None:
            continue
        if result.score < score:
            result.score = score
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(score)
        if result.recognition_metadata is None:
            result.recognition_metadata = {}
        result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    return results
