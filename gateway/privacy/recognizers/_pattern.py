"""The pattern recognizer base shared by the structured-identifier families, and its regex fragments.

The analyzer hands every recognizer a normalized copy of the text (ASCII digits, '-' for every dash
look-alike between digits; JAPANESE_PII.md, Text traps), so the patterns use ``[0-9]`` and '-', but they
still allow single spaces and line breaks between digit groups, and they never rely on ``\\b``, which does
not fire between a kanji and a digit: the look-arounds below do that job.
"""

from __future__ import annotations

import re
from typing import ClassVar, cast

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import DetectionError, Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, raise_with_context
from gateway.privacy.recognizers._table import in_named_column

REGEX_TIMEOUT_SECONDS = 2.0
NEAR_LABEL = "_near_label"  # the name suffix of ``near_label`` patterns
_DATE_OR_TIME = regex.compile(r"(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9]|[0-2]?[0-9]:[0-5][0-9]")
# another identifier's label ending right before a number: 受付番号, お問い合わせ番号, 会員ID, 注文No., シリアル
OTHER_LABEL = regex.compile(
    r"(?:お?問(?:い)?合(?:わ)?せ|お客様|[おご]?[\p{Han}\p{Katakana}ーA-Za-z]{1,10})"
    r"(?:番号|コード|ID|No\.?|#|シリアル|(?i:serial|S/N))[ \t]*(?:[:：#]|は)?[ \t]*第?$"
)
# a figure grouped in thousands (1,234) or a compact date (20240801): never an identifier in any grouping
_FIGURE = regex.compile(r"[0-9],[0-9]{3}(?![0-9])")
_COMPACT_DATE = regex.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_ANY_GROUPING = ("_labelled", NEAR_LABEL, "_cell")  # name endings of the patterns built on ``loose``/``cell``
# how phone numbers are grouped (JAPANESE_PII.md, Phone numbers): 03-1234-5678, 045-123-4567, 0263-12-3456
_PHONE_GROUPING = regex.compile(r"0[0-9]{1,4}[^0-9]+[0-9]{1,4}[^0-9]+[0-9]{4}")
ENUMERATION_GAP = 24  # characters between two numbers of one family listed one after the other

# Not inside a longer token: no letter or digit, nor a digit followed by a separator ("03-", "1.",
# "2024/", "14:"), right before the match; after a digit and a comma, not three digits alone (a figure's thousands,
# "12,345"): a CSV row's next cell starts there too (",61-60886,563-2132063,2026/1/11").
LEFT_EDGE = r"(?<![0-9A-Za-z_])(?<![0-9][-./:])(?!(?<=[0-9],)[0-9]{3}(?![0-9\-]))"
# The same right after the match (a comma then three digits alone), and not an amount ("1234567円", "1234万").
RIGHT_EDGE = r"(?![0-9A-Za-z_])(?![-./:][0-9])(?!,[0-9]{3}(?![0-9\-]))(?!\s?[円万億])"


def digits(*sizes: int, plain: bool = True) -> str:
    """Regex for digit groups of ``sizes``: run together (if ``plain``), joined by '-' or '.', or by single spaces.

    The spaced form (a space or a line break, maybe after '-' or before an indent, between groups) must not
    continue into another space-separated digit group, so ``1234 5678 9012 3456`` is not read as a 12-digit
    number.
    """
    groups = [f"[0-9]{{{size}}}" for size in sizes]
    forms = [f"[0-9]{{{sum(sizes)}}}"] if plain else []
    if len(sizes) > 1:
        forms.append("-".join(groups))
        forms.append(r"\.".join(groups))  # 1234.5678.9018, as a dodge or a European habit writes it
        forms.append(r"(?<![0-9] )" + r"(?: |-?\r?\n *)".join(groups) + r"(?! [0-9])")
    return f"{LEFT_EDGE}(?:{'|'.join(forms)}){RIGHT_EDGE}"


# what may stand between two digits of a number written right after its label: spaces, tabs and line
# breaks, hyphens, ・ / . _ ~ 〜 、 , and round or square brackets, up to four of them
_LOOSE_SEPARATOR = r"[\s\-・/._~〜、,()\[\]]{0,4}"
# what may stand between the label and the number: punctuation, brackets, spaces and line breaks
# (``【個人番号】⏎1234…``, ``個人番号: ``), and particles (``マイナンバーはね、``); not words that make the
# label a heading (``保険者番号ごとの件数: 12 3 45``)
LABEL_GAP = r"(?:[^\w]|[はがをねのもで]){0,8}"


def labelled(labels: str, count: int) -> str:
    """Regex for ``count`` digits in any grouping and with any separators, right after one of ``labels``.

    A number whose groups were split anywhere, by anything (``個人番号: 1234\t5678\t9018``, ``8228⏎6937 9409``,
    ``保険者番号 1234 - 5674``), is still the number its label names; without the label right before it, a run
    of digits in an unusual grouping (``2024-06-15 1330``, counts ``9 18 29 13``) is not read as one number.
    The value is the named group ``value``.
    """
    return rf"(?:{labels}){LABEL_GAP}(?P<value>{loose(count)})"


def loose(count: int) -> str:
    """Regex for ``count`` digits in any grouping with any separators (see ``labelled``), not inside a longer
    number (``03-1234-5678`` holds no 8-digit number, ``4111 1111 1111 1111`` no 12-digit one), nor an amount, nor
    ending in a year written right before its 年 (the next cell's date: ``7229179⇥1969年7月5日``; not 年金, 年度)."""
    return (rf"(?<![0-9])(?<![0-9][\-・/._~〜 ,、])[0-9](?:{_LOOSE_SEPARATOR}[0-9]){{{count - 1}}}"
            rf"(?![\-・/._~〜 ,、]?[0-9])(?!\s?[円万億])(?!年(?![金度齢会収]))")


def near_label(family: str, count: int) -> Pattern:
    """A pattern for ``count`` digits in any grouping (see ``loose``) reported only with one of the family's
    context words in its window (the line before included, see ``_context.context_word``), never when the
    digits read as a date or a time (``交付 2024-06-15 1330``)."""
    return Pattern(f"{family}{NEAR_LABEL}", loose(count), 0.0)


def cell(count: int) -> str:
    """Regex for ``count`` digits in any grouping that fill a whole table cell (TSV, CSV, markdown, ``／``), also one
    pasted with a line break in it (``7164⏎8386413``) or opening with a bracket (``(195)4299837``).

    For a pattern scored 0: the column header is its context (``_context.context_word``), as a label is.
    """
    value = f"[0-9](?:(?:[ \\-・/._~〜()\\[\\]、]|\\n(?!\\n)){{0,4}}[0-9]){{{count - 1}}}"
    return rf"(?m)(?:^|(?<=[\t,|/]))[ \"(\[]*(?P<value>{value})[ \"]*(?=[\t,|/\r\n]|$)"


def figure_or_date(value: str) -> bool:
    """A figure in thousands, a date or time, or a compact date: what follows a label in a table of figures."""
    digits = digits_only(value)
    return bool(_FIGURE.search(value) or _DATE_OR_TIME.search(value)
                or (len(digits) == 8 and _COMPACT_DATE.fullmatch(digits)))


def find_all(pattern: regex.Pattern[str], text: str, who: str) -> list[regex.Match[str]]:
    """Every match of ``pattern`` in ``text`` within ``REGEX_TIMEOUT_SECONDS``; past it a ``DetectionError`` naming
    ``who`` (the request is refused, never forwarded unchecked)."""
    try:
        return list(pattern.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
    except TimeoutError as exc:
        raise DetectionError(f"{who}: pattern timed out") from exc


def digits_only(text: str) -> str:
    """The ASCII digits of ``text``, separators dropped."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


class JaPatternRecognizer(PatternRecognizer):
    """A presidio pattern recognizer for normalized Japanese text.

    Differences from presidio's own loop:

    * a pattern with a named group ``value`` reports only that group (``〒123-4567`` → ``123-4567``,
      ``password=…`` → the value);
    * a pattern's score is the score without context; a pattern scored 0 is reported only with a
      context word in the window (``_context.context_word``), which raises any match to ``context_score``
      (``SCORE_CONTEXT`` unless a family must outscore another that shares its labels), as does a column
      header that ``column_labels`` matches;
    * ``validate_result`` returning True keeps the pattern's score (it does not jump to 1.0), False drops
      the match, except in a family with ``keep_invalid_with_context`` where context still reports it;
    * a regex that times out fails the whole detection (``DetectionError``) instead of being skipped.
    """

    keep_invalid_with_context: ClassVar[bool] = False
    context_score: ClassVar[float] = SCORE_CONTEXT
    column_labels: ClassVar[re.Pattern[str] | None] = None  # a column header that is context, in tables only
    name: str
    patterns: list[Pattern]

    def __init__(self, entity: Entity, name: str, patterns: list[Pattern], context: list[str]) -> None:
        super().__init__(
            supported_entity=entity.value,
            name=name,
            supported_language="ja",
            patterns=patterns,
            context=context,
            global_regex_flags=0,
        )
        self._compiled = {pattern.regex: regex.compile(pattern.regex) for pattern in patterns}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern on ``text`` and score the matches; ``nlp_artifacts`` is not needed."""
        flags = (self.global_regex_flags or 0) if regex_flags is None else regex_flags
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            compiled = self._compiled.get(pattern.regex) if not flags else None
            compiled = compiled or regex.compile(pattern.regex, flags)
            try:
                matches = list(compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
            except TimeoutError as exc:
                raise DetectionError(f"{self.name}: pattern {pattern.name} timed out") from exc
            for match in matches:
                result = self._candidate(text, match, pattern, flags)
                if result is not None:
                    results.append(result)
        raise_with_context(text, results, self.context, self.context_score)
        if self.column_labels is not None:
            for result in results:
                if result.score < self.context_score and in_named_column(text, result.start, result.end,
                                                                         self.column_labels):
                    result.score = self.context_score
        self._raise_enumerated(text, results)
        return EntityRecognizer.remove_duplicates(results)

    def _near_label_fits(self, text: str, start: int, end: int) -> bool:
        """A number found only through a context word in its window is none of the things that look alike (dates
        and figures are ruled out for every grouping in ``_candidate``): a phone number in its grouping or from
        abroad, a number another identifier's label names."""
        international = text[start - 1 : start] == "+"  # +81-50-3816-9405: a phone number from abroad
        looks_alike = international or _PHONE_GROUPING.fullmatch(text, start, end) is not None
        return not looks_alike and not self._named_other(text, start)

    def _named_other(self, text: str, start: int) -> bool:
        """Another identifier's label ends right before ``start`` (``個人番号：…`` for a driver's licence)."""
        label = OTHER_LABEL.search(text, max(0, start - 16), start)
        return label is not None and not any(word.lower() in label.group().lower() for word in self.context)

    def _raise_enumerated(self, text: str, results: list[RecognizerResult]) -> None:
        """A candidate with as many digits as a reported number of the family just before it is one more
        of the same kind (``基礎年金番号は1234-567890です。夫の分は2345-678901``), in place."""
        reported = [(r.end, len(digits_only(text[r.start : r.end]))) for r in results if r.score >= self.context_score]
        for result in results:
            if result.score >= self.context_score:
                continue
            size = len(digits_only(text[result.start : result.end]))
            if not self._named_other(text, result.start) and any(
                0 <= result.start - end <= ENUMERATION_GAP and size == n and "\n\n" not in text[end : result.start]
                for end, n in reported
            ):
                result.score = self.context_score  # raised once: presidio's enhancer must not raise it again
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True

    def _candidate(self, text: str, match: regex.Match[str], pattern: Pattern, flags: int) -> RecognizerResult | None:
        """The result for one match before context, with score 0 where only context may report it."""
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        if start >= end or self.invalidate_result(text[start:end]):
            return None
        if pattern.name.endswith(_ANY_GROUPING) and figure_or_date(text[start:end]):
            return None
        if pattern.name.endswith("_cell") and text.count("\n", start, end) > 1:
            return None  # a cell holds one pasted line break at most, not a column of one-digit rows
        if pattern.name.endswith(NEAR_LABEL) and not self._near_label_fits(text, start, end):
            return None
        valid = self.validate_result(text[start:end])
        if valid is False and not self.keep_invalid_with_context:
            return None
        score = 0.0 if valid is False else pattern.score
        # presidio annotates validation_result as bool but documents None as "not validated"
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, score, cast(bool, valid), flags
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
