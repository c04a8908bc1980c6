"""The pattern recognizer base shared by the structured-identifier families, and its regex fragments.

The analyzer hands every recognizer a normalized copy of the text (ASCII digits, '-' for every dash
look-alike between digits; JAPANESE_PII.md, Text traps), so the patterns use ``[0-9]`` and '-', but they
still allow single spaces and line breaks between digit groups, and they never rely on ``\\b``, which does
not fire between a kanji and a digit: the look-arounds below do that job.
"""

from __future__ import annotations

from typing import ClassVar, cast

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import DetectionError, Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, raise_with_context

REGEX_TIMEOUT_SECONDS = 2.0

# Not inside a longer token: no letter or digit, nor a digit followed by a separator ("03-", "1.",
# "12,", "2024/", "14:"), right before the match.
LEFT_EDGE = r"(?<![0-9A-Za-z_])(?<![0-9][-.,/:])"
# The same right after the match, and not an amount ("1234567円", "1234万").
RIGHT_EDGE = r"(?![0-9A-Za-z_])(?![-.,/:][0-9])(?!\s?[円万億])"


def digits(*sizes: int, plain: bool = True) -> str:
    """Regex for digit groups of ``sizes``: run together (if ``plain``), joined by '-', or by single spaces.

    The spaced form (a space or a line break, maybe after '-' or before an indent, between groups) must not
    continue into another space-separated digit group, so ``1234 5678 9012 3456`` is not read as a 12-digit
    number.
    """
    groups = [f"[0-9]{{{size}}}" for size in sizes]
    forms = [f"[0-9]{{{sum(sizes)}}}"] if plain else []
    if len(sizes) > 1:
        forms.append("-".join(groups))
        forms.append(r"(?<![0-9] )" + r"(?: |-?\r?\n *)".join(groups) + r"(?! [0-9])")
    return f"{LEFT_EDGE}(?:{'|'.join(forms)}){RIGHT_EDGE}"


# what may stand between two digits of a number written right after its label: spaces, tabs and line
# breaks, hyphens, ・ / . _ ~ 〜 、 , and brackets, up to four of them
_LOOSE_SEPARATOR = r"[\s\-・/._~〜、,()]{0,4}"
# what may stand between the label and the number: punctuation, brackets, spaces and line breaks
# (``【個人番号】⏎1234…``, ``個人番号: ``), and particles (``マイナンバーはね、``); not words that make the
# label a heading (``保険者番号ごとの件数: 12 3 45``)
_LABEL_GAP = r"(?:[^\w]|[はがをねのもで]){0,8}"


def labelled(labels: str, count: int) -> str:
    """Regex for ``count`` digits in any grouping and with any separators, right after one of ``labels``.

    A number whose groups were split anywhere, by anything (``個人番号: 1234\t5678\t9018``, ``8228⏎6937 9409``,
    ``保険者番号 1234 - 5674``), is still the number its label names; without the label right before it, a run
    of digits in an unusual grouping (``2024-06-15 1330``, counts ``9 18 29 13``) is not read as one number.
    The value is the named group ``value``.
    """
    return rf"(?:{labels}){_LABEL_GAP}(?P<value>{loose(count)})"


def loose(count: int) -> str:
    """Regex for ``count`` digits in any grouping with any separators (see ``labelled``), not inside a longer
    number nor an amount."""
    return rf"(?<![0-9])[0-9](?:{_LOOSE_SEPARATOR}[0-9]){{{count - 1}}}(?![\-・/._~〜]?[0-9])(?!\s?[円万億])"


def cell(count: int) -> str:
    """Regex for ``count`` digits in any grouping that fill a whole table cell (TSV, CSV, markdown).

    For a pattern scored 0: the column header is its context (``_context.context_word``), as a label is.
    """
    value = f"[0-9](?:[ \\-・/._~〜()]{{0,4}}[0-9]){{{count - 1}}}"
    return rf"(?m)(?:^|(?<=[\t,|]))[ \"]*(?P<value>{value})[ \"]*(?=[\t,|\r\n]|$)"


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
      (``SCORE_CONTEXT`` unless a family must outscore another that shares its labels);
    * ``validate_result`` returning True keeps the pattern's score (it does not jump to 1.0), False drops
      the match, except in a family with ``keep_invalid_with_context`` where context still reports it;
    * a regex that times out fails the whole detection (``DetectionError``) instead of being skipped.
    """

    keep_invalid_with_context: ClassVar[bool] = False
    context_score: ClassVar[float] = SCORE_CONTEXT
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
        return EntityRecognizer.remove_duplicates(results)

    def _candidate(self, text: str, match: regex.Match[str], pattern: Pattern, flags: int) -> RecognizerResult | None:
        """The result for one match before context, with score 0 where only context may report it."""
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        if start >= end or self.invalidate_result(text[start:end]):
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
